//! The fake itself refuses what the real Messages API refuses (contract §5.1),
//! with the real status and `{"type":"error","error":{…}}` body, so a plugin
//! that passes against it sends what Anthropic accepts.

use serde_json::{Value, json};

use super::fakes::anthropic::{FakeAnthropic, KEY};

/// POST `body` to `/v1/messages` with the given key and version; returns the status and the JSON answer.
async fn post(fake: &FakeAnthropic, key: Option<&str>, version: Option<&str>, body: &Value) -> (u16, Value) {
    let mut request = reqwest::Client::new()
        .post(format!("{}/v1/messages", fake.base_url()))
        .header("content-type", "application/json")
        .body(body.to_string());
    if let Some(key) = key {
        request = request.header("x-api-key", key);
    }
    if let Some(version) = version {
        request = request.header("anthropic-version", version);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn valid(fake: &FakeAnthropic, body: &Value) -> (u16, Value) {
    post(fake, Some(KEY), Some("2023-06-01"), body).await
}

/// `error.type` and `error.message` of an error body (and the envelope's `type`).
fn error(body: &Value) -> (&str, &str) {
    assert_eq!(body["type"], "error", "{body}");
    (body["error"]["type"].as_str().unwrap_or(""), body["error"]["message"].as_str().unwrap_or(""))
}

#[tokio::test]
async fn the_fake_refuses_what_anthropic_refuses() {
    let fake = FakeAnthropic::start().await;
    let good = json!({"model": "claude-sonnet-4-5", "max_tokens": 100, "messages": [{"role": "user", "content": "Hi"}]});

    let (status, body) = post(&fake, None, Some("2023-06-01"), &good).await;
    assert_eq!((status, error(&body)), (401, ("authentication_error", "x-api-key header is required")));
    let (status, body) = post(&fake, Some("sk-ant-nope"), Some("2023-06-01"), &good).await;
    assert_eq!((status, error(&body)), (401, ("authentication_error", "invalid x-api-key")));
    let (status, body) = post(&fake, Some(KEY), None, &good).await;
    assert_eq!((status, error(&body)), (400, ("invalid_request_error", "anthropic-version: header is required")));

    let (status, body) = valid(&fake, &good).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!((body["type"].as_str(), body["content"][0]["type"].as_str()), (Some("message"), Some("text")));

    for (field, message) in
        [("model", "model: Field required"), ("max_tokens", "max_tokens: Field required"), ("messages", "messages: Field required")]
    {
        let mut without = good.clone();
        without.as_object_mut().unwrap().remove(field);
        let (status, body) = valid(&fake, &without).await;
        assert_eq!((status, error(&body)), (400, ("invalid_request_error", message)));
    }
    let mut unknown = good.clone();
    unknown["model"] = json!("claude-9");
    let (status, body) = valid(&fake, &unknown).await;
    assert_eq!((status, error(&body)), (404, ("not_found_error", "model: claude-9")));
    let mut extra = good.clone();
    extra["response_format"] = json!({"type": "json_object"});
    let (status, body) = valid(&fake, &extra).await;
    assert_eq!((status, error(&body).1), (400, "response_format: Extra inputs are not permitted"));
    let mut system_role = good.clone();
    system_role["messages"] = json!([{"role": "system", "content": "x"}, {"role": "user", "content": "Hi"}]);
    let (status, body) = valid(&fake, &system_role).await;
    assert_eq!((status, error(&body).1), (400, "messages.0.role: Input should be 'user' or 'assistant'"));
    let mut empty = good.clone();
    empty["messages"] = json!([{"role": "user", "content": ""}, {"role": "assistant", "content": "ok"}, {"role": "user", "content": "Hi"}]);
    assert_eq!(valid(&fake, &empty).await.0, 400);

    let mut schema = good.clone();
    schema["output_config"] = json!({"format": {"type": "json_schema", "schema":
        {"type": "object", "additionalProperties": false, "properties": {"c": {"type": "array", "items": {"type": "string"}, "maxItems": 4}}}}});
    let (status, body) = valid(&fake, &schema).await;
    assert_eq!(status, 400, "maxItems is not supported: {body}");
    schema["output_config"]["format"]["schema"]["properties"]["c"].as_object_mut().unwrap().remove("maxItems");
    assert_eq!(valid(&fake, &schema).await.0, 200);
    schema["output_config"]["format"]["schema"].as_object_mut().unwrap().remove("additionalProperties");
    assert_eq!(valid(&fake, &schema).await.0, 400, "objects must set additionalProperties: false");

    let (status, _) =
        reqwest::Client::new().post(format!("{}/v1/complete", fake.base_url())).send().await.map(|r| (r.status().as_u16(), ())).unwrap();
    assert_eq!(status, 404);
    assert_eq!(fake.requests().len(), 15, "every request is recorded");
}

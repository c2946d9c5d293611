//! The fake itself refuses what the real API refuses (contract §1.5, §1.6,
//! §5.2), with the real status and error body, so a plugin that passes
//! against it sends what OpenAI accepts.

use serde_json::{Value, json};

use super::fakes::openai::{FakeOpenAi, KEY};

/// POST `body` to `path` under the fake's base URL; returns the status and the error JSON.
async fn post(fake: &FakeOpenAi, path: &str, key: Option<&str>, content_type: &str, body: Vec<u8>) -> (u16, Value) {
    let mut request = reqwest::Client::new().post(format!("{}{path}", fake.base_url())).header("content-type", content_type).body(body);
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

async fn post_json(fake: &FakeOpenAi, path: &str, body: Value) -> (u16, Value) {
    post(fake, path, Some(KEY), "application/json", serde_json::to_vec(&body).unwrap()).await
}

/// A multipart form: text fields, then one PNG `image[]` part.
fn form(fields: &[(&str, &str)]) -> (String, Vec<u8>) {
    let boundary = "fake-rules-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
    }
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"image[]\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n")
            .as_bytes(),
    );
    body.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn code(body: &Value) -> &str {
    body["error"]["code"].as_str().unwrap_or("")
}

#[tokio::test]
async fn the_fake_refuses_what_openai_refuses() {
    let fake = FakeOpenAi::start().await;
    let good = json!({"model": "gpt-image-1", "prompt": "a fox", "n": 1, "size": "1024x1024"});

    let (status, body) = post(&fake, "/images/generations", None, "application/json", good.to_string().into_bytes()).await;
    assert_eq!(status, 401);
    assert!(body["error"]["message"].as_str().unwrap().starts_with("You didn't provide an API key"));
    let (status, body) =
        post(&fake, "/images/generations", Some("sk-nope-000000000"), "application/json", good.to_string().into_bytes()).await;
    assert_eq!((status, code(&body)), (401, "invalid_api_key"));
    assert!(!body.to_string().contains("sk-nope-000000000"), "the real API masks the key");

    let (status, body) = post_json(&fake, "/images/generations", good.clone()).await;
    assert_eq!(status, 200);
    assert!(body["data"][0]["b64_json"].is_string());

    let mut with_format = good.clone();
    with_format["response_format"] = json!("b64_json");
    let (status, body) = post_json(&fake, "/images/generations", with_format).await;
    assert_eq!((status, code(&body)), (400, "unknown_parameter"));
    assert_eq!(body["error"]["message"], "Unknown parameter: 'response_format'.");

    let (status, body) = post_json(&fake, "/images/generations", json!({"model": "gpt-image-9", "prompt": "a fox"})).await;
    assert_eq!((status, code(&body)), (400, "invalid_value"));
    let (status, body) = post_json(&fake, "/images/generations", json!({"model": "gpt-image-1", "prompt": "a", "size": "512x512"})).await;
    assert_eq!((status, body["error"]["param"].as_str()), (400, Some("size")));
    // Without `model` the API falls back to dall-e-2, which answers with a link, not `b64_json`.
    let (status, body) = post_json(&fake, "/images/generations", json!({"prompt": "a fox"})).await;
    assert_eq!(status, 200);
    assert!(body["data"][0]["url"].is_string() && body["data"][0]["b64_json"].is_null());

    let (status, _) = post(&fake, "/images/generations", Some(KEY), "text/plain", good.to_string().into_bytes()).await;
    assert_eq!(status, 400);
    let (status, body) = post(&fake, "/images/generations", Some(KEY), "application/json", b"{nope".to_vec()).await;
    assert_eq!(status, 400);
    assert!(body["error"]["message"].as_str().unwrap().starts_with("We could not parse the JSON body"));

    let (content_type, body) = form(&[("model", "gpt-image-1-mini"), ("prompt", "a fox"), ("input_fidelity", "high")]);
    let (status, body) = post(&fake, "/images/edits", Some(KEY), &content_type, body).await;
    assert_eq!((status, code(&body)), (400, "invalid_input_fidelity_model"));
    for model in ["gpt-image-1", "gpt-image-1.5"] {
        let (content_type, body) = form(&[("model", model), ("prompt", "a fox"), ("input_fidelity", "high")]);
        assert_eq!(post(&fake, "/images/edits", Some(KEY), &content_type, body).await.0, 200, "{model}");
    }
    let (content_type, body) = form(&[("model", "gpt-image-1"), ("prompt", "a fox"), ("moderation", "low")]);
    let (status, body) = post(&fake, "/images/edits", Some(KEY), &content_type, body).await;
    assert_eq!((status, code(&body)), (400, "unknown_parameter"), "moderation is not a multipart field");
    let (content_type, body) = form(&[("model", "gpt-image-1"), ("prompt", "a fox")]);
    let sloppy = String::from_utf8_lossy(&body).replace("\r\n", "\n").into_bytes();
    assert_eq!(post(&fake, "/images/edits", Some(KEY), &content_type, sloppy).await.0, 400, "bare LF line endings");

    let chat = |model: Option<&str>| {
        let mut body = json!({"messages": [{"role": "user", "content": "Answer in JSON."}], "response_format": {"type": "json_object"}});
        if let Some(model) = model {
            body["model"] = json!(model);
        }
        body
    };
    let (status, body) = post_json(&fake, "/chat/completions", chat(None)).await;
    assert_eq!((status, body["error"]["message"].as_str()), (400, Some("you must provide a model parameter")));
    let (status, body) = post_json(&fake, "/chat/completions", chat(Some("gpt-9"))).await;
    assert_eq!((status, code(&body)), (404, "model_not_found"));
    assert_eq!(post_json(&fake, "/chat/completions", chat(Some("gpt-4.1-mini"))).await.0, 200);

    let (status, _) = post_json(&fake, "/images/variations", good).await;
    assert_eq!(status, 404);
    assert_eq!(fake.requests().len(), 18, "every request is recorded");
}

//! The fake Gemini answers like the real API when asked directly: Google's
//! error bodies for a missing or wrong key, an unknown model, an unknown
//! field and two schema fields, and an HTML 404 for a wrong path or method.

use serde_json::{Value, json};

use super::fakes::gemini::{FakeGemini, KEY};

async fn post(fake: &FakeGemini, path: &str, key: Option<&str>, body: &Value) -> (u16, Value) {
    let mut request = reqwest::Client::new().post(format!("{}{path}", fake.base_url())).json(body);
    if let Some(key) = key {
        request = request.header("x-goog-api-key", key);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_checks_key_model_and_body_like_google() {
    let fake = FakeGemini::start().await;
    let path = "/v1beta/models/gemini-2.5-flash:generateContent";
    let good =
        json!({"contents": [{"role": "user", "parts": [{"text": "hi"}]}], "generationConfig": {"responseMimeType": "application/json"}});
    let (status, body) = post(&fake, path, Some(KEY), &good).await;
    assert_eq!(status, 200, "{body}");
    assert!(body["candidates"][0]["content"]["parts"][0]["text"].is_string());

    let (status, body) = post(&fake, path, None, &good).await;
    assert_eq!((status, body["error"]["status"].as_str()), (403, Some("PERMISSION_DENIED")));
    let (status, body) = post(&fake, path, Some("nope"), &good).await;
    assert_eq!((status, body["error"]["status"].as_str()), (400, Some("INVALID_ARGUMENT")));
    assert_eq!(body["error"]["details"][0]["reason"], "API_KEY_INVALID");
    let (status, body) = post(&fake, "/v1beta/models/gemini-9:generateContent", Some(KEY), &good).await;
    assert_eq!((status, body["error"]["status"].as_str(), body["error"]["code"].as_u64()), (404, Some("NOT_FOUND"), Some(404)));

    let unknown = json!({"contents": [{"parts": [{"text": "hi"}]}], "response_format": {}});
    assert_eq!(post(&fake, path, Some(KEY), &unknown).await.0, 400);
    let both = json!({"contents": [{"parts": [{"text": "hi"}]}], "generationConfig": {"responseSchema": {}, "responseJsonSchema": {}}});
    assert_eq!(post(&fake, path, Some(KEY), &both).await.0, 400);
    let image_from_text = json!({"contents": [{"parts": [{"text": "hi"}]}], "generationConfig": {"responseModalities": ["IMAGE"]}});
    assert_eq!(post(&fake, path, Some(KEY), &image_from_text).await.0, 400);
    let bad_part = json!({"contents": [{"parts": [{"inline_data": {"mime_type": "image/png", "data": "%%"}}]}]});
    assert_eq!(post(&fake, "/v1beta/models/gemini-2.5-flash-image:generateContent", Some(KEY), &bad_part).await.0, 400);

    assert_eq!(post(&fake, "/v1/models/gemini-2.5-flash:generateContent", Some(KEY), &good).await.0, 404, "wrong version");
    let get = reqwest::get(format!("{}{path}", fake.base_url())).await.unwrap();
    assert_eq!(get.status().as_u16(), 404, "wrong method");
    assert!(fake.requests().len() >= 9);
}

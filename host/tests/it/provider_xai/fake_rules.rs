//! The fake xAI itself, called directly: it refuses what the real API
//! refuses (bad key as 400, missing fields as 422, an unknown model, fields
//! that do not exist, `image` with `images`, an aspect ratio for one photo,
//! more than 3 photos) with xAI's `{"code","error"}` bodies.

use serde_json::{Value, json};

use super::fakes::xai::{FakeXai, KEY};

async fn post(fake: &FakeXai, path: &str, key: Option<&str>, body: Value) -> (u16, Value) {
    let mut request = reqwest::Client::new().post(format!("{}{path}", fake.base_url())).json(&body);
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

const PNG_URL: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_fake_refuses_what_xai_refuses() {
    let fake = FakeXai::start().await;
    let good = json!({"model": "grok-imagine-image", "prompt": "a fox", "n": 1, "response_format": "b64_json", "aspect_ratio": "1:1"});
    let (status, body) = post(&fake, "/images/generations", Some(KEY), good.clone()).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["data"][0]["mime_type"], "image/png");

    let (status, body) = post(&fake, "/images/generations", Some("xai-nope-1234"), good.clone()).await;
    assert_eq!(status, 400);
    assert_eq!(
        body,
        json!({"code": "Client specified an invalid argument",
                            "error": "Incorrect API key provided: xa***34. You can obtain an API key from https://console.x.ai."})
    );
    assert_eq!(post(&fake, "/images/generations", None, good.clone()).await.0, 400);

    let cases = [
        ("/images/generations", json!({"prompt": "a fox"}), 422, "missing field `model`"),
        ("/images/generations", json!({"model": "grok-imagine-image"}), 422, "missing field `prompt`"),
        ("/images/generations", json!({"model": "grok-9-image", "prompt": "a fox"}), 404, "does not exist"),
        (
            "/images/generations",
            json!({"model": "grok-imagine-image", "prompt": "a fox", "size": "1024x1024"}),
            422,
            "unknown field `size`",
        ),
        ("/images/generations", json!({"model": "grok-imagine-image", "prompt": "a fox", "aspect_ratio": "5:4"}), 422, "unknown variant"),
        ("/images/edits", json!({"model": "grok-imagine-image", "prompt": "a fox"}), 400, "One of `image` or `images`"),
        (
            "/images/edits",
            json!({"model": "grok-imagine-image", "prompt": "a fox", "image": {"url": PNG_URL}, "images": [{"url": PNG_URL}]}),
            400,
            "Only one of",
        ),
        (
            "/images/edits",
            json!({"model": "grok-imagine-image", "prompt": "a fox", "image": {"url": PNG_URL}, "aspect_ratio": "1:1"}),
            400,
            "multiple input images",
        ),
        (
            "/images/edits",
            json!({"model": "grok-imagine-image", "prompt": "a fox", "images": [{"url": PNG_URL}, {"url": PNG_URL}, {"url": PNG_URL}, {"url": PNG_URL}]}),
            400,
            "between 1 and 3",
        ),
        (
            "/images/edits",
            json!({"model": "grok-imagine-image", "prompt": "a fox", "image": {"url": "data:image/png;base64,AAAA"}}),
            400,
            "Unable to decode",
        ),
        ("/chat/completions", json!({"model": "grok-9", "messages": [{"role": "user", "content": "hi"}]}), 404, "does not exist"),
        ("/chat/completions", json!({"messages": [{"role": "user", "content": "hi"}]}), 422, "missing field `model`"),
    ];
    for (path, request, want, words) in cases {
        let (status, body) = post(&fake, path, Some(KEY), request.clone()).await;
        assert_eq!(status, want, "{request}: {body}");
        assert!(body["code"].is_string() && body["error"].as_str().unwrap().contains(words), "{request}: {body}");
    }
    let edit = json!({"model": "grok-imagine-image", "prompt": "a fox", "image": {"url": PNG_URL}, "response_format": "url"});
    let (status, body) = post(&fake, "/images/edits", Some(KEY), edit).await;
    assert_eq!(status, 200, "{body}");
    assert!(body["data"][0]["url"].as_str().unwrap().starts_with(&fake.cdn_url()), "url is the default format: {body}");
}

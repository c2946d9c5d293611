//! The example's requests and answers, tested natively with the SDK's
//! `FakeHttp`: no wasm, no server.

use serde_json::json;
use storyloom_plugin_sdk::testing::{FakeHttp, PNG};
use storyloom_plugin_sdk::{ImageRequest, PluginError, Setting, encoding};

use super::*;

fn image(aspect_ratio: &str, settings: &[(&str, &str)]) -> ImageRequest {
    ImageRequest {
        model: MODEL_KEY.into(),
        prompt: "a fox with a lantern".into(),
        width: 1024,
        height: 1024,
        aspect_ratio: aspect_ratio.into(),
        references: Vec::new(),
        settings: settings.iter().map(|(n, v)| Setting { name: n.to_string(), value: v.to_string() }).collect(),
    }
}

#[test]
fn it_asks_the_configured_server_for_one_picture_with_the_key_named() {
    let answer = Response::json_answer(200, &json!({"created": 1, "data": [{"b64_json": encoding::base64_encode(PNG)}]}));
    let http = FakeHttp::answering(answer);
    let settings = [("BASE_URL", "http://pictures.lan:8080/v1/"), ("MODEL", "flux-schnell")];
    let media = generate(&http, &image("3:2", &settings)).unwrap();
    assert_eq!(media.bytes, PNG);
    let sent = http.only();
    assert_eq!(sent.url, "http://pictures.lan:8080/v1/images/generations");
    assert_eq!(sent.credential.as_deref(), Some(CREDENTIAL));
    assert_eq!(sent.header_value("authorization"), None, "the host adds the key, never the plugin");
    assert_eq!(http.json(), json!({"model": "flux-schnell", "prompt": "a fox with a lantern", "n": 1, "size": "1536x1024"}));
}

#[test]
fn without_settings_it_uses_the_defaults() {
    let sent = request(&image("1:1", &[]));
    assert_eq!(sent.url, "https://images.example.com/v1/images/generations");
    assert_eq!(sent.json_body().unwrap()["model"], "gpt-image-1");
}

#[test]
fn sizes_follow_the_aspect_ratio_or_the_shape() {
    assert_eq!(size_for("2:3", 1, 1), "1024x1536");
    assert_eq!(size_for("16:9", 1920, 1080), "1536x1024");
    assert_eq!(size_for("", 512, 512), "1024x1024");
}

#[test]
fn failures_become_readable_plugin_errors() {
    let limited = Response::json_answer(429, &json!({"error": {"message": "slow down"}})).with_header("retry-after", "2");
    let err = generate(&FakeHttp::answering(limited), &image("1:1", &[])).unwrap_err();
    assert_eq!(err, storyloom_plugin_sdk::failure::rate_limited(Some(2000), "the picture server: slow down".into()));
    let empty = Response::json_answer(200, &json!({"data": []}));
    assert!(
        matches!(generate(&FakeHttp::answering(empty), &image("1:1", &[])), Err(PluginError::Transient(m)) if m.contains("no picture"))
    );
    let junk = Response::json_answer(200, &json!({"data": [{"b64_json": "***"}]}));
    assert!(
        matches!(generate(&FakeHttp::answering(junk), &image("1:1", &[])), Err(PluginError::Transient(m)) if m.contains("could not be read"))
    );
    let refused = FakeHttp::failing(storyloom_plugin_sdk::http::HttpError::CredentialUnavailable("not granted".into()));
    assert!(matches!(generate(&refused, &image("1:1", &[])), Err(PluginError::InvalidRequest(_))));
}

//! Tests of the picture call: what goes on the wire (photos as inline
//! parts before the prompt, image output at the ratio) and how answers
//! (a picture, a blocked prompt, a safety stop, text only, broken) are read.

use serde_json::json;
use storyloom_plugin_sdk::http::Method;
use storyloom_plugin_sdk::testing::{FakeHttp, JPEG, PNG};

use storyloom_plugin_sdk::Setting;

use super::*;

const BASE: &str = "https://generativelanguage.googleapis.com";

fn call(aspect_ratio: &str, references: &[Media]) -> ImageRequest {
    ImageRequest {
        model: catalog::IMAGE_KEY.into(),
        prompt: "A fox in a red scarf".into(),
        width: 1024,
        height: 1024,
        aspect_ratio: aspect_ratio.into(),
        references: references.to_vec(),
        settings: vec![Setting { name: catalog::BASE_URL_SETTING.into(), value: BASE.into() }],
    }
}

fn picture_answer(bytes: &[u8]) -> String {
    json!({"candidates": [{"content": {"role": "model", "parts": [
        {"text": "Here is the image."}, {"inlineData": {"mimeType": "image/png", "data": base64_encode(bytes)}}]},
        "finishReason": "STOP", "index": 0}], "modelVersion": "gemini-2.5-flash-image"})
    .to_string()
}

#[test]
fn the_request_sends_photos_then_the_prompt_and_asks_for_an_image() {
    let references = [
        Media { media_type: "application/octet-stream".into(), bytes: PNG.to_vec() },
        Media { media_type: "image/png".into(), bytes: JPEG.to_vec() },
    ];
    let fake = FakeHttp::answering_text(200, &picture_answer(PNG));
    let picture = generate(&fake, &call("16:9", &references)).unwrap();
    assert_eq!(picture, Media { media_type: "image/png".into(), bytes: PNG.to_vec() });
    let sent = fake.only();
    let url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:generateContent";
    assert_eq!((sent.method, sent.url.as_str(), sent.credential.as_deref()), (Method::Post, url, Some("GEMINI_API_KEY")));
    assert!(!sent.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("authorization") || k.eq_ignore_ascii_case("x-goog-api-key")));
    let expected = json!({
        "contents": [{"role": "user", "parts": [
            {"inlineData": {"mimeType": "image/png", "data": base64_encode(PNG)}},
            {"inlineData": {"mimeType": "image/jpeg", "data": base64_encode(JPEG)}},
            {"text": "A fox in a red scarf"}]}],
        "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": "16:9"}},
    });
    assert_eq!(fake.json(), expected);
}

#[test]
fn too_many_or_unknown_photos_are_invalid() {
    let four = vec![Media { media_type: "image/png".into(), bytes: PNG.to_vec() }; 4];
    assert!(matches!(request(&call("1:1", &four)), Err(PluginError::InvalidRequest(m)) if m.contains("at most 3")));
    let gif = [Media { media_type: "image/gif".into(), bytes: b"GIF89a".to_vec() }];
    assert!(matches!(request(&call("1:1", &gif)), Err(PluginError::InvalidRequest(m)) if m.contains("image/gif")));
}

#[test]
fn aspect_ratios_pass_through_or_snap_to_the_closest() {
    for ratio in catalog::IMAGE_ASPECT_RATIOS {
        assert_eq!(aspect_ratio_for(ratio, 1024, 1024), ratio);
    }
    assert_eq!(aspect_ratio_for("", 0, 0), "1:1");
    assert_eq!(aspect_ratio_for("", 1792, 1024), "16:9");
    assert_eq!(aspect_ratio_for("2:1", 0, 0), "16:9");
    assert_eq!(aspect_ratio_for("2.4:1", 0, 0), "21:9");
    assert_eq!(aspect_ratio_for("nonsense", 0, 0), "1:1");
}

/// Answers without a picture: a safety block is `refused`, every other shape
/// `transient` (the host asks again); the model's words are cut at 80 characters.
#[test]
fn only_safety_blocks_are_refusals() {
    let long = "I'm sorry, but I can only describe this scene in words today. ".repeat(5);
    let candidate = |parts: serde_json::Value, reason: &str| json!({"candidates": [{"content": {"role": "model", "parts": parts}, "finishReason": reason}]});
    let cases: Vec<(&str, serde_json::Value, bool)> = vec![
        ("blocked prompt", json!({"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"}}), true),
        ("image safety stop", candidate(json!([]), "IMAGE_SAFETY"), true),
        ("safety stop without content", json!({"candidates": [{"finishReason": "SAFETY"}]}), true),
        ("prohibited image", candidate(json!([]), "IMAGE_PROHIBITED_CONTENT"), true),
        ("text only, STOP", candidate(json!([{"text": "I can't draw that."}]), "STOP"), false),
        ("long text only", candidate(json!([{"text": long}]), "STOP"), false),
        ("NO_IMAGE", candidate(json!([]), "NO_IMAGE"), false),
        ("IMAGE_OTHER with text", candidate(json!([{"text": "Here is a story instead."}]), "IMAGE_OTHER"), false),
        ("MAX_TOKENS", candidate(json!([{"text": "thinking…"}]), "MAX_TOKENS"), false),
        ("no candidates, no block reason", json!({"candidates": [], "usageMetadata": {"promptTokenCount": 3}}), false),
        ("prompt feedback without a block reason", json!({"promptFeedback": {"safetyRatings": []}}), false),
        ("only a non-image inline part", candidate(json!([{"inlineData": {"mimeType": "text/plain", "data": "aGk="}}]), "STOP"), false),
    ];
    for (what, body, safety) in cases {
        let err = read_picture(body.to_string().as_bytes()).unwrap_err();
        let message = match (&err, safety) {
            (PluginError::Refused(m), true) | (PluginError::Transient(m), false) => m,
            _ => panic!("{what}: {err:?}"),
        };
        assert!(message.starts_with("Gemini"), "{what}: {message}");
        assert!(message.chars().count() <= 200 && !message.contains(&long[..100]), "{what}: the model's words are cut: {message}");
    }
    let text_only = candidate(json!([{"text": "I can't draw that."}]), "STOP").to_string();
    assert_eq!(
        read_picture(text_only.as_bytes()),
        Err(PluginError::Transient("Gemini: the answer held no picture (finishReason STOP): I can't draw that.".into()))
    );
    let safety = candidate(json!([]), "IMAGE_SAFETY").to_string();
    assert_eq!(
        read_picture(safety.as_bytes()),
        Err(PluginError::Refused("Gemini: the picture was blocked (finishReason IMAGE_SAFETY)".into()))
    );
    let broken = json!({"candidates": [{"content": {"parts": [{"inlineData": {"mimeType": "image/png", "data": "%%%"}}]}}]}).to_string();
    assert!(matches!(read_picture(broken.as_bytes()), Err(PluginError::Transient(m)) if m.contains("base64")));
}

#[test]
fn snake_case_and_thought_parts_are_handled() {
    let body = json!({"candidates": [{"content": {"parts": [
        {"inlineData": {"mimeType": "image/png", "data": base64_encode(JPEG)}, "thought": true},
        {"inline_data": {"mime_type": "image/jpeg", "data": base64_encode(JPEG)}}]}}]})
    .to_string();
    assert_eq!(read_picture(body.as_bytes()).unwrap(), Media { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() });
}

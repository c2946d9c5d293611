//! The bundled Gemini plugin against a fake Gemini on 127.0.0.1 that checks
//! requests like the real API: what the Gemini image and story models send
//! (path with the model, `x-goog-api-key` added by the host, reference
//! photos as inline parts before the prompt, image output at the aspect
//! ratio, JSON output with the schema), a safety-blocked 200 (refused) and
//! 200s without a picture that are no block (transient), how provider
//! failures map to `PluginError`s, that the models stay hidden without
//! `GEMINI_API_KEY`, a base URL with a path prefix, stories painted by
//! every provider through the real server, and Veo clips (`video`).

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;
use common::provider_host::{bundled_host, localhost, provider_env};
use storyloom_fakes as fakes;

use std::io::Cursor;

use fakes::gemini::{FakeGemini, KEY, Recorded, SCENE, base64_encode};
use storyloom::plugin_host::{Media, ModelKind, PictureCall, PluginHost, SceneHints, StoryCall, Turn};

/// The bundled plugins with `GEMINI_BASE_URL` pointing at `fake` and `key` as `GEMINI_API_KEY`.
async fn host(fake: &FakeGemini, key: Option<&str>) -> PluginHost {
    bundled_host(provider_env("GEMINI_BASE_URL", fake.base_url(), "GEMINI_API_KEY", key)).await
}

fn image(aspect_ratio: &str, references: Vec<Media>) -> PictureCall {
    PictureCall {
        prompt: "A fox with a lantern in the snow".into(),
        width: 1024,
        height: 1024,
        aspect_ratio: aspect_ratio.into(),
        references,
    }
}

fn story() -> StoryCall {
    StoryCall {
        system: "You write gentle stories for children. Answer with one scene as JSON.".into(),
        messages: vec![
            Turn { role: "user".into(), content: "Write scene 1 of 3 about a fox with a lantern.".into() },
            Turn { role: "assistant".into(), content: SCENE.into() },
            Turn { role: "user".into(), content: "The reader chose: Follow the light".into() },
        ],
        json_schema: r#"{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string"}}}"#
            .into(),
        max_tokens: 1200,
        hints: SceneHints { premise: "a fox".into(), path: Vec::new(), scene_number: 2, target_scenes: 3, tier: "kids".into(), seed: 7 },
    }
}

/// A small photo encoded by the `image` crate.
fn photo(format: image::ImageFormat, shade: u8) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(24, 24, |x, _| image::Rgb([shade, x as u8 * 8, 90]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture).write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

/// The key arrived in `x-goog-api-key`, from the host, and nothing else carries it.
fn assert_google_key(recorded: &Recorded) {
    assert_eq!(recorded.method, "POST");
    assert_eq!(recorded.header("x-goog-api-key"), Some("gm-test"), "{}", recorded.path);
    assert_eq!(recorded.headers.iter().filter(|(k, _)| k == "x-goog-api-key").count(), 1);
    assert_eq!(recorded.header("authorization"), None, "Gemini takes the key in x-goog-api-key, not as a bearer token");
    assert_eq!(recorded.query, None, "the key is never put in the URL");
    assert_eq!(recorded.header("content-type"), Some("application/json"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_models_are_described_and_hidden_without_the_key() {
    let fake = FakeGemini::start().await;
    let with_key = host(&fake, Some(KEY)).await;
    assert!(with_key.plugins().iter().any(|p| p.id == "gemini" && p.version == "0.1.0"));
    let gemini = with_key.model("gemini").unwrap();
    assert_eq!((gemini.display_name.as_str(), gemini.provider_group.as_str(), gemini.kind), ("Gemini", "Google", ModelKind::Image));
    assert_eq!((gemini.credential.as_deref(), gemini.available, gemini.plugin_id.as_str()), (Some("GEMINI_API_KEY"), true, "gemini"));
    assert_eq!(gemini.max_reference_images, 3);
    let text = with_key.model("gemini-story").unwrap();
    assert_eq!((text.display_name.as_str(), text.provider_group.as_str(), text.kind), ("Gemini", "Google", ModelKind::Story));
    drop(with_key);

    let without_key = host(&fake, None).await;
    for key in ["gemini", "gemini-story"] {
        assert!(!without_key.model(key).unwrap().available, "{key} must be hidden without GEMINI_API_KEY");
    }
    let err = without_key.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
    assert!(
        matches!(&err, storyloom::plugin_host::PluginError::Unavailable { credential, .. } if credential == "GEMINI_API_KEY"),
        "{err:?}"
    );
    assert!(fake.requests().is_empty(), "nothing is sent without a key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_picture_sends_the_photos_as_inline_parts_before_the_prompt() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    let first = photo(image::ImageFormat::Png, 10);
    let second = photo(image::ImageFormat::Jpeg, 200);
    let references = vec![
        Media { media_type: "image/png".into(), bytes: first.clone() },
        Media { media_type: "application/octet-stream".into(), bytes: second.clone() },
    ];
    let media = host.generate_image("gemini", image("16:9", references)).await.unwrap().media;
    assert_eq!((media.media_type.as_str(), &media.bytes), ("image/png", &fake.png()), "the fake's PNG, decoded from inlineData");
    let sent = fake.last();
    assert_eq!(sent.path, "/v1beta/models/gemini-2.5-flash-image:generateContent");
    assert_google_key(&sent);
    let expected = serde_json::json!({
        "contents": [{"role": "user", "parts": [
            {"inlineData": {"mimeType": "image/png", "data": base64_encode(&first)}},
            {"inlineData": {"mimeType": "image/jpeg", "data": base64_encode(&second)}},
            {"text": "A fox with a lantern in the snow"}]}],
        "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": {"aspectRatio": "16:9"}},
    });
    assert_eq!(sent.json(), expected, "exactly these fields; the type comes from the bytes");

    // No photos: the prompt alone; no ratio asked → the size's shape; another ratio → the closest.
    host.generate_image("gemini", image("", Vec::new())).await.unwrap();
    let body = fake.last().json();
    assert_eq!(body["contents"][0]["parts"], serde_json::json!([{"text": "A fox with a lantern in the snow"}]));
    assert_eq!(body["generationConfig"]["imageConfig"]["aspectRatio"], "1:1");
    host.generate_image("gemini", image("9:21", Vec::new())).await.unwrap();
    assert_eq!(fake.last().json()["generationConfig"]["imageConfig"]["aspectRatio"], "9:16");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_story_model_asks_for_json_output_with_the_schema() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    assert_eq!(host.generate_story("gemini-story", story()).await.unwrap(), SCENE);
    let sent = fake.last();
    assert_eq!(sent.path, "/v1beta/models/gemini-2.5-flash:generateContent");
    assert_google_key(&sent);
    let body = sent.json();
    assert_eq!(body["systemInstruction"], serde_json::json!({"parts": [{"text": story().system}]}));
    let roles: Vec<&str> = body["contents"].as_array().unwrap().iter().map(|c| c["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["user", "model", "user"], "assistant turns are Gemini's `model`");
    assert_eq!(body["contents"][1]["parts"], serde_json::json!([{"text": SCENE}]));
    let config = &body["generationConfig"];
    assert_eq!(config["responseMimeType"], "application/json");
    assert_eq!(config["responseJsonSchema"], serde_json::from_str::<serde_json::Value>(&story().json_schema).unwrap());
    assert_eq!(config["maxOutputTokens"], 1200);
    assert!(config.get("responseSchema").is_none() && config.get("responseModalities").is_none(), "{config}");

    let reply = r#"{"title":"Käse & \"quotes\" — ünïcode"}"#;
    fake.set_story_reply(reply);
    assert_eq!(host.generate_story("gemini-story", story()).await.unwrap(), reply);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_url_with_a_path_prefix_is_followed() {
    let fake = FakeGemini::start_with(KEY, "/proxy/google").await;
    let host = host(&fake, Some(KEY)).await;
    host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap();
    assert_eq!(fake.last().path, "/proxy/google/v1beta/models/gemini-2.5-flash-image:generateContent");
    host.generate_story("gemini-story", story()).await.unwrap();
    assert_eq!(fake.last().path, "/proxy/google/v1beta/models/gemini-2.5-flash:generateContent");
}

#[path = "provider_gemini/failures.rs"]
mod failures;
#[path = "provider_gemini/fake_rules.rs"]
mod fake_rules;
#[path = "provider_gemini/no_picture.rs"]
mod no_picture;
#[path = "provider_gemini/through_the_server.rs"]
mod through_the_server;
#[path = "provider_gemini/video.rs"]
mod video;

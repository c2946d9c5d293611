//! The bundled xAI plugin against a fake xAI on 127.0.0.1 that checks
//! requests like the real API: what Grok Imagine and the Grok story model
//! send (path, bearer key added by the host, JSON body with the aspect ratio,
//! reference photos as data URLs), the temporary-link download (and an
//! expired link, an undeclared link origin), how provider failures map to
//! `PluginError`s (xAI's moderation shapes refused, other answers without a
//! picture transient), that the models stay hidden without `XAI_API_KEY`,
//! one story painted by Grok Imagine through the real server, and Grok
//! Imagine Video's clip jobs (submit, poll, the host's download of the
//! finished clip) directly and through the real server (`provider_xai/video*`).

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;
use common::provider_host::{bundled_host, localhost, provider_env};
use storyloom_fakes as fakes;

use std::io::Cursor;

use fakes::xai::{FakeXai, KEY, Recorded, SCENE, Server, base64_decode};
use storyloom::plugin_host::{Media, ModelKind, PictureCall, PluginError, PluginHost, SceneHints, StoryCall, Turn};

/// `ImageAspectRatio` of contract §2.1 without `auto`.
const ASPECT_RATIOS: [&str; 15] =
    ["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "21:9", "5:2"];

/// The bundled plugins with the xAI URL settings pointing at `fake` and `key` as `XAI_API_KEY`.
async fn host(fake: &FakeXai, key: Option<&str>) -> PluginHost {
    host_with(fake, key, &fake.cdn_url()).await
}

/// As [`host`], with `cdn_url` as both CDN settings (`XAI_IMAGE_CDN_URL`, `XAI_VIDEO_CDN_URL`).
async fn host_with(fake: &FakeXai, key: Option<&str>, cdn_url: &str) -> PluginHost {
    let mut env = provider_env("XAI_BASE_URL", fake.base_url(), "XAI_API_KEY", key);
    env.insert("XAI_IMAGE_CDN_URL".to_string(), cdn_url.to_string());
    env.insert("XAI_VIDEO_CDN_URL".to_string(), cdn_url.to_string());
    bundled_host(env).await
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
        messages: vec![Turn { role: "user".into(), content: "Write scene 1 of 3 about a fox with a lantern.".into() }],
        json_schema: r#"{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string"}}}"#
            .into(),
        max_tokens: 1200,
        hints: SceneHints { premise: "a fox".into(), path: Vec::new(), scene_number: 1, target_scenes: 3, tier: "kids".into(), seed: 7 },
    }
}

/// A small photo encoded by the `image` crate.
fn photo(format: image::ImageFormat, shade: u8) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(24, 24, |x, _| image::Rgb([shade, x as u8 * 8, 90]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture).write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

/// The key reached the fake API as a bearer token, from the host (the plugin never sends auth headers).
fn assert_bearer(recorded: &Recorded) {
    assert_eq!((recorded.server, recorded.method.as_str()), (Server::Api, "POST"));
    assert_eq!(recorded.header("authorization"), Some("Bearer xai-test"), "{}", recorded.path);
    assert_eq!(recorded.headers.iter().filter(|(k, _)| k == "authorization").count(), 1);
    assert_eq!(recorded.header("content-type"), Some("application/json"));
}

/// The bytes of a `data:<type>;base64,…` URL, with its type.
fn data_url(value: &serde_json::Value) -> (String, Vec<u8>) {
    let url = value.as_str().unwrap();
    let (head, data) = url.split_once(',').unwrap();
    let media_type = head.strip_prefix("data:").unwrap().strip_suffix(";base64").unwrap();
    (media_type.to_string(), base64_decode(data).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_models_are_described_and_hidden_without_the_key() {
    let fake = FakeXai::start().await;
    let with_key = host(&fake, Some(KEY)).await;
    assert!(with_key.plugins().iter().any(|p| p.id == "xai" && p.version == "0.1.0"));
    let imagine = with_key.model("grok-imagine").unwrap();
    assert_eq!((imagine.display_name.as_str(), imagine.provider_group.as_str(), imagine.kind), ("Grok Imagine", "xAI", ModelKind::Image));
    assert_eq!((imagine.credential.as_deref(), imagine.available, imagine.plugin_id.as_str()), (Some("XAI_API_KEY"), true, "xai"));
    assert_eq!(imagine.max_reference_images, 3);
    let grok = with_key.model("grok").unwrap();
    assert_eq!((grok.display_name.as_str(), grok.provider_group.as_str(), grok.kind), ("Grok", "xAI", ModelKind::Story));
    drop(with_key);

    let without_key = host(&fake, None).await;
    for key in ["grok-imagine", "grok"] {
        assert!(!without_key.model(key).unwrap().available, "{key} must be hidden without XAI_API_KEY");
    }
    let err = without_key.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    assert!(matches!(&err, PluginError::Unavailable { credential, .. } if credential == "XAI_API_KEY"), "{err:?}");
    assert!(fake.requests().is_empty(), "nothing is sent without a key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_picture_posts_json_to_generations_with_the_aspect_ratio() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    let media = host.generate_image("grok-imagine", image("", Vec::new())).await.unwrap().media;
    assert_eq!((media.media_type.as_str(), &media.bytes), ("image/png", &fake.png()), "the fake's PNG, decoded from b64_json");
    let sent = fake.last();
    assert_eq!(sent.path, "/v1/images/generations");
    assert_bearer(&sent);
    let expected = serde_json::json!({"model": "grok-imagine-image", "prompt": "A fox with a lantern in the snow", "n": 1,
                                      "aspect_ratio": "1:1", "response_format": "b64_json"});
    assert_eq!(sent.json(), expected, "exactly these fields; 1:1 by default");
    // Every ratio xAI supports (the plugin's capabilities) is passed through as asked.
    for ratio in ASPECT_RATIOS {
        host.generate_image("grok-imagine", image(ratio, Vec::new())).await.unwrap();
        assert_eq!(fake.last().json()["aspect_ratio"], ratio);
    }
    // Another ratio gets the closest supported one.
    host.generate_image("grok-imagine", image("5:4", Vec::new())).await.unwrap();
    assert_eq!(fake.last().json()["aspect_ratio"], "4:3");
    assert_eq!(fake.requests().len(), 17);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reference_photos_go_to_edits_as_data_urls() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    let first = photo(image::ImageFormat::Png, 10);
    let second = photo(image::ImageFormat::Jpeg, 200);
    let references = vec![
        Media { media_type: "image/png".into(), bytes: first.clone() },
        Media { media_type: "image/jpeg".into(), bytes: second.clone() },
    ];
    let media = host.generate_image("grok-imagine", image("3:2", references.clone())).await.unwrap().media;
    assert_eq!(media.bytes, fake.png());
    let sent = fake.last();
    assert_eq!(sent.path, "/v1/images/edits");
    assert_bearer(&sent);
    let body = sent.json();
    assert_eq!((body["model"].as_str(), body["n"].as_u64()), (Some("grok-imagine-image"), Some(1)));
    assert_eq!((body["response_format"].as_str(), body["aspect_ratio"].as_str()), (Some("b64_json"), Some("3:2")));
    assert_eq!(body["prompt"], "A fox with a lantern in the snow");
    assert!(body.get("image").is_none(), "two photos go as `images`");
    let images = body["images"].as_array().unwrap();
    assert_eq!(images.len(), 2);
    assert_eq!(data_url(&images[0]["url"]), ("image/png".to_string(), first.clone()));
    assert_eq!(data_url(&images[1]["url"]), ("image/jpeg".to_string(), second));

    // One photo: `image`, and no `aspect_ratio` (the ratio follows the photo).
    host.generate_image("grok-imagine", image("3:2", references[..1].to_vec())).await.unwrap();
    let body = fake.last().json();
    assert_eq!(data_url(&body["image"]["url"]), ("image/png".to_string(), first));
    assert!(body.get("images").is_none() && body.get("aspect_ratio").is_none(), "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_story_model_calls_chat_completions_with_structured_output() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    assert_eq!(host.generate_story("grok", story()).await.unwrap(), SCENE);
    let sent = fake.last();
    assert_eq!(sent.path, "/v1/chat/completions");
    assert_bearer(&sent);
    let body = sent.json();
    assert_eq!(body["model"], "grok-3");
    assert_eq!(body["messages"][0], serde_json::json!({"role": "system", "content": story().system}));
    assert_eq!(body["messages"][1], serde_json::json!({"role": "user", "content": story().messages[0].content}));
    assert_eq!(body["messages"].as_array().unwrap().len(), 2);
    assert_eq!(body["max_completion_tokens"], 1200);
    assert!(body.get("max_tokens").is_none(), "max_tokens is deprecated");
    let format = &body["response_format"];
    assert_eq!((format["type"].as_str(), format["json_schema"]["strict"].as_bool()), (Some("json_schema"), Some(true)));
    assert_eq!(format["json_schema"]["schema"], serde_json::from_str::<serde_json::Value>(&story().json_schema).unwrap());

    let reply = r#"{"title":"Käse & \"quotes\" — ünïcode"}"#;
    fake.set_story_reply(reply);
    assert_eq!(host.generate_story("grok", story()).await.unwrap(), reply);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_url_with_a_path_prefix_is_followed() {
    let fake = FakeXai::start_with(KEY, "/proxy/xai/v1").await;
    let host = host(&fake, Some(KEY)).await;
    host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap();
    assert_eq!(fake.last().path, "/proxy/xai/v1/images/generations");
    host.generate_story("grok", story()).await.unwrap();
    assert_eq!(fake.last().path, "/proxy/xai/v1/chat/completions");
}

#[path = "provider_xai/failures.rs"]
mod failures;
#[path = "provider_xai/fake_rules.rs"]
mod fake_rules;
#[path = "provider_xai/links.rs"]
mod links;
#[path = "provider_xai/no_picture.rs"]
mod no_picture;
#[path = "provider_xai/through_the_server.rs"]
mod through_the_server;
#[path = "provider_xai/video.rs"]
mod video;
#[path = "provider_xai/video_through_the_server.rs"]
mod video_through_the_server;

//! The bundled OpenAI plugin against a fake OpenAI on 127.0.0.1 that checks
//! requests like the real API: what each image model and the story model
//! send (path, bearer key added by the host, JSON body, multipart parts with
//! reference photos), how provider failures map to `PluginError`s (answers
//! without a picture: transient, a moderation block: refused), picture links
//! (`data[0].url`) downloaded from a declared origin only, that the models
//! stay hidden without `OPENAI_API_KEY`, and stories painted by GPT Image
//! through the real server (a no-picture answer retried by the host).

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;
use common::provider_host::{bundled_host, cache_dir, localhost, provider_env};
use storyloom_fakes as fakes;

use std::io::Cursor;
use std::time::Duration;

use fakes::openai::{FakeOpenAi, Fault, KEY, SCENE};
use storyloom::plugin_host::{Media, ModelKind, PictureCall, PluginError, PluginHost, ProviderFailure, SceneHints, StoryCall, Turn};

const IMAGE_MODELS: [(&str, &str, bool); 3] =
    [("gpt-image-1", "GPT Image 1", true), ("gpt-image-1-mini", "GPT Image 1 Mini", false), ("gpt-image-1.5", "GPT Image 1.5", true)];

/// The bundled plugins with `OPENAI_BASE_URL` pointing at `fake` and `key` as `OPENAI_API_KEY`.
async fn host(fake: &FakeOpenAi, key: Option<&str>) -> PluginHost {
    host_with(fake, key, &[]).await
}

/// [`host`] with more of the operator's environment (e.g. `OPENAI_IMAGE_CDN_URL`).
async fn host_with(fake: &FakeOpenAi, key: Option<&str>, more: &[(&str, &str)]) -> PluginHost {
    let mut env = provider_env("OPENAI_BASE_URL", fake.base_url(), "OPENAI_API_KEY", key);
    env.extend(more.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    bundled_host(env).await
}

fn image(width: u32, height: u32, references: Vec<Media>) -> PictureCall {
    PictureCall { prompt: "A fox with a lantern in the snow".into(), width, height, aspect_ratio: String::new(), references }
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

/// The key reached the fake as a bearer token, from the host (the plugin never sends auth headers).
fn assert_bearer(recorded: &fakes::openai::Recorded) {
    assert_eq!(recorded.method, "POST");
    assert_eq!(recorded.header("authorization"), Some("Bearer sk-test"), "{}", recorded.path);
    assert_eq!(recorded.headers.iter().filter(|(k, _)| k == "authorization").count(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_models_are_described_and_hidden_without_the_key() {
    let fake = FakeOpenAi::start().await;
    let with_key = host(&fake, Some(KEY)).await;
    assert!(with_key.plugins().iter().any(|p| p.id == "openai" && p.version == "0.1.0"));
    for (key, name, _) in IMAGE_MODELS {
        let model = with_key.model(key).unwrap();
        assert_eq!((model.display_name.as_str(), model.provider_group.as_str(), model.kind), (name, "OpenAI", ModelKind::Image));
        assert_eq!((model.credential.as_deref(), model.available, model.plugin_id.as_str()), (Some("OPENAI_API_KEY"), true, "openai"));
        assert_eq!(model.max_reference_images, 16);
    }
    let gpt = with_key.model("gpt").unwrap();
    assert_eq!((gpt.display_name.as_str(), gpt.kind, gpt.available), ("GPT", ModelKind::Story, true));
    drop(with_key);

    let without_key = host(&fake, None).await;
    for key in ["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt"] {
        assert!(!without_key.model(key).unwrap().available, "{key} must be hidden without OPENAI_API_KEY");
    }
    let err = without_key.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    assert!(matches!(&err, PluginError::Unavailable { credential, .. } if credential == "OPENAI_API_KEY"), "{err:?}");
    assert!(fake.requests().is_empty(), "nothing is sent without a key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_image_model_posts_json_to_generations_and_returns_the_png() {
    let fake = FakeOpenAi::start().await;
    let host = host(&fake, Some(KEY)).await;
    for (key, _, _) in IMAGE_MODELS {
        let media = host.generate_image(key, image(1024, 1024, Vec::new())).await.unwrap().media;
        assert_eq!(media.media_type, "image/png");
        assert_eq!(media.bytes, fake.png(), "{key}: the fake's PNG, decoded from b64_json");
        let sent = fake.last();
        assert_eq!(sent.path, "/v1/images/generations");
        assert_bearer(&sent);
        assert_eq!(sent.header("content-type"), Some("application/json"));
        let body = sent.json();
        let expected = serde_json::json!({"model": key, "prompt": "A fox with a lantern in the snow", "n": 1, "size": "1024x1024"});
        assert_eq!(body, expected, "{key}: exactly these fields, never response_format");
    }
    // A wide or tall request gets the closest size the GPT image models accept.
    host.generate_image("gpt-image-1", image(1792, 1024, Vec::new())).await.unwrap();
    assert_eq!(fake.last().json()["size"], "1536x1024");
    host.generate_image("gpt-image-1", image(600, 1000, Vec::new())).await.unwrap();
    assert_eq!(fake.last().json()["size"], "1024x1536");
    assert_eq!(fake.requests().len(), 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reference_photos_go_to_edits_as_multipart_with_fidelity_where_supported() {
    let fake = FakeOpenAi::start().await;
    let host = host(&fake, Some(KEY)).await;
    let first = photo(image::ImageFormat::Png, 10);
    let second = photo(image::ImageFormat::Jpeg, 200);
    let references = vec![
        Media { media_type: "image/png".into(), bytes: first.clone() },
        Media { media_type: "image/jpeg".into(), bytes: second.clone() },
    ];
    for (key, _, fidelity) in IMAGE_MODELS {
        let media = host.generate_image(key, image(1024, 1024, references.clone())).await.unwrap().media;
        assert_eq!(media.bytes, fake.png());
        let sent = fake.last();
        assert_eq!(sent.path, "/v1/images/edits");
        assert_bearer(&sent);
        assert!(sent.header("content-type").unwrap().starts_with("multipart/form-data; boundary="));
        let parts = sent.form();
        let text = |name: &str| parts.iter().find(|p| p.name == name).map(|p| p.text());
        assert_eq!(text("model").as_deref(), Some(key));
        assert_eq!(text("prompt").as_deref(), Some("A fox with a lantern in the snow"));
        assert_eq!(text("n").as_deref(), Some("1"));
        assert_eq!(text("size").as_deref(), Some("1024x1024"));
        assert_eq!(text("input_fidelity").as_deref(), fidelity.then_some("high"), "{key}");
        let photos: Vec<_> = parts.iter().filter(|p| p.name == "image[]").collect();
        assert_eq!(photos.len(), 2, "{key}: one image[] part per reference");
        assert_eq!((photos[0].content_type.as_deref(), photos[0].bytes.as_slice()), (Some("image/png"), first.as_slice()));
        assert_eq!((photos[1].content_type.as_deref(), photos[1].bytes.as_slice()), (Some("image/jpeg"), second.as_slice()));
        assert!(photos.iter().all(|p| p.filename.is_some()));
        let names: Vec<&str> = parts.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.contains(&"response_format") && !names.contains(&"moderation"), "{names:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_story_model_calls_chat_completions_with_structured_output() {
    let fake = FakeOpenAi::start().await;
    let host = host(&fake, Some(KEY)).await;
    let text = host.generate_story("gpt", story()).await.unwrap();
    assert_eq!(text, SCENE);
    let sent = fake.last();
    assert_eq!(sent.path, "/v1/chat/completions");
    assert_bearer(&sent);
    assert_eq!(sent.header("content-type"), Some("application/json"));
    let body = sent.json();
    assert_eq!(body["model"], "gpt-4.1-mini");
    assert_eq!(body["messages"][0], serde_json::json!({"role": "system", "content": story().system}));
    assert_eq!(body["messages"][1], serde_json::json!({"role": "user", "content": story().messages[0].content}));
    assert_eq!(body["messages"].as_array().unwrap().len(), 2);
    assert_eq!(body["max_completion_tokens"], 1200);
    assert!(body.get("max_tokens").is_none());
    let format = &body["response_format"];
    assert_eq!(format["type"], "json_schema");
    assert_eq!(format["json_schema"]["strict"], true);
    assert_eq!(format["json_schema"]["schema"], serde_json::from_str::<serde_json::Value>(&story().json_schema).unwrap());

    // The model's text comes back untouched, escapes and all.
    let reply = r#"{"title":"Käse & \"quotes\" — ünïcode"}"#;
    fake.set_story_reply(reply);
    assert_eq!(host.generate_story("gpt", story()).await.unwrap(), reply);
}

/// The provider failure and its message, or a panic naming what came back.
pub fn provider(err: &PluginError) -> (ProviderFailure, Option<Duration>, String) {
    match err {
        PluginError::Provider { plugin, kind, message, retry_after } => {
            assert_eq!(plugin, "openai");
            (*kind, *retry_after, message.clone())
        }
        other => panic!("expected a provider error, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_failures_map_to_the_contract_kinds() {
    let fake = FakeOpenAi::start().await;
    let host = host(&fake, Some(KEY)).await;
    let mut errors = Vec::new();

    fake.push_fault(Fault::RateLimited { retry_after: Some("2".into()), retry_after_ms: None });
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, wait, message) = provider(&err);
    assert_eq!((kind, wait), (ProviderFailure::RateLimited, Some(Duration::from_secs(2))));
    assert!(message.contains("You've exceeded the rate limit"), "{message}");
    assert!(err.is_retryable());
    errors.push(err);

    fake.push_fault(Fault::RateLimited { retry_after: Some("30".into()), retry_after_ms: Some("750".into()) });
    let err = host.generate_story("gpt", story()).await.unwrap_err();
    assert_eq!(provider(&err).1, Some(Duration::from_millis(750)), "retry-after-ms wins");
    errors.push(err);

    // An HTTP date: the guest reads the wall clock to turn it into a wait.
    let at = time::OffsetDateTime::now_utc() + Duration::from_secs(30);
    let imf_fixdate =
        time::macros::format_description!("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT");
    let date = at.format(imf_fixdate).unwrap();
    fake.push_fault(Fault::RateLimited { retry_after: Some(date), retry_after_ms: None });
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let wait = provider(&err).1.unwrap();
    assert!(wait > Duration::from_secs(25) && wait <= Duration::from_secs(31), "{wait:?}");
    errors.push(err);

    fake.push_fault(Fault::ServerError);
    let err = host.generate_image("gpt-image-1-mini", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient);
    assert!(message.contains("The server had an error"), "{message}");
    errors.push(err);

    fake.push_fault(Fault::MalformedJson);
    let err = host.generate_image("gpt-image-1.5", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient);
    assert!(message.contains("not the expected JSON"), "{message}");
    errors.push(err);

    fake.push_fault(Fault::Moderation);
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Refused);
    assert!(message.contains("rejected by the safety system"), "{message}");
    assert!(!err.is_retryable());
    errors.push(err);

    // Out of credit: not a wrong key, and waiting does not help.
    fake.push_fault(Fault::InsufficientQuota);
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::QuotaExceeded);
    assert!(message.contains("exceeded your current quota"), "{message}");
    assert!(!err.is_retryable());
    let sentence = err.for_parents(storyloom::plugin_host::ModelKind::Image);
    assert!(sentence.contains("run out of credit") && !sentence.contains("key"), "{sentence}");
    errors.push(err);

    for err in &errors {
        assert!(!err.to_string().contains(KEY) && !format!("{err:?}").contains(KEY), "the key leaked: {err}");
    }

    // A wrong key: 401 with the provider's (masked) words, never the key itself.
    let wrong_key = "sk-wrong-key-0123456789";
    let wrong = self::host(&fake, Some(wrong_key)).await;
    let err = wrong.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Unauthorized);
    assert!(message.contains("Incorrect API key provided"), "{message}");
    assert!(!err.to_string().contains(wrong_key) && !format!("{err:?}").contains(wrong_key));
    assert_eq!(fake.last().header("authorization"), Some(format!("Bearer {wrong_key}").as_str()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_url_with_a_path_prefix_is_followed() {
    let fake = FakeOpenAi::start_with(KEY, "/proxy/openai/v1").await;
    let host = host(&fake, Some(KEY)).await;
    host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap();
    assert_eq!(fake.last().path, "/proxy/openai/v1/images/generations");
    host.generate_story("gpt", story()).await.unwrap();
    assert_eq!(fake.last().path, "/proxy/openai/v1/chat/completions");
}

#[path = "provider_openai/fake_rules.rs"]
mod fake_rules;
#[path = "provider_openai/links.rs"]
mod links;
#[path = "provider_openai/no_picture.rs"]
mod no_picture;
#[path = "provider_openai/slow_provider.rs"]
mod slow_provider;
#[path = "provider_openai/through_the_server.rs"]
mod through_the_server;

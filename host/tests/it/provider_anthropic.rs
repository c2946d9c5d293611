//! The bundled Anthropic plugin against a fake Messages API on 127.0.0.1 that
//! checks requests like the real API: what the Claude story model sends
//! (path, `x-api-key` added by the host, `anthropic-version`, JSON body with
//! structured output), how provider failures map to `PluginError`s, that the
//! model stays hidden without `ANTHROPIC_API_KEY`, a base URL with a path
//! prefix, and one story written by Claude through the real server.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;
use common::provider_host::{bundled_host, localhost, provider_env};
use storyloom_fakes as fakes;

use std::time::Duration;

use fakes::anthropic::{FakeAnthropic, Fault, KEY, SCENE};
use serde_json::{Value, json};
use storyloom::plugin_host::{ModelKind, PluginError, PluginHost, ProviderFailure, SceneHints, StoryCall, Turn};

/// The bundled plugins with `ANTHROPIC_BASE_URL` pointing at `fake` and `key` as `ANTHROPIC_API_KEY`.
async fn host(fake: &FakeAnthropic, key: Option<&str>) -> PluginHost {
    bundled_host(provider_env("ANTHROPIC_BASE_URL", fake.base_url(), "ANTHROPIC_API_KEY", key)).await
}

/// The host's real scene schema (with `maxItems`, which Anthropic's structured outputs refuse).
const SCENE_SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title","text","image_prompt","choices","is_ending"],"properties":{"title":{"type":"string"},"text":{"type":"string"},"image_prompt":{"type":"string"},"choices":{"type":"array","items":{"type":"string"},"maxItems":4},"is_ending":{"type":"boolean"}}}"#;

fn story() -> StoryCall {
    StoryCall {
        system: "You write gentle stories for children. Answer with one scene as JSON.".into(),
        messages: vec![Turn { role: "user".into(), content: "Write scene 1 of 3 about an otter with a shell.".into() }],
        json_schema: SCENE_SCHEMA.into(),
        max_tokens: 1200,
        hints: SceneHints { premise: "an otter".into(), path: Vec::new(), scene_number: 1, target_scenes: 3, tier: "kids".into(), seed: 7 },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_model_is_described_and_hidden_without_the_key() {
    let fake = FakeAnthropic::start().await;
    let with_key = host(&fake, Some(KEY)).await;
    assert!(with_key.plugins().iter().any(|p| p.id == "anthropic" && p.version == "0.1.0"));
    let claude = with_key.model("claude").unwrap();
    assert_eq!((claude.display_name.as_str(), claude.provider_group.as_str(), claude.kind), ("Claude", "Anthropic", ModelKind::Story));
    assert_eq!((claude.credential.as_deref(), claude.available, claude.plugin_id.as_str()), (Some("ANTHROPIC_API_KEY"), true, "anthropic"));
    drop(with_key);

    let without_key = host(&fake, None).await;
    assert!(!without_key.model("claude").unwrap().available, "claude must be hidden without ANTHROPIC_API_KEY");
    let err = without_key.generate_story("claude", story()).await.unwrap_err();
    assert!(matches!(&err, PluginError::Unavailable { credential, .. } if credential == "ANTHROPIC_API_KEY"), "{err:?}");
    assert!(fake.requests().is_empty(), "nothing is sent without a key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_story_model_posts_messages_with_structured_output() {
    let fake = FakeAnthropic::start().await;
    let host = host(&fake, Some(KEY)).await;
    let text = host.generate_story("claude", story()).await.unwrap();
    assert_eq!(text, SCENE);
    let sent = fake.last();
    assert_eq!((sent.method.as_str(), sent.path.as_str()), ("POST", "/v1/messages"));
    assert_eq!(sent.header("x-api-key"), Some("sk-ant-test"), "the host added the key");
    assert_eq!(sent.headers.iter().filter(|(k, _)| k == "x-api-key").count(), 1);
    assert_eq!(sent.header("authorization"), None, "Anthropic takes x-api-key, not a bearer token");
    assert_eq!(sent.header("anthropic-version"), Some("2023-06-01"));
    assert_eq!(sent.header("content-type"), Some("application/json"));
    let body = sent.json();
    assert_eq!(body["model"], "claude-sonnet-4-5");
    assert_eq!(body["max_tokens"], 1200);
    assert_eq!(body["system"], story().system);
    assert_eq!(body["messages"], json!([{"role": "user", "content": story().messages[0].content}]));
    let mut schema: Value = serde_json::from_str(SCENE_SCHEMA).unwrap();
    let choices = schema["properties"]["choices"].as_object_mut().unwrap();
    choices.remove("maxItems");
    choices.insert("description".into(), json!("{maxItems: 4}"));
    assert_eq!(body["output_config"], json!({"format": {"type": "json_schema", "schema": schema}}));
    let mut keys: Vec<&str> = body.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort();
    assert_eq!(keys, ["max_tokens", "messages", "model", "output_config", "system"]);

    // The model's text comes back untouched, escapes and all.
    let reply = r#"{"title":"Käse & \"quotes\" — ünïcode"}"#;
    fake.set_story_reply(reply);
    assert_eq!(host.generate_story("claude", story()).await.unwrap(), reply);

    // A continuation alternates user/assistant turns; same-role neighbours are joined.
    let mut next = story();
    next.messages.push(Turn { role: "assistant".into(), content: SCENE.into() });
    next.messages.push(Turn { role: "user".into(), content: "The reader chose: Follow the tune".into() });
    next.messages.push(Turn { role: "user".into(), content: "Write scene 2 of 3.".into() });
    host.generate_story("claude", next).await.unwrap();
    let turns = fake.last().json()["messages"].clone();
    assert_eq!(turns.as_array().unwrap().len(), 3);
    assert_eq!(turns[1], json!({"role": "assistant", "content": SCENE}));
    assert_eq!(turns[2], json!({"role": "user", "content": "The reader chose: Follow the tune\n\nWrite scene 2 of 3."}));
}

/// The provider failure and its message, or a panic naming what came back.
fn provider(err: &PluginError) -> (ProviderFailure, Option<Duration>, String) {
    match err {
        PluginError::Provider { plugin, kind, message, retry_after } => {
            assert_eq!(plugin, "anthropic");
            (*kind, *retry_after, message.clone())
        }
        other => panic!("expected a provider error, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_failures_map_to_the_contract_kinds() {
    let fake = FakeAnthropic::start().await;
    let host = host(&fake, Some(KEY)).await;
    let mut errors = Vec::new();

    fake.push_fault(Fault::RateLimited { retry_after: Some("3".into()) });
    let err = host.generate_story("claude", story()).await.unwrap_err();
    let (kind, wait, message) = provider(&err);
    assert_eq!((kind, wait), (ProviderFailure::RateLimited, Some(Duration::from_secs(3))));
    assert!(message.starts_with("Anthropic: Number of request tokens has exceeded"), "{message}");
    assert!(err.is_retryable());
    errors.push(err);

    let cases = [
        (Fault::Overloaded, ProviderFailure::Transient, "Anthropic: Overloaded"),
        (Fault::ServerError, ProviderFailure::Transient, "Anthropic: Internal server error"),
        (Fault::MalformedJson, ProviderFailure::Transient, "not the expected JSON"),
        (Fault::Refusal, ProviderFailure::Refused, "declined"),
    ];
    for (fault, expected, words) in cases {
        fake.push_fault(fault.clone());
        let err = host.generate_story("claude", story()).await.unwrap_err();
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, expected, "{fault:?}: {message}");
        assert!(message.contains(words), "{fault:?}: {message}");
        errors.push(err);
    }

    // A request the API rejects (an assistant prefill with structured output): invalid-request.
    let mut prefill = story();
    prefill.messages.push(Turn { role: "assistant".into(), content: "{".into() });
    let err = host.generate_story("claude", prefill).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::InvalidRequest, "{message}");
    assert!(message.starts_with("Anthropic: ") && !err.is_retryable(), "{message}");
    errors.push(err);

    for err in &errors {
        assert!(!err.to_string().contains(KEY) && !format!("{err:?}").contains(KEY), "the key leaked: {err}");
    }

    // A wrong key: 401 with the provider's words, never the key itself.
    let wrong_key = "sk-ant-wrong-0123456789";
    let wrong = self::host(&fake, Some(wrong_key)).await;
    let err = wrong.generate_story("claude", story()).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!((kind, message.as_str()), (ProviderFailure::Unauthorized, "Anthropic: invalid x-api-key"));
    assert!(!err.to_string().contains(wrong_key) && !format!("{err:?}").contains(wrong_key));
    assert_eq!(fake.last().header("x-api-key"), Some(wrong_key));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_base_url_with_a_path_prefix_is_followed() {
    let fake = FakeAnthropic::start_with(KEY, "/proxy/anthropic").await;
    let host = host(&fake, Some(KEY)).await;
    assert_eq!(host.generate_story("claude", story()).await.unwrap(), SCENE);
    assert_eq!(fake.last().path, "/proxy/anthropic/v1/messages");
}

#[path = "provider_anthropic/fake_rules.rs"]
mod fake_rules;
#[path = "provider_anthropic/through_the_server.rs"]
mod through_the_server;

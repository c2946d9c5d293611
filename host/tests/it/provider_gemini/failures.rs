//! Provider failures through the bundled Gemini plugin: a safety-blocked 200
//! (blocked prompt, image safety stop), 429 with `RetryInfo.retryDelay`, 503,
//! a malformed body, a wrong key (Google's 400 `API_KEY_INVALID`), each as
//! the contract's kind with Google's words, and never the key.

use std::time::Duration;

use storyloom::plugin_host::{PluginError, ProviderFailure};

use super::fakes::gemini::{FakeGemini, Fault, KEY};
use super::{host, image, story};

/// The provider failure and its message, or a panic naming what came back.
pub fn provider(err: &PluginError) -> (ProviderFailure, Option<Duration>, String) {
    match err {
        PluginError::Provider { plugin, kind, message, retry_after } => {
            assert_eq!(plugin, "gemini");
            (*kind, *retry_after, message.clone())
        }
        other => panic!("expected a provider error, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_safety_blocked_answer_is_a_readable_refusal() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;

    fake.push_fault(Fault::PromptBlocked("SAFETY".into()));
    let err = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Refused);
    assert_eq!(message, "Gemini: the request was blocked (blockReason SAFETY)");
    assert!(!err.is_retryable());

    fake.push_fault(Fault::NoImage("IMAGE_SAFETY".into()));
    let err = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!((kind, message.as_str()), (ProviderFailure::Refused, "Gemini: the picture was blocked (finishReason IMAGE_SAFETY)"));

    fake.push_fault(Fault::NoImage("SAFETY".into()));
    let err = host.generate_story("gemini-story", story()).await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::Refused);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_failures_map_to_the_contract_kinds() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    let mut errors = Vec::new();

    fake.push_fault(Fault::RateLimited { retry_delay: Some("12s".into()) });
    let err = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, wait, message) = provider(&err);
    assert_eq!((kind, wait), (ProviderFailure::RateLimited, Some(Duration::from_secs(12))), "the body's RetryInfo.retryDelay");
    assert!(message.starts_with("Gemini: You exceeded your current quota"), "{message}");
    assert!(err.is_retryable());
    errors.push(err);

    fake.push_fault(Fault::RateLimited { retry_delay: Some("1.5s".into()) });
    let err = host.generate_story("gemini-story", story()).await.unwrap_err();
    assert_eq!(provider(&err).1, Some(Duration::from_millis(1500)));
    errors.push(err);

    fake.push_fault(Fault::RateLimited { retry_delay: None });
    let err = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
    assert_eq!((provider(&err).0, provider(&err).1), (ProviderFailure::RateLimited, None), "no RetryInfo, no wait");
    errors.push(err);

    fake.push_fault(Fault::Unavailable);
    let err = host.generate_story("gemini-story", story()).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!((kind, message.as_str()), (ProviderFailure::Transient, "Gemini: The model is overloaded. Please try again later."));
    errors.push(err);

    fake.push_fault(Fault::MalformedJson);
    let err = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient);
    assert!(message.contains("not the expected JSON"), "{message}");
    errors.push(err);

    for err in &errors {
        assert!(!err.to_string().contains(KEY) && !format!("{err:?}").contains(KEY), "the key leaked: {err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_is_unauthorized_without_the_key_in_the_text() {
    let fake = FakeGemini::start().await;
    let wrong_key = "gm-wrong-key-0123456789";
    let host = host(&fake, Some(wrong_key)).await;
    for err in [
        host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err(),
        host.generate_story("gemini-story", story()).await.unwrap_err(),
    ] {
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, ProviderFailure::Unauthorized, "Google answers a bad key with 400 API_KEY_INVALID");
        assert_eq!(message, "Gemini: API key not valid. Please pass a valid API key.");
        assert!(!err.to_string().contains(wrong_key) && !format!("{err:?}").contains(wrong_key));
    }
    assert_eq!(fake.last().header("x-goog-api-key"), Some(wrong_key));
}

//! Provider failures through the bundled xAI plugin: 429 with `Retry-After`
//! (seconds and an HTTP date), 500, a malformed body, a withheld picture, a
//! wrong key (xAI's 400) and an unknown model, each as the contract's kind,
//! with xAI's words and never the key.

use std::time::Duration;

use storyloom::plugin_host::{PluginError, ProviderFailure};

use super::fakes::xai::{FakeXai, Fault, KEY, api_error};
use super::{host, image, story};

/// The provider failure and its message, or a panic naming what came back.
pub fn provider(err: &PluginError) -> (ProviderFailure, Option<Duration>, String) {
    match err {
        PluginError::Provider { plugin, kind, message, retry_after } => {
            assert_eq!(plugin, "xai");
            (*kind, *retry_after, message.clone())
        }
        other => panic!("expected a provider error, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn provider_failures_map_to_the_contract_kinds() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    let mut errors = Vec::new();

    fake.push_fault(Fault::RateLimited { retry_after: Some("2".into()) });
    let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, wait, message) = provider(&err);
    assert_eq!((kind, wait), (ProviderFailure::RateLimited, Some(Duration::from_secs(2))));
    assert!(message.starts_with("xAI: Too many requests"), "{message}");
    assert!(err.is_retryable());
    errors.push(err);

    let at = time::OffsetDateTime::now_utc() + Duration::from_secs(30);
    let imf_fixdate =
        time::macros::format_description!("[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT");
    fake.push_fault(Fault::RateLimited { retry_after: Some(at.format(imf_fixdate).unwrap()) });
    let err = host.generate_story("grok", story()).await.unwrap_err();
    let wait = provider(&err).1.unwrap();
    assert!(wait > Duration::from_secs(25) && wait <= Duration::from_secs(31), "{wait:?}");
    errors.push(err);

    fake.push_fault(Fault::RateLimited { retry_after: None });
    let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::RateLimited);
    assert_eq!(provider(&err).1, None, "no header, no wait");
    errors.push(err);

    fake.push_fault(Fault::ServerError);
    let err = host.generate_story("grok", story()).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!((kind, message.as_str()), (ProviderFailure::Transient, "xAI: An internal error occurred. Please try again later."));
    errors.push(err);

    fake.push_fault(Fault::MalformedJson);
    let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient);
    assert!(message.contains("not the expected JSON"), "{message}");
    errors.push(err);

    fake.push_fault(Fault::Withheld);
    let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Refused, "an empty `data` is xAI's moderation block");
    assert!(message.starts_with("xAI: ") && message.contains("moderation"), "{message}");
    assert!(!err.is_retryable());
    errors.push(err);

    for err in &errors {
        assert!(!err.to_string().contains(KEY) && !format!("{err:?}").contains(KEY), "the key leaked: {err}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wrong_key_is_unauthorized_without_the_key_in_the_text() {
    let fake = FakeXai::start().await;
    let wrong_key = "xai-wrong-key-0123456789";
    let host = host(&fake, Some(wrong_key)).await;
    for err in [
        host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err(),
        host.generate_story("grok", story()).await.unwrap_err(),
    ] {
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, ProviderFailure::Unauthorized, "xAI answers a bad key with 400");
        assert_eq!(message, "xAI: Incorrect API key provided: xa***89. You can obtain an API key from https://console.x.ai.");
        assert!(!err.to_string().contains(wrong_key) && !format!("{err:?}").contains(wrong_key));
    }
    assert_eq!(fake.last().header("authorization"), Some(format!("Bearer {wrong_key}").as_str()));
}

#[test]
fn the_fakes_error_bodies_have_xais_shape() {
    let err = api_error(404, "The model grok-9 does not exist or your team does not have access to it.");
    assert_eq!(err.status, 404);
    assert_eq!(err.body["code"], "Some requested entity was not found");
    assert!(err.body["error"].is_string(), "xAI's `error` is a string, not an object");
}

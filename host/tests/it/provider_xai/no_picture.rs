//! Answers that hold no picture, through the bundled xAI plugin. Contract
//! §2.1 (and §8.3: the REST moderation signal is undocumented, the observed
//! one is vercel/ai#19168): `data: []` and an entry with an empty payload are
//! xAI's moderation block, so refused; any other answer without a picture
//! (no `data` list, an entry reporting a `storage_error`) is not moderation
//! and is transient, so the host asks again. No request id in the message.

use storyloom::plugin_host::ProviderFailure;

use super::failures::provider;
use super::fakes::xai::{FakeXai, Fault, KEY};
use super::{host, image};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_xais_moderation_shapes_are_refused() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    // (what, the fake's answer, the kind the host must see)
    let cases = [
        ("data: [] (moderation)", Fault::Withheld, ProviderFailure::Refused),
        ("an empty payload (moderation)", Fault::EmptyPayload, ProviderFailure::Refused),
        ("no data list (a deferred-style answer)", Fault::NoData, ProviderFailure::Transient),
        ("a storage error and no picture", Fault::StorageError, ProviderFailure::Transient),
    ];
    for (what, fault, want) in cases {
        fake.push_fault(fault);
        let before = fake.requests().len();
        let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, want, "{what}: {message}");
        assert_eq!(err.is_retryable(), want == ProviderFailure::Transient, "{what}");
        assert_eq!(fake.requests().len(), before + 1, "{what}: one call, no download");
        assert!(message.starts_with("xAI") && message.chars().count() <= 120, "{what}: {message}");
        assert!(!message.contains("d4f1a8b2") && !message.contains("req-fake") && !message.contains(KEY), "{what}: {message}");
    }
    let media = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap().media;
    assert_eq!(media.bytes, fake.png(), "the fake answers normally again");
}

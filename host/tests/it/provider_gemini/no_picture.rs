//! Answers that hold no picture, through the bundled Gemini plugin: a
//! safety block (a blocked prompt, a safety or prohibited-content finish
//! reason) is refused; every other 200 without a picture (text only,
//! `NO_IMAGE`, `IMAGE_OTHER`, no candidate without a block reason) is
//! transient, so the host asks again. The model's text is quoted at most
//! 80 characters, and never as a whole long reply.

use storyloom::plugin_host::ProviderFailure;

use super::failures::provider;
use super::fakes::gemini::{FakeGemini, Fault, KEY};
use super::{host, image};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_safety_blocks_are_refused() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    let long = "I would love to help, but here is a story in words instead of a picture. ".repeat(6);
    let text_only = |text: &str, reason: &str| Fault::TextOnly { text: text.into(), finish_reason: reason.into() };
    // (what, the fake's answer, the kind the host must see)
    let cases = [
        ("text only, STOP", text_only("Here is your fox!", "STOP"), ProviderFailure::Transient),
        ("a long text only, STOP", text_only(&long, "STOP"), ProviderFailure::Transient),
        ("NO_IMAGE", Fault::NoImage("NO_IMAGE".into()), ProviderFailure::Transient),
        ("text only, NO_IMAGE", text_only("I can describe it instead.", "NO_IMAGE"), ProviderFailure::Transient),
        ("IMAGE_OTHER", Fault::NoImage("IMAGE_OTHER".into()), ProviderFailure::Transient),
        ("no candidates, no block reason", Fault::NoCandidates, ProviderFailure::Transient),
        ("a blocked prompt", Fault::PromptBlocked("SAFETY".into()), ProviderFailure::Refused),
        ("IMAGE_SAFETY", Fault::NoImage("IMAGE_SAFETY".into()), ProviderFailure::Refused),
        ("IMAGE_PROHIBITED_CONTENT", Fault::NoImage("IMAGE_PROHIBITED_CONTENT".into()), ProviderFailure::Refused),
        ("PROHIBITED_CONTENT", Fault::NoImage("PROHIBITED_CONTENT".into()), ProviderFailure::Refused),
    ];
    for (what, fault, want) in cases {
        fake.push_fault(fault);
        let before = fake.requests().len();
        let err = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap_err();
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, want, "{what}: {message}");
        assert_eq!(err.is_retryable(), want == ProviderFailure::Transient, "{what}");
        assert_eq!(fake.requests().len(), before + 1, "{what}");
        assert!(message.starts_with("Gemini") && message.chars().count() <= 160, "{what}: {message}");
        assert!(!message.contains(&long[..90]) && !message.contains("fake-response-id"), "{what}: {message}");
    }
    let media = host.generate_image("gemini", image("1:1", Vec::new())).await.unwrap().media;
    assert_eq!(media.bytes, fake.png(), "the fake answers normally again");
}

//! Answers that hold no picture, through the bundled OpenAI plugin: every
//! 200 without a picture (an empty `data`, an entry with neither field, an
//! empty `b64_json`) is transient, so the host asks again, while OpenAI's
//! moderation block (a 400 `moderation_blocked`, contract §1.5) stays
//! refused; the message is short and carries no request id. Through the
//! real server, a no-picture answer is retried and the picture arrives.

use storyloom::plugin_host::ProviderFailure;

use super::common::*;
use super::fakes::openai::{FakeOpenAi, Fault, KEY};
use super::{host, image, localhost, provider};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_picture_is_transient_and_only_moderation_is_refused() {
    let fake = FakeOpenAi::start().await;
    let host = host(&fake, Some(KEY)).await;
    // (what, the fake's answer, the kind the host must see)
    let cases = [
        ("empty data list", Fault::EmptyData, ProviderFailure::Transient),
        ("an entry with neither b64_json nor url", Fault::NeitherField, ProviderFailure::Transient),
        ("an empty b64_json", Fault::EmptyB64, ProviderFailure::Transient),
        ("a moderation block (400 moderation_blocked)", Fault::Moderation, ProviderFailure::Refused),
    ];
    for (what, fault, want) in cases {
        fake.push_fault(fault);
        let before = fake.requests().len();
        let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, want, "{what}: {message}");
        assert_eq!(err.is_retryable(), want == ProviderFailure::Transient, "{what}");
        assert_eq!(fake.requests().len(), before + 1, "{what}: one call, no download");
        if want == ProviderFailure::Transient {
            // The plugin's own words: short, no request id (a refusal carries OpenAI's words, for the details toggle).
            assert!(message.starts_with("OpenAI") && message.chars().count() <= 120, "{what}: {message}");
            assert!(!message.contains("req_fake"), "{what}: {message}");
        }
        assert!(!message.contains(KEY), "{what}: {message}");
    }
    // The fake answers normally again: nothing stuck.
    let media = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap().media;
    assert_eq!(media.bytes, fake.png());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_retries_a_picture_answer_without_a_picture() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base_url = fake.base_url();
    let server = TestServer::start_with(dir.path(), |config| {
        config.env.insert("OPENAI_API_KEY", KEY);
        config.env.insert("OPENAI_BASE_URL", base_url.clone());
        config.allow_private.push(localhost());
    })
    .await;
    fake.push_fault(Fault::NeitherField);
    let response = submit(
        &server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", "a fox with a lantern"), ("length", "short"), ("model", "storyteller"), ("image_model", "gpt-image-1")],
    )
    .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let status = wait_image(&server, "kids", &last_id(&scene)).await;
    assert_eq!(status["status"], "complete", "a no-picture answer is retried: {status}");
    let picture = reqwest::get(server.url(status["url"].as_str().unwrap())).await.unwrap();
    assert_eq!(picture.bytes().await.unwrap().to_vec(), fake.png());
    let image_calls = fake.requests().into_iter().filter(|r| r.path == "/v1/images/generations").count();
    assert_eq!(image_calls, 2, "the first answer held no picture, the second did");
    server.stop().await;
}

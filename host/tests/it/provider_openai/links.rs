//! Picture links (`data[0].url`, as OpenAI-compatible gateways and older
//! models answer) through the bundled OpenAI plugin: a link on the API's own
//! origin is fetched with the key; a link on a second origin is fetched
//! without it, only when `OPENAI_IMAGE_CDN_URL` names that origin; a link on
//! an undeclared origin is refused before anything is sent, naming the
//! setting; an expired link is transient.

use storyloom::plugin_host::ProviderFailure;

use super::fakes::openai::{FakeOpenAi, Fault, KEY, Server};
use super::{host, host_with, image, provider};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_is_downloaded_with_the_key_only_on_the_api_origin() {
    let fake = FakeOpenAi::start().await;
    let cdn_url = fake.cdn_url();
    let host = host_with(&fake, Some(KEY), &[("OPENAI_IMAGE_CDN_URL", &cdn_url)]).await;
    // (where the fake puts the link, the path prefix of the GET, the authorization the GET must carry)
    let cases = [(Server::Api, "/v1/files/img-", Some("Bearer sk-test")), (Server::Cdn, "/oai-tmp/img-", None)];
    for (server, path, authorization) in cases {
        fake.set_picture_links(Some(server));
        let before = fake.requests().len();
        let media = host
            .generate_image("gpt-image-1", image(1024, 1024, Vec::new()))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "{server:?}: {e} (a link on the second origin needs OPENAI_IMAGE_CDN_URL granted to the bundled openai plugin: \
                 host/src/plugin_host/trust/bundled.rs)"
                )
            })
            .media;
        assert_eq!((media.media_type.as_str(), &media.bytes), ("image/png", &fake.png()), "{server:?}");
        let sent = &fake.requests()[before..];
        assert_eq!(sent.len(), 2, "{server:?}: the API call, then one download");
        assert_eq!((sent[0].server, sent[0].method.as_str(), sent[0].path.as_str()), (Server::Api, "POST", "/v1/images/generations"));
        let download = &sent[1];
        assert_eq!((download.server, download.method.as_str()), (server, "GET"), "{server:?}");
        assert!(download.path.starts_with(path), "{server:?}: {}", download.path);
        assert_eq!(download.header("authorization"), authorization, "{server:?}: the key goes only to the API's origin");
        assert!(download.body.is_empty());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_on_an_undeclared_origin_is_refused_naming_the_setting() {
    let fake = FakeOpenAi::start().await;
    // OPENAI_IMAGE_CDN_URL is not set: only the API's origin may serve links.
    let host = host(&fake, Some(KEY)).await;
    fake.set_picture_links(Some(Server::Cdn));
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::InvalidRequest, "{message}");
    assert!(!err.is_retryable(), "asking again gets a link on the same origin");
    assert!(message.contains("OPENAI_IMAGE_CDN_URL") && message.contains(&fake.cdn_addr.to_string()), "{message}");
    assert!(!message.contains("/oai-tmp/"), "the link itself is not in the message: {message}");
    assert!(fake.requests().iter().all(|r| r.server == Server::Api), "nothing reached the undeclared origin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_expired_link_is_transient() {
    let fake = FakeOpenAi::start().await;
    let host = host(&fake, Some(KEY)).await;
    fake.push_fault(Fault::ExpiredLink(Server::Api));
    let err = host.generate_image("gpt-image-1", image(1024, 1024, Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient, "{message}");
    assert!(message.contains("expired") && message.contains("404"), "{message}");
    let download = fake.requests().pop().unwrap();
    assert_eq!((download.method.as_str(), download.header("authorization")), ("GET", Some("Bearer sk-test")));
}

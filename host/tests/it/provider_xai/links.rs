//! Temporary picture links: when xAI answers with a `url` instead of base64,
//! the plugin downloads it at once from the CDN origin (`XAI_IMAGE_CDN_URL`)
//! without the key; a spent link is 404 and gives a clear error, and a link
//! on an origin no setting declares is refused before anything is sent,
//! naming `XAI_IMAGE_CDN_URL`.

use storyloom::plugin_host::ProviderFailure;

use super::failures::provider;
use super::fakes::xai::{FakeXai, Fault, KEY, Server};
use super::{host, host_with, image};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_is_downloaded_at_once_without_the_key_and_expires() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    fake.force_url(true);
    let media = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap().media;
    assert_eq!((media.media_type.as_str(), &media.bytes), ("image/png", &fake.png()), "type from the magic bytes");
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "one API call, one download");
    assert_eq!((requests[0].server, requests[0].path.as_str()), (Server::Api, "/v1/images/generations"));
    assert_eq!(requests[0].json()["response_format"], "b64_json", "base64 is still what the plugin asks for");
    let download = &requests[1];
    assert_eq!((download.server, download.method.as_str()), (Server::Cdn, "GET"));
    assert!(download.path.starts_with("/xai-imgen/xai-tmp-imgen-"), "{}", download.path);
    assert_eq!(download.header("authorization"), None, "the key never goes to the CDN");
    assert!(download.body.is_empty());

    // The fake's link is spent: a second GET is 404, like an expired imgen.x.ai link.
    let again = reqwest::get(format!("{}{}", fake.cdn_url(), download.path)).await.unwrap();
    assert_eq!(again.status(), 404);

    // A link that expired before the plugin got to it.
    fake.push_fault(Fault::ExpiredLink);
    let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient, "asking again makes a new link");
    assert!(message.contains("picture link had expired") && message.contains("404"), "{message}");
    assert!(!message.contains(KEY));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_link_outside_the_declared_cdn_is_refused_naming_the_setting() {
    let fake = FakeXai::start().await;
    // The CDN setting names another origin, so the fake's CDN listener is not declared.
    let host = host_with(&fake, Some(KEY), "https://imgen.x.ai").await;
    fake.force_url(true);
    let err = host.generate_image("grok-imagine", image("1:1", Vec::new())).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::InvalidRequest, "{message}");
    assert!(message.contains("XAI_IMAGE_CDN_URL") && message.contains(&fake.cdn_addr.to_string()), "{message}");
    assert!(!message.contains("/xai-imgen/"), "the link itself is not in the message: {message}");
    assert!(!err.is_retryable() && !err.to_string().contains(KEY));
    assert!(fake.requests().iter().all(|r| r.server == Server::Api), "nothing reached the undeclared CDN");
}

//! Tests of link downloads: which origins are fetched and with what, expired
//! and oversized links, undeclared origins (refused before sending, naming
//! the setting), `data:` URIs and how the media type is chosen.

use super::*;
use crate::http::{HttpError, Method, Response};
use crate::testing::{FakeHttp, JPEG, PNG};

const POLICY: LinkPolicy<'static> = LinkPolicy {
    provider: "Example",
    api_base_url: "https://api.example.com/v1",
    credential: "EXAMPLE_API_KEY",
    link_setting: "EXAMPLE_IMAGE_CDN_URL",
    link_setting_value: "https://cdn.example.net",
};

#[test]
fn links_are_fetched_with_the_key_only_on_the_api_origin() {
    let cases = [
        ("https://cdn.example.net/tmp/a.png", None),
        ("https://CDN.example.net:443/tmp/a.png?sig=1", None),
        ("https://api.example.com/v1/files/a.png", Some("EXAMPLE_API_KEY")),
        ("https://api.example.com:443/other/a.png", Some("EXAMPLE_API_KEY")),
    ];
    for (link, credential) in cases {
        let http = FakeHttp::answering(Response::new(200, PNG).with_header("content-type", "image/png"));
        let media = picture(&http, link, &POLICY, &[], "image/jpeg").unwrap();
        assert_eq!(media, Media { media_type: "image/png".into(), bytes: PNG.to_vec() }, "{link}");
        let sent = http.only();
        assert_eq!((sent.method, sent.url.as_str(), sent.credential.as_deref()), (Method::Get, link, credential), "{link}");
        assert_eq!(sent.headers, [("accept".to_string(), "image/*".to_string())]);
        assert!(sent.body.is_empty());
    }
}

#[test]
fn an_undeclared_origin_is_refused_before_anything_is_sent() {
    for link in ["https://elsewhere.example.org/a.png", "http://cdn.example.net/a.png", "https://cdn.example.net:8443/a.png"] {
        let http = FakeHttp::answering(Response::new(200, PNG));
        let err = download(&http, link, &POLICY).unwrap_err();
        assert!(
            matches!(&err, PluginError::InvalidRequest(m) if m.contains("EXAMPLE_IMAGE_CDN_URL") && m.starts_with("Example sent its picture as a link on ")
                && !m.contains(".png")),
            "{link}: {err:?}"
        );
        assert!(http.sent().is_empty(), "{link}: nothing may be sent to an undeclared origin");
    }
    let err = download(&FakeHttp::default(), "https://elsewhere.example.org/a.png", &POLICY).unwrap_err();
    assert!(matches!(&err, PluginError::InvalidRequest(m) if m.contains("on https://elsewhere.example.org, ")), "{err:?}");
    let err = download(&FakeHttp::default(), "http://127.0.0.1:8080/a.png", &POLICY).unwrap_err();
    assert!(matches!(&err, PluginError::InvalidRequest(m) if m.contains("on http://127.0.0.1:8080, ")), "{err:?}");
    // The host refusing a link the plugin thought declared reads the same way.
    let http = FakeHttp::failing(HttpError::HostNotDeclared("plugin may not reach https://cdn.example.net".into()));
    let err = download(&http, "https://cdn.example.net/a.png", &POLICY).unwrap_err();
    assert!(matches!(&err, PluginError::InvalidRequest(m) if m.contains("EXAMPLE_IMAGE_CDN_URL")), "{err:?}");
}

#[test]
fn expired_cut_empty_and_failing_links_are_clear_failures() {
    for status in [403, 404, 410] {
        let err = download(&FakeHttp::answering_text(status, "gone"), "https://cdn.example.net/a.png", &POLICY).unwrap_err();
        assert!(matches!(&err, PluginError::Transient(m) if m.contains("expired") && m.contains(&status.to_string())), "{err:?}");
    }
    let cut = FakeHttp::answering(Response { truncated: true, ..Response::new(200, PNG) });
    let err = download(&cut, "https://cdn.example.net/a.png", &POLICY).unwrap_err();
    assert_eq!(err, PluginError::InvalidRequest("Example's picture answer was larger than the host accepts".into()));
    let empty = download(&FakeHttp::answering_text(200, ""), "https://cdn.example.net/a.png", &POLICY).unwrap_err();
    assert!(matches!(&empty, PluginError::Transient(m) if m.contains("empty")), "{empty:?}");
    let busy = download(&FakeHttp::answering_text(503, ""), "https://cdn.example.net/a.png", &POLICY).unwrap_err();
    assert!(matches!(busy, PluginError::Transient(_)));
    let slow = FakeHttp::failing(HttpError::Timeout("30 s".into()));
    assert!(matches!(download(&slow, "https://cdn.example.net/a.png", &POLICY), Err(PluginError::Transient(_))));
    let no_key = download(&FakeHttp::answering_text(401, ""), "https://cdn.example.net/a.png", &POLICY).unwrap_err();
    assert!(matches!(no_key, PluginError::InvalidRequest(_)), "a 401 off the API origin is no key problem");
    let api_key = download(&FakeHttp::answering_text(401, ""), "https://api.example.com/f/a.png", &POLICY).unwrap_err();
    assert!(matches!(api_key, PluginError::Unauthorized(_)));
    let not_http = download(&FakeHttp::default(), "ftp://cdn.example.net/a.png", &POLICY).unwrap_err();
    assert!(matches!(not_http, PluginError::Transient(m) if !m.contains("ftp")), "no link in the message");
}

#[test]
fn a_data_uri_is_decoded_not_fetched() {
    let http = FakeHttp::default();
    let link = crate::encoding::data_uri("image/jpeg", JPEG);
    let media = picture(&http, &link, &POLICY, &[], "image/png").unwrap();
    assert_eq!(media, Media { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() });
    assert!(http.sent().is_empty());
}

#[test]
fn the_media_type_comes_from_the_bytes_then_the_labels_then_the_fallback() {
    assert_eq!(picture_type(JPEG, &[Some("image/png")], "image/webp"), "image/jpeg");
    assert_eq!(picture_type(b"????", &[None, Some("text/plain"), Some("IMAGE/WEBP; q=1")], "image/png"), "image/webp");
    assert_eq!(picture_type(b"????", &[Some("application/octet-stream")], "image/png"), "image/png");
    let http = FakeHttp::answering(Response::new(200, "????").with_header("content-type", "image/webp"));
    assert_eq!(picture(&http, "https://cdn.example.net/a", &POLICY, &[Some("image/jpeg")], "image/png").unwrap().media_type, "image/jpeg");
    let http = FakeHttp::answering(Response::new(200, "????").with_header("content-type", "image/webp"));
    assert_eq!(picture(&http, "https://cdn.example.net/a", &POLICY, &[None], "image/png").unwrap().media_type, "image/webp");
}

#[test]
fn origins_are_normalised() {
    assert_eq!(origin("https://imgen.x.ai/xai-imgen/a.jpeg").as_deref(), Some("https://imgen.x.ai:443"));
    assert_eq!(origin("HTTPS://API.X.AI:443/v1").as_deref(), Some("https://api.x.ai:443"));
    assert_eq!(origin("http://127.0.0.1:8080?x").as_deref(), Some("http://127.0.0.1:8080"));
    assert_eq!(origin("http://[::1]/a").as_deref(), Some("http://[::1]:80"));
    assert_eq!(origin("http://user@h.example/a").as_deref(), Some("http://h.example:80"));
    assert_eq!(origin("ftp://x/a"), None);
    assert_eq!(origin("data:image/png;base64,AAAA"), None);
    assert_eq!(origin("https:///nohost"), None);
}

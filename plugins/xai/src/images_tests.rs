//! Tests of the picture calls: what goes on the wire for generations and
//! JSON edits, aspect ratios, and how answers (base64, links, withheld,
//! broken) are read.

use serde_json::json;
use storyloom_plugin_sdk::encoding::base64_encode as b64;
use storyloom_plugin_sdk::failure;
use storyloom_plugin_sdk::http::{HttpError, Method, Response};
use storyloom_plugin_sdk::testing::{FakeHttp, JPEG, PNG};

use storyloom_plugin_sdk::Setting;

use super::*;

const BASE: &str = "https://api.x.ai/v1";
const CDN: &str = "https://imgen.x.ai";

fn call(aspect_ratio: &str, references: &[Media]) -> ImageRequest {
    let setting = |name: &str, value: &str| Setting { name: name.into(), value: value.into() };
    ImageRequest {
        model: catalog::IMAGE_KEY.into(),
        prompt: "A fox in a red scarf".into(),
        width: 1024,
        height: 1024,
        aspect_ratio: aspect_ratio.into(),
        references: references.to_vec(),
        settings: vec![setting(catalog::BASE_URL_SETTING, BASE), setting(catalog::IMAGE_CDN_SETTING, CDN)],
    }
}

fn answer_with(bytes: &[u8], mime_type: &str) -> String {
    json!({"data": [{"b64_json": b64(bytes), "mime_type": mime_type}], "usage": {"cost_in_usd_ticks": 200_000_000}}).to_string()
}

#[test]
fn a_generation_sends_model_prompt_n_ratio_and_b64_json() {
    let fake = FakeHttp::answering_text(200, &answer_with(JPEG, "image/jpeg"));
    let picture = generate(&fake, &call("", &[])).unwrap();
    assert_eq!(picture, Media { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() });
    let sent = fake.only();
    assert_eq!(
        (sent.method, sent.url.as_str(), sent.credential.as_deref()),
        (Method::Post, "https://api.x.ai/v1/images/generations", Some("XAI_API_KEY"))
    );
    assert!(sent.headers.contains(&("content-type".into(), "application/json".into())));
    assert!(!sent.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("authorization")));
    let expected = json!({"model": "grok-imagine-image", "prompt": "A fox in a red scarf", "n": 1, "aspect_ratio": "1:1", "response_format": "b64_json"});
    assert_eq!(fake.json(), expected);
}

#[test]
fn aspect_ratios_pass_through_or_snap_to_the_closest() {
    for ratio in catalog::IMAGE_ASPECT_RATIOS {
        assert_eq!(aspect_ratio_for(ratio, 1024, 1024), ratio);
    }
    assert_eq!(aspect_ratio_for("auto", 0, 0), "auto");
    assert_eq!(aspect_ratio_for("", 0, 0), "1:1");
    assert_eq!(aspect_ratio_for("", 1792, 1024), "16:9");
    assert_eq!(aspect_ratio_for("1.9:1", 0, 0), "2:1");
    assert_eq!(aspect_ratio_for("nonsense", 0, 0), "1:1");
}

#[test]
fn one_reference_goes_as_image_without_a_ratio() {
    let references = [Media { media_type: "application/octet-stream".into(), bytes: PNG.to_vec() }];
    let fake = FakeHttp::answering_text(200, &answer_with(PNG, "image/png"));
    generate(&fake, &call("16:9", &references)).unwrap();
    assert_eq!(fake.only().url, "https://api.x.ai/v1/images/edits");
    let expected = json!({"model": "grok-imagine-image", "prompt": "A fox in a red scarf", "n": 1, "response_format": "b64_json",
                          "image": {"url": format!("data:image/png;base64,{}", b64(PNG))}});
    assert_eq!(fake.json(), expected);
}

#[test]
fn several_references_go_as_images_with_the_ratio() {
    let references =
        [Media { media_type: "image/png".into(), bytes: PNG.to_vec() }, Media { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() }];
    let fake = FakeHttp::answering_text(200, &answer_with(PNG, "image/png"));
    generate(&fake, &call("", &references)).unwrap();
    let body = fake.json();
    assert_eq!(body["images"][0]["url"], format!("data:image/png;base64,{}", b64(PNG)));
    assert_eq!(body["images"][1]["url"], format!("data:image/jpeg;base64,{}", b64(JPEG)));
    assert_eq!((body["aspect_ratio"].as_str(), body.get("image")), (Some("1:1"), None));
    let four = vec![references[0].clone(); 4];
    assert!(matches!(edit_request(&call("", &four)), Err(PluginError::InvalidRequest(m)) if m.contains("at most 3")));
    let gif = [Media { media_type: "image/gif".into(), bytes: b"GIF89a".to_vec() }];
    assert!(matches!(edit_request(&call("", &gif)), Err(PluginError::InvalidRequest(m)) if m.contains("image/gif")));
}

#[test]
fn a_link_is_downloaded_at_once_without_the_key() {
    let link = json!({"data": [{"url": "https://imgen.x.ai/xai-imgen/xai-tmp-imgen-1.jpeg", "mime_type": "image/jpeg"}]}).to_string();
    let fake = FakeHttp::answering_text(200, &link);
    fake.then(Response::new(200, JPEG).with_header("content-type", "image/jpeg"));
    let picture = generate(&fake, &call("1:1", &[])).unwrap();
    assert_eq!(picture, Media { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() });
    let sent = fake.sent();
    assert_eq!(sent.len(), 2);
    assert_eq!((sent[1].method, sent[1].url.as_str()), (Method::Get, "https://imgen.x.ai/xai-imgen/xai-tmp-imgen-1.jpeg"));
    assert!(sent[1].credential.is_none() && sent[1].body.is_empty());
    assert_eq!(sent[1].headers, [("accept".to_string(), "image/*".to_string())]);
}

#[test]
fn a_link_on_the_api_origin_keeps_the_key() {
    let link = json!({"data": [{"url": "https://api.x.ai/v1/files/picture"}]}).to_string();
    let fake = FakeHttp::answering_text(200, &link);
    fake.then(Response::new(200, PNG));
    assert_eq!(generate(&fake, &call("1:1", &[])).unwrap().media_type, "image/png");
    assert_eq!(fake.sent()[1].credential.as_deref(), Some("XAI_API_KEY"));
}

#[test]
fn an_expired_or_undeclared_link_is_a_clear_failure() {
    let link = json!({"data": [{"url": "https://imgen.x.ai/xai-imgen/old.jpeg"}]}).to_string();
    let fake = FakeHttp::answering_text(200, &link);
    fake.then(Response::new(404, "Not Found"));
    let err = generate(&fake, &call("1:1", &[])).unwrap_err();
    assert!(matches!(&err, PluginError::Transient(m) if m.contains("expired") && m.contains("404")), "{err:?}");

    // A link on an origin no setting declares is refused before anything is sent there.
    let elsewhere = json!({"data": [{"url": "https://cdn.example/a.jpeg"}]}).to_string();
    let fake = FakeHttp::answering_text(200, &elsewhere);
    let err = generate(&fake, &call("1:1", &[])).unwrap_err();
    assert!(
        matches!(&err, PluginError::InvalidRequest(m) if m.contains("XAI_IMAGE_CDN_URL") && m.contains("https://cdn.example,")),
        "{err:?}"
    );
    assert_eq!(fake.sent().len(), 1, "only the API call; nothing went to the undeclared origin");

    // The host refusing the declared CDN after all reads the same way.
    let fake = RefusingDownloads {
        api: FakeHttp::answering_text(200, &link),
        refusal: HttpError::HostNotDeclared("plugin `xai` may not reach https://imgen.x.ai".into()),
    };
    let err = generate(&fake, &call("1:1", &[])).unwrap_err();
    assert!(matches!(&err, PluginError::InvalidRequest(m) if m.contains("XAI_IMAGE_CDN_URL")), "{err:?}");
}

/// Answers without a picture: xAI's moderation signal (contract §2.1) is
/// `refused`; every other shape is `transient`, so the host asks again.
#[test]
fn only_xais_moderation_shapes_are_refusals() {
    let cases: [(&str, &str, bool); 8] = [
        ("empty data", r#"{"data":[]}"#, true),
        ("empty b64_json", r#"{"data":[{"b64_json":""}]}"#, true),
        ("null payload", r#"{"data":[{"url":null,"b64_json":null}]}"#, true),
        ("blank url", r#"{"data":[{"url":"  ","mime_type":"image/jpeg"}]}"#, true),
        ("no data list", r#"{"usage":{"cost_in_usd_ticks":0}}"#, false),
        ("a deferred answer", r#"{"request_id":"d4f1a8b2-0c3e-4a5f-9b6d-7e8f9a0b1c2d"}"#, false),
        ("a storage error", r#"{"data":[{"storage_error":"upload failed","mime_type":"image/jpeg"}]}"#, false),
        ("data is null", r#"{"data":null}"#, false),
    ];
    for (what, body, moderation) in cases {
        let err = picture::read(&FakeHttp::answering_text(500, ""), body.as_bytes(), BASE, CDN).unwrap_err();
        match (&err, moderation) {
            (PluginError::Refused(m), true) => assert!(m.starts_with("xAI: ") && m.contains("moderation"), "{what}: {m}"),
            (PluginError::Transient(m), false) => {
                assert!(m.starts_with("xAI") && m.chars().count() <= 120 && !m.contains("d4f1a8b2"), "{what}: {m}")
            }
            _ => panic!("{what}: {err:?}"),
        }
    }
}

#[test]
fn broken_answers_are_failures() {
    let odd = FakeHttp::answering_text(200, r#"{"data":[{"b64_js"#);
    let err = generate(&odd, &call("1:1", &[])).unwrap_err();
    assert_eq!(err, PluginError::Transient("xAI's picture answer was not the expected JSON".into()), "parser words go to the log");
    let bad = FakeHttp::answering_text(200, r#"{"data":[{"b64_json":"@@@"}]}"#);
    assert!(matches!(generate(&bad, &call("1:1", &[])), Err(PluginError::Transient(m)) if m.contains("base64")));
    let unknown = json!({"data": [{"b64_json": b64(b"just bytes"), "mime_type": "image/webp"}]}).to_string();
    assert_eq!(picture::read(&odd, unknown.as_bytes(), BASE, CDN).unwrap().media_type, "image/webp");
    let unlabeled = json!({"data": [{"b64_json": b64(b"just bytes")}]}).to_string();
    assert_eq!(picture::read(&odd, unlabeled.as_bytes(), BASE, CDN).unwrap().media_type, "image/jpeg");
    let limited = FakeHttp::answering(Response::new(429, r#"{"code":"x","error":"slow down"}"#).with_header("retry-after", "2"));
    let err = generate(&limited, &call("1:1", &[])).unwrap_err();
    assert_eq!(err, failure::rate_limited(Some(2000), "xAI: slow down".into()));
}

/// Answers the API call from `api`, then refuses every download as the host
/// would (the SDK's `FakeHttp` cannot queue a refusal after an answer).
struct RefusingDownloads {
    api: FakeHttp,
    refusal: HttpError,
}

impl Fetch for RefusingDownloads {
    fn fetch(&self, request: &Request) -> Result<Response, HttpError> {
        if self.api.sent().is_empty() { self.api.fetch(request) } else { Err(self.refusal.clone()) }
    }
}

//! Tests of the picture calls: what goes on the wire for generations and
//! JSON edits, aspect ratios, and how answers (base64, links, withheld,
//! broken) are read.

use base64::Engine as _;
use serde_json::json;

use super::*;
use crate::test_support::{JPEG, PNG, Recorder, incoming};
use crate::transport::{FetchError, Method};

const BASE: &str = "https://api.x.ai/v1";
const CDN: &str = "https://imgen.x.ai";

fn call<'a>(aspect_ratio: &'a str, references: &'a [Picture]) -> ImageCall<'a> {
    ImageCall { base_url: BASE, cdn_url: CDN, prompt: "A fox in a red scarf", width: 1024, height: 1024, aspect_ratio, references }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn answer_with(bytes: &[u8], mime_type: &str) -> String {
    json!({"data": [{"b64_json": b64(bytes), "mime_type": mime_type}], "usage": {"cost_in_usd_ticks": 200_000_000}}).to_string()
}

#[test]
fn a_generation_sends_model_prompt_n_ratio_and_b64_json() {
    let fake = Recorder::answering(200, &answer_with(JPEG, "image/jpeg"));
    let picture = generate(&fake, &call("", &[])).unwrap();
    assert_eq!(picture, Picture { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() });
    let sent = fake.only();
    assert_eq!((sent.method, sent.url.as_str(), sent.with_credential), (Method::Post, "https://api.x.ai/v1/images/generations", true));
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
    let references = [Picture { media_type: "application/octet-stream".into(), bytes: PNG.to_vec() }];
    let fake = Recorder::answering(200, &answer_with(PNG, "image/png"));
    generate(&fake, &call("16:9", &references)).unwrap();
    assert_eq!(fake.only().url, "https://api.x.ai/v1/images/edits");
    let expected = json!({"model": "grok-imagine-image", "prompt": "A fox in a red scarf", "n": 1, "response_format": "b64_json",
                          "image": {"url": format!("data:image/png;base64,{}", b64(PNG))}});
    assert_eq!(fake.json(), expected);
}

#[test]
fn several_references_go_as_images_with_the_ratio() {
    let references = [
        Picture { media_type: "image/png".into(), bytes: PNG.to_vec() },
        Picture { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() },
    ];
    let fake = Recorder::answering(200, &answer_with(PNG, "image/png"));
    generate(&fake, &call("", &references)).unwrap();
    let body = fake.json();
    assert_eq!(body["images"][0]["url"], format!("data:image/png;base64,{}", b64(PNG)));
    assert_eq!(body["images"][1]["url"], format!("data:image/jpeg;base64,{}", b64(JPEG)));
    assert_eq!((body["aspect_ratio"].as_str(), body.get("image")), (Some("1:1"), None));
    let four = vec![references[0].clone(); 4];
    assert!(matches!(edit_request(&call("", &four)), Err(Failure::InvalidRequest(m)) if m.contains("at most 3")));
    let gif = [Picture { media_type: "image/gif".into(), bytes: b"GIF89a".to_vec() }];
    assert!(matches!(edit_request(&call("", &gif)), Err(Failure::InvalidRequest(m)) if m.contains("image/gif")));
}

#[test]
fn a_link_is_downloaded_at_once_without_the_key() {
    let link = json!({"data": [{"url": "https://imgen.x.ai/xai-imgen/xai-tmp-imgen-1.jpeg", "mime_type": "image/jpeg"}]}).to_string();
    let fake = Recorder::with(vec![Ok(incoming(200, &[], link.as_bytes())), Ok(incoming(200, &[("content-type", "image/jpeg")], JPEG))]);
    let picture = generate(&fake, &call("1:1", &[])).unwrap();
    assert_eq!(picture, Picture { media_type: "image/jpeg".into(), bytes: JPEG.to_vec() });
    let sent = fake.sent.borrow();
    assert_eq!(sent.len(), 2);
    assert_eq!((sent[1].method, sent[1].url.as_str()), (Method::Get, "https://imgen.x.ai/xai-imgen/xai-tmp-imgen-1.jpeg"));
    assert!(!sent[1].with_credential && sent[1].body.is_empty());
}

#[test]
fn a_link_on_the_api_origin_keeps_the_key() {
    let link = json!({"data": [{"url": "https://api.x.ai/v1/files/picture"}]}).to_string();
    let fake = Recorder::with(vec![Ok(incoming(200, &[], link.as_bytes())), Ok(incoming(200, &[], PNG))]);
    assert_eq!(generate(&fake, &call("1:1", &[])).unwrap().media_type, "image/png");
    assert!(fake.sent.borrow()[1].with_credential);
}

#[test]
fn an_expired_or_undeclared_link_is_a_clear_failure() {
    let link = json!({"data": [{"url": "https://imgen.x.ai/xai-imgen/old.jpeg"}]}).to_string();
    let fake = Recorder::with(vec![Ok(incoming(200, &[], link.as_bytes())), Ok(incoming(404, &[], b"Not Found"))]);
    let err = generate(&fake, &call("1:1", &[])).unwrap_err();
    assert!(matches!(&err, Failure::Transient(m) if m.contains("expired") && m.contains("404")), "{err:?}");

    let elsewhere = json!({"data": [{"url": "https://cdn.example/a.jpeg"}]}).to_string();
    let refused = FetchError::HostNotDeclared("plugin `xai` may not reach https://cdn.example".into());
    let fake = Recorder::with(vec![Ok(incoming(200, &[], elsewhere.as_bytes())), Err(refused)]);
    let err = generate(&fake, &call("1:1", &[])).unwrap_err();
    assert!(matches!(&err, Failure::InvalidRequest(m) if m.contains("XAI_IMAGE_CDN_URL") && m.contains("may not reach")), "{err:?}");
}

#[test]
fn withheld_and_broken_answers_are_failures() {
    for withheld in [r#"{"data":[]}"#, r#"{"data":[{"b64_json":""}]}"#, r#"{"data":[{"url":null,"b64_json":null}]}"#] {
        let err = picture::read(&Recorder::answering(500, ""), withheld.as_bytes(), BASE, CDN).unwrap_err();
        assert!(matches!(&err, Failure::Refused(m) if m.starts_with("xAI: ")), "{withheld}: {err:?}");
    }
    let odd = Recorder::answering(200, r#"{"data":[{"b64_js"#);
    assert!(matches!(generate(&odd, &call("1:1", &[])), Err(Failure::Transient(m)) if m.contains("not the expected JSON")));
    let bad = Recorder::answering(200, r#"{"data":[{"b64_json":"@@@"}]}"#);
    assert!(matches!(generate(&bad, &call("1:1", &[])), Err(Failure::Transient(m)) if m.contains("base64")));
    let unknown = json!({"data": [{"b64_json": b64(b"just bytes"), "mime_type": "image/webp"}]}).to_string();
    assert_eq!(picture::read(&odd, unknown.as_bytes(), BASE, CDN).unwrap().media_type, "image/webp");
    let unlabeled = json!({"data": [{"b64_json": b64(b"just bytes")}]}).to_string();
    assert_eq!(picture::read(&odd, unlabeled.as_bytes(), BASE, CDN).unwrap().media_type, "image/jpeg");
    let limited = Recorder::with(vec![Ok(incoming(429, &[("retry-after", "2")], br#"{"code":"x","error":"slow down"}"#))]);
    let err = generate(&limited, &call("1:1", &[])).unwrap_err();
    assert_eq!(err, Failure::RateLimited { retry_after_ms: Some(2000), message: "xAI: slow down".into() });
}

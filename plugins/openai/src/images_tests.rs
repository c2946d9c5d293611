//! Tests of the picture calls: what goes on the wire for generations and
//! edits, size mapping, and how answers (good, odd, failed) are read.

use storyloom_plugin_sdk::Setting;
use storyloom_plugin_sdk::encoding::base64_encode;
use storyloom_plugin_sdk::http::Response;
use storyloom_plugin_sdk::testing::{FakeHttp, JPEG, PNG};

use super::*;

fn call(key: &str, references: &[Media]) -> ImageRequest {
    ImageRequest {
        model: key.into(),
        prompt: "A fox in a red scarf".into(),
        width: 1024,
        height: 1024,
        aspect_ratio: "1:1".into(),
        references: references.to_vec(),
        settings: vec![Setting { name: "OPENAI_BASE_URL".into(), value: "http://127.0.0.1:9/v1".into() }],
    }
}

fn media(media_type: &str, bytes: &[u8]) -> Media {
    Media { media_type: media_type.into(), bytes: bytes.to_vec() }
}

fn answer_with(bytes: &[u8], output_format: &str) -> String {
    let b64 = base64_encode(bytes);
    serde_json::json!({"created": 1, "data": [{"b64_json": b64}], "output_format": output_format}).to_string()
}

/// One multipart part: name, filename, content type, bytes.
type FormPart = (String, Option<String>, Option<String>, Vec<u8>);

/// The multipart body, part by part.
fn parts(request: &Request) -> Vec<FormPart> {
    let content_type = &request.headers.iter().find(|(k, _)| k == "content-type").unwrap().1;
    let boundary = content_type.strip_prefix("multipart/form-data; boundary=").unwrap();
    let body = &request.body;
    let delimiter = format!("--{boundary}");
    let closing = format!("\r\n--{boundary}--\r\n");
    assert!(body.starts_with(format!("{delimiter}\r\n").as_bytes()) && body.ends_with(closing.as_bytes()));
    let inner = &body[delimiter.len() + 2..body.len() - closing.len()];
    let separator = format!("\r\n{delimiter}\r\n");
    split(inner, separator.as_bytes())
        .into_iter()
        .map(|part| {
            let at = part.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
            let head = String::from_utf8(part[..at].to_vec()).unwrap();
            let field = |key: &str| head.split(&format!("{key}=\"")).nth(1).map(|rest| rest.split('"').next().unwrap().to_string());
            let content_type = head.lines().find_map(|l| l.strip_prefix("Content-Type: ")).map(str::to_string);
            (field(" name").unwrap(), field("filename"), content_type, part[at + 4..].to_vec())
        })
        .collect()
}

fn split<'a>(mut bytes: &'a [u8], separator: &[u8]) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    while let Some(at) = bytes.windows(separator.len()).position(|w| w == separator) {
        out.push(&bytes[..at]);
        bytes = &bytes[at + separator.len()..];
    }
    out.push(bytes);
    out
}

#[test]
fn a_generation_sends_model_prompt_n_and_size_and_nothing_else() {
    for key in ["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5"] {
        let fake = FakeHttp::answering_text(200, &answer_with(PNG, "png"));
        let picture = generate(&fake, &call(key, &[])).unwrap();
        assert_eq!(picture, media("image/png", PNG));
        let sent = fake.only();
        assert_eq!(sent.url, "http://127.0.0.1:9/v1/images/generations");
        assert!(sent.headers.contains(&("content-type".into(), "application/json".into())));
        let json_headers = [("content-type", "application/json"), ("accept", "application/json")].map(|(k, v)| (k.into(), v.into()));
        assert_eq!(sent.headers, json_headers);
        assert_eq!(sent.credential.as_deref(), Some("OPENAI_API_KEY"));
        assert!(!sent.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("authorization")));
        let body = fake.json();
        assert_eq!(body, serde_json::json!({"model": key, "prompt": "A fox in a red scarf", "n": 1, "size": "1024x1024"}));
    }
}

#[test]
fn sizes_map_to_the_closest_accepted_shape() {
    assert_eq!(size_for(1024, 1024, ""), "1024x1024");
    assert_eq!(size_for(512, 512, "1:1"), "1024x1024");
    assert_eq!(size_for(1920, 1080, ""), "1536x1024");
    assert_eq!(size_for(1080, 1920, ""), "1024x1536");
    assert_eq!(size_for(1100, 1000, ""), "1024x1024");
    assert_eq!(size_for(0, 0, "16:9"), "1536x1024");
    assert_eq!(size_for(0, 0, "2:3"), "1024x1536");
    assert_eq!(size_for(0, 0, "nonsense"), "1024x1024");
}

#[test]
fn references_go_to_edits_as_image_parts_with_fidelity_only_where_supported() {
    let references = [media("image/png", PNG), media("image/jpeg", JPEG)];
    for (key, fidelity) in [("gpt-image-1", true), ("gpt-image-1-mini", false), ("gpt-image-1.5", true)] {
        let fake = FakeHttp::answering_text(200, &answer_with(PNG, "png"));
        generate(&fake, &call(key, &references)).unwrap();
        let sent = fake.only();
        assert_eq!(sent.url, "http://127.0.0.1:9/v1/images/edits");
        assert_eq!(sent.headers[1], ("accept".into(), "application/json".into()));
        assert_eq!(sent.credential.as_deref(), Some("OPENAI_API_KEY"));
        let got = parts(&sent);
        let text = |name: &str| got.iter().find(|p| p.0 == name).map(|p| String::from_utf8(p.3.clone()).unwrap());
        assert_eq!(text("model").as_deref(), Some(key));
        assert_eq!(text("prompt").as_deref(), Some("A fox in a red scarf"));
        assert_eq!(text("n").as_deref(), Some("1"));
        assert_eq!(text("size").as_deref(), Some("1024x1024"));
        assert_eq!(text("input_fidelity").as_deref(), fidelity.then_some("high"), "{key}");
        assert!(text("response_format").is_none() && text("moderation").is_none());
        let images: Vec<_> = got.iter().filter(|p| p.0 == "image[]").collect();
        assert_eq!(images.len(), 2);
        assert_eq!(images[0].1.as_deref(), Some("reference-1.png"));
        assert_eq!(images[0].2.as_deref(), Some("image/png"));
        assert_eq!(images[0].3, PNG);
        assert_eq!(images[1].1.as_deref(), Some("reference-2.jpg"));
        assert_eq!(images[1].2.as_deref(), Some("image/jpeg"));
        assert_eq!(images[1].3, JPEG);
    }
}

#[test]
fn references_that_openai_cannot_read_are_refused_before_sending() {
    let gif = [media("image/gif", b"GIF89a")];
    let fake = FakeHttp::answering_text(200, "{}");
    let err = generate(&fake, &call("gpt-image-1", &gif)).unwrap_err();
    assert!(matches!(&err, PluginError::InvalidRequest(m) if m.contains("reference photo 1")), "{err:?}");
    let many = vec![media("image/png", PNG); 17];
    assert!(matches!(generate(&fake, &call("gpt-image-1", &many)), Err(PluginError::InvalidRequest(_))));
    assert!(fake.sent().is_empty());
}

/// `read_picture` with no download expected (any fetch fails the test) and the call's settings.
fn read(body: &str) -> Result<Media, PluginError> {
    read_picture(&FakeHttp::default(), body.as_bytes(), &call("gpt-image-1", &[]).settings)
}

#[test]
fn the_media_type_comes_from_the_bytes_then_output_format() {
    assert_eq!(read(&answer_with(JPEG, "png")).unwrap().media_type, "image/jpeg");
    assert_eq!(read(&answer_with(b"????", "jpeg")).unwrap().media_type, "image/jpeg");
    assert_eq!(read(&answer_with(b"????", "webp")).unwrap().media_type, "image/webp");
    assert_eq!(read(&answer_with(b"????", "")).unwrap().media_type, "image/png");
}

/// Every 200 without a picture is transient (OpenAI's moderation block is a 400, contract §1.5).
#[test]
fn answers_without_a_picture_are_transient() {
    let cases: [(&str, &str); 7] = [
        ("{not json", "not the expected JSON"),
        (r#"{"created":1,"data":[]}"#, "no picture"),
        (r#"{"created":1}"#, "no picture"),
        (r#"{"created":1,"data":[{}]}"#, "no picture"),
        (r#"{"created":1,"data":[{"revised_prompt":"a fox","url":null,"b64_json":null}]}"#, "no picture"),
        (r#"{"created":1,"data":[{"b64_json":"***"}]}"#, "not valid base64"),
        (r#"{"created":1,"data":[{"b64_json":""}]}"#, "empty"),
    ];
    for (body, expected) in cases {
        let err = read(body).unwrap_err();
        assert!(matches!(&err, PluginError::Transient(m) if m.contains(expected) && !m.contains("line 1")), "{body}: {err:?}");
    }
}

fn link_answer(url: &str) -> String {
    serde_json::json!({"created": 1, "data": [{"url": url}]}).to_string()
}

fn with_cdn(cdn: &str) -> ImageRequest {
    let mut request = call("gpt-image-1", &[]);
    request.settings.push(Setting { name: "OPENAI_IMAGE_CDN_URL".into(), value: cdn.into() });
    request
}

#[test]
fn a_link_is_downloaded_with_the_key_only_on_the_api_origin() {
    // (the call's settings, the link, whether the key goes along)
    let cases = [
        (call("gpt-image-1", &[]), "http://127.0.0.1:9/v1/files/a.png", true),
        (with_cdn("https://files.gateway.example"), "https://files.gateway.example/tmp/a.png?sig=x", false),
    ];
    for (request, link, keyed) in cases {
        let fake = FakeHttp::answering_text(200, &link_answer(link));
        fake.then(Response::new(200, JPEG).with_header("content-type", "image/jpeg"));
        let picture = generate(&fake, &request).unwrap();
        assert_eq!(picture, media("image/jpeg", JPEG), "{link}");
        let sent = fake.sent();
        assert_eq!(sent.len(), 2, "{link}: the API call, then the download");
        assert_eq!((sent[1].method, sent[1].url.as_str()), (storyloom_plugin_sdk::http::Method::Get, link));
        assert_eq!(sent[1].credential.as_deref(), keyed.then_some("OPENAI_API_KEY"), "{link}");
        assert!(sent[1].body.is_empty());
    }
}

#[test]
fn a_link_on_an_undeclared_origin_names_the_setting_and_is_not_fetched() {
    for request in [call("gpt-image-1", &[]), with_cdn("https://files.gateway.example")] {
        let fake = FakeHttp::answering_text(200, &link_answer("https://elsewhere.example/a.png"));
        let err = generate(&fake, &request).unwrap_err();
        assert!(matches!(&err, PluginError::InvalidRequest(m) if m.contains("OPENAI_IMAGE_CDN_URL")), "{err:?}");
        assert_eq!(fake.sent().len(), 1, "nothing went to the undeclared origin");
    }
    let fake = FakeHttp::answering_text(200, &link_answer("http://127.0.0.1:9/v1/files/old.png"));
    fake.then(Response::new(410, "Gone"));
    let err = generate(&fake, &call("gpt-image-1", &[])).unwrap_err();
    assert!(matches!(&err, PluginError::Transient(m) if m.contains("expired")), "{err:?}");
}

#[test]
fn an_error_answer_is_mapped_and_a_cut_answer_refused() {
    let body = r#"{"error":{"message":"Your request was rejected by the safety system.","type":"image_generation_user_error","param":"","code":"moderation_blocked"}}"#;
    let fake = FakeHttp::answering_text(400, body);
    let err = generate(&fake, &call("gpt-image-1", &[])).unwrap_err();
    assert!(matches!(&err, PluginError::Refused(m) if m.contains("safety system")), "{err:?}");

    let fake = FakeHttp::answering(Response { truncated: true, ..Response::new(200, answer_with(PNG, "png")) });
    assert!(matches!(generate(&fake, &call("gpt-image-1", &[])), Err(PluginError::InvalidRequest(m)) if m.contains("larger")));
}

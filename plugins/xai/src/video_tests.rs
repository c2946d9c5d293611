//! Tests of the clip calls: the submit body with and without the scene
//! picture, and every poll answer shape of contract §3.2 (pending with and
//! without a body, done, failed, expired, moderated, legacy, errors).

use serde_json::json;
use storyloom_plugin_sdk::encoding::base64_encode as b64;
use storyloom_plugin_sdk::http::{HttpError, Method};
use storyloom_plugin_sdk::testing::{FakeHttp, JPEG, PNG};
use storyloom_plugin_sdk::{RateLimit, Setting};

use super::*;

const BASE: &str = "https://api.x.ai/v1";
const CDN: &str = "https://vidgen.x.ai";
const ID: &str = "a3d1008e-4544-40d4-d075-11527e794e4a";

fn settings() -> Vec<Setting> {
    let setting = |name: &str, value: &str| Setting { name: name.into(), value: value.into() };
    vec![setting(BASE_URL_SETTING, BASE), setting(VIDEO_CDN_SETTING, CDN)]
}

/// Whether an error is the one a case expects.
type Check = fn(&PluginError) -> bool;

fn clip(image: Option<Media>, duration_secs: u32) -> VideoRequest {
    VideoRequest {
        model: catalog::VIDEO_KEY.into(),
        prompt: "A fox with a lantern walks through the snow".into(),
        image,
        duration_secs,
        aspect_ratio: "1:1".into(),
        settings: settings(),
    }
}

fn poll_of(job_id: &str) -> VideoPoll {
    VideoPoll { model: catalog::VIDEO_KEY.into(), job_id: job_id.into(), settings: settings() }
}

fn waiting(percent: Option<u8>) -> VideoStatus {
    VideoStatus::Pending(VideoProgress { job_id: ID.into(), poll_after_ms: 5_000, percent })
}

fn link(url: &str, credential: Option<&str>) -> VideoStatus {
    VideoStatus::Ready(VideoLink { url: url.into(), credential: credential.map(str::to_string) })
}

#[test]
fn the_submit_body_carries_the_picture_as_a_data_uri_or_the_ratio() {
    let png = Media { media_type: "image/png".into(), bytes: PNG.to_vec() };
    // Labelled PNG but JPEG bytes: the bytes decide.
    let mislabelled = Media { media_type: "image/png".into(), bytes: JPEG.to_vec() };
    let cases = [
        (
            "text to video",
            clip(None, 8),
            json!({"model": "grok-imagine-video", "prompt": "A fox with a lantern walks through the snow", "duration": 8,
                   "resolution": "720p", "aspect_ratio": "1:1"}),
        ),
        (
            "image to video",
            clip(Some(png), 8),
            json!({"model": "grok-imagine-video", "prompt": "A fox with a lantern walks through the snow", "duration": 8,
                   "resolution": "720p", "image": {"url": format!("data:image/png;base64,{}", b64(PNG))}}),
        ),
        (
            "the real type of the picture",
            clip(Some(mislabelled), 8),
            json!({"model": "grok-imagine-video", "prompt": "A fox with a lantern walks through the snow", "duration": 8,
                   "resolution": "720p", "image": {"url": format!("data:image/jpeg;base64,{}", b64(JPEG))}}),
        ),
        (
            "no length asked: the default",
            clip(None, 0),
            json!({"model": "grok-imagine-video", "prompt": "A fox with a lantern walks through the snow", "duration": 8,
                   "resolution": "720p", "aspect_ratio": "1:1"}),
        ),
        (
            "too long: the longest xAI makes",
            clip(None, 60),
            json!({"model": "grok-imagine-video", "prompt": "A fox with a lantern walks through the snow", "duration": 15,
                   "resolution": "720p", "aspect_ratio": "1:1"}),
        ),
    ];
    for (name, request, expected) in cases {
        let http = FakeHttp::answering(Response::json_answer(200, &json!({"request_id": ID})));
        assert_eq!(submit(&http, &request).unwrap(), waiting(None), "{name}");
        let sent = http.only();
        assert_eq!(
            (sent.method, sent.url.as_str(), sent.credential.as_deref()),
            (Method::Post, "https://api.x.ai/v1/videos/generations", Some("XAI_API_KEY")),
            "{name}"
        );
        assert!(sent.headers.contains(&("content-type".into(), "application/json".into())), "{name}");
        assert_eq!(http.json(), expected, "{name}");
    }
}

#[test]
fn a_submit_that_cannot_be_followed_or_sent_fails() {
    let gif = Media { media_type: "image/gif".into(), bytes: b"GIF89a....".to_vec() };
    let http = FakeHttp::answering(Response::json_answer(200, &json!({"request_id": ID})));
    assert!(matches!(submit(&http, &clip(Some(gif), 8)), Err(PluginError::InvalidRequest(m)) if m.contains("image/gif")));
    assert!(http.sent().is_empty(), "nothing is sent for a picture xAI cannot take");

    let cases: [(&str, Response, Check); 5] = [
        ("no request_id", Response::json_answer(200, &json!({"status": "pending"})), |e| matches!(e, PluginError::Transient(_))),
        ("an empty request_id", Response::json_answer(200, &json!({"request_id": " "})), |e| matches!(e, PluginError::Transient(_))),
        (
            "a bad key",
            Response::json_answer(
                400,
                &json!({"code": "Client specified an invalid argument", "error": "Incorrect API key provided: xa***st."}),
            ),
            |e| matches!(e, PluginError::Unauthorized(_)),
        ),
        (
            "rate limited",
            Response::json_answer(429, &json!({"code": "Some resource has been exhausted", "error": "Too many requests"}))
                .with_header("retry-after", "7"),
            |e| e == &PluginError::RateLimited(RateLimit { retry_after_ms: Some(7000), message: "xAI: Too many requests".into() }),
        ),
        ("missing fields", Response::json_answer(422, &json!({"code": "x", "error": "missing field `prompt`"})), |e| {
            matches!(e, PluginError::InvalidRequest(_))
        }),
    ];
    for (name, answer, expected) in cases {
        let err = submit(&FakeHttp::answering(answer), &clip(None, 8)).unwrap_err();
        assert!(expected(&err), "{name}: {err:?}");
    }
    let err = submit(&FakeHttp::failing(HttpError::Timeout("slow".into())), &clip(None, 8)).unwrap_err();
    assert!(matches!(err, PluginError::Transient(_)), "{err:?}");
}

#[test]
fn every_poll_answer_shape_is_read() {
    let done_url = "https://vidgen.x.ai/xai-vidgen-bucket/xai-video-a3d1008e.mp4";
    let done = json!({"status": "done", "video": {"url": done_url, "duration": 8, "respect_moderation": true},
                      "model": "grok-imagine-video", "progress": 100, "usage": {"cost_in_usd_ticks": 5}});
    let cases: Vec<(&str, Response, Result<VideoStatus, Check>)> = vec![
        ("202 without a body", Response::new(202, ""), Ok(waiting(None))),
        ("202 with progress", Response::json_answer(202, &json!({"status": "pending", "progress": 37})), Ok(waiting(Some(37)))),
        ("202 with a body that is not JSON", Response::new(202, "Accepted"), Ok(waiting(None))),
        ("200 pending", Response::json_answer(200, &json!({"status": "pending", "progress": 12.6})), Ok(waiting(Some(13)))),
        ("done with a link on the CDN: no key", Response::json_answer(200, &done), Ok(link(done_url, None))),
        (
            "done with a link on the API's origin: the key",
            Response::json_answer(200, &json!({"status": "done", "video": {"url": "https://api.x.ai/v1/files/clip.mp4"}})),
            Ok(link("https://api.x.ai/v1/files/clip.mp4", Some("XAI_API_KEY"))),
        ),
        (
            "legacy: no status, a link",
            Response::json_answer(200, &json!({"video": {"url": done_url, "duration": 8}, "model": "grok-imagine-video"})),
            Ok(link(done_url, None)),
        ),
        ("legacy: no status, no link", Response::json_answer(200, &json!({"model": "grok-imagine-video"})), Ok(waiting(None))),
        (
            "moderated: done without a url",
            Response::json_answer(200, &json!({"status": "done", "video": {"url": "", "respect_moderation": false}})),
            Err(|e| matches!(e, PluginError::Refused(m) if m.contains("moderation"))),
        ),
        (
            "moderated: done without a video",
            Response::json_answer(200, &json!({"status": "done", "model": "grok-imagine-video"})),
            Err(|e| matches!(e, PluginError::Refused(_))),
        ),
        (
            "failed: moderation",
            Response::json_answer(
                200,
                &json!({"status": "failed", "error": {"code": "invalid_argument", "message": "Video rejected by content moderation"}}),
            ),
            Err(|e| matches!(e, PluginError::Refused(m) if m == "xAI: Video rejected by content moderation")),
        ),
        (
            "failed: internal error",
            Response::json_answer(200, &json!({"status": "failed", "error": {"code": "internal_error", "message": "Something broke"}})),
            Err(|e| matches!(e, PluginError::Transient(m) if m == "xAI: Something broke")),
        ),
        (
            "failed: service unavailable without a message",
            Response::json_answer(200, &json!({"status": "failed", "error": {"code": "service_unavailable"}})),
            Err(|e| matches!(e, PluginError::Transient(m) if m.contains("service_unavailable"))),
        ),
        (
            "failed: invalid argument",
            Response::json_answer(200, &json!({"status": "failed", "error": {"code": "invalid_argument", "message": "bad image"}})),
            Err(|e| matches!(e, PluginError::InvalidRequest(_))),
        ),
        (
            "failed: failed precondition",
            Response::json_answer(200, &json!({"status": "failed", "error": {"code": "failed_precondition", "message": "no"}})),
            Err(|e| matches!(e, PluginError::InvalidRequest(_))),
        ),
        (
            "failed: permission denied",
            Response::json_answer(200, &json!({"status": "failed", "error": {"code": "permission_denied", "message": "no access"}})),
            Err(|e| matches!(e, PluginError::Unauthorized(_))),
        ),
        (
            "failed: no error object",
            Response::json_answer(200, &json!({"status": "failed"})),
            Err(|e| matches!(e, PluginError::Transient(m) if m == "xAI could not make the clip")),
        ),
        (
            "expired",
            Response::json_answer(200, &json!({"status": "expired", "model": "grok-imagine-video"})),
            Err(|e| matches!(e, PluginError::Transient(m) if m.contains("expired"))),
        ),
        ("an unknown status", Response::json_answer(200, &json!({"status": "queued"})), Err(|e| matches!(e, PluginError::Transient(_)))),
        ("200 that is not JSON", Response::new(200, "<html>"), Err(|e| matches!(e, PluginError::Transient(_)))),
        (
            "a link on another origin",
            Response::json_answer(200, &json!({"status": "done", "video": {"url": "https://elsewhere.example/clip.mp4"}})),
            Err(
                |e| matches!(e, PluginError::InvalidRequest(m) if m.contains("XAI_VIDEO_CDN_URL") && m.contains("https://elsewhere.example")),
            ),
        ),
        (
            "a link that is not http",
            Response::json_answer(200, &json!({"status": "done", "video": {"url": "ftp://vidgen.x.ai/clip.mp4"}})),
            Err(|e| matches!(e, PluginError::Transient(_))),
        ),
        (
            "an unknown job",
            Response::json_answer(
                404,
                &json!({"code": "Some requested entity was not found", "error": "No deferred video could be found with the given request_id."}),
            ),
            Err(|e| matches!(e, PluginError::InvalidRequest(m) if m.contains("No deferred video"))),
        ),
        (
            "rate limited",
            Response::json_answer(429, &json!({"code": "x", "error": "slow down"})).with_header("retry-after", "2"),
            Err(|e| matches!(e, PluginError::RateLimited(RateLimit { retry_after_ms: Some(2000), .. }))),
        ),
        ("a 503", Response::json_answer(503, &json!({"code": "x", "error": "busy"})), Err(|e| matches!(e, PluginError::Transient(_)))),
        ("a 401", Response::json_answer(401, &json!({"code": "x", "error": "who?"})), Err(|e| matches!(e, PluginError::Unauthorized(_)))),
    ];
    for (name, answer, expected) in cases {
        let http = FakeHttp::answering(answer);
        let got = poll(&http, &poll_of(ID));
        match (got, expected) {
            (Ok(status), Ok(want)) => assert_eq!(status, want, "{name}"),
            (Err(err), Err(check)) => assert!(check(&err), "{name}: {err:?}"),
            (got, _) => panic!("{name}: unexpected {got:?}"),
        }
        let sent = http.only();
        assert_eq!(
            (sent.method, sent.url.as_str(), sent.credential.as_deref()),
            (Method::Get, format!("https://api.x.ai/v1/videos/{ID}").as_str(), Some("XAI_API_KEY")),
            "{name}"
        );
        assert!(sent.body.is_empty(), "{name}");
    }
}

#[test]
fn a_job_id_that_is_not_xais_is_never_put_in_a_path() {
    for bad in ["", "../files", "a/b", "id?x=1", ".."] {
        let http = FakeHttp::answering(Response::new(202, ""));
        assert!(matches!(poll(&http, &poll_of(bad)), Err(PluginError::InvalidRequest(_))), "{bad:?}");
        assert!(http.sent().is_empty(), "{bad:?}");
    }
}

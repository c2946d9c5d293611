//! Tests of the Veo calls: what `predictLongRunning` sends (with and without
//! the scene picture, the clip's shape snapped to what Veo offers), how every
//! operation answer is read (pending, a link on the API's origin or another,
//! inline bytes, an error by its gRPC code, safety-filtered, empty, broken),
//! and which operation names may go into a URL.

use serde_json::json;
use storyloom_plugin_sdk::http::{Method, Response};
use storyloom_plugin_sdk::testing::{FakeHttp, JPEG, PNG};

use super::*;

const BASE: &str = "https://generativelanguage.googleapis.com";
const NAME: &str = "models/veo-3.1-generate-preview/operations/vz341u0pmdlc";
const MP4: &[u8] = b"\0\0\0\x18ftypisom\0\0\x02\0isomiso2";

fn settings(extra: &[(&str, &str)]) -> Vec<Setting> {
    let mut all = vec![Setting { name: catalog::BASE_URL_SETTING.into(), value: BASE.into() }];
    all.extend(extra.iter().map(|(n, v)| Setting { name: n.to_string(), value: v.to_string() }));
    all
}

fn call(image: Option<Media>, aspect_ratio: &str, duration_secs: u32) -> VideoRequest {
    VideoRequest {
        model: catalog::VIDEO_KEY.into(),
        prompt: "A fox with a lantern walks through the snow".into(),
        image,
        duration_secs,
        aspect_ratio: aspect_ratio.into(),
        settings: settings(&[]),
    }
}

fn poll_call(job_id: &str) -> VideoPoll {
    VideoPoll { model: catalog::VIDEO_KEY.into(), job_id: job_id.into(), settings: settings(&[]) }
}

fn done(response: Value) -> Value {
    json!({"name": NAME, "done": true, "response": response})
}

fn samples(video: Value) -> Value {
    done(json!({"@type": "type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse",
        "generateVideoResponse": {"generatedSamples": [{"video": video}], "raiMediaFilteredCount": 0, "raiMediaFilteredReasons": []}}))
}

#[test]
fn submit_sends_the_prompt_and_the_picture_as_the_first_frame() {
    let cases: [(Option<Media>, &str, u32, Value); 4] = [
        (
            Some(Media { media_type: "application/octet-stream".into(), bytes: PNG.to_vec() }),
            "1:1",
            8,
            json!({"prompt": "A fox with a lantern walks through the snow",
                   "image": {"bytesBase64Encoded": base64_encode(PNG), "mimeType": "image/png"}}),
        ),
        (
            Some(Media { media_type: "image/png".into(), bytes: JPEG.to_vec() }),
            "9:16",
            6,
            json!({"prompt": "A fox with a lantern walks through the snow",
                   "image": {"bytesBase64Encoded": base64_encode(JPEG), "mimeType": "image/jpeg"}}),
        ),
        (None, "16:9", 5, json!({"prompt": "A fox with a lantern walks through the snow"})),
        (None, "", 30, json!({"prompt": "A fox with a lantern walks through the snow"})),
    ];
    let expected_shape = [("16:9", 8), ("9:16", 6), ("16:9", 6), ("16:9", 8)];
    for ((image, ratio, secs, instance), (want_ratio, want_secs)) in cases.into_iter().zip(expected_shape) {
        let http = FakeHttp::answering(Response::json_answer(200, &json!({"name": NAME})));
        let status = submit(&http, &call(image, ratio, secs)).unwrap();
        assert_eq!(status, VideoStatus::Pending(VideoProgress { job_id: NAME.into(), poll_after_ms: 10_000, percent: None }));
        let sent = http.only();
        let url = "https://generativelanguage.googleapis.com/v1beta/models/veo-3.1-generate-preview:predictLongRunning";
        assert_eq!((sent.method, sent.url.as_str(), sent.credential.as_deref()), (Method::Post, url, Some("GEMINI_API_KEY")));
        assert!(!sent.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("x-goog-api-key")), "the host adds the key");
        let parameters = json!({"aspectRatio": want_ratio, "durationSeconds": want_secs, "resolution": "720p"});
        assert_eq!(http.json(), json!({"instances": [instance], "parameters": parameters}), "{ratio} {secs}");
    }
}

#[test]
fn submit_refuses_an_unknown_picture_and_reads_failures_and_odd_names() {
    let gif = Media { media_type: "image/gif".into(), bytes: b"GIF89a".to_vec() };
    let http = FakeHttp::answering(Response::json_answer(200, &json!({"name": NAME})));
    assert!(matches!(submit(&http, &call(Some(gif), "1:1", 8)), Err(PluginError::InvalidRequest(m)) if m.contains("image/gif")));
    assert!(http.sent().is_empty(), "nothing sent");

    let quota = json!({"error": {"code": 429, "status": "RESOURCE_EXHAUSTED", "message": "quota",
        "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "30s"}]}});
    let http = FakeHttp::answering(Response::json_answer(429, &quota));
    assert_eq!(submit(&http, &call(None, "1:1", 8)), Err(failure::rate_limited(Some(30_000), "Gemini: quota".into())));

    for name in [json!("https://evil.example/x"), json!("models/veo-3/operations/../../files/x"), json!(null), json!("operations/abc")] {
        let http = FakeHttp::answering(Response::json_answer(200, &json!({"name": name})));
        let err = submit(&http, &call(None, "1:1", 8)).unwrap_err();
        assert!(matches!(&err, PluginError::Transient(m) if m.contains("named its video job")), "{name}: {err:?}");
    }
    let http = FakeHttp::answering_text(200, "<html>");
    assert!(matches!(submit(&http, &call(None, "1:1", 8)), Err(PluginError::Transient(m)) if m.contains("not the expected JSON")));
}

#[test]
fn poll_reads_every_operation_answer() {
    let own_link = format!("{BASE}/v1beta/files/abc:download?alt=media");
    let ready = VideoStatus::Ready(VideoLink { url: own_link.clone(), credential: Some("GEMINI_API_KEY".into()) });
    let pending = VideoStatus::Pending(VideoProgress { job_id: NAME.into(), poll_after_ms: 10_000, percent: None });
    let filtered = json!({"generateVideoResponse": {"raiMediaFilteredCount": 1,
        "raiMediaFilteredReasons": ["The video could not be generated because it might violate our policies."]}});
    let cases: Vec<(Value, Result<VideoStatus, PluginError>)> = vec![
        (json!({"name": NAME}), Ok(pending.clone())),
        (json!({"name": NAME, "done": false, "metadata": {}}), Ok(pending)),
        (samples(json!({"uri": own_link})), Ok(ready)),
        (
            samples(json!({"encodedVideo": base64_encode(MP4), "encoding": "video/mp4"})),
            Ok(VideoStatus::Done(Media { media_type: "video/mp4".into(), bytes: MP4.to_vec() })),
        ),
        (
            done(filtered),
            Err(PluginError::Refused(
                "Gemini: the clip was blocked by Google's safety filters: The video could not be generated because it might violate our policies."
                    .into(),
            )),
        ),
        (
            done(json!({"generateVideoResponse": {"raiMediaFilteredCount": 2}})),
            Err(PluginError::Refused("Gemini: the clip was blocked by Google's safety filters".into())),
        ),
        (done(json!({"generateVideoResponse": {}})), Err(PluginError::Transient("Gemini finished the video job without a clip".into()))),
        (
            json!({"name": NAME, "done": true, "error": {"code": 13, "message": "Internal error."}}),
            Err(PluginError::Transient("Gemini: Internal error.".into())),
        ),
        (
            json!({"name": NAME, "done": true, "error": {"code": 3, "message": "Unsupported aspect ratio."}}),
            Err(PluginError::InvalidRequest("Gemini: Unsupported aspect ratio.".into())),
        ),
        (
            json!({"name": NAME, "done": true, "error": {"code": 8, "message": "Quota."}}),
            Err(failure::rate_limited(None, "Gemini: Quota.".into())),
        ),
        (
            json!({"name": NAME, "done": true, "error": {"code": 7, "message": "No access."}}),
            Err(PluginError::Unauthorized("Gemini: No access.".into())),
        ),
        (
            json!({"name": NAME, "done": true, "error": {"code": 3, "message": "The prompt was blocked by safety filters."}}),
            Err(PluginError::Refused("Gemini: The prompt was blocked by safety filters.".into())),
        ),
        (
            json!({"name": NAME, "done": true, "error": {}}),
            Err(PluginError::Transient("Gemini: the video job failed with no error message".into())),
        ),
        (samples(json!({"uri": "https://cdn.example/clip.mp4"})), Err(PluginError::InvalidRequest(String::new()))),
        (samples(json!({"uri": "ftp://x/clip.mp4"})), Err(PluginError::Transient("Gemini sent a clip link that is not an http(s) address".into()))),
        (samples(json!({"encodedVideo": base64_encode(PNG)})), Err(PluginError::Transient(String::new()))),
        (samples(json!({"encodedVideo": "%%%"})), Err(PluginError::Transient(String::new()))),
        (samples(json!({})), Err(PluginError::Transient("Gemini finished the video job with a sample that holds no clip".into()))),
    ];
    for (operation, expected) in cases {
        let http = FakeHttp::answering(Response::json_answer(200, &operation));
        let got = poll(&http, &poll_call(NAME));
        match (&got, &expected) {
            // An empty expected message: only the kind is pinned.
            (Err(PluginError::InvalidRequest(_)), Err(PluginError::InvalidRequest(m))) if m.is_empty() => {}
            (Err(PluginError::Transient(_)), Err(PluginError::Transient(m))) if m.is_empty() => {}
            _ => assert_eq!(got, expected, "{operation}"),
        }
        let sent = http.only();
        let url = format!("{BASE}/v1beta/{NAME}");
        assert_eq!((sent.method, sent.url.as_str(), sent.credential.as_deref()), (Method::Get, url.as_str(), Some("GEMINI_API_KEY")));
    }
}

#[test]
fn poll_follows_the_configured_wait_and_the_base_url() {
    let http = FakeHttp::answering(Response::json_answer(200, &json!({"name": NAME})));
    let mut req = poll_call(NAME);
    req.settings = vec![
        Setting { name: catalog::BASE_URL_SETTING.into(), value: "http://127.0.0.1:9/proxy/".into() },
        Setting { name: POLL_SETTING.into(), value: " 500 ".into() },
    ];
    assert_eq!(poll(&http, &req), Ok(VideoStatus::Pending(VideoProgress { job_id: NAME.into(), poll_after_ms: 500, percent: None })));
    assert_eq!(http.only().url, format!("http://127.0.0.1:9/proxy/v1beta/{NAME}"));
    let link = "http://127.0.0.1:9/v1beta/files/x:download?alt=media";
    let http = FakeHttp::answering(Response::json_answer(200, &samples(json!({"uri": link}))));
    let expected = VideoStatus::Ready(VideoLink { url: link.into(), credential: Some("GEMINI_API_KEY".into()) });
    assert_eq!(poll(&http, &req), Ok(expected), "the proxy's origin is the API's origin");
}

#[test]
fn poll_errors_come_through_googles_rules() {
    let gone = json!({"error": {"code": 404, "status": "NOT_FOUND", "message": "Operation not found."}});
    let http = FakeHttp::answering(Response::json_answer(404, &gone));
    assert_eq!(poll(&http, &poll_call(NAME)), Err(PluginError::InvalidRequest("Gemini: Operation not found.".into())));
    let busy = json!({"error": {"code": 503, "status": "UNAVAILABLE", "message": "busy"}});
    let http = FakeHttp::answering(Response::json_answer(503, &busy));
    assert_eq!(poll(&http, &poll_call(NAME)), Err(PluginError::Transient("Gemini: busy".into())));
    let http = FakeHttp::answering_text(200, "{\"done\": tr");
    assert!(matches!(poll(&http, &poll_call(NAME)), Err(PluginError::Transient(m)) if m.contains("not the expected JSON")));
}

#[test]
fn only_veo_operation_names_go_into_a_url() {
    for good in [NAME, "models/veo-2.0-generate-001/operations/a_b-c.1"] {
        assert_eq!(check_operation_name(good), Ok(()), "{good}");
    }
    let bad = [
        "",
        "models/veo-3/operations/",
        "models/veo-3/operations/..",
        "models/veo-3/operations/../../files/x",
        "models/../operations/x",
        "models/veo-3/operations/a/b",
        "https://evil.example/models/veo-3/operations/x",
        "//evil.example/models/veo-3/operations/x",
        "models/veo-3/operations/x?key=1",
        "models/veo-3/operations/x#y",
        "models/veo-3/operations/x%2F..",
        "models/gemini-2.5-flash/operations/x",
        "files/abc",
        "/models/veo-3/operations/x",
        "models/veo-3/operations/x y",
    ];
    for name in bad {
        assert!(check_operation_name(name).is_err(), "{name:?}");
        let http = FakeHttp::answering(Response::json_answer(200, &json!({"name": NAME})));
        assert!(matches!(poll(&http, &poll_call(name)), Err(PluginError::InvalidRequest(m)) if m.contains("not a Veo operation name")));
        assert!(http.sent().is_empty(), "nothing is sent for {name:?}");
    }
}

#[test]
fn shapes_snap_to_what_veo_offers() {
    assert_eq!(
        [aspect_ratio_for("1:1"), aspect_ratio_for("9:16"), aspect_ratio_for("3:4"), aspect_ratio_for("x")],
        ["16:9", "9:16", "9:16", "16:9"]
    );
    assert_eq!([0, 4, 5, 6, 7, 8, 60].map(duration_for), [4, 4, 6, 6, 8, 8, 8]);
}

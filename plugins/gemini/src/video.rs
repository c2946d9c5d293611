//! Clips from Google Veo (contract §4.3), a long-running operation:
//!
//! - `submit-video`: `POST {base}/v1beta/models/veo-3.1-generate-preview:predictLongRunning`
//!   with `instances[0].prompt` and, when the scene has a picture,
//!   `instances[0].image{bytesBase64Encoded, mimeType}` (the clip's first
//!   frame), and `parameters{aspectRatio, durationSeconds, resolution}`. Google
//!   answers the operation `{"name": "models/<model>/operations/<id>"}`; the
//!   plugin answers `pending` with that name as the job id.
//! - `poll-video`: `GET {base}/v1beta/{name}` (the name checked first: only
//!   `models/veo…/operations/<id>`, no `..`, no scheme or host) until
//!   `"done": true`. Then `response.generateVideoResponse.generatedSamples[0].video`
//!   is a `uri` (→ `ready`, with `GEMINI_API_KEY` when the link is on the API's
//!   own origin, as Google's file download needs the key) or `encodedVideo`
//!   bytes (→ `done`); no sample with `raiMediaFilteredCount` > 0 is `refused`
//!   with `raiMediaFilteredReasons`; `error{code, message}` is the failure its
//!   `google.rpc` code stands for ([`operation_error`]).
//!
//! Veo makes landscape (16:9) or portrait (9:16) clips only, no square: a
//! request for 1:1 gets 16:9, the closest on a log scale together with 9:16,
//! and landscape is Veo's default. HTTP failures go through Gemini's error
//! rules (`errors`).

use serde_json::{Value, json};
use storyloom_plugin_sdk::describe::nearest_aspect_ratio;
use storyloom_plugin_sdk::download::origin;
use storyloom_plugin_sdk::encoding::{base64_decode, base64_encode};
use storyloom_plugin_sdk::failure::{self, shorten};
use storyloom_plugin_sdk::http::{Fetch, Request};
use storyloom_plugin_sdk::{Media, PluginError, Setting, VideoLink, VideoPoll, VideoProgress, VideoRequest, VideoStatus, settings};

use crate::answer::{self, field};
use crate::catalog::{self, API_VERSION, CREDENTIAL, VIDEO_API_MODEL};

/// Setting with the wait between polls, in milliseconds (the host keeps it within 250 ms–60 s).
pub const POLL_SETTING: &str = "GEMINI_VIDEO_POLL_MS";
/// The wait between polls when the operator sets none: Veo takes one to several minutes.
pub const DEFAULT_POLL_MS: u64 = 10_000;
/// `parameters.aspectRatio` values Veo takes (python-genai `GenerateVideosConfig.aspect_ratio`); no square.
pub const VIDEO_ASPECT_RATIOS: [&str; 2] = ["16:9", "9:16"];
/// The ratio sent when the request's cannot be matched: Veo's default, landscape.
pub const DEFAULT_VIDEO_ASPECT_RATIO: &str = "16:9";
/// `parameters.durationSeconds` values Veo 3.1 takes, in seconds.
pub const DURATIONS_SECS: [u32; 3] = [4, 6, 8];
/// `parameters.resolution` sent: 720p works with every duration and with a first frame.
pub const RESOLUTION: &str = "720p";

/// Start the clip: one `predictLongRunning` call, answered `pending` with the operation's name.
pub fn submit(http: &dyn Fetch, req: &VideoRequest) -> Result<VideoStatus, PluginError> {
    let response = answer::send(http, &submit_request(req)?, "video")?;
    let parsed: Value = serde_json::from_slice(&response.body)
        .map_err(|_| PluginError::Transient("Gemini's answer to the video request was not the expected JSON".into()))?;
    let name = parsed.get("name").and_then(Value::as_str).unwrap_or("");
    if let Err(why) = check_operation_name(name) {
        return Err(PluginError::Transient(format!("Gemini named its video job in a way this plugin does not follow ({why})")));
    }
    // Some answers are done at once (a cached or refused request): read them as a poll would.
    if parsed.get("done").and_then(Value::as_bool) == Some(true) {
        return read_operation(&parsed, name, &req.settings);
    }
    Ok(pending(name, &req.settings))
}

/// The `predictLongRunning` request: prompt, the picture as the first frame, the clip's shape.
pub fn submit_request(req: &VideoRequest) -> Result<Request, PluginError> {
    let mut instance = json!({"prompt": req.prompt});
    if let Some(picture) = &req.image {
        instance["image"] = json!({"bytesBase64Encoded": base64_encode(&picture.bytes), "mimeType": picture_type(picture)?});
    }
    let body = json!({
        "instances": [instance],
        "parameters": {
            "aspectRatio": aspect_ratio_for(&req.aspect_ratio),
            "durationSeconds": duration_for(req.duration_secs),
            "resolution": RESOLUTION,
        },
    });
    let url = format!("{}/{API_VERSION}/models/{VIDEO_API_MODEL}:predictLongRunning", catalog::base_url(&req.settings));
    Ok(Request::post(url).json(&body).header("accept", "application/json").credential(CREDENTIAL))
}

/// Ask about the operation `req.job_id`: one GET, answered as [`read_operation`] says.
///
/// Errors: `invalid-request` for a job id that is not a Veo operation name
/// (nothing is sent); Gemini's HTTP failures as `errors` maps them.
pub fn poll(http: &dyn Fetch, req: &VideoPoll) -> Result<VideoStatus, PluginError> {
    check_operation_name(&req.job_id).map_err(|why| {
        PluginError::InvalidRequest(format!("the video job id {:?} is not a Veo operation name ({why})", shorten(&req.job_id)))
    })?;
    let response = answer::send(http, &poll_request(&req.job_id, &req.settings), "video")?;
    let parsed: Value = serde_json::from_slice(&response.body)
        .map_err(|_| PluginError::Transient("Gemini's answer about the video job was not the expected JSON".into()))?;
    read_operation(&parsed, &req.job_id, &req.settings)
}

/// `GET {base}/v1beta/{name}` with the key; `name` must have passed [`check_operation_name`].
pub fn poll_request(name: &str, call_settings: &[Setting]) -> Request {
    let url = format!("{}/{API_VERSION}/{name}", catalog::base_url(call_settings));
    Request::get(url).header("accept", "application/json").credential(CREDENTIAL)
}

/// An operation resource as a video status: not done → `pending`; done with
/// `error` → [`operation_error`]; done with a sample → `ready` (a `uri`) or
/// `done` (`encodedVideo`); done with no sample → `refused` when Google's
/// safety filters removed it, else `transient`.
pub fn read_operation(operation: &Value, name: &str, call_settings: &[Setting]) -> Result<VideoStatus, PluginError> {
    if operation.get("done").and_then(Value::as_bool) != Some(true) {
        return Ok(pending(name, call_settings));
    }
    if let Some(error) = operation.get("error").filter(|e| !e.is_null()) {
        return Err(operation_error(error));
    }
    let response = operation.get("response").unwrap_or(&Value::Null);
    let generated = field(response, "generateVideoResponse", "generate_video_response").unwrap_or(&Value::Null);
    let samples = field(generated, "generatedSamples", "generated_samples").and_then(Value::as_array);
    if let Some(video) = samples.and_then(|s| s.first()).and_then(|s| s.get("video")) {
        return read_video(video, call_settings);
    }
    let filtered = field(generated, "raiMediaFilteredCount", "rai_media_filtered_count").and_then(Value::as_u64).unwrap_or(0);
    let reasons: Vec<String> = field(generated, "raiMediaFilteredReasons", "rai_media_filtered_reasons")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).map(shorten).collect())
        .unwrap_or_default();
    if filtered > 0 || !reasons.is_empty() {
        let said = if reasons.is_empty() { String::new() } else { format!(": {}", reasons.join("; ")) };
        return Err(PluginError::Refused(format!("Gemini: the clip was blocked by Google's safety filters{said}")));
    }
    Err(PluginError::Transient("Gemini finished the video job without a clip".into()))
}

/// One generated sample's `video`: a download `uri` or inline `encodedVideo`.
fn read_video(video: &Value, call_settings: &[Setting]) -> Result<VideoStatus, PluginError> {
    if let Some(uri) = video.get("uri").and_then(Value::as_str).map(str::trim).filter(|u| !u.is_empty()) {
        let base = catalog::base_url(call_settings);
        let link_origin =
            origin(uri).ok_or_else(|| PluginError::Transient("Gemini sent a clip link that is not an http(s) address".into()))?;
        if origin(&base).as_deref() != Some(link_origin.as_str()) {
            // Only the base URL's origin is declared: the host could not fetch it, and the key must not go there.
            return Err(PluginError::InvalidRequest(format!(
                "Gemini linked its clip on {link_origin}, not on the API's origin; set {} to the origin Gemini serves files from",
                catalog::BASE_URL_SETTING
            )));
        }
        // Google's file download (`…/files/<id>:download?alt=media`) needs the key, like every call on the API's origin.
        return Ok(VideoStatus::Ready(VideoLink { url: uri.to_string(), credential: Some(CREDENTIAL.to_string()) }));
    }
    if let Some(encoded) = field(video, "encodedVideo", "encoded_video").and_then(Value::as_str) {
        let bytes = base64_decode(encoded).map_err(|e| PluginError::Transient(format!("Gemini's clip was not valid base64 ({e})")))?;
        let is_mp4 = bytes.get(4..8) == Some(b"ftyp".as_slice());
        let label = video.get("encoding").and_then(Value::as_str).unwrap_or("video/mp4");
        if !is_mp4 || !label.eq_ignore_ascii_case("video/mp4") {
            return Err(PluginError::Transient(format!("Gemini's clip is not an MP4 video (labelled {:?})", shorten(label))));
        }
        return Ok(VideoStatus::Done(Media { media_type: "video/mp4".into(), bytes }));
    }
    Err(PluginError::Transient("Gemini finished the video job with a sample that holds no clip".into()))
}

/// A finished operation's `error` (a `google.rpc.Status`: `code` is the gRPC
/// code, e.g. 3 `INVALID_ARGUMENT`, 8 `RESOURCE_EXHAUSTED`; an HTTP status is
/// read as one) as the failure it stands for. A message about safety or
/// usage guidelines is `refused`.
pub fn operation_error(error: &Value) -> PluginError {
    let message = error.get("message").and_then(Value::as_str).map(shorten).filter(|m| !m.is_empty());
    let text = format!("Gemini: {}", message.as_deref().unwrap_or("the video job failed with no error message"));
    let lower = text.to_ascii_lowercase();
    if lower.contains("safety") || lower.contains("usage guidelines") || lower.contains("responsible ai") {
        return PluginError::Refused(text);
    }
    match error.get("code").and_then(Value::as_u64).unwrap_or(2) {
        3 | 5 | 9 | 11 | 12 => PluginError::InvalidRequest(text),
        7 | 16 => PluginError::Unauthorized(text),
        8 => failure::rate_limited(None, text),
        status @ 100..=599 => failure::classify(status as u16, None, text),
        // 1 cancelled, 2 unknown, 4 deadline exceeded, 10 aborted, 13 internal, 14 unavailable, 15 data loss…
        _ => PluginError::Transient(text),
    }
}

/// `pending` for the operation `name`, polled again after the configured wait.
fn pending(name: &str, call_settings: &[Setting]) -> VideoStatus {
    let poll_after_ms = settings::get(call_settings, POLL_SETTING).and_then(|v| v.trim().parse().ok()).unwrap_or(DEFAULT_POLL_MS);
    VideoStatus::Pending(VideoProgress { job_id: name.to_string(), poll_after_ms, percent: None })
}

/// Check an operation name before it goes into a URL: exactly
/// `models/<veo model>/operations/<id>`, each segment of letters, digits,
/// `-`, `_` and `.`, never `.` or `..`, the model starting with `veo`.
/// Returns why not.
pub fn check_operation_name(name: &str) -> Result<(), &'static str> {
    let segments: Vec<&str> = name.split('/').collect();
    let [models, model, operations, id] = segments.as_slice() else {
        return Err("not models/<model>/operations/<id>");
    };
    if *models != "models" || *operations != "operations" {
        return Err("not models/<model>/operations/<id>");
    }
    let fine = |s: &str| {
        !s.is_empty()
            && s != "."
            && s != ".."
            && s.len() <= 200
            && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    };
    if !fine(model) || !fine(id) {
        return Err("a segment is empty, a dot path or holds other characters");
    }
    if !model.starts_with("veo") {
        return Err("not a Veo model's operation");
    }
    Ok(())
}

/// The first frame's type: the bytes decide, then the label; PNG, JPEG or WebP.
fn picture_type(picture: &Media) -> Result<&'static str, PluginError> {
    match crate::images::sniff(&picture.bytes).unwrap_or(picture.media_type.as_str()) {
        "image/png" => Ok("image/png"),
        "image/jpeg" | "image/jpg" => Ok("image/jpeg"),
        "image/webp" => Ok("image/webp"),
        other => Err(PluginError::InvalidRequest(format!("the scene picture is {other:?}; Veo takes PNG, JPEG or WebP"))),
    }
}

/// The ratio to send: 16:9 or 9:16 as asked; anything else the closest (1:1 → 16:9, see the module doc).
pub fn aspect_ratio_for(requested: &str) -> String {
    nearest_aspect_ratio(requested, 16, 9, &VIDEO_ASPECT_RATIOS, DEFAULT_VIDEO_ASPECT_RATIO)
}

/// The duration Veo offers closest to `requested` seconds (a tie takes the longer).
pub fn duration_for(requested: u32) -> u32 {
    DURATIONS_SECS.iter().copied().min_by_key(|d| (d.abs_diff(requested), u32::MAX - d)).unwrap_or(8)
}

#[cfg(test)]
#[path = "video_tests.rs"]
mod tests;

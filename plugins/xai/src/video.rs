//! Clips from Grok Imagine Video (contract §3): `submit` posts the job to
//! `POST {base}/videos/generations` and answers `pending` with xAI's
//! `request_id`; `poll` asks `GET {base}/videos/{request_id}` (each poll a
//! fresh plugin call) and answers `pending`, `ready` with the clip's
//! temporary link (the host downloads it itself) or the failure.
//!
//! The request: `model`, `prompt`, `duration` (seconds, 1..15), `resolution`
//! `720p` and, with the scene picture, `image: {"url": "data:<type>;base64,…"}`
//! (image-to-video, the picture is the first frame and its ratio is the
//! clip's, so no `aspect_ratio`); without one, `aspect_ratio` `1:1`
//! (text-to-video).
//!
//! Poll answers (contract §3.2):
//! - 202, with `{"status":"pending","progress":N}` or no body → `pending`
//!   (with the progress when given); a 200 `pending` likewise.
//! - 200 `done` with `video.url` → `ready`; the link carries the key only when
//!   it is on the API's own origin, and a link elsewhere must be on the
//!   origin `XAI_VIDEO_CDN_URL` names (default `https://vidgen.x.ai`), else it
//!   is refused naming that setting.
//! - 200 `done` without a URL (`respect_moderation: false`) → `refused`.
//! - 200 `failed` with `error{code,message}` → `refused` when the message is
//!   about moderation; `unauthorized` for `permission_denied`;
//!   `invalid-request` for `invalid_argument` and `failed_precondition`;
//!   `transient` for `service_unavailable`, `internal_error` and unknown codes.
//! - 200 `expired` → `transient` (the job is gone; the host gives up at its
//!   poll budget, or the family asks again).
//! - 200 without `status` (the legacy answer): `video.url` → `ready`, else `pending`.
//! - Any other status, or an unreadable body → `transient`.
//! - Non-2xx answers (401, 404 unknown job, 429 with `Retry-After`, 5xx) → the
//!   xAI error rules shared with the picture calls (`errors`).

use serde::Deserialize;
use serde_json::{Value, json};
use storyloom_plugin_sdk::download::origin;
use storyloom_plugin_sdk::encoding::{data_uri, sniff_picture};
use storyloom_plugin_sdk::http::{Fetch, Request, Response};
use storyloom_plugin_sdk::{Media, PluginError, VideoLink, VideoPoll, VideoProgress, VideoRequest, VideoStatus, log, settings};

use crate::catalog::{
    self, BASE_URL_SETTING, CREDENTIAL, DEFAULT_BASE_URL, DEFAULT_VIDEO_CDN_URL, DEFAULT_VIDEO_SECONDS, VIDEO_API_MODEL,
    VIDEO_ASPECT_RATIO, VIDEO_CDN_SETTING, VIDEO_POLL_AFTER_MS, VIDEO_RESOLUTION, VIDEO_SECONDS_RANGE,
};
use crate::errors::{self, PROVIDER};

/// Start the clip: one `POST {base}/videos/generations`; answers `pending` with
/// xAI's `request_id` as the job id. Errors: the xAI error rules for a non-2xx
/// answer; `invalid-request` for a scene picture that is not PNG, JPEG or WebP;
/// `transient` for a 2xx answer without a `request_id`.
pub fn submit(http: &dyn Fetch, req: &VideoRequest) -> Result<VideoStatus, PluginError> {
    let base = settings::base_url(&req.settings, BASE_URL_SETTING, DEFAULT_BASE_URL);
    let response = errors::ok_or_failure(submit_request(&base, req)?.send(http, PROVIDER)?)?;
    let request_id = serde_json::from_slice::<Value>(&response.body)
        .ok()
        .and_then(|body| body.get("request_id").and_then(Value::as_str).map(str::trim).map(str::to_string))
        .filter(|id| !id.is_empty());
    let Some(job_id) = request_id else {
        log::warn(&format!("xAI accepted the clip without a request_id: {}", response.text()));
        return Err(PluginError::Transient("xAI accepted the clip but gave no request_id to follow it by".into()));
    };
    Ok(pending(job_id, None))
}

/// `POST {base}/videos/generations` for `req` (see the module doc for the body).
pub fn submit_request(base: &str, req: &VideoRequest) -> Result<Request, PluginError> {
    let duration = if req.duration_secs == 0 { DEFAULT_VIDEO_SECONDS } else { req.duration_secs };
    let duration = duration.clamp(*VIDEO_SECONDS_RANGE.start(), *VIDEO_SECONDS_RANGE.end());
    let mut body = json!({
        "model": VIDEO_API_MODEL,
        "prompt": req.prompt,
        "duration": duration,
        "resolution": VIDEO_RESOLUTION,
    });
    match &req.image {
        Some(picture) => body["image"] = json!({"url": picture_data_uri(picture)?}),
        None => body["aspect_ratio"] = json!(VIDEO_ASPECT_RATIO),
    }
    Ok(catalog::api_post(base, "videos/generations", &body))
}

/// `data:<type>;base64,…` of the scene picture; its bytes decide the type, then its label.
fn picture_data_uri(picture: &Media) -> Result<String, PluginError> {
    let media_type = match sniff_picture(&picture.bytes).unwrap_or(picture.media_type.as_str()) {
        "image/png" => "image/png",
        "image/jpeg" | "image/jpg" => "image/jpeg",
        "image/webp" => "image/webp",
        other => return Err(PluginError::InvalidRequest(format!("the scene picture is {other:?}; xAI takes PNG, JPEG or WebP"))),
    };
    Ok(data_uri(media_type, &picture.bytes))
}

/// Ask about the job `req.job_id`: one `GET {base}/videos/{request_id}`,
/// answered as the module doc says.
pub fn poll(http: &dyn Fetch, req: &VideoPoll) -> Result<VideoStatus, PluginError> {
    let base = settings::base_url(&req.settings, BASE_URL_SETTING, DEFAULT_BASE_URL);
    let cdn = settings::base_url(&req.settings, VIDEO_CDN_SETTING, DEFAULT_VIDEO_CDN_URL);
    let response = errors::ok_or_failure(poll_request(&base, &req.job_id)?.send(http, PROVIDER)?)?;
    read_poll(&response, &req.job_id, &base, &cdn)
}

/// `GET {base}/videos/{request_id}` with the key. The id is the one `submit`
/// got from xAI; one with characters that do not belong in a path is refused.
pub fn poll_request(base: &str, request_id: &str) -> Result<Request, PluginError> {
    let well_formed = !request_id.is_empty() && request_id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !well_formed || request_id.starts_with('.') {
        return Err(PluginError::InvalidRequest("the clip's job id is not one xAI gives".into()));
    }
    Ok(Request::get(catalog::endpoint(base, &format!("videos/{request_id}"))).header("accept", "application/json").credential(CREDENTIAL))
}

/// The poll answer body (`VideoResponse` and the pending/failed/expired shapes of contract §3.2).
#[derive(Debug, Default, Deserialize)]
struct PollAnswer {
    status: Option<String>,
    progress: Option<f64>,
    video: Option<GeneratedVideo>,
    error: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
struct GeneratedVideo {
    url: Option<String>,
    respect_moderation: Option<bool>,
}

/// A 2xx poll answer as a `video-status` or the failure it reports; `base`
/// and `cdn` are this call's `XAI_BASE_URL` and `XAI_VIDEO_CDN_URL`.
fn read_poll(response: &Response, job_id: &str, base: &str, cdn: &str) -> Result<VideoStatus, PluginError> {
    let parsed = serde_json::from_slice::<PollAnswer>(&response.body);
    if response.status == 202 {
        // Still in progress, "with or without a JSON body": the progress when one is readable.
        return Ok(pending(job_id.to_string(), parsed.ok().and_then(|a| percent_of(&a))));
    }
    let answer = parsed.map_err(|e| {
        log::warn(&format!("xAI's clip status is not the expected JSON (HTTP {}): {e}", response.status));
        PluginError::Transient("xAI's clip status was not the expected JSON".into())
    })?;
    let percent = percent_of(&answer);
    let link = answer.video.as_ref().and_then(|v| v.url.as_deref()).map(str::trim).filter(|u| !u.is_empty());
    match answer.status.as_deref() {
        Some("pending") => Ok(pending(job_id.to_string(), percent)),
        Some("done") => match link {
            Some(url) => ready(url, base, cdn),
            None => {
                let moderated = answer.video.as_ref().and_then(|v| v.respect_moderation) == Some(false);
                log::info(&format!("xAI finished the clip without a link (respect_moderation false: {moderated})"));
                Err(PluginError::Refused("xAI: no clip came back; xAI withholds clips its moderation blocks".into()))
            }
        },
        Some("failed") => Err(failed(answer.error.as_ref())),
        Some("expired") => Err(PluginError::Transient("xAI: the clip job expired before it finished".into())),
        // The legacy answer had no `status`: a link means done (contract §3.2, vercel/ai).
        None => match link {
            Some(url) => ready(url, base, cdn),
            None => Ok(pending(job_id.to_string(), percent)),
        },
        Some(other) => Err(PluginError::Transient(format!("xAI reported the clip as {:?}", failure_text(other)))),
    }
}

/// `progress` as a whole percent, 0..=100.
fn percent_of(answer: &PollAnswer) -> Option<u8> {
    answer.progress.filter(|p| p.is_finite()).map(|p| p.clamp(0.0, 100.0).round() as u8)
}

fn pending(job_id: String, percent: Option<u8>) -> VideoStatus {
    VideoStatus::Pending(VideoProgress { job_id, poll_after_ms: VIDEO_POLL_AFTER_MS, percent })
}

/// The finished clip's link: with the key on the API's own origin; on the
/// `XAI_VIDEO_CDN_URL` origin without it; anywhere else refused.
fn ready(url: &str, base: &str, cdn: &str) -> Result<VideoStatus, PluginError> {
    let Some(link_origin) = origin(url) else {
        return Err(PluginError::Transient("xAI sent a clip link that is not an http(s) address".into()));
    };
    let credential = if origin(base).is_some_and(|api| api == link_origin) {
        Some(CREDENTIAL.to_string())
    } else if origin(cdn).is_some_and(|declared| declared == link_origin) {
        None
    } else {
        let shown = link_origin.strip_suffix(":443").filter(|o| o.starts_with("https:")).unwrap_or(&link_origin);
        return Err(PluginError::InvalidRequest(format!(
            "xAI sent its clip as a link on {shown}, which this server does not download from; \
             to allow it, the operator sets {VIDEO_CDN_SETTING} to that origin"
        )));
    };
    Ok(VideoStatus::Ready(VideoLink { url: url.to_string(), credential }))
}

/// A `failed` job's `error` (`VideoError`: `code`, `message`; a bare string is read too).
fn failed(error: Option<&Value>) -> PluginError {
    let (code, message) = match error {
        Some(Value::Object(e)) => (e.get("code").and_then(Value::as_str), e.get("message").and_then(Value::as_str)),
        Some(Value::String(text)) => (None, Some(text.as_str())),
        _ => (None, None),
    };
    let code = code.unwrap_or("").trim().to_ascii_lowercase();
    let text = message.map(failure_text).filter(|m| !m.is_empty());
    let message = match &text {
        Some(text) => format!("{PROVIDER}: {text}"),
        None if code.is_empty() => format!("{PROVIDER} could not make the clip"),
        None => format!("{PROVIDER} could not make the clip ({})", failure_text(&code)),
    };
    let lower = format!("{code} {}", text.as_deref().unwrap_or("")).to_ascii_lowercase();
    if errors::is_a_refusal(&lower) {
        return PluginError::Refused(message);
    }
    match code.as_str() {
        "permission_denied" => PluginError::Unauthorized(message),
        "invalid_argument" | "failed_precondition" => PluginError::InvalidRequest(message),
        _ => PluginError::Transient(message),
    }
}

/// Provider text as one short line.
fn failure_text(text: &str) -> String {
    storyloom_plugin_sdk::failure::shorten(text)
}

#[cfg(test)]
#[path = "video_tests.rs"]
mod tests;

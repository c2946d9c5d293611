//! A plugin built for version 0.2.0 of the contract (`wit/0.2`), kept so the
//! host's tests prove that 0.2 plugins still load and run through its edge
//! conversion after 0.3: plugin `elder`, with the models `elder-story`,
//! `elder-image` and `elder-clip`.
//!
//! - `elder-story` answers a calm scene whose text repeats the hints it got
//!   (premise, scene number, path length, target, tier): 0.2 hints have no seed.
//! - `elder-image` answers a real 64×64 PNG (0.2 has no picture description);
//!   a prompt `quota` answers `quota-exceeded`, `log` logs a line first, and
//!   `fetch <url>` calls the HTTP import and fails with what it got.
//! - `elder-clip`: `submit-video` answers `pending` with job `elder-1`, 2 s
//!   and 30 %; polling it answers `ready` with a link on its declared host.
//!
//! It is never bundled into the server.

#![allow(clippy::too_many_arguments)] // bindgen glue has wide functions

wit_bindgen::generate!({ world: "plugin", path: "../../../wit/0.2" });

use storyloom::plugin::http::{self, Method, Request};
use storyloom::plugin::logging::{self, Level};
use storyloom::plugin::types::{Capabilities, HostRule, ModelInfo, ModelKind, VideoLink, VideoProgress};

struct Component;

/// A valid 64×64 RGB PNG (the hostile guest's).
const PICTURE_PNG: &[u8] = include_bytes!("../../hostile-guest/media/picture-64.png");

/// The only origin it may fetch.
const DECLARED: &str = "http://declared.invalid";

fn model(key: &str, name: &str, kind: ModelKind) -> ModelInfo {
    ModelInfo {
        key: key.to_string(),
        display_name: name.to_string(),
        provider_group: "Test".to_string(),
        kind,
        credential: None,
        capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: Vec::new() },
    }
}

impl Guest for Component {
    fn describe() -> PluginInfo {
        PluginInfo {
            id: "elder".to_string(),
            version: "0.2.0".to_string(),
            models: vec![
                model("elder-story", "Elder Story", ModelKind::Story),
                model("elder-image", "Elder Image", ModelKind::Image),
                model("elder-clip", "Elder Clip", ModelKind::Video),
            ],
            credentials: Vec::new(),
            settings: Vec::new(),
            hosts: vec![HostRule::Origin(DECLARED.to_string())],
        }
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        let hints = &req.hints;
        let told = format!(
            "premise={}; scene={}; path={}; target={}; tier={}",
            hints.premise,
            hints.scene_number,
            hints.path.len(),
            hints.target_scenes,
            hints.tier
        )
        .replace(['"', '\\'], "");
        let ending = hints.scene_number >= hints.target_scenes;
        let choices = if ending { "[]" } else { r#"["Wait","Sleep","Smile"]"# };
        let text = format!(r#"{{"title":"Elder","text":"{told}","image_prompt":"a calm sea","choices":{choices},"is_ending":{ending}}}"#);
        Ok(StoryReply { text })
    }

    fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
        let prompt = req.prompt.trim();
        if prompt.starts_with("quota") {
            return Err(PluginError::QuotaExceeded("the elder's account is empty".to_string()));
        }
        if prompt.starts_with("log") {
            logging::log(Level::Info, "the elder paints");
        }
        if let Some(rest) = prompt.strip_prefix("fetch ") {
            let url = rest.split_whitespace().next().unwrap_or("").trim_end_matches('.');
            let request = Request {
                method: Method::Get,
                url: url.to_string(),
                headers: Vec::new(),
                body: Vec::new(),
                credential: None,
                timeout_ms: None,
            };
            return match http::fetch(&request) {
                Ok(response) => Err(PluginError::Transient(format!("status {}", response.status))),
                Err(err) => Err(PluginError::InvalidRequest(format!("fetch refused: {err:?}"))),
            };
        }
        Ok(Media { media_type: "image/png".to_string(), bytes: PICTURE_PNG.to_vec() })
    }

    fn submit_video(_req: VideoRequest) -> Result<VideoStatus, PluginError> {
        Ok(VideoStatus::Pending(VideoProgress { job_id: "elder-1".to_string(), poll_after_ms: 2000, percent: Some(30) }))
    }

    fn poll_video(req: VideoPoll) -> Result<VideoStatus, PluginError> {
        Ok(VideoStatus::Ready(VideoLink { url: format!("{DECLARED}/{}.mp4", req.job_id), credential: None }))
    }
}

export!(Component);

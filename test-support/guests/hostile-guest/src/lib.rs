//! A plugin that misbehaves on request, for the host's sandbox tests and benchmarks.
//!
//! The prompt (image calls) or premise (story calls) picks the behaviour:
//! `spin` loops forever, `alloc` allocates without bound, `trap` panics,
//! `ratelimit` answers rate-limited, `sleep` waits an hour in a host clock
//! poll, `fetch <url>` calls the HTTP import, `garbage` returns bytes that are
//! not an image (or text that is not a scene), `noop` returns a tiny answer.
//! A story premise `image:<behaviour>` gives a calm scene whose picture prompt
//! is that behaviour; `later:<behaviour>` writes a calm first scene and
//! misbehaves from the second scene on.
//! It is never bundled into the server.

#![allow(clippy::panic, clippy::too_many_arguments)] // panics on purpose; bindgen glue has wide functions

wit_bindgen::generate!({ world: "plugin", path: "../../../wit/0.1" });

use storyloom::plugin::http::{self, Method, Request};
use storyloom::plugin::types::{Capabilities, HostRule, ModelInfo, ModelKind};

struct Component;

/// What every call with a behaviour word does; `Ok` carries the bytes to return.
fn behave(command: &str) -> Result<Vec<u8>, PluginError> {
    let command = command.trim();
    // The host may append a style sentence to a picture prompt: only the first word (or URL) counts.
    if let Some(rest) = command.strip_prefix("fetch ") {
        let url = rest.split_whitespace().next().unwrap_or("").trim_end_matches('.');
        return fetch(url);
    }
    let command = command.split(['.', ' ']).next().unwrap_or("");
    if command == "spin" {
        let mut counter: u64 = 0;
        loop {
            counter = std::hint::black_box(counter.wrapping_add(1));
        }
    }
    if command == "alloc" {
        let mut hoard: Vec<Vec<u8>> = Vec::new();
        loop {
            hoard.push(vec![1u8; 1 << 20]);
            std::hint::black_box(&hoard);
        }
    }
    if command == "sleep" {
        // Waits in the host (a WASI clock poll): no CPU used, only the wall-clock limit can end it.
        std::thread::sleep(std::time::Duration::from_secs(3600));
    }
    if command == "ratelimit" {
        return Err(PluginError::RateLimited(storyloom::plugin::types::RateLimit {
            retry_after_ms: Some(20),
            message: "Slow down, please: too many requests".to_string(),
        }));
    }
    if command == "trap" {
        panic!("the hostile guest trapped on purpose");
    }
    Ok(if command == "garbage" { b"this is not an image".to_vec() } else { b"ok".to_vec() })
}

fn fetch(url: &str) -> Result<Vec<u8>, PluginError> {
    let request = Request {
        method: Method::Get,
        url: url.to_string(),
        headers: Vec::new(),
        body: Vec::new(),
        credential: None,
        timeout_ms: None,
    };
    match http::fetch(&request) {
        Ok(response) => Ok(format!("status {}", response.status).into_bytes()),
        Err(err) => Err(PluginError::InvalidRequest(format!("fetch refused: {err:?}"))),
    }
}

impl Guest for Component {
    fn describe() -> PluginInfo {
        let model = |key: &str, name: &str, kind: ModelKind| ModelInfo {
            key: key.to_string(),
            display_name: name.to_string(),
            provider_group: "Test".to_string(),
            kind,
            credential: None,
            capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: Vec::new() },
        };
        PluginInfo {
            id: "hostile".to_string(),
            version: "0.1.0".to_string(),
            models: vec![
                model("hostile-story", "Hostile Story", ModelKind::Story),
                model("hostile-image", "Hostile Image", ModelKind::Image),
            ],
            credentials: Vec::new(),
            settings: Vec::new(),
            hosts: vec![HostRule::Origin("http://declared.invalid".to_string())],
        }
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        // "image:<behaviour>": a calm scene whose picture prompt is the behaviour.
        if let Some(picture) = req.hints.premise.strip_prefix("image:") {
            let scene = format!(
                r#"{{"title":"Calm","text":"Nothing happens.","image_prompt":"{}","choices":["Wait","Sleep","Smile"],"is_ending":false}}"#,
                picture.replace(['"', '\\'], "")
            );
            return Ok(StoryReply { text: scene });
        }
        // "later:<behaviour>": a calm first scene, then the behaviour from scene 2 on.
        let premise = match req.hints.premise.strip_prefix("later:") {
            Some(_) if req.hints.scene_number <= 1 => "noop",
            Some(behaviour) => behaviour,
            None => req.hints.premise.as_str(),
        };
        let bytes = behave(premise)?;
        if bytes == b"ok" {
            let text = r#"{"title":"Calm","text":"Nothing happens.","image_prompt":"a calm sea","choices":["Wait","Sleep","Smile"],"is_ending":false}"#;
            return Ok(StoryReply { text: text.to_string() });
        }
        Ok(StoryReply { text: String::from_utf8_lossy(&bytes).into_owned() })
    }

    fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
        let bytes = behave(&req.prompt)?;
        Ok(Media { media_type: "image/png".to_string(), bytes })
    }

    fn submit_video(_req: VideoRequest) -> Result<VideoJob, PluginError> {
        Err(PluginError::Unsupported("no video here".to_string()))
    }

    fn poll_video(_req: VideoPoll) -> Result<VideoStatus, PluginError> {
        Err(PluginError::Unsupported("no video here".to_string()))
    }
}

export!(Component);

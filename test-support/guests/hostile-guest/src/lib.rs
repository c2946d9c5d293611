//! A plugin that misbehaves on request, for the host's sandbox tests and benchmarks.
//!
//! The prompt (image calls) or premise (story calls) picks the behaviour:
//! `spin` loops forever, `alloc` allocates without bound, `trap` panics,
//! `ratelimit` answers rate-limited, `sleep` waits an hour in a host clock
//! poll, `fetch <url>` calls the HTTP import, `garbage` returns bytes that are
//! not an image (or text that is not a scene), `noop` returns a tiny answer.
//! Picture calls only: `png-as <media-type>` returns a real 64×64 PNG declared
//! as that type, `png-huge` a PNG whose header claims 60000×60000 pixels.
//! Host work on the guest's behalf: `log-flood <lines> <bytes>`,
//! `fetch-flood <count> <host length>`, `fetch-key <CREDENTIAL> <url>`;
//! `settings` answers with the settings the host passed in (see `floods`).
//! Provider-like failures (`refuse`, `busy <seconds>`, `no-picture`) and calls
//! scripted by a test's own server (`ask <url>`) are in `answers`.
//! Its description comes from `persona`, which tests patch to make impostors.
//! A story premise `image:<behaviour>` gives a calm scene whose picture prompt
//! is that behaviour; `later:<behaviour>` writes a calm first scene and
//! misbehaves from the second scene on. `echo:<answer>` answers every story
//! call with `<answer>` as written (a test's own scene JSON, in any script).
//! Video calls (contract 0.1, the version this guest stays on so the host's
//! tests keep proving 0.1 plugins run): a prompt `job <id> <ms>` answers that
//! `video-job`, any other prompt behaves as above and answers the job `done`;
//! polling `wait-<ms>` answers pending, `done` a tiny clip.
//! It is never bundled into the server.

#![allow(clippy::panic, clippy::too_many_arguments)] // panics on purpose; bindgen glue has wide functions

wit_bindgen::generate!({ world: "plugin", path: "../../../wit/0.1" });

mod answers;
mod floods;
mod persona;

use storyloom::plugin::http::{self, Method, Request};
use storyloom::plugin::types::Setting;

struct Component;

/// A valid 64×64 RGB PNG.
const PICTURE_PNG: &[u8] = include_bytes!("../media/picture-64.png");
/// The same PNG with its IHDR (and CRC) changed to claim 60000×60000 pixels.
const HUGE_HEADER_PNG: &[u8] = include_bytes!("../media/huge-header.png");

/// The scene a calm story call answers.
const CALM_SCENE: &str =
    r#"{"title":"Calm","text":"Nothing happens.","image_prompt":"a calm sea","choices":["Wait","Sleep","Smile"],"is_ending":false}"#;

/// What every call with a behaviour word does; `Ok` carries the bytes to return.
fn behave(command: &str, settings: &[Setting]) -> Result<Vec<u8>, PluginError> {
    let command = command.trim();
    let mut words = command.split_whitespace();
    let number = |word: Option<&str>| word.and_then(|w| w.trim_end_matches('.').parse::<usize>().ok()).unwrap_or(1);
    match words.next() {
        Some("log-flood") => {
            floods::log_flood(number(words.next()), number(words.next()));
            return Ok(b"ok".to_vec());
        }
        Some("fetch-flood") => return Ok(floods::fetch_flood(number(words.next()), number(words.next())).into_bytes()),
        Some("fetch-key") => {
            let credential = words.next().unwrap_or("");
            let url = words.next().unwrap_or("").trim_end_matches('.');
            return floods::fetch_with_credential(credential, url);
        }
        Some("settings") | Some("settings.") => return Ok(floods::settings_report(settings).into_bytes()),
        _ => {}
    }
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
    let request =
        Request { method: Method::Get, url: url.to_string(), headers: Vec::new(), body: Vec::new(), credential: None, timeout_ms: None };
    match http::fetch(&request) {
        Ok(response) => Ok(format!("status {}", response.status).into_bytes()),
        Err(err) => Err(PluginError::InvalidRequest(format!("fetch refused: {err:?}"))),
    }
}

impl Guest for Component {
    fn describe() -> PluginInfo {
        persona::describe()
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        // "echo:<answer>": the answer exactly as the test wrote it, for every scene.
        if let Some(answer) = req.hints.premise.strip_prefix("echo:") {
            return Ok(StoryReply { text: answer.to_string() });
        }
        if let Some(answer) = answers::answer(&req.hints.premise, "story", &req.model) {
            return match answer {
                answers::Answer::Failed(err) => Err(err),
                answers::Answer::Scene | answers::Answer::Picture => Ok(StoryReply { text: CALM_SCENE.to_string() }),
            };
        }
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
        let bytes = behave(premise, &req.settings)?;
        if bytes == b"ok" {
            return Ok(StoryReply { text: CALM_SCENE.to_string() });
        }
        Ok(StoryReply { text: String::from_utf8_lossy(&bytes).into_owned() })
    }

    fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
        // The host may append a style sentence: only the first word (and the media type) count.
        let prompt = req.prompt.trim();
        if let Some(answer) = answers::answer(prompt, "image", &req.model) {
            return match answer {
                answers::Answer::Failed(err) => Err(err),
                answers::Answer::Picture | answers::Answer::Scene => {
                    Ok(Media { media_type: "image/png".to_string(), bytes: answers::picture_bytes() })
                }
            };
        }
        if let Some(rest) = prompt.strip_prefix("png-as ") {
            let media_type = rest.split_whitespace().next().unwrap_or("").trim_end_matches('.');
            return Ok(Media { media_type: media_type.to_string(), bytes: PICTURE_PNG.to_vec() });
        }
        if prompt.split(['.', ' ']).next() == Some("png-huge") {
            return Ok(Media { media_type: "image/png".to_string(), bytes: HUGE_HEADER_PNG.to_vec() });
        }
        let bytes = behave(&req.prompt, &req.settings)?;
        Ok(Media { media_type: "image/png".to_string(), bytes })
    }

    fn submit_video(req: VideoRequest) -> Result<VideoJob, PluginError> {
        // "job <id> <ms>": a provider-like job (the 0.1 answer) to poll.
        let mut words = req.prompt.split_whitespace();
        if words.next() == Some("job") {
            let id = words.next().unwrap_or("job-1").to_string();
            let poll_after_ms = words.next().and_then(|w| w.parse().ok()).unwrap_or(1000);
            return Ok(VideoJob { id, poll_after_ms });
        }
        // Any other behaviour word misbehaves as in the other calls; a calm one gets the job "done".
        behave(&req.prompt, &req.settings)?;
        Ok(VideoJob { id: "done".to_string(), poll_after_ms: 1000 })
    }

    fn poll_video(req: VideoPoll) -> Result<VideoStatus, PluginError> {
        // "wait-<ms>": still pending; "done": a (fake) clip.
        if let Some(ms) = req.job_id.strip_prefix("wait-") {
            return Ok(VideoStatus::Pending(ms.parse().unwrap_or(1000)));
        }
        if req.job_id == "done" {
            return Ok(VideoStatus::Done(Media { media_type: "video/mp4".to_string(), bytes: b"\0\0\0\x08ftyp".to_vec() }));
        }
        Err(PluginError::Unsupported(format!("no video job {:?} here", req.job_id)))
    }
}

export!(Component);

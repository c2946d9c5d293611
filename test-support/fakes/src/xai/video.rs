//! The fake xAI's video jobs (contract §3): `POST {prefix}/videos/generations`
//! checks the body like the real API (`rules::video`) and answers
//! `{"request_id"}`; `GET {prefix}/videos/{request_id}` walks that job's
//! script of [`VideoStep`]s, one step per poll, the last one repeating; an
//! unknown id is 404. A `done` answer links to a fixed small MP4 (made by the
//! offline clip maker, `examples/make_xai_clip.rs`) on the CDN listener,
//! standing in for `vidgen.x.ai`; a link serves until it is expired, then 404s.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::answers::error_response;
use super::rules::api_error;

/// The clip every finished job links to: 256×256, 12 fps, 6 s, H.264 in a fast-start MP4.
pub const CLIP_MP4: &[u8] = include_bytes!("clip.mp4");

/// One poll answer of a scripted job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VideoStep {
    /// 202 with `{"status":"pending","progress":N}`.
    Pending(u8),
    /// 202 with an empty body.
    PendingEmpty,
    /// 200 `done` with `video.url` on the CDN listener.
    Done,
    /// 200 `done` with a link that already answers 404 (it expired before the download).
    DoneExpiredLink,
    /// 200 `failed` with `error: {code, message}`.
    Failed { code: String, message: String },
    /// 200 `{"status":"expired"}`.
    Expired,
    /// 200 `done` with `respect_moderation: false` and no URL.
    Moderated,
    /// 200 without `status`: `{"video":{"url","duration"},"model"}`.
    Legacy,
}

impl VideoStep {
    /// A `failed` step.
    pub fn failed(code: &str, message: &str) -> Self {
        VideoStep::Failed { code: code.to_string(), message: message.to_string() }
    }
}

/// The script new jobs get unless told otherwise: pending three times (with and without a body), then done.
pub fn default_script() -> Vec<VideoStep> {
    vec![VideoStep::Pending(0), VideoStep::PendingEmpty, VideoStep::Pending(60), VideoStep::Done]
}

/// One submitted job.
struct Job {
    steps: VecDeque<VideoStep>,
    last: VideoStep,
    polls: u32,
}

/// Every job and clip link of one fake.
pub struct Videos {
    script: Mutex<Vec<VideoStep>>,
    jobs: Mutex<HashMap<String, Job>>,
    /// Link path → expired.
    links: Mutex<HashMap<String, bool>>,
    next: Mutex<u32>,
}

impl Videos {
    pub fn new() -> Self {
        Videos {
            script: Mutex::new(default_script()),
            jobs: Mutex::new(HashMap::new()),
            links: Mutex::new(HashMap::new()),
            next: Mutex::new(1),
        }
    }

    /// The script for jobs submitted from now on (must not be empty).
    pub fn set_script(&self, steps: Vec<VideoStep>) {
        assert!(!steps.is_empty(), "a video script needs at least one step");
        *self.script.lock().unwrap() = steps;
    }

    /// Replace what an existing job answers from its next poll on.
    pub fn rescript(&self, request_id: &str, steps: Vec<VideoStep>) {
        let mut jobs = self.jobs.lock().unwrap();
        let job = jobs.get_mut(request_id).unwrap_or_else(|| panic!("no video job {request_id}"));
        job.last = steps.last().cloned().expect("a video script needs at least one step");
        job.steps = steps.into();
    }

    /// Every request id handed out, in order.
    pub fn request_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = self.jobs.lock().unwrap().keys().cloned().collect();
        ids.sort();
        ids
    }

    /// How often a job has been polled.
    pub fn polls(&self, request_id: &str) -> u32 {
        self.jobs.lock().unwrap().get(request_id).map_or(0, |j| j.polls)
    }

    /// Make every clip link handed out so far answer 404.
    pub fn expire_links(&self) {
        self.links.lock().unwrap().values_mut().for_each(|expired| *expired = true);
    }

    /// A new job under the current script: its `{"request_id"}` answer.
    pub fn submit(&self) -> Response {
        let id = {
            let mut next = self.next.lock().unwrap();
            let id = format!("a3d1008e-4544-40d4-d075-{:012}", *next);
            *next += 1;
            id
        };
        let steps = self.script.lock().unwrap().clone();
        let last = steps.last().cloned().unwrap_or(VideoStep::Done);
        self.jobs.lock().unwrap().insert(id.clone(), Job { steps: steps.into(), last, polls: 0 });
        ok_json(StatusCode::OK, json!({"request_id": id}))
    }

    /// The next answer of job `request_id`; `cdn` is `http://host:port` of the CDN listener.
    pub fn poll(&self, request_id: &str, cdn: &str) -> Response {
        let step = {
            let mut jobs = self.jobs.lock().unwrap();
            let Some(job) = jobs.get_mut(request_id) else {
                return error_response(&api_error(404, "No deferred video could be found with the given request_id."), &[]);
            };
            job.polls += 1;
            job.steps.pop_front().unwrap_or_else(|| job.last.clone())
        };
        match step {
            VideoStep::Pending(progress) => ok_json(StatusCode::ACCEPTED, json!({"status": "pending", "progress": progress})),
            VideoStep::PendingEmpty => (StatusCode::ACCEPTED, [("x-request-id", "req-fake")]).into_response(),
            VideoStep::Done | VideoStep::DoneExpiredLink => {
                let url = self.new_link(request_id, cdn, step == VideoStep::DoneExpiredLink);
                ok_json(
                    StatusCode::OK,
                    json!({"status": "done", "video": {"url": url, "duration": 6, "respect_moderation": true},
                           "model": "grok-imagine-video", "progress": 100, "usage": {"cost_in_usd_ticks": 500_000_000}}),
                )
            }
            VideoStep::Failed { code, message } => {
                ok_json(StatusCode::OK, json!({"status": "failed", "error": {"code": code, "message": message}}))
            }
            VideoStep::Expired => ok_json(StatusCode::OK, json!({"status": "expired", "model": "grok-imagine-video"})),
            VideoStep::Moderated => ok_json(
                StatusCode::OK,
                json!({"status": "done", "video": {"url": "", "duration": 6, "respect_moderation": false},
                       "model": "grok-imagine-video", "progress": 100}),
            ),
            VideoStep::Legacy => {
                let url = self.new_link(request_id, cdn, false);
                ok_json(StatusCode::OK, json!({"video": {"url": url, "duration": 6}, "model": "grok-imagine-video"}))
            }
        }
    }

    /// A link to the clip on the CDN listener (the same path for every poll of one job, like xAI's).
    fn new_link(&self, request_id: &str, cdn: &str, expired: bool) -> String {
        let path = format!("/xai-vidgen-bucket/xai-video-{request_id}.mp4");
        self.links.lock().unwrap().insert(path.clone(), expired);
        format!("{cdn}{path}")
    }

    /// The CDN's answer for `path` when it is a clip link: the MP4, or 404 once expired; `None` for other paths.
    pub fn serve(&self, method: &str, path: &str) -> Option<Response> {
        let expired = *self.links.lock().unwrap().get(path)?;
        Some(if expired || method != "GET" {
            (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain")], "Not Found").into_response()
        } else {
            (StatusCode::OK, [(header::CONTENT_TYPE, "video/mp4")], CLIP_MP4).into_response()
        })
    }
}

fn ok_json(status: StatusCode, body: Value) -> Response {
    (status, [("x-request-id", "req-fake")], axum::Json(body)).into_response()
}

#[cfg(test)]
mod tests {
    use serde_json::{Map, json};

    use super::*;
    use crate::xai::rules;

    fn params(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn the_fixed_clip_is_a_fast_start_mp4() {
        assert_eq!(&CLIP_MP4[4..8], b"ftyp");
        let find = |tag: &[u8]| CLIP_MP4.windows(4).position(|w| w == tag).unwrap();
        assert!(find(b"moov") < find(b"mdat"));
    }

    #[test]
    fn the_submit_body_is_checked_like_the_real_api() {
        let png = crate::xai::picture_png();
        let uri = format!("data:image/png;base64,{}", super::super::answers::base64_encode(&png));
        let good = rules::video(&params(json!({"model": "grok-imagine-video", "prompt": "a fox", "duration": 8, "resolution": "720p",
                                                  "image": {"url": uri}})))
        .unwrap();
        assert_eq!((good.duration, good.first_frame.as_deref()), (8, Some(png.as_slice())));
        assert!(
            rules::video(&params(json!({"model": "grok-imagine-video", "prompt": "a fox", "seconds": "6", "aspect_ratio": "1:1"}))).is_ok()
        );
        let bad = [
            (json!({"prompt": "a fox"}), 422),
            (json!({"model": "grok-imagine-image", "prompt": "a fox"}), 404),
            (json!({"model": "grok-imagine-video"}), 400),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "duration": 16}), 400),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "duration": "long"}), 422),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "resolution": "4k"}), 422),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "aspect_ratio": "21:9"}), 422),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "n": 1}), 422),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "image": {"url": "data:image/gif;base64,R0lG"}}), 400),
            (json!({"model": "grok-imagine-video", "prompt": "a fox", "image": "data:image/png;base64,AAAA"}), 422),
        ];
        for (body, status) in bad {
            assert_eq!(rules::video(&params(body.clone())).unwrap_err().status, status, "{body}");
        }
    }

    #[test]
    fn a_job_walks_its_script_and_its_link_serves_until_expired() {
        let videos = Videos::new();
        videos.set_script(vec![VideoStep::PendingEmpty, VideoStep::Done]);
        assert_eq!(videos.submit().status(), StatusCode::OK);
        let id = videos.request_ids().pop().unwrap();
        assert_eq!(videos.poll(&id, "http://cdn").status(), StatusCode::ACCEPTED);
        assert_eq!(videos.poll(&id, "http://cdn").status(), StatusCode::OK);
        assert_eq!(videos.poll(&id, "http://cdn").status(), StatusCode::OK, "the last step repeats");
        assert_eq!(videos.polls(&id), 3);
        let path = format!("/xai-vidgen-bucket/xai-video-{id}.mp4");
        assert_eq!(videos.serve("GET", &path).unwrap().status(), StatusCode::OK);
        assert_eq!(videos.serve("GET", &path).unwrap().status(), StatusCode::OK, "a clip link serves more than once");
        videos.expire_links();
        assert_eq!(videos.serve("GET", &path).unwrap().status(), StatusCode::NOT_FOUND);
        assert!(videos.serve("GET", "/xai-imgen/other.png").is_none());
        assert_eq!(videos.poll("unknown", "http://cdn").status(), StatusCode::NOT_FOUND);
    }
}

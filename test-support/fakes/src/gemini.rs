//! A fake Gemini API on `127.0.0.1:0` for the provider tests. It serves
//! `POST {prefix}/v1beta/models/{model}:generateContent`, checks the
//! `x-goog-api-key` header and every request the way the real API does
//! (`rules`: Google's error bodies for a missing or bad key, an unknown
//! model, unknown fields, bad parts), records every request, and answers a
//! real PNG as an `inlineData` part (image models) or the story text (text
//! models). Faults on demand: 429 `RESOURCE_EXHAUSTED` with `RetryInfo`,
//! 503 `UNAVAILABLE`, a malformed JSON body, safety-blocked 200s, and 200s
//! without a picture that are no block (text only, `NO_IMAGE`, no candidate).
//!
//! Veo (`video`): `predictLongRunning` checked and recorded, each operation
//! polled through a scripted sequence ([`VeoScript`]: pending N times then a
//! download link on the fake's own origin that needs the key and serves a real
//! MP4, inline bytes, failed, safety-filtered, never finished, a link
//! elsewhere, a malformed operation name).

mod answers;
mod rules;
mod video;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::response::Response;
use serde_json::Value;

pub use rules::ApiError;
pub use video::{CLIP, VeoScript};

/// Standard base64 with padding (how a test spells the photos it expects on the wire).
pub fn base64_encode(bytes: &[u8]) -> String {
    answers::base64_encode(bytes)
}

/// The key the fake accepts.
pub const KEY: &str = "gm-test";

/// A scene the text models answer with unless told otherwise.
pub const SCENE: &str = r#"{"title":"The Lantern Fox","text":"A small fox found a lantern glowing in the snow.","image_prompt":"a small fox holding a lantern in the snow","choices":["Follow the light","Knock on the door","Call a friend"],"is_ending":false}"#;

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: Option<String>,
    /// Names lower-case, in arrival order.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The body as JSON (panics when it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{} body is not JSON: {e}", self.path))
    }
}

/// A failure to answer the next valid request with (after the key check).
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 `RESOURCE_EXHAUSTED` with a `RetryInfo` detail carrying this `retryDelay` (none = no RetryInfo).
    RateLimited { retry_delay: Option<String> },
    /// 503 `UNAVAILABLE` ("The model is overloaded").
    Unavailable,
    /// 200 with a body that is not JSON.
    MalformedJson,
    /// 200 with no candidates and `promptFeedback.blockReason` (e.g. "SAFETY").
    PromptBlocked(String),
    /// 200 with a candidate that has this `finishReason` (e.g. "IMAGE_SAFETY", "NO_IMAGE") and no image.
    NoImage(String),
    /// 200 with a candidate whose only part is this text, with this `finishReason` (e.g. "STOP"): no image.
    TextOnly { text: String, finish_reason: String },
    /// 200 with `candidates: []` and no `promptFeedback.blockReason`.
    NoCandidates,
}

struct Fake {
    key: String,
    prefix: String,
    png: Vec<u8>,
    story_reply: Mutex<String>,
    requests: Mutex<Vec<Recorded>>,
    faults: Mutex<VecDeque<Fault>>,
    /// `http://addr{prefix}`, for the download links of finished clips.
    base_url: String,
    jobs: Mutex<video::Jobs>,
}

/// A running fake; stops when dropped.
pub struct FakeGemini {
    pub addr: SocketAddr,
    fake: Arc<Fake>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeGemini {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeGemini {
    /// Accepts `KEY` at the root, like `https://generativelanguage.googleapis.com`.
    pub async fn start() -> FakeGemini {
        Self::start_with(KEY, "").await
    }

    /// Accepts `key` under `prefix` (e.g. `/proxy/google`).
    pub async fn start_with(key: &str, prefix: &str) -> FakeGemini {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let prefix = prefix.trim_end_matches('/').to_string();
        let fake = Arc::new(Fake {
            key: key.to_string(),
            base_url: format!("http://{addr}{prefix}"),
            prefix,
            jobs: Mutex::new(video::Jobs::default()),
            png: answers::png(),
            story_reply: Mutex::new(SCENE.to_string()),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(VecDeque::new()),
        });
        let app = axum::Router::new().fallback(handle).with_state(Arc::clone(&fake));
        let task = tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        FakeGemini { addr, fake, task }
    }

    /// The value for `GEMINI_BASE_URL` (no version in it).
    pub fn base_url(&self) -> String {
        self.fake.base_url.clone()
    }

    /// Play `script` for the next submitted Veo operation (unscripted ones: pending twice, then a link).
    pub fn push_video(&self, script: VeoScript) {
        self.fake.jobs.lock().unwrap().push(script);
    }

    /// Play `script` for the started operation `name` from its next poll on (its
    /// pending polls count from then). Panics when the fake never started `name`.
    pub fn rescript_video(&self, name: &str, script: VeoScript) {
        assert!(self.fake.jobs.lock().unwrap().rescript(name, script), "no operation {name}");
    }

    /// The names of every started Veo operation, oldest first.
    pub fn operations(&self) -> Vec<String> {
        self.fake.jobs.lock().unwrap().names()
    }

    /// How many times the operation `name` was polled (`None`: the fake never started it).
    pub fn polls(&self, name: &str) -> Option<u32> {
        self.fake.jobs.lock().unwrap().polls(name)
    }

    /// Every `predictLongRunning` request so far, oldest first.
    pub fn video_submissions(&self) -> Vec<Recorded> {
        self.requests().into_iter().filter(|r| r.path.ends_with(":predictLongRunning")).collect()
    }

    /// Every request so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.fake.requests.lock().unwrap().clone()
    }

    /// The most recent request.
    pub fn last(&self) -> Recorded {
        self.requests().pop().expect("the fake Gemini received a request")
    }

    /// Answer the next valid request with `fault`.
    pub fn push_fault(&self, fault: Fault) {
        self.fake.faults.lock().unwrap().push_back(fault);
    }

    /// The PNG every image call returns.
    pub fn png(&self) -> Vec<u8> {
        self.fake.png.clone()
    }

    /// What the text models answer from now on.
    pub fn set_story_reply(&self, content: &str) {
        *self.fake.story_reply.lock().unwrap() = content.to_string();
    }
}

async fn handle(State(fake): State<Arc<Fake>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 64 * 1024 * 1024).await.map(|b| b.to_vec()).unwrap_or_default();
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
    let recorded = Recorded {
        method: parts.method.to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().map(str::to_string),
        headers,
        body,
    };
    fake.requests.lock().unwrap().push(recorded.clone());
    answer(&fake, &recorded).unwrap_or_else(|err| answers::error_response(&err))
}

fn answer(fake: &Fake, req: &Recorded) -> Result<Response, ApiError> {
    let Some(rest) = req.path.strip_prefix(&fake.prefix).and_then(|p| p.strip_prefix("/v1beta/")) else {
        return Ok(answers::not_found_page(&req.method, &req.path));
    };
    if let Some(answer) = video_answer(fake, req, rest) {
        return answer;
    }
    let model = Some(rest)
        .and_then(|p| p.strip_prefix("models/"))
        .and_then(|p| p.strip_suffix(":generateContent"))
        .filter(|m| !m.is_empty() && !m.contains('/') && req.method == "POST");
    let Some(model) = model else {
        return Ok(answers::not_found_page(&req.method, &req.path));
    };
    rules::check_key(&fake.key, req)?;
    let kind = rules::model_kind(model)?;
    let params = rules::json_body(req.header("content-type").unwrap_or(""), &req.body)?;
    let wants_image = rules::generate_content(kind, &params)?;
    if let Some(fault) = fake.faults.lock().unwrap().pop_front() {
        return Ok(answers::fault_response(&fault));
    }
    Ok(if wants_image { answers::image_answer(model, &fake.png) } else { answers::text_answer(model, &fake.story_reply.lock().unwrap()) })
}

/// The Veo paths under `/v1beta/` (`rest`): submit, poll, download; `None` for any other path.
fn video_answer(fake: &Fake, req: &Recorded, rest: &str) -> Option<Result<Response, ApiError>> {
    let simple = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if let Some(model) = rest.strip_prefix("models/").and_then(|p| p.strip_suffix(":predictLongRunning")).filter(|m| simple(m)) {
        if req.method != "POST" {
            return Some(Ok(answers::not_found_page(&req.method, &req.path)));
        }
        return Some((|| {
            rules::check_key(&fake.key, req)?;
            if !video::is_veo(model) {
                return Err(rules::google_error(
                    404,
                    &format!("models/{model} is not found for API version v1beta, or is not supported for predictLongRunning."),
                    vec![],
                ));
            }
            let params = rules::json_body(req.header("content-type").unwrap_or(""), &req.body)?;
            video::check_submit(model, &params)?;
            if let Some(fault) = fake.faults.lock().unwrap().pop_front() {
                return Ok(answers::fault_response(&fault));
            }
            Ok(video::start(&mut fake.jobs.lock().unwrap(), model))
        })());
    }
    let segments: Vec<&str> = rest.split('/').collect();
    if let ["models", model, "operations", id] = segments.as_slice()
        && simple(model)
        && simple(id)
    {
        if req.method != "GET" {
            return Some(Ok(answers::not_found_page(&req.method, &req.path)));
        }
        return Some(rules::check_key(&fake.key, req).and_then(|()| video::poll(&mut fake.jobs.lock().unwrap(), rest, &fake.base_url)));
    }
    if let Some(file) = rest.strip_prefix("files/").and_then(|p| p.strip_suffix(":download")).filter(|f| simple(f)) {
        if req.method != "GET" {
            return Some(Ok(answers::not_found_page(&req.method, &req.path)));
        }
        return Some(rules::check_key(&fake.key, req).and_then(|()| video::download(&fake.jobs.lock().unwrap(), file, req)));
    }
    None
}

//! A fake Anthropic Messages API on `127.0.0.1:0` for the provider tests. It
//! serves `POST {prefix}/v1/messages` (no prefix by default), checks the
//! `x-api-key` and `anthropic-version` headers and the body the way the real
//! API does (`rules`), answers with a scene as the text block structured
//! output returns, records each request (method, path, headers, raw body) for
//! the tests' assertions, and injects faults on demand (429 with
//! `retry-after`, 529 overloaded, 500, a malformed JSON body, a refusal).
//! Replies can be queued one per call to script a repair round.

mod answers;
mod rules;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::response::Response;
use serde_json::{Map, Value};

use answers::{error_response, fault_response, message};

pub use rules::{ApiError, api_error};

/// The key the fake accepts unless told otherwise.
pub const KEY: &str = "sk-ant-test";

/// A scene the endpoint answers with unless told otherwise.
pub const SCENE: &str = r#"{"title":"The Moonlit Otter","text":"A little otter found a silver shell that hummed a tune.","image_prompt":"a little otter holding a silver shell by a moonlit river","choices":["Follow the tune","Show a friend","Put the shell back"],"is_ending":false}"#;

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
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

/// A failure to answer the next valid-key request with.
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 `rate_limit_error`, with this `retry-after` header.
    RateLimited { retry_after: Option<String> },
    /// 529 `overloaded_error`.
    Overloaded,
    /// 500 `api_error`.
    ServerError,
    /// 200 with a body that is not JSON.
    MalformedJson,
    /// 200 with `stop_reason: "refusal"`.
    Refusal,
}

struct Fake {
    key: String,
    prefix: String,
    story_reply: Mutex<String>,
    /// One-shot replies, used before `story_reply`.
    story_replies: Mutex<VecDeque<String>>,
    requests: Mutex<Vec<Recorded>>,
    faults: Mutex<VecDeque<Fault>>,
}

/// A running fake; stops when dropped.
pub struct FakeAnthropic {
    pub addr: SocketAddr,
    fake: Arc<Fake>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeAnthropic {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeAnthropic {
    /// Accepts `KEY` at the root.
    pub async fn start() -> FakeAnthropic {
        Self::start_with(KEY, "").await
    }

    /// Accepts `key` under `prefix` (e.g. `/proxy/anthropic`).
    pub async fn start_with(key: &str, prefix: &str) -> FakeAnthropic {
        let fake = Arc::new(Fake {
            key: key.to_string(),
            prefix: prefix.trim_end_matches('/').to_string(),
            story_reply: Mutex::new(SCENE.to_string()),
            story_replies: Mutex::new(VecDeque::new()),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(VecDeque::new()),
        });
        let app = axum::Router::new().fallback(handle).with_state(Arc::clone(&fake));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FakeAnthropic { addr, fake, task }
    }

    /// The value for `ANTHROPIC_BASE_URL` (no version, like the SDK's).
    pub fn base_url(&self) -> String {
        format!("http://{}{}", self.addr, self.fake.prefix)
    }

    /// Every request so far, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.fake.requests.lock().unwrap().clone()
    }

    /// The most recent request.
    pub fn last(&self) -> Recorded {
        self.requests().pop().expect("the fake received a request")
    }

    /// Answer the next request that passes the key check with `fault`.
    pub fn push_fault(&self, fault: Fault) {
        self.fake.faults.lock().unwrap().push_back(fault);
    }

    /// What the endpoint answers from now on.
    pub fn set_story_reply(&self, content: &str) {
        *self.fake.story_reply.lock().unwrap() = content.to_string();
    }

    /// Answer the next valid call with `content` (queued replies go first, then `set_story_reply`'s).
    pub fn push_story_reply(&self, content: &str) {
        self.fake.story_replies.lock().unwrap().push_back(content.to_string());
    }
}

async fn handle(State(fake): State<Arc<Fake>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 32 * 1024 * 1024).await.map(|b| b.to_vec()).unwrap_or_default();
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
    let recorded = Recorded { method: parts.method.to_string(), path: parts.uri.path().to_string(), headers, body };
    fake.requests.lock().unwrap().push(recorded.clone());
    match answer(&fake, &recorded) {
        Ok(response) => response,
        Err(err) => error_response(&err, &[]),
    }
}

fn answer(fake: &Fake, req: &Recorded) -> Result<Response, ApiError> {
    let endpoint = req.path.strip_prefix(&fake.prefix).filter(|_| req.method == "POST");
    if endpoint != Some("/v1/messages") {
        return Err(api_error(404, "not_found_error", "Not Found"));
    }
    check_key(fake, req)?;
    rules::version(req.header("anthropic-version"))?;
    let params = json_params(req)?;
    let model = params.get("model").and_then(Value::as_str).unwrap_or("claude-sonnet-4-5").to_string();
    if let Some(fault) = fake.faults.lock().unwrap().pop_front() {
        return Ok(fault_response(fault, &model));
    }
    let model = rules::messages(&params)?;
    let queued = fake.story_replies.lock().unwrap().pop_front();
    Ok(message(&model, &queued.unwrap_or_else(|| fake.story_reply.lock().unwrap().clone()), "end_turn"))
}

/// `x-api-key: <key>`, with the real 401 bodies.
fn check_key(fake: &Fake, req: &Recorded) -> Result<(), ApiError> {
    match req.header("x-api-key") {
        None | Some("") => Err(api_error(401, "authentication_error", "x-api-key header is required")),
        Some(key) if key != fake.key => Err(api_error(401, "authentication_error", "invalid x-api-key")),
        Some(_) => Ok(()),
    }
}

/// The JSON object of the body; the texts are the fake's own approximation.
fn json_params(req: &Recorded) -> Result<Map<String, Value>, ApiError> {
    let content_type = req.header("content-type").unwrap_or("");
    if !content_type.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")) {
        return Err(rules::invalid(&format!("Invalid content-type header ({content_type}); expected application/json")));
    }
    match serde_json::from_slice(&req.body) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(rules::invalid("Input should be a valid dictionary or object to extract fields from")),
        Err(e) => Err(rules::invalid(&format!("There was an error parsing the body: {e}"))),
    }
}

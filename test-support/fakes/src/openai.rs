//! A fake OpenAI API on `127.0.0.1:0` for the provider tests. It serves
//! `POST {prefix}/images/generations`, `{prefix}/images/edits` and
//! `{prefix}/chat/completions` (prefix `/v1` by default), checks the bearer key
//! and every request the way the real API does (`rules`), answers with a real
//! PNG, records each request (method, path, headers, raw body) for the tests'
//! assertions, and injects faults on demand (429 with `Retry-After`, 500, a
//! malformed JSON body, a moderation refusal).

mod answers;
mod form;
mod rules;

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use serde_json::{Map, Value};

use answers::{chat_answer, error_response, fault_response, image_answer};

pub use form::FormPart;
pub use rules::{ApiError, api_error};

/// The key the fake accepts unless told otherwise.
pub const KEY: &str = "sk-test";

/// A scene the chat endpoint answers with unless told otherwise.
pub const SCENE: &str = r#"{"title":"The Lantern Fox","text":"A small fox found a lantern glowing in the snow.","image_prompt":"a small fox holding a lantern in the snow","choices":["Follow the light","Knock on the door","Call a friend"],"is_ending":false}"#;

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

    /// The multipart parts (panics when the body is not a well-formed form).
    pub fn form(&self) -> Vec<FormPart> {
        let boundary = self.header("content-type").and_then(form::boundary).expect("a multipart/form-data content type");
        form::parse(&self.body, &boundary).unwrap_or_else(|e| panic!("malformed multipart body: {e}"))
    }
}

/// A failure to answer the next request with (after the key check).
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 `rate_limit_exceeded`, with these `retry-after` / `retry-after-ms` headers.
    RateLimited { retry_after: Option<String>, retry_after_ms: Option<String> },
    /// 500 `server_error`.
    ServerError,
    /// 200 with a body that is not JSON.
    MalformedJson,
    /// 400 `moderation_blocked`.
    Moderation,
}

struct Fake {
    key: String,
    prefix: String,
    png: Vec<u8>,
    story_reply: Mutex<String>,
    requests: Mutex<Vec<Recorded>>,
    faults: Mutex<VecDeque<Fault>>,
    /// How long every answer waits before it is sent (a slow provider).
    delay: Mutex<Option<std::time::Duration>>,
}

/// A running fake; stops when dropped.
pub struct FakeOpenAi {
    pub addr: SocketAddr,
    fake: Arc<Fake>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeOpenAi {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl FakeOpenAi {
    /// Accepts `KEY` under `/v1`.
    pub async fn start() -> FakeOpenAi {
        Self::start_with(KEY, "/v1").await
    }

    /// Accepts `key` under `prefix` (e.g. `/proxy/openai/v1`).
    pub async fn start_with(key: &str, prefix: &str) -> FakeOpenAi {
        let fake = Arc::new(Fake {
            key: key.to_string(),
            prefix: prefix.trim_end_matches('/').to_string(),
            png: answers::png(),
            story_reply: Mutex::new(SCENE.to_string()),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(VecDeque::new()),
            delay: Mutex::new(None),
        });
        let app = axum::Router::new().fallback(handle).with_state(Arc::clone(&fake));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let task = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        FakeOpenAi { addr, fake, task }
    }

    /// The value for `OPENAI_BASE_URL`.
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

    /// Answer the next request with `fault`.
    /// Make every answer from now on wait `delay` first (None: answer at once).
    pub fn set_delay(&self, delay: Option<std::time::Duration>) {
        *self.fake.delay.lock().unwrap() = delay;
    }

    pub fn push_fault(&self, fault: Fault) {
        self.fake.faults.lock().unwrap().push_back(fault);
    }

    /// The PNG every image call returns.
    pub fn png(&self) -> Vec<u8> {
        self.fake.png.clone()
    }

    /// What the chat endpoint answers from now on.
    pub fn set_story_reply(&self, content: &str) {
        *self.fake.story_reply.lock().unwrap() = content.to_string();
    }
}

async fn handle(State(fake): State<Arc<Fake>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 64 * 1024 * 1024).await.map(|b| b.to_vec()).unwrap_or_default();
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
    let recorded = Recorded { method: parts.method.to_string(), path: parts.uri.path().to_string(), headers, body };
    fake.requests.lock().unwrap().push(recorded.clone());
    let delay = *fake.delay.lock().unwrap();
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    match answer(&fake, &recorded, &parts.headers) {
        Ok(response) => response,
        Err(err) => error_response(&err, &[]),
    }
}

fn answer(fake: &Fake, req: &Recorded, headers: &HeaderMap) -> Result<Response, ApiError> {
    let endpoint = req.path.strip_prefix(&fake.prefix).filter(|_| req.method == "POST");
    let endpoint = match endpoint {
        Some(e @ ("/images/generations" | "/images/edits" | "/chat/completions")) => e,
        _ => {
            let message = format!("Invalid URL ({} {})", req.method, req.path);
            return Err(api_error(404, &message, "invalid_request_error", None, None));
        }
    };
    check_key(fake, headers)?;
    if let Some(fault) = fake.faults.lock().unwrap().pop_front() {
        return Ok(fault_response(fault));
    }
    let content_type = req.header("content-type").unwrap_or("");
    match endpoint {
        "/images/generations" => {
            let order = rules::generation(&json_params(content_type, &req.body)?)?;
            Ok(image_answer(&fake.png, &order))
        }
        "/images/edits" => {
            let boundary = form::boundary(content_type).ok_or_else(|| {
                let message = format!("Invalid Content-Type header ({content_type}), expected multipart/form-data.");
                api_error(400, &message, "invalid_request_error", None, None)
            })?;
            let parts = form::parse(&req.body, &boundary)
                .map_err(|e| api_error(400, &format!("Could not parse multipart form: {e}"), "invalid_request_error", None, None))?;
            let (order, _images) = rules::edit(&parts)?;
            Ok(image_answer(&fake.png, &order))
        }
        _ => {
            let model = rules::chat(&json_params(content_type, &req.body)?)?;
            Ok(chat_answer(&model, &fake.story_reply.lock().unwrap()))
        }
    }
}

/// `Authorization: Bearer <key>`, with the real 401 bodies.
fn check_key(fake: &Fake, headers: &HeaderMap) -> Result<(), ApiError> {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
    let Some(key) = value.strip_prefix("Bearer ").filter(|k| !k.is_empty()) else {
        return Err(api_error(
            401,
            "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth \
             (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API \
             from your browser and are prompted for a username and password. You can obtain an API key from \
             https://platform.openai.com/account/api-keys.",
            "invalid_request_error",
            None,
            None,
        ));
    };
    if key != fake.key {
        let message = format!(
            "Incorrect API key provided: {}. You can find your API key at https://platform.openai.com/account/api-keys.",
            masked(key)
        );
        return Err(api_error(401, &message, "invalid_request_error", None, Some("invalid_api_key")));
    }
    Ok(())
}

/// `sk-abc***xyz`, as the real message shows a wrong key.
fn masked(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= 8 {
        return "***".into();
    }
    format!("{}***{}", chars[..6].iter().collect::<String>(), chars[chars.len() - 3..].iter().collect::<String>())
}

/// The JSON object of a JSON endpoint. The wrong-content-type text is the fake's
/// own (the contract has no capture of it); the unparseable-body text is the real one.
fn json_params(content_type: &str, body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if !content_type.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")) {
        let message = format!("Invalid Content-Type header ({content_type}), expected application/json.");
        return Err(api_error(400, &message, "invalid_request_error", None, None));
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(rules::unparseable_json()),
    }
}

//! A fake OpenAI API on `127.0.0.1:0` for the provider tests. It serves
//! `POST {prefix}/images/generations`, `{prefix}/images/edits` and
//! `{prefix}/chat/completions` (prefix `/v1` by default), checks the bearer key
//! and every request the way the real API does (`rules`), answers with a real
//! PNG, records each request (listener, method, path, headers, raw body) for
//! the tests' assertions, and injects faults on demand (429 with
//! `Retry-After`, 500, a malformed JSON body, a moderation refusal, 200s that
//! hold no picture, an expired link).
//!
//! Like an OpenAI-compatible gateway, it can answer pictures with a link
//! (`data[0].url`) instead of `b64_json` ([`FakeOpenAi::set_picture_links`]):
//! on its own origin (`GET {prefix}/files/…`, served only with the key, like a
//! gateway's file endpoint) or on a second listener standing in for a CDN
//! (no key needed). Each link is served once, then answers 404 like an
//! expired temporary link. Story replies can be queued one per call
//! ([`FakeOpenAi::push_story_reply`]) to script a repair round.

mod answers;
mod form;
mod rules;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use answers::{chat_answer, error_response, fault_response, image_answer, link_answer};

pub use form::FormPart;
pub use rules::{ApiError, api_error};

/// The key the fake accepts unless told otherwise.
pub const KEY: &str = "sk-test";

/// A scene the chat endpoint answers with unless told otherwise.
pub const SCENE: &str = r#"{"title":"The Lantern Fox","text":"A small fox found a lantern glowing in the snow.","image_prompt":"a small fox holding a lantern in the snow","choices":["Follow the light","Knock on the door","Call a friend"],"is_ending":false}"#;

/// Which listener took a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Server {
    /// The API's own origin (`base_url()`).
    Api,
    /// The second origin, standing in for a gateway's file CDN (`cdn_url()`).
    Cdn,
}

/// One request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub server: Server,
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
    /// 429 `insufficient_quota`: the account is out of credit (contract §1.5; waiting does not help).
    InsufficientQuota,
    /// 200 with `data: []`: no picture, and not a moderation block (OpenAI sends those as a 400).
    EmptyData,
    /// 200 with `data: [{"revised_prompt": …}]`: an entry with neither `b64_json` nor `url`.
    NeitherField,
    /// 200 with `data: [{"b64_json": ""}]`.
    EmptyB64,
    /// 200 with a link on this listener that has already been served once (so it answers 404).
    ExpiredLink(Server),
}

struct Fake {
    key: String,
    prefix: String,
    png: Vec<u8>,
    cdn_addr: Mutex<Option<SocketAddr>>,
    api_addr: Mutex<Option<SocketAddr>>,
    /// Answer pictures as a link on this listener instead of `b64_json`.
    links_on: Mutex<Option<Server>>,
    next_link: AtomicU32,
    /// Link path → already served.
    links: Mutex<HashMap<String, bool>>,
    story_reply: Mutex<String>,
    /// One-shot story replies, used before `story_reply`.
    story_replies: Mutex<VecDeque<String>>,
    requests: Mutex<Vec<Recorded>>,
    faults: Mutex<VecDeque<Fault>>,
    /// How long every answer waits before it is sent (a slow provider).
    delay: Mutex<Option<std::time::Duration>>,
}

/// A running fake (API and CDN listeners); stops when dropped.
pub struct FakeOpenAi {
    pub addr: SocketAddr,
    pub cdn_addr: SocketAddr,
    fake: Arc<Fake>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for FakeOpenAi {
    fn drop(&mut self) {
        self.tasks.iter().for_each(tokio::task::JoinHandle::abort);
    }
}

async fn serve(app: axum::Router) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    (addr, tokio::spawn(async move { axum::serve(listener, app).await.unwrap() }))
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
            cdn_addr: Mutex::new(None),
            api_addr: Mutex::new(None),
            links_on: Mutex::new(None),
            next_link: AtomicU32::new(1),
            links: Mutex::new(HashMap::new()),
            story_reply: Mutex::new(SCENE.to_string()),
            story_replies: Mutex::new(VecDeque::new()),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(VecDeque::new()),
            delay: Mutex::new(None),
        });
        let (addr, api) = serve(axum::Router::new().fallback(handle).with_state(Arc::clone(&fake))).await;
        let (cdn_addr, cdn) = serve(axum::Router::new().fallback(handle_cdn).with_state(Arc::clone(&fake))).await;
        *fake.api_addr.lock().unwrap() = Some(addr);
        *fake.cdn_addr.lock().unwrap() = Some(cdn_addr);
        FakeOpenAi { addr, cdn_addr, fake, tasks: vec![api, cdn] }
    }

    /// The value for `OPENAI_BASE_URL`.
    pub fn base_url(&self) -> String {
        format!("http://{}{}", self.addr, self.fake.prefix)
    }

    /// The origin of the second listener, for `OPENAI_IMAGE_CDN_URL`.
    pub fn cdn_url(&self) -> String {
        format!("http://{}", self.cdn_addr)
    }

    /// Every request so far on both listeners, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.fake.requests.lock().unwrap().clone()
    }

    /// The most recent request to the API listener.
    pub fn last(&self) -> Recorded {
        self.requests().into_iter().rev().find(|r| r.server == Server::Api).expect("the fake received a request")
    }

    /// The requests to `{prefix}/chat/completions` so far (each one a paid story call).
    pub fn story_calls(&self) -> Vec<Recorded> {
        let path = format!("{}/chat/completions", self.fake.prefix);
        self.requests().into_iter().filter(|r| r.server == Server::Api && r.path == path).collect()
    }

    /// Answer pictures with a link on `server`'s origin from now on (None: `b64_json` again).
    pub fn set_picture_links(&self, server: Option<Server>) {
        *self.fake.links_on.lock().unwrap() = server;
    }

    /// Answer the next story call with `content` (queued replies go first, then `set_story_reply`'s).
    pub fn push_story_reply(&self, content: &str) {
        self.fake.story_replies.lock().unwrap().push_back(content.to_string());
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
    let recorded = Recorded { server: Server::Api, method: parts.method.to_string(), path: parts.uri.path().to_string(), headers, body };
    fake.requests.lock().unwrap().push(recorded.clone());
    if recorded.method == "GET" && recorded.path.starts_with(&format!("{}/files/", fake.prefix)) {
        // A gateway's file endpoint: only with the key.
        return match check_key(&fake, &parts.headers) {
            Ok(()) => serve_link(&fake, &recorded),
            Err(err) => error_response(&err, &[]),
        };
    }
    let delay = *fake.delay.lock().unwrap();
    if let Some(delay) = delay {
        tokio::time::sleep(delay).await;
    }
    match answer(&fake, &recorded, &parts.headers) {
        Ok(response) => response,
        Err(err) => error_response(&err, &[]),
    }
}

/// The CDN stand-in: records the request and serves each link once.
async fn handle_cdn(State(fake): State<Arc<Fake>>, request: Request) -> Response {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 1024 * 1024).await.map(|b| b.to_vec()).unwrap_or_default();
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
    let recorded = Recorded { server: Server::Cdn, method: parts.method.to_string(), path: parts.uri.path().to_string(), headers, body };
    fake.requests.lock().unwrap().push(recorded.clone());
    serve_link(&fake, &recorded)
}

/// A link's PNG the first time it is fetched, 404 afterwards (or for an unknown path).
fn serve_link(fake: &Fake, req: &Recorded) -> Response {
    let fresh = req.method == "GET" && fake.links.lock().unwrap().get_mut(&req.path).is_some_and(|served| !std::mem::replace(served, true));
    if fresh {
        (StatusCode::OK, [(header::CONTENT_TYPE, "image/png")], fake.png.clone()).into_response()
    } else {
        (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain")], "Not Found").into_response()
    }
}

/// A new link on `server`'s listener, already spent when `expired`.
fn new_link(fake: &Fake, server: Server, expired: bool) -> String {
    let n = fake.next_link.fetch_add(1, Ordering::SeqCst);
    let (addr, path) = match server {
        Server::Api => (fake.api_addr.lock().unwrap().expect("the API listener is up"), format!("{}/files/img-{n:06}.png", fake.prefix)),
        Server::Cdn => (fake.cdn_addr.lock().unwrap().expect("the CDN listener is up"), format!("/oai-tmp/img-{n:06}.png")),
    };
    fake.links.lock().unwrap().insert(path.clone(), expired);
    format!("http://{addr}{path}")
}

/// The answer to an accepted image request: a link when links are on, else `b64_json`.
fn picture(fake: &Fake, order: &rules::ImageOrder) -> Response {
    match *fake.links_on.lock().unwrap() {
        Some(server) if !order.model.starts_with("dall-e") => link_answer(&new_link(fake, server, false), &order.size),
        _ => image_answer(&fake.png, order),
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
        return Ok(match fault {
            Fault::ExpiredLink(server) => link_answer(&new_link(fake, server, true), "1024x1024"),
            other => fault_response(other),
        });
    }
    let content_type = req.header("content-type").unwrap_or("");
    match endpoint {
        "/images/generations" => {
            let order = rules::generation(&json_params(content_type, &req.body)?)?;
            Ok(picture(fake, &order))
        }
        "/images/edits" => {
            let boundary = form::boundary(content_type).ok_or_else(|| {
                let message = format!("Invalid Content-Type header ({content_type}), expected multipart/form-data.");
                api_error(400, &message, "invalid_request_error", None, None)
            })?;
            let parts = form::parse(&req.body, &boundary)
                .map_err(|e| api_error(400, &format!("Could not parse multipart form: {e}"), "invalid_request_error", None, None))?;
            let (order, _images) = rules::edit(&parts)?;
            Ok(picture(fake, &order))
        }
        _ => {
            let model = rules::chat(&json_params(content_type, &req.body)?)?;
            let queued = fake.story_replies.lock().unwrap().pop_front();
            Ok(chat_answer(&model, &queued.unwrap_or_else(|| fake.story_reply.lock().unwrap().clone())))
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

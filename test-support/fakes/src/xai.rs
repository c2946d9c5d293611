//! A fake xAI API on `127.0.0.1:0` for the provider tests. It serves
//! `POST {prefix}/images/generations`, `{prefix}/images/edits` (JSON) and
//! `{prefix}/chat/completions` (prefix `/v1` by default), checks the bearer key
//! and every request the way the real API does (`rules`), and answers with a
//! real PNG in `b64_json`, or, in url mode (asked for or forced), with a
//! temporary link on a second listener standing in for `imgen.x.ai`, which
//! serves each picture once and answers 404 afterwards. It records every
//! request on both listeners and injects faults on demand (429 with
//! `Retry-After`, 500, a malformed JSON body, a withheld picture in both of
//! xAI's moderation shapes, 200s without a picture that are not moderation,
//! an expired link).
//!
//! Video (contract §3, module `video`): `POST {prefix}/videos/generations`
//! checked like the real API and recorded, `GET {prefix}/videos/{request_id}`
//! answering each job's scripted sequence (pending several times then done
//! by default; failed, expired, moderated, legacy on demand), with finished
//! clips (a real small MP4) on the CDN listener standing in for `vidgen.x.ai`.

mod answers;
mod rules;
mod video;

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use axum::body::to_bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value};

use answers::{b64_answer, chat_answer, error_response, fault_response, url_answer};

pub use rules::{ApiError, api_error};
pub use video::{CLIP_MP4, VideoStep, default_script};

/// Standard base64 with padding, strictly (for reading the data URLs a test got).
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    answers::base64_decode(text)
}

/// The 64×64 PNG the image endpoints answer with (also the picture the fixed clip was made from).
pub fn picture_png() -> Vec<u8> {
    answers::png()
}

/// The key the fake accepts.
pub const KEY: &str = "xai-test";

/// A scene the chat endpoint answers with unless told otherwise.
pub const SCENE: &str = r#"{"title":"The Lantern Fox","text":"A small fox found a lantern glowing in the snow.","image_prompt":"a small fox holding a lantern in the snow","choices":["Follow the light","Knock on the door","Call a friend"],"is_ending":false}"#;

/// Which listener took a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Server {
    Api,
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

    /// Whether this request carried a key: any `Authorization` header, right or wrong.
    pub fn carried_key(&self) -> bool {
        self.headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("authorization"))
    }

    /// The body as JSON (panics when it is not).
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{} body is not JSON: {e}", self.path))
    }
}

/// A failure to answer the next API request with (after the key check).
#[derive(Debug, Clone)]
pub enum Fault {
    /// 429 with this `retry-after` header.
    RateLimited { retry_after: Option<String> },
    /// 500.
    ServerError,
    /// 200 with a body that is not JSON.
    MalformedJson,
    /// 200 with `data: []`, how xAI's REST API reports a moderation block (contract §2.1).
    Withheld,
    /// 200 with an entry whose payload is empty (`b64_json: ""`), the other moderation shape (contract §2.1, vercel/ai#19168).
    EmptyPayload,
    /// 200 without the required `data` list: a deferred-style `{"request_id"}` answer (contract §2.3). Not moderation.
    NoData,
    /// 200 with an entry that reports a `storage_error` and holds no picture (spec `GeneratedImage`). Not moderation.
    StorageError,
    /// 200 with a link that has already been downloaded once (so it answers 404).
    ExpiredLink,
}

struct Fake {
    key: String,
    prefix: String,
    png: Vec<u8>,
    cdn_addr: Mutex<Option<SocketAddr>>,
    story_reply: Mutex<String>,
    requests: Mutex<Vec<Recorded>>,
    faults: Mutex<VecDeque<Fault>>,
    force_url: AtomicBool,
    next_link: AtomicU32,
    /// Link path → already served.
    links: Mutex<HashMap<String, bool>>,
    videos: video::Videos,
}

/// A running fake (API and CDN listeners); stops when dropped.
pub struct FakeXai {
    pub addr: SocketAddr,
    pub cdn_addr: SocketAddr,
    fake: Arc<Fake>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for FakeXai {
    fn drop(&mut self) {
        self.tasks.iter().for_each(tokio::task::JoinHandle::abort);
    }
}

async fn serve(app: axum::Router) -> (SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    (addr, tokio::spawn(async move { axum::serve(listener, app).await.unwrap() }))
}

impl FakeXai {
    /// Accepts `KEY` under `/v1`.
    pub async fn start() -> FakeXai {
        Self::start_with(KEY, "/v1").await
    }

    /// Accepts `key` under `prefix` (e.g. `/proxy/xai/v1`).
    pub async fn start_with(key: &str, prefix: &str) -> FakeXai {
        let fake = Arc::new(Fake {
            key: key.to_string(),
            prefix: prefix.trim_end_matches('/').to_string(),
            png: answers::png(),
            cdn_addr: Mutex::new(None),
            story_reply: Mutex::new(SCENE.to_string()),
            requests: Mutex::new(Vec::new()),
            faults: Mutex::new(VecDeque::new()),
            force_url: AtomicBool::new(false),
            next_link: AtomicU32::new(1),
            links: Mutex::new(HashMap::new()),
            videos: video::Videos::new(),
        });
        let (addr, api) = serve(axum::Router::new().fallback(handle_api).with_state(Arc::clone(&fake))).await;
        let (cdn_addr, cdn) = serve(axum::Router::new().fallback(handle_cdn).with_state(Arc::clone(&fake))).await;
        *fake.cdn_addr.lock().unwrap() = Some(cdn_addr);
        FakeXai { addr, cdn_addr, fake, tasks: vec![api, cdn] }
    }

    /// The value for `XAI_BASE_URL`.
    pub fn base_url(&self) -> String {
        format!("http://{}{}", self.addr, self.fake.prefix)
    }

    /// The value for `XAI_IMAGE_CDN_URL` (the stand-in for `https://imgen.x.ai`).
    pub fn cdn_url(&self) -> String {
        format!("http://{}", self.cdn_addr)
    }

    /// The value for `XAI_VIDEO_CDN_URL` (the stand-in for `https://vidgen.x.ai`; the same listener as the picture links).
    pub fn video_cdn_url(&self) -> String {
        self.cdn_url()
    }

    /// What video jobs submitted from now on answer, one step per poll, the last one repeating
    /// (default: [`default_script`]). Panics on an empty script.
    pub fn script_videos(&self, steps: Vec<VideoStep>) {
        self.fake.videos.set_script(steps);
    }

    /// What the existing job `request_id` answers from its next poll on.
    pub fn rescript_video(&self, request_id: &str, steps: Vec<VideoStep>) {
        self.fake.videos.rescript(request_id, steps);
    }

    /// The request ids of every accepted video job, oldest first.
    pub fn video_jobs(&self) -> Vec<String> {
        self.fake.videos.request_ids()
    }

    /// How often the job `request_id` has been polled.
    pub fn video_polls(&self, request_id: &str) -> u32 {
        self.fake.videos.polls(request_id)
    }

    /// Make every clip link handed out so far answer 404, like an expired `vidgen.x.ai` link.
    pub fn expire_video_links(&self) {
        self.fake.videos.expire_links();
    }

    /// Every `POST {prefix}/videos/generations` the API listener received (accepted or not).
    pub fn video_submissions(&self) -> Vec<Recorded> {
        let path = format!("{}/videos/generations", self.fake.prefix);
        self.requests().into_iter().filter(|r| r.server == Server::Api && r.method == "POST" && r.path == path).collect()
    }

    /// Every request so far on both listeners, oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.fake.requests.lock().unwrap().clone()
    }

    /// The most recent API request.
    pub fn last(&self) -> Recorded {
        self.requests().into_iter().rev().find(|r| r.server == Server::Api).expect("the fake API received a request")
    }

    /// Answer the next API request with `fault`.
    pub fn push_fault(&self, fault: Fault) {
        self.fake.faults.lock().unwrap().push_back(fault);
    }

    /// Answer image requests with a temporary link even when `b64_json` is asked for.
    pub fn force_url(&self, on: bool) {
        self.fake.force_url.store(on, Ordering::SeqCst);
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

async fn record(fake: &Fake, server: Server, request: Request) -> (Recorded, HeaderMap) {
    let (parts, body) = request.into_parts();
    let body = to_bytes(body, 64 * 1024 * 1024).await.map(|b| b.to_vec()).unwrap_or_default();
    let headers = parts.headers.iter().map(|(k, v)| (k.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned())).collect();
    let recorded = Recorded { server, method: parts.method.to_string(), path: parts.uri.path().to_string(), headers, body };
    fake.requests.lock().unwrap().push(recorded.clone());
    (recorded, parts.headers)
}

async fn handle_api(State(fake): State<Arc<Fake>>, request: Request) -> Response {
    let (recorded, headers) = record(&fake, Server::Api, request).await;
    answer(&fake, &recorded, &headers).unwrap_or_else(|err| error_response(&err, &[]))
}

/// The CDN stand-in: each picture link once, then 404 like an expired
/// `imgen.x.ai` link; each clip link until it is expired (`vidgen.x.ai`).
async fn handle_cdn(State(fake): State<Arc<Fake>>, request: Request) -> Response {
    let (recorded, _) = record(&fake, Server::Cdn, request).await;
    if let Some(clip) = fake.videos.serve(&recorded.method, &recorded.path) {
        return clip;
    }
    let fresh = recorded.method == "GET"
        && fake.links.lock().unwrap().get_mut(&recorded.path).is_some_and(|served| !std::mem::replace(served, true));
    if fresh {
        (StatusCode::OK, [(header::CONTENT_TYPE, "image/png")], fake.png.clone()).into_response()
    } else {
        (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/plain")], "Not Found").into_response()
    }
}

/// A new link on the CDN listener, already spent when `expired`.
fn new_link(fake: &Fake, expired: bool) -> String {
    let n = fake.next_link.fetch_add(1, Ordering::SeqCst);
    let path = format!("/xai-imgen/xai-tmp-imgen-{n:08}-fake.png");
    fake.links.lock().unwrap().insert(path.clone(), expired);
    let cdn = fake.cdn_addr.lock().unwrap().expect("the CDN listener is up");
    format!("http://{cdn}{path}")
}

fn answer(fake: &Fake, req: &Recorded, headers: &HeaderMap) -> Result<Response, ApiError> {
    let endpoint = req.path.strip_prefix(&fake.prefix).unwrap_or("");
    let video_job = endpoint.strip_prefix("/videos/").filter(|id| !id.is_empty() && !id.contains('/') && *id != "generations");
    let endpoint = match (req.method.as_str(), video_job) {
        ("GET", Some(_)) => "/videos/{request_id}",
        ("POST", None) if matches!(endpoint, "/images/generations" | "/images/edits" | "/chat/completions" | "/videos/generations") => {
            endpoint
        }
        _ => return Err(api_error(404, &format!("No route for {} {}", req.method, req.path))),
    };
    check_key(fake, headers)?;
    if let Some(request_id) = video_job {
        // Polls take the faults that make sense for a GET (429, 500); the rest are for the image endpoints.
        let fault = {
            let mut faults = fake.faults.lock().unwrap();
            let applies = matches!(faults.front(), Some(Fault::RateLimited { .. } | Fault::ServerError));
            if applies { faults.pop_front() } else { None }
        };
        if let Some(fault) = fault {
            return Ok(fault_response(&fault));
        }
        let cdn = fake.cdn_addr.lock().unwrap().expect("the CDN listener is up");
        return Ok(fake.videos.poll(request_id, &format!("http://{cdn}")));
    }
    if let Some(fault) = fake.faults.lock().unwrap().pop_front() {
        return Ok(match fault {
            Fault::ExpiredLink => url_answer(&new_link(fake, true)),
            other => fault_response(&other),
        });
    }
    let params = json_params(req.header("content-type").unwrap_or(""), &req.body)?;
    let order = match endpoint {
        "/videos/generations" => {
            rules::video(&params)?;
            return Ok(fake.videos.submit());
        }
        "/images/generations" => rules::generation(&params)?,
        "/images/edits" => rules::edit(&params)?,
        _ => {
            let model = rules::chat(&params)?;
            return Ok(chat_answer(&model, &fake.story_reply.lock().unwrap()));
        }
    };
    if order.response_format == "url" || fake.force_url.load(Ordering::SeqCst) {
        Ok(url_answer(&new_link(fake, false)))
    } else {
        Ok(b64_answer(&fake.png))
    }
}

/// `Authorization: Bearer <key>`; a missing or wrong key is xAI's 400 (contract §2.4).
fn check_key(fake: &Fake, headers: &HeaderMap) -> Result<(), ApiError> {
    let value = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or("");
    match value.strip_prefix("Bearer ") {
        Some(key) if key == fake.key => Ok(()),
        Some(key) => Err(rules::bad_key(key)),
        None => Err(rules::bad_key("")),
    }
}

/// The JSON object of a JSON endpoint (the fake's own wording for the body errors).
fn json_params(content_type: &str, body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if !content_type.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")) {
        return Err(api_error(415, &format!("Expected request with `Content-Type: application/json`, got {content_type:?}.")));
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(api_error(400, "Failed to parse the request body as JSON.")),
    }
}

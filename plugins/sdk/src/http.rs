//! Requests through the host's checked `http.fetch`: a builder for the
//! request (method, URL, headers, body, the credential the host should add, a
//! shorter timeout), the answer with typed access to status, headers and JSON,
//! and the [`Fetch`] seam: [`Host`] inside Storyloom, [`crate::testing::FakeHttp`]
//! in a plugin's native unit tests.
//!
//! A plugin never sets an authentication header: it names a credential and
//! the host adds the key, only on the origins the operator bound it to.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::PluginError;
use crate::failure;
use crate::wit::storyloom::plugin::http as wit_http;

pub use wit_http::{HttpError, Method};

/// A request the plugin wants sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The credential whose key the host adds (e.g. `OPENAI_API_KEY`).
    pub credential: Option<String>,
    /// A timeout shorter than the host's, in milliseconds.
    pub timeout_ms: Option<u32>,
}

impl Request {
    /// A request with this method and URL, no headers, no body.
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        Self { method, url: url.into(), headers: Vec::new(), body: Vec::new(), credential: None, timeout_ms: None }
    }

    pub fn get(url: impl Into<String>) -> Self {
        Self::new(Method::Get, url)
    }

    pub fn post(url: impl Into<String>) -> Self {
        Self::new(Method::Post, url)
    }

    /// Add a header (never an authentication header: the host refuses those).
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// A JSON body, with `content-type: application/json`.
    pub fn json(self, body: &impl Serialize) -> Self {
        // Serialising plain data (maps, strings, numbers) cannot fail.
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        self.body(bytes, "application/json")
    }

    /// A body of this content type.
    pub fn body(mut self, bytes: Vec<u8>, content_type: &str) -> Self {
        self.headers.retain(|(name, _)| !name.eq_ignore_ascii_case("content-type"));
        self.headers.push(("content-type".into(), content_type.into()));
        self.body = bytes;
        self
    }

    /// Ask the host to add this credential's key.
    pub fn credential(mut self, name: impl Into<String>) -> Self {
        self.credential = Some(name.into());
        self
    }

    /// Give up sooner than the host would (the host's own limit still applies).
    pub fn timeout_ms(mut self, ms: u32) -> Self {
        self.timeout_ms = Some(ms);
        self
    }

    /// The body parsed as JSON (tests and fakes read what a plugin sent).
    pub fn json_body(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header_value(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// Send through `http`; a refusal or failure of the host becomes the
    /// `plugin-error` it stands for, naming `provider`. Every HTTP answer,
    /// 4xx and 5xx included, is `Ok`: see [`Response::ok_or_failure`].
    pub fn send(&self, http: &dyn Fetch, provider: &str) -> Result<Response, PluginError> {
        http.fetch(self).map_err(|err| failure::from_host(provider, err))
    }
}

/// What the server answered (4xx and 5xx included).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    /// The body, cut at the host's size cap (see `truncated`).
    pub body: Vec<u8>,
    pub truncated: bool,
}

impl Response {
    /// An answer with this status and body and no headers (tests, fakes).
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Self { status, headers: Vec::new(), body: body.into(), truncated: false }
    }

    /// An answer with a JSON body.
    pub fn json_answer(status: u16, body: &serde_json::Value) -> Self {
        Self::new(status, body.to_string()).with_header("content-type", "application/json")
    }

    /// The same answer with one more header.
    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        find_header(&self.headers, name)
    }

    /// A 2xx status.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The answer when its status is 2xx; otherwise the `plugin-error` it
    /// stands for (see [`failure::from_response`]).
    pub fn ok_or_failure(self, provider: &str) -> Result<Self, PluginError> {
        if self.is_success() { Ok(self) } else { Err(failure::from_response(provider, &self, failure::now_unix_secs())) }
    }

    /// The body as JSON of type `T`. A cut-off body is refused as with
    /// [`Response::check_whole`]; an unreadable one is a transient failure
    /// naming `provider` (another try may get a whole answer).
    pub fn json<T: DeserializeOwned>(&self, provider: &str) -> Result<T, PluginError> {
        self.check_whole(provider, "")?;
        serde_json::from_slice(&self.body).map_err(|e| {
            // The parser's words are for the author's log; the family reads a plain sentence.
            crate::log::warn(&format!("{provider}'s answer is not the expected JSON: {e}"));
            PluginError::Transient(format!("{provider} sent an answer that could not be read"))
        })
    }

    /// `Ok` unless the host cut the body at its size cap: then `invalid-request`
    /// (asking again gets an answer as large), naming `provider` and what the
    /// answer was for (`"story"`, `"picture"`; empty for none).
    pub fn check_whole(&self, provider: &str, what: &str) -> Result<(), PluginError> {
        if !self.truncated {
            return Ok(());
        }
        let what = if what.is_empty() { String::new() } else { format!("{what} ") };
        Err(PluginError::InvalidRequest(format!("{provider}'s {what}answer was larger than the host accepts")))
    }

    /// The body as text (invalid UTF-8 replaced).
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn find_header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
}

/// `{base}/{path}` with exactly one slash between them, e.g. `endpoint("https://h/v1/", "/images")`.
pub fn endpoint(base: &str, path: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
}

/// Something that sends requests: the host inside Storyloom, a fake in tests.
pub trait Fetch {
    fn fetch(&self, request: &Request) -> Result<Response, HttpError>;
}

/// The host's `http.fetch` import. Outside a wasm32 build (a plugin's native
/// unit tests) there is no host: every request fails with `transport`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Host;

impl Fetch for Host {
    #[cfg(target_arch = "wasm32")]
    fn fetch(&self, request: &Request) -> Result<Response, HttpError> {
        let wire = wit_http::Request {
            method: request.method,
            url: request.url.clone(),
            headers: request.headers.clone(),
            body: request.body.clone(),
            credential: request.credential.clone(),
            timeout_ms: request.timeout_ms,
        };
        wit_http::fetch(&wire).map(|r| Response { status: r.status, headers: r.headers, body: r.body, truncated: r.truncated })
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn fetch(&self, request: &Request) -> Result<Response, HttpError> {
        Err(HttpError::Transport(format!(
            "no Storyloom host here to fetch {}; native tests use storyloom_plugin_sdk::testing::FakeHttp",
            request.url
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builder_sets_what_it_says() {
        let request = Request::post("https://api.example.com/v1/images")
            .header("x-trace", "1")
            .json(&serde_json::json!({"prompt": "a fox"}))
            .credential("EXAMPLE_API_KEY")
            .timeout_ms(5000);
        assert_eq!(request.method, Method::Post);
        assert_eq!(request.header_value("Content-Type"), Some("application/json"));
        assert_eq!(request.json_body().unwrap()["prompt"], "a fox");
        assert_eq!(request.credential.as_deref(), Some("EXAMPLE_API_KEY"));
        assert_eq!(request.timeout_ms, Some(5000));
        let replaced = request.body(b"x".to_vec(), "text/plain");
        assert_eq!(replaced.headers.iter().filter(|(n, _)| n == "content-type").count(), 1);
    }

    #[test]
    fn responses_read_headers_and_json_and_refuse_cut_bodies() {
        let answer = Response::json_answer(200, &serde_json::json!({"a": 1})).with_header("Retry-After", "3");
        assert_eq!(answer.header("retry-after"), Some("3"));
        assert_eq!(answer.json::<serde_json::Value>("Example").unwrap()["a"], 1);
        let cut = Response { truncated: true, ..answer.clone() };
        assert_eq!(
            cut.json::<serde_json::Value>("Example"),
            Err(PluginError::InvalidRequest("Example's answer was larger than the host accepts".into()))
        );
        let cut_picture = cut.check_whole("Example", "picture");
        assert_eq!(cut_picture, Err(PluginError::InvalidRequest("Example's picture answer was larger than the host accepts".into())));
        assert_eq!(endpoint("https://h/v1/", "/images/edits"), "https://h/v1/images/edits");
        let junk = Response::new(200, "<html>");
        assert!(matches!(junk.json::<serde_json::Value>("Example"), Err(PluginError::Transient(m)) if m.contains("Example")));
    }

    #[test]
    fn without_a_host_natively_fetch_fails_cleanly() {
        let err = Request::get("https://x.example/").send(&Host, "Example").unwrap_err();
        assert!(matches!(err, PluginError::Transient(m) if m.contains("FakeHttp")));
    }
}

//! One call's hops: send, follow redirects by hand (re-checking the origin and
//! the destination at each hop, and adding the credential only on the original
//! origin), then read the body up to the size cap. Also the call's log event.

use std::error::Error as StdError;
use std::time::Duration;

use reqwest::header::{self, HeaderMap, HeaderName, HeaderValue};
use reqwest::{Body, Request, Response, StatusCode};
use url::Url;

use super::address::AddressPolicy;
use super::gate::host_not_declared;
use super::origin::Origin;
use super::resolver::{ProhibitedAddress, check_literal, find_prohibited};
use super::types::{GateError, InResponse, Method, NetPolicy};

/// Everything the hops of one call share.
pub(crate) struct Hops<'a> {
    pub(crate) client: &'a reqwest::Client,
    pub(crate) addresses: &'a AddressPolicy,
    pub(crate) policy: &'a NetPolicy,
    pub(crate) max_redirects: u8,
    pub(crate) max_bytes: usize,
    /// Added only while a hop's origin equals the first hop's.
    pub(crate) credential: Option<(HeaderName, HeaderValue)>,
}

impl Hops<'_> {
    /// The first hop's request. The body is kept in memory so 307/308 can resend it.
    pub(crate) fn first_request(&self, method: reqwest::Method, url: Url, headers: HeaderMap, body: Vec<u8>) -> Request {
        let sends_body = !body.is_empty() || matches!(method.as_str(), "POST" | "PUT" | "PATCH");
        let mut request = Request::new(method, url);
        *request.headers_mut() = headers;
        if sends_body {
            *request.body_mut() = Some(Body::from(body));
        }
        request
    }

    /// Send `request`, follow its redirects and read the answer's body up to the cap.
    pub(crate) async fn run(&self, request: Request, first: Origin, trace: &mut CallTrace) -> Result<InResponse, GateError> {
        let (response, origin) = self.send(request, first, trace).await?;
        read_body(response, self.max_bytes, trace).await.map_err(|e| send_error(&self.policy.plugin_id, &origin, e))
    }

    /// Send `request` and follow its redirects; the final answer (body unread) and the origin that gave it.
    pub(crate) async fn send(&self, mut request: Request, first: Origin, trace: &mut CallTrace) -> Result<(Response, Origin), GateError> {
        let plugin = &self.policy.plugin_id;
        let mut origin = first.clone();
        let mut redirects = 0u8;
        loop {
            trace.final_origin = Some(origin.clone());
            check_literal(self.addresses, request.url()).map_err(|p| prohibited(plugin, &origin, &p, false))?;
            let mut to_send = request
                .try_clone()
                .ok_or_else(|| GateError::Transport(format!("plugin `{plugin}`: the request to {origin} could not be repeated")))?;
            if origin == first
                && let Some((name, value)) = &self.credential
            {
                to_send.headers_mut().insert(name.clone(), value.clone());
            }
            let response = self.client.execute(to_send).await.map_err(|e| send_error(plugin, &origin, e))?;
            trace.status = Some(response.status().as_u16());
            let Some(next) = redirect_target(&response, request.url()) else {
                return Ok((response, origin));
            };
            let next =
                next.map_err(|why| GateError::Transport(format!("plugin `{plugin}`: {origin} answered with a redirect that {why}")))?;
            if redirects >= self.max_redirects {
                return Err(GateError::Transport(format!(
                    "plugin `{plugin}`: {first} redirected more than {} times; the service or its URL is misconfigured",
                    self.max_redirects
                )));
            }
            redirects += 1;
            trace.redirects = redirects;
            let next_origin = Origin::from_url(&next)
                .map_err(|e| GateError::Transport(format!("plugin `{plugin}`: {origin} redirected to a URL plugins cannot fetch ({e})")))?;
            if !self.policy.allow.allows_origin(&next_origin) {
                trace.final_origin = Some(next_origin.clone());
                return Err(host_not_declared(plugin, &next_origin, true));
            }
            rewrite_for_redirect(&mut request, response.status());
            *request.url_mut() = next;
            origin = next_origin;
        }
    }
}

/// `None` when the response is the answer; `Some` with the next URL (or why it is unusable) for a redirect.
fn redirect_target(response: &Response, current: &Url) -> Option<Result<Url, &'static str>> {
    let status = response.status();
    if !matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308) {
        return None;
    }
    // A redirect without a Location is an answer like any other.
    let location = response.headers().get(header::LOCATION)?;
    let Ok(location) = location.to_str() else {
        return Some(Err("has an unreadable Location header"));
    };
    let Ok(mut next) = current.join(location) else {
        return Some(Err("points to an invalid URL"));
    };
    // Credentials in a redirect URL would become an Authorization header: drop them.
    let _ = next.set_username("");
    let _ = next.set_password(None);
    next.set_fragment(None);
    Some(Ok(next))
}

/// 301/302/303 become a bodiless GET (HEAD stays HEAD); 307/308 keep method and body.
fn rewrite_for_redirect(request: &mut Request, status: StatusCode) {
    if matches!(status.as_u16(), 307 | 308) {
        return;
    }
    if request.method() != reqwest::Method::HEAD {
        *request.method_mut() = reqwest::Method::GET;
    }
    *request.body_mut() = None;
    for name in [header::CONTENT_TYPE, header::CONTENT_ENCODING, header::CONTENT_LANGUAGE, header::CONTENT_LOCATION] {
        request.headers_mut().remove(name);
    }
}

async fn read_body(mut response: Response, max_bytes: usize, trace: &mut CallTrace) -> Result<InResponse, reqwest::Error> {
    let status = response.status().as_u16();
    let headers = response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), String::from_utf8_lossy(value.as_bytes()).into_owned()))
        .collect();
    let expected = response.content_length().and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    let mut body = Vec::with_capacity(expected.min(max_bytes));
    let mut truncated = false;
    while let Some(chunk) = response.chunk().await? {
        let room = max_bytes.saturating_sub(body.len());
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            truncated = true;
            break;
        }
        body.extend_from_slice(&chunk);
    }
    trace.bytes = body.len();
    trace.truncated = truncated;
    Ok(InResponse { status, headers, body, truncated })
}

fn prohibited(plugin: &str, origin: &Origin, found: &ProhibitedAddress, resolved: bool) -> GateError {
    let ProhibitedAddress { ip, kind } = found;
    let what = if resolved { format!("its name resolves to {ip}, which") } else { ip.to_string() };
    GateError::DestinationProhibited(format!(
        "plugin `{plugin}` may not reach {origin}: {what} is a private or local address ({kind}), and \
         those are refused; if this is your own trusted service, the operator can allow {ip} explicitly"
    ))
}

/// Maps a reqwest error to the gate's error. The URL is dropped (the origin says enough).
pub(crate) fn send_error(plugin: &str, origin: &Origin, err: reqwest::Error) -> GateError {
    let err = err.without_url();
    if let Some(found) = find_prohibited(&err) {
        return prohibited(plugin, origin, &found, true);
    }
    let mut detail = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        detail.push_str(": ");
        detail.push_str(&cause.to_string());
        source = cause.source();
    }
    if err.is_timeout() {
        return GateError::Timeout(format!("plugin `{plugin}`: {origin} did not answer in time ({detail})"));
    }
    GateError::Transport(format!(
        "plugin `{plugin}` could not reach {origin} ({detail}); check that the service is running and its address is right"
    ))
}

/// What the call's single log event reports. Origins and a credential's name only: no path, query, headers, body or key.
#[derive(Debug, Default)]
pub(crate) struct CallTrace {
    pub(crate) origin: Option<Origin>,
    pub(crate) final_origin: Option<Origin>,
    pub(crate) status: Option<u16>,
    pub(crate) bytes: usize,
    pub(crate) truncated: bool,
    pub(crate) redirects: u8,
    /// The granted credential whose key was attached (its name, never its value).
    pub(crate) credential: Option<String>,
}

impl CallTrace {
    /// Log the call: `result` is `Err` with the failure's short name (e.g. `"timeout"`) when it failed.
    pub(crate) fn emit(&self, plugin: &str, method: Method, elapsed: Duration, result: Result<(), &'static str>) {
        let outcome = match result {
            Ok(()) => "ok",
            Err(kind) => kind,
        };
        let show = |o: &Option<Origin>| o.as_ref().map_or_else(|| "-".to_owned(), Origin::to_string);
        let origin = show(&self.origin);
        let final_origin = show(&self.final_origin);
        let credential = self.credential.as_deref().unwrap_or("-");
        let duration_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX);
        macro_rules! event {
            ($level:expr) => {
                tracing::event!(
                    $level,
                    plugin = %plugin,
                    method = method.as_str(),
                    origin = %origin,
                    final_origin = %final_origin,
                    status = self.status,
                    bytes = self.bytes,
                    truncated = self.truncated,
                    redirects = self.redirects,
                    credential,
                    duration_ms,
                    outcome,
                    "plugin http fetch"
                )
            };
        }
        if result.is_ok() {
            event!(tracing::Level::INFO);
        } else {
            event!(tracing::Level::WARN);
        }
    }
}

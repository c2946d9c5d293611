//! Cross-site request forgery (CSRF) protection for every state-changing
//! request: a form posted from another web page must not start, choose, retry
//! or delete anything (with provider keys set, it would spend the family's money).
//!
//! Two independent checks, both in [`guard`], so no route can forget them:
//! - **Origin**: the request's `Origin` (or, when a browser sent none, its
//!   `Referer`) must name the host the request was sent to (`Host`), or a
//!   name the operator listed with `--host-name` (behind a reverse proxy that
//!   rewrites `Host` or drops the port, the browser's origin is the listed
//!   public name). A request saying neither where it came from is refused too.
//! - **Token**: each browser gets a random key in an `HttpOnly`,
//!   `SameSite=Lax` cookie ([`CSRF_COOKIE`]); every form carries
//!   `csrf_token` = HMAC-SHA256(key, form action path) ([`CsrfKey::token`]),
//!   so a token is good for one form of one browser. URL-encoded forms may
//!   put it anywhere; a form with files must send it as its first part
//!   (`multipart.rs`). No other body is accepted. Another site can neither
//!   read the cookie nor the pages that hold the tokens (the OWASP "signed
//!   double-submit cookie" pattern).
//!
//! Refusals are 403 with the themed error page and change nothing. Safe
//! methods (`GET`, `HEAD`, `OPTIONS`) pass untouched but get a key when the
//! browser has none, so the page they render can carry tokens.

use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::config::HostNames;
use crate::error::AppError;

mod multipart;

/// The cookie holding a browser's CSRF key (64 hex digits).
pub const CSRF_COOKIE: &str = "storyloom_csrf";
/// The form field holding a form's token (64 hex digits).
pub const CSRF_FIELD: &str = "csrf_token";
/// Largest form body read to find the token, in bytes (the router's body limit).
pub const FORM_BODY_LIMIT: usize = 64 * 1024;

/// A browser's secret CSRF key; tokens for its forms are derived from it.
#[derive(Clone)]
pub struct CsrfKey([u8; 32]);

impl std::fmt::Debug for CsrfKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfKey(…)")
    }
}

impl CsrfKey {
    pub(crate) fn random() -> Self {
        Self(rand::random())
    }

    /// The key in a `Cookie` header, if it holds a well-formed one.
    fn from_headers(headers: &HeaderMap) -> Option<Self> {
        super::cookies::cookie(headers, CSRF_COOKIE).and_then(Self::from_cookie_value)
    }

    /// The key from its cookie's value (64 hex digits); `None` for anything else.
    pub fn from_cookie_value(value: &str) -> Option<Self> {
        let bytes = hex::decode(value.trim()).ok()?;
        Some(Self(bytes.try_into().ok()?))
    }

    fn mac(&self, action: &str) -> Hmac<Sha256> {
        // HMAC takes a key of any length; 32 bytes never fails.
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&self.0).unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
        mac.update(action.as_bytes());
        mac
    }

    /// The token for the form posting to `action` (a path such as `/kids/story/start`).
    pub fn token(&self, action: &str) -> String {
        hex::encode(self.mac(action).finalize().into_bytes())
    }

    /// Whether `token` is this browser's token for `action` (compared in constant time).
    fn accepts(&self, action: &str, token: &str) -> bool {
        hex::decode(token.trim()).is_ok_and(|bytes| self.mac(action).verify_slice(&bytes).is_ok())
    }

    fn cookie(&self) -> HeaderValue {
        // Kept a year, so pages restored after the browser restarts still post.
        // Lax, not Strict: a Strict cookie is left off when a link on another
        // site (a chat, an e-mail) opens this server, which would then hand out
        // a new key and break the forms of every tab already open. Lax still
        // keeps it off another site's POSTs, and the token and Origin checks
        // do not depend on it.
        let value = format!("{CSRF_COOKIE}={}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax", hex::encode(self.0));
        HeaderValue::from_str(&value).unwrap_or_else(|_| unreachable!("hex digits are a valid header value"))
    }
}

/// A view's form: where it posts and the token that lets it.
pub fn form(key: &CsrfKey, url: String) -> crate::views::FormAction {
    crate::views::FormAction { csrf_token: key.token(&url), url }
}

/// [`form`] whose answer opens at the element `#{anchor}` (its message), so
/// a form far down a long page is not answered off-screen on a phone. The
/// token is the path's: a browser never sends the `#…` part.
pub fn form_at(key: &CsrfKey, url: String, anchor: &str) -> crate::views::FormAction {
    let mut action = form(key, url);
    action.url = format!("{}#{anchor}", action.url);
    action
}

/// Why a state-changing request was refused (logged; the family sees [`AppError::CrossSite`]).
#[derive(Debug, thiserror::Error)]
enum Refusal {
    #[error("Origin/Referer {0:?} is not this server ({1:?})")]
    ForeignOrigin(String, String),
    #[error("neither Origin nor Referer")]
    NoOrigin,
    #[error("no CSRF cookie")]
    NoCookie,
    #[error("no or wrong csrf_token for {0}")]
    BadToken(String),
    #[error("a {0:?} body cannot carry a form token")]
    NotAForm(String),
    #[error("form with files: {0}")]
    Upload(#[from] multipart::FirstPartRefusal),
}

/// The middleware: checks state-changing requests, hands every request its
/// browser's [`CsrfKey`] (request and response extensions), sets the cookie
/// when the browser had none.
pub async fn guard(State(names): State<HostNames>, request: Request, next: Next) -> Response {
    let existing = CsrfKey::from_headers(request.headers());
    let fresh = existing.is_none();
    let key = existing.clone().unwrap_or_else(CsrfKey::random);
    let mut request = request;
    if !matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        request = match check(request, existing.as_ref(), &names).await {
            Ok(request) => request,
            Err(response) => return with_key(response, &key, fresh),
        };
    }
    request.extensions_mut().insert(key.clone());
    with_key(next.run(request).await, &key, fresh)
}

/// The response with the key in its extensions (for the error page's "Try again"
/// form) and, for a browser that had none, the cookie.
fn with_key(mut response: Response, key: &CsrfKey, fresh: bool) -> Response {
    if fresh {
        response.headers_mut().append(header::SET_COOKIE, key.cookie());
    }
    response.extensions_mut().insert(key.clone());
    response
}

/// Both checks; the request comes back with its body intact when they pass.
async fn check(request: Request, key: Option<&CsrfKey>, names: &HostNames) -> Result<Request, Response> {
    let refuse = |refusal: Refusal, request: &Request| {
        tracing::warn!(method = %request.method(), path = %request.uri().path(), "cross-site check refused a request: {refusal}");
        AppError::CrossSite.into_response()
    };
    if let Err(refusal) = same_origin(request.headers(), names) {
        return Err(refuse(refusal, &request));
    }
    let Some(key) = key else { return Err(refuse(Refusal::NoCookie, &request)) };
    let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let media_type = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if media_type == "multipart/form-data" {
        let (method, path) = (request.method().clone(), request.uri().path().to_string());
        return multipart::check_first_part(request, key, &content_type).await.map_err(|refusal| {
            tracing::warn!(%method, path, "cross-site check refused a request: {}", Refusal::from(refusal));
            AppError::CrossSite.into_response()
        });
    }
    if media_type != "application/x-www-form-urlencoded" {
        return Err(refuse(Refusal::NotAForm(content_type), &request));
    }
    let (parts, body) = request.into_parts();
    let bytes = match to_bytes(body, FORM_BODY_LIMIT).await {
        Ok(bytes) => bytes,
        Err(err) => {
            tracing::info!(path = %parts.uri.path(), "form body refused: {err}");
            return Err(AppError::TooLarge.into_response());
        }
    };
    let action = parts.uri.path().to_string();
    let token = url::form_urlencoded::parse(&bytes).find(|(name, _)| name == CSRF_FIELD).map(|(_, value)| value.into_owned());
    let request = Request::from_parts(parts, Body::from(bytes));
    match token {
        Some(token) if key.accepts(&action, &token) => Ok(request),
        _ => Err(refuse(Refusal::BadToken(action), &request)),
    }
}

/// `Origin` (else `Referer`) names the `Host` this request was sent to, or a name the operator listed.
fn same_origin(headers: &HeaderMap, names: &HostNames) -> Result<(), Refusal> {
    let text = |name| headers.get(name).and_then(|v: &HeaderValue| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
    let claimed = text(header::ORIGIN).or_else(|| text(header::REFERER)).ok_or(Refusal::NoOrigin)?;
    let host = text(header::HOST).unwrap_or("");
    match url::Url::parse(claimed) {
        Ok(url)
            if matches!(url.scheme(), "http" | "https")
                && url.host_str().is_some()
                && (authority(&url).eq_ignore_ascii_case(host) || names.is_listed(url.host_str().unwrap_or(""))) =>
        {
            Ok(())
        }
        _ => Err(Refusal::ForeignOrigin(claimed.chars().take(200).collect(), host.chars().take(200).collect())),
    }
}

/// `host[:port]` as a browser writes it in `Host` (the scheme's default port left out).
fn authority(url: &url::Url) -> String {
    let host = url.host_str().unwrap_or("");
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn origin_must_name_the_host_the_request_was_sent_to() {
        let host = "192.168.1.20:8080";
        let cases: &[(&[(&'static str, &str)], bool)] = &[
            (&[("origin", "http://192.168.1.20:8080")], true),
            (&[("origin", "HTTP://192.168.1.20:8080")], true),
            (&[("referer", "http://192.168.1.20:8080/kids/story/scene/x")], true),
            (&[("origin", "http://evil.example")], false),
            (&[("origin", "http://evil.example"), ("referer", "http://192.168.1.20:8080/kids/")], false),
            (&[("origin", "http://192.168.1.20:8081")], false),
            (&[("origin", "http://192.168.1.20")], false),
            (&[("origin", "http://192.168.1.20:8080.evil.example")], false),
            (&[("origin", "null")], false),
            (&[("origin", "file:///home/x.html")], false),
            (&[("referer", "http://evil.example/http://192.168.1.20:8080/")], false),
            (&[], false),
        ];
        for (pairs, allowed) in cases {
            let mut map = headers(pairs);
            map.insert(header::HOST, HeaderValue::from_static(host));
            assert_eq!(same_origin(&map, &HostNames::default()).is_ok(), *allowed, "{pairs:?}");
        }
        // Default ports are left out by browsers in both headers.
        let map = headers(&[("origin", "https://stories.home"), ("host", "stories.home")]);
        assert!(same_origin(&map, &HostNames::default()).is_ok());
        // Behind a reverse proxy that rewrites `Host` or drops the port, a name the operator listed is this server.
        let listed = HostNames::new(["stories.example.com".to_string(), "nuc.local".to_string()]);
        let cases = [
            ("https://stories.example.com", "127.0.0.1:8080", true),
            ("https://nuc.local:8443", "nuc.local", true),
            ("https://evil.example", "127.0.0.1:8080", false),
            ("https://stories.example.com.evil.example", "127.0.0.1:8080", false),
        ];
        for (origin, host, allowed) in cases {
            let map = headers(&[("origin", origin), ("host", host)]);
            assert_eq!(same_origin(&map, &listed).is_ok(), allowed, "{origin} to {host}");
            assert!(same_origin(&map, &HostNames::default()).is_err(), "{origin} to {host}: only when listed");
        }
    }

    #[test]
    fn a_token_is_good_for_one_form_of_one_browser() {
        let key = CsrfKey::random();
        let token = key.token("/kids/story/start");
        assert_eq!(token.len(), 64);
        assert!(key.accepts("/kids/story/start", &token));
        assert!(!key.accepts("/kids/gallery/x/delete", &token), "another form");
        assert!(!key.accepts("/bible/story/start", &token), "another tier");
        assert!(!CsrfKey::random().accepts("/kids/story/start", &token), "another browser");
        for bad in ["", "zz", &token[..63], &token[..32]] {
            assert!(!key.accepts("/kids/story/start", bad), "{bad:?}");
        }
    }

    #[test]
    fn the_key_round_trips_through_its_cookie_and_bad_cookies_are_none() {
        let key = CsrfKey::random();
        let cookie = key.cookie();
        let set = cookie.to_str().unwrap();
        assert!(set.contains("HttpOnly") && set.contains("SameSite=Lax") && set.contains("Path=/"));
        let pair = set.split(';').next().unwrap();
        let map = headers(&[("cookie", &format!("theme=dark; {pair}; other=1"))]);
        assert_eq!(CsrfKey::from_headers(&map).unwrap().0, key.0);
        for bad in ["storyloom_csrf=", "storyloom_csrf=abc", "storyloom_csrfx=00", "other=1"] {
            assert!(CsrfKey::from_headers(&headers(&[("cookie", bad)])).is_none(), "{bad}");
        }
    }
}

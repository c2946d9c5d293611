//! DNS-rebinding protection on every request: a request sent to a name the
//! server does not answer to (`config::HostNames`) is refused before any
//! handler runs, so a page on another site that re-points its own name at
//! this server can neither read the family's pages (and their form tokens)
//! nor post anything.

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::config::HostNames;
use crate::error::AppError;

/// The middleware: `Host` (or, in HTTP/2, the URI's authority) must be an accepted name.
pub async fn check_host(State(names): State<HostNames>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .or_else(|| request.uri().authority().map(|a| a.as_str().to_string()))
        .unwrap_or_default();
    // The stylesheet and icon hold nothing of the family's, and the refusal page needs them.
    let path = request.uri().path();
    if names.allows(&host) || path.starts_with("/static/") || path == "/favicon.ico" {
        return next.run(request).await;
    }
    let shown: String = host.chars().filter(|c| !c.is_control()).take(100).collect();
    let (name, port) = match shown.rsplit_once(':') {
        Some((name, port)) if !name.ends_with(']') || name.starts_with('[') => (name.to_string(), port.parse::<u16>().ok()),
        _ => (shown.clone(), None),
    };
    tracing::warn!(
        host = %shown,
        path = %request.uri().path(),
        "refused a request for a name this server does not answer to; if it is yours, start the server with --host-name {name}"
    );
    AppError::UnknownHost { name, port }.into_response()
}

//! `AppError`: every way a request can fail, as the response a family sees,
//! with one exhaustive match from cause to HTTP status.
//!
//! Each layer converts its own error with `From` (the story engine's in
//! `story`, the store's and the template engine's here), so handlers use `?`.
//! A user mistake or a missing page gets its own friendly message; an internal
//! fault gets "Something went wrong" while its cause is logged in the request
//! span. The response carries an `ErrorInfo` extension that
//! `routes::render_errors` draws as the error page, in the tier the URL names.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such page in this tier (including another tier's ids).
    #[error("not found")]
    NotFound,
    /// A model or provider failed: `message` is the family's short sentence,
    /// `detail` the provider's words behind the page's details toggle.
    #[error("{message}")]
    Upstream { message: String, detail: Option<String> },
    /// A step failed in a way worth repeating: the page offers "Try again" (a POST to `retry_url`).
    #[error("{message}")]
    Retryable { message: String, detail: Option<String>, retry_url: String, back_url: String },
    /// A state-changing request from another web page, or with a missing or stale form token (`routes::csrf`).
    #[error("cross-site request refused")]
    CrossSite,
    /// A request for a name the server does not answer to (DNS rebinding; `routes::rebinding`).
    #[error("unknown host name {name:?}")]
    UnknownHost { name: String, port: Option<u16> },
    /// A known address asked with a method it does not take (a form's address opened some other way).
    #[error("method not allowed")]
    MethodNotAllowed,
    /// A request body over the server's limit.
    #[error("request body too large")]
    TooLarge,
    /// A form body that could not be read (a broken upload, a field far longer than any form offers).
    #[error("form could not be read")]
    BadForm,
    /// A paid model's daily limit for the tier is reached (`usage`); the message says what still works.
    #[error("{0}")]
    OverBudget(String),
    /// A parent page or button without a signed-in parent session (`routes::parent`).
    #[error("parent session needed")]
    ParentOnly,
    /// An internal fault; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// What `render_errors` needs to draw the error page.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub message: String,
    /// Behind the page's details toggle (the provider's own words).
    pub detail: Option<String>,
    pub retry_url: Option<String>,
    pub back_url: Option<String>,
}

impl AppError {
    pub fn internal(err: impl std::fmt::Display) -> Self {
        AppError::Internal(err.to_string())
    }

    /// Offer "Try again" (repeat the POST to `retry_url`) when the failure is a model's, not a missing page.
    pub fn with_retry(self, retry_url: String, back_url: String) -> Self {
        match self {
            AppError::Upstream { message, detail } => AppError::Retryable { message, detail, retry_url, back_url },
            other => other,
        }
    }

    /// The status and the page's words for this error.
    fn status_and_info(self) -> (StatusCode, ErrorInfo) {
        let plain = |message: String| ErrorInfo { message, detail: None, retry_url: None, back_url: None };
        match self {
            AppError::NotFound => {
                (StatusCode::NOT_FOUND, plain("We couldn't find that page. It may have been deleted, or the link is wrong.".into()))
            }
            AppError::Upstream { message, detail } => {
                (StatusCode::BAD_GATEWAY, ErrorInfo { message, detail, retry_url: None, back_url: None })
            }
            AppError::Retryable { message, detail, retry_url, back_url } => {
                (StatusCode::BAD_GATEWAY, ErrorInfo { message, detail, retry_url: Some(retry_url), back_url: Some(back_url) })
            }
            AppError::CrossSite => (
                StatusCode::FORBIDDEN,
                plain(
                    "Nothing was changed: this request did not come from a page of this story server, or the page was \
                     out of date. Go back, reload the page and try again."
                        .into(),
                ),
            ),
            AppError::UnknownHost { name, port } => {
                let port = port.map(|p| format!(":{p}")).unwrap_or_default();
                (
                    StatusCode::MISDIRECTED_REQUEST,
                    plain(format!(
                        "This story server does not answer to the name \u{201c}{name}\u{201d}. Open it by its address on your \
                         network (for example http://192.168.1.20{port}/); the person who runs it can add this name with --host-name."
                    )),
                )
            }
            AppError::MethodNotAllowed => (
                StatusCode::METHOD_NOT_ALLOWED,
                plain("This address belongs to a button on a page; it cannot be opened on its own. Go back to the story.".into()),
            ),
            AppError::TooLarge => {
                (StatusCode::PAYLOAD_TOO_LARGE, plain("That was too much to send at once. Please shorten it and try again.".into()))
            }
            AppError::BadForm => {
                (StatusCode::BAD_REQUEST, plain("That form could not be read. Go back, reload the page and try again.".into()))
            }
            AppError::OverBudget(message) => (StatusCode::TOO_MANY_REQUESTS, plain(message)),
            AppError::ParentOnly => (
                StatusCode::FORBIDDEN,
                ErrorInfo {
                    message: "Nothing was changed: this is for a signed-in parent. A parent session ends after 15 minutes \
                              without use; sign in again with the parent PIN."
                        .into(),
                    detail: None,
                    retry_url: None,
                    back_url: Some("/parent/".into()),
                },
            ),
            AppError::Internal(cause) => {
                tracing::error!(%cause, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, plain("Something went wrong on the server. Please try again.".into()))
            }
        }
    }
}

impl From<askama::Error> for AppError {
    fn from(err: askama::Error) -> Self {
        AppError::Internal(format!("a page could not be drawn: {err}"))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, info) = self.status_and_info();
        let mut response = (status, info.message.clone()).into_response();
        response.extensions_mut().insert(info);
        response
    }
}

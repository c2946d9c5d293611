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
    /// A model or provider failed; the message is for the family.
    #[error("{0}")]
    Upstream(String),
    /// A step failed in a way worth repeating: the page offers "Try again" (a POST to `retry_url`).
    #[error("{message}")]
    Retryable { message: String, retry_url: String, back_url: String },
    /// An internal fault; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// What `render_errors` needs to draw the error page.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub message: String,
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
            AppError::Upstream(message) => AppError::Retryable { message, retry_url, back_url },
            other => other,
        }
    }

    /// The status and the page's words for this error.
    fn status_and_info(self) -> (StatusCode, ErrorInfo) {
        let plain = |message: String| ErrorInfo { message, retry_url: None, back_url: None };
        match self {
            AppError::NotFound => {
                (StatusCode::NOT_FOUND, plain("We couldn't find that page. It may have been deleted, or the link is wrong.".into()))
            }
            AppError::Upstream(message) => (StatusCode::BAD_GATEWAY, plain(message)),
            AppError::Retryable { message, retry_url, back_url } => {
                (StatusCode::BAD_GATEWAY, ErrorInfo { message, retry_url: Some(retry_url), back_url: Some(back_url) })
            }
            AppError::Internal(cause) => {
                tracing::error!(%cause, "internal error");
                (StatusCode::INTERNAL_SERVER_ERROR, plain("Something went wrong on the server. Please try again.".into()))
            }
        }
    }
}

impl From<handlebars::RenderError> for AppError {
    fn from(err: handlebars::RenderError) -> Self {
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

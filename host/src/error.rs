//! `AppError`: every way a request can fail, as the response a family sees.
//!
//! A user mistake or a missing page gets its own friendly message; an
//! internal fault gets "Something went wrong" while its cause is logged in
//! the request span. Handlers return the error with an `ErrorPage` in the
//! response extensions; `routes::render_errors` turns that into HTML.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::views::TierView;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such page in this tier (including another tier's ids).
    #[error("not found")]
    NotFound { tier: Option<TierView> },
    /// A model or provider failed; the message is for the family.
    #[error("{message}")]
    Upstream { tier: Option<TierView>, message: String },
    /// A step failed in a way worth repeating: the page offers "Try again" (a POST to `retry_url`).
    #[error("{message}")]
    Retryable { tier: TierView, message: String, retry_url: String, back_url: String },
    /// An internal fault; logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// What `render_errors` needs to draw the error page.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub tier: Option<TierView>,
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
            AppError::Upstream { tier: Some(tier), message } => AppError::Retryable { tier, message, retry_url, back_url },
            other => other,
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let (status, info) = match self {
            AppError::NotFound { tier } => (
                StatusCode::NOT_FOUND,
                ErrorInfo {
                    tier,
                    message: "We couldn't find that page. It may have been deleted, or the link is wrong.".into(),
                    retry_url: None,
                    back_url: None,
                },
            ),
            AppError::Upstream { tier, message } => (StatusCode::BAD_GATEWAY, ErrorInfo { tier, message, retry_url: None, back_url: None }),
            AppError::Retryable { tier, message, retry_url, back_url } => {
                (StatusCode::BAD_GATEWAY, ErrorInfo { tier: Some(tier), message, retry_url: Some(retry_url), back_url: Some(back_url) })
            }
            AppError::Internal(cause) => {
                tracing::error!(%cause, "internal error");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    ErrorInfo {
                        tier: None,
                        message: "Something went wrong on the server. Please try again.".into(),
                        retry_url: None,
                        back_url: None,
                    },
                )
            }
        };
        let mut response = (status, info.message.clone()).into_response();
        response.extensions_mut().insert(info);
        response
    }
}

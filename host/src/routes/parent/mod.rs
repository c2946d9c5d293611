//! The parent area, `/parent/…`: the PIN pages, and every page and button
//! behind them. One guard, [`require_parent`], sits on every route but the
//! PIN pages, so no parent route can forget it: without a signed-in session
//! a page leads to the PIN (and back after it), and a button is refused (403)
//! with nothing changed: the PIN page then carries the button's form, sent
//! again after the PIN with one tap.
//!
//! The session cookie [`PARENT_COOKIE`] holds a random 256-bit token:
//! `HttpOnly`, `SameSite=Strict`, `Path=/parent`, no expiry date (the server
//! ends the session after 15 idle minutes, `parent::IDLE_LIMIT`). Parent pages
//! are never stored by the browser (`Cache-Control: no-store`).

mod added_tiers;
mod limits;
mod plugins;
mod sign_in;
mod spending;
mod storage;
mod tiers;
mod usage;

use axum::Router;
use std::sync::Arc;

use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

use super::cookies::cookie;
use super::csrf::CsrfKey;
use super::upload::UploadForm;
use super::urls::PARENT_HOME;
use crate::error::AppError;
use crate::parent::ParentGate;
use crate::state::AppState;
use crate::views::Views;

/// The parent session's cookie (64 hex digits).
pub const PARENT_COOKIE: &str = "storyloom_parent";

/// Every route of the parent area; `state` feeds the guard.
pub fn routes(state: AppState) -> Router<AppState> {
    let signed_in = Router::new()
        .route("/parent/tiers/{tier}", get(tiers::show).post(tiers::save))
        .route("/parent/tiers/{tier}/about", post(added_tiers::save_about))
        .route(added_tiers::ADD_TIER, get(added_tiers::add_form).post(added_tiers::add))
        .route("/parent/usage", get(usage::usage_page))
        .route(spending::SPENDING, get(spending::show).post(spending::save))
        .route("/parent/storage", get(storage::storage_page))
        .route("/parent/storage/stories/{story_id}/delete", post(storage::delete_story))
        .route("/parent/storage/sweep", post(storage::sweep))
        .route("/parent/plugins", get(plugins::list))
        .route("/parent/plugins/{id}/approve", post(plugins::approve))
        .route("/parent/plugins/{id}/disable", post(plugins::disable))
        .route("/parent/pin", post(sign_in::change_pin))
        .route("/parent/sign-out", post(sign_in::sign_out))
        .route_layer(middleware::from_fn_with_state(state, require_parent));
    Router::new()
        .route("/parent/", get(sign_in::home))
        .route("/parent", get(|| async { Redirect::permanent(PARENT_HOME) }))
        .route("/parent/sign-in", get(sign_in::to_pin_page).post(sign_in::sign_in))
        .route("/parent/first-pin", get(sign_in::to_pin_page).post(sign_in::first_pin))
        .merge(signed_in)
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}

/// The tier routes' old address of a tier's settings, now in the parent area.
pub use tiers::old_address as old_settings_address;

/// This browser's parent session token, when it sent one.
fn session_token(headers: &HeaderMap) -> Option<&str> {
    cookie(headers, PARENT_COOKIE).filter(|token| !token.is_empty())
}

/// Whether the request comes from a signed-in parent (using the session restarts its 15 minutes).
fn signed_in(gate: &ParentGate, headers: &HeaderMap) -> bool {
    session_token(headers).is_some_and(|token| gate.is_signed_in(token))
}

/// The guard on every parent route past the PIN.
async fn require_parent(State(gate): State<ParentGate>, State(views): State<Arc<Views>>, request: Request, next: Next) -> Response {
    if signed_in(&gate, request.headers()) {
        return next.run(request).await;
    }
    if request.method() == Method::GET || request.method() == Method::HEAD {
        let back_to: String = url::form_urlencoded::byte_serialize(request.uri().path().as_bytes()).collect();
        return Redirect::to(&format!("{PARENT_HOME}?next={back_to}")).into_response();
    }
    let path = request.uri().path().to_string();
    tracing::warn!(%path, "a parent button without a parent session was refused");
    let Some(key) = request.extensions().get::<CsrfKey>().cloned() else { return AppError::ParentOnly.into_response() };
    // The form is read to be carried through the PIN; one that cannot be read is carried empty.
    let form = UploadForm::from_request(request, &()).await.unwrap_or_default();
    sign_in::session_needed(views, key, &path, &form).unwrap_or_else(IntoResponse::into_response)
}

/// `Set-Cookie` for a new session.
fn session_cookie(token: &str) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!("{PARENT_COOKIE}={token}; Path=/parent; HttpOnly; SameSite=Strict")).ok()
}

/// `Set-Cookie` that forgets the session.
fn forget_cookie() -> HeaderValue {
    HeaderValue::from_static("storyloom_parent=; Path=/parent; Max-Age=0; HttpOnly; SameSite=Strict")
}

/// A parent page to return to after the PIN: only `/parent/…` paths of this server.
fn safe_next(next: &str) -> &str {
    let ours = next.starts_with("/parent/") && !next.contains("//") && !next.contains('\\') && !next.contains("..");
    if ours { next } else { PARENT_HOME }
}

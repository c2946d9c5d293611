//! The PIN pages: `GET /parent/` (set the first PIN, sign in, or the parent
//! home once signed in), `POST /parent/first-pin`, `POST /parent/sign-in`,
//! and for a signed-in parent `POST /parent/pin` (change it) and
//! `POST /parent/sign-out`.
//!
//! A parent form sent without a session (it ended while the parent was
//! typing) is not lost: the PIN page carries its fields ([`session_needed`]),
//! and after the PIN one tap sends them again with a fresh token.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;

use super::super::csrf::{self, CSRF_FIELD, CsrfKey};
use super::super::upload::UploadForm;
use super::super::urls::{self, PARENT_HOME};
use super::{forget_cookie, safe_next, session_cookie, session_token, signed_in};
use crate::error::AppError;
use crate::parent::{IDLE_LIMIT, MAX_PIN_CHARS, MIN_PIN_CHARS, NewPin, ParentGate, SignIn};
use crate::story::StoryEngine;
use crate::tier::Tiers;
use crate::views::{CarriedField, CarriedForm, ParentHomePage, ParentPinPage, ParentResendPage, ParentTierLink, Views};

const FIRST_PIN_URL: &str = "/parent/first-pin";
const SIGN_IN_URL: &str = "/parent/sign-in";
const CHANGE_PIN_URL: &str = "/parent/pin";
const SIGN_OUT_URL: &str = "/parent/sign-out";

#[derive(Deserialize, Default)]
pub struct HomeQuery {
    #[serde(default)]
    next: Option<String>,
    #[serde(default)]
    changed: Option<String>,
}

/// The PIN forms as posted.
#[derive(Deserialize, Default)]
pub struct PinForm {
    #[serde(default)]
    pin: String,
    #[serde(default)]
    pin_again: String,
    /// The PIN now (changing it).
    #[serde(default)]
    current: String,
    #[serde(default)]
    next: String,
}

/// The sign-in form as posted: the PIN, and the carried form, if any.
fn read_sign_in(pairs: Vec<(String, String)>) -> (PinForm, Option<CarriedForm>) {
    let mut form = PinForm::default();
    let mut action = None;
    let mut fields = Vec::new();
    for (name, value) in pairs {
        match name.as_str() {
            "pin" => form.pin = value,
            "next" => form.next = value,
            "carry_action" => action = Some(value),
            _ => {
                if let Some(name) = name.strip_prefix("carry.") {
                    fields.push(CarriedField { name: name.to_string(), value });
                }
            }
        }
    }
    let carry = action.filter(|a| carriable(a)).map(|action| CarriedForm { action, fields });
    (form, carry)
}

/// Whether a form sent to `path` may be carried through the PIN: a parent
/// button of this server, but not the PIN pages' own (a PIN is never put in a page).
fn carriable(path: &str) -> bool {
    safe_next(path) == path && ![FIRST_PIN_URL, SIGN_IN_URL, CHANGE_PIN_URL, SIGN_OUT_URL].contains(&path)
}

/// The answer to a parent form sent to `path` without a session: the PIN
/// page (403), carrying the form's fields so that nothing typed is lost.
pub fn session_needed(views: Arc<Views>, key: CsrfKey, path: &str, form: &UploadForm) -> Result<Response, AppError> {
    let pages = Pages { views, key };
    let carry = carriable(path).then(|| CarriedForm {
        action: path.to_string(),
        fields: form
            .fields
            .iter()
            .filter(|(name, _)| name != CSRF_FIELD)
            .map(|(name, value)| CarriedField { name: name.clone(), value: value.clone() })
            .collect(),
    });
    let message = match carry {
        Some(_) => format!(
            "Nothing was saved yet: this device is not signed in as a parent (a parent session ends after {} minutes              without use). Enter the PIN, then save your changes.",
            IDLE_LIMIT.as_secs() / 60
        ),
        None => "Nothing was changed: this is for a signed-in parent. Enter the PIN first.".to_string(),
    };
    let next = if carry.is_some() { path } else { PARENT_HOME };
    Ok((StatusCode::FORBIDDEN, Html(pages.pin_page(false, next, Some(message), carry)?)).into_response())
}

/// Everything a parent page handler needs besides its form.
#[derive(Clone)]
struct Pages {
    views: Arc<Views>,
    key: CsrfKey,
}

impl Pages {
    fn pin_page(&self, first: bool, next: &str, message: Option<String>, carry: Option<CarriedForm>) -> Result<String, AppError> {
        let action = if first { FIRST_PIN_URL } else { SIGN_IN_URL };
        let page = ParentPinPage {
            title: if first { "Set a parent PIN".into() } else { "Parent area".into() },
            parent_area: true,
            first,
            form: csrf::form(&self.key, action.into()),
            next: safe_next(next).into(),
            message,
            min_chars: MIN_PIN_CHARS,
            max_chars: MAX_PIN_CHARS,
            carry,
        };
        Ok(self.views.render(&page)?)
    }
}

pub async fn home(
    headers: HeaderMap,
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<HomeQuery>,
    State(gate): State<ParentGate>,
    State(views): State<Arc<Views>>,
    State(tiers): State<Tiers>,
    State(engine): State<StoryEngine>,
) -> Result<Html<String>, AppError> {
    let pages = Pages { views, key };
    let next = query.next.as_deref().unwrap_or(PARENT_HOME);
    if !gate.has_pin().await? {
        return Ok(Html(pages.pin_page(true, next, None, None)?));
    }
    if !signed_in(&gate, &headers) {
        return Ok(Html(pages.pin_page(false, next, None, None)?));
    }
    let notice = query.changed.is_some().then(|| "The new PIN is set. Other devices signed in as a parent were signed out.".to_string());
    Ok(Html(parent_home(&pages, &tiers, &engine, notice, None).await?))
}

async fn parent_home(
    pages: &Pages,
    tiers: &Tiers,
    engine: &StoryEngine,
    notice: Option<String>,
    pin_message: Option<String>,
) -> Result<String, AppError> {
    let mut links = Vec::new();
    for tier in &tiers.all() {
        let settings = engine.tier_settings(tier).await?;
        links.push(ParentTierLink {
            name: tier.name.clone(),
            id: tier.id.to_string(),
            settings_url: urls::parent_tier(&tier.id),
            home_url: urls::home(&tier.id),
            video_allowed: settings.video_allowed,
            listed: settings.is_listed(tier),
            bedtime_offered: settings.bedtime_offered,
        });
    }
    let page = ParentHomePage {
        title: "Parent area".into(),
        parent_area: true,
        tiers: links,
        change_pin: csrf::form_at(&pages.key, CHANGE_PIN_URL.into(), "change-pin-section"),
        sign_out: csrf::form(&pages.key, SIGN_OUT_URL.into()),
        notice,
        pin_message,
        min_chars: MIN_PIN_CHARS,
        max_chars: MAX_PIN_CHARS,
        idle_minutes: IDLE_LIMIT.as_secs() / 60,
    };
    Ok(pages.views.render(&page)?)
}

/// A 303 to `to` that opens the session `token`.
fn signed_in_redirect(to: &str, token: &str) -> Response {
    let mut response = Redirect::to(to).into_response();
    if let Some(cookie) = session_cookie(token) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// "Wait 8 seconds" / "Wait about 2 minutes".
fn wait_words(wait: Duration) -> String {
    let seconds = wait.as_secs_f64().ceil() as u64;
    match seconds {
        0..=1 => "Wait a second".into(),
        2..=90 => format!("Wait {seconds} seconds"),
        _ => format!("Wait about {} minutes", (seconds + 30) / 60),
    }
}

/// `GET /parent/sign-in` or `/parent/first-pin` (a reload after a wrong PIN, a bookmark): the PIN page.
pub async fn to_pin_page() -> Redirect {
    Redirect::to(PARENT_HOME)
}

pub async fn first_pin(
    Extension(key): Extension<CsrfKey>,
    State(gate): State<ParentGate>,
    State(views): State<Arc<Views>>,
    Form(form): Form<PinForm>,
) -> Result<Response, AppError> {
    let pages = Pages { views, key };
    match gate.first_pin(&form.pin, &form.pin_again).await? {
        NewPin::Set(token) => Ok(signed_in_redirect(safe_next(&form.next), &token)),
        NewPin::Refused(refusal) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(pages.pin_page(true, &form.next, Some(refusal.to_string()), None)?)).into_response())
        }
        NewPin::AlreadySet | NewPin::Wait(_) => {
            let message = "A parent PIN was set meanwhile (on another device). Enter that PIN.".to_string();
            Ok((StatusCode::CONFLICT, Html(pages.pin_page(false, &form.next, Some(message), None)?)).into_response())
        }
    }
}

/// What a carried form to `action` does, in words: "the settings of Kids Adventures".
fn carried_words(action: &str, tiers: &Tiers) -> String {
    let parts: Vec<&str> = action.trim_start_matches("/parent/").split('/').collect();
    let tier_name = |id: &str| tiers.get(id).map_or_else(|| id.to_string(), |t| t.name);
    match parts.as_slice() {
        ["tiers", id] => format!("the settings of {}", tier_name(id)),
        ["tiers", id, "about"] => format!("the name, rules and picture style of {}", tier_name(id)),
        ["add-tier"] => "the new place".into(),
        ["spending"] => "the prices and provider limits".into(),
        ["plugins", id, "approve"] => format!("approving the plugin {id}"),
        ["plugins", id, "disable"] => format!("switching off the plugin {id}"),
        ["storage", "sweep"] => "removing the files no story uses".into(),
        ["storage", "stories", _, "delete"] => "deleting a story".into(),
        _ => "the form you sent".into(),
    }
}

pub async fn sign_in(
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Extension(key): Extension<CsrfKey>,
    State(gate): State<ParentGate>,
    State(views): State<Arc<Views>>,
    State(tiers): State<Tiers>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (form, carry) = read_sign_in(pairs);
    let pages = Pages { views, key };
    let refused = |status: StatusCode, message: String| -> Result<Response, AppError> {
        Ok((status, Html(pages.pin_page(false, &form.next, Some(message), carry.clone())?)).into_response())
    };
    match gate.sign_in(peer.ip(), &form.pin).await? {
        SignIn::Open(token) => match &carry {
            None => Ok(signed_in_redirect(safe_next(&form.next), &token)),
            Some(carried) => {
                let page = ParentResendPage {
                    what: carried_words(&carried.action, &tiers),
                    title: "Save your changes".into(),
                    parent_area: true,
                    form: csrf::form(&pages.key, carried.action.clone()),
                    fields: carried.fields.clone(),
                };
                let mut response = Html(pages.views.render(&page)?).into_response();
                if let Some(cookie) = session_cookie(&token) {
                    response.headers_mut().append(header::SET_COOKIE, cookie);
                }
                Ok(response)
            }
        },
        SignIn::Wrong { wait } if wait.is_zero() => refused(StatusCode::UNPROCESSABLE_ENTITY, "That PIN is not right. Try again.".into()),
        SignIn::Wrong { wait } => refused(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("That PIN is not right. {} before the next try: each wrong PIN makes the wait longer.", wait_words(wait)),
        ),
        SignIn::Wait(wait) => refused(
            StatusCode::TOO_MANY_REQUESTS,
            format!("Too many wrong PINs from this device. {}, then try again. The PIN was not checked.", wait_words(wait)),
        ),
        SignIn::NoPin => Ok(Redirect::to(PARENT_HOME).into_response()),
    }
}

pub async fn change_pin(
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Extension(key): Extension<CsrfKey>,
    State(gate): State<ParentGate>,
    State(views): State<Arc<Views>>,
    State(tiers): State<Tiers>,
    State(engine): State<StoryEngine>,
    Form(form): Form<PinForm>,
) -> Result<Response, AppError> {
    let pages = Pages { views, key };
    let refused = |status: StatusCode, message: String| async move {
        let html = parent_home(&pages, &tiers, &engine, None, Some(message)).await?;
        Ok::<Response, AppError>((status, Html(html)).into_response())
    };
    match gate.change_pin(peer.ip(), &form.current, &form.pin, &form.pin_again).await? {
        NewPin::Set(token) => Ok(signed_in_redirect(&format!("{PARENT_HOME}?changed=1"), &token)),
        NewPin::Refused(refusal) => refused(StatusCode::UNPROCESSABLE_ENTITY, refusal.to_string()).await,
        NewPin::Wait(wait) => {
            let message = format!("Too many wrong PINs from this device. {}, then try again. The PIN was not changed.", wait_words(wait));
            refused(StatusCode::TOO_MANY_REQUESTS, message).await
        }
        NewPin::AlreadySet => Err(AppError::internal("changing the PIN never asks for a first one")),
    }
}

pub async fn sign_out(headers: HeaderMap, State(gate): State<ParentGate>) -> Response {
    if let Some(token) = session_token(&headers) {
        gate.sign_out(token);
    }
    let mut response = Redirect::to(PARENT_HOME).into_response();
    response.headers_mut().append(header::SET_COOKIE, forget_cookie());
    response
}

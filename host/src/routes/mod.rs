//! HTTP only: extract (the `Tier` extractor first), call the story engine or
//! the store, render. No redb or wasmtime types here.
//!
//! Every page and API of a tier lives under `/{tier}/`, and every lookup
//! checks that the record belongs to that tier: another tier's id is a 404.
//! The parent area, above the tiers, lives under `/parent/` (`parent`).

mod assets;
mod characters;
mod cookies;
pub mod csrf;
mod family;
mod gallery;
mod home;
mod media;
mod parent;
mod pictures;
mod profiles;
mod rebinding;
mod resume;
mod steering;
mod story;
mod tree;
mod upload;
mod urls;
mod video;
mod views_common;
mod wrong_method;

use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tower_http::compression::CompressionLayer;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

use crate::error::{AppError, ErrorInfo};
use crate::state::AppState;
use crate::tier::Tiers;
use crate::views::{ErrorPage, LandingPage, LandingTier, Views};
use views_common::tier_view;

/// Content Security Policy: everything from this server, nothing inline.
const CSP: &str = "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; script-src 'self'; \
                   frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

/// The whole application.
pub fn router(state: AppState) -> Router {
    // Grouped by what the family does: start and play a story; its pictures;
    // the gallery and reader; the media files.
    let tier_routes = Router::new()
        .route("/{tier}/", get(home::home))
        .route("/{tier}", get(tier_root))
        .route("/{tier}/story/start", post(story::start).layer(DefaultBodyLimit::max(upload::UPLOAD_BODY_LIMIT)))
        .route("/{tier}/story/scene/{scene_id}", get(story::scene))
        .route("/{tier}/story/choose/{scene_id}/{choice_id}", post(story::choose))
        .route("/{tier}/story/reset-appearance/{scene_id}", post(story::reset_look))
        .route("/{tier}/story/back", post(steering::back))
        .route("/{tier}/story/custom-choice/{scene_id}", post(steering::custom_choice))
        .route("/{tier}/story/keep-going/{scene_id}", post(steering::keep_going))
        .route("/{tier}/story/wrap-up/{scene_id}", post(steering::wrap_up))
        .route("/{tier}/story/abandon", post(resume::abandon))
        .route("/{tier}/story/tree/{story_id}", get(tree::tree))
        .route("/{tier}/story/image/{scene_id}", get(pictures::image_status))
        .route("/{tier}/story/image/{scene_id}/retry", post(pictures::retry_image))
        .route("/{tier}/story/image/{scene_id}/regenerate", post(pictures::regenerate_image))
        .route("/{tier}/story/video/{scene_id}", get(video::video_status))
        .route("/{tier}/story/video/{scene_id}/retry", post(video::retry_video))
        .route("/{tier}/settings", get(parent::old_settings_address))
        .route("/{tier}/gallery", get(gallery::list))
        .route("/{tier}/gallery/", get(gallery_slash))
        .route("/{tier}/gallery/{story_id}", get(gallery::story))
        .route("/{tier}/gallery/{story_id}/{scene_id}", get(gallery::reader))
        .route("/{tier}/gallery/{story_id}/delete", post(gallery::delete))
        .route("/{tier}/media/{media_id}", get(media::media))
        .merge(roster_routes());

    Router::new()
        .route("/", get(landing))
        .route("/static/{file}", get(assets::asset))
        .route("/favicon.ico", get(assets::favicon))
        .merge(tier_routes)
        .merge(parent::routes(state.clone()))
        .fallback(|| async { AppError::NotFound })
        .method_not_allowed_fallback(wrong_method::wrong_method)
        // Inside `render_errors`, so a refused request gets the themed page.
        .layer(middleware::from_fn_with_state(state.clone(), csrf::guard))
        .layer(middleware::from_fn_with_state(state.clone(), rebinding::check_host))
        .layer(middleware::from_fn_with_state(state.clone(), render_errors))
        .layer(DefaultBodyLimit::max(csrf::FORM_BODY_LIMIT))
        // Pages, styles, scripts and JSON go out gzipped to a browser that takes it; pictures
        // (already compressed) and clips (read in ranges) do not.
        .layer(CompressionLayer::new().compress_when(DefaultPredicate::new().and(NotForContentType::const_new("video/"))))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, Duration::from_secs(300)))
        .layer(SetResponseHeaderLayer::if_not_present(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP)))
        .layer(SetResponseHeaderLayer::if_not_present(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
        .layer(SetResponseHeaderLayer::if_not_present(header::REFERRER_POLICY, HeaderValue::from_static("same-origin")))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(|request: &Request| {
                    let matched = request.extensions().get::<MatchedPath>().map(MatchedPath::as_str).unwrap_or("");
                    tracing::info_span!("request", method = %request.method(), path = %request.uri().path(), route = matched)
                })
                // A 502 from a busy or refusing provider is already explained in the log by its cause: a warning, not an error.
                .on_failure(tower_http::trace::DefaultOnFailure::new().level(tracing::Level::WARN)),
        )
        .with_state(state)
}

/// The roster's, profiles' and family's pages; the roster's forms carry photos, so their bodies may be larger.
fn roster_routes() -> Router<AppState> {
    let uploads = Router::new()
        .route("/{tier}/characters/create", post(characters::create))
        .route("/{tier}/characters/{character_id}/update", post(characters::update))
        .layer(DefaultBodyLimit::max(upload::UPLOAD_BODY_LIMIT));
    Router::new()
        .route("/{tier}/characters", get(characters::list))
        .route("/{tier}/characters/{character_id}", get(characters::show))
        .route("/{tier}/characters/{character_id}/delete", post(characters::delete))
        .route("/{tier}/characters/{character_id}/photos/{photo_id}/delete", post(characters::delete_photo))
        .route("/{tier}/photos/{photo_id}", get(characters::photo))
        .route("/{tier}/photos/{photo_id}/thumb", get(characters::photo_thumb))
        .route("/{tier}/profiles", get(profiles::profiles))
        .route("/{tier}/profiles/create", post(profiles::create_profile))
        .route("/{tier}/profiles/{profile_id}", get(profiles::profile))
        .route("/{tier}/profiles/{profile_id}/update", post(profiles::update_profile))
        .route("/{tier}/profiles/{profile_id}/delete", post(profiles::delete_profile))
        .route("/{tier}/family", get(family::family))
        .route("/{tier}/family/add-child", post(family::add_child))
        .route("/{tier}/family/add-parent", post(family::add_parent))
        .route("/{tier}/family/{member_id}/update", post(family::update_member))
        .route("/{tier}/family/{member_id}/delete", post(family::delete_member))
        .merge(uploads)
}

/// `/{tier}/gallery/` → `/{tier}/gallery`, for a known tier only.
async fn gallery_slash(tier: crate::tier::Tier) -> Redirect {
    Redirect::permanent(&urls::gallery(&tier.id))
}

/// `/{tier}` → `/{tier}/`, for a known tier only.
async fn tier_root(tier: crate::tier::Tier) -> Redirect {
    Redirect::permanent(&urls::home(&tier.id))
}

/// `GET /`: the tiers listed publicly (the built-in ones by default; a parent may change it per tier).
async fn landing(
    State(tiers): State<Tiers>,
    State(engine): State<crate::story::StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let mut listed = Vec::new();
    for tier in &tiers.all() {
        if engine.tier_settings(tier).await?.is_listed(tier) {
            listed.push(LandingTier { name: tier.name.clone(), url: urls::home(&tier.id) });
        }
    }
    let page = LandingPage { title: "Storyloom", tiers: listed };
    Ok(Html(views.render(&page)?))
}

/// The page's words for an extractor's rejection (a body over the size limit,
/// a form or path that does not parse): axum answers those with a plain-text
/// line of its own, which is not for families.
fn rejection_info(response: &Response) -> Option<ErrorInfo> {
    let plain_text = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/plain"));
    if !response.status().is_client_error() || !plain_text {
        return None;
    }
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return AppError::TooLarge.into_response().extensions().get::<ErrorInfo>().cloned();
    }
    let message = "That request could not be read. Go back, reload the page and try again.".to_string();
    Some(ErrorInfo { message, detail: None, retry_url: None, back_url: None })
}

/// Turn an `ErrorInfo` left by a handler (or a rejection) into the HTML error
/// page, with the header of the tier the URL names (none for an unknown one).
async fn render_errors(State(views): State<Arc<Views>>, State(tiers): State<Tiers>, request: Request, next: Next) -> Response {
    let uri = request.uri().clone();
    let response = next.run(request).await;
    let Some(info) = response.extensions().get::<ErrorInfo>().cloned().or_else(|| rejection_info(&response)) else { return response };
    // Only an error page needs the tier: looked up here, not on every request.
    // A refused host name gets no tier header: its links would be refused too.
    let status = response.status();
    let tier = match status {
        StatusCode::MISDIRECTED_REQUEST => None,
        _ => uri.path().trim_start_matches('/').split('/').next().and_then(|segment| tiers.get(segment)).map(|tier| tier_view(&tier)),
    };
    let (title, heading) = match status {
        StatusCode::NOT_FOUND => ("Page not found", "Oops — that page wandered off"),
        StatusCode::FORBIDDEN => ("Nothing was changed", "Nothing was changed"),
        StatusCode::METHOD_NOT_ALLOWED => ("Not a page", "That address is for a button"),
        StatusCode::PAYLOAD_TOO_LARGE => ("Too much at once", "That was too much at once"),
        StatusCode::MISDIRECTED_REQUEST => ("Wrong address", "Wrong address for this story server"),
        StatusCode::TOO_MANY_REQUESTS => ("Enough for today", "That's all for today"),
        _ => ("Something went wrong", "Oops — something went wrong"),
    };
    let page = ErrorPage {
        title: title.into(),
        heading: heading.into(),
        status: status.as_u16(),
        message: info.message,
        detail: info.detail,
        tier,
        retry: info.retry_url.and_then(|url| Some(csrf::form(response.extensions().get::<csrf::CsrfKey>()?, url))),
        back_url: info.back_url,
    };
    match views.render(&page) {
        Ok(html) => (status, Html(html)).into_response(),
        Err(err) => {
            tracing::error!("error page failed to render: {err}");
            (status, page.message).into_response()
        }
    }
}

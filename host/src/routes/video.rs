//! A scene's clip: `GET /{tier}/story/video/{scene_id}` says where it is
//! (JSON for the page's polling script) and
//! `POST /{tier}/story/video/{scene_id}/retry` makes a failed one again
//! without touching the picture.

use axum::extract::{Path, State};
use axum::response::Redirect;
use axum::{Form, Json};
use serde::Serialize;

use super::pictures::RetryForm;
use super::story::SceneParams;
use super::urls;
use super::views_common::{image_url, video_url};
use crate::error::AppError;
use crate::store::SceneId;
use crate::story::StoryEngine;
use crate::tier::Tier;

/// What the polling script reads. Sentences are for the family; the provider's words only in `detail`.
#[derive(Debug, Serialize)]
pub struct VideoStatusBody {
    /// `none` (a picture-only story), `pending`, `generating`, `complete` or `failed`.
    pub status: &'static str,
    pub url: Option<String>,
    /// The scene's picture, once painted: the clip's poster (the clip takes the picture's place).
    pub poster: Option<String>,
    /// When failed: the short sentence for parents.
    pub error: Option<String>,
    /// When failed: the provider's words (for a details toggle).
    pub detail: Option<String>,
    /// While generating: how far the provider says it is, 0–100, when it says.
    pub progress: Option<u8>,
    /// While a retryable failure waits: the busy sentence, shown instead of a failure.
    pub notice: Option<String>,
}

pub async fn video_status(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
) -> Result<Json<VideoStatusBody>, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    let scene = engine.scene_in(&tier, id).await?.ok_or(AppError::NotFound)?;
    let url = video_url(&tier.id, &scene);
    Ok(Json(match &scene.video {
        None => VideoStatusBody { status: "none", url: None, poster: None, error: None, detail: None, progress: None, notice: None },
        Some(video) => VideoStatusBody {
            status: video.status.as_str(),
            url,
            poster: image_url(&tier.id, &scene),
            error: video.error.clone(),
            detail: video.detail.clone(),
            progress: video.progress,
            notice: video.notice.clone(),
        },
    }))
}

/// `POST /{tier}/story/video/{scene_id}/retry`: make a failed clip again, then back to the page.
pub async fn retry_video(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    Form(form): Form<RetryForm>,
) -> Result<Redirect, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    engine.retry_video(&tier, id).await?;
    Ok(Redirect::to(&form.back_to(&tier.id, urls::scene(&tier.id, id))))
}

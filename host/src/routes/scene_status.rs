//! `GET /{tier}/story/image/{scene_id}`: where a scene's picture is, as JSON
//! for the page's polling script.

use axum::Json;
use axum::extract::{Path, State};
use serde::Serialize;

use super::story::SceneParams;
use super::views_common::{image_url, story_error, tier_view};
use crate::error::AppError;
use crate::store::SceneId;
use crate::story::StoryEngine;
use crate::tier::Tier;

#[derive(Debug, Serialize)]
pub struct ImageStatusBody {
    pub status: &'static str,
    pub url: Option<String>,
    pub error: Option<String>,
}

pub async fn image_status(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
) -> Result<Json<ImageStatusBody>, AppError> {
    let tv = tier_view(&tier);
    let not_found = || AppError::NotFound { tier: Some(tv.clone()) };
    let id = SceneId::parse(params.scene_id()).ok_or_else(not_found)?;
    let scene = engine.scene_in(&tier, id).await.map_err(|e| story_error(e, &tv))?.ok_or_else(not_found)?;
    Ok(Json(ImageStatusBody { status: scene.image.status.as_str(), url: image_url(&tier.id, &scene), error: scene.image.error.clone() }))
}

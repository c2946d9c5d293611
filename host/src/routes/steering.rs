//! Steering a story from its scene page: `POST /{tier}/story/back` (field
//! `scene_id`; → 303 to the previous choice point),
//! `POST /{tier}/story/custom-choice/{scene_id}` (field `choice`; → 303 to the
//! scene it leads to, or the scene page again with the text kept and why),
//! `POST /{tier}/story/keep-going/{scene_id}` and
//! `POST /{tier}/story/wrap-up/{scene_id}` (→ 303 back to the scene).

use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;

use super::csrf::CsrfKey;
use super::story::{SceneParams, Typed, render_scene};
use super::urls;
use crate::error::AppError;
use crate::store::SceneId;
use crate::story::{StoryEngine, StoryError};
use crate::tier::Tier;
use crate::views::Views;

#[derive(Deserialize)]
pub struct BackForm {
    #[serde(default)]
    scene_id: String,
}

/// Back from the scene named in the form to the scene before it.
pub async fn back(tier: Tier, State(engine): State<StoryEngine>, Form(form): Form<BackForm>) -> Result<Redirect, AppError> {
    let id = SceneId::parse(&form.scene_id).ok_or(AppError::NotFound)?;
    let to = engine.back_from(&tier, id).await?;
    Ok(Redirect::to(&urls::scene(&tier.id, to)))
}

#[derive(Deserialize)]
pub struct TypedForm {
    #[serde(default)]
    choice: String,
}

/// The family's own choice: written like any other, or the scene again with their words kept.
pub async fn custom_choice(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
    Form(form): Form<TypedForm>,
) -> Result<Response, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    // Counted as the browser counts `maxlength`: a line break is one character.
    let text = form.choice.replace("\r\n", "\n");
    match engine.custom_choice(&tier, id, &text).await {
        Ok(next) => Ok(Redirect::to(&urls::scene(&tier.id, next)).into_response()),
        Err(StoryError::NotFound) => Err(AppError::NotFound),
        Err(err @ (StoryError::Invalid(_) | StoryError::Plugin(_) | StoryError::BadScene(_) | StoryError::OverBudget(_))) => {
            let status = match err {
                StoryError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
                StoryError::OverBudget(_) => StatusCode::TOO_MANY_REQUESTS,
                _ => StatusCode::BAD_GATEWAY,
            };
            let typed = Typed { status, text: form.choice, error: err.for_parents(), detail: err.detail() };
            render_scene(&tier, &key, &engine, &views, id, Some(typed)).await
        }
        Err(err) => Err(err.into()),
    }
}

/// "Keep going": three more scenes.
pub async fn keep_going(tier: Tier, Path(params): Path<SceneParams>, State(engine): State<StoryEngine>) -> Result<Redirect, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    engine.keep_going(&tier, id).await?;
    Ok(Redirect::to(&urls::scene(&tier.id, id)))
}

/// "Wrap it up": the ending two scenes from this one.
pub async fn wrap_up(tier: Tier, Path(params): Path<SceneParams>, State(engine): State<StoryEngine>) -> Result<Redirect, AppError> {
    let id = SceneId::parse(params.scene_id()).ok_or(AppError::NotFound)?;
    engine.wrap_up(&tier, id).await?;
    Ok(Redirect::to(&urls::scene(&tier.id, id)))
}

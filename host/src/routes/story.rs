//! Playing a story: `GET /{tier}/story/scene/{scene_id}` and
//! `POST /{tier}/story/choose/{scene_id}/{choice_id}` (→ 303 to the next scene).

use std::sync::Arc;

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{Html, Redirect};
use serde::Deserialize;

use super::urls;
use super::views_common::{scene_view, story_error, story_view, tier_view};
use crate::error::AppError;
use crate::store::{ChoiceId, SceneId};
use crate::story::StoryEngine;
use crate::tier::Tier;
use crate::views::{ChoiceView, ScenePage, Views};

#[derive(Deserialize)]
pub struct SceneParams {
    scene_id: String,
}

impl SceneParams {
    pub fn scene_id(&self) -> &str {
        &self.scene_id
    }
}

#[derive(Deserialize)]
pub struct ChooseParams {
    scene_id: String,
    choice_id: String,
}

pub async fn scene(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let tv = tier_view(&tier);
    let not_found = || AppError::NotFound { tier: Some(tv.clone()) };
    let id = SceneId::parse(&params.scene_id).ok_or_else(not_found)?;
    let scene = engine.scene_in(&tier, id).await.map_err(|e| story_error(e, &tv))?.ok_or_else(not_found)?;
    let story = engine.story_in(&tier, scene.story_id).await.map_err(|e| story_error(e, &tv))?.ok_or_else(not_found)?;
    let page = ScenePage {
        title: story.title.clone(),
        story: story_view(&engine, &story),
        scene: scene_view(&tier.id, &story, &scene, urls::scene(&tier.id, scene.id)),
        choices: scene
            .choices
            .iter()
            .map(|c| ChoiceView { text: c.text.clone(), action_url: urls::choose(&tier.id, scene.id, c.id), explored: c.child.is_some() })
            .collect(),
        back_url: scene.parent.map(|p| urls::scene(&tier.id, p)),
        reader_url: scene.is_ending.then(|| urls::reader(&tier.id, story.id, story.root_scene)),
        new_story_url: urls::home(&tier.id),
        tier: tv,
    };
    views.render("scene", &page).map(Html).map_err(AppError::internal)
}

pub async fn choose(tier: Tier, Path(params): Path<ChooseParams>, State(engine): State<StoryEngine>) -> Result<Redirect, AppError> {
    let tv = tier_view(&tier);
    let not_found = || AppError::NotFound { tier: Some(tv.clone()) };
    let scene_id = SceneId::parse(&params.scene_id).ok_or_else(not_found)?;
    let choice_id = ChoiceId::parse(&params.choice_id).ok_or_else(not_found)?;
    let next = engine
        .choose(&tier, scene_id, choice_id)
        .await
        .map_err(|e| story_error(e, &tv).with_retry(urls::choose(&tier.id, scene_id, choice_id), urls::scene(&tier.id, scene_id)))?;
    Ok(Redirect::to(&urls::scene(&tier.id, next)))
}

/// The retry form: where to go back to.
#[derive(Deserialize, Default)]
pub struct RetryForm {
    #[serde(default)]
    return_to: String,
}

/// `POST /{tier}/story/image/{scene_id}/retry`: make a failed picture again, then back to the page.
pub async fn retry_image(
    tier: Tier,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    Form(form): Form<RetryForm>,
) -> Result<Redirect, AppError> {
    let tv = tier_view(&tier);
    let id = SceneId::parse(&params.scene_id).ok_or_else(|| AppError::NotFound { tier: Some(tv.clone()) })?;
    engine.retry_image(&tier, id).await.map_err(|e| story_error(e, &tv))?;
    // Only a page of this tier; anything else goes to the scene.
    let inside_tier = form.return_to.starts_with(&format!("/{}/", tier.id))
        && !form.return_to.contains("..")
        && !form.return_to.contains("//")
        && !form.return_to.contains('\\');
    let back = if inside_tier { form.return_to } else { urls::scene(&tier.id, id) };
    Ok(Redirect::to(&back))
}

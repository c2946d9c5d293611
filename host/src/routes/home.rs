//! `GET /{tier}/`: the story form (prompt, length, story and picture models),
//! also drawn again with the family's input kept when a start fails.

use std::sync::Arc;

use axum::Extension;
use axum::extract::State;
use axum::response::Html;
use serde::Deserialize;

use super::csrf::{self, CsrfKey};
use super::urls;
use super::views_common::tier_view;
use crate::error::AppError;
use crate::story::StoryEngine;
use crate::story::model::Length;
use crate::tier::Tier;
use crate::views::{HomePage, LengthOption, ModelGroup, ModelOption, Views};

/// The start form as posted. Every field is optional so that a bad post
/// re-renders the form with a message instead of an error page.
#[derive(Debug, Deserialize, Default)]
pub struct StartForm {
    #[serde(default)]
    pub prompt: String,
    #[serde(default)]
    pub length: String,
    #[serde(default)]
    pub model: String,
    #[serde(default)]
    pub image_model: String,
}

pub async fn home(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    render(&tier, &key, &engine, &views, &StartForm::default(), None, None)
}

// AppError carries the tier's header for the error page; it is built once per failed request.
#[allow(clippy::result_large_err)]
pub(super) fn render(
    tier: &Tier,
    key: &CsrfKey,
    engine: &StoryEngine,
    views: &Views,
    form: &StartForm,
    error: Option<String>,
    error_detail: Option<String>,
) -> Result<Html<String>, AppError> {
    let choices = engine.model_choices(tier);
    let selected_story = Some(form.model.clone()).filter(|k| choices.story.iter().any(|m| &m.key == k)).or(choices.default_story);
    let selected_image = Some(form.image_model.clone()).filter(|k| choices.image.iter().any(|m| &m.key == k)).or(choices.default_image);
    let length = Length::parse(&form.length).unwrap_or(Length::Short);

    let mut image_groups: Vec<ModelGroup> = Vec::new();
    for model in &choices.image {
        let option =
            ModelOption { key: model.key.clone(), name: model.display_name.clone(), selected: Some(&model.key) == selected_image.as_ref() };
        match image_groups.iter_mut().find(|g| g.group == model.provider_group) {
            Some(group) => group.models.push(option),
            None => image_groups.push(ModelGroup { group: model.provider_group.clone(), models: vec![option] }),
        }
    }
    let page = HomePage {
        tier: tier_view(tier),
        title: "New story".into(),
        error,
        error_detail,
        prompt: form.prompt.clone(),
        prompt_max_chars: crate::story::MAX_PROMPT,
        start: csrf::form(key, urls::start(&tier.id)),
        lengths: Length::ALL
            .iter()
            .map(|l| LengthOption { value: l.as_str(), label: l.label(), scenes: l.scenes(), selected: *l == length })
            .collect(),
        story_models: choices
            .story
            .iter()
            .map(|m| ModelOption { key: m.key.clone(), name: m.display_name.clone(), selected: Some(&m.key) == selected_story.as_ref() })
            .collect(),
        image_groups,
    };
    Ok(Html(views.render("home", &page)?))
}

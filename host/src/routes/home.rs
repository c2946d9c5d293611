//! `GET /{tier}/`: the story form (prompt, length, story and picture models)
//! under the banner of this browser's story in progress, also drawn again
//! with the family's input kept when a start fails.

use std::sync::Arc;

use super::csrf::{self, CsrfKey};
use super::upload::{MAX_FILES as MAX_STORY_PHOTOS, UploadForm};
use super::views_common::tier_view;
use super::{resume, urls};
use crate::error::AppError;
use crate::plugin_host::ModelEntry;
use crate::story::model::Length;
use crate::story::{StoryEngine, bedtime};
use crate::tier::Tier;
use crate::views::{
    BedtimeChoice, CharacterPick, FamilyChoice, HomePage, LengthOption, MemoryChoice, ModelGroup, ModelOption, ProfilePick, VideoChoice,
    Views,
};
use axum::Extension;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Html;

/// The start form as posted. Every field is optional so that a bad post
/// re-renders the form with a message instead of an error page.
#[derive(Debug, Default)]
pub struct StartForm {
    pub prompt: String,
    pub length: String,
    pub model: String,
    pub image_model: String,
    /// The video mode switch: `on` when ticked, absent otherwise.
    pub video_mode: String,
    pub video_model: String,
    /// The memory mode switch: `on` when ticked.
    pub memory_mode: String,
    /// The ticked characters' ids, in form order.
    pub characters: Vec<String>,
    /// The picked profile's id (empty: none).
    pub profile: String,
    /// The family mode switch: `on` when ticked.
    pub family_mode: String,
    /// The bedtime story switch: `on` when ticked.
    pub bedtime: String,
}

impl StartForm {
    /// The text fields of a posted start form (its photos stay in `form`).
    pub fn from_upload(form: &UploadForm) -> Self {
        let text = |name: &str| form.text(name).unwrap_or("").to_string();
        StartForm {
            prompt: text("prompt"),
            length: text("length"),
            model: text("model"),
            image_model: text("image_model"),
            video_mode: text("video_mode"),
            video_model: text("video_model"),
            memory_mode: text("memory_mode"),
            characters: form.texts("character").into_iter().map(str::to_string).collect(),
            profile: text("profile"),
            family_mode: text("family_mode"),
            bedtime: text("bedtime"),
        }
    }

    pub fn video_mode(&self) -> bool {
        self.video_mode == "on"
    }

    pub fn memory_mode(&self) -> bool {
        self.memory_mode == "on"
    }
}

/// The empty form, under the banner of this browser's story in progress.
pub async fn home(
    tier: Tier,
    headers: HeaderMap,
    Extension(key): Extension<CsrfKey>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let mut page = form_page(&tier, &key, &engine, &StartForm::default(), None, None).await?;
    page.resume = resume::banner(&tier, &key, &engine, &headers).await?;
    Ok(Html(views.render(&page)?))
}

/// The form again with the family's input kept and why it did not start.
pub(super) async fn render(
    tier: &Tier,
    key: &CsrfKey,
    engine: &StoryEngine,
    views: &Views,
    form: &StartForm,
    error: Option<String>,
    error_detail: Option<String>,
) -> Result<Html<String>, AppError> {
    let page = form_page(tier, key, engine, form, error, error_detail).await?;
    Ok(Html(views.render(&page)?))
}

async fn form_page(
    tier: &Tier,
    key: &CsrfKey,
    engine: &StoryEngine,
    form: &StartForm,
    error: Option<String>,
    error_detail: Option<String>,
) -> Result<HomePage, AppError> {
    let settings = engine.tier_settings(tier).await?;
    let choices = engine.model_choices(tier, &settings);
    let selected = |posted: &str, models: &[ModelEntry], default: &Option<String>| {
        Some(posted.to_string()).filter(|k| models.iter().any(|m| &m.key == k)).or_else(|| default.clone())
    };
    let selected_story = selected(&form.model, &choices.story, &choices.default_story);
    let selected_image = selected(&form.image_model, &choices.image, &choices.default_image);
    let length = Length::parse(&form.length).unwrap_or(Length::Short);
    // Video mode is offered when the tier allows it and a video model is available.
    let video_allowed = settings.video_allowed;
    let video = (video_allowed && !choices.video.is_empty()).then(|| VideoChoice {
        on: form.video_mode(),
        groups: grouped(&choices.video, selected(&form.video_model, &choices.video, &choices.default_video)),
    });
    let image_groups = grouped(&choices.image, selected_image);
    let roster = engine.roster(tier).await?;
    let memory = MemoryChoice {
        on: form.memory_mode(),
        characters: roster
            .iter()
            .map(|c| CharacterPick {
                id: c.id.to_string(),
                name: c.name.clone(),
                thumb_url: c.photos.first().map(|p| urls::photo_thumb(&tier.id, *p)),
                selected: form.characters.iter().any(|id| *id == c.id.to_string()),
            })
            .collect(),
        characters_url: urls::characters(&tier.id),
        characters_label: tier.characters_label.clone(),
        max_photos: MAX_STORY_PHOTOS,
        profiles: engine
            .profiles(tier)
            .await?
            .iter()
            .map(|p| ProfilePick { id: p.id.to_string(), name: p.name.clone(), selected: form.profile == p.id.to_string() })
            .collect(),
        profiles_url: urls::profiles(&tier.id),
    };
    let members = engine.family(tier).await?;
    let family = (!members.is_empty()).then(|| FamilyChoice {
        on: form.family_mode == "on",
        names: members.join(", "),
        url: urls::family(&tier.id),
    });
    let page = HomePage {
        tier: tier_view(tier),
        title: "New story".into(),
        error,
        error_detail,
        prompt: form.prompt.clone(),
        prompt_max_chars: crate::story::MAX_PROMPT,
        prompt_example: tier.prompt_example.clone(),
        prompt_ideas: tier.prompt_ideas.clone(),
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
        video,
        memory,
        family,
        bedtime: settings.bedtime_offered.then(|| BedtimeChoice { on: form.bedtime == "on", scenes: bedtime::SCENES }),
        family_url: urls::family(&tier.id),
        resume: None,
    };
    Ok(page)
}

/// Models as pickable options grouped by provider (in the order given), `selected` ticked.
fn grouped(models: &[ModelEntry], selected: Option<String>) -> Vec<ModelGroup> {
    let mut groups: Vec<ModelGroup> = Vec::new();
    for model in models {
        let option =
            ModelOption { key: model.key.clone(), name: model.display_name.clone(), selected: Some(&model.key) == selected.as_ref() };
        match groups.iter_mut().find(|g| g.group == model.provider_group) {
            Some(group) => group.models.push(option),
            None => groups.push(ModelGroup { group: model.provider_group.clone(), models: vec![option] }),
        }
    }
    groups
}

//! Playing a story: `POST /{tier}/story/start` (→ 303 to the first scene, or
//! the form again with a message), `GET /{tier}/story/scene/{scene_id}` and
//! `POST /{tier}/story/choose/{scene_id}/{choice_id}` (→ 303 to the next scene).
//! Steering a story (back, own choice, length) is in `steering`.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::csrf::{self, CsrfKey};
use super::home::{self, StartForm};
use super::upload::UploadForm;
use super::views_common::{scene_view, story_view, tier_view};
use super::{resume, urls};
use crate::error::AppError;
use crate::family::{Roster, SaveError};
use crate::store::{CharacterId, ChoiceId, ProfileId, SceneId, StoryId, now};
use crate::story::branching::length_offer;
use crate::story::model::Length;
use crate::story::{Memory, StartRequest, StoryEngine, StoryError};
use crate::tier::Tier;
use crate::views::{ChoiceView, LookView, ScenePage, TypedChoiceView, Views, WindDownView, text};

/// Longest choice shown on a button, in characters (a typed idea may be far longer).
const CHOICE_CHARS: usize = 160;

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
    Extension(key): Extension<CsrfKey>,
    Path(params): Path<SceneParams>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Response, AppError> {
    let id = SceneId::parse(&params.scene_id).ok_or(AppError::NotFound)?;
    render_scene(&tier, &key, &engine, &views, id, None).await
}

/// What the family typed in the own-choice box, shown again with why it could not be used.
pub(super) struct Typed {
    /// 422 for words to fix, 502 when the story model failed.
    pub status: StatusCode,
    pub text: String,
    pub error: String,
    pub detail: Option<String>,
}

/// The scene page (with `typed` kept in its own-choice box). The page is never
/// cached, so the browser's back button shows what is explored now; it
/// remembers the scene as this browser's place in the story, or forgets the
/// story at an ending.
pub(super) async fn render_scene(
    tier: &Tier,
    key: &CsrfKey,
    engine: &StoryEngine,
    views: &Views,
    id: SceneId,
    typed: Option<Typed>,
) -> Result<Response, AppError> {
    let scene = engine.scene_in(tier, id).await?.ok_or(AppError::NotFound)?;
    let story = engine.story_in(tier, scene.story_id).await?.ok_or(AppError::NotFound)?;
    let summary = story_view(engine, &story);
    let offer = length_offer(&scene, scene.branch_target(&story), story.bedtime);
    let status = typed.as_ref().map_or(StatusCode::OK, |t| t.status);
    let page = ScenePage {
        title: summary.title.clone(),
        story: summary,
        scene: scene_view(&tier.id, key, &story, &scene, urls::scene(&tier.id, scene.id)),
        choices: scene
            .choices
            .iter()
            .map(|c| ChoiceView {
                // A long typed idea shows its start; the whole text is what the story model got.
                text: text::shortened(&text::plain(&c.text), CHOICE_CHARS),
                action: csrf::form(key, urls::choose(&tier.id, scene.id, c.id)),
                explored: c.child.is_some(),
            })
            .collect(),
        back: scene.parent.map(|_| csrf::form(key, urls::back(&tier.id))),
        back_from: scene.id.to_string(),
        reader_url: scene.is_ending.then(|| urls::reader(&tier.id, story.id, story.root_scene)),
        new_story_url: urls::home(&tier.id),
        look: (story.memory_mode && !scene.is_ending && engine.takes_references(&story.image_model))
            .then(|| LookView { reset: scene.look_reset, action: csrf::form(key, urls::reset_look(&tier.id, scene.id)) }),
        typed: (!scene.is_ending).then(|| {
            let (text, error, error_detail) = typed.map_or((String::new(), None, None), |t| (t.text, Some(t.error), t.detail));
            TypedChoiceView {
                action: csrf::form(key, urls::custom_choice(&tier.id, scene.id)),
                text,
                error,
                error_detail,
                max_chars: crate::story::MAX_PROMPT,
            }
        }),
        keep_going: offer.keep_going.then(|| csrf::form(key, urls::keep_going(&tier.id, scene.id))),
        wrap_up: offer.wrap_up.then(|| csrf::form(key, urls::wrap_up(&tier.id, scene.id))),
        tree_url: urls::tree(&tier.id, story.id, scene.id),
        bedtime: story.bedtime.then(|| {
            let wind_down = i64::try_from(engine.wind_down.as_millis()).unwrap_or(i64::MAX);
            WindDownView { in_ms: story.created_at.saturating_add(wind_down).saturating_sub(now()).max(0) }
        }),
        tier: tier_view(tier),
    };
    let mut response = (status, Html(views.render(&page)?)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    let place = match scene.is_ending {
        true => resume::forget(&tier.id),
        false => resume::remember(&tier.id, story.id, scene.id),
    };
    if let Some(cookie) = place {
        headers.append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

/// `POST /{tier}/story/reset-appearance/{scene_id}` → 303 back to the scene:
/// the scenes after it no longer get its picture as a reference.
pub async fn reset_look(tier: Tier, Path(params): Path<SceneParams>, State(engine): State<StoryEngine>) -> Result<Redirect, AppError> {
    let scene_id = SceneId::parse(&params.scene_id).ok_or(AppError::NotFound)?;
    engine.reset_look(&tier, scene_id).await?;
    Ok(Redirect::to(&urls::scene(&tier.id, scene_id)))
}

pub async fn choose(tier: Tier, Path(params): Path<ChooseParams>, State(engine): State<StoryEngine>) -> Result<Redirect, AppError> {
    let scene_id = SceneId::parse(&params.scene_id).ok_or(AppError::NotFound)?;
    let choice_id = ChoiceId::parse(&params.choice_id).ok_or(AppError::NotFound)?;
    let next = engine
        .choose(&tier, scene_id, choice_id)
        .await
        .map_err(|e| AppError::from(e).with_retry(urls::choose(&tier.id, scene_id, choice_id), urls::scene(&tier.id, scene_id)))?;
    Ok(Redirect::to(&urls::scene(&tier.id, next)))
}

/// `POST /{tier}/story/start` (a form with photos: multipart, or url-encoded without them).
pub async fn start(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(engine): State<StoryEngine>,
    State(roster): State<Roster>,
    State(views): State<Arc<Views>>,
    mut upload: UploadForm,
) -> Result<Response, AppError> {
    let form = StartForm::from_upload(&upload);
    let story_id = StoryId::new();
    // Photos are read only with memory mode on; otherwise they are never kept.
    let memory = match form.memory_mode() {
        false => None,
        true => {
            let files = upload.take_files("photos");
            let photos = match roster.stage_story_photos(&tier.id, story_id, files, std::mem::take(&mut upload.refused)).await {
                Ok(photos) => photos,
                Err(SaveError::Refused(refused)) => {
                    let message = format!("{} Choose the photos again, or start without them.", refused.0.join(" "));
                    let page = home::render(&tier, &key, &engine, &views, &form, Some(message), None).await?;
                    return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
                }
                Err(err) => return Err(AppError::internal(err)),
            };
            let characters = form.characters.iter().filter_map(|id| CharacterId::parse(id)).collect();
            let profile = ProfileId::parse(&form.profile);
            Some(Memory { characters, photos, profile })
        }
    };
    let staged = memory.as_ref().map(|m| m.photos.clone()).unwrap_or_default();
    let length = Length::parse(&form.length).unwrap_or(Length::Short);
    let request = StartRequest {
        // Browsers send a textarea's line breaks as CRLF but count them as one character for
        // `maxlength`: counted the same way here, a prompt the field accepts is never too long.
        prompt: form.prompt.replace("\r\n", "\n"),
        length,
        story_model: Some(form.model.clone()).filter(|m| !m.is_empty()),
        image_model: Some(form.image_model.clone()).filter(|m| !m.is_empty()),
        video_mode: form.video_mode(),
        video_model: Some(form.video_model.clone()).filter(|m| !m.is_empty()),
        story_id,
        memory,
        family_mode: form.family_mode == "on",
        bedtime: form.bedtime == "on",
    };
    let started = engine.start(&tier, request).await;
    if started.is_err() {
        // The story was not stored: nor are its photos.
        roster.discard(&staged).await;
    }
    match started {
        Ok((_, scene)) => Ok(Redirect::to(&urls::scene(&tier.id, scene.id)).into_response()),
        // The family's input stays in the form; only a message is added.
        Err(StoryError::Invalid(message)) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, home::render(&tier, &key, &engine, &views, &form, Some(message), None).await?)
                .into_response())
        }
        Err(StoryError::OverBudget(message)) => {
            Ok((StatusCode::TOO_MANY_REQUESTS, home::render(&tier, &key, &engine, &views, &form, Some(message), None).await?)
                .into_response())
        }
        // A short sentence for the family; the provider's words behind its details toggle.
        Err(err @ (StoryError::Plugin(_) | StoryError::BadScene(_))) => {
            let (message, detail) = (err.for_parents(), err.detail());
            Ok((StatusCode::BAD_GATEWAY, home::render(&tier, &key, &engine, &views, &form, Some(message), detail).await?).into_response())
        }
        Err(err) => Err(err.into()),
    }
}

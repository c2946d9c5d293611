//! `StoryEngine`: start a story, take a choice. Each step asks the story
//! model for a scene (retrying once with a repair instruction when the answer
//! is unusable), stores the scene with its image job in one transaction and
//! hands the job to the queue. The family is waiting on the page: a provider
//! that asks for a longer wait than `story_wait_cap` ends the step at once
//! with "busy — try again in N seconds", never an early retry.

use std::sync::Arc;
use std::time::Duration;

use super::model::Length;
use super::prompt::{self, Continuation, StoryExtras};
use super::scene_parse::{ParsedScene, parse_scene};
use super::tree::StoryTree;
use crate::error::AppError;
use crate::family;
use crate::jobs::JobQueue;
use crate::plugin_host::{ModelEntry, ModelKind, PluginError, PluginHost, retry};
use crate::store::Job;
use crate::store::{AddScene, Store, StoreError, TierSettings, VideoJob, VideoState};
use crate::store::{Character, CharacterId, PhotoRecord, ProfileId};
use crate::store::{Choice, ChoiceId, ImageState, Scene, SceneId, Story, StoryId, now};
use crate::tier::TierConfig;

/// Tries of one story call on retryable failures (the longest wait between them is `Config::story_wait_cap`).
const STORY_ATTEMPTS: u32 = 3;

/// Longest prompt a family may type, in characters.
pub const MAX_PROMPT: usize = 2000;

/// Most roster characters in one story.
pub const MAX_CAST: usize = 6;

#[derive(Debug, thiserror::Error)]
pub enum StoryError {
    /// The family's input needs fixing; the message says how.
    #[error("{0}")]
    Invalid(String),
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Plugin(#[from] PluginError),
    #[error("the story model's answer could not be used: {0}")]
    BadScene(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<StoryError> for AppError {
    /// The page a family sees for an engine error.
    fn from(err: StoryError) -> Self {
        match err {
            StoryError::NotFound => AppError::NotFound,
            StoryError::Invalid(_) | StoryError::Plugin(_) | StoryError::BadScene(_) => {
                AppError::Upstream { message: err.for_parents(), detail: err.detail() }
            }
            StoryError::Store(err) => AppError::Internal(err.to_string()),
        }
    }
}

impl StoryError {
    /// The short sentence the family reads (the start form or the error page):
    /// by kind, never the provider's or the parser's words.
    pub fn for_parents(&self) -> String {
        match self {
            StoryError::Invalid(message) => message.clone(),
            StoryError::NotFound => "We couldn't find that story.".into(),
            StoryError::Plugin(err) => format!("{} Nothing was lost.", err.for_parents(ModelKind::Story)),
            StoryError::BadScene(_) => "The story model's answer could not be used. Nothing was lost.".into(),
            StoryError::Store(_) => "Something went wrong on the server. Please try again.".into(),
        }
    }

    /// What goes behind the details toggle: the provider's words or the answer's problem.
    pub fn detail(&self) -> Option<String> {
        match self {
            StoryError::Plugin(err) => err.detail(),
            StoryError::BadScene(problem) => Some(problem.clone()),
            StoryError::Invalid(_) | StoryError::NotFound | StoryError::Store(_) => None,
        }
    }
}

/// What the family asked for on the home page.
#[derive(Debug, Clone)]
pub struct StartRequest {
    pub prompt: String,
    pub length: Length,
    pub story_model: Option<String>,
    pub image_model: Option<String>,
    /// The family turned video mode on (`video_mode=on`).
    pub video_mode: bool,
    /// The video model picked on the form.
    pub video_model: Option<String>,
    /// The new story's id (chosen first, so photos uploaded with the form can belong to it).
    pub story_id: StoryId,
    /// Memory mode, when the family turned it on.
    pub memory: Option<Memory>,
    /// Family mode: the tier's family is in the story.
    pub family_mode: bool,
}

/// What `StoryEngine::extras` found.
struct Told {
    cast: Vec<Character>,
    extras: StoryExtras,
    profile: Option<ProfileId>,
}

/// Memory mode on the start form: the chosen roster characters (the main one
/// first) and the photos uploaded for this story only (files written, rows
/// stored with the story).
#[derive(Debug, Clone, Default)]
pub struct Memory {
    pub characters: Vec<CharacterId>,
    pub photos: Vec<PhotoRecord>,
    /// The profile picked on the form.
    pub profile: Option<ProfileId>,
}

/// The models a tier's home page offers, with the tier's defaults.
#[derive(Debug, Clone)]
pub struct ModelChoices {
    pub story: Vec<ModelEntry>,
    pub image: Vec<ModelEntry>,
    pub video: Vec<ModelEntry>,
    pub default_story: Option<String>,
    pub default_image: Option<String>,
    pub default_video: Option<String>,
}

#[derive(Clone)]
pub struct StoryEngine {
    store: Store,
    plugins: Arc<PluginHost>,
    jobs: JobQueue,
    /// Where a retried clip's job goes.
    clips: JobQueue,
    /// Longest wait between tries of a story call; a longer `Retry-After` ends the call.
    story_wait_cap: Duration,
}

impl StoryEngine {
    pub fn new(store: Store, plugins: Arc<PluginHost>, jobs: JobQueue, clips: JobQueue, story_wait_cap: Duration) -> Self {
        Self { store, plugins, jobs, clips, story_wait_cap }
    }

    /// Available models of each kind (in load order, "Built-in" last), and the tier's defaults: its first preferred model
    /// that is available, else the first available.
    pub fn model_choices(&self, tier: &TierConfig) -> ModelChoices {
        let of_kind = |kind: ModelKind| {
            let mut models: Vec<ModelEntry> = self.plugins.models().filter(|m| m.kind == kind && m.available).cloned().collect();
            // Providers in load order, each plugin's models in its own order, built-in ones last.
            models.sort_by_key(|m| (m.provider_group == "Built-in", m.order));
            models
        };
        let pick = |models: &[ModelEntry], preferred: &[String]| {
            preferred.iter().find(|key| models.iter().any(|m| &m.key == *key)).cloned().or_else(|| models.first().map(|m| m.key.clone()))
        };
        let story = of_kind(ModelKind::Story);
        let image = of_kind(ModelKind::Image);
        let video = of_kind(ModelKind::Video);
        ModelChoices {
            default_story: pick(&story, &tier.story_models),
            default_image: pick(&image, &tier.image_models),
            default_video: pick(&video, &tier.video_models),
            story,
            image,
            video,
        }
    }

    /// The tier's settings: what a parent stored, else the tier's configured defaults.
    pub async fn tier_settings(&self, tier: &TierConfig) -> Result<TierSettings, StoryError> {
        let stored = self.store.tier_settings(tier.id.clone()).await?;
        Ok(stored.unwrap_or(TierSettings { video_allowed: tier.video_allowed }))
    }

    /// Store a parent's change to the tier's settings.
    pub async fn set_tier_settings(&self, tier: &TierConfig, settings: TierSettings) -> Result<(), StoryError> {
        tracing::info!(tier = %tier.id, video_allowed = settings.video_allowed, "tier settings changed");
        Ok(self.store.set_tier_settings(tier.id.clone(), settings).await?)
    }

    /// The video model a story asked for video mode gets, or why it gets none.
    async fn video_for(
        &self,
        tier: &TierConfig,
        choices: &ModelChoices,
        posted: Option<String>,
    ) -> Result<Result<String, String>, StoryError> {
        if !self.tier_settings(tier).await?.video_allowed {
            return Ok(Err("Video is switched off for this part of the site, so this story has pictures only.".into()));
        }
        Ok(choose_model(posted, &choices.video, choices.default_video.clone())
            .ok_or_else(|| "No video model is available on this server, so this story has pictures only.".to_string()))
    }

    /// Display name of a model key, also for models no longer installed.
    pub fn model_name(&self, key: &str) -> String {
        match self.plugins.model(key) {
            Some(model) => model.display_name.clone(),
            None => legacy_name(key),
        }
    }

    /// Whether picture model `key` takes reference pictures (then a scene's
    /// picture is carried to the next, and "Reset appearance" means something).
    pub fn takes_references(&self, key: &str) -> bool {
        self.plugins.model(key).is_some_and(|m| m.max_reference_images > 0)
    }

    /// Start a story: validate, write scene 1, store it with its image job.
    pub async fn start(&self, tier: &TierConfig, req: StartRequest) -> Result<(Story, Scene), StoryError> {
        let prompt = req.prompt.trim().to_string();
        if prompt.is_empty() {
            return Err(StoryError::Invalid("Tell us what the story should be about first — a sentence or two is plenty.".into()));
        }
        if prompt.chars().count() > MAX_PROMPT {
            return Err(StoryError::Invalid(format!("That idea is a bit long: please keep it under {MAX_PROMPT} characters.")));
        }
        let choices = self.model_choices(tier);
        let story_model = choose_model(req.story_model, &choices.story, choices.default_story.clone())
            .ok_or_else(|| StoryError::Invalid("No story model is available on this server.".into()))?;
        let image_model = choose_model(req.image_model, &choices.image, choices.default_image.clone())
            .ok_or_else(|| StoryError::Invalid("No picture model is available on this server.".into()))?;
        let (video_model, video_note) = match req.video_mode {
            false => (None, None),
            true => match self.video_for(tier, &choices, req.video_model).await? {
                Ok(model) => (Some(model), None),
                Err(why) => {
                    tracing::info!(tier = %tier.id, "video mode asked for, story starts picture-only: {why}");
                    (None, Some(why))
                }
            },
        };
        let target = req.length.scenes();

        let (memory_mode, ticked, photos, profile) = match req.memory {
            Some(memory) => (true, memory.characters, memory.photos, memory.profile),
            None => (false, Vec::new(), Vec::new(), None),
        };
        let told = self.extras(tier, memory_mode, &ticked, profile, req.family_mode).await?;
        let request = prompt::story_request(tier, &prompt, &told.extras, target, None);
        let parsed = self.write_scene(&story_model, request, target <= 1).await?;

        let created = now();
        let story_id = req.story_id;
        let title = match parsed.title.as_str() {
            "" => prompt.chars().take(60).collect(),
            t => t.to_string(),
        };
        let first = Place { story_id, parent: None, via_choice: None, number: 1, with_clip: video_model.is_some() };
        let scene = new_scene(tier, first, parsed, created);
        let story = Story {
            id: story_id,
            tier: tier.id.clone(),
            title,
            prompt,
            target_scenes: target,
            story_model,
            image_model,
            root_scene: scene.id,
            created_at: created,
            finished_at: None,
            ending_scene: None,
            video_model,
            video_note,
            memory_mode,
            characters: told.cast.iter().map(|c| c.id).collect(),
            photos: photos.iter().map(|p| p.id).collect(),
            profile: told.profile,
            family_mode: req.family_mode,
        };
        let job = Job::scene_image(&tier.id, story_id, scene.id, created);
        self.store.create_story_with_photos(story.clone(), scene.clone(), job.clone(), photos).await?;
        self.jobs.enqueue(job.id);
        Ok((story, scene))
    }

    /// Take choice `choice_id` of scene `scene_id`: returns the next scene's
    /// id, writing it first unless the choice was already explored.
    pub async fn choose(&self, tier: &TierConfig, scene_id: SceneId, choice_id: ChoiceId) -> Result<SceneId, StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let choice = scene.choices.iter().find(|c| c.id == choice_id).ok_or(StoryError::NotFound)?;
        if let Some(child) = choice.child {
            return Ok(child);
        }
        let story = self.story_in(tier, scene.story_id).await?.ok_or(StoryError::NotFound)?;
        let tree = StoryTree::new(&story, self.store.scenes_of(story.id).await?);
        let path: Vec<Scene> = tree.path_to(scene.id).into_iter().cloned().collect();
        let number = scene.number + 1;
        let must_end = number >= story.target_scenes;
        let told = self.extras(tier, story.memory_mode, &story.characters, story.profile, story.family_mode).await?;
        let continuation = Continuation { path: &path, choice: &choice.text };
        let request = prompt::story_request(tier, &story.prompt, &told.extras, story.target_scenes, Some(continuation));
        let parsed = self.write_scene(&story.story_model, request, must_end).await?;
        let created = now();
        let place = Place {
            story_id: story.id,
            parent: Some(scene.id),
            via_choice: Some(choice_id),
            number,
            with_clip: story.video_model.is_some(),
        };
        let next = new_scene(tier, place, parsed, created);
        let job = Job::scene_image(&tier.id, story.id, next.id, created);
        match self.store.add_scene(choice_id, next.clone(), job.clone()).await? {
            AddScene::Added => {
                self.jobs.enqueue(job.id);
                Ok(next.id)
            }
            AddScene::AlreadyExplored(existing) => Ok(existing),
            AddScene::NoSuchChoice => Err(StoryError::NotFound),
        }
    }

    /// Try a scene's failed picture again (a no-op unless it failed).
    pub async fn retry_image(&self, tier: &TierConfig, scene_id: SceneId) -> Result<(), StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let job = Job::scene_image(&tier.id, scene.story_id, scene.id, now());
        if self.store.retry_image(scene.id, job.clone()).await? {
            self.jobs.enqueue(job.id);
        }
        Ok(())
    }

    /// Make a failed clip again (the picture is untouched); nothing when the clip did not fail.
    pub async fn retry_video(&self, tier: &TierConfig, scene_id: SceneId) -> Result<(), StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let story = self.story_in(tier, scene.story_id).await?.ok_or(StoryError::NotFound)?;
        let Some(model) = story.video_model.as_deref() else { return Err(StoryError::NotFound) };
        let job = VideoJob::new(&tier.id, story.id, scene.id, model, now());
        if self.store.retry_video(scene.id, job.clone()).await? {
            self.clips.enqueue(job.id);
        }
        Ok(())
    }

    /// "Reset appearance" on a scene of a memory-mode story: the scenes after
    /// it stop copying its picture. Another tier's scene, or a story without
    /// memory mode, is not found.
    pub async fn reset_look(&self, tier: &TierConfig, scene_id: SceneId) -> Result<(), StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let story = self.story_in(tier, scene.story_id).await?.ok_or(StoryError::NotFound)?;
        if !story.memory_mode {
            return Err(StoryError::NotFound);
        }
        self.store.reset_look(scene_id).await?;
        Ok(())
    }

    /// What a story is told with beyond its idea. Memory mode: the cast (the
    /// ticked characters, else the profile's; then, in family mode, the
    /// family's linked characters) and the profile's preferences. Family
    /// mode: the family, by name, kind and age.
    async fn extras(
        &self,
        tier: &TierConfig,
        memory_mode: bool,
        ticked: &[CharacterId],
        profile: Option<ProfileId>,
        family_mode: bool,
    ) -> Result<Told, StoryError> {
        let mut notes = Vec::new();
        // Short words for models that read only the idea (the offline storyteller).
        let mut also: Vec<String> = Vec::new();
        let mut family_names: Vec<String> = Vec::new();
        let mut wanted: Vec<CharacterId> = Vec::new();
        let mut kept_profile = None;
        if memory_mode {
            wanted.extend_from_slice(ticked);
            if let Some(id) = profile
                && let Some(profile) = self.store.profile(tier.id.clone(), id).await?
            {
                if wanted.is_empty() {
                    wanted.extend_from_slice(&profile.characters);
                }
                let said: Vec<String> = [
                    ("Favourite themes", &profile.themes),
                    ("Tone", &profile.tone),
                    ("Favourite things to weave in", &profile.favourite_things),
                    ("Picture style", &profile.art_style),
                ]
                .iter()
                .filter(|(_, value)| !value.is_empty())
                .map(|(label, value)| format!("{label}: {value}."))
                .collect();
                if !said.is_empty() {
                    notes.push(format!("This family's preferences. {}", said.join(" ")));
                }
                also.extend([&profile.themes, &profile.favourite_things].into_iter().filter(|t| !t.is_empty()).cloned());
                kept_profile = Some(profile.id);
            }
        }
        if family_mode {
            let family = self.store.family(tier.id.clone()).await?;
            if !family.members.is_empty() {
                let members: Vec<String> = family.members.iter().map(|m| m.describe()).collect();
                notes.push(format!("Put this family in the story, as themselves: {}.", members.join(", ")));
                family_names.extend(family.members.iter().map(|m| m.name.clone()));
                if memory_mode {
                    wanted.extend(family.members.iter().filter_map(|m| m.character));
                }
            }
        }
        let cast = self.cast(tier, &wanted).await?;
        let mut names: Vec<String> = cast.iter().map(|c| c.name.clone()).collect();
        for name in family_names {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                names.push(name);
            }
        }
        let extras = StoryExtras { cast: cast.iter().map(family::describe).collect(), notes, names, also };
        Ok(Told { cast, extras, profile: kept_profile })
    }

    /// The tier's profiles, by name (for the start form).
    pub async fn profiles(&self, tier: &TierConfig) -> Result<Vec<crate::store::Profile>, StoryError> {
        Ok(self.store.profiles(tier.id.clone()).await?)
    }

    /// The tier's family as the start form names it ("Ana (a girl, 7)").
    pub async fn family(&self, tier: &TierConfig) -> Result<Vec<String>, StoryError> {
        Ok(self.store.family(tier.id.clone()).await?.members.iter().map(|m| m.describe()).collect())
    }

    /// The tier's roster, by name (for the start form).
    pub async fn roster(&self, tier: &TierConfig) -> Result<Vec<Character>, StoryError> {
        Ok(self.store.characters(tier.id.clone()).await?)
    }

    /// The roster characters of `tier` among `ids`, in that order, each once
    /// (at most [`MAX_CAST`]); ids of deleted or other tiers' characters are left out.
    pub async fn cast(&self, tier: &TierConfig, ids: &[CharacterId]) -> Result<Vec<Character>, StoryError> {
        let mut cast: Vec<Character> = Vec::new();
        for id in ids {
            if cast.len() >= MAX_CAST || cast.iter().any(|c| c.id == *id) {
                continue;
            }
            if let Some(character) = self.store.character(tier.id.clone(), *id).await? {
                cast.push(character);
            }
        }
        Ok(cast)
    }

    /// A scene, only if it belongs to `tier`.
    pub async fn scene_in(&self, tier: &TierConfig, id: SceneId) -> Result<Option<Scene>, StoryError> {
        Ok(self.store.scene(id).await?.filter(|s| s.tier == tier.id))
    }

    /// A story, only if it belongs to `tier`.
    pub async fn story_in(&self, tier: &TierConfig, id: StoryId) -> Result<Option<Story>, StoryError> {
        Ok(self.store.story(id).await?.filter(|s| s.tier == tier.id))
    }

    /// A story of `tier` with its whole scene tree.
    pub async fn tree_in(&self, tier: &TierConfig, id: StoryId) -> Result<Option<(Story, StoryTree)>, StoryError> {
        let Some(story) = self.story_in(tier, id).await? else { return Ok(None) };
        let scenes = self.store.scenes_of(story.id).await?;
        let tree = StoryTree::new(&story, scenes);
        Ok(Some((story, tree)))
    }

    async fn write_scene(&self, model: &str, request: crate::plugin_host::StoryCall, must_end: bool) -> Result<ParsedScene, StoryError> {
        let answer = self.ask(model, &request).await?;
        match parse_scene(&answer, must_end) {
            Ok(scene) => Ok(scene),
            Err(problem) => {
                tracing::warn!(model, %problem, "story answer unusable, asking once more");
                let retry = prompt::repair(request, &answer, &problem);
                let answer = self.ask(model, &retry).await?;
                parse_scene(&answer, must_end).map_err(StoryError::BadScene)
            }
        }
    }

    /// One story call, retried on rate limits and transient failures while the
    /// family waits; a provider's wait longer than the cap fails it at once.
    async fn ask(&self, model: &str, request: &crate::plugin_host::StoryCall) -> Result<String, PluginError> {
        let result = retry::with_retries(STORY_ATTEMPTS, self.story_wait_cap, || self.plugins.generate_story(model, request.clone())).await;
        if let Err(err) = &result {
            tracing::warn!(model, reason = err.reason(), detail = err.detail().as_deref().unwrap_or(""), "story call failed: {err}");
        }
        result
    }
}

/// The posted model if it is available, else the default.
fn choose_model(posted: Option<String>, available: &[ModelEntry], default: Option<String>) -> Option<String> {
    posted.filter(|key| available.iter().any(|m| &m.key == key)).or(default)
}

/// Where a new scene goes in its story's tree.
struct Place {
    story_id: StoryId,
    parent: Option<SceneId>,
    via_choice: Option<ChoiceId>,
    /// 1-based position along its path.
    number: u32,
    /// The story is in video mode: the scene gets a clip.
    with_clip: bool,
}

fn new_scene(tier: &TierConfig, place: Place, parsed: ParsedScene, created: i64) -> Scene {
    Scene {
        id: SceneId::new(),
        story_id: place.story_id,
        tier: tier.id.clone(),
        parent: place.parent,
        via_choice: place.via_choice,
        number: place.number,
        text: parsed.text,
        image_prompt: parsed.image_prompt,
        choices: parsed.choices.into_iter().map(|text| Choice { id: ChoiceId::new(), text, child: None }).collect(),
        is_ending: parsed.is_ending,
        image: ImageState::pending(),
        created_at: created,
        // A clip waits for the picture; its job starts when the picture is settled.
        video: place.with_clip.then(VideoState::pending),
        look_reset: false,
    }
}

/// Names for model keys no plugin offers any more (older stories).
fn legacy_name(key: &str) -> String {
    match key {
        "dalle" => "DALL-E".to_string(),
        "gpt-image-1" => "GPT Image 1".to_string(),
        "gpt-image-1-mini" => "GPT Image 1 Mini".to_string(),
        "gpt-image-1.5" => "GPT Image 1.5".to_string(),
        "grok-imagine" => "Grok Imagine".to_string(),
        "gemini" => "Gemini".to_string(),
        "claude" => "Claude".to_string(),
        "gpt" => "GPT".to_string(),
        "grok" => "Grok".to_string(),
        "" => "Unknown model".to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::legacy_name;

    #[test]
    fn legacy_and_unknown_model_keys_get_sensible_names() {
        assert_eq!(legacy_name("dalle"), "DALL-E");
        assert_eq!(legacy_name("gpt-image-1.5"), "GPT Image 1.5");
        assert_eq!(legacy_name("grok-imagine"), "Grok Imagine");
        assert_eq!(legacy_name(""), "Unknown model");
        assert_eq!(legacy_name("some-future-model"), "some-future-model");
    }
}

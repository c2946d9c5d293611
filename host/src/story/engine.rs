//! `StoryEngine`: start a story, take a choice. Each step asks the story
//! model for a scene (retrying once with a repair instruction when the answer
//! is unusable), stores the scene with its image job in one transaction and
//! hands the job to the queue. The family is waiting on the page: a provider
//! that asks for a longer wait than `story_wait_cap` ends the step at once
//! with "busy — try again in N seconds", never an early retry.

use std::time::Duration;

use super::ModelChoices;
use super::bedtime;
use super::error::StoryError;
use super::flights::{Flight, Flights};
use super::model::Length;
use super::prompt::{self, Continuation};
use super::scene_parse::{ParsedScene, parse_scene};
use super::tree::StoryTree;
use crate::jobs::JobQueue;
use crate::plugin_host::{ModelEntry, PluginError, Plugins, retry};
use crate::store::Job;
use crate::store::{AddScene, Store, TakenChoice, TierSettings, VideoState};
use crate::store::{CharacterId, PhotoRecord, ProfileId};
use crate::store::{Choice, ChoiceId, ImageState, Scene, SceneId, Story, StoryId, now};
use crate::tier::TierConfig;
use crate::usage::Ledger;

/// Tries of one story call on retryable failures (the longest wait between them is `Config::story_wait_cap`).
const STORY_ATTEMPTS: u32 = 3;

/// Longest prompt a family may type, in characters.
pub const MAX_PROMPT: usize = 2000;

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
    /// "Bedtime story" ticked (`bedtime`; taken only where the tier offers it).
    pub bedtime: bool,
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

#[derive(Clone)]
pub struct StoryEngine {
    pub(super) store: Store,
    pub(super) plugins: Plugins,
    pub(super) jobs: JobQueue,
    /// Where a retried clip's job goes.
    pub(super) clips: JobQueue,
    /// Longest wait between tries of a story call; a longer `Retry-After` ends the call.
    pub(super) story_wait_cap: Duration,
    /// The story calls being written, one per choice.
    pub(super) flights: Flights<Flight>,
    /// Counts every story call; holds paid models to the tier's daily budget.
    pub(super) ledger: Ledger,
    /// How long after its start a bedtime story's pages say it is time to finish.
    pub wind_down: Duration,
}

impl StoryEngine {
    pub fn new(store: Store, plugins: Plugins, jobs: JobQueue, clips: JobQueue, story_wait_cap: Duration) -> Self {
        Self {
            ledger: Ledger::new(store.clone()),
            store,
            plugins,
            jobs,
            clips,
            story_wait_cap,
            flights: Flights::default(),
            wind_down: bedtime::WIND_DOWN,
        }
    }

    /// The engine with bedtime stories winding down `after` their start.
    pub fn with_wind_down(mut self, after: Duration) -> Self {
        self.wind_down = after;
        self
    }

    /// The tier's settings: what a parent stored, else the tier's configured defaults.
    pub async fn tier_settings(&self, tier: &TierConfig) -> Result<TierSettings, StoryError> {
        Ok(self.store.settings_of(tier).await?)
    }

    /// Store a parent's change to the tier's settings.
    pub async fn set_tier_settings(&self, tier: &TierConfig, settings: TierSettings) -> Result<(), StoryError> {
        tracing::info!(tier = %tier.id, ?settings, "tier settings changed");
        Ok(self.store.set_tier_settings(tier.id.clone(), settings).await?)
    }

    /// The video model a story asked for video mode gets, or why it gets none.
    fn video_for(settings: &TierSettings, choices: &ModelChoices, posted: Option<String>) -> Result<String, String> {
        if !settings.video_allowed {
            return Err("Video is switched off for this part of the site, so this story has pictures only.".into());
        }
        choose_model(posted, &choices.video, choices.default_video.clone())
            .ok_or_else(|| "No video model is available on this server, so this story has pictures only.".to_string())
    }

    /// Display name of a model key, also for models no longer installed.
    pub fn model_name(&self, key: &str) -> String {
        match self.plugins.now().model(key) {
            Some(model) => model.display_name.clone(),
            None => legacy_name(key),
        }
    }

    /// Whether picture model `key` takes reference pictures (then a scene's
    /// picture is carried to the next, and "Reset appearance" means something).
    pub fn takes_references(&self, key: &str) -> bool {
        self.plugins.now().model(key).is_some_and(|m| m.max_reference_images > 0)
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
        let settings = self.tier_settings(tier).await?;
        let choices = self.model_choices(tier, &settings);
        let story_model = choose_model(req.story_model, &choices.story, choices.default_story.clone())
            .ok_or_else(|| StoryError::Invalid("No story model is available on this server.".into()))?;
        let image_model = choose_model(req.image_model, &choices.image, choices.default_image.clone())
            .ok_or_else(|| StoryError::Invalid("No picture model is available on this server.".into()))?;
        let (video_model, video_note) = match req.video_mode {
            false => (None, None),
            true => match Self::video_for(&settings, &choices, req.video_model) {
                Ok(model) => (Some(model), None),
                Err(why) => {
                    tracing::info!(tier = %tier.id, "video mode asked for, story starts picture-only: {why}");
                    (None, Some(why))
                }
            },
        };
        // A bedtime story where the tier offers none is told as an ordinary one (the form had no box).
        let bedtime = req.bedtime && settings.bedtime_offered;
        let target = if bedtime { bedtime::SCENES } else { req.length.scenes() };

        let (memory_mode, ticked, photos, profile) = match req.memory {
            Some(memory) => (true, memory.characters, memory.photos, memory.profile),
            None => (false, Vec::new(), Vec::new(), None),
        };
        let told = self.extras(tier, memory_mode, &ticked, profile, req.family_mode, bedtime).await?;
        let request = prompt::story_request(tier, req.story_id, &prompt, &told.extras, target, None);
        let parsed = self.write_scene(tier, &settings, &story_model, request, target <= 1).await?;

        let created = now();
        let story_id = req.story_id;
        let title = match parsed.title.as_str() {
            "" => prompt.chars().take(60).collect(),
            t => t.to_string(),
        };
        let first = Place { story_id, parent: None, via_choice: None, number: 1, with_clip: video_model.is_some(), target: None };
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
            bedtime,
        };
        let job = Job::scene_image(&tier.id, story_id, scene.id, created);
        self.store.create_story_with_photos(story.clone(), scene.clone(), job.clone(), photos).await?;
        self.jobs.enqueue(job.id);
        Ok((story, scene))
    }

    /// Take choice `choice_id` of scene `scene_id`: returns the next scene's
    /// id, writing it first unless the choice was already explored. A second
    /// take of the same choice while its scene is being written waits for
    /// that one story call and gets its scene.
    pub async fn choose(&self, tier: &TierConfig, scene_id: SceneId, choice_id: ChoiceId) -> Result<SceneId, StoryError> {
        let _boarding = self.flights.board(Flight::Choice(scene_id, choice_id)).await;
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let choice = scene.choices.iter().find(|c| c.id == choice_id).ok_or(StoryError::NotFound)?;
        if let Some(child) = choice.child {
            return Ok(child);
        }
        let text = choice.text.clone();
        self.write_next(tier, &scene, &text, TakenChoice::Offered(choice_id)).await
    }

    /// Write the scene after `scene` where the family took `taken` (whose text
    /// is `choice`), store it with its picture job and return its id (or the
    /// scene stored for that choice in the meantime).
    pub(super) async fn write_next(
        &self,
        tier: &TierConfig,
        scene: &Scene,
        choice: &str,
        taken: TakenChoice,
    ) -> Result<SceneId, StoryError> {
        let story = self.story_in(tier, scene.story_id).await?.ok_or(StoryError::NotFound)?;
        let tree = StoryTree::new(&story, self.store.scenes_of(story.id).await?);
        let path: Vec<Scene> = tree.path_to(scene.id).into_iter().cloned().collect();
        let number = scene.number + 1;
        // The branch's own length: "Keep going" or "Wrap it up" pressed here or above.
        let target = scene.branch_target(&story);
        let must_end = number >= target;
        let told = self.extras(tier, story.memory_mode, &story.characters, story.profile, story.family_mode, story.bedtime).await?;
        let continuation = Continuation { path: &path, choice, change: scene.length_change };
        let request = prompt::story_request(tier, story.id, &story.prompt, &told.extras, target, Some(continuation));
        let settings = self.tier_settings(tier).await?;
        let parsed = self.write_scene(tier, &settings, &story.story_model, request, must_end).await?;
        let created = now();
        let place = Place {
            story_id: story.id,
            parent: Some(scene.id),
            via_choice: match &taken {
                TakenChoice::Offered(id) => Some(*id),
                TakenChoice::Typed(typed) => Some(typed.id),
            },
            number,
            with_clip: story.video_model.is_some(),
            target: scene.target,
        };
        let next = new_scene(tier, place, parsed, created);
        let job = Job::scene_image(&tier.id, story.id, next.id, created);
        match self.store.add_scene(taken, next.clone(), job.clone()).await? {
            AddScene::Added => {
                self.jobs.enqueue(job.id);
                Ok(next.id)
            }
            AddScene::AlreadyExplored(existing) => Ok(existing),
            AddScene::NoSuchChoice => Err(StoryError::NotFound),
        }
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

    /// Write one scene with `model` for `tier`: refused when the tier's daily
    /// budget for a paid model is spent; asked once more when the answer is unusable.
    async fn write_scene(
        &self,
        tier: &TierConfig,
        settings: &TierSettings,
        model: &str,
        request: crate::plugin_host::StoryCall,
        must_end: bool,
    ) -> Result<ParsedScene, StoryError> {
        let entry = self.plugins.now().model_entry(model).cloned();
        if let Some(entry) = &entry
            && let Some(refusal) = self.ledger.refusal(tier, settings, entry, 1).await?
        {
            return Err(StoryError::OverBudget(refusal));
        }
        let answer = self.ask(tier, entry.as_ref(), model, &request).await?;
        match parse_scene(&answer, must_end) {
            Ok(scene) => Ok(scene),
            Err(problem) => {
                tracing::warn!(model, %problem, "story answer unusable, asking once more");
                let retry = prompt::repair(request, &answer, &problem);
                let answer = self.ask(tier, entry.as_ref(), model, &retry).await?;
                parse_scene(&answer, must_end).map_err(StoryError::BadScene)
            }
        }
    }

    /// One story call, retried on rate limits and transient failures while the
    /// family waits; a provider's wait longer than the cap fails it at once.
    /// Each call is counted in the usage ledger (`entry`: the model, when it is still installed).
    async fn ask(
        &self,
        tier: &TierConfig,
        entry: Option<&ModelEntry>,
        model: &str,
        request: &crate::plugin_host::StoryCall,
    ) -> Result<String, PluginError> {
        let started = std::time::Instant::now();
        let result = retry::with_retries(STORY_ATTEMPTS, self.story_wait_cap, || {
            // Each try on the plugins in use when it starts.
            let (host, request) = (self.plugins.now(), request.clone());
            async move { host.generate_story(model, request).await }
        })
        .await;
        if let Err(err) = &result {
            tracing::warn!(model, reason = err.reason(), detail = err.detail().as_deref().unwrap_or(""), "story call failed: {err}");
        }
        if let Some(entry) = entry {
            let failure = result.as_ref().err().map(PluginError::kind_of_failure);
            self.ledger.record(tier, entry, failure, 1, started.elapsed()).await;
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
    /// The branch's length when the family changed it above (inherited).
    target: Option<u32>,
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
        target: place.target,
        length_change: None,
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

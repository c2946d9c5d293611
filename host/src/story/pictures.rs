//! What a family can do to a scene's picture and clip after the scene is
//! written: try a failed picture or clip again, paint a picture again with a
//! new description, and "Reset appearance" in a memory-mode story. Each
//! finds the scene in its own tier only.

use super::engine::{MAX_PROMPT, StoryEngine};
use super::error::StoryError;
use crate::store::{Job, SceneId, VideoJob, now};
use crate::tier::TierConfig;

impl StoryEngine {
    /// Try a scene's failed picture again (a no-op unless it failed).
    pub async fn retry_image(&self, tier: &TierConfig, scene_id: SceneId) -> Result<(), StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let job = Job::scene_image(&tier.id, scene.story_id, scene.id, now());
        if self.store.retry_image(scene.id, job.clone()).await? {
            self.jobs.enqueue(job.id);
        }
        Ok(())
    }

    /// "Paint it again" a scene's finished picture, with `prompt` (trimmed) as
    /// its new description when given. An empty or over-long description is
    /// refused and nothing changes; a picture that is not complete (or a scene
    /// with a clip) is left as it is. The old picture stays until the new one
    /// is saved, and comes back if the new one cannot be made (`store::jobs`).
    pub async fn regenerate_image(&self, tier: &TierConfig, scene_id: SceneId, prompt: Option<String>) -> Result<(), StoryError> {
        let scene = self.scene_in(tier, scene_id).await?.ok_or(StoryError::NotFound)?;
        let prompt = match prompt.map(|p| p.trim().to_string()) {
            Some(p) if p.is_empty() => return Err(StoryError::Invalid("Write what the picture should show first.".into())),
            Some(p) if p.chars().count() > MAX_PROMPT => {
                return Err(StoryError::Invalid(format!("That description is a bit long: please keep it under {MAX_PROMPT} characters.")));
            }
            other => other,
        };
        let job = Job::scene_image(&tier.id, scene.story_id, scene.id, now());
        match self.store.regenerate_image(scene.id, prompt, job).await? {
            Some(job) => {
                tracing::info!(tier = %tier.id, scene = %scene.id, variation = job.variation, "painting a picture again");
                self.jobs.enqueue(job.id);
            }
            None => tracing::debug!(tier = %tier.id, scene = %scene.id, "picture not repainted: it is not finished"),
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
}

//! A durable background job and its states.

use serde::{Deserialize, Serialize};

use super::ids::{JobId, SceneId, StoryId};
use super::records::Timestamp;
use crate::tier::TierId;

/// What a job makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    SceneImage,
}

/// `Pending → Running → Done | Failed`; a `Running` job found at start-up was
/// interrupted by a crash and goes back to `Pending` (or `Failed` when it has
/// used all its attempts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    Pending,
    Running,
    Done,
    Failed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: JobId,
    pub kind: JobKind,
    pub tier: TierId,
    pub story_id: StoryId,
    pub scene_id: SceneId,
    pub state: JobState,
    /// Attempts started so far on the current model (interrupted ones
    /// included); back to 0 when the job falls back to the next model.
    pub attempts: u32,
    /// The last failure, as the parents' sentence.
    pub error: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Not to be started before this time (the provider's `Retry-After`), so a
    /// restart keeps honouring it. Fields from here on came later: `#[serde(default)]`
    /// lets jobs stored before them still read.
    #[serde(default)]
    pub not_before: Option<Timestamp>,
    /// The models that refused this scene, in the order they were asked; the
    /// job now asks the next model of the fallback chain not in this list.
    #[serde(default)]
    pub declined: Vec<Declined>,
    /// The last failure's detail (provider text or technical line).
    #[serde(default)]
    pub detail: Option<String>,
    /// "Paint it again": which variation of the description the picture is
    /// painted with (0: as described). Stored, so a restart paints the same one.
    #[serde(default)]
    pub variation: u32,
    /// "Change the picture's description": the words the picture it replaces
    /// was painted from, put back should the repaint fail for good.
    #[serde(default)]
    pub replaced_prompt: Option<String>,
}

/// A model that refused the scene, and the provider's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Declined {
    /// Model key.
    pub model: String,
    /// Its display name when it declined (shown in "Painted by … (… declined this scene)").
    pub name: String,
    pub detail: Option<String>,
    /// It was passed over, not asked: the tier's daily limit for paid pictures was reached (`usage`).
    #[serde(default)]
    pub over_budget: bool,
}

/// Attempts after which an interrupted or failing job is given up.
pub const MAX_ATTEMPTS: u32 = 3;

impl Job {
    pub fn scene_image(tier: &TierId, story_id: StoryId, scene_id: SceneId, now: Timestamp) -> Self {
        Self {
            id: JobId::new(),
            kind: JobKind::SceneImage,
            tier: tier.clone(),
            story_id,
            scene_id,
            state: JobState::Pending,
            attempts: 0,
            error: None,
            created_at: now,
            updated_at: now,
            not_before: None,
            declined: Vec::new(),
            detail: None,
            variation: 0,
            replaced_prompt: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_stored_before_the_retry_and_fallback_fields_still_reads() {
        let job = Job::scene_image(&TierId::parse("kids").unwrap(), StoryId::new(), SceneId::new(), 5);
        let mut old = serde_json::to_value(&job).unwrap();
        for field in ["not_before", "declined", "detail", "variation", "replaced_prompt"] {
            old.as_object_mut().unwrap().remove(field);
        }
        let read: Job = serde_json::from_value(old).unwrap();
        assert_eq!(read, job);
    }
}

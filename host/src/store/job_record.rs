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
    /// Attempts started so far (interrupted ones included).
    pub attempts: u32,
    pub error: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
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
        }
    }
}

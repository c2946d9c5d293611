//! The stored records: stories, scenes and choices (the tree a family
//! explores) and media. A story has one root scene; each scene's choices lead
//! to child scenes once taken, so every explored branch is kept. Every record
//! carries its tier, and every lookup by a route checks it.

use serde::{Deserialize, Serialize};

use super::ids::{ChoiceId, MediaId, SceneId, StoryId};
use crate::tier::TierId;

/// Milliseconds since the Unix epoch (fine enough to order a gallery).
pub type Timestamp = i64;

pub fn now() -> Timestamp {
    i64::try_from(time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub id: StoryId,
    pub tier: TierId,
    pub title: String,
    /// The family's prompt.
    pub prompt: String,
    pub target_scenes: u32,
    /// Model keys, locked when the story starts.
    pub story_model: String,
    pub image_model: String,
    pub root_scene: SceneId,
    pub created_at: Timestamp,
    /// Set when the first ending is reached; the story is then in the gallery.
    pub finished_at: Option<Timestamp>,
    /// The first ending reached: the reader's main path leads to it.
    pub ending_scene: Option<SceneId>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scene {
    pub id: SceneId,
    pub story_id: StoryId,
    pub tier: TierId,
    /// The scene and choice that led here; none for the first scene.
    pub parent: Option<SceneId>,
    pub via_choice: Option<ChoiceId>,
    /// 1-based position along its path.
    pub number: u32,
    pub text: String,
    pub image_prompt: String,
    pub choices: Vec<Choice>,
    pub is_ending: bool,
    pub image: ImageState,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: ChoiceId,
    pub text: String,
    /// The scene this choice led to, once taken.
    pub child: Option<SceneId>,
}

/// Where a scene's picture is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImageStatus {
    Pending,
    Generating,
    Complete,
    Failed,
}

impl ImageStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ImageStatus::Pending => "pending",
            ImageStatus::Generating => "generating",
            ImageStatus::Complete => "complete",
            ImageStatus::Failed => "failed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageState {
    pub status: ImageStatus,
    /// The media record of the finished picture.
    pub media: Option<MediaId>,
    /// A parent-readable reason when it failed.
    pub error: Option<String>,
}

impl ImageState {
    pub fn pending() -> Self {
        Self { status: ImageStatus::Pending, media: None, error: None }
    }
}

/// A stored blob (picture, later video) and what it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MediaRecord {
    pub id: MediaId,
    pub tier: TierId,
    pub story_id: StoryId,
    pub scene_id: SceneId,
    /// Path relative to the data directory, e.g. `media/kids/<story>/<scene>-<id>.png`.
    pub file: String,
    pub media_type: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
    pub model: String,
    pub created_at: Timestamp,
}

//! Video mode's records: a scene's clip as the page shows it (`VideoState`)
//! and the durable job that makes it (`VideoJob`).
//!
//! A clip job is `Pending → Generating → Complete | Failed`. It is created when
//! the scene's picture completes (the picture becomes the clip's first frame)
//! or fails for good (the clip is made from the words alone), in the same
//! transaction, never after a fixed wait. Once a provider has accepted it, the
//! provider's job id is stored, so a restart polls that job again instead of
//! paying for a second one.

use serde::{Deserialize, Serialize};

use super::ids::{JobId, MediaId, SceneId, StoryId};
use super::records::Timestamp;
use crate::tier::TierId;

/// Where a scene's clip is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VideoStatus {
    /// Waiting for the picture, or queued.
    Pending,
    /// A video model is making it.
    Generating,
    Complete,
    Failed,
}

impl VideoStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Generating => "generating",
            Self::Complete => "complete",
            Self::Failed => "failed",
        }
    }
}

/// A scene's clip as its pages show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VideoState {
    pub status: VideoStatus,
    /// The media record of the finished clip.
    pub media: Option<MediaId>,
    /// How far the provider says it is, 0–100, while generating (when it says).
    #[serde(default)]
    pub progress: Option<u8>,
    /// When it failed: a short sentence for parents.
    #[serde(default)]
    pub error: Option<String>,
    /// The provider's words or technical detail, behind the details toggle.
    #[serde(default)]
    pub detail: Option<String>,
    /// While a retryable failure waits: what the family reads instead of a failure.
    #[serde(default)]
    pub notice: Option<String>,
    /// The job making it, once the picture is settled (`None`: waiting for the picture).
    #[serde(default)]
    pub job: Option<JobId>,
}

impl VideoState {
    /// A clip waiting for its scene's picture (or for a worker).
    pub fn pending() -> Self {
        Self { status: VideoStatus::Pending, media: None, progress: None, error: None, detail: None, notice: None, job: None }
    }
}

/// The durable job making one scene's clip.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VideoJob {
    pub id: JobId,
    pub tier: TierId,
    pub story_id: StoryId,
    pub scene_id: SceneId,
    /// The video model (key), the story's.
    pub model: String,
    pub status: VideoStatus,
    /// The provider's id for the clip once submitted: polled, never submitted again.
    pub provider_job: Option<String>,
    /// Submissions started (interrupted ones included); polls do not count.
    pub attempts: u32,
    /// Not to be called before this time (the next poll, or a provider's `Retry-After`).
    pub not_before: Option<Timestamp>,
    /// When the provider accepted the clip: the poll budget counts from here.
    pub submitted_at: Option<Timestamp>,
    /// The last failure's sentence and detail.
    pub error: Option<String>,
    pub detail: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

impl VideoJob {
    pub fn new(tier: &TierId, story_id: StoryId, scene_id: SceneId, model: &str, now: Timestamp) -> Self {
        Self {
            id: JobId::new(),
            tier: tier.clone(),
            story_id,
            scene_id,
            model: model.to_string(),
            status: VideoStatus::Pending,
            provider_job: None,
            attempts: 0,
            not_before: None,
            submitted_at: None,
            error: None,
            detail: None,
            created_at: now,
            updated_at: now,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::records::{ImageState, Scene, Story};

    #[test]
    fn stories_and_scenes_stored_before_video_mode_still_read() {
        let story = serde_json::json!({
            "id": StoryId::new(), "tier": "kids", "title": "t", "prompt": "p", "target_scenes": 3,
            "story_model": "storyteller", "image_model": "picture-book", "root_scene": SceneId::new(),
            "created_at": 1, "finished_at": null, "ending_scene": null
        });
        let story: Story = serde_json::from_value(story).unwrap();
        assert_eq!((story.video_model, story.video_note), (None, None));
        let scene = serde_json::json!({
            "id": SceneId::new(), "story_id": StoryId::new(), "tier": "kids", "parent": null, "via_choice": null,
            "number": 1, "text": "x", "image_prompt": "y", "choices": [], "is_ending": false,
            "image": serde_json::to_value(ImageState::pending()).unwrap(), "created_at": 1
        });
        let scene: Scene = serde_json::from_value(scene).unwrap();
        assert_eq!(scene.video, None);
    }
}

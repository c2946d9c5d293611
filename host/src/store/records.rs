//! The stored records: stories, scenes and choices (the tree a family
//! explores) and media. A story has one root scene; each scene's choices lead
//! to child scenes once taken, so every explored branch is kept. Every record
//! carries its tier, and every lookup by a route checks it.

use serde::{Deserialize, Serialize};

use super::ids::{CharacterId, ChoiceId, MediaId, PhotoId, ProfileId, SceneId, StoryId};
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
    /// Video mode: the video model making a clip of every scene, locked when
    /// the story starts; `None` for a picture-only story. Fields from here on
    /// came later: `#[serde(default)]` lets stories stored before them read.
    #[serde(default)]
    pub video_model: Option<String>,
    /// Why a story asked for video mode is picture-only (shown on its scenes).
    #[serde(default)]
    pub video_note: Option<String>,
    /// Memory mode: the chosen characters and the story's own photos shape
    /// its text and pictures, and their photos go to the picture model (with
    /// the previous scene's picture). Off: no photo ever leaves the server.
    #[serde(default)]
    pub memory_mode: bool,
    /// The roster characters chosen on the start form, the main one first (memory mode only).
    #[serde(default)]
    pub characters: Vec<CharacterId>,
    /// Photos uploaded on the start form for this story only (memory mode
    /// only): they come before the characters' photos, and are deleted with
    /// the story or once its first ending has its picture.
    #[serde(default)]
    pub photos: Vec<PhotoId>,
    /// The memory-mode profile the story is told with (its preferences and picture style).
    #[serde(default)]
    pub profile: Option<ProfileId>,
    /// Family mode: the tier's family is in the story.
    #[serde(default)]
    pub family_mode: bool,
    /// A bedtime story (`story::bedtime`): short, soothing, ending in sleep.
    #[serde(default)]
    pub bedtime: bool,
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
    /// The scene's clip, in a video-mode story (`None` otherwise, and in scenes stored before video mode).
    #[serde(default)]
    pub video: Option<super::VideoState>,
    /// "Reset appearance" was pressed on this scene: the scenes after it do
    /// not get its picture as a reference (memory mode).
    #[serde(default)]
    pub look_reset: bool,
    /// How many scenes this scene's branch has, when "Keep going" or "Wrap it
    /// up" changed it here or above (see [`Scene::branch_target`]); the
    /// scenes written after it inherit it. `None`: the story's own length.
    #[serde(default)]
    pub target: Option<u32>,
    /// "Keep going" or "Wrap it up" was pressed on this scene (the story model
    /// is told when it writes the next one).
    #[serde(default)]
    pub length_change: Option<LengthChange>,
}

impl Scene {
    /// How many scenes this scene's branch has: the length the family set on
    /// it or above it, else the story's. Never less than the scenes so far
    /// (an ending is the last; any other scene has at least one more).
    pub fn branch_target(&self, story: &Story) -> u32 {
        match self.is_ending {
            true => self.number,
            false => self.target.unwrap_or(story.target_scenes).max(self.number + 1),
        }
    }

    /// The picture's alt text: the painter's own description of the finished
    /// picture when it gave one, else (and while a picture is being painted)
    /// the words it is painted from.
    pub fn picture_alt(&self) -> &str {
        match (self.image.status, self.image.description.as_deref()) {
            (ImageStatus::Complete, Some(description)) => description,
            _ => &self.image_prompt,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: ChoiceId,
    pub text: String,
    /// The scene this choice led to, once taken.
    pub child: Option<SceneId>,
}

/// A choice's text as compared with a typed one: trimmed, inner runs of white
/// space as one space, lower case ("Open  the Door " and "open the door" are one choice).
pub fn fold_choice(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// How the family changed a story's length while playing it (the story model is told).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LengthChange {
    /// "Keep going": three more scenes.
    KeepGoing,
    /// "Wrap it up": the ending two scenes from the scene it was pressed on.
    WrapUp,
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

/// A scene's picture as the family sees it. The fields after `error` came
/// later: `#[serde(default)]` lets scenes stored before them still read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImageState {
    pub status: ImageStatus,
    /// The media record of the finished picture.
    pub media: Option<MediaId>,
    /// When it failed: a short sentence for parents, by kind (never the provider's words).
    pub error: Option<String>,
    /// The provider's own words or the technical detail, behind the caption's details toggle.
    #[serde(default)]
    pub detail: Option<String>,
    /// While a retryable failure waits (status pending): what the family reads
    /// instead of a failure ("The picture service is busy, we'll try again.").
    #[serde(default)]
    pub notice: Option<String>,
    /// Display name of the model that painted the finished picture.
    #[serde(default)]
    pub painted_by: Option<String>,
    /// Display names of the models that declined the scene before `painted_by`
    /// painted it, the story's own model first (empty when it painted it).
    #[serde(default)]
    pub declined_by: Vec<String>,
    /// While the family's "Paint it again" is being painted: the finished
    /// picture it replaces, kept (row and file) until the new one is saved, and
    /// shown again if the new one cannot be made.
    #[serde(default)]
    pub replaces: Option<MediaId>,
    /// Which "Paint it again" variation the picture was painted with (0: as described; see `jobs::worker`).
    #[serde(default)]
    pub variation: u32,
    /// The picture plugin's own description of the finished picture (contract
    /// 0.3, cleaned and capped by `jobs::worker`), its alt text; none: the
    /// scene's `image_prompt` is. Like `painted_by`, kept for the old picture
    /// while a repaint is painted, and replaced when the new one is saved.
    #[serde(default)]
    pub description: Option<String>,
    /// `painted_by` painted it because the story's paid model was passed
    /// over: the tier's daily limit for paid pictures was reached (`usage`).
    #[serde(default)]
    pub over_budget: bool,
    /// The finished picture's thumbnail (`jobs::thumbnail`, its own media
    /// row), once made; none for pictures from before thumbnails.
    #[serde(default)]
    pub thumb: Option<MediaId>,
}

impl ImageState {
    pub fn pending() -> Self {
        Self {
            status: ImageStatus::Pending,
            media: None,
            error: None,
            detail: None,
            notice: None,
            painted_by: None,
            declined_by: Vec::new(),
            replaces: None,
            variation: 0,
            description: None,
            over_budget: false,
            thumb: None,
        }
    }

    /// "Painted by Grok Imagine (GPT Image 1 declined this scene)": only when a
    /// model other than the story's own painted the picture. Names that carry
    /// their own brackets (dropped-in plugins') get a dash instead, never "))".
    /// When a paid model was passed over for the tier's daily limit:
    /// "Painted by Picture Book (today's limit for paid pictures was reached)".
    pub fn painted_note(&self) -> Option<String> {
        let done = self.status == ImageStatus::Complete;
        let painter = self.painted_by.as_deref().filter(|_| done && (!self.declined_by.is_empty() || self.over_budget))?;
        if self.declined_by.is_empty() {
            return Some(match painter.contains('(') {
                false => format!("Painted by {painter} (today's limit for paid pictures was reached)"),
                true => format!("Painted by {painter} — today's limit for paid pictures was reached"),
            });
        }
        let declined = and_list(&self.declined_by);
        Some(match painter.contains('(') || declined.contains('(') {
            false => format!("Painted by {painter} ({declined} declined this scene)"),
            true => format!("Painted by {painter} — {declined} declined this scene"),
        })
    }
}

/// "A", "A and B", "A, B and C" (pages and prompts both say lists this way).
pub fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
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
    /// The model key that painted it (after a fallback, not the story's own).
    pub model: String,
    pub created_at: Timestamp,
    /// A picture's description from the plugin that painted it (cleaned and
    /// capped), when it gave one; none for clips and older records.
    #[serde(default)]
    pub description: Option<String>,
    /// A finished picture's thumbnail (`jobs::thumbnail`), not a picture of its own.
    #[serde(default)]
    pub thumbnail: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_painted_note_names_the_painter_and_who_declined() {
        let state = |painted_by: Option<&str>, declined: &[&str], status| ImageState {
            status,
            painted_by: painted_by.map(String::from),
            declined_by: declined.iter().map(|s| s.to_string()).collect(),
            ..ImageState::pending()
        };
        let cases: [(ImageState, Option<&str>); 6] = [
            (state(Some("GPT Image 1"), &[], ImageStatus::Complete), None),
            (
                state(Some("Grok Imagine"), &["GPT Image 1"], ImageStatus::Complete),
                Some("Painted by Grok Imagine (GPT Image 1 declined this scene)"),
            ),
            (
                state(Some("Picture Book"), &["A", "B", "C"], ImageStatus::Complete),
                Some("Painted by Picture Book (A, B and C declined this scene)"),
            ),
            (
                state(Some("Steady (plugin d)"), &["Picky (plugin d)"], ImageStatus::Complete),
                Some("Painted by Steady (plugin d) — Picky (plugin d) declined this scene"),
            ),
            (state(None, &["A"], ImageStatus::Complete), None),
            (state(Some("B"), &["A"], ImageStatus::Pending), None),
        ];
        for (state, expected) in cases {
            assert_eq!(state.painted_note().as_deref(), expected, "{state:?}");
        }
    }

    #[test]
    fn typed_choices_fold_case_and_spaces() {
        assert_eq!(fold_choice("  Open  the\tDoor "), "open the door");
        assert_eq!(fold_choice("open the door"), fold_choice("OPEN THE DOOR"));
        assert_ne!(fold_choice("open the door"), fold_choice("open the doors"));
    }

    #[test]
    fn a_scene_stored_before_the_new_picture_fields_still_reads() {
        let old = r#"{"status":"failed","media":null,"error":"the model crashed"}"#;
        let state: ImageState = serde_json::from_str(old).unwrap();
        assert_eq!(state.error.as_deref(), Some("the model crashed"));
        assert_eq!((state.detail, state.notice, state.painted_by), (None, None, None));
        assert!(state.declined_by.is_empty());
    }
}

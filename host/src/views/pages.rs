//! View models: exactly what each template reads, built by the routes.

use askama::Template;

use super::{Page, StoryHtml};

/// A form on a page: where it posts and its cross-site token (`routes::csrf`),
/// sent back as the hidden field `csrf_token`.
#[derive(Debug, Clone)]
pub struct FormAction {
    pub url: String,
    pub csrf_token: String,
}

/// The tier a page belongs to (its header, theme and links).
#[derive(Debug, Clone)]
pub struct TierView {
    pub id: String,
    pub name: String,
    pub theme: String,
    pub home_url: String,
    pub gallery_url: String,
    pub characters_url: String,
    /// "My characters" on the kids tier, "Characters" elsewhere.
    pub characters_label: String,
}

#[derive(Debug)]
pub struct StoryView {
    pub id: String,
    pub title: String,
    pub prompt: String,
    /// When it was finished (or started): "25 Nov 2026, 18:05 UTC".
    pub date: String,
    /// The same as RFC 3339, for `<time datetime>`.
    pub datetime: String,
    pub story_model_name: String,
    pub image_model_name: String,
    /// The video model of a video-mode story.
    pub video_model_name: Option<String>,
    /// Why a story asked for video mode has pictures only.
    pub video_note: Option<String>,
}

/// A scene's clip in a video-mode story.
#[derive(Debug)]
pub struct VideoView {
    /// `pending`, `generating`, `complete` or `failed`.
    pub status: &'static str,
    /// The clip, once complete.
    pub url: Option<String>,
    /// The scene's picture, shown before the clip plays.
    pub poster: Option<String>,
    pub error: Option<String>,
    pub detail: Option<String>,
    pub notice: Option<String>,
    /// The provider's progress, 0–100, while generating.
    pub progress: Option<u8>,
    pub status_url: String,
    /// "Try the video again" (shown when the clip failed).
    pub retry: FormAction,
    /// The page to come back to after a retry.
    pub page_url: String,
}

#[derive(Debug)]
pub struct ImageView {
    pub status: &'static str,
    pub url: Option<String>,
    /// The thumbnail and the picture, for `<img srcset>`, once both exist.
    pub srcset: Option<String>,
    pub error: Option<String>,
    /// Behind the failure caption's details toggle (the provider's own words).
    pub detail: Option<String>,
    /// While a retryable failure waits: the busy sentence (not a failure).
    pub notice: Option<String>,
    /// "Painted by … (… declined this scene)" when another model than the story's painted it.
    pub painted_note: Option<String>,
    /// The picture's alt text: the painter's own description of it, else the words it was painted from.
    pub alt: String,
    /// The words the picture was painted from (the scene's picture prompt), for "Change the picture's description".
    pub prompt: String,
    pub status_url: String,
    /// Form of "Try the picture again" (shown when the picture failed).
    pub retry: FormAction,
    /// The page to come back to after a retry.
    pub page_url: String,
    /// Form of "Paint it again" and "Change the picture's description" (both
    /// post here); none in a scene with a clip, whose clip is left as it is.
    pub regenerate: Option<FormAction>,
    /// The picture is finished: the repaint forms show (the polling script shows them once it finishes).
    pub complete: bool,
    /// Longest description the family may type, in characters.
    pub max_prompt: usize,
}

#[derive(Debug)]
pub struct SceneView {
    pub id: String,
    pub number: u32,
    pub target: u32,
    /// The scene's text with its light formatting drawn (`text::story_html`).
    pub text: StoryHtml,
    pub is_ending: bool,
    pub image: ImageView,
    /// The clip, in a video-mode story.
    pub video: Option<VideoView>,
}

impl SceneView {
    /// The finished clip and its poster, in a video-mode story: the clip takes the picture's place.
    pub fn clip_url(&self) -> Option<(&str, Option<&str>)> {
        let video = self.video.as_ref()?;
        Some((video.url.as_deref()?, video.poster.as_deref()))
    }
}

#[derive(Debug)]
pub struct ChoiceView {
    pub text: String,
    pub action: FormAction,
    pub explored: bool,
}

#[derive(Debug, Template)]
#[template(path = "scene.html")]
pub struct ScenePage {
    pub tier: TierView,
    pub title: String,
    pub story: StoryView,
    pub scene: SceneView,
    pub choices: Vec<ChoiceView>,
    /// "← Back" to the previous choice point (none on the first scene).
    pub back: Option<FormAction>,
    /// The scene whose page "Back" leaves (its hidden field).
    pub back_from: String,
    pub reader_url: Option<String>,
    pub new_story_url: String,
    /// "Reset appearance", in a memory-mode story before its ending.
    pub look: Option<LookView>,
    /// "Or type what happens next…" (none on an ending).
    pub typed: Option<TypedChoiceView>,
    /// "Keep going" and "Wrap it up", where they change something.
    pub keep_going: Option<FormAction>,
    pub wrap_up: Option<FormAction>,
    /// The story's tree map, with this scene as the current one.
    pub tree_url: String,
    /// A bedtime story (dim pages, the wind-down note).
    pub bedtime: Option<WindDownView>,
}

/// A bedtime story's wind-down note: shown once the story is old enough.
#[derive(Debug)]
pub struct WindDownView {
    /// Milliseconds from the page's arrival until the note shows (0: at once).
    pub in_ms: i64,
}

/// The scene page's own-choice box.
#[derive(Debug)]
pub struct TypedChoiceView {
    pub action: FormAction,
    /// What the family typed, kept when it was refused or could not be written.
    pub text: String,
    /// Why it was refused, or why the next scene could not be written.
    pub error: Option<String>,
    pub error_detail: Option<String>,
    /// The field's `maxlength` (the server's limit, in characters).
    pub max_chars: usize,
}

/// Whether the next scenes copy this scene's picture (memory mode).
#[derive(Debug)]
pub struct LookView {
    /// Pressed already: the next pictures start fresh.
    pub reset: bool,
    pub action: FormAction,
}

#[derive(Debug)]
pub struct GalleryCard {
    pub title: String,
    pub prompt: String,
    pub date: String,
    /// `date` as RFC 3339, for `<time datetime>`.
    pub datetime: String,
    pub cover_url: Option<String>,
    pub story_model_name: String,
    pub image_model_name: String,
    pub video_model_name: Option<String>,
    pub url: String,
    pub delete: FormAction,
    /// Scenes from the beginning to the first ending.
    pub scene_count: u32,
    /// Endings reached on every branch explored.
    pub ending_count: u32,
    /// The story has at least one finished clip (the card's video badge).
    pub has_video: bool,
}

#[derive(Debug, Template)]
#[template(path = "gallery.html")]
pub struct GalleryPage {
    pub tier: TierView,
    pub title: String,
    /// This page's cards, newest first.
    pub stories: Vec<GalleryCard>,
    /// Finished stories in the whole gallery.
    pub total: u64,
    /// "← Newer stories", when there are some.
    pub newer_url: Option<String>,
    /// "Older stories →", when there are some.
    pub older_url: Option<String>,
    /// This page's address: a delete button comes back here.
    pub back: String,
}

/// The choice taken after a scene, in the reader.
#[derive(Debug)]
pub struct ChoseView {
    /// Who chose: the names the scene's closing question asked about, else "You".
    pub who: String,
    pub choice: String,
}

#[derive(Debug)]
pub struct BranchView {
    pub text: String,
    pub url: Option<String>,
}

#[derive(Debug, Template)]
#[template(path = "reader.html")]
pub struct ReaderPage {
    pub tier: TierView,
    pub title: String,
    /// A bedtime story: its dim look and label in the reader too.
    pub bedtime: bool,
    pub story: StoryView,
    pub scene: SceneView,
    pub position: u32,
    pub total: u32,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    /// "Luna chose: Open the door" after a scene with a next one (its closing question is left out).
    pub chose: Option<ChoseView>,
    pub branches: Vec<BranchView>,
    pub gallery_url: String,
    pub delete: FormAction,
    /// Every explored path of the story, as a map.
    pub tree: super::TreeNodeView,
}

#[derive(Debug, Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    pub tier: Option<TierView>,
    pub title: String,
    /// The page's heading, by kind of error.
    pub heading: String,
    pub status: u16,
    pub message: String,
    /// Behind the message's details toggle (the provider's own words).
    pub detail: Option<String>,
    /// The form that repeats the failed step ("Try again").
    pub retry: Option<FormAction>,
    /// The page the failed step started from.
    pub back_url: Option<String>,
}

/// `GET /`: the tiers listed publicly.
#[derive(Debug, Template)]
#[template(path = "landing.html")]
pub struct LandingPage {
    pub title: &'static str,
    pub tiers: Vec<LandingTier>,
}

#[derive(Debug)]
pub struct LandingTier {
    pub name: String,
    pub url: String,
}

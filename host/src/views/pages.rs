//! View models: exactly what each template reads, built by the routes.

use serde::Serialize;

/// The tier a page belongs to (its header, theme and links).
#[derive(Debug, Clone, Serialize)]
pub struct TierView {
    pub id: String,
    pub name: String,
    pub theme: String,
    pub home_url: String,
    pub gallery_url: String,
}

#[derive(Debug, Serialize)]
pub struct HomePage {
    pub tier: TierView,
    pub title: String,
    pub error: Option<String>,
    pub prompt: String,
    pub start_url: String,
    pub lengths: Vec<LengthOption>,
    pub story_models: Vec<ModelOption>,
    pub image_groups: Vec<ModelGroup>,
}

#[derive(Debug, Serialize)]
pub struct LengthOption {
    pub value: &'static str,
    pub label: &'static str,
    pub scenes: u32,
    pub selected: bool,
}

#[derive(Debug, Serialize)]
pub struct ModelOption {
    pub key: String,
    pub name: String,
    pub selected: bool,
}

#[derive(Debug, Serialize)]
pub struct ModelGroup {
    pub group: String,
    pub models: Vec<ModelOption>,
}

#[derive(Debug, Serialize)]
pub struct StoryView {
    pub id: String,
    pub title: String,
    pub prompt: String,
    pub date: String,
    pub story_model_name: String,
    pub image_model_name: String,
}

#[derive(Debug, Serialize)]
pub struct ImageView {
    pub status: &'static str,
    pub url: Option<String>,
    pub error: Option<String>,
    pub alt: String,
    pub status_url: String,
    /// Form target of "Try the picture again" (shown when the picture failed).
    pub retry_url: String,
    /// The page to come back to after a retry.
    pub page_url: String,
}

#[derive(Debug, Serialize)]
pub struct SceneView {
    pub id: String,
    pub number: u32,
    pub target: u32,
    pub paragraphs: Vec<String>,
    pub is_ending: bool,
    pub image: ImageView,
}

#[derive(Debug, Serialize)]
pub struct ChoiceView {
    pub text: String,
    pub action_url: String,
    pub explored: bool,
}

#[derive(Debug, Serialize)]
pub struct ScenePage {
    pub tier: TierView,
    pub title: String,
    pub story: StoryView,
    pub scene: SceneView,
    pub choices: Vec<ChoiceView>,
    pub back_url: Option<String>,
    pub reader_url: Option<String>,
    pub new_story_url: String,
}

#[derive(Debug, Serialize)]
pub struct GalleryCard {
    pub title: String,
    pub prompt: String,
    pub date: String,
    pub cover_url: Option<String>,
    pub story_model_name: String,
    pub image_model_name: String,
    pub url: String,
    pub delete_url: String,
    pub scene_count: usize,
}

#[derive(Debug, Serialize)]
pub struct GalleryPage {
    pub tier: TierView,
    pub title: String,
    pub stories: Vec<GalleryCard>,
}

#[derive(Debug, Serialize)]
pub struct BranchView {
    pub text: String,
    pub url: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ReaderPage {
    pub tier: TierView,
    pub title: String,
    pub story: StoryView,
    pub scene: SceneView,
    pub position: u32,
    pub total: u32,
    pub prev_url: Option<String>,
    pub next_url: Option<String>,
    pub branches: Vec<BranchView>,
    pub gallery_url: String,
    pub delete_url: String,
}

#[derive(Debug, Serialize)]
pub struct ErrorPage {
    pub tier: Option<TierView>,
    pub title: String,
    pub status: u16,
    pub message: String,
    /// A form target that repeats the failed step ("Try again").
    pub retry_url: Option<String>,
    /// The page the failed step started from.
    pub back_url: Option<String>,
}

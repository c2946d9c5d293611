//! View models of a story's tree (the tree map page and the reader's map)
//! and of the tier home's "carry on" banner.

use askama::Template;

use super::{FormAction, Page, StoryView, TierView};

/// One scene in the tree map, with the branches below it.
#[derive(Debug, Template)]
#[template(path = "partials/tree_node.html")]
pub struct TreeNodeView {
    pub number: u32,
    /// A short title: the choice that led here, or the story's title for the first scene.
    pub label: String,
    /// The scene's page (the play view, or the reader's page in the reader).
    pub url: String,
    /// The scene's finished picture, shown small.
    pub thumb_url: Option<String>,
    /// On the path from the first scene to the current one.
    pub on_path: bool,
    /// The scene the family is on.
    pub current: bool,
    pub is_ending: bool,
    /// Every choice of the scene, explored or not, in the scene's order.
    pub branches: Vec<TreeBranchView>,
}

// A node renders itself (`{{ node }}` in its own template, for the branch
// below it) through its template, which escapes every field: its output is
// HTML, not text to escape again.
impl askama::filters::HtmlSafe for TreeNodeView {}

/// A choice in the tree map: the scene it led to, or none yet.
#[derive(Debug)]
pub struct TreeBranchView {
    pub text: String,
    pub node: Option<TreeNodeView>,
    /// An unexplored choice, in the play view: taking it from the map.
    pub choose: Option<FormAction>,
}

/// `GET /{tier}/story/tree/{story_id}`.
#[derive(Debug, Template)]
#[template(path = "tree.html")]
pub struct TreePage {
    pub tier: TierView,
    pub title: String,
    pub story: StoryView,
    pub root: TreeNodeView,
    /// Back to the scene the family came from.
    pub back_url: String,
    /// Scenes written so far, and how many of them are endings.
    pub scene_count: usize,
    pub ending_count: usize,
}

/// The tier home's banner for this browser's story in progress.
#[derive(Debug)]
pub struct ResumeView {
    pub title: String,
    /// The picture of the scene it continues at (or the first scene's).
    pub picture_url: Option<String>,
    pub picture_alt: String,
    pub scene_number: u32,
    pub target: u32,
    pub continue_url: String,
    /// "Start fresh": the story and its pictures are removed (one already in the gallery stays there).
    pub start_fresh: FormAction,
    /// The story reached an ending before (the browser is exploring another branch): it is in the gallery.
    pub finished: bool,
}

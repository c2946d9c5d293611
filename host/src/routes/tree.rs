//! A story's tree map: `GET /{tier}/story/tree/{story_id}?at={scene_id}`
//! shows every scene as a node (short title, small picture), the path to the
//! current scene highlighted and the choices nobody took yet; a tap on a node
//! opens that scene. The reader draws the same map with reader links.

use std::collections::HashSet;
use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::response::Html;
use serde::Deserialize;

use super::csrf::{self, CsrfKey};
use super::urls;
use super::views_common::{story_view, thumb_url, tier_view};
use crate::error::AppError;
use crate::store::{SceneId, StoryId};
use crate::story::StoryEngine;
use crate::story::tree::StoryTree;
use crate::tier::{Tier, TierId};
use crate::views::{TreeBranchView, TreeNodeView, TreePage, Views, text};

/// Longest short title in the map, in characters.
const LABEL_CHARS: usize = 60;

#[derive(Deserialize)]
pub struct TreeParams {
    story_id: String,
}

#[derive(Deserialize, Default)]
pub struct TreeQuery {
    /// The scene the family came from (the current one).
    #[serde(default)]
    at: String,
}

/// Where a map's nodes lead.
pub(super) enum MapLinks<'a> {
    /// The play view; unexplored choices can be taken from the map.
    Play(&'a CsrfKey),
    /// The reader of a finished story.
    Reader(StoryId),
}

pub async fn tree(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Path(params): Path<TreeParams>,
    Query(query): Query<TreeQuery>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let story_id = StoryId::parse(&params.story_id).ok_or(AppError::NotFound)?;
    let (story, tree) = engine.tree_in(&tier, story_id).await?.ok_or(AppError::NotFound)?;
    // A scene of another story (or none) is not the current one: the map then marks the first ending, or the first scene.
    let at = SceneId::parse(&query.at).filter(|id| tree.get(*id).is_some()).or(story.ending_scene).unwrap_or(story.root_scene);
    let root = map(&tier.id, &tree, &story.title, at, MapLinks::Play(&key)).ok_or(AppError::NotFound)?;
    let summary = story_view(&engine, &story);
    let page = TreePage {
        title: format!("Story map: {}", summary.title),
        back_url: urls::scene(&tier.id, at),
        scene_count: tree.len(),
        ending_count: tree.scenes().filter(|s| s.is_ending).count(),
        story: summary,
        root,
        tier: tier_view(&tier),
    };
    Ok(Html(views.render(&page)?))
}

/// The map of `tree` from its first scene, `at` current; `None` when the first scene is missing.
pub(super) fn map(tier: &TierId, tree: &StoryTree, title: &str, at: SceneId, links: MapLinks<'_>) -> Option<TreeNodeView> {
    let on_path: HashSet<SceneId> = tree.path_to(at).iter().map(|s| s.id).collect();
    let root = tree.root()?;
    let mut seen = HashSet::new();
    Some(node(tier, tree, root.id, short(title), &Marks { on_path: &on_path, at, links: &links }, &mut seen))
}

struct Marks<'a> {
    on_path: &'a HashSet<SceneId>,
    at: SceneId,
    links: &'a MapLinks<'a>,
}

fn node(tier: &TierId, tree: &StoryTree, id: SceneId, label: String, marks: &Marks<'_>, seen: &mut HashSet<SceneId>) -> TreeNodeView {
    seen.insert(id);
    let scene = tree.get(id);
    let url = match marks.links {
        MapLinks::Play(_) => urls::scene(tier, id),
        MapLinks::Reader(story) => urls::reader(tier, *story, id),
    };
    let branches = scene
        .map(|scene| {
            scene
                .choices
                .iter()
                .map(|choice| {
                    // Every scene once, even in a store that somehow points two choices at one scene.
                    let child = choice.child.filter(|child| tree.get(*child).is_some() && !seen.contains(child));
                    let choose = match (child, marks.links) {
                        (None, MapLinks::Play(key)) if choice.child.is_none() => {
                            Some(csrf::form(key, urls::choose(tier, scene.id, choice.id)))
                        }
                        _ => None,
                    };
                    TreeBranchView {
                        text: text::plain(&choice.text),
                        node: child.map(|child| node(tier, tree, child, short(&choice.text), marks, seen)),
                        choose,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    TreeNodeView {
        number: scene.map(|s| s.number).unwrap_or_default(),
        label,
        url,
        thumb_url: scene.and_then(|s| thumb_url(tier, s)),
        on_path: marks.on_path.contains(&id),
        current: id == marks.at,
        is_ending: scene.is_some_and(|s| s.is_ending),
        branches,
    }
}

/// A short title: plain text, cut at a word near [`LABEL_CHARS`] with "…".
fn short(source: &str) -> String {
    text::shortened(&text::plain(source), LABEL_CHARS)
}

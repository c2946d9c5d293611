//! The tier's gallery of finished stories, a page at a time, and its reader:
//! `GET /{tier}/gallery`, `GET /{tier}/gallery/{story_id}`,
//! `GET /{tier}/gallery/{story_id}/{scene_id}`, `POST /{tier}/gallery/{story_id}/delete`.

use std::sync::Arc;

use axum::Extension;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::csrf::{self, CsrfKey};
use super::tree::{MapLinks, map as tree_map};
use super::urls;
use super::views_common::{scene_view, small_picture_url, story_view, tier_view};
use crate::blobs::Blobs;
use crate::error::AppError;
use crate::store::{GalleryAt, GalleryCursor, GalleryStory, SceneId, Store, StoryId};
use crate::story::StoryEngine;
use crate::tier::Tier;
use crate::views::{BranchView, ChoseView, GalleryCard, GalleryPage, ReaderPage, Views, text};

#[derive(Deserialize)]
pub struct StoryParams {
    story_id: String,
}

#[derive(Deserialize)]
pub struct ReaderParams {
    story_id: String,
    scene_id: String,
}

/// Which gallery page: `?older_than={cursor}` or `?newer_than={cursor}`, else the newest.
#[derive(Deserialize, Default)]
pub struct GalleryQuery {
    #[serde(default)]
    older_than: Option<String>,
    #[serde(default)]
    newer_than: Option<String>,
}

/// The page's own address, for the delete buttons to come back to.
fn page_url(tier: &Tier, query: &GalleryQuery) -> String {
    match (&query.older_than, &query.newer_than) {
        (Some(cursor), _) => format!("{}?older_than={cursor}", urls::gallery(&tier.id)),
        (None, Some(cursor)) => format!("{}?newer_than={cursor}", urls::gallery(&tier.id)),
        (None, None) => urls::gallery(&tier.id),
    }
}

/// `GET /{tier}/gallery`: one page of [`crate::store::GALLERY_PAGE`] finished stories,
/// newest first, with links to the newer and older pages and the count. A
/// cursor that is not one is a 404; a page left empty by deletes leads to the newest.
pub async fn list(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<GalleryQuery>,
    State(engine): State<StoryEngine>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
) -> Result<Response, AppError> {
    let tv = tier_view(&tier);
    let cursor = |text: &String| GalleryCursor::parse(text).ok_or(AppError::NotFound);
    let at = match (&query.older_than, &query.newer_than) {
        (Some(older), _) => GalleryAt::OlderThan(cursor(older)?),
        (None, Some(newer)) => GalleryAt::NewerThan(cursor(newer)?),
        (None, None) => GalleryAt::Newest,
    };
    let page = store.gallery_page(tier.id.clone(), at).await?;
    if page.stories.is_empty() && at != GalleryAt::Newest {
        return Ok(Redirect::to(&urls::gallery(&tier.id)).into_response());
    }
    let here = page_url(&tier, &query);
    let mut cards = Vec::with_capacity(page.stories.len());
    for GalleryStory { story, card } in page.stories {
        let summary = story_view(&engine, &story);
        cards.push(GalleryCard {
            cover_url: card.cover.and_then(|image| small_picture_url(&tier.id, image)),
            url: urls::story(&tier.id, story.id),
            delete: csrf::form(&key, urls::delete(&tier.id, story.id)),
            scene_count: card.main_len,
            ending_count: card.endings,
            has_video: card.has_clip,
            title: summary.title,
            prompt: summary.prompt,
            date: summary.date,
            datetime: summary.datetime,
            story_model_name: summary.story_model_name,
            image_model_name: summary.image_model_name,
            video_model_name: summary.video_model_name,
        });
    }
    let gallery = urls::gallery(&tier.id);
    let view = GalleryPage {
        tier: tv,
        title: "Gallery".into(),
        stories: cards,
        total: page.total,
        newer_url: page.newer.map(|c| format!("{gallery}?newer_than={c}")),
        older_url: page.older.map(|c| format!("{gallery}?older_than={c}")),
        back: here,
    };
    Ok(Html(views.render(&view)?).into_response())
}

pub async fn story(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Path(params): Path<StoryParams>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    read(&tier, &key, &engine, &views, &params.story_id, None).await
}

pub async fn reader(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Path(params): Path<ReaderParams>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    read(&tier, &key, &engine, &views, &params.story_id, Some(&params.scene_id)).await
}

/// The reader page for one scene of a finished story (the first scene when none is named).
async fn read(
    tier: &Tier,
    key: &CsrfKey,
    engine: &StoryEngine,
    views: &Views,
    story_id: &str,
    scene_id: Option<&str>,
) -> Result<Html<String>, AppError> {
    let tv = tier_view(tier);
    let story_id = StoryId::parse(story_id).ok_or(AppError::NotFound)?;
    let (story, tree) = engine.tree_in(tier, story_id).await?.ok_or(AppError::NotFound)?;
    if story.finished_at.is_none() {
        return Err(AppError::NotFound);
    }
    let scene_id = match scene_id {
        Some(id) => SceneId::parse(id).ok_or(AppError::NotFound)?,
        None => story.root_scene,
    };
    let scene = tree.get(scene_id).ok_or(AppError::NotFound)?;
    let reader_url = |id| urls::reader(&tier.id, story.id, id);
    let summary = story_view(engine, &story);
    let next = tree.next(scene.id);
    // What was chosen after this scene, said instead of the scene's closing question.
    let taken = next.and_then(|next| scene.choices.iter().find(|c| Some(c.id) == next.via_choice));
    let mut shown = scene_view(&tier.id, key, &story, scene, reader_url(scene.id));
    let chose = taken.map(|choice| {
        let (text, who) = without_question(&scene.text);
        shown.text = text::story_html(&text);
        ChoseView { who: who.unwrap_or_else(|| "You".into()), choice: text::plain(&choice.text) }
    });
    let page = ReaderPage {
        bedtime: story.bedtime,
        title: summary.title.clone(),
        story: summary,
        scene: shown,
        chose,
        position: scene.number,
        total: u32::try_from(tree.main_len()).unwrap_or(story.target_scenes).max(scene.number),
        prev_url: tree.previous(scene.id).map(|s| reader_url(s.id)),
        next_url: next.map(|s| reader_url(s.id)),
        branches: scene.choices.iter().map(|c| BranchView { text: text::plain(&c.text), url: c.child.map(reader_url) }).collect(),
        gallery_url: urls::gallery(&tier.id),
        delete: csrf::form(key, urls::delete(&tier.id, story.id)),
        tree: tree_map(&tier.id, &tree, &story.title, scene.id, MapLinks::Reader(story.id)).ok_or(AppError::NotFound)?,
        tier: tv,
    };
    Ok(Html(views.render(&page)?))
}

/// A delete button's form: the gallery page it was on, to come back to.
#[derive(Deserialize, Default)]
pub struct DeleteForm {
    #[serde(default)]
    back: String,
}

pub async fn delete(
    tier: Tier,
    Path(params): Path<StoryParams>,
    State(engine): State<StoryEngine>,
    State(store): State<Store>,
    State(blobs): State<Blobs>,
    Form(form): Form<DeleteForm>,
) -> Result<Redirect, AppError> {
    let id = StoryId::parse(&params.story_id).ok_or(AppError::NotFound)?;
    // Only a story of this tier can be deleted from this tier's page.
    engine.story_in(&tier, id).await?.ok_or(AppError::NotFound)?;
    let removed = store.delete_story(id).await?.ok_or(AppError::NotFound)?;
    blobs.delete(removed).await;
    tracing::info!(story = %id, tier = %tier.id, "story deleted");
    // Back to the page the button was on: this tier's gallery only.
    let gallery = urls::gallery(&tier.id);
    let back = match form.back.strip_prefix(&gallery) {
        Some(rest) if rest.is_empty() || (rest.starts_with('?') && !rest.contains(['/', '\\', '#'])) => form.back.clone(),
        _ => gallery,
    };
    Ok(Redirect::to(&back))
}

/// A scene's text without its closing question ("What should Luna do now?"),
/// and who the question was about ("Luna", "Pip and Hoot") when it names them.
/// A text that does not end with a short question stays whole.
fn without_question(text: &str) -> (String, Option<String>) {
    let paragraphs: Vec<&str> = text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect();
    let Some((last, rest)) = paragraphs.split_last() else { return (text.to_string(), None) };
    if rest.is_empty() || !last.ends_with('?') || last.chars().count() > 120 || last[..last.len() - 1].contains(['.', '!', '?']) {
        return (text.to_string(), None);
    }
    let words: Vec<&str> = last.trim_end_matches('?').split_whitespace().collect();
    let after = words.iter().position(|w| matches!(w.to_lowercase().as_str(), "should" | "will" | "could" | "shall"));
    let who: Vec<&str> = after
        .map(|at| {
            words[at + 1..]
                .iter()
                .take_while(|w| !matches!(w.to_lowercase().as_str(), "do" | "go" | "try" | "choose" | "pick"))
                .copied()
                .collect()
        })
        .unwrap_or_default();
    let names = !who.is_empty() && who.len() <= 4 && who.iter().all(|w| *w == "and" || w.chars().next().is_some_and(char::is_uppercase));
    (rest.join("\n\n"), names.then(|| who.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::without_question;

    #[test]
    fn the_closing_question_gives_way_to_who_chose() {
        let text = "Luna found a door.\n\nWhat should Luna do now?";
        assert_eq!(without_question(text), ("Luna found a door.".to_string(), Some("Luna".to_string())));
        let two = "They sailed.\n\nWhich way should Pip and Hoot go?";
        assert_eq!(without_question(two).1.as_deref(), Some("Pip and Hoot"));
        let unnamed = "Noah looked up.\n\nHow do you think Noah felt?";
        assert_eq!(without_question(unnamed), ("Noah looked up.".to_string(), None));
        // No question at the end, a long paragraph ending in one, or a single paragraph: kept whole.
        for whole in ["A.\n\nB.", "A.\n\nShe ran. Was it far?", "What should Luna do?"] {
            assert_eq!(without_question(whole).0, whole, "{whole}");
        }
    }
}

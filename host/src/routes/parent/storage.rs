//! Storage, for a signed-in parent: `GET /parent/storage` shows per tier the
//! stories (finished and in progress), pictures, clips and family photos with
//! their sizes, and every story of every tier with a delete button
//! (`POST /parent/storage/stories/{story_id}/delete`); `POST
//! /parent/storage/sweep` removes the files no story or photo uses. The
//! sweep keeps every file a row points to, and any file written in the last
//! hour (a picture being saved is written before its row).

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::response::{Html, Redirect};
use serde::Deserialize;

use super::super::csrf::{self, CsrfKey};
use super::super::urls;
use super::super::views_common::{format_date, format_iso};
use crate::blobs::Blobs;
use crate::error::AppError;
use crate::store::{Files, Store, StoryId};
use crate::tier::Tiers;
use crate::views::{ParentStoragePage, StoredStoryView, TierStorageView, Views};

pub const STORAGE_URL: &str = "/parent/storage";
const SWEEP_URL: &str = "/parent/storage/sweep";
/// Files younger than this are never swept while the server runs.
const SETTLED: Duration = Duration::from_secs(60 * 60);

#[derive(Deserialize, Default)]
pub struct StorageQuery {
    #[serde(default)]
    deleted: Option<String>,
    #[serde(default)]
    swept: Option<u64>,
    #[serde(default)]
    swept_bytes: Option<u64>,
}

/// "2.1 MB", "850 KB", "0 B".
fn size_words(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} B"),
        1_000..1_000_000 => format!("{} KB", bytes.div_ceil(1_000)),
        1_000_000..1_000_000_000 => format!("{:.1} MB", bytes as f64 / 1e6),
        _ => format!("{:.2} GB", bytes as f64 / 1e9),
    }
}

/// "12 pictures, 2.1 MB".
fn files_words(files: Files, one: &str, many: &str) -> String {
    let noun = if files.count == 1 { one } else { many };
    format!("{} {noun}, {}", files.count, size_words(files.bytes))
}

fn storage_path(story: StoryId) -> String {
    format!("{STORAGE_URL}/stories/{story}/delete")
}

pub async fn storage_page(
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<StorageQuery>,
    State(store): State<Store>,
    State(tiers): State<Tiers>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let report = store.storage_report().await?;
    let name_of = |id: &str| tiers.get(id).map_or_else(|| id.to_string(), |t| t.name.clone());
    let notice = match (query.deleted, query.swept) {
        (Some(title), _) => Some(format!("Removed the story \u{201c}{title}\u{201d} with its pictures and clips.")),
        (None, Some(0)) => Some("Every file is in use: nothing to remove.".into()),
        (None, Some(n)) => Some(format!(
            "Removed {n} file{} no story or photo uses ({}).",
            if n == 1 { "" } else { "s" },
            size_words(query.swept_bytes.unwrap_or(0))
        )),
        (None, None) => None,
    };
    let tiers_view = tiers
        .all()
        .iter()
        .map(|tier| {
            let stored = report.tiers.get(tier.id.as_str()).cloned().unwrap_or_default();
            TierStorageView {
                tier_name: tier.name.clone(),
                stories: format!("{} finished, {} in progress", stored.finished, stored.in_progress),
                pictures: files_words(stored.pictures, "picture", "pictures"),
                clips: files_words(stored.clips, "clip", "clips"),
                photos: files_words(stored.photos, "family photo", "family photos"),
            }
        })
        .collect();
    let stories = report
        .stories
        .iter()
        .map(|story| StoredStoryView {
            title: story.title.clone(),
            tier_name: name_of(story.tier.as_str()),
            state: if story.finished { "finished".into() } else { "in progress".into() },
            date: format_date(story.created_at),
            datetime: format_iso(story.created_at),
            scenes: story.scenes,
            size: size_words(story.bytes),
            url: match story.finished {
                true => urls::story(&story.tier, story.id),
                false => urls::tree(&story.tier, story.id, story.root_scene),
            },
            delete: csrf::form(&key, storage_path(story.id)),
        })
        .collect();
    let page = ParentStoragePage {
        title: "Storage".into(),
        parent_area: true,
        notice,
        tiers: tiers_view,
        stories,
        sweep: csrf::form(&key, SWEEP_URL.into()),
    };
    Ok(Html(views.render(&page)?))
}

/// Delete a story of any tier, with its scenes, pictures, clips and its own photos.
pub async fn delete_story(
    Path(story_id): Path<String>,
    State(store): State<Store>,
    State(blobs): State<Blobs>,
) -> Result<Redirect, AppError> {
    let id = StoryId::parse(&story_id).ok_or(AppError::NotFound)?;
    let story = store.story(id).await?.ok_or(AppError::NotFound)?;
    let files = store.delete_story(id).await?.ok_or(AppError::NotFound)?;
    blobs.delete(files).await;
    tracing::info!(story = %id, tier = %story.tier, "a parent deleted a story");
    let title: String = url::form_urlencoded::byte_serialize(story.title.as_bytes()).collect();
    Ok(Redirect::to(&format!("{STORAGE_URL}?deleted={title}")))
}

/// Remove the files no row points to (and that were not written in the last hour).
pub async fn sweep(State(store): State<Store>, State(blobs): State<Blobs>) -> Result<Redirect, AppError> {
    let settled = SystemTime::now().checked_sub(SETTLED);
    let (files, bytes) = crate::blobs::sweep_with_store(store, blobs, settled).await?;
    tracing::info!(files, bytes, "a parent swept the orphan files");
    Ok(Redirect::to(&format!("{STORAGE_URL}?swept={files}&swept_bytes={bytes}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_words() {
        assert_eq!(size_words(0), "0 B");
        assert_eq!(size_words(850_000), "850 KB");
        assert_eq!(size_words(2_100_000), "2.1 MB");
        assert_eq!(files_words(Files { count: 1, bytes: 1500 }, "picture", "pictures"), "1 picture, 2 KB");
    }
}

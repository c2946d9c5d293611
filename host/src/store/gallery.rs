//! A tier's gallery of finished stories, newest first, read one page at a
//! time from the gallery index (`tables::GALLERY`, keyed by tier, reversed
//! finish time and story id): a page is a range read of at most
//! [`GALLERY_PAGE`] + 1 keys from a cursor, so it costs the same at 60
//! stories as at 100,000. The count of each tier's gallery
//! (`tables::GALLERY_COUNTS`) is kept by the transactions that add and remove
//! its stories ([`adjust_gallery_count`]). A page's stories come with their
//! cards ([`Card`]: one small row each), all read in the page's one transaction.

use std::fmt;
use std::ops::Bound;

use redb::{ReadableDatabase, ReadableTable, Table, WriteTransaction};

use super::cards::{self, Card};
use super::{ImageStatus, MediaId, Result, SceneId, Store, Story, StoryId, VideoStatus, get, tables};
use crate::tier::TierId;
use serde::{Deserialize, Serialize};

/// Cards on one gallery page.
pub const GALLERY_PAGE: usize = 24;

/// A position in a tier's gallery: the index key of one card (its reversed
/// finish time and story id), written "{reversed}-{story id}" in links.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GalleryCursor {
    reversed: u64,
    story: u128,
}

impl GalleryCursor {
    /// A cursor as written in a link; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let (reversed, story) = text.split_once('-')?;
        Some(Self { reversed: reversed.parse().ok()?, story: StoryId::parse(story)?.key() })
    }
}

impl fmt::Display for GalleryCursor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:032x}", self.reversed, self.story)
    }
}

/// Which page of a tier's gallery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GalleryAt {
    /// The newest stories.
    Newest,
    /// The stories just older than the cursor.
    OlderThan(GalleryCursor),
    /// The stories just newer than the cursor.
    NewerThan(GalleryCursor),
}

/// One finished story on a gallery page, with its card (cover, counts, clip mark).
#[derive(Debug, Clone)]
pub struct GalleryStory {
    /// The story.
    pub story: Story,
    /// What its card shows of its scenes, explored branches included.
    pub card: Card,
}

/// What a gallery card needs of a stored scene, read from the scene's own
/// record (its text, choices and prompts are skipped, not copied: they are
/// most of a scene's bytes) when its story's [`Card`] is made.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SceneOutline {
    pub id: SceneId,
    pub parent: Option<SceneId>,
    pub is_ending: bool,
    pub image: ImageOutline,
    #[serde(default)]
    pub video: Option<VideoOutline>,
}

/// A scene's picture, as [`SceneOutline`] reads it from `ImageState`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ImageOutline {
    pub status: ImageStatus,
    pub media: Option<MediaId>,
    #[serde(default)]
    pub thumb: Option<MediaId>,
}

impl From<&super::ImageState> for ImageOutline {
    fn from(image: &super::ImageState) -> Self {
        Self { status: image.status, media: image.media, thumb: image.thumb }
    }
}

/// A scene's clip, as [`SceneOutline`] reads it from `VideoState`.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
pub struct VideoOutline {
    pub status: VideoStatus,
    pub media: Option<MediaId>,
}

/// One page of a tier's gallery, read in one transaction.
#[derive(Debug, Clone)]
pub struct GalleryPage {
    /// At most [`GALLERY_PAGE`], newest first.
    pub stories: Vec<GalleryStory>,
    /// The cursor for the newer page, when there is one.
    pub newer: Option<GalleryCursor>,
    /// The cursor for the older page, when there is one.
    pub older: Option<GalleryCursor>,
    /// Stories in the tier's whole gallery.
    pub total: u64,
}

type Key<'a> = (&'a str, u64, u128);

/// The index key of a story of `tier` finished at `finished_at` (ms): newest first.
pub(super) fn gallery_key(tier: &TierId, finished_at: i64, id: StoryId) -> Key<'_> {
    let finished = u64::try_from(finished_at).unwrap_or(0);
    (tier.as_str(), u64::MAX - finished, id.key())
}

/// Count a tier's gallery from the index (only for a tier whose count row
/// predates `GALLERY_COUNTS`, once).
fn count_index(gallery: &impl ReadableTable<Key<'static>, ()>, tier: &str) -> Result<u64> {
    let mut count = 0;
    for entry in gallery.range((tier, 0u64, 0u128)..=(tier, u64::MAX, u128::MAX))? {
        entry?;
        count += 1;
    }
    Ok(count)
}

/// Record in `txn` that `tier`'s gallery gained (`+1`) or lost (`-1`) a story
/// (the index already changed in `txn`).
pub(super) fn adjust_gallery_count(txn: &WriteTransaction, gallery: &Table<Key<'static>, ()>, tier: &str, delta: i64) -> Result<()> {
    let mut counts = txn.open_table(tables::GALLERY_COUNTS)?;
    let stored = counts.get(tier)?.map(|v| v.value());
    let count = match stored {
        Some(count) => count.saturating_add_signed(delta),
        None => count_index(gallery, tier)?,
    };
    counts.insert(tier, count)?;
    Ok(())
}

impl Store {
    /// One page of `tier`'s gallery, newest first.
    pub async fn gallery_page(&self, tier: TierId, at: GalleryAt) -> Result<GalleryPage> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let gallery = txn.open_table(tables::GALLERY)?;
            let stories = txn.open_table(tables::STORIES)?;
            let t = tier.as_str();
            let (first, last) = ((t, 0u64, 0u128), (t, u64::MAX, u128::MAX));
            let key_of = |c: GalleryCursor| (t, c.reversed, c.story);
            let mut keys: Vec<(u64, u128)> = Vec::with_capacity(GALLERY_PAGE + 1);
            let (newer, older);
            match at {
                GalleryAt::Newest | GalleryAt::OlderThan(_) => {
                    let from = match at {
                        GalleryAt::OlderThan(c) => Bound::Excluded(key_of(c)),
                        _ => Bound::Included(first),
                    };
                    for entry in gallery.range::<Key>((from, Bound::Included(last)))?.take(GALLERY_PAGE + 1) {
                        let (_, reversed, story) = entry?.0.value();
                        keys.push((reversed, story));
                    }
                    older = (keys.len() > GALLERY_PAGE).then(|| keys[GALLERY_PAGE - 1]);
                    keys.truncate(GALLERY_PAGE);
                    newer = match keys.first() {
                        Some(&(reversed, story)) => {
                            let mut before = gallery.range::<Key>((Bound::Included(first), Bound::Excluded((t, reversed, story))))?;
                            before.next().transpose()?.map(|_| (reversed, story))
                        }
                        None => None,
                    };
                }
                GalleryAt::NewerThan(c) => {
                    for entry in gallery.range::<Key>((Bound::Included(first), Bound::Excluded(key_of(c))))?.rev().take(GALLERY_PAGE + 1) {
                        let (_, reversed, story) = entry?.0.value();
                        keys.push((reversed, story));
                    }
                    newer = (keys.len() > GALLERY_PAGE).then(|| keys[GALLERY_PAGE - 1]);
                    keys.truncate(GALLERY_PAGE);
                    keys.reverse();
                    older = match keys.last() {
                        Some(&(reversed, story)) => {
                            let mut after = gallery.range::<Key>((Bound::Excluded((t, reversed, story)), Bound::Included(last)))?;
                            after.next().transpose()?.map(|_| (reversed, story))
                        }
                        None => None,
                    };
                }
            }
            let card_rows = txn.open_table(tables::CARDS)?;
            let index = txn.open_multimap_table(tables::STORY_SCENES)?;
            let scenes = txn.open_table(tables::SCENES)?;
            let mut page = Vec::with_capacity(keys.len());
            for &(_, key) in &keys {
                if let Some(story) = get::<Story>(&stories, key)?
                    && story.tier == tier
                {
                    let card = cards::read(&card_rows, &index, &scenes, &story)?;
                    page.push(GalleryStory { story, card });
                }
            }
            let counts = txn.open_table(tables::GALLERY_COUNTS)?;
            let total = match counts.get(t)? {
                Some(count) => count.value(),
                None => count_index(&gallery, t)?,
            };
            let cursor = |(reversed, story): (u64, u128)| GalleryCursor { reversed, story };
            Ok(GalleryPage { stories: page, newer: newer.map(cursor), older: older.map(cursor), total })
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may fail loudly

    use super::*;

    #[tokio::test]
    async fn a_scene_outline_reads_the_same_fields_as_the_whole_scene() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let blobs = crate::blobs::Blobs::new(dir.path().to_path_buf());
        let kids = TierId::parse("kids").unwrap();
        let png = crate::seed::small_png().unwrap();
        let id = crate::seed::finished_story(&store, &blobs, &kids, "Outlined", 3, &png).await.unwrap();
        let mut outlines = cards::tests::outlines_of(&store, id).await;
        let mut whole = store.scenes_of(id).await.unwrap();
        outlines.sort_by_key(|s| s.id);
        whole.sort_by_key(|s| s.id);
        assert_eq!(outlines.len(), 3);
        for (outline, scene) in outlines.iter().zip(&whole) {
            assert_eq!((outline.id, outline.parent, outline.is_ending), (scene.id, scene.parent, scene.is_ending));
            assert_eq!(outline.image, ImageOutline::from(&scene.image));
            assert!(outline.image.media.is_some() && outline.image.thumb.is_some());
            assert_eq!(outline.video.is_some(), scene.video.is_some());
        }
    }

    #[test]
    fn a_cursor_reads_back_as_written_and_nothing_else_is_one() {
        let cursor = GalleryCursor { reversed: 18_446_742_300_000_000_000, story: StoryId::new().key() };
        assert_eq!(GalleryCursor::parse(&cursor.to_string()), Some(cursor));
        for bad in ["", "-", "12", "x-0b9c3a500d2e4a8e9f005e6c1d2b3a4f", "12-nope", "-0b9c3a500d2e4a8e9f005e6c1d2b3a4f"] {
            assert_eq!(GalleryCursor::parse(bad), None, "{bad:?}");
        }
    }
}

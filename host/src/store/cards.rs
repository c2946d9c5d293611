//! A finished story's gallery card (`tables::CARDS`): the facts a card
//! shows of the story's scene tree (cover picture, length, endings, clip),
//! derived from the scenes and kept in their transactions, so a gallery page
//! reads one small row per card instead of every scene of every story.
//!
//! Every write transaction that changes a story's scenes or finishes it
//! calls [`refresh`] before it commits; `cards_tests` drives a story through
//! every such write and checks the row against the scenes after each one. A
//! story whose row is missing (a store written before this table) is carded
//! from its scenes when read ([`Card::of`]), and once in the background after
//! start-up ([`Store::fill_missing_cards`]).

use std::collections::HashMap;

use std::ops::Bound;

use redb::{ReadableTable, WriteTransaction};
use serde::{Deserialize, Serialize};

use super::gallery::{ImageOutline, SceneOutline};
use super::{Result, SceneId, Store, Story, StoryId, VideoStatus, codec, get, get_indexed, tables};

/// The `META` key set once every finished story has its card row (at the
/// creation of a new store, or when [`Store::fill_missing_cards`] finishes).
pub(super) const CARDS_COMPLETE: &str = "cards_complete";

/// Stories [`Store::fill_missing_cards`] looks at per write transaction.
const FILL_BATCH: usize = 500;

/// What a gallery card shows of a story's tree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// The cover's picture: the first scene of the main path with one, else the root's.
    pub cover: Option<ImageOutline>,
    /// Scenes from the root to the first ending (0 for a story not finished).
    pub main_len: u32,
    /// Endings reached, on every branch.
    pub endings: u32,
    /// Whether any scene has a finished clip.
    pub has_clip: bool,
}

impl Card {
    /// The card of `story` from the outlines of all its scenes.
    pub fn of(story: &Story, scenes: &[SceneOutline]) -> Self {
        let by_id: HashMap<SceneId, &SceneOutline> = scenes.iter().map(|s| (s.id, s)).collect();
        let main_path = match story.ending_scene {
            Some(end) => path_down_to(&by_id, end, |scene| scene.parent),
            None => Vec::new(),
        };
        let root = by_id.get(&story.root_scene).map(|s| s.image);
        Self {
            cover: main_path.iter().find(|s| s.image.media.is_some()).map(|s| s.image).or(root),
            main_len: u32::try_from(main_path.len()).unwrap_or(u32::MAX),
            endings: u32::try_from(scenes.iter().filter(|s| s.is_ending).count()).unwrap_or(u32::MAX),
            has_clip: scenes.iter().any(|s| s.video.is_some_and(|v| v.status == VideoStatus::Complete && v.media.is_some())),
        }
    }
}

/// The scenes from the root down to `end` in `scenes`, following each one's
/// `parent` (empty when `end` is not there). A cycle would be a corrupt
/// store: the walk stops rather than loop forever.
pub fn path_down_to<T>(scenes: &HashMap<SceneId, T>, end: SceneId, parent: impl Fn(&T) -> Option<SceneId>) -> Vec<&T> {
    let mut path = Vec::new();
    let mut current = scenes.get(&end);
    while let Some(scene) = current {
        path.push(scene);
        if path.len() > scenes.len() {
            break;
        }
        current = parent(scene).and_then(|p| scenes.get(&p));
    }
    path.reverse();
    path
}

/// Rewrite `story`'s card from its rows in `txn`: a finished story gets its
/// card, any other (unfinished, or gone) has none. Call it after the
/// transaction's last change to the story's scenes, with the `SCENES` table
/// closed (it opens it).
pub(super) fn refresh(txn: &WriteTransaction, story: StoryId) -> Result<()> {
    let mut cards = txn.open_table(tables::CARDS)?;
    let Some(stored) = get::<Story>(&txn.open_table(tables::STORIES)?, story.key())?.filter(|s| s.finished_at.is_some()) else {
        cards.remove(story.key())?;
        return Ok(());
    };
    let index = txn.open_multimap_table(tables::STORY_SCENES)?;
    let scenes: Vec<SceneOutline> = get_indexed(&index, &txn.open_table(tables::SCENES)?, story.key())?;
    cards.insert(story.key(), codec::encode(&Card::of(&stored, &scenes))?.as_slice())?;
    Ok(())
}

/// [`refresh`] for each story of `stories` once (a transaction that touched
/// scenes of several).
pub(super) fn refresh_all(txn: &WriteTransaction, stories: impl IntoIterator<Item = StoryId>) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for story in stories {
        if seen.insert(story) {
            refresh(txn, story)?;
        }
    }
    Ok(())
}

/// The stored card of `story` in a read transaction's tables, or one made
/// from its scenes when the store has none yet.
pub(super) fn read(
    cards: &impl ReadableTable<u128, &'static [u8]>,
    index: &impl redb::ReadableMultimapTable<u128, u128>,
    scenes: &impl ReadableTable<u128, &'static [u8]>,
    story: &Story,
) -> Result<Card> {
    match get::<Card>(cards, story.id.key())? {
        Some(card) => Ok(card),
        None => Ok(Card::of(story, &get_indexed::<SceneOutline>(index, scenes, story.id.key())?)),
    }
}

impl Store {
    /// Write the card of every finished story that has none (a store written
    /// before `CARDS` existed), [`FILL_BATCH`] gallery stories per write
    /// transaction so pages keep answering meanwhile; then mark the store
    /// complete in `META`, so later start-ups skip the walk. Returns the
    /// number of cards written.
    pub async fn fill_missing_cards(&self) -> Result<u64> {
        let mut written = 0;
        let mut after: Option<(String, u64, u128)> = None;
        loop {
            let from = after.clone();
            let (batch_written, last, complete) = self
                .run(move |db| {
                    let txn = db.begin_write()?;
                    if txn.open_table(tables::META)?.get(CARDS_COMPLETE)?.is_some() {
                        return Ok((0, None, true));
                    }
                    let mut batch = Vec::with_capacity(FILL_BATCH);
                    {
                        let gallery = txn.open_table(tables::GALLERY)?;
                        let start = match &from {
                            Some((tier, reversed, story)) => Bound::Excluded((tier.as_str(), *reversed, *story)),
                            None => Bound::Unbounded,
                        };
                        for entry in gallery.range::<(&str, u64, u128)>((start, Bound::Unbounded))?.take(FILL_BATCH) {
                            let (key, _) = entry?;
                            let (tier, reversed, story) = key.value();
                            batch.push((tier.to_string(), reversed, story));
                        }
                    }
                    let mut written = 0;
                    for (_, _, story) in &batch {
                        if txn.open_table(tables::CARDS)?.get(*story)?.is_none() {
                            refresh(&txn, StoryId::from_key(*story))?;
                            written += 1;
                        }
                    }
                    let complete = batch.len() < FILL_BATCH;
                    if complete {
                        txn.open_table(tables::META)?.insert(CARDS_COMPLETE, [1u8].as_slice())?;
                    }
                    txn.commit()?;
                    Ok((written, batch.pop(), complete))
                })
                .await?;
            written += batch_written;
            if complete {
                return Ok(written);
            }
            after = last;
        }
    }
}

#[cfg(test)]
#[path = "cards_tests.rs"]
pub(super) mod tests;

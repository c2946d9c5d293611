//! What the store holds, for the parent area's storage page: per tier the
//! number of stories (finished and in progress), pictures, clips and family
//! photos with their sizes, and every story of every tier. One read
//! transaction over the stories, scenes, media and photos tables.

use std::collections::BTreeMap;

use redb::{ReadableDatabase, ReadableTable};

use super::{MediaRecord, PhotoRecord, Result, SceneId, Store, Story, StoryId, Timestamp, codec, tables};
use crate::tier::TierId;

/// A count of files and their size in bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Files {
    pub count: u64,
    pub bytes: u64,
}

impl Files {
    fn add(&mut self, bytes: u64) {
        self.count += 1;
        self.bytes = self.bytes.saturating_add(bytes);
    }
}

/// One tier's share of the store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TierStorage {
    pub finished: u64,
    pub in_progress: u64,
    pub pictures: Files,
    pub clips: Files,
    pub photos: Files,
}

/// One story, as the storage page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredStory {
    pub id: StoryId,
    pub tier: TierId,
    pub root_scene: SceneId,
    pub title: String,
    pub created_at: Timestamp,
    pub finished: bool,
    pub scenes: u64,
    /// Its pictures' and clips' bytes.
    pub bytes: u64,
}

/// Everything the storage page shows.
#[derive(Debug, Clone, Default)]
pub struct StorageReport {
    /// Tier id → its share.
    pub tiers: BTreeMap<String, TierStorage>,
    /// Every story of every tier, newest first.
    pub stories: Vec<StoredStory>,
}

impl Store {
    /// What the store holds now.
    pub async fn storage_report(&self) -> Result<StorageReport> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let mut report = StorageReport::default();
            let mut story_bytes: BTreeMap<u128, u64> = BTreeMap::new();
            for entry in txn.open_table(tables::MEDIA)?.iter()? {
                let media: MediaRecord = codec::decode(entry?.1.value())?;
                let tier = report.tiers.entry(media.tier.to_string()).or_default();
                match (media.media_type.starts_with("video/"), media.thumbnail) {
                    (true, _) => tier.clips.add(media.bytes),
                    // A thumbnail is part of its picture: its bytes count, not another picture.
                    (false, true) => tier.pictures.bytes = tier.pictures.bytes.saturating_add(media.bytes),
                    (false, false) => tier.pictures.add(media.bytes),
                }
                *story_bytes.entry(media.story_id.key()).or_default() += media.bytes;
            }
            for entry in txn.open_table(tables::PHOTOS)?.iter()? {
                let photo: PhotoRecord = codec::decode(entry?.1.value())?;
                report.tiers.entry(photo.tier.to_string()).or_default().photos.add(photo.bytes);
            }
            let story_scenes = txn.open_multimap_table(tables::STORY_SCENES)?;
            for entry in txn.open_table(tables::STORIES)?.iter()? {
                let story: Story = codec::decode(entry?.1.value())?;
                let tier = report.tiers.entry(story.tier.to_string()).or_default();
                match story.finished_at {
                    Some(_) => tier.finished += 1,
                    None => tier.in_progress += 1,
                }
                report.stories.push(StoredStory {
                    id: story.id,
                    tier: story.tier.clone(),
                    root_scene: story.root_scene,
                    title: story.title,
                    created_at: story.created_at,
                    finished: story.finished_at.is_some(),
                    scenes: story_scenes.get(story.id.key())?.len(),
                    bytes: story_bytes.get(&story.id.key()).copied().unwrap_or(0),
                });
            }
            report.stories.sort_by_key(|s| std::cmp::Reverse(s.created_at));
            Ok(report)
        })
        .await
    }
}

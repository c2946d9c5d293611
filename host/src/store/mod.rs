//! The redb store: its records (stories, scenes, media metadata, jobs, the
//! family's characters and photos) and their ids, plugin approvals, the
//! parent PIN's hash, the parent's settings and the tiers a parent added. Nothing outside
//! this folder names a redb type.
//!
//! redb is synchronous; every operation runs on a blocking thread through
//! `Store::run`, and no transaction is held across an `.await`. Each write
//! that must be all-or-nothing (a scene and its image job, a finished image
//! and its media row) is one write transaction.

mod added_tiers;
mod batch;
mod cards;
mod character_record;
mod characters;
mod codec;
mod family;
mod family_record;
mod gallery;
pub mod ids;
mod job_record;
mod jobs;
mod media;
mod parent;
mod plugins;
mod records;
mod spending;
mod storage;
mod stories;
mod tables;
mod tier_settings;
mod usage;
mod video_jobs;
mod video_record;

use std::path::Path;
use std::sync::Arc;

use redb::{Database, ReadableDatabase, ReadableTable};

pub use batch::Step;
pub use cards::{Card, path_down_to};
pub use character_record::{
    Attributes, Character, CharacterWrite, MAX_CHARACTERS_PER_TIER, MAX_PHOTOS_PER_CHARACTER, PhotoOwner, PhotoRecord,
};
pub use codec::CodecError;
pub use family::{FamilyWrite, ProfileWrite};
pub use family_record::{ChildKind, Family, FamilyMember, FamilyRole, MAX_CHILDREN, MAX_PARENTS, MAX_PROFILES_PER_TIER, Profile};
pub use gallery::{GALLERY_PAGE, GalleryAt, GalleryCursor, GalleryPage, GalleryStory, ImageOutline, SceneOutline, VideoOutline};
pub use ids::{CharacterId, ChoiceId, JobId, MediaId, PhotoId, ProfileId, SceneId, StoryId};
pub use job_record::{Declined, Job, JobKind, JobState, MAX_ATTEMPTS};
pub use jobs::{Failure, JobStart, Painted, Recovery};
pub use plugins::{Approval, CredentialGrant};
pub use records::{Choice, ImageState, ImageStatus, LengthChange, MediaRecord, Scene, Story, Timestamp, and_list, fold_choice, now};
pub use spending::{Money, Spending};
pub use storage::{Files, StorageReport, StoredStory, TierStorage};
pub use stories::{AddScene, TakenChoice};
pub use tier_settings::{DailyBudget, ModelOffer, TierSettings};
pub use usage::{MAX_TIMES, UsageEvent, UsageRecord, UsageRow};
pub use video_jobs::{VideoRecovery, VideoStart};
pub use video_record::{VideoJob, VideoState, VideoStatus};

/// Errors of the store. All of them are internal faults, never user mistakes.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] redb::Error),
    #[error("stored record: {0}")]
    Codec(#[from] CodecError),
    #[error("encoding a record: {0}")]
    Encode(#[from] serde_json::Error),
    #[error("store file {path} was written by schema version {found}, this build reads version {expected}")]
    Schema { path: String, found: u32, expected: u32 },
    #[error("store task failed: {0}")]
    Task(String),
    #[error("write batch: {0}")]
    Batch(String),
}

macro_rules! from_redb {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(err: $t) -> Self {
                StoreError::Db(err.into())
            }
        }
    )*};
}
from_redb!(redb::DatabaseError, redb::TransactionError, redb::TableError, redb::StorageError, redb::CommitError);

pub type Result<T> = std::result::Result<T, StoreError>;

impl From<StoreError> for crate::error::AppError {
    /// Every store failure is an internal fault: logged, never shown.
    fn from(err: StoreError) -> Self {
        crate::error::AppError::Internal(err.to_string())
    }
}

/// redb's own page cache, in bytes (its default is 1 GiB, which a home
/// server's resident memory would grow into as the store is read: issue 19's
/// goal is 64 MB after serving every page). Pages beyond it are read again
/// from the operating system's file cache.
const CACHE_BYTES: usize = 16 * 1024 * 1024;

/// Cheap-to-clone handle to the database.
#[derive(Clone)]
pub struct Store {
    db: Arc<Database>,
}

impl Store {
    /// Open (or create) `store.redb` at `path` and check its schema version.
    pub fn open(path: &Path) -> Result<Self> {
        let db = Database::builder().set_cache_size(CACHE_BYTES).create(path)?;
        let txn = db.begin_write()?;
        {
            let mut meta = txn.open_table(tables::META)?;
            let found = meta.get("schema_version")?.map(|v| {
                let bytes: [u8; 4] = v.value().try_into().unwrap_or([0; 4]);
                u32::from_le_bytes(bytes)
            });
            match found {
                None => {
                    meta.insert("schema_version", tables::SCHEMA_VERSION.to_le_bytes().as_slice())?;
                    // A new store writes every card as its stories finish: none to fill.
                    meta.insert(cards::CARDS_COMPLETE, [1u8].as_slice())?;
                }
                Some(found) if found == tables::SCHEMA_VERSION => {}
                Some(found) => {
                    return Err(StoreError::Schema { path: path.display().to_string(), found, expected: tables::SCHEMA_VERSION });
                }
            }
            // Create every table so read transactions never meet a missing one.
            txn.open_table(tables::STORIES)?;
            txn.open_table(tables::SCENES)?;
            txn.open_multimap_table(tables::STORY_SCENES)?;
            txn.open_table(tables::GALLERY)?;
            txn.open_table(tables::CARDS)?;
            txn.open_table(tables::MEDIA)?;
            txn.open_multimap_table(tables::STORY_MEDIA)?;
            txn.open_table(tables::JOBS)?;
            txn.open_table(tables::PLUGIN_APPROVALS)?;
            txn.open_table(tables::VIDEO_JOBS)?;
            txn.open_table(tables::TIER_SETTINGS)?;
            txn.open_table(tables::CHARACTERS)?;
            txn.open_table(tables::PHOTOS)?;
            txn.open_table(tables::PROFILES)?;
            txn.open_table(tables::FAMILY)?;
            txn.open_table(tables::PARENT)?;
            txn.open_table(tables::USAGE)?;
            txn.open_table(tables::SPENDING)?;
            txn.open_table(tables::ADDED_TIERS)?;
            txn.open_table(tables::GALLERY_COUNTS)?;
        }
        txn.commit()?;
        Ok(Self { db: Arc::new(db) })
    }

    /// Run `f` against the database on a blocking thread.
    async fn run<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Database) -> Result<T> + Send + 'static,
    {
        let db = Arc::clone(&self.db);
        tokio::task::spawn_blocking(move || f(&db)).await.map_err(|e| StoreError::Task(e.to_string()))?
    }

    /// Wait (up to `limit`) until this is the last handle to the database, then
    /// close it, so another server in this process can open the same file.
    /// Handles held by requests or blocking tasks that are still unwinding are
    /// dropped within moments of a shutdown.
    pub async fn close(self, limit: std::time::Duration) {
        let started = std::time::Instant::now();
        while Arc::strong_count(&self.db) > 1 && started.elapsed() < limit {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        if Arc::strong_count(&self.db) > 1 {
            tracing::warn!("store still in use at shutdown; it closes when the last task ends");
        }
    }

    /// Whether the database answers a read (for health checks and tests).
    pub async fn ping(&self) -> Result<()> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::META)?;
            table.get("schema_version")?;
            Ok(())
        })
        .await
    }
}

/// Read and decode the record stored under `key` (an id's `key()`).
fn get<T: serde::de::DeserializeOwned>(table: &impl ReadableTable<u128, &'static [u8]>, key: u128) -> Result<Option<T>> {
    match table.get(key)? {
        Some(guard) => Ok(Some(codec::decode(guard.value())?)),
        None => Ok(None),
    }
}

/// The rows of `table` that `index` lists under `key` (a story's scenes or
/// media), in index order, skipping any the index names but the table has
/// lost. `T` may be the whole record or a part of it that reads from the
/// record's own JSON (a gallery card's `SceneOutline`).
fn get_indexed<T: serde::de::DeserializeOwned>(
    index: &impl redb::ReadableMultimapTable<u128, u128>,
    table: &impl ReadableTable<u128, &'static [u8]>,
    key: u128,
) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for id in index.get(key)? {
        if let Some(row) = get::<T>(table, id?.value())? {
            out.push(row);
        }
    }
    Ok(out)
}

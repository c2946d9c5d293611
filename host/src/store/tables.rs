//! Every redb table, with what its keys and values mean. UUIDs are stored as
//! `u128`; values are `codec`-encoded records.

use redb::{MultimapTableDefinition, TableDefinition};

/// "schema_version" → u32 (little endian). See `SCHEMA_VERSION`.
pub const META: TableDefinition<&str, &[u8]> = TableDefinition::new("meta");

/// Story id → `Story`.
pub const STORIES: TableDefinition<u128, &[u8]> = TableDefinition::new("stories");

/// Scene id → `Scene`.
pub const SCENES: TableDefinition<u128, &[u8]> = TableDefinition::new("scenes");

/// Story id → ids of all its scenes.
pub const STORY_SCENES: MultimapTableDefinition<u128, u128> = MultimapTableDefinition::new("story_scenes");

/// (tier, u64::MAX - finished_at, story id) → (): a tier's finished stories, newest first.
pub const GALLERY: TableDefinition<(&str, u64, u128), ()> = TableDefinition::new("gallery");

/// Media id → `MediaRecord`.
pub const MEDIA: TableDefinition<u128, &[u8]> = TableDefinition::new("media");

/// Story id → ids of all its media.
pub const STORY_MEDIA: MultimapTableDefinition<u128, u128> = MultimapTableDefinition::new("story_media");

/// Job id → `Job`. Done jobs are removed; pending, running and failed ones stay.
pub const JOBS: TableDefinition<u128, &[u8]> = TableDefinition::new("jobs");

/// Bumped whenever a table or record changes shape incompatibly.
pub const SCHEMA_VERSION: u32 = 1;

/// Video job id → `VideoJob`. Complete jobs are removed; pending, generating
/// and failed ones stay. Added without a schema bump (created empty on first open).
pub const VIDEO_JOBS: TableDefinition<u128, &[u8]> = TableDefinition::new("video_jobs");

/// Tier id → `TierSettings`, written when a parent changes a tier's settings.
/// Added without a schema bump (created empty on first open).
pub const TIER_SETTINGS: TableDefinition<&str, &[u8]> = TableDefinition::new("tier_settings");

/// Plugin id → `Approval`: the operator approved this exact dropped-in file
/// (by SHA-256) and granted it these credentials. Added without a schema bump:
/// the table is created empty on first open.
pub const PLUGIN_APPROVALS: TableDefinition<&str, &[u8]> = TableDefinition::new("plugin_approvals");

/// (tier, character id) → `Character`: a tier's roster, read by tier.
/// Added without a schema bump (created empty on first open).
pub const CHARACTERS: TableDefinition<(&str, u128), &[u8]> = TableDefinition::new("characters");

/// Photo id → `PhotoRecord`: every family photo and where its files are.
/// Added without a schema bump (created empty on first open).
pub const PHOTOS: TableDefinition<u128, &[u8]> = TableDefinition::new("photos");

/// (tier, profile id) → `Profile`. Added without a schema bump.
pub const PROFILES: TableDefinition<(&str, u128), &[u8]> = TableDefinition::new("profiles");

/// Tier id → `Family`. Added without a schema bump.
pub const FAMILY: TableDefinition<&str, &[u8]> = TableDefinition::new("family");

/// "pin" → the parent PIN's argon2id PHC string (`parent::hash_pin`); absent
/// until a parent sets one. Added without a schema bump.
pub const PARENT: TableDefinition<&str, &str> = TableDefinition::new("parent");

/// (local day as yyyymmdd, tier, model key) → `UsageRecord`: what a model did
/// for a tier on a day (`usage`). Added without a schema bump.
pub const USAGE: TableDefinition<(u32, &str, &str), &[u8]> = TableDefinition::new("usage");

/// "spending" → `Spending`: the parent's price table and per-provider daily
/// limits (`usage`). Added without a schema bump.
pub const SPENDING: TableDefinition<&str, &[u8]> = TableDefinition::new("spending");

/// Tier id → `TierConfig`: a tier a parent added in the parent area (with
/// its rules and style as the parent last saved them). Added without a schema bump.
pub const ADDED_TIERS: TableDefinition<&str, &[u8]> = TableDefinition::new("added_tiers");

/// Tier id → how many of its stories are in `GALLERY`, kept in the same
/// transactions that add and remove them. Added without a schema bump: a
/// tier without a row is counted once from `GALLERY`.
pub const GALLERY_COUNTS: TableDefinition<&str, u64> = TableDefinition::new("gallery_counts");

/// Story id → `Card`: a finished story's gallery card, rewritten by every
/// transaction that changes its scenes (`cards::refresh`). Added without a
/// schema bump: a story without one is carded from its scenes when read.
pub const CARDS: TableDefinition<u128, &[u8]> = TableDefinition::new("cards");

//! View model of the parent area's storage page: what each tier keeps and the
//! orphan sweep.

use askama::Template;

use super::{FormAction, Page};

/// `/parent/storage`: what each tier keeps, every story, and the orphan sweep.
#[derive(Debug, Template)]
#[template(path = "parent_storage.html")]
pub struct ParentStoragePage {
    pub title: String,
    pub parent_area: bool,
    /// "Story removed." / "Removed 3 files no story or photo uses (1.2 MB)."
    pub notice: Option<String>,
    pub tiers: Vec<TierStorageView>,
    pub stories: Vec<StoredStoryView>,
    pub sweep: FormAction,
}

/// One tier's counts and sizes.
#[derive(Debug)]
pub struct TierStorageView {
    pub tier_name: String,
    /// "4 finished, 1 in progress".
    pub stories: String,
    /// "12 pictures, 2.1 MB".
    pub pictures: String,
    pub clips: String,
    pub photos: String,
}

/// One story on the storage page, with its delete button.
#[derive(Debug)]
pub struct StoredStoryView {
    pub title: String,
    pub tier_name: String,
    /// "finished" or "in progress".
    pub state: String,
    pub date: String,
    pub datetime: String,
    pub scenes: u64,
    /// "1.4 MB".
    pub size: String,
    /// The story's page (the reader for a finished story, its first scene otherwise).
    pub url: String,
    pub delete: FormAction,
}

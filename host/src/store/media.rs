//! Media metadata: which tier, story and scene a blob belongs to, and where it is.

use redb::ReadableDatabase;

use super::MediaRecord;
use super::{MediaId, Result, Store, StoryId, get, get_indexed, tables};

impl Store {
    pub async fn media(&self, id: MediaId) -> Result<Option<MediaRecord>> {
        self.run(move |db| get(&db.begin_read()?.open_table(tables::MEDIA)?, id.key())).await
    }

    /// The files `story`'s media rows name (pictures, thumbnails, clips),
    /// relative to the data directory, read in the calling thread: for the
    /// orphan sweep, which walks the media folder one story at a time in a
    /// blocking task, so it never holds the whole store's file names.
    pub fn media_files_of_blocking(&self, story: StoryId) -> Result<Vec<String>> {
        let txn = self.db.begin_read()?;
        let index = txn.open_multimap_table(tables::STORY_MEDIA)?;
        let media = txn.open_table(tables::MEDIA)?;
        let records: Vec<MediaRecord> = get_indexed(&index, &media, story.key())?;
        Ok(records.into_iter().map(|record| record.file).collect())
    }
}

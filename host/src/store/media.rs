//! Media metadata: which tier, story and scene a blob belongs to, and where it is.

use redb::ReadableDatabase;

use super::MediaRecord;
use super::{MediaId, Result, Store, get, tables};

impl Store {
    pub async fn media(&self, id: MediaId) -> Result<Option<MediaRecord>> {
        self.run(move |db| get(&db.begin_read()?.open_table(tables::MEDIA)?, id.key())).await
    }

    /// Every media file the store points to, relative to the data directory (for the start-up sweep).
    pub async fn all_media_files(&self) -> Result<Vec<String>> {
        self.run(|db| {
            use redb::ReadableTable;
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::MEDIA)?;
            let mut files = Vec::new();
            for entry in table.iter()? {
                let record: MediaRecord = super::codec::decode(entry?.1.value())?;
                files.push(record.file);
            }
            Ok(files)
        })
        .await
    }
}

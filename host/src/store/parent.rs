//! The parent PIN's hash (never the PIN): read, set, and cleared by
//! `storyloom parent reset-pin`.

use redb::{ReadableDatabase, ReadableTable};

use super::{Result, Store, tables};

const PIN_KEY: &str = "pin";

impl Store {
    /// The parent PIN's PHC string, if a parent set one.
    pub async fn parent_pin_hash(&self) -> Result<Option<String>> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::PARENT)?;
            Ok(table.get(PIN_KEY)?.map(|phc| phc.value().to_string()))
        })
        .await
    }

    /// Store `phc` as the parent PIN's hash. With `only_if_absent`, nothing
    /// changes when one is set already; returns whether it was stored.
    pub async fn set_parent_pin_hash(&self, phc: String, only_if_absent: bool) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let stored = {
                let mut table = txn.open_table(tables::PARENT)?;
                let present = table.get(PIN_KEY)?.is_some();
                if only_if_absent && present {
                    false
                } else {
                    table.insert(PIN_KEY, phc.as_str())?;
                    true
                }
            };
            txn.commit()?;
            Ok(stored)
        })
        .await
    }

    /// Forget the parent PIN (the next visit to `/parent/` sets a new one). Returns whether one was set.
    pub async fn clear_parent_pin(&self) -> Result<bool> {
        self.run(|db| {
            let txn = db.begin_write()?;
            let removed = txn.open_table(tables::PARENT)?.remove(PIN_KEY)?.is_some();
            txn.commit()?;
            Ok(removed)
        })
        .await
    }
}

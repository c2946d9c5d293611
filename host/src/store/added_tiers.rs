//! The tiers a parent added in the parent area (`tables::ADDED_TIERS`): read
//! once at start-up into `tier::Tiers`, written when a parent adds or changes one.

use redb::{ReadableDatabase, ReadableTable};

use super::{Result, Store, codec, tables};
use crate::tier::TierConfig;

impl Store {
    /// Every tier a parent added, by id.
    pub async fn added_tiers(&self) -> Result<Vec<TierConfig>> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::ADDED_TIERS)?;
            let mut tiers = Vec::new();
            for entry in table.iter()? {
                let (_, value) = entry?;
                tiers.push(codec::decode(value.value())?);
            }
            Ok(tiers)
        })
        .await
    }

    /// Store a tier a parent added or changed. With `only_if_new`, nothing
    /// changes when one with its id is stored already; returns whether it was stored.
    pub async fn save_added_tier(&self, tier: TierConfig, only_if_new: bool) -> Result<bool> {
        self.run(move |db| {
            let bytes = codec::encode(&tier)?;
            let txn = db.begin_write()?;
            let stored = {
                let mut table = txn.open_table(tables::ADDED_TIERS)?;
                if only_if_new && table.get(tier.id.as_str())?.is_some() {
                    false
                } else {
                    table.insert(tier.id.as_str(), bytes.as_slice())?;
                    true
                }
            };
            txn.commit()?;
            Ok(stored)
        })
        .await
    }
}

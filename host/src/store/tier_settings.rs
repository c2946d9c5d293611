//! A tier's settings record (`TierSettings`): read with the tier's configured
//! defaults when no parent changed them yet, written whole.

use redb::ReadableDatabase;

use super::{Result, Store, TierSettings, codec, tables};
use crate::tier::TierId;

impl Store {
    /// The stored settings of `tier`, if a parent changed them.
    pub async fn tier_settings(&self, tier: TierId) -> Result<Option<TierSettings>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::TIER_SETTINGS)?;
            let value = table.get(tier.as_str())?;
            Ok(match value {
                Some(bytes) => Some(codec::decode(bytes.value())?),
                None => None,
            })
        })
        .await
    }

    /// Store `settings` for `tier`, replacing what was there.
    pub async fn set_tier_settings(&self, tier: TierId, settings: TierSettings) -> Result<()> {
        self.run(move |db| {
            let bytes = codec::encode(&settings)?;
            let txn = db.begin_write()?;
            txn.open_table(tables::TIER_SETTINGS)?.insert(tier.as_str(), bytes.as_slice())?;
            txn.commit()?;
            Ok(())
        })
        .await
    }
}

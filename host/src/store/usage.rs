//! The usage ledger's rows (`tables::USAGE`): what each model did for each
//! tier on each local day — calls that worked and what they made, failures by
//! kind, and a rolling sample of call times. The `usage` module decides what
//! is recorded and reads budgets and reports from it.

use std::collections::BTreeMap;

use redb::{ReadableDatabase, ReadableTable};
use serde::{Deserialize, Serialize};

use super::{Result, Store, codec, tables};
use crate::tier::TierId;

/// Call times kept per row: the most recent ones (a rolling sample once a row has more calls).
pub const MAX_TIMES: usize = 1000;

/// One day's use of one model by one tier.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UsageRecord {
    /// "story", "image" or "video".
    pub kind: String,
    /// The plugin that offers the model.
    pub provider: String,
    /// The model needs a key (its provider charges for it).
    pub paid: bool,
    /// Calls that worked.
    pub ok: u32,
    /// What the calls that worked made: scenes, pictures, or seconds of video.
    pub units: u64,
    /// Calls that failed, by kind ("rate-limited", "refused", "timeout", …).
    pub failures: BTreeMap<String, u32>,
    /// Call times in milliseconds, at most [`MAX_TIMES`] (each new one replaces the oldest).
    pub millis: Vec<u32>,
}

/// One model call, as the ledger counts it.
#[derive(Debug, Clone)]
pub struct UsageEvent {
    /// Local day as yyyymmdd.
    pub day: u32,
    pub tier: TierId,
    pub model: String,
    pub kind: String,
    pub provider: String,
    pub paid: bool,
    /// `None` when the call worked; else the failure's kind.
    pub failure: Option<String>,
    /// What it made (zero for a failure).
    pub units: u64,
    pub millis: u32,
}

/// A row with its key: (day, tier, model).
pub type UsageRow = (u32, String, String, UsageRecord);

impl UsageRecord {
    fn add(&mut self, event: &UsageEvent) {
        self.kind.clone_from(&event.kind);
        self.provider.clone_from(&event.provider);
        self.paid = event.paid;
        match &event.failure {
            None => {
                self.ok = self.ok.saturating_add(1);
                self.units = self.units.saturating_add(event.units);
            }
            Some(kind) => *self.failures.entry(kind.clone()).or_default() += 1,
        }
        let calls = self.ok as usize + self.failures.values().map(|n| *n as usize).sum::<usize>();
        if self.millis.len() < MAX_TIMES {
            self.millis.push(event.millis);
        } else {
            self.millis[calls % MAX_TIMES] = event.millis;
        }
    }
}

impl Store {
    /// Add `event` to its day's row, in one write transaction.
    pub async fn record_usage(&self, event: UsageEvent) -> Result<()> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut table = txn.open_table(tables::USAGE)?;
                let key = (event.day, event.tier.as_str(), event.model.as_str());
                let mut record: UsageRecord = match table.get(key)? {
                    Some(bytes) => codec::decode(bytes.value())?,
                    None => UsageRecord::default(),
                };
                record.add(&event);
                let bytes = codec::encode(&record)?;
                table.insert(key, bytes.as_slice())?;
            }
            txn.commit()?;
            Ok(())
        })
        .await
    }

    /// Every row from local day `first_day` on, oldest first.
    pub async fn usage_since(&self, first_day: u32) -> Result<Vec<UsageRow>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::USAGE)?;
            let mut rows = Vec::new();
            for entry in table.range((first_day, "", "")..)? {
                let (key, value) = entry?;
                let (day, tier, model) = key.value();
                rows.push((day, tier.to_string(), model.to_string(), codec::decode(value.value())?));
            }
            Ok(rows)
        })
        .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(failure: Option<&str>, millis: u32) -> UsageEvent {
        UsageEvent {
            day: 20261130,
            tier: TierId::parse("kids").unwrap(),
            model: "gpt".into(),
            kind: "story".into(),
            provider: "openai".into(),
            paid: true,
            failure: failure.map(String::from),
            units: u64::from(failure.is_none()),
            millis,
        }
    }

    #[test]
    fn a_row_counts_what_worked_failures_by_kind_and_keeps_recent_times() {
        let mut record = UsageRecord::default();
        record.add(&event(None, 900));
        record.add(&event(Some("rate-limited"), 40));
        record.add(&event(Some("rate-limited"), 50));
        assert_eq!((record.ok, record.units, record.failures["rate-limited"]), (1, 1, 2));
        assert_eq!(record.millis, [900, 40, 50]);
        for i in 0..(MAX_TIMES as u32 * 2) {
            record.add(&event(None, i));
        }
        assert_eq!(record.millis.len(), MAX_TIMES, "a bounded sample");
        assert!(record.millis.contains(&(MAX_TIMES as u32 * 2 - 1)), "the newest time is kept");
    }
}

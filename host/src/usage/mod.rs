//! What the models did, and what paid ones may still do today.
//!
//! - The **ledger** ([`Ledger::record`]): every model call, counted per local
//!   day, tier and model: calls that worked and what they made (scenes,
//!   pictures, seconds of video), failures by kind, call times.
//! - **Daily budgets** ([`Ledger::refusal`]): before a model that needs a key
//!   (a paid one) makes something for a tier, the tier's limit for the day
//!   (`store::DailyBudget`, set in the parent area) is checked; past it, the
//!   generation is refused with a sentence for the family. Models that need
//!   no key are never limited.
//! - The **report** (`report`): the parent area's usage page.
//!
//! A day is the server's local day (its time zone, through `jiff`), from
//! local midnight, written as the number yyyymmdd.

mod report;

use std::time::Duration;

pub use report::{DayUsage, ModelUsage, report};

use crate::plugin_host::{ModelEntry, ModelKind, PluginError};
use crate::store::{DailyBudget, Store, StoreError, TierSettings, UsageEvent};
use crate::tier::TierConfig;

/// Today, as yyyymmdd in the server's time zone.
pub fn today() -> u32 {
    day_of(&jiff::Zoned::now().date())
}

/// A date as yyyymmdd.
pub fn day_of(date: &jiff::civil::Date) -> u32 {
    let (year, month, day) = (date.year().max(0) as u32, date.month() as u32, date.day() as u32);
    year * 10_000 + month * 100 + day
}

/// The unit a kind of model makes, as the budget counts it.
fn kind_name(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Story => "story",
        ModelKind::Image => "image",
        ModelKind::Video => "video",
    }
}

/// What [`Ledger::metered`] came to.
pub enum Metered<T> {
    /// Not made: the tier's daily budget is spent (the sentence for the family).
    OverBudget(String),
    /// Made, with the model's answer.
    Called(Result<T, PluginError>),
}

/// The ledger; cheap to clone.
#[derive(Clone)]
pub struct Ledger {
    store: Store,
}

impl Ledger {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// Count one call of `model` for `tier` today: `failure` is `None` when it
    /// worked (then it made `units`), else the failure's kind. A ledger that
    /// cannot be written is logged, never the family's problem.
    pub async fn record(&self, tier: &TierConfig, model: &ModelEntry, failure: Option<&str>, units: u64, took: Duration) {
        let event = UsageEvent {
            day: today(),
            tier: tier.id.clone(),
            model: model.key.clone(),
            kind: kind_name(model.kind).into(),
            provider: model.plugin_id.clone(),
            paid: model.credential.is_some(),
            failure: failure.map(String::from),
            units: if failure.is_none() { units } else { 0 },
            millis: u32::try_from(took.as_millis()).unwrap_or(u32::MAX),
        };
        if let Err(err) = self.store.record_usage(event).await {
            tracing::error!(model = %model.key, "could not record a model call in the usage ledger: {err}");
        }
    }

    /// What paid models of `kind` made for `tier` today: scenes, pictures or seconds of video.
    pub async fn paid_today(&self, tier: &TierConfig, kind: ModelKind) -> Result<u64, StoreError> {
        let today = today();
        let rows = self.store.usage_since(today).await?;
        Ok(rows
            .iter()
            .filter(|(day, row_tier, _, record)| {
                *day == today && row_tier == tier.id.as_str() && record.paid && record.kind == kind_name(kind)
            })
            .map(|(_, _, _, record)| record.units)
            .sum())
    }

    /// Make one call of `model` for `tier` that makes `units`: refused when
    /// the tier's daily budget for it is spent (its settings read from the
    /// store), else made and counted. A model or tier no longer configured
    /// (`None`) is called without either.
    pub async fn metered<T>(
        &self,
        tier: Option<&TierConfig>,
        model: Option<&ModelEntry>,
        units: u64,
        call: impl Future<Output = Result<T, PluginError>>,
    ) -> Result<Metered<T>, StoreError> {
        let (Some(tier), Some(model)) = (tier, model) else { return Ok(Metered::Called(call.await)) };
        let settings = self.store.settings_of(tier).await?;
        if let Some(refusal) = self.refusal(tier, &settings, model, units).await? {
            return Ok(Metered::OverBudget(refusal));
        }
        let started = std::time::Instant::now();
        let result = call.await;
        self.record(tier, model, result.as_ref().err().map(PluginError::kind_of_failure), units, started.elapsed()).await;
        Ok(Metered::Called(result))
    }

    /// Why `model` may not make `units` more for `tier` today, in words for
    /// the family; `None` when it may (a model needing no key always may).
    pub async fn refusal(
        &self,
        tier: &TierConfig,
        settings: &TierSettings,
        model: &ModelEntry,
        units: u64,
    ) -> Result<Option<String>, StoreError> {
        if model.credential.is_none() {
            return Ok(None);
        }
        let DailyBudget { story_scenes, pictures, video_seconds } = settings.budget;
        let limit = match model.kind {
            ModelKind::Story => story_scenes,
            ModelKind::Image => pictures,
            ModelKind::Video => video_seconds,
        };
        let Some(limit) = limit else { return Ok(None) };
        let used = self.paid_today(tier, model.kind).await?;
        if used.saturating_add(units) <= u64::from(limit) {
            return Ok(None);
        }
        tracing::info!(tier = %tier.id, model = %model.key, used, limit, "daily budget reached");
        let amount = |one: &str, many: &str| if limit == 1 { format!("1 {one}") } else { format!("{limit} {many}") };
        Ok(Some(match model.kind {
            ModelKind::Story => format!(
                "Today's limit of {} with paid models is reached for {}. The built-in storyteller still works: choose it \
                 on the start page. The limit starts again at midnight.",
                amount("story scene", "story scenes"),
                tier.name
            ),
            ModelKind::Image => {
                format!("Today's limit of {} with paid models is reached for {}.", amount("picture", "pictures"), tier.name)
            }
            ModelKind::Video => format!("Today's limit of {} of paid video is reached for {}.", amount("second", "seconds"), tier.name),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_is_written_yyyymmdd() {
        assert_eq!(day_of(&jiff::civil::date(2026, 11, 30)), 20261130);
        assert_eq!(day_of(&jiff::civil::date(2027, 1, 2)), 20270102);
        assert!(today() > 20260000);
    }
}

//! What the models did, and what paid ones may still do today.
//!
//! - The **ledger** ([`Ledger::record`]): every model call, counted per local
//!   day, tier and model: calls that worked and what they made (scenes,
//!   pictures, seconds of video), failures by kind, call times.
//! - **Daily budgets** ([`Ledger::refusal`], `budget`): before a model that
//!   needs a key (a paid one) makes something for a tier, the day's limits
//!   set in the parent area are checked: the tier's (`store::DailyBudget`)
//!   and the provider's (`store::Spending`), counts and estimated spend; past
//!   one, the generation is refused with a sentence for the family. Models
//!   that need no key are never limited.
//! - The **report** (`report`): the parent area's usage page.
//!
//! A day is the server's local day (its time zone, through `jiff`), from
//! local midnight, written as the number yyyymmdd.

mod budget;
mod report;

use std::time::Duration;

use budget::kind_name;
pub use budget::{Scope, Today};
pub use report::{DayUsage, ModelUsage, report};

use crate::plugin_host::{ModelEntry, PluginError};
use crate::store::{Store, StoreError, TierSettings, UsageEvent};
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

    /// Today's paid use and the price table, for budgets and the usage page.
    pub async fn today(&self) -> Result<Today, StoreError> {
        let day = today();
        Ok(Today::new(day, self.store.usage_since(day).await?, self.store.spending().await?))
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
        Ok(self.today().await?.refusal(tier, &settings.budget, model, units))
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

//! The usage report for the parent area: per local day (newest first), per
//! tier and model, the calls that worked and what they made, failures by
//! kind, and the median and 95th-percentile call time (nearest rank, over the
//! row's sample of recent calls).

use super::day_of;
use crate::store::{Store, StoreError, UsageRecord};

/// One day of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct DayUsage {
    /// yyyymmdd.
    pub day: u32,
    pub models: Vec<ModelUsage>,
}

/// One model's use by one tier on one day.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelUsage {
    pub tier: String,
    pub model: String,
    /// "story", "image" or "video".
    pub kind: String,
    pub provider: String,
    pub paid: bool,
    pub ok: u32,
    /// Scenes, pictures or seconds of video made.
    pub units: u64,
    /// (failure kind, count), most frequent first.
    pub failures: Vec<(String, u32)>,
    pub median_ms: Option<u32>,
    pub p95_ms: Option<u32>,
}

/// The `q`-quantile (0–1] of `sorted` by nearest rank; `None` for no values.
fn quantile(sorted: &[u32], q: f64) -> Option<u32> {
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len().max(1));
    sorted.get(rank - 1).copied()
}

fn model_usage(tier: String, model: String, record: UsageRecord) -> ModelUsage {
    let mut times = record.millis;
    times.sort_unstable();
    let mut failures: Vec<(String, u32)> = record.failures.into_iter().collect();
    failures.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ModelUsage {
        tier,
        model,
        kind: record.kind,
        provider: record.provider,
        paid: record.paid,
        ok: record.ok,
        units: record.units,
        failures,
        median_ms: quantile(&times, 0.5),
        p95_ms: quantile(&times, 0.95),
    }
}

/// The last `days` local days that had any use, newest first.
pub async fn report(store: &Store, days: u32) -> Result<Vec<DayUsage>, StoreError> {
    let today = jiff::Zoned::now().date();
    let first = today.checked_sub(jiff::Span::new().days(i64::from(days.saturating_sub(1)))).unwrap_or(today);
    let mut out: Vec<DayUsage> = Vec::new();
    for (day, tier, model, record) in store.usage_since(day_of(&first)).await? {
        let usage = model_usage(tier, model, record);
        match out.last_mut() {
            Some(last) if last.day == day => last.models.push(usage),
            _ => out.push(DayUsage { day, models: vec![usage] }),
        }
    }
    out.reverse();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_and_95th_percentile_by_nearest_rank() {
        let times: Vec<u32> = (1..=100).collect();
        assert_eq!((quantile(&times, 0.5), quantile(&times, 0.95)), (Some(50), Some(95)));
        assert_eq!((quantile(&[7], 0.5), quantile(&[7], 0.95)), (Some(7), Some(7)));
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[10, 20, 30], 0.5), Some(20));
    }
}

//! `GET /parent/usage`, for a signed-in parent: each tier's and each
//! provider's use of paid models today against its daily limits, with the
//! estimated spend once prices are set, and the last seven days' use per
//! tier and model (what was made and its estimated cost, failures by kind,
//! median and 95th-percentile call time), from the usage ledger (`usage`).

use std::sync::Arc;

use axum::extract::State;
use axum::response::Html;

use super::super::urls;
use super::spending::{SPENDING, providers};
use crate::error::AppError;
use crate::plugin_host::ModelKind;
use crate::store::{DailyBudget, Spending, Store};
use crate::story::StoryEngine;
use crate::tier::Tiers;
use crate::usage::{self, ModelUsage, Scope, Today};
use crate::views::{ParentUsagePage, TierTodayView, UsageDayView, UsageRowView, Views};

/// Days the page shows.
const DAYS: u32 = 7;

/// "850 ms", "1.2 s", "2 min".
fn duration_words(ms: Option<u32>) -> String {
    match ms {
        None => "–".into(),
        Some(ms) if ms < 1000 => format!("{ms} ms"),
        Some(ms) if ms < 120_000 => format!("{:.1} s", f64::from(ms) / 1000.0),
        Some(ms) => format!("{} min", ms / 60_000),
    }
}

/// "12 scenes", "1 picture", "16 s of video".
fn made_words(kind: &str, units: u64) -> String {
    match (kind, units) {
        ("story", 1) => "1 scene".into(),
        ("story", n) => format!("{n} scenes"),
        ("image", 1) => "1 picture".into(),
        ("image", n) => format!("{n} pictures"),
        (_, n) => format!("{n} s of video"),
    }
}

/// "Monday 30 November" for yyyymmdd.
fn date_words(day: u32) -> String {
    let date = jiff::civil::Date::new((day / 10_000) as i16, ((day / 100) % 100) as i8, (day % 100) as i8);
    date.map_or_else(|_| day.to_string(), |d| d.strftime("%A %-d %B").to_string())
}

fn row_view(engine: &StoryEngine, tiers: &Tiers, spending: &Spending, usage: &ModelUsage) -> UsageRowView {
    let price = spending.prices.get(&usage.model).filter(|_| usage.paid);
    UsageRowView {
        tier_name: tiers.get(&usage.tier).map_or_else(|| usage.tier.clone(), |t| t.name.clone()),
        model_name: engine.model_name(&usage.model),
        kind: usage.kind.clone(),
        paid: usage.paid,
        made: made_words(&usage.kind, usage.units),
        failures: usage.failures.iter().map(|(kind, n)| format!("{kind} ×{n}")).collect::<Vec<_>>().join(", "),
        median: duration_words(usage.median_ms),
        p95: duration_words(usage.p95_ms),
        cost: price.map_or_else(|| "–".into(), |price| price.times(usage.units).to_string()),
    }
}

/// "Pictures: 3 of 20" lines of `scope` today, against `budget`; one line
/// when nothing was made and no limit is set.
fn today_lines(today: &Today, scope: Scope<'_>, budget: &DailyBudget) -> Vec<String> {
    let nothing = [ModelKind::Story, ModelKind::Image, ModelKind::Video].iter().all(|kind| today.units(scope, *kind) == 0);
    if nothing && *budget == DailyBudget::default() {
        return vec!["Nothing made with paid models today; no limits set.".into()];
    }
    let mut lines = Vec::new();
    for (label, kind, limit) in [
        ("Story scenes", ModelKind::Story, budget.story_scenes),
        ("Pictures", ModelKind::Image, budget.pictures),
        ("Seconds of video", ModelKind::Video, budget.video_seconds),
    ] {
        let used = today.units(scope, kind);
        lines.push(match limit {
            Some(limit) => format!("{label}: {used} of {limit}"),
            None => format!("{label}: {used} (no limit)"),
        });
    }
    if !today.spending().prices.is_empty() || budget.spend.is_some() {
        let spent = today.spend(scope);
        lines.push(match budget.spend {
            Some(cap) => format!("Estimated spend: {spent} of {cap}"),
            None => format!("Estimated spend: {spent} (no limit)"),
        });
    }
    lines
}

pub async fn usage_page(
    State(store): State<Store>,
    State(engine): State<StoryEngine>,
    State(tiers): State<Tiers>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let days = usage::report(&store, DAYS).await?;
    let today = usage::Ledger::new(store.clone()).today().await?;
    let mut tier_views = Vec::new();
    for tier in &tiers.all() {
        let budget = store.settings_of(tier).await?.budget;
        let lines = today_lines(&today, Scope::Tier(tier.id.as_str()), &budget);
        tier_views.push(TierTodayView { tier_name: tier.name.clone(), lines, settings_url: urls::parent_tier(&tier.id) });
    }
    let provider_views: Vec<TierTodayView> = providers(&engine.paid_models())
        .into_iter()
        .map(|(id, name)| {
            let budget = today.spending().providers.get(&id).copied().unwrap_or_default();
            let lines = today_lines(&today, Scope::Provider(&id), &budget);
            TierTodayView { tier_name: name, lines, settings_url: SPENDING.into() }
        })
        .collect();
    let page = ParentUsagePage {
        show_cost: !today.spending().prices.is_empty(),
        title: "Usage".into(),
        parent_area: true,
        today: tier_views,
        providers: provider_views,
        days: days
            .iter()
            .map(|d| UsageDayView {
                date: date_words(d.day),
                rows: d.models.iter().map(|m| row_view(&engine, &tiers, today.spending(), m)).collect(),
            })
            .collect(),
    };
    Ok(Html(views.render(&page)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_amounts_and_days_read_as_words() {
        assert_eq!(duration_words(Some(850)), "850 ms");
        assert_eq!(duration_words(Some(1234)), "1.2 s");
        assert_eq!(duration_words(Some(300_000)), "5 min");
        assert_eq!(duration_words(None), "–");
        assert_eq!(made_words("story", 1), "1 scene");
        assert_eq!(made_words("image", 4), "4 pictures");
        assert_eq!(made_words("video", 16), "16 s of video");
        assert_eq!(date_words(20261130), "Monday 30 November");
    }
}

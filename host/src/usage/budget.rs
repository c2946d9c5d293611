//! Daily budgets: whether a paid model may make more today. Four limits are
//! checked, each only when the parent set it: the tier's count for the kind
//! (scenes, pictures, seconds of video), the tier's estimated spend, the
//! provider's count across every tier, and the provider's estimated spend.
//! Spend is estimated with the price table as it is now (`Spending`), so a
//! price changed during the day applies to the whole day.

use crate::plugin_host::{ModelEntry, ModelKind};
use crate::store::{DailyBudget, Money, Spending, UsageRecord, UsageRow};
use crate::tier::TierConfig;

/// Whose use is counted: one tier's, or one provider's across every tier.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    Tier(&'a str),
    /// A provider, by the id of the plugin that reaches it.
    Provider(&'a str),
}

/// Today's ledger rows and the price table: what the budgets count.
pub struct Today {
    rows: Vec<UsageRow>,
    spending: Spending,
}

impl Today {
    /// `rows` may hold other days too; only `day`'s are kept.
    pub fn new(day: u32, rows: Vec<UsageRow>, spending: Spending) -> Self {
        Self { rows: rows.into_iter().filter(|(row_day, ..)| *row_day == day).collect(), spending }
    }

    /// The price table these estimates use.
    pub fn spending(&self) -> &Spending {
        &self.spending
    }

    fn paid_in<'a>(&'a self, scope: Scope<'a>) -> impl Iterator<Item = (&'a str, &'a UsageRecord)> + 'a {
        self.rows
            .iter()
            .filter(move |(_, tier, _, record)| {
                record.paid
                    && match scope {
                        Scope::Tier(id) => tier == id,
                        Scope::Provider(id) => record.provider == id,
                    }
            })
            .map(|(_, _, model, record)| (model.as_str(), record))
    }

    /// What paid models of `kind` made today in `scope`.
    pub fn units(&self, scope: Scope<'_>, kind: ModelKind) -> u64 {
        self.paid_in(scope).filter(|(_, record)| record.kind == kind_name(kind)).map(|(_, record)| record.units).sum()
    }

    /// The estimated spend today in `scope`.
    pub fn spend(&self, scope: Scope<'_>) -> Money {
        self.paid_in(scope).map(|(model, record)| self.spending.price_of(model).times(record.units)).sum()
    }

    /// Why `model` may not make `units` more for `tier` today, in words for
    /// the family; `None` when it may (a model needing no key always may).
    pub fn refusal(&self, tier: &TierConfig, tier_budget: &DailyBudget, model: &ModelEntry, units: u64) -> Option<String> {
        // A model needing no key costs nothing and is never limited.
        model.credential.as_ref()?;
        let cost = self.spending.price_of(&model.key).times(units);
        let provider_budget = self.spending.providers.get(&model.plugin_id).copied().unwrap_or_default();
        let checks = [
            (Scope::Tier(tier.id.as_str()), tier_budget, tier.name.as_str()),
            (Scope::Provider(&model.plugin_id), &provider_budget, model.provider_group.as_str()),
        ];
        for (scope, budget, whose) in checks {
            if let Some(limit) = limit_for(budget, model.kind) {
                let used = self.units(scope, model.kind);
                if used.saturating_add(units) > u64::from(limit) {
                    tracing::info!(tier = %tier.id, model = %model.key, ?scope, used, limit, "daily limit reached");
                    return Some(count_refusal(model.kind, limit, scope, whose));
                }
            }
            if let Some(cap) = budget.spend {
                let spent = self.spend(scope);
                if spent + cost > cap {
                    tracing::info!(tier = %tier.id, model = %model.key, ?scope, %spent, %cap, "daily spend limit reached");
                    return Some(spend_refusal(model.kind, cap, scope, whose));
                }
            }
        }
        None
    }
}

/// The unit a kind of model makes, as the ledger names its kind.
pub fn kind_name(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Story => "story",
        ModelKind::Image => "image",
        ModelKind::Video => "video",
    }
}

fn limit_for(budget: &DailyBudget, kind: ModelKind) -> Option<u32> {
    match kind {
        ModelKind::Story => budget.story_scenes,
        ModelKind::Image => budget.pictures,
        ModelKind::Video => budget.video_seconds,
    }
}

/// What the family may still do, after a refusal of `kind`.
fn still_works(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Story => " The built-in storyteller still works: choose it on the start page. The limit starts again at midnight.",
        _ => "",
    }
}

fn count_refusal(kind: ModelKind, limit: u32, scope: Scope<'_>, whose: &str) -> String {
    let amount = |one: &str, many: &str| if limit == 1 { format!("1 {one}") } else { format!("{limit} {many}") };
    let what = match kind {
        ModelKind::Story => amount("story scene", "story scenes"),
        ModelKind::Image => amount("picture", "pictures"),
        ModelKind::Video => amount("second", "seconds"),
    };
    let whose = match scope {
        Scope::Tier(_) => format!("is reached for {whose}"),
        Scope::Provider(_) => format!("from {whose} is reached"),
    };
    match kind {
        ModelKind::Video => format!("Today's limit of {what} of paid video {whose}.{}", still_works(kind)),
        _ => format!("Today's limit of {what} with paid models {whose}.{}", still_works(kind)),
    }
}

fn spend_refusal(kind: ModelKind, cap: Money, scope: Scope<'_>, whose: &str) -> String {
    let whose = match scope {
        Scope::Tier(_) => format!("for {whose}"),
        Scope::Provider(_) => format!("with {whose}"),
    };
    format!("Today's spending limit of about {cap} {whose} is reached.{}", still_works(kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{DailyBudget, Money, Spending, UsageRecord};
    use crate::tier::builtin;

    fn row(tier: &str, model: &str, provider: &str, kind: &str, units: u64) -> UsageRow {
        let record = UsageRecord { kind: kind.into(), provider: provider.into(), paid: true, ok: 1, units, ..Default::default() };
        (20261130, tier.into(), model.into(), record)
    }

    fn gpt_image() -> ModelEntry {
        ModelEntry {
            key: "gpt-image-1".into(),
            display_name: "GPT Image 1".into(),
            provider_group: "OpenAI".into(),
            kind: ModelKind::Image,
            credential: Some("openai".into()),
            approved: true,
            available: true,
            plugin_id: "openai".into(),
            max_reference_images: 0,
            order: 0,
        }
    }

    #[test]
    fn each_limit_is_checked_in_its_own_scope() {
        let kids = &builtin()[0];
        let rows = vec![
            row("kids", "gpt-image-1", "openai", "image", 3),
            row("bible", "gpt-image-1", "openai", "image", 2),
            row("kids", "gpt", "openai", "story", 10),
            (20261129, "kids".into(), "gpt-image-1".into(), UsageRecord { paid: true, units: 99, ..Default::default() }),
        ];
        let mut spending = Spending::default();
        spending.prices.insert("gpt-image-1".into(), Money::parse("0.04").unwrap());
        spending.prices.insert("gpt".into(), Money::parse("0.01").unwrap());
        let today = Today::new(20261130, rows, spending.clone());
        assert_eq!(today.units(Scope::Tier("kids"), ModelKind::Image), 3, "yesterday's row is not counted");
        assert_eq!(today.units(Scope::Provider("openai"), ModelKind::Image), 5);
        assert_eq!(today.spend(Scope::Tier("kids")).to_string(), "0.22");
        assert_eq!(today.spend(Scope::Provider("openai")).to_string(), "0.30");

        let model = gpt_image();
        assert_eq!(today.refusal(kids, &DailyBudget::default(), &model, 1), None);
        let tier_limit = DailyBudget { pictures: Some(3), ..Default::default() };
        let refusal = today.refusal(kids, &tier_limit, &model, 1).unwrap();
        assert_eq!(refusal, "Today's limit of 3 pictures with paid models is reached for Kids Adventures.");
        let tier_cap = DailyBudget { spend: Money::parse("0.26"), ..Default::default() };
        assert_eq!(today.refusal(kids, &tier_cap, &model, 1), None, "0.22 + 0.04 is within 0.26");
        let tier_cap = DailyBudget { spend: Money::parse("0.25"), ..Default::default() };
        assert_eq!(
            today.refusal(kids, &tier_cap, &model, 1).unwrap(),
            "Today's spending limit of about 0.25 for Kids Adventures is reached."
        );

        spending.providers.insert("openai".into(), DailyBudget { pictures: Some(5), ..Default::default() });
        let today = Today::new(20261130, today.rows, spending.clone());
        assert_eq!(
            today.refusal(kids, &DailyBudget::default(), &model, 1).unwrap(),
            "Today's limit of 5 pictures with paid models from OpenAI is reached."
        );
        spending.providers.insert("openai".into(), DailyBudget { spend: Money::parse("0.30"), ..Default::default() });
        let today = Today::new(20261130, today.rows, spending);
        assert_eq!(
            today.refusal(kids, &DailyBudget::default(), &model, 1).unwrap(),
            "Today's spending limit of about 0.30 with OpenAI is reached."
        );
        let free = ModelEntry { credential: None, ..model };
        assert_eq!(today.refusal(kids, &DailyBudget { pictures: Some(0), ..Default::default() }, &free, 1), None);
    }
}

//! View models of the parent area's money pages: the spending settings
//! (prices and provider limits) and the usage report.

use askama::Template;

use super::{FormAction, LimitFields, Page};

/// `/parent/spending`: the price table and each provider's daily limits.
#[derive(Debug, Template)]
#[template(path = "parent_spending.html")]
pub struct ParentSpendingPage {
    pub title: String,
    /// No paid model has its key set: nothing costs money yet.
    pub no_keys: bool,
    pub parent_area: bool,
    pub saved: bool,
    /// Why the form was not saved (what was typed is kept on the page).
    pub message: Option<String>,
    /// One row per model that needs a key.
    pub prices: Vec<PriceRowView>,
    /// One set of limits per provider of those models.
    pub providers: Vec<ProviderLimitsView>,
    pub save: FormAction,
}

/// A paid model's estimated price on the spending page.
#[derive(Debug)]
pub struct PriceRowView {
    /// The price box's name (`price_{model key}`).
    pub field: String,
    pub name: String,
    /// The provider's name ("OpenAI").
    pub group: String,
    /// "per scene", "per picture", "per second of video".
    pub unit: String,
    /// As stored or typed ("" for none).
    pub value: String,
    /// Its key is set and granted, so the start form can offer it.
    pub available: bool,
}

/// A provider's daily limits on the spending page.
#[derive(Debug)]
pub struct ProviderLimitsView {
    /// "OpenAI".
    pub name: String,
    pub limits: LimitFields,
}

/// `/parent/usage`: today against each tier's limits, and the last days' use.
#[derive(Debug, Template)]
#[template(path = "parent_usage.html")]
pub struct ParentUsagePage {
    pub title: String,
    /// Prices are set: the table has an estimated cost column.
    pub show_cost: bool,
    pub parent_area: bool,
    pub today: Vec<TierTodayView>,
    /// Each provider of a paid model, today against its limits.
    pub providers: Vec<TierTodayView>,
    pub days: Vec<UsageDayView>,
}

/// One tier's (or provider's) use of paid models today, against its limits.
#[derive(Debug)]
pub struct TierTodayView {
    /// The tier's name, or the provider's.
    pub tier_name: String,
    /// "Story scenes: 3 of 20", "Pictures: 5 (no limit)", "Estimated spend: 0.40 of 2.00", …
    pub lines: Vec<String>,
    /// Where its limits are set.
    pub settings_url: String,
}

#[derive(Debug)]
pub struct UsageDayView {
    /// "Monday 30 November".
    pub date: String,
    pub rows: Vec<UsageRowView>,
}

/// One model's use by one tier on one day.
#[derive(Debug)]
pub struct UsageRowView {
    pub tier_name: String,
    pub model_name: String,
    /// "story", "image" or "video".
    pub kind: String,
    pub paid: bool,
    /// "12 scenes", "4 pictures", "16 s of video".
    pub made: String,
    /// "rate-limited ×2, refused ×1", or "".
    pub failures: String,
    /// "1.2 s", or "–" without calls.
    pub median: String,
    pub p95: String,
    /// The estimated cost ("0.40"), or "–" for a model without a price.
    pub cost: String,
}

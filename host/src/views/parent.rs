//! View models of the parent area (`routes::parent`): the PIN pages, the
//! parent home, a tier's settings and the plugins.

use askama::Template;

use super::{FormAction, Page};

/// Set the first PIN, or sign in with it.
#[derive(Debug, Template)]
#[template(path = "parent_pin.html")]
pub struct ParentPinPage {
    pub title: String,
    /// Always true: the layout's parent-area header.
    pub parent_area: bool,
    /// No PIN yet: the form sets one (PIN twice) instead of asking for it.
    pub first: bool,
    pub form: FormAction,
    /// The parent page asked for before signing in (`/parent/…`), kept through the form.
    pub next: String,
    /// Why the last try did not work, in words for the parent.
    pub message: Option<String>,
    /// The shortest and longest PIN, in characters (the fields' limits).
    pub min_chars: usize,
    pub max_chars: usize,
    /// A parent form sent without a session, kept through the PIN (hidden fields).
    pub carry: Option<CarriedForm>,
}

/// A parent form refused for want of a session, carried through the PIN so
/// that nothing typed is lost: sent again, with a fresh token, once signed in.
#[derive(Debug, Clone)]
pub struct CarriedForm {
    /// Where it was sent (a `/parent/…` path).
    pub action: String,
    pub fields: Vec<CarriedField>,
}

/// One field of a [`CarriedForm`].
#[derive(Debug, Clone)]
pub struct CarriedField {
    pub name: String,
    pub value: String,
}

/// After the PIN: the carried form, ready to be sent again with one tap.
#[derive(Debug, Template)]
#[template(path = "parent_resend.html")]
pub struct ParentResendPage {
    pub title: String,
    /// What the form does, in words ("the settings of Kids Adventures").
    pub what: String,
    pub parent_area: bool,
    pub form: FormAction,
    pub fields: Vec<CarriedField>,
}

/// One tier on the parent home.
#[derive(Debug)]
pub struct ParentTierLink {
    pub name: String,
    pub id: String,
    pub settings_url: String,
    pub home_url: String,
    pub video_allowed: bool,
    /// On the front page.
    pub listed: bool,
    pub bedtime_offered: bool,
}

/// `/parent/` for a signed-in parent.
#[derive(Debug, Template)]
#[template(path = "parent_home.html")]
pub struct ParentHomePage {
    pub title: String,
    pub parent_area: bool,
    pub tiers: Vec<ParentTierLink>,
    pub change_pin: FormAction,
    pub sign_out: FormAction,
    /// "Your new PIN is set." and the like, after a change.
    pub notice: Option<String>,
    /// Why a new PIN was refused.
    pub pin_message: Option<String>,
    pub min_chars: usize,
    pub max_chars: usize,
    /// Minutes a parent session lasts without use.
    pub idle_minutes: u64,
}

/// A tier's settings, for a signed-in parent.
#[derive(Debug, Template)]
#[template(path = "parent_tier.html")]
pub struct ParentTierPage {
    pub title: String,
    pub parent_area: bool,
    pub tier_name: String,
    pub tier_home_url: String,
    /// The page was just saved.
    pub saved: bool,
    /// Why the form was not saved (what was ticked is kept on the page).
    pub message: Option<String>,
    /// What the saved settings do not do as a parent may think (video allowed without a video model, …).
    pub warnings: Vec<String>,
    pub video_allowed: bool,
    /// Listed on the landing page.
    pub listed: bool,
    /// The start form offers bedtime stories.
    pub bedtime_offered: bool,
    /// Story, picture and video models, each with its boxes.
    pub kinds: Vec<OfferKindView>,
    /// The rules every story model is given for this tier (read only here).
    pub content_rules: String,
    /// The style added to every picture prompt (read only here).
    pub picture_style: String,
    /// The daily limits for paid models.
    pub budget: LimitFields,
    pub save: FormAction,
    /// A tier a parent added: its name, audience, rules, style and look, editable.
    pub about: Option<TierAboutView>,
    /// The tier was just added (the page says where it opens).
    pub added: bool,
}

/// What a tier a parent adds (or added) is: the `tier_about` partial's boxes,
/// as stored or as typed when the form was refused.
#[derive(Debug, Clone)]
pub struct TierAboutView {
    pub name: String,
    pub audience: String,
    pub rules: String,
    pub style: String,
    /// The look's choices, one checked.
    pub looks: Vec<ThemeChoiceView>,
    pub form: FormAction,
    /// Why the form was not saved.
    pub message: Option<String>,
    pub saved: bool,
}

/// One look a tier may have (a CSS theme).
#[derive(Debug, Clone)]
pub struct ThemeChoiceView {
    /// The theme class, e.g. "theme-kids".
    pub theme: String,
    /// "Bright and playful".
    pub label: String,
    pub checked: bool,
}

/// `/parent/add-tier`: a new tier's address and what it is.
#[derive(Debug, Template)]
#[template(path = "parent_add_tier.html")]
pub struct ParentAddTierPage {
    pub title: String,
    pub parent_area: bool,
    /// The address as typed ("" to make one from the name).
    pub id: String,
    pub listed: bool,
    pub about: TierAboutView,
}

/// One set of daily-limit boxes (the `daily_limits` partial), as stored or
/// as typed when a form was refused ("" for no limit).
#[derive(Debug, Clone)]
pub struct LimitFields {
    /// The boxes' id and name prefix: `{id}_story`, `{id}_pictures`, `{id}_video`, `{id}_spend`.
    pub id: String,
    pub story: String,
    pub pictures: String,
    pub video: String,
    pub spend: String,
    /// Which count boxes show (a provider without a video model has no video box).
    pub story_box: bool,
    pub pictures_box: bool,
    pub video_box: bool,
}

/// The models of one kind on a tier's settings page.
#[derive(Debug)]
pub struct OfferKindView {
    /// "story", "image" or "video": the fields are `{kind}_offered` and `{kind}_default`.
    pub kind: String,
    /// "Story models".
    pub heading: String,
    pub models: Vec<OfferModelView>,
}

/// One model's boxes: offered in the tier, and picked first.
#[derive(Debug)]
pub struct OfferModelView {
    pub key: String,
    pub name: String,
    /// "OpenAI", "Built-in", …
    pub group: String,
    pub offered: bool,
    pub default: bool,
    /// Uses a provider key: each story costs money.
    pub paid: bool,
}

/// `/parent/plugins`: every plugin and every file not loaded.
#[derive(Debug, Template)]
#[template(path = "parent_plugins.html")]
pub struct ParentPluginsPage {
    pub title: String,
    pub parent_area: bool,
    /// "Approved …" / "… is disabled" after a button.
    pub notice: Option<String>,
    /// Why an approval was refused.
    pub message: Option<String>,
    pub plugins: Vec<PluginView>,
    pub rejected: Vec<RejectedPluginView>,
    /// Where dropped-in plugins go, when the server has a plugins folder.
    pub folder: Option<String>,
}

/// One plugin on the parent's list.
#[derive(Debug)]
pub struct PluginView {
    pub id: String,
    pub version: String,
    /// "Built in", or the file's name in the plugins folder.
    pub source: String,
    pub bundled: bool,
    /// Offers its models now.
    pub approved: bool,
    /// Dropped in, changed since approved, or never approved.
    pub waiting: bool,
    /// "Built in", "Approved", "Waiting for approval", "Changed since it was approved".
    pub standing: String,
    /// The file's SHA-256, for the record and the approval form.
    pub sha256: String,
    /// Origins it may reach.
    pub hosts: Vec<String>,
    pub credentials: Vec<CredentialView>,
    pub settings: Vec<String>,
    pub models: Vec<PluginModelView>,
    pub approve: Option<FormAction>,
    pub disable: Option<FormAction>,
}

/// A credential a plugin asks for, with the boxes that grant it.
#[derive(Debug)]
pub struct CredentialView {
    pub name: String,
    pub granted: bool,
    /// Where the key goes, or why it is not granted.
    pub detail: String,
    /// Each box's value (`NAME`, or `NAME=origin` for a key the host does not know) and its words.
    pub grants: Vec<GrantBoxView>,
}

#[derive(Debug)]
pub struct GrantBoxView {
    pub value: String,
    pub label: String,
}

#[derive(Debug)]
pub struct PluginModelView {
    pub name: String,
    /// "story", "image" or "video".
    pub kind: String,
    /// "available", "waiting for approval", "needs OPENAI_API_KEY", …
    pub state: String,
}

/// A file that was not loaded, and why.
#[derive(Debug)]
pub struct RejectedPluginView {
    pub source: String,
    pub reason: String,
}

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

/// `/parent/storage`: what each tier keeps, every story, and the orphan sweep.
#[derive(Debug, Template)]
#[template(path = "parent_storage.html")]
pub struct ParentStoragePage {
    pub title: String,
    pub parent_area: bool,
    /// "Story removed." / "Removed 3 files no story or photo uses (1.2 MB)."
    pub notice: Option<String>,
    pub tiers: Vec<TierStorageView>,
    pub stories: Vec<StoredStoryView>,
    pub sweep: FormAction,
}

/// One tier's counts and sizes.
#[derive(Debug)]
pub struct TierStorageView {
    pub tier_name: String,
    /// "4 finished, 1 in progress".
    pub stories: String,
    /// "12 pictures, 2.1 MB".
    pub pictures: String,
    pub clips: String,
    pub photos: String,
}

/// One story on the storage page, with its delete button.
#[derive(Debug)]
pub struct StoredStoryView {
    pub title: String,
    pub tier_name: String,
    /// "finished" or "in progress".
    pub state: String,
    pub date: String,
    pub datetime: String,
    pub scenes: u64,
    /// "1.4 MB".
    pub size: String,
    /// The story's page (the reader for a finished story, its first scene otherwise).
    pub url: String,
    pub delete: FormAction,
}

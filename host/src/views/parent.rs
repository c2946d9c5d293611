//! View models of the parent area (`routes::parent`): the PIN pages, the
//! parent home, a tier's settings and adding a tier. The plugins, money and
//! storage pages are in `parent_plugins`, `parent_money` and `parent_storage`.

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

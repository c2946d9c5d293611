//! View models of the parent area (`routes::parent`): the PIN pages, the
//! parent home and a tier's settings.

use serde::Serialize;

use super::FormAction;

/// Set the first PIN, or sign in with it.
#[derive(Debug, Serialize)]
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
}

/// One tier on the parent home.
#[derive(Debug, Serialize)]
pub struct ParentTierLink {
    pub name: String,
    pub id: String,
    pub settings_url: String,
    pub home_url: String,
    pub video_allowed: bool,
}

/// `/parent/` for a signed-in parent.
#[derive(Debug, Serialize)]
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
#[derive(Debug, Serialize)]
pub struct ParentTierPage {
    pub title: String,
    pub parent_area: bool,
    pub tier_name: String,
    pub tier_home_url: String,
    /// The page was just saved.
    pub saved: bool,
    /// Why the form was not saved (what was ticked is kept on the page).
    pub message: Option<String>,
    pub video_allowed: bool,
    /// Listed on the landing page.
    pub listed: bool,
    /// Story, picture and video models, each with its boxes.
    pub kinds: Vec<OfferKindView>,
    pub save: FormAction,
}

/// The models of one kind on a tier's settings page.
#[derive(Debug, Serialize)]
pub struct OfferKindView {
    /// "story", "image" or "video": the fields are `{kind}_offered` and `{kind}_default`.
    pub kind: String,
    /// "Story models".
    pub heading: String,
    pub models: Vec<OfferModelView>,
}

/// One model's boxes: offered in the tier, and picked first.
#[derive(Debug, Serialize)]
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

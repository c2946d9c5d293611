//! View models of the tier home: the start form (lengths, models, the
//! video, memory, family and bedtime switches) and its "carry on" banner.

use askama::Template;

use super::{FormAction, Page, TierView};

#[derive(Debug, Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub tier: TierView,
    pub title: String,
    pub error: Option<String>,
    /// Behind the form message's details toggle (the provider's own words).
    pub error_detail: Option<String>,
    pub prompt: String,
    /// The longest prompt the server takes, in characters (the field's `maxlength`).
    pub prompt_max_chars: usize,
    /// The prompt field's placeholder: an example idea for this tier.
    pub prompt_example: String,
    /// More ideas for this tier, under the field (a tap fills it in).
    pub prompt_ideas: Vec<String>,
    pub start: FormAction,
    pub lengths: Vec<LengthOption>,
    pub story_models: Vec<ModelOption>,
    pub image_groups: Vec<ModelGroup>,
    /// The video mode switch and picker; `None` when the tier does not allow
    /// video or no video model is available (the form then has no switch).
    pub video: Option<VideoChoice>,
    pub memory: MemoryChoice,
    /// The family mode switch; `None` while the tier has no family.
    pub family: Option<FamilyChoice>,
    /// The bedtime story switch; `None` where a parent switched bedtime stories off.
    pub bedtime: Option<BedtimeChoice>,
    pub family_url: String,
    /// This browser's story in progress: Continue or Start fresh.
    pub resume: Option<super::ResumeView>,
}

/// Family mode on the start form.
#[derive(Debug)]
pub struct FamilyChoice {
    pub on: bool,
    /// "Ana (a girl, 7), Dad (a parent)".
    pub names: String,
    pub url: String,
}

/// The bedtime story switch on the start form.
#[derive(Debug)]
pub struct BedtimeChoice {
    pub on: bool,
    /// Scenes a bedtime story has.
    pub scenes: u32,
}

/// A profile on the start form.
#[derive(Debug)]
pub struct ProfilePick {
    pub id: String,
    pub name: String,
    pub selected: bool,
}

/// Memory mode on the start form: the switch, the tier's characters to pick, the photo field.
#[derive(Debug)]
pub struct MemoryChoice {
    pub on: bool,
    pub characters: Vec<CharacterPick>,
    pub characters_url: String,
    pub characters_label: String,
    /// Most photos for one story.
    pub max_photos: usize,
    pub profiles: Vec<ProfilePick>,
    pub profiles_url: String,
}

/// A roster character on the start form.
#[derive(Debug)]
pub struct CharacterPick {
    pub id: String,
    pub name: String,
    pub thumb_url: Option<String>,
    pub selected: bool,
}

/// Video mode on the start form.
#[derive(Debug)]
pub struct VideoChoice {
    /// The switch is ticked (kept when the form is drawn again).
    pub on: bool,
    /// Video models by provider, the tier's default selected.
    pub groups: Vec<ModelGroup>,
}

#[derive(Debug)]
pub struct LengthOption {
    pub value: &'static str,
    pub label: &'static str,
    pub scenes: u32,
    pub selected: bool,
}

#[derive(Debug)]
pub struct ModelOption {
    pub key: String,
    pub name: String,
    pub selected: bool,
}

#[derive(Debug)]
pub struct ModelGroup {
    pub group: String,
    pub models: Vec<ModelOption>,
}

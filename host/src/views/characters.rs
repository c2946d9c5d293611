//! View models of the roster pages: the list with the new-character form,
//! and one character's page with its photos and the edit form.

use askama::Template;

use super::{FormAction, Page, TierView};

/// `GET /{tier}/characters` (and the create form drawn again after a refusal).
#[derive(Debug, Template)]
#[template(path = "characters.html")]
pub struct CharactersPage {
    pub tier: TierView,
    pub title: String,
    pub characters: Vec<CharacterCard>,
    /// `None` when the roster is full (the page says so instead).
    pub form: Option<CharacterForm>,
    pub max_characters: usize,
    pub profiles_url: String,
    pub family_url: String,
}

/// A character in the list.
#[derive(Debug)]
pub struct CharacterCard {
    pub name: String,
    /// The name's first letter, for a character without a photo.
    pub initial: String,
    /// The description with the attributes, as the models read it.
    pub summary: String,
    pub url: String,
    /// The first photo's thumbnail.
    pub thumb_url: Option<String>,
    pub photo_count: usize,
}

/// `GET /{tier}/characters/{id}`.
#[derive(Debug, Template)]
#[template(path = "character.html")]
pub struct CharacterPage {
    pub tier: TierView,
    pub title: String,
    pub saved: bool,
    pub photos: Vec<PhotoView>,
    pub form: CharacterForm,
    pub delete: FormAction,
    pub list_url: String,
}

/// A stored photo with its delete button.
#[derive(Debug)]
pub struct PhotoView {
    pub url: String,
    pub thumb_url: String,
    /// The upload was small: pictures may not look much like them.
    pub small: bool,
    pub delete: FormAction,
}

/// The character form, new or filled in, with what was refused.
#[derive(Debug)]
pub struct CharacterForm {
    pub action: FormAction,
    pub submit_label: String,
    /// Sentences for the family: every field or photo that was refused.
    pub errors: Vec<String>,
    pub name: String,
    pub name_max_chars: usize,
    pub description: String,
    pub description_max_chars: usize,
    pub attributes: Vec<AttributeGroup>,
    /// How many more photos the character can take (0: the photo field is hidden).
    pub photos_left: usize,
}

/// One pill group of the form.
#[derive(Debug)]
pub struct AttributeGroup {
    pub field: String,
    pub label: String,
    pub options: Vec<AttributeOption>,
    /// "Not set" is the ticked pill.
    pub unset: bool,
}

#[derive(Debug)]
pub struct AttributeOption {
    pub value: String,
    pub selected: bool,
}

/// `GET /{tier}/profiles` and one profile's page (`editing`).
#[derive(Debug, Template)]
#[template(path = "profiles.html")]
pub struct ProfilesPage {
    pub tier: TierView,
    pub title: String,
    pub profiles: Vec<ProfileCard>,
    pub saved: bool,
    /// The form: a new profile on the list, the profile on its own page; `None` when the tier is full.
    pub form: Option<ProfileForm>,
    /// On a profile's own page: its delete button and the way back.
    pub delete: Option<FormAction>,
    pub list_url: String,
}

#[derive(Debug)]
pub struct ProfileCard {
    pub name: String,
    pub summary: String,
    pub url: String,
}

#[derive(Debug)]
pub struct ProfileForm {
    pub action: FormAction,
    pub submit_label: String,
    pub errors: Vec<String>,
    pub name: String,
    pub themes: String,
    pub art_style: String,
    pub tone: String,
    pub favourite_things: String,
    pub text_max_chars: usize,
    pub characters: Vec<CharacterChoice>,
}

/// A roster character to tick (a profile's) or pick (a family member's).
#[derive(Debug)]
pub struct CharacterChoice {
    pub id: String,
    pub name: String,
    pub selected: bool,
}

/// `GET /{tier}/family`.
#[derive(Debug, Template)]
#[template(path = "family.html")]
pub struct FamilyPage {
    pub tier: TierView,
    pub title: String,
    pub saved: bool,
    pub errors: Vec<String>,
    pub members: Vec<FamilyMemberView>,
    /// `None` when the family has its 6 children / 2 parents.
    pub add_child: Option<FormAction>,
    pub add_parent: Option<FormAction>,
    /// Roster characters for the "Looks like" pickers of the add forms.
    pub characters: Vec<CharacterChoice>,
    pub ages: Vec<u8>,
    pub max_children: usize,
    pub max_parents: usize,
}

#[derive(Debug)]
pub struct FamilyMemberView {
    pub name: String,
    pub summary: String,
    pub character_name: Option<String>,
    pub delete: FormAction,
    /// Its edit form, filled in.
    pub update: FormAction,
    /// "girl", "boy" or "other" for a child; `None` for a parent.
    pub kind: Option<&'static str>,
    pub age: Option<u8>,
    pub characters: Vec<CharacterChoice>,
}

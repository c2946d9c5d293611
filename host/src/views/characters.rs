//! View models of the roster pages: the list with the new-character form,
//! and one character's page with its photos and the edit form.

use serde::Serialize;

use super::{FormAction, TierView};

/// `GET /{tier}/characters` (and the create form drawn again after a refusal).
#[derive(Debug, Serialize)]
pub struct CharactersPage {
    pub tier: TierView,
    pub title: String,
    pub characters: Vec<CharacterCard>,
    /// `None` when the roster is full (the page says so instead).
    pub form: Option<CharacterForm>,
    pub max_characters: usize,
}

/// A character in the list.
#[derive(Debug, Serialize)]
pub struct CharacterCard {
    pub name: String,
    /// The description with the attributes, as the models read it.
    pub summary: String,
    pub url: String,
    /// The first photo's thumbnail.
    pub thumb_url: Option<String>,
    pub photo_count: usize,
}

/// `GET /{tier}/characters/{id}`.
#[derive(Debug, Serialize)]
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
#[derive(Debug, Serialize)]
pub struct PhotoView {
    pub url: String,
    pub thumb_url: String,
    /// The upload was small: pictures may not look much like them.
    pub small: bool,
    pub delete: FormAction,
}

/// The character form, new or filled in, with what was refused.
#[derive(Debug, Serialize)]
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
#[derive(Debug, Serialize)]
pub struct AttributeGroup {
    pub field: String,
    pub label: String,
    pub options: Vec<AttributeOption>,
    /// "Not set" is the ticked pill.
    pub unset: bool,
}

#[derive(Debug, Serialize)]
pub struct AttributeOption {
    pub value: String,
    pub selected: bool,
}

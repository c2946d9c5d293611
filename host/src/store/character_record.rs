//! The records of a tier's roster: characters, their attributes, and the
//! family photos (a character's, or one story's own uploads) with where their
//! files are. The roster's limits live here because the store enforces them
//! inside the write transaction.

use serde::{Deserialize, Serialize};

use super::ids::{CharacterId, PhotoId, StoryId};
use super::records::Timestamp;
use crate::tier::TierId;

/// Most characters in one tier's roster.
pub const MAX_CHARACTERS_PER_TIER: usize = 20;

/// Most photos of one character.
pub const MAX_PHOTOS_PER_CHARACTER: usize = 3;

/// A character of a tier's roster ("My characters" on the kids tier).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Character {
    pub id: CharacterId,
    pub tier: TierId,
    /// Unique in its tier, compared without case or surrounding spaces.
    pub name: String,
    /// The family's own words ("a brave girl who loves frogs").
    pub description: String,
    pub attributes: Attributes,
    /// Oldest first; at most [`MAX_PHOTOS_PER_CHARACTER`].
    pub photos: Vec<PhotoId>,
    pub created_at: Timestamp,
}

/// The attributes picked from pill buttons; each is one of the choices the
/// character form offers, or unset.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attributes {
    pub hair: Option<String>,
    pub eyes: Option<String>,
    pub skin: Option<String>,
    pub clothing: Option<String>,
    pub personality: Option<String>,
}

/// Whose a photo is. A story's own photos are deleted with the story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhotoOwner {
    Character(CharacterId),
    Story(StoryId),
}

/// One stored family photo: a clean JPEG and its thumbnail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PhotoRecord {
    pub id: PhotoId,
    pub tier: TierId,
    pub owner: PhotoOwner,
    /// Paths relative to the data directory (`photos/<tier>/<id>.jpg`, `…-thumb.jpg`).
    pub file: String,
    pub thumb_file: String,
    /// The stored copy's size in pixels.
    pub width: u32,
    pub height: u32,
    pub bytes: u64,
    /// The upload's shorter side was small: the family was warned.
    pub small: bool,
    pub created_at: Timestamp,
}

impl PhotoRecord {
    /// Both files, for deleting them.
    pub fn files(&self) -> [String; 2] {
        [self.file.clone(), self.thumb_file.clone()]
    }
}

/// What a roster write did; anything but `Saved` wrote nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharacterWrite {
    Saved,
    /// Another character of the tier has this name.
    NameTaken,
    /// The tier has [`MAX_CHARACTERS_PER_TIER`] characters already.
    RosterFull,
    /// The character would have more than [`MAX_PHOTOS_PER_CHARACTER`] photos.
    TooManyPhotos,
}

/// A name as compared for uniqueness: trimmed, case folded, inner spaces collapsed.
pub fn name_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

//! Saving and deleting a tier's characters with their photos: each photo is
//! checked and cleaned (`photos`), its files written, then the rows saved in
//! one transaction (`store`). Anything refused is said in the family's words
//! and leaves nothing behind: files written for a save the store refused are
//! deleted again, and a deleted character's files go after its rows.

use crate::blobs::Blobs;
use crate::photos;
use crate::store::{
    Attributes, Character, CharacterId, CharacterWrite, MAX_CHARACTERS_PER_TIER, MAX_PHOTOS_PER_CHARACTER, PhotoId, PhotoOwner,
    PhotoRecord, Store, StoreError, StoryId, now,
};
use crate::tier::TierId;

use super::MAX_DESCRIPTION_CHARS;

/// What the family filled in: text as typed, attributes already picked from the offered choices.
#[derive(Debug, Clone, Default)]
pub struct CharacterInput {
    pub name: String,
    pub description: String,
    pub attributes: Attributes,
    /// `(file name, bytes)` of each chosen photo.
    pub photos: Vec<(String, Vec<u8>)>,
    /// Photos already refused while the form was read (too large, one too many).
    pub refused: Vec<String>,
}

/// Why nothing was saved: every sentence for the form.
#[derive(Debug)]
pub struct Refused(pub Vec<String>);

/// A save's failure: refused (shown on the form) or a fault of the server.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error("refused")]
    Refused(Refused),
    #[error("store: {0}")]
    Store(#[from] StoreError),
    #[error("photo files: {0}")]
    Files(std::io::Error),
}

/// A tier's roster: its store rows and photo files together.
#[derive(Clone)]
pub struct Roster {
    store: Store,
    blobs: Blobs,
}

impl Roster {
    pub fn new(store: Store, blobs: Blobs) -> Self {
        Self { store, blobs }
    }

    /// Save a new character (`existing` none) or an edited one, adding the
    /// input's photos; gives back its id.
    pub async fn save(&self, tier: &TierId, existing: Option<&Character>, input: CharacterInput) -> Result<CharacterId, SaveError> {
        let mut errors = input.refused.clone();
        let name = clean_line(&input.name);
        errors.extend(super::name_problem(&name, "Give the character a name."));
        let description = clean_line(&input.description);
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            errors.push(format!("The description can be at most {MAX_DESCRIPTION_CHARS} letters long."));
        }
        let stored_photos = existing.map_or(0, |c| c.photos.len());
        if stored_photos + input.photos.len() > MAX_PHOTOS_PER_CHARACTER {
            errors.push(match MAX_PHOTOS_PER_CHARACTER.saturating_sub(stored_photos) {
                0 => format!("A character can have {MAX_PHOTOS_PER_CHARACTER} photos: remove one to add another."),
                room => format!(
                    "A character can have {MAX_PHOTOS_PER_CHARACTER} photos: this one has {stored_photos}, so you can add {room} more."
                ),
            });
        }
        let chose_photos = !input.photos.is_empty() || !input.refused.is_empty();
        let mut prepared = Vec::new();
        for (file_name, bytes) in input.photos {
            match photos::prepare(file_name, bytes).await {
                Ok(photo) => prepared.push(photo),
                Err(refusal) => errors.push(refusal.to_string()),
            }
        }
        if !errors.is_empty() {
            if chose_photos {
                errors.push("Nothing was saved yet: fix this, then choose the photos again.".into());
            }
            return Err(SaveError::Refused(Refused(errors)));
        }

        let character = Character {
            id: existing.map_or_else(CharacterId::new, |c| c.id),
            tier: tier.clone(),
            name,
            description,
            attributes: input.attributes,
            photos: Vec::new(), // the store keeps the stored ones and appends the new
            created_at: existing.map_or_else(now, |c| c.created_at),
        };
        let records = self.write_photos(tier, PhotoOwner::Character(character.id), prepared).await.map_err(SaveError::Files)?;
        let written = self.store.save_character(character.clone(), records.clone()).await;
        let refusal = match written {
            Ok(CharacterWrite::Saved) => return Ok(character.id),
            Ok(CharacterWrite::NameTaken) => format!("There is already a character called “{}”. Choose another name.", character.name),
            Ok(CharacterWrite::RosterFull) => {
                format!("You have {MAX_CHARACTERS_PER_TIER} characters, the most this server keeps. Delete one to add another.")
            }
            Ok(CharacterWrite::TooManyPhotos) => {
                format!("A character can have {MAX_PHOTOS_PER_CHARACTER} photos. Remove one before adding another.")
            }
            Err(err) => {
                self.delete_files(&records).await;
                return Err(SaveError::Store(err));
            }
        };
        self.delete_files(&records).await;
        let mut errors = vec![refusal];
        if !records.is_empty() {
            errors.push("Your photos were not kept: choose them again.".into());
        }
        Err(SaveError::Refused(Refused(errors)))
    }

    /// Check and write the photos uploaded with a start form for story `story`
    /// (rows are stored with the story). `refused` are the form's own
    /// refusals (too large, one too many); any refusal writes nothing.
    pub async fn stage_story_photos(
        &self,
        tier: &TierId,
        story: StoryId,
        files: Vec<(String, Vec<u8>)>,
        refused: Vec<String>,
    ) -> Result<Vec<PhotoRecord>, SaveError> {
        let mut errors = refused;
        let mut prepared = Vec::new();
        for (file_name, bytes) in files {
            match photos::prepare(file_name, bytes).await {
                Ok(photo) => prepared.push(photo),
                Err(refusal) => errors.push(refusal.to_string()),
            }
        }
        if !errors.is_empty() {
            return Err(SaveError::Refused(Refused(errors)));
        }
        self.write_photos(tier, PhotoOwner::Story(story), prepared).await.map_err(SaveError::Files)
    }

    /// Delete the files of photos whose rows were never stored (a start that failed).
    pub async fn discard(&self, photos: &[PhotoRecord]) {
        self.delete_files(photos).await;
    }

    /// Write each prepared photo's files; on an error none of them is left.
    async fn write_photos(&self, tier: &TierId, owner: PhotoOwner, prepared: Vec<photos::Prepared>) -> std::io::Result<Vec<PhotoRecord>> {
        let mut records = Vec::new();
        for photo in prepared {
            let id = PhotoId::new();
            let (file, thumb_file) = match self.blobs.put_photo(tier, id, photo.jpeg.clone(), photo.thumb).await {
                Ok(files) => files,
                Err(err) => {
                    self.delete_files(&records).await;
                    return Err(err);
                }
            };
            records.push(PhotoRecord {
                id,
                tier: tier.clone(),
                owner,
                file,
                thumb_file,
                width: photo.width,
                height: photo.height,
                bytes: photo.jpeg.len() as u64,
                small: photo.small,
                created_at: now(),
            });
        }
        Ok(records)
    }

    /// Delete a character of `tier` and its photos; `false` when there is none.
    pub async fn delete(&self, tier: &TierId, id: CharacterId) -> Result<bool, StoreError> {
        match self.store.delete_character(tier.clone(), id).await? {
            Some(photos) => {
                self.delete_files(&photos).await;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Remove one photo of a character of `tier`; `false` when there is no such photo.
    pub async fn delete_photo(&self, tier: &TierId, id: CharacterId, photo: PhotoId) -> Result<bool, StoreError> {
        match self.store.delete_character_photo(tier.clone(), id, photo).await? {
            Some(record) => {
                self.delete_files(std::slice::from_ref(&record)).await;
                Ok(true)
            }
            None => Ok(false),
        }
    }

    async fn delete_files(&self, photos: &[PhotoRecord]) {
        self.blobs.delete(photos.iter().flat_map(PhotoRecord::files).collect()).await;
    }
}

/// One line of text as kept: control characters dropped, spaces collapsed, trimmed.
pub fn clean_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|part| !part.is_empty()).collect::<Vec<_>>().join(" ")
}

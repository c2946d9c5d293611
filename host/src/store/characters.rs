//! A tier's roster and the family photos: each write is one transaction that
//! checks the roster's rules (unique names, at most 20 characters, at most 3
//! photos each) before it writes, so two tablets saving at once cannot break
//! them. Photo files are written before their rows and deleted after them.

use redb::{ReadableDatabase, ReadableTable};

use super::character_record::name_key;
use super::{
    Character, CharacterId, CharacterWrite, MAX_CHARACTERS_PER_TIER, MAX_PHOTOS_PER_CHARACTER, PhotoId, PhotoRecord, Result, Store, codec,
    get, tables,
};
use crate::tier::TierId;

/// Every record of `tier` in a table keyed by (tier, id), in key order.
pub(super) fn in_tier<T: serde::de::DeserializeOwned>(
    table: &impl ReadableTable<(&'static str, u128), &'static [u8]>,
    tier: &TierId,
) -> Result<Vec<T>> {
    let mut records = Vec::new();
    for entry in table.range((tier.as_str(), 0)..=(tier.as_str(), u128::MAX))? {
        records.push(codec::decode(entry?.1.value())?);
    }
    Ok(records)
}

/// The record (`tier`, `key`) of a table keyed by (tier, id).
pub(super) fn get_in_tier<T: serde::de::DeserializeOwned>(
    table: &impl ReadableTable<(&'static str, u128), &'static [u8]>,
    tier: &TierId,
    key: u128,
) -> Result<Option<T>> {
    match table.get((tier.as_str(), key))? {
        Some(bytes) => Ok(Some(codec::decode(bytes.value())?)),
        None => Ok(None),
    }
}

/// The roster rows of `tier`, in key order.
fn roster(table: &impl ReadableTable<(&'static str, u128), &'static [u8]>, tier: &TierId) -> Result<Vec<Character>> {
    in_tier(table, tier)
}

impl Store {
    /// The characters of `tier`, by name.
    pub async fn characters(&self, tier: TierId) -> Result<Vec<Character>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let mut characters = roster(&txn.open_table(tables::CHARACTERS)?, &tier)?;
            characters.sort_by_key(|c| name_key(&c.name));
            Ok(characters)
        })
        .await
    }

    /// One character of `tier` (`None` for another tier's).
    pub async fn character(&self, tier: TierId, id: CharacterId) -> Result<Option<Character>> {
        self.run(move |db| get_in_tier(&db.begin_read()?.open_table(tables::CHARACTERS)?, &tier, id.key())).await
    }

    /// Save `character` (new, or replacing the stored one of the same id) with
    /// `new_photos` (files already written) added to its photos. The stored
    /// photo list is kept: only `new_photos` are appended.
    pub async fn save_character(&self, character: Character, new_photos: Vec<PhotoRecord>) -> Result<CharacterWrite> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut table = txn.open_table(tables::CHARACTERS)?;
                let existing = roster(&table, &character.tier)?;
                let stored = existing.iter().find(|c| c.id == character.id);
                let key = name_key(&character.name);
                if existing.iter().any(|c| c.id != character.id && name_key(&c.name) == key) {
                    return Ok(CharacterWrite::NameTaken);
                }
                if stored.is_none() && existing.len() >= MAX_CHARACTERS_PER_TIER {
                    return Ok(CharacterWrite::RosterFull);
                }
                let mut saved = character.clone();
                saved.photos = stored.map(|c| c.photos.clone()).unwrap_or_default();
                saved.photos.extend(new_photos.iter().map(|p| p.id));
                if saved.photos.len() > MAX_PHOTOS_PER_CHARACTER {
                    return Ok(CharacterWrite::TooManyPhotos);
                }
                let mut photos = txn.open_table(tables::PHOTOS)?;
                for photo in &new_photos {
                    photos.insert(photo.id.key(), codec::encode(photo)?.as_slice())?;
                }
                table.insert((saved.tier.as_str(), saved.id.key()), codec::encode(&saved)?.as_slice())?;
            }
            txn.commit()?;
            Ok(CharacterWrite::Saved)
        })
        .await
    }

    /// Delete a character of `tier` and its photo rows; gives back the photos
    /// whose files are now to be deleted (`None`: no such character here).
    pub async fn delete_character(&self, tier: TierId, id: CharacterId) -> Result<Option<Vec<PhotoRecord>>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let removed = {
                let mut table = txn.open_table(tables::CHARACTERS)?;
                let Some(bytes) = table.remove((tier.as_str(), id.key()))? else { return Ok(None) };
                let character: Character = codec::decode(bytes.value())?;
                drop(bytes);
                let mut photos = txn.open_table(tables::PHOTOS)?;
                let mut removed = Vec::new();
                for photo in character.photos {
                    if let Some(bytes) = photos.remove(photo.key())? {
                        removed.push(codec::decode(bytes.value())?);
                    }
                }
                removed
            };
            txn.commit()?;
            Ok(Some(removed))
        })
        .await
    }

    /// Remove one photo from a character of `tier`; gives back its record for
    /// deleting the files (`None`: no such photo of this character here).
    pub async fn delete_character_photo(&self, tier: TierId, id: CharacterId, photo: PhotoId) -> Result<Option<PhotoRecord>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let removed = {
                let mut table = txn.open_table(tables::CHARACTERS)?;
                let stored = table.get((tier.as_str(), id.key()))?.map(|bytes| codec::decode::<Character>(bytes.value())).transpose()?;
                let Some(mut character) = stored.filter(|c| c.photos.contains(&photo)) else { return Ok(None) };
                character.photos.retain(|p| *p != photo);
                table.insert((tier.as_str(), id.key()), codec::encode(&character)?.as_slice())?;
                let mut photos = txn.open_table(tables::PHOTOS)?;
                photos.remove(photo.key())?.map(|bytes| codec::decode::<PhotoRecord>(bytes.value())).transpose()?
            };
            txn.commit()?;
            Ok(removed)
        })
        .await
    }

    /// A photo of `tier` (`None` for another tier's or an unknown one).
    pub async fn photo(&self, tier: TierId, id: PhotoId) -> Result<Option<PhotoRecord>> {
        self.run(move |db| {
            let photo: Option<PhotoRecord> = get(&db.begin_read()?.open_table(tables::PHOTOS)?, id.key())?;
            Ok(photo.filter(|p| p.tier == tier))
        })
        .await
    }

    /// The photos of several ids, of `tier` only, in the order asked (unknown ids left out).
    pub async fn photos(&self, tier: TierId, ids: Vec<PhotoId>) -> Result<Vec<PhotoRecord>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::PHOTOS)?;
            let mut photos = Vec::new();
            for id in ids {
                if let Some(photo) = get::<PhotoRecord>(&table, id.key())?.filter(|p| p.tier == tier) {
                    photos.push(photo);
                }
            }
            Ok(photos)
        })
        .await
    }

    /// Every photo file the store points to (both files of each photo), for the start-up sweep.
    pub async fn all_photo_files(&self) -> Result<Vec<String>> {
        self.run(|db| {
            let txn = db.begin_read()?;
            let table = txn.open_table(tables::PHOTOS)?;
            let mut files = Vec::new();
            for entry in table.iter()? {
                let photo: PhotoRecord = codec::decode(entry?.1.value())?;
                files.extend(photo.files());
            }
            Ok(files)
        })
        .await
    }
}

#[cfg(test)]
#[path = "characters_tests.rs"]
mod tests;

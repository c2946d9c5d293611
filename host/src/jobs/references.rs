//! What a picture job sends beside its prompt in a memory-mode story: the
//! cast's descriptions (added to the prompt, for every model) and reference
//! pictures, up to the limit the model's plugin declares, faces first — the
//! photos uploaded for this story, then each chosen character's first photo
//! (the main character's first), then the previous scene's finished picture
//! (so the hero looks the same from scene to scene, until a family presses
//! "Reset appearance" on that scene), then the characters' other photos.
//! A story without memory mode gets neither: no photo leaves the server.

use crate::blobs::Blobs;
use crate::family;
use crate::plugin_host::Media;
use crate::store::{ImageStatus, PhotoId, Scene, Store, StoreError, Story};

/// What memory mode adds to one picture request.
#[derive(Debug, Default)]
pub struct Memory {
    /// "Mia: a brave girl (red hair)", main character first.
    pub cast: Vec<String>,
    pub references: Vec<Media>,
    /// The story's profile's picture style, said first in the prompt's style.
    pub art_style: Option<String>,
}

/// Gather `story`'s memory for a picture of `scene`, at most `limit` references.
/// A reference whose file cannot be read is left out (logged), never fatal.
pub async fn gather(store: &Store, blobs: &Blobs, story: &Story, scene: &Scene, limit: usize) -> Result<Memory, StoreError> {
    if !story.memory_mode {
        return Ok(Memory::default());
    }
    let mut characters = Vec::new();
    for id in &story.characters {
        if let Some(character) = store.character(story.tier.clone(), *id).await? {
            characters.push(character);
        }
    }
    let cast = characters.iter().map(family::describe).collect();
    let art_style = match story.profile {
        Some(id) => store.profile(story.tier.clone(), id).await?.map(|p| p.art_style).filter(|s| !s.is_empty()),
        None => None,
    };
    if limit == 0 {
        return Ok(Memory { cast, references: Vec::new(), art_style });
    }

    // The order references are offered in; cut at `limit`.
    let mut order: Vec<Reference> = story.photos.iter().map(|p| Reference::Photo(*p)).collect();
    order.extend(characters.iter().filter_map(|c| c.photos.first()).map(|p| Reference::Photo(*p)));
    order.push(Reference::PreviousPicture);
    order.extend(characters.iter().flat_map(|c| c.photos.iter().skip(1)).map(|p| Reference::Photo(*p)));

    let mut references = Vec::new();
    for reference in order {
        if references.len() >= limit {
            break;
        }
        let found = match reference {
            Reference::Photo(id) => match store.photo(story.tier.clone(), id).await? {
                Some(photo) => Some(("image/jpeg".to_string(), photo.file)),
                None => None,
            },
            Reference::PreviousPicture => previous_picture(store, scene).await?,
        };
        let Some((media_type, file)) = found else { continue };
        match blobs.read(&file).await {
            Ok(bytes) => references.push(Media { media_type, bytes }),
            Err(err) => tracing::warn!(file, "a reference picture could not be read; left out: {err}"),
        }
    }
    Ok(Memory { cast, references, art_style })
}

enum Reference {
    Photo(PhotoId),
    PreviousPicture,
}

/// The finished picture of the scene before `scene` on its path, unless
/// "Reset appearance" was pressed there: `(media type, file)`.
async fn previous_picture(store: &Store, scene: &Scene) -> Result<Option<(String, String)>, StoreError> {
    let Some(parent_id) = scene.parent else { return Ok(None) };
    let Some(parent) = store.scene(parent_id).await? else { return Ok(None) };
    if parent.look_reset || parent.tier != scene.tier {
        return Ok(None);
    }
    let (ImageStatus::Complete, Some(media)) = (parent.image.status, parent.image.media) else { return Ok(None) };
    Ok(store.media(media).await?.filter(|m| m.tier == scene.tier).map(|m| (m.media_type, m.file)))
}

/// The picture prompt with the cast: "…. The characters: Mia: a brave girl (red hair); Leo: …".
pub fn with_cast(prompt: &str, cast: &[String]) -> String {
    match cast {
        [] => prompt.to_string(),
        cast => format!("{}. The characters: {}", prompt.trim_end_matches('.'), cast.join("; ")),
    }
}

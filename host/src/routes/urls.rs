//! Every URL the pages link to, built in one place so that a link can only
//! ever point inside its own tier.

use crate::store::{CharacterId, ChoiceId, MediaId, PhotoId, SceneId, StoryId};
use crate::tier::TierId;

pub fn home(tier: &TierId) -> String {
    format!("/{tier}/")
}

pub fn gallery(tier: &TierId) -> String {
    format!("/{tier}/gallery")
}

pub fn start(tier: &TierId) -> String {
    format!("/{tier}/story/start")
}

pub fn scene(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/scene/{scene}")
}

pub fn choose(tier: &TierId, scene: SceneId, choice: ChoiceId) -> String {
    format!("/{tier}/story/choose/{scene}/{choice}")
}

pub fn image_status(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/image/{scene}")
}

pub fn image_retry(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/image/{scene}/retry")
}

pub fn reset_look(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/reset-appearance/{scene}")
}

pub fn video_status(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/video/{scene}")
}

pub fn video_retry(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/video/{scene}/retry")
}

pub fn settings(tier: &TierId) -> String {
    format!("/{tier}/settings")
}

pub fn reader(tier: &TierId, story: StoryId, scene: SceneId) -> String {
    format!("/{tier}/gallery/{story}/{scene}")
}

pub fn story(tier: &TierId, story: StoryId) -> String {
    format!("/{tier}/gallery/{story}")
}

pub fn delete(tier: &TierId, story: StoryId) -> String {
    format!("/{tier}/gallery/{story}/delete")
}

pub fn media(tier: &TierId, media: MediaId) -> String {
    format!("/{tier}/media/{media}")
}

pub fn characters(tier: &TierId) -> String {
    format!("/{tier}/characters")
}

pub fn character_create(tier: &TierId) -> String {
    format!("/{tier}/characters/create")
}

pub fn character(tier: &TierId, id: CharacterId) -> String {
    format!("/{tier}/characters/{id}")
}

pub fn character_update(tier: &TierId, id: CharacterId) -> String {
    format!("/{tier}/characters/{id}/update")
}

pub fn character_delete(tier: &TierId, id: CharacterId) -> String {
    format!("/{tier}/characters/{id}/delete")
}

pub fn character_photo_delete(tier: &TierId, id: CharacterId, photo: PhotoId) -> String {
    format!("/{tier}/characters/{id}/photos/{photo}/delete")
}

pub fn photo(tier: &TierId, photo: PhotoId) -> String {
    format!("/{tier}/photos/{photo}")
}

pub fn photo_thumb(tier: &TierId, photo: PhotoId) -> String {
    format!("/{tier}/photos/{photo}/thumb")
}

//! Every URL the pages link to, built in one place so that a link can only
//! ever point inside its own tier.

use crate::store::{CharacterId, ChoiceId, MediaId, PhotoId, ProfileId, SceneId, StoryId};
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

pub fn back(tier: &TierId) -> String {
    format!("/{tier}/story/back")
}

pub fn custom_choice(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/custom-choice/{scene}")
}

pub fn keep_going(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/keep-going/{scene}")
}

pub fn wrap_up(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/wrap-up/{scene}")
}

/// The story's tree map, with `at` as the current scene.
pub fn tree(tier: &TierId, story: StoryId, at: SceneId) -> String {
    format!("/{tier}/story/tree/{story}?at={at}")
}

pub fn abandon(tier: &TierId) -> String {
    format!("/{tier}/story/abandon")
}

pub fn image_status(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/image/{scene}")
}

pub fn image_retry(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/image/{scene}/retry")
}

/// "Paint it again" and "Change the picture's description".
pub fn image_regenerate(tier: &TierId, scene: SceneId) -> String {
    format!("/{tier}/story/image/{scene}/regenerate")
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

/// The parent area's home: the PIN pages, then the list of tiers.
pub const PARENT_HOME: &str = "/parent/";

/// A tier's settings in the parent area.
pub fn parent_tier(tier: &TierId) -> String {
    format!("/parent/tiers/{tier}")
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

pub fn profiles(tier: &TierId) -> String {
    format!("/{tier}/profiles")
}

pub fn profile_create(tier: &TierId) -> String {
    format!("/{tier}/profiles/create")
}

pub fn profile(tier: &TierId, id: ProfileId) -> String {
    format!("/{tier}/profiles/{id}")
}

pub fn profile_update(tier: &TierId, id: ProfileId) -> String {
    format!("/{tier}/profiles/{id}/update")
}

pub fn profile_delete(tier: &TierId, id: ProfileId) -> String {
    format!("/{tier}/profiles/{id}/delete")
}

pub fn family(tier: &TierId) -> String {
    format!("/{tier}/family")
}

/// `who`: "child" or "parent".
pub fn family_add(tier: &TierId, who: &str) -> String {
    format!("/{tier}/family/add-{who}")
}

pub fn family_member_update(tier: &TierId, member: u32) -> String {
    format!("/{tier}/family/{member}/update")
}

pub fn family_member_delete(tier: &TierId, member: u32) -> String {
    format!("/{tier}/family/{member}/delete")
}

//! Every URL the pages link to, built in one place so that a link can only
//! ever point inside its own tier.

use uuid::Uuid;

pub fn home(tier: &str) -> String {
    format!("/{tier}/")
}

pub fn gallery(tier: &str) -> String {
    format!("/{tier}/gallery")
}

pub fn start(tier: &str) -> String {
    format!("/{tier}/story/start")
}

pub fn scene(tier: &str, scene: Uuid) -> String {
    format!("/{tier}/story/scene/{scene}")
}

pub fn choose(tier: &str, scene: Uuid, choice: Uuid) -> String {
    format!("/{tier}/story/choose/{scene}/{choice}")
}

pub fn image_status(tier: &str, scene: Uuid) -> String {
    format!("/{tier}/story/image/{scene}")
}

pub fn image_retry(tier: &str, scene: Uuid) -> String {
    format!("/{tier}/story/image/{scene}/retry")
}

pub fn reader(tier: &str, story: Uuid, scene: Uuid) -> String {
    format!("/{tier}/gallery/{story}/{scene}")
}

pub fn story(tier: &str, story: Uuid) -> String {
    format!("/{tier}/gallery/{story}")
}

pub fn delete(tier: &str, story: Uuid) -> String {
    format!("/{tier}/gallery/{story}/delete")
}

pub fn media(tier: &str, media: Uuid) -> String {
    format!("/{tier}/media/{media}")
}

//! Pieces several pages share: the tier header, a story's summary, a scene
//! with its picture state, dates.

use super::csrf::{self, CsrfKey};
use super::urls;
use crate::store::{ImageStatus, Scene, Story, Timestamp, VideoStatus};
use crate::story::StoryEngine;
use crate::tier::{TierConfig, TierId};
use crate::views::{ImageView, SceneView, StoryView, TierView, VideoView, text};

pub fn tier_view(tier: &TierConfig) -> TierView {
    TierView {
        id: tier.id.to_string(),
        name: tier.name.clone(),
        theme: tier.theme.clone(),
        home_url: urls::home(&tier.id),
        gallery_url: urls::gallery(&tier.id),
        characters_url: urls::characters(&tier.id),
        characters_label: tier.characters_label.clone(),
    }
}

pub fn story_view(engine: &StoryEngine, story: &Story) -> StoryView {
    StoryView {
        id: story.id.to_string(),
        title: text::plain(&story.title),
        prompt: story.prompt.clone(),
        date: format_date(story.finished_at.unwrap_or(story.created_at)),
        story_model_name: engine.model_name(&story.story_model),
        image_model_name: engine.model_name(&story.image_model),
        video_model_name: story.video_model.as_deref().map(|key| engine.model_name(key)),
        video_note: story.video_note.clone(),
    }
}

/// `page_url` is the page showing the scene (play view or reader), where a picture retry returns.
pub fn scene_view(tier: &TierId, key: &CsrfKey, story: &Story, scene: &Scene, page_url: String) -> SceneView {
    SceneView {
        id: scene.id.to_string(),
        number: scene.number,
        target: story.target_scenes,
        text: text::story_html(&scene.text),
        is_ending: scene.is_ending,
        image: image_view(tier, key, scene, page_url.clone()),
        video: video_view(tier, key, scene, page_url),
    }
}

/// The clip part of a scene, in a video-mode story.
pub fn video_view(tier: &TierId, key: &CsrfKey, scene: &Scene, page_url: String) -> Option<VideoView> {
    let video = scene.video.as_ref()?;
    Some(VideoView {
        status: video.status.as_str(),
        url: video_url(tier, scene),
        poster: image_url(tier, scene),
        error: video.error.clone(),
        detail: video.detail.clone(),
        notice: video.notice.clone(),
        progress: video.progress.filter(|_| video.status == VideoStatus::Generating),
        status_url: urls::video_status(tier, scene.id),
        retry: csrf::form(key, urls::video_retry(tier, scene.id)),
        page_url,
    })
}

/// The finished clip of a scene.
pub fn video_url(tier: &TierId, scene: &Scene) -> Option<String> {
    let video = scene.video.as_ref()?;
    match (video.status, video.media) {
        (VideoStatus::Complete, Some(media)) => Some(urls::media(tier, media)),
        _ => None,
    }
}

pub fn image_view(tier: &TierId, key: &CsrfKey, scene: &Scene, page_url: String) -> ImageView {
    ImageView {
        status: scene.image.status.as_str(),
        url: image_url(tier, scene),
        error: scene.image.error.clone(),
        detail: scene.image.detail.clone(),
        notice: scene.image.notice.clone(),
        painted_note: scene.image.painted_note(),
        alt: scene.image_prompt.clone(),
        status_url: urls::image_status(tier, scene.id),
        retry: csrf::form(key, urls::image_retry(tier, scene.id)),
        page_url,
        regenerate: scene.video.is_none().then(|| csrf::form(key, urls::image_regenerate(tier, scene.id))),
        complete: scene.image.status == ImageStatus::Complete && scene.image.media.is_some(),
        max_prompt: crate::story::MAX_PROMPT,
    }
}

pub fn image_url(tier: &TierId, scene: &Scene) -> Option<String> {
    match (scene.image.status, scene.image.media) {
        (ImageStatus::Complete, Some(media)) => Some(urls::media(tier, media)),
        _ => None,
    }
}

/// "25 Nov 2026".
pub fn format_date(at: Timestamp) -> String {
    let format = time::macros::format_description!("[day padding:none] [month repr:short] [year]");
    time::OffsetDateTime::from_unix_timestamp(at / 1000).ok().and_then(|t| t.format(&format).ok()).unwrap_or_default()
}

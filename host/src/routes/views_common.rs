//! Pieces several pages share: the tier header, a story's summary, a scene
//! with its picture state, dates.

use super::csrf::{self, CsrfKey};
use super::urls;
use crate::store::{ImageOutline, ImageStatus, Scene, Story, Timestamp, VideoStatus};
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
        datetime: format_iso(story.finished_at.unwrap_or(story.created_at)),
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
        target: scene.branch_target(story),
        // The page says "The End" itself; a model's own is left out, so it never shows twice.
        text: text::story_html(if scene.is_ending { without_the_end(&scene.text) } else { &scene.text }),
        is_ending: scene.is_ending,
        image: image_view(tier, key, scene, page_url.clone()),
        video: video_view(tier, key, scene, page_url),
    }
}

/// `text` without a closing "The End." (its own paragraph or last sentence, any case, with or without `*`, `!` or `.`).
pub fn without_the_end(text: &str) -> &str {
    let trimmed = text.trim_end();
    let bare = trimmed.trim_end_matches(['.', '!', '*', ' ']);
    match bare.len().checked_sub("the end".len()) {
        Some(at) if bare.is_char_boundary(at) && bare[at..].eq_ignore_ascii_case("the end") => {
            let before = bare[..at].trim_end().trim_end_matches(['*', '_']).trim_end();
            // Only a whole sentence or paragraph: "…to the end" is the story's own words.
            if before.is_empty() || before.ends_with(['.', '!', '?', '\n', '"', '\u{201d}']) { before } else { text }
        }
        _ => text,
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
        srcset: image_srcset(tier, scene),
        error: scene.image.error.clone(),
        detail: scene.image.detail.clone(),
        notice: scene.image.notice.clone(),
        painted_note: scene.image.painted_note(),
        alt: scene.picture_alt().to_string(),
        prompt: scene.image_prompt.clone(),
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

/// The finished picture's thumbnail (`jobs::thumbnail`), else the picture
/// itself: for gallery cards, the story map and other small places.
pub fn thumb_url(tier: &TierId, scene: &Scene) -> Option<String> {
    small_picture_url(tier, ImageOutline::from(&scene.image))
}

/// [`thumb_url`] for a picture known by its outline (a gallery card's cover).
pub fn small_picture_url(tier: &TierId, image: ImageOutline) -> Option<String> {
    match (image.status, image.thumb, image.media) {
        (ImageStatus::Complete, Some(small), _) | (ImageStatus::Complete, None, Some(small)) => Some(urls::media(tier, small)),
        _ => None,
    }
}

/// `srcset` of a finished picture with a thumbnail: the thumbnail for
/// screens that show it small, the picture (asked for at 1024 px) for the rest.
pub fn image_srcset(tier: &TierId, scene: &Scene) -> Option<String> {
    let (full, thumb) = (image_url(tier, scene)?, scene.image.thumb?);
    Some(format!("{} {}w, {full} 1024w", urls::media(tier, thumb), crate::jobs::thumbnail::THUMB_WIDTH))
}

/// "25 Nov 2026, 18:05 UTC" (the page's script shows it in the reader's own time zone).
pub fn format_date(at: Timestamp) -> String {
    let format = time::macros::format_description!("[day padding:none] [month repr:short] [year], [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(at / 1000).ok().and_then(|t| t.format(&format).ok()).unwrap_or_default()
}

/// "2026-11-25T18:05:00Z", for a `<time datetime>`.
pub fn format_iso(at: Timestamp) -> String {
    time::OffsetDateTime::from_unix_timestamp(at / 1000)
        .ok()
        .and_then(|t| t.format(&time::format_description::well_known::Rfc3339).ok())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_models_own_the_end_is_left_out_once() {
        assert_eq!(without_the_end("They slept.\n\nThe End."), "They slept.");
        assert_eq!(without_the_end("They slept. The End!"), "They slept.");
        assert_eq!(without_the_end("They slept.\n\n**The End**"), "They slept.");
        assert_eq!(without_the_end("They walked all the way to the end."), "They walked all the way to the end.");
        assert_eq!(without_the_end("No end here."), "No end here.");
    }

    #[test]
    fn dates_carry_the_time_and_an_iso_form_for_the_script() {
        // 2026-11-25 18:05:07 UTC
        let at = 1_795_629_907_000;
        assert_eq!(format_date(at), "25 Nov 2026, 18:05 UTC");
        assert_eq!(format_iso(at), "2026-11-25T18:05:07Z");
    }
}

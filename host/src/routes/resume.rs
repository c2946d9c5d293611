//! Each browser's story in progress, per tier: a cookie
//! (`storyloom_story_{tier}`, `HttpOnly`, `SameSite=Lax`, path `/{tier}/`)
//! holding the story and the scene the browser last showed, so two tablets
//! never trample each other and a story survives closing the tab or
//! restarting the server (the story itself is in the store). The scene page
//! sets it, an ending clears it; the tier home shows it as a banner with
//! Continue and Start fresh (`POST /{tier}/story/abandon`).

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::cookies::cookie;
use super::csrf::{self, CsrfKey};
use super::urls;
use super::views_common::thumb_url;
use crate::blobs::Blobs;
use crate::error::AppError;
use crate::store::{SceneId, Store, StoryId};
use crate::story::StoryEngine;
use crate::tier::{Tier, TierConfig, TierId};
use crate::views::{ResumeView, text};

/// How long a browser remembers its story in progress: 30 days, in seconds.
const KEEP_SECONDS: u32 = 30 * 24 * 60 * 60;

fn cookie_name(tier: &TierId) -> String {
    format!("storyloom_story_{tier}")
}

/// The `Set-Cookie` that makes `scene` of `story` this browser's place in the tier.
pub fn remember(tier: &TierId, story: StoryId, scene: SceneId) -> Option<HeaderValue> {
    let value = format!("{}={story}.{scene}; Path=/{tier}/; Max-Age={KEEP_SECONDS}; HttpOnly; SameSite=Lax", cookie_name(tier));
    HeaderValue::from_str(&value).ok()
}

/// The `Set-Cookie` that forgets this browser's story in progress in the tier.
pub fn forget(tier: &TierId) -> Option<HeaderValue> {
    HeaderValue::from_str(&format!("{}=; Path=/{tier}/; Max-Age=0; HttpOnly; SameSite=Lax", cookie_name(tier))).ok()
}

/// The story and scene this browser is at in `tier`, when its cookie holds well-formed ids.
pub fn place(headers: &HeaderMap, tier: &TierId) -> Option<(StoryId, SceneId)> {
    let (story, scene) = cookie(headers, &cookie_name(tier))?.split_once('.')?;
    Some((StoryId::parse(story)?, SceneId::parse(scene)?))
}

/// The home page's banner: this browser's story in progress in `tier`, when
/// there is one (a story of this tier, a scene of it that is not an ending).
pub async fn banner(tier: &TierConfig, key: &CsrfKey, engine: &StoryEngine, headers: &HeaderMap) -> Result<Option<ResumeView>, AppError> {
    let Some((story_id, scene_id)) = place(headers, &tier.id) else { return Ok(None) };
    let Some(story) = engine.story_in(tier, story_id).await? else { return Ok(None) };
    let Some(scene) = engine.scene_in(tier, scene_id).await?.filter(|s| s.story_id == story.id && !s.is_ending) else {
        return Ok(None);
    };
    // The scene's own picture, else the nearest one before it, else none.
    let picture = match thumb_url(&tier.id, &scene) {
        Some(url) => Some((url, scene.picture_alt().to_string())),
        None => match engine.tree_in(tier, story.id).await? {
            Some((_, tree)) => {
                tree.path_to(scene.id).iter().rev().find_map(|s| Some((thumb_url(&tier.id, s)?, s.picture_alt().to_string())))
            }
            None => None,
        },
    };
    let (picture_url, picture_alt) = picture.map_or((None, String::new()), |(url, alt)| (Some(url), alt));
    Ok(Some(ResumeView {
        title: text::plain(&story.title),
        picture_url,
        picture_alt,
        scene_number: scene.number,
        target: scene.branch_target(&story),
        continue_url: urls::scene(&tier.id, scene.id),
        start_fresh: csrf::form(key, urls::abandon(&tier.id)),
        finished: story.finished_at.is_some(),
    }))
}

/// `POST /{tier}/story/abandon` ("Start fresh") → 303 to the tier home: this
/// browser's story in progress is removed with its pictures and photos. A
/// story that already reached an ending is in the gallery and stays there;
/// the browser only forgets it.
pub async fn abandon(
    tier: Tier,
    headers: HeaderMap,
    State(engine): State<StoryEngine>,
    State(store): State<Store>,
    State(blobs): State<Blobs>,
) -> Result<Response, AppError> {
    if let Some((story_id, _)) = place(&headers, &tier.id)
        && let Some(story) = engine.story_in(&tier, story_id).await?
        && story.finished_at.is_none()
        && let Some(files) = store.delete_story(story.id).await?
    {
        blobs.delete(files).await;
        tracing::info!(story = %story.id, tier = %tier.id, "story in progress removed (start fresh)");
    }
    let mut response = Redirect::to(&urls::home(&tier.id)).into_response();
    if let Some(cookie) = forget(&tier.id) {
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_round_trips_through_its_cookie_and_stays_in_its_tier() {
        let (kids, bible) = (TierId::parse("kids").unwrap(), TierId::parse("bible").unwrap());
        let (story, scene) = (StoryId::new(), SceneId::new());
        let set = remember(&kids, story, scene).unwrap();
        let set = set.to_str().unwrap_or_default();
        assert!(set.contains("Path=/kids/") && set.contains("HttpOnly") && set.contains("SameSite=Lax"), "{set}");
        let pair = set.split(';').next().unwrap_or_default();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&format!("a=1; {pair}; b=2")).unwrap());
        assert_eq!(place(&headers, &kids), Some((story, scene)));
        assert_eq!(place(&headers, &bible), None, "another tier's cookie is not this tier's place");
        for bad in ["storyloom_story_kids=", "storyloom_story_kids=nonsense", "storyloom_story_kids=1.2"] {
            let mut headers = HeaderMap::new();
            headers.insert(header::COOKIE, HeaderValue::from_static(bad));
            assert_eq!(place(&headers, &kids), None, "{bad}");
        }
    }
}

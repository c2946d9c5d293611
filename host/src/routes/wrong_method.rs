//! A form's address opened directly (a restored tab, a shared link, Enter in
//! the address bar after a form came back with a message): a `GET` on an
//! address that only takes the form's `POST` goes to the page the form belongs
//! to, and any other method gets the themed page; never a blank browser error.

use axum::extract::State;
use axum::http::{Method, Uri};
use axum::response::{IntoResponse, Redirect, Response};

use super::urls;
use crate::error::AppError;
use crate::store::{CharacterId, ProfileId, SceneId, StoryId};
use crate::tier::Tiers;

/// The router's fallback for a known address asked with the wrong method.
pub async fn wrong_method(method: Method, uri: Uri, State(tiers): State<Tiers>) -> Response {
    if (method == Method::GET || method == Method::HEAD)
        && let Some(page) = form_page(&tiers, uri.path())
    {
        return Redirect::to(&page).into_response();
    }
    AppError::MethodNotAllowed.into_response()
}

/// The page whose form posts to `path`, built from checked parts only (a known tier, ids that parse).
fn form_page(tiers: &Tiers, path: &str) -> Option<String> {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let tier = &tiers.get(parts.first()?)?.id;
    let scene = |text: &str| SceneId::parse(text).map(|id| urls::scene(tier, id));
    match parts.as_slice() {
        [_, "story", "start" | "back" | "abandon"] => Some(urls::home(tier)),
        [_, "story", "choose", scene_id, _] => scene(scene_id),
        [_, "story", "image" | "video", scene_id, "retry"] => scene(scene_id),
        [_, "story", "image", scene_id, "regenerate"] => scene(scene_id),
        [_, "story", "reset-appearance" | "custom-choice" | "keep-going" | "wrap-up", scene_id] => scene(scene_id),
        [_, "gallery", story_id, "delete"] => StoryId::parse(story_id).map(|id| urls::story(tier, id)),
        [_, "characters", "create"] => Some(urls::characters(tier)),
        [_, "characters", id, "update" | "delete"] | [_, "characters", id, "photos", _, "delete"] => {
            CharacterId::parse(id).map(|id| urls::character(tier, id))
        }
        [_, "profiles", "create"] => Some(urls::profiles(tier)),
        [_, "profiles", id, "update" | "delete"] => ProfileId::parse(id).map(|id| urls::profile(tier, id)),
        [_, "family", "add-child" | "add-parent"] | [_, "family", _, "update" | "delete"] => Some(urls::family(tier)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forms_address_leads_to_its_page_and_nothing_else() {
        let tiers = Tiers::with_builtin(Vec::new()).unwrap();
        let scene = SceneId::new();
        let story = StoryId::new();
        let cases: Vec<(String, Option<String>)> = vec![
            ("/kids/story/start".into(), Some("/kids/".into())),
            (format!("/kids/story/choose/{scene}/{}", SceneId::new()), Some(format!("/kids/story/scene/{scene}"))),
            (format!("/bible/story/image/{scene}/retry"), Some(format!("/bible/story/scene/{scene}"))),
            (format!("/kids/story/video/{scene}/retry"), Some(format!("/kids/story/scene/{scene}"))),
            (format!("/kids/gallery/{story}/delete"), Some(format!("/kids/gallery/{story}"))),
            ("/nosuchtier/story/start".into(), None),
            ("/kids/story/choose/not-an-id/x".into(), None),
            ("/kids/story/image/%2F%2Fevil.example/retry".into(), None),
            (format!("/kids/gallery/{story}/delete/more"), None),
            ("/kids/characters/create".into(), Some("/kids/characters".into())),
            (format!("/bible/characters/{story}/update"), Some(format!("/bible/characters/{story}"))),
            (format!("/kids/characters/{story}/photos/{scene}/delete"), Some(format!("/kids/characters/{story}"))),
            ("/kids/characters/nope/delete".into(), None),
            ("/kids/profiles/create".into(), Some("/kids/profiles".into())),
            ("/bible/family/add-child".into(), Some("/bible/family".into())),
            ("/kids/story/back".into(), Some("/kids/".into())),
            ("/bible/story/abandon".into(), Some("/bible/".into())),
            (format!("/kids/story/custom-choice/{scene}"), Some(format!("/kids/story/scene/{scene}"))),
            (format!("/kids/story/keep-going/{scene}"), Some(format!("/kids/story/scene/{scene}"))),
            (format!("/bible/story/wrap-up/{scene}"), Some(format!("/bible/story/scene/{scene}"))),
            (format!("/kids/story/image/{scene}/regenerate"), Some(format!("/kids/story/scene/{scene}"))),
            ("/kids/story/wrap-up/nope".into(), None),
        ];
        for (path, expected) in cases {
            assert_eq!(form_page(&tiers, &path), expected, "{path}");
        }
    }
}

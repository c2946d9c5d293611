//! A tier's memory-mode profiles: `GET /{tier}/profiles`,
//! `POST /{tier}/profiles/create`, `GET /{tier}/profiles/{id}`,
//! `POST /{tier}/profiles/{id}/update`, `POST /{tier}/profiles/{id}/delete`.
//! A refused form is drawn again with every reason and what was typed (422).

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::characters::{SavedQuery, choices, roster_pick};
use super::csrf::{self, CsrfKey};
use super::upload::UploadForm;
use super::urls;
use super::views_common::tier_view;
use crate::error::AppError;
use crate::family::{clean_line, name_problem};
use crate::store::{Character, MAX_PROFILES_PER_TIER, Profile, ProfileId, ProfileWrite, Store, now};
use crate::tier::Tier;
use crate::views::{ProfileCard, ProfileForm, ProfilesPage, Views};

/// Longest profile text field, in characters.
const MAX_PROFILE_TEXT: usize = 200;

#[derive(Deserialize)]
pub struct ProfileParams {
    profile_id: String,
}

/// `GET /{tier}/profiles`.
pub async fn profiles(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    Ok(Html(profiles_page(&tier, &key, &store, &views, None, blank(&tier), Vec::new(), false).await?))
}

/// `GET /{tier}/profiles/{id}`.
pub async fn profile(
    tier: Tier,
    Path(params): Path<ProfileParams>,
    Query(query): Query<SavedQuery>,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let profile = find_profile(&tier, &store, &params.profile_id).await?;
    Ok(Html(profiles_page(&tier, &key, &store, &views, Some(profile.id), profile, Vec::new(), query.is_saved()).await?))
}

/// `POST /{tier}/profiles/create` → 303 to the profile, or the list with the reasons.
pub async fn create_profile(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    save_profile(&tier, &key, &store, &views, None, form).await
}

/// `POST /{tier}/profiles/{id}/update` → 303 back, or the page with the reasons.
pub async fn update_profile(
    tier: Tier,
    Path(params): Path<ProfileParams>,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let existing = find_profile(&tier, &store, &params.profile_id).await?;
    save_profile(&tier, &key, &store, &views, Some(existing), form).await
}

/// `POST /{tier}/profiles/{id}/delete` → 303 to the list.
pub async fn delete_profile(tier: Tier, Path(params): Path<ProfileParams>, State(store): State<Store>) -> Result<Redirect, AppError> {
    let id = ProfileId::parse(&params.profile_id).ok_or(AppError::NotFound)?;
    if !store.delete_profile(tier.id.clone(), id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&urls::profiles(&tier.id)))
}

async fn save_profile(
    tier: &Tier,
    key: &CsrfKey,
    store: &Store,
    views: &Views,
    existing: Option<Profile>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let text = |name: &str| clean_line(form.text(name).unwrap_or(""));
    let mut characters = Vec::new();
    for id in form.texts("character") {
        if let Some(id) = roster_pick(store, tier, id).await?
            && !characters.contains(&id)
        {
            characters.push(id);
        }
    }
    let profile = Profile {
        id: existing.as_ref().map_or_else(ProfileId::new, |p| p.id),
        tier: tier.id.clone(),
        name: text("name"),
        themes: text("themes"),
        art_style: text("art_style"),
        tone: text("tone"),
        favourite_things: text("favourite_things"),
        characters,
        created_at: existing.as_ref().map_or_else(now, |p| p.created_at),
    };
    let mut errors: Vec<String> = name_problem(&profile.name, "Give the profile a name.").into_iter().collect();
    if [&profile.themes, &profile.art_style, &profile.tone, &profile.favourite_things].iter().any(|t| t.chars().count() > MAX_PROFILE_TEXT)
    {
        errors.push(format!("Each line can be at most {MAX_PROFILE_TEXT} letters long."));
    }
    if errors.is_empty() {
        match store.save_profile(profile.clone()).await? {
            ProfileWrite::Saved => return Ok(Redirect::to(&format!("{}?saved=1", urls::profile(&tier.id, profile.id))).into_response()),
            ProfileWrite::NameTaken => errors.push(format!("There is already a profile called “{}”. Choose another name.", profile.name)),
            ProfileWrite::Full => errors.push(format!("This tier has {MAX_PROFILES_PER_TIER} profiles, the most the server keeps.")),
        }
    }
    let editing = existing.map(|p| p.id);
    let html = profiles_page(tier, key, store, views, editing, profile, errors, false).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// An empty profile for the new-profile form.
fn blank(tier: &Tier) -> Profile {
    Profile {
        id: ProfileId::new(),
        tier: tier.id.clone(),
        name: String::new(),
        themes: String::new(),
        art_style: String::new(),
        tone: String::new(),
        favourite_things: String::new(),
        characters: Vec::new(),
        created_at: 0,
    }
}

async fn find_profile(tier: &Tier, store: &Store, id: &str) -> Result<Profile, AppError> {
    let id = ProfileId::parse(id).ok_or(AppError::NotFound)?;
    store.profile(tier.id.clone(), id).await?.ok_or(AppError::NotFound)
}

/// The list (`editing` none) or one profile's page, its form filled with `shown`.
#[allow(clippy::too_many_arguments)] // one page from its parts
async fn profiles_page(
    tier: &Tier,
    key: &CsrfKey,
    store: &Store,
    views: &Views,
    editing: Option<ProfileId>,
    shown: Profile,
    errors: Vec<String>,
    saved: bool,
) -> Result<String, AppError> {
    let profiles = store.profiles(tier.id.clone()).await?;
    let roster = store.characters(tier.id.clone()).await?;
    let (action, submit, title) = match editing {
        Some(id) => (urls::profile_update(&tier.id, id), "Save changes", shown.name.clone()),
        None => (urls::profile_create(&tier.id), "Add profile", "Profiles".to_string()),
    };
    let room = editing.is_some() || profiles.len() < MAX_PROFILES_PER_TIER || !errors.is_empty();
    let form = room.then(|| ProfileForm {
        action: csrf::form(key, action),
        submit_label: submit.into(),
        errors,
        name: shown.name.clone(),
        themes: shown.themes.clone(),
        art_style: shown.art_style.clone(),
        tone: shown.tone.clone(),
        favourite_things: shown.favourite_things.clone(),
        text_max_chars: MAX_PROFILE_TEXT,
        characters: choices(&roster, &shown.characters),
    });
    let page = ProfilesPage {
        tier: tier_view(tier),
        title,
        profiles: profiles
            .iter()
            .map(|p| ProfileCard { name: p.name.clone(), summary: summary(p, &roster), url: urls::profile(&tier.id, p.id) })
            .collect(),
        saved,
        form,
        delete: editing.map(|id| csrf::form(key, urls::profile_delete(&tier.id, id))),
        list_url: urls::profiles(&tier.id),
    };
    Ok(views.render(&page)?)
}

/// The card's line: themes, style, tone, things and who is in it.
fn summary(profile: &Profile, roster: &[Character]) -> String {
    let names: Vec<&str> =
        profile.characters.iter().filter_map(|id| roster.iter().find(|c| c.id == *id)).map(|c| c.name.as_str()).collect();
    let who = (!names.is_empty()).then(|| format!("with {}", names.join(", ")));
    [Some(profile.themes.clone()), Some(profile.art_style.clone()), Some(profile.tone.clone()), Some(profile.favourite_things.clone()), who]
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

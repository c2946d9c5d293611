//! Memory mode's other two lists, in the tier's namespace:
//! profiles — `GET /{tier}/profiles`, `POST /{tier}/profiles/create`,
//! `GET /{tier}/profiles/{id}`, `POST /{tier}/profiles/{id}/update`,
//! `POST /{tier}/profiles/{id}/delete` — and the family —
//! `GET /{tier}/family`, `POST /{tier}/family/add-child`,
//! `POST /{tier}/family/add-parent`, `POST /{tier}/family/{member}/delete`.
//! A refused form is drawn again with every reason and what was typed (422).

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::characters::SavedQuery;
use super::csrf::{self, CsrfKey};
use super::upload::UploadForm;
use super::urls;
use super::views_common::tier_view;
use crate::error::AppError;
use crate::family::{MAX_NAME_CHARS, clean_line};
use crate::store::{
    Character, CharacterId, ChildKind, FamilyMember, FamilyRole, FamilyWrite, MAX_CHILDREN, MAX_PARENTS, MAX_PROFILES_PER_TIER, Profile,
    ProfileId, ProfileWrite, Store, now,
};
use crate::tier::Tier;
use crate::views::{CharacterChoice, FamilyMemberView, FamilyPage, ProfileCard, ProfileForm, ProfilesPage, Views};

/// Longest profile text field, in characters.
const MAX_PROFILE_TEXT: usize = 200;

#[derive(Deserialize)]
pub struct ProfileParams {
    profile_id: String,
}

#[derive(Deserialize)]
pub struct MemberParams {
    member_id: u32,
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

/// `GET /{tier}/family`.
pub async fn family(
    tier: Tier,
    Query(query): Query<SavedQuery>,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    Ok(Html(family_page(&tier, &key, &store, &views, Vec::new(), query.is_saved()).await?))
}

/// `POST /{tier}/family/add-child` → 303 back to the family, or the page with the reasons.
pub async fn add_child(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    match child_role(&form) {
        Some(role) => save_member(&tier, &key, &store, &views, &form, 0, role).await,
        None => age_refused(&tier, &key, &store, &views).await,
    }
}

/// `POST /{tier}/family/{member}/update` → 303 back to the family, or the page with the reasons.
pub async fn update_member(
    tier: Tier,
    Path(params): Path<MemberParams>,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let family = store.family(tier.id.clone()).await?;
    let member = family.members.iter().find(|m| m.id == params.member_id).ok_or(AppError::NotFound)?;
    let role = match member.role {
        FamilyRole::Parent => FamilyRole::Parent,
        FamilyRole::Child { .. } => match child_role(&form) {
            Some(role) => role,
            None => return age_refused(&tier, &key, &store, &views).await,
        },
    };
    save_member(&tier, &key, &store, &views, &form, member.id, role).await
}

/// A child's kind and age from a form; `None` when the age is not 1–17.
fn child_role(form: &UploadForm) -> Option<FamilyRole> {
    let kind = match form.text("kind") {
        Some("girl") => ChildKind::Girl,
        Some("boy") => ChildKind::Boy,
        _ => ChildKind::Other,
    };
    let age = form.text("age").and_then(|a| a.trim().parse::<u8>().ok()).filter(|a| (1..=17).contains(a))?;
    Some(FamilyRole::Child { kind, age })
}

async fn age_refused(tier: &Tier, key: &CsrfKey, store: &Store, views: &Views) -> Result<Response, AppError> {
    let html = family_page(tier, key, store, views, vec!["Choose an age from 1 to 17.".into()], false).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// `POST /{tier}/family/add-parent` → 303 back to the family, or the page with the reasons.
pub async fn add_parent(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    save_member(&tier, &key, &store, &views, &form, 0, FamilyRole::Parent).await
}

/// `POST /{tier}/family/{member}/delete` → 303 back to the family.
pub async fn delete_member(tier: Tier, Path(params): Path<MemberParams>, State(store): State<Store>) -> Result<Redirect, AppError> {
    if !store.remove_family_member(tier.id.clone(), params.member_id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&urls::family(&tier.id)))
}

/// Add (`id` 0) or replace member `id` with the form's name and character and `role`.
async fn save_member(
    tier: &Tier,
    key: &CsrfKey,
    store: &Store,
    views: &Views,
    form: &UploadForm,
    id: u32,
    role: FamilyRole,
) -> Result<Response, AppError> {
    let name = clean_line(form.text("name").unwrap_or(""));
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push("Give them a name.".to_string());
    } else if name.chars().count() > MAX_NAME_CHARS {
        errors.push(format!("A name can be at most {MAX_NAME_CHARS} letters long."));
    }
    let character = roster_pick(store, tier, form.text("character").unwrap_or("")).await?;
    if errors.is_empty() {
        let member = FamilyMember { id, name, role, character };
        match store.save_family_member(tier.id.clone(), member).await? {
            FamilyWrite::Saved => return Ok(Redirect::to(&format!("{}?saved=1", urls::family(&tier.id))).into_response()),
            FamilyWrite::TooManyChildren => errors.push(format!("A family here has at most {MAX_CHILDREN} children.")),
            FamilyWrite::TooManyParents => errors.push(format!("A family here has at most {MAX_PARENTS} parents.")),
            FamilyWrite::NameTaken => errors.push("Someone in the family already has that name: add something to tell them apart.".into()),
        }
    }
    let html = family_page(tier, key, store, views, errors, false).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
}

/// The roster character of this tier a form named, if any (another tier's or an unknown id is none).
async fn roster_pick(store: &Store, tier: &Tier, id: &str) -> Result<Option<CharacterId>, AppError> {
    let Some(id) = CharacterId::parse(id) else { return Ok(None) };
    Ok(store.character(tier.id.clone(), id).await?.map(|c| c.id))
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
    let mut errors = Vec::new();
    if profile.name.is_empty() {
        errors.push("Give the profile a name.".to_string());
    } else if profile.name.chars().count() > MAX_NAME_CHARS {
        errors.push(format!("A name can be at most {MAX_NAME_CHARS} letters long."));
    }
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
    Ok(views.render("profiles", &page)?)
}

async fn family_page(
    tier: &Tier,
    key: &CsrfKey,
    store: &Store,
    views: &Views,
    errors: Vec<String>,
    saved: bool,
) -> Result<String, AppError> {
    let family = store.family(tier.id.clone()).await?;
    let roster = store.characters(tier.id.clone()).await?;
    let children = family.members.iter().filter(|m| matches!(m.role, FamilyRole::Child { .. })).count();
    let parents = family.members.len() - children;
    let page = FamilyPage {
        tier: tier_view(tier),
        title: "Our family".into(),
        saved,
        errors,
        members: family
            .members
            .iter()
            .map(|m| FamilyMemberView {
                name: m.name.clone(),
                summary: m.describe(),
                character_name: m.character.and_then(|id| roster.iter().find(|c| c.id == id)).map(|c| c.name.clone()),
                delete: csrf::form(key, urls::family_member_delete(&tier.id, m.id)),
                update: csrf::form(key, urls::family_member_update(&tier.id, m.id)),
                kind: match &m.role {
                    FamilyRole::Child { kind: ChildKind::Girl, .. } => Some("girl"),
                    FamilyRole::Child { kind: ChildKind::Boy, .. } => Some("boy"),
                    FamilyRole::Child { kind: ChildKind::Other, .. } => Some("other"),
                    FamilyRole::Parent => None,
                },
                age: match &m.role {
                    FamilyRole::Child { age, .. } => Some(*age),
                    FamilyRole::Parent => None,
                },
                characters: choices(&roster, m.character.as_slice()),
            })
            .collect(),
        add_child: (children < MAX_CHILDREN).then(|| csrf::form(key, urls::family_add(&tier.id, "child"))),
        add_parent: (parents < MAX_PARENTS).then(|| csrf::form(key, urls::family_add(&tier.id, "parent"))),
        characters: choices(&roster, &[]),
        ages: (1..=17).collect(),
        max_children: MAX_CHILDREN,
        max_parents: MAX_PARENTS,
    };
    Ok(views.render("family", &page)?)
}

fn choices(roster: &[Character], selected: &[CharacterId]) -> Vec<CharacterChoice> {
    roster.iter().map(|c| CharacterChoice { id: c.id.to_string(), name: c.name.clone(), selected: selected.contains(&c.id) }).collect()
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

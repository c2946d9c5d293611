//! A tier's family, for family mode: `GET /{tier}/family`,
//! `POST /{tier}/family/add-child`, `POST /{tier}/family/add-parent`,
//! `POST /{tier}/family/{member}/update`, `POST /{tier}/family/{member}/delete`.
//! A refused form is drawn again with every reason (422).

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
use crate::store::{ChildKind, FamilyMember, FamilyRole, FamilyWrite, MAX_CHILDREN, MAX_PARENTS, Store};
use crate::tier::Tier;
use crate::views::{FamilyMemberView, FamilyPage, Views};

#[derive(Deserialize)]
pub struct MemberParams {
    member_id: u32,
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
    let mut errors: Vec<String> = name_problem(&name, "Give them a name.").into_iter().collect();
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
    Ok(views.render(&page)?)
}

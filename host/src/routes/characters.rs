//! A tier's roster pages ("My characters" on the kids tier):
//! `GET /{tier}/characters` (the list and the new-character form),
//! `POST /{tier}/characters/create`, `GET /{tier}/characters/{id}`,
//! `POST /{tier}/characters/{id}/update`, `POST /{tier}/characters/{id}/delete`,
//! `POST /{tier}/characters/{id}/photos/{photo_id}/delete`, and the photos
//! themselves, `GET /{tier}/photos/{photo_id}` and `…/thumb`. Forms with
//! photos are read by `upload::UploadForm`; a refused form is drawn again
//! with every reason and what was typed (422).

use std::sync::Arc;

use axum::Extension;
use axum::body::Body;
use axum::extract::{Path, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower::ServiceExt;
use tower_http::services::ServeFile;

use super::csrf::{self, CsrfKey};
use super::upload::UploadForm;
use super::urls;
use super::views_common::tier_view;
use crate::blobs::Blobs;
use crate::error::AppError;
use crate::family::{self, CharacterInput, Roster, SaveError};
use crate::store::{Attributes, Character, CharacterId, MAX_CHARACTERS_PER_TIER, MAX_PHOTOS_PER_CHARACTER, PhotoId, Store};
use crate::tier::Tier;
use crate::views::{
    AttributeGroup, AttributeOption, CharacterCard, CharacterChoice, CharacterForm, CharacterPage, CharactersPage, PhotoView, Views,
};

#[derive(Deserialize)]
pub struct CharacterParams {
    character_id: String,
}

#[derive(Deserialize)]
pub struct PhotoParams {
    character_id: String,
    photo_id: String,
}

/// `?saved=1` after a form saved.
#[derive(Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

impl SavedQuery {
    pub fn is_saved(&self) -> bool {
        self.saved.is_some()
    }
}

/// `GET /{tier}/characters`.
pub async fn list(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    Ok(Html(list_page(&tier, &key, &store, &views, CharacterInput::default(), Vec::new()).await?))
}

/// `POST /{tier}/characters/create` → 303 to the new character's page, or the list with the form's reasons.
pub async fn create(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(roster): State<Roster>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let input = input(form);
    match roster.save(&tier.id, None, input.clone()).await {
        Ok(id) => Ok(Redirect::to(&format!("{}?saved=1", urls::character(&tier.id, id))).into_response()),
        Err(SaveError::Refused(refused)) => {
            let html = list_page(&tier, &key, &store, &views, input, refused.0).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
        Err(err) => Err(AppError::internal(err)),
    }
}

/// `GET /{tier}/characters/{id}`.
pub async fn show(
    tier: Tier,
    Path(params): Path<CharacterParams>,
    Query(query): Query<SavedQuery>,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let character = find(&tier, &store, &params.character_id).await?;
    let input = CharacterInput {
        name: character.name.clone(),
        description: character.description.clone(),
        attributes: character.attributes.clone(),
        ..CharacterInput::default()
    };
    Ok(Html(character_page(&tier, &key, &store, &views, &character, input, Vec::new(), query.is_saved()).await?))
}

/// `POST /{tier}/characters/{id}/update` → 303 back to the page, or the page with the form's reasons.
#[allow(clippy::too_many_arguments)] // an axum handler: one argument per extractor
pub async fn update(
    tier: Tier,
    Path(params): Path<CharacterParams>,
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(roster): State<Roster>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let character = find(&tier, &store, &params.character_id).await?;
    let input = input(form);
    match roster.save(&tier.id, Some(&character), input.clone()).await {
        Ok(id) => Ok(Redirect::to(&format!("{}?saved=1", urls::character(&tier.id, id))).into_response()),
        Err(SaveError::Refused(refused)) => {
            let html = character_page(&tier, &key, &store, &views, &character, input, refused.0, false).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
        Err(err) => Err(AppError::internal(err)),
    }
}

/// `POST /{tier}/characters/{id}/delete` → 303 to the list.
pub async fn delete(tier: Tier, Path(params): Path<CharacterParams>, State(roster): State<Roster>) -> Result<Redirect, AppError> {
    let id = CharacterId::parse(&params.character_id).ok_or(AppError::NotFound)?;
    if !roster.delete(&tier.id, id).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&urls::characters(&tier.id)))
}

/// `POST /{tier}/characters/{id}/photos/{photo_id}/delete` → 303 to the character.
pub async fn delete_photo(tier: Tier, Path(params): Path<PhotoParams>, State(roster): State<Roster>) -> Result<Redirect, AppError> {
    let id = CharacterId::parse(&params.character_id).ok_or(AppError::NotFound)?;
    let photo = PhotoId::parse(&params.photo_id).ok_or(AppError::NotFound)?;
    if !roster.delete_photo(&tier.id, id, photo).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to(&urls::character(&tier.id, id)))
}

#[derive(Deserialize)]
pub struct PhotoFileParams {
    photo_id: String,
}

/// `GET /{tier}/photos/{photo_id}`: the stored copy, only under its own tier.
pub async fn photo(
    tier: Tier,
    Path(params): Path<PhotoFileParams>,
    store: State<Store>,
    blobs: State<Blobs>,
    request: Request<Body>,
) -> Result<Response, AppError> {
    serve_photo(tier, &params.photo_id, false, store, blobs, request).await
}

/// `GET /{tier}/photos/{photo_id}/thumb`: its thumbnail.
pub async fn photo_thumb(
    tier: Tier,
    Path(params): Path<PhotoFileParams>,
    store: State<Store>,
    blobs: State<Blobs>,
    request: Request<Body>,
) -> Result<Response, AppError> {
    serve_photo(tier, &params.photo_id, true, store, blobs, request).await
}

async fn serve_photo(
    tier: Tier,
    photo_id: &str,
    thumb: bool,
    State(store): State<Store>,
    State(blobs): State<Blobs>,
    request: Request<Body>,
) -> Result<Response, AppError> {
    let id = PhotoId::parse(photo_id).ok_or(AppError::NotFound)?;
    let record = store.photo(tier.id.clone(), id).await?.ok_or(AppError::NotFound)?;
    let file = if thumb { &record.thumb_file } else { &record.file };
    let mut response = ServeFile::new(blobs.path(file)).oneshot(request).await.map_err(AppError::internal)?.into_response();
    if response.status() == StatusCode::NOT_FOUND {
        return Err(AppError::NotFound);
    }
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("image/jpeg"));
    response.headers_mut().insert(header::CACHE_CONTROL, super::media::IMMUTABLE);
    Ok(response)
}

/// The character of this tier named by `id` (another tier's, or none: 404).
async fn find(tier: &Tier, store: &Store, id: &str) -> Result<Character, AppError> {
    let id = CharacterId::parse(id).ok_or(AppError::NotFound)?;
    store.character(tier.id.clone(), id).await?.ok_or(AppError::NotFound)
}

/// What the family sent, as the roster takes it.
fn input(mut form: UploadForm) -> CharacterInput {
    let attributes = Attributes {
        hair: family::pick("hair", form.text("hair")),
        eyes: family::pick("eyes", form.text("eyes")),
        skin: family::pick("skin", form.text("skin")),
        clothing: family::pick("clothing", form.text("clothing")),
        personality: family::pick("personality", form.text("personality")),
    };
    let photos = form.take_files("photos");
    CharacterInput {
        name: form.text("name").unwrap_or("").to_string(),
        description: form.text("description").unwrap_or("").to_string(),
        attributes,
        refused: form.refused,
        photos,
    }
}

async fn list_page(
    tier: &Tier,
    key: &CsrfKey,
    store: &Store,
    views: &Views,
    input: CharacterInput,
    errors: Vec<String>,
) -> Result<String, AppError> {
    let characters = store.characters(tier.id.clone()).await?;
    let form = (characters.len() < MAX_CHARACTERS_PER_TIER || !errors.is_empty()).then(|| {
        character_form(csrf::form(key, urls::character_create(&tier.id)), "Add character", &input, errors, MAX_PHOTOS_PER_CHARACTER)
    });
    let page = CharactersPage {
        tier: tier_view(tier),
        title: tier.characters_label.clone(),
        characters: characters
            .iter()
            .map(|c| CharacterCard {
                name: c.name.clone(),
                initial: c.name.chars().next().map(|ch| ch.to_uppercase().to_string()).unwrap_or_default(),
                summary: summary(c),
                url: urls::character(&tier.id, c.id),
                thumb_url: c.photos.first().map(|p| urls::photo_thumb(&tier.id, *p)),
                photo_count: c.photos.len(),
            })
            .collect(),
        form,
        max_characters: MAX_CHARACTERS_PER_TIER,
        profiles_url: urls::profiles(&tier.id),
        family_url: urls::family(&tier.id),
    };
    Ok(views.render(&page)?)
}

#[allow(clippy::too_many_arguments)] // one page from its parts
async fn character_page(
    tier: &Tier,
    key: &CsrfKey,
    store: &Store,
    views: &Views,
    character: &Character,
    input: CharacterInput,
    errors: Vec<String>,
    saved: bool,
) -> Result<String, AppError> {
    let photos = store.photos(tier.id.clone(), character.photos.clone()).await?;
    let photos_left = MAX_PHOTOS_PER_CHARACTER.saturating_sub(photos.len());
    let page = CharacterPage {
        tier: tier_view(tier),
        title: character.name.clone(),
        saved,
        photos: photos
            .iter()
            .map(|p| PhotoView {
                url: urls::photo(&tier.id, p.id),
                thumb_url: urls::photo_thumb(&tier.id, p.id),
                small: p.small,
                delete: csrf::form(key, urls::character_photo_delete(&tier.id, character.id, p.id)),
            })
            .collect(),
        form: character_form(csrf::form(key, urls::character_update(&tier.id, character.id)), "Save changes", &input, errors, photos_left),
        delete: csrf::form(key, urls::character_delete(&tier.id, character.id)),
        list_url: urls::characters(&tier.id),
    };
    Ok(views.render(&page)?)
}

fn character_form(
    action: crate::views::FormAction,
    submit: &str,
    input: &CharacterInput,
    errors: Vec<String>,
    photos_left: usize,
) -> CharacterForm {
    let values = family::attribute_values(&input.attributes);
    CharacterForm {
        action,
        submit_label: submit.to_string(),
        errors,
        name: input.name.clone(),
        name_max_chars: family::MAX_NAME_CHARS,
        description: input.description.clone(),
        description_max_chars: family::MAX_DESCRIPTION_CHARS,
        attributes: family::ATTRIBUTES
            .iter()
            .zip(values)
            .map(|(choice, (_, value))| AttributeGroup {
                field: choice.field.to_string(),
                label: choice.label.to_string(),
                unset: value.is_none(),
                options: choice.options.iter().map(|o| AttributeOption { value: o.to_string(), selected: value == Some(*o) }).collect(),
            })
            .collect(),
        photos_left,
    }
}

/// The card's line: the description and the attributes.
fn summary(character: &Character) -> String {
    let attributes = family::attributes_text(&character.attributes);
    match (character.description.is_empty(), attributes.is_empty()) {
        (true, _) => attributes,
        (false, true) => character.description.clone(),
        (false, false) => format!("{} · {attributes}", character.description),
    }
}

/// The roster character of this tier a form named, if any (another tier's or an unknown id is none).
pub(super) async fn roster_pick(store: &Store, tier: &Tier, id: &str) -> Result<Option<CharacterId>, AppError> {
    let Some(id) = CharacterId::parse(id) else { return Ok(None) };
    Ok(store.character(tier.id.clone(), id).await?.map(|c| c.id))
}

/// The roster as boxes to tick or options to pick, `selected` chosen.
pub(super) fn choices(roster: &[Character], selected: &[CharacterId]) -> Vec<CharacterChoice> {
    roster.iter().map(|c| CharacterChoice { id: c.id.to_string(), name: c.name.clone(), selected: selected.contains(&c.id) }).collect()
}

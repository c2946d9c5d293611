//! A tier's settings for a signed-in parent: `GET /parent/tiers/{tier}` shows
//! the switches, `POST` stores them (→ 303 back to the page, which then says
//! it saved; a refused form comes back with what was ticked and why).
//! Switches: video allowed, listed on the landing page, bedtime stories
//! offered, which story, picture and video models the tier offers and picks
//! first, and the daily limits of paid models (`usage`). A tier a parent added also gets the form of what
//! it is (`added_tiers`); the others show their rules and style read only.
//! `GET /{tier}/settings`, its old address, leads here.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::super::csrf::{self, CsrfKey};
use super::super::upload::UploadForm;
use super::super::urls;
use super::{added_tiers, limits};
use crate::error::AppError;
use crate::plugin_host::{ModelEntry, ModelKind};
use crate::store::{ModelOffer, TierSettings};
use crate::story::StoryEngine;
use crate::tier::{Tier, Tiers};
use crate::views::{LimitFields, OfferKindView, OfferModelView, ParentTierPage, TierAboutView, Views};

/// The kinds on the page: (field prefix, heading, kind).
const KINDS: [(&str, &str, ModelKind); 3] = [
    ("story", "Story models", ModelKind::Story),
    ("image", "Picture models", ModelKind::Image),
    ("video", "Video models", ModelKind::Video),
];

/// The daily limit boxes' prefix.
const BUDGET_FIELDS: &str = "budget";

#[derive(Deserialize, Default)]
pub struct SettingsQuery {
    /// "1" after the settings were saved, "about" after what the tier is.
    #[serde(default)]
    saved: Option<String>,
    /// The tier was just added.
    #[serde(default)]
    added: Option<String>,
}

fn offer_of(settings: &TierSettings, kind: ModelKind) -> &ModelOffer {
    match kind {
        ModelKind::Story => &settings.story,
        ModelKind::Image => &settings.image,
        ModelKind::Video => &settings.video,
    }
}

fn offer_mut(settings: &mut TierSettings, kind: ModelKind) -> &mut ModelOffer {
    match kind {
        ModelKind::Story => &mut settings.story,
        ModelKind::Image => &mut settings.image,
        ModelKind::Video => &mut settings.video,
    }
}

/// The page for `settings` (stored, or as posted when refused); `about`:
/// the form of what an added tier is (`added_tiers`).
#[allow(clippy::too_many_arguments)] // one page, drawn from every part of the form
pub(super) fn page(
    tier: &Tier,
    key: &CsrfKey,
    engine: &StoryEngine,
    settings: &TierSettings,
    budget: LimitFields,
    saved: bool,
    message: Option<String>,
    about: Option<TierAboutView>,
) -> ParentTierPage {
    let choices = engine.model_choices(tier, settings);
    let mut warnings = Vec::new();
    let kinds = KINDS
        .iter()
        .map(|(field, heading, kind)| {
            let offer = offer_of(settings, *kind);
            let (on_offer, default) = choices.of(*kind);
            let available = engine.available_models(*kind);
            let gone = offer.only.as_ref().is_some_and(|only| !only.is_empty() && !available.iter().any(|m| only.contains(&m.key)));
            if gone && message.is_none() {
                warnings.push(format!(
                    "The {} ticked before are no longer on this server; the ones that need no key are offered meanwhile.",
                    heading.to_lowercase()
                ));
            }
            let models = available
                .into_iter()
                .map(|m: ModelEntry| OfferModelView {
                    // As posted when the form was refused; else what the start form really offers.
                    offered: match message {
                        Some(_) => offer.only.as_ref().is_none_or(|only| only.contains(&m.key)),
                        None => on_offer.iter().any(|o| o.key == m.key),
                    },
                    default: default.as_ref() == Some(&m.key),
                    paid: m.credential.is_some(),
                    key: m.key,
                    name: m.display_name,
                    group: m.provider_group,
                })
                .collect();
            OfferKindView { kind: (*field).into(), heading: (*heading).into(), models }
        })
        .collect();
    if settings.video_allowed && choices.video.is_empty() {
        warnings.push("Video is allowed, but no video model is ticked, so families cannot turn video mode on.".into());
    }
    ParentTierPage {
        warnings,
        title: format!("Settings for {}", tier.name),
        parent_area: true,
        tier_name: tier.name.clone(),
        tier_home_url: urls::home(&tier.id),
        saved,
        message,
        video_allowed: settings.video_allowed,
        listed: settings.is_listed(tier),
        bedtime_offered: settings.bedtime_offered,
        kinds,
        content_rules: tier.content_guidelines.clone(),
        picture_style: tier.image_style.clone(),
        budget,
        save: csrf::form(key, urls::parent_tier(&tier.id)),
        about,
        added: false,
    }
}

pub async fn show(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<SettingsQuery>,
    State(engine): State<StoryEngine>,
    State(tiers): State<Tiers>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let settings = engine.tier_settings(&tier).await?;
    let budget = limits::shown(BUDGET_FIELDS, &settings.budget);
    let about_saved = query.saved.as_deref() == Some("about");
    let about = added_tiers::about_of(&tiers, &tier, &key, about_saved);
    let saved = query.saved.is_some() && !about_saved;
    let mut page = page(&tier, &key, &engine, &settings, budget, saved, None, about);
    page.added = query.added.is_some();
    Ok(Html(views.render(&page)?))
}

/// The settings as posted: every box ticked means "every model, new ones too";
/// a default not ticked gives way to the first ticked one. `Err` says what to fix.
fn read_form(form: &UploadForm, engine: &StoryEngine, tier: &Tier) -> (TierSettings, Option<String>) {
    let mut settings = TierSettings::configured(tier);
    settings.video_allowed = form.text("video_allowed") == Some("on");
    settings.listed = Some(form.text("listed") == Some("on"));
    settings.bedtime_offered = form.text("bedtime_stories") == Some("on");
    let mut problem = None;
    match limits::read(&limits::typed(BUDGET_FIELDS, form), "") {
        Ok(budget) => settings.budget = budget,
        Err(message) => problem = Some(message),
    }
    for (field, heading, kind) in KINDS {
        let available = engine.available_models(kind);
        let ticked: Vec<String> = form.texts(&format!("{field}_offered")).into_iter().map(String::from).collect();
        let offered: Vec<String> = available.iter().filter(|m| ticked.contains(&m.key)).map(|m| m.key.clone()).collect();
        if offered.is_empty() && !available.is_empty() && kind != ModelKind::Video {
            problem.get_or_insert(format!(
                "Tick at least one of the {}: a story cannot start without one. Nothing was saved.",
                heading.to_lowercase()
            ));
        }
        let posted_default = form.text(&format!("{field}_default")).filter(|key| !key.is_empty());
        if let Some(first) = posted_default
            && !offered.is_empty()
            && !offered.iter().any(|key| key == first)
            && available.iter().any(|m| m.key == first)
        {
            problem.get_or_insert(format!(
                "The {} marked \u{201c}first\u{201d} must also be ticked. Nothing was saved.",
                heading.to_lowercase().trim_end_matches('s')
            ));
        }
        let default = posted_default.map(String::from).filter(|key| offered.contains(key));
        let every = offered.len() == available.len();
        *offer_mut(&mut settings, kind) =
            ModelOffer { default: default.or_else(|| offered.first().cloned()), only: (!every).then_some(offered) };
    }
    (settings, problem)
}

pub async fn save(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    State(engine): State<StoryEngine>,
    State(tiers): State<Tiers>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let (settings, problem) = read_form(&form, &engine, &tier);
    if let Some(message) = problem {
        let budget = limits::typed(BUDGET_FIELDS, &form);
        let about = added_tiers::about_of(&tiers, &tier, &key, false);
        let html = views.render(&page(&tier, &key, &engine, &settings, budget, false, Some(message), about))?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
    }
    engine.set_tier_settings(&tier, settings).await?;
    Ok(Redirect::to(&format!("{}?saved=1", urls::parent_tier(&tier.id))).into_response())
}

/// `GET /{tier}/settings`, the page's old address → the parent area's page for the tier.
pub async fn old_address(tier: Tier) -> Redirect {
    Redirect::permanent(&urls::parent_tier(&tier.id))
}

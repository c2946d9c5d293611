//! A tier's settings page for parents: `GET /{tier}/settings` shows the
//! switches, `POST /{tier}/settings` stores them (→ 303 back to the page,
//! which then says it saved). Today one switch: whether families may turn
//! video mode on. (The parent area puts this page behind the parent PIN.)

use std::sync::Arc;

use axum::extract::{Query, State};
use axum::response::{Html, Redirect};
use axum::{Extension, Form};
use serde::Deserialize;

use super::csrf::{self, CsrfKey};
use super::urls;
use super::views_common::tier_view;
use crate::error::AppError;
use crate::store::TierSettings;
use crate::story::StoryEngine;
use crate::tier::Tier;
use crate::views::{SettingsPage, Views};

#[derive(Deserialize, Default)]
pub struct SettingsQuery {
    #[serde(default)]
    saved: Option<String>,
}

/// The settings form as posted: an unticked checkbox is simply absent.
#[derive(Deserialize, Default)]
pub struct SettingsForm {
    #[serde(default)]
    video_allowed: Option<String>,
}

pub async fn show(
    tier: Tier,
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<SettingsQuery>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let settings = engine.tier_settings(&tier).await?;
    let page = SettingsPage {
        tier: tier_view(&tier),
        title: "Settings".into(),
        saved: query.saved.is_some(),
        video_allowed: settings.video_allowed,
        video_models: engine.model_choices(&tier).video.iter().map(|m| m.display_name.clone()).collect(),
        save: csrf::form(&key, urls::settings(&tier.id)),
    };
    Ok(Html(views.render("settings", &page)?))
}

pub async fn save(tier: Tier, State(engine): State<StoryEngine>, Form(form): Form<SettingsForm>) -> Result<Redirect, AppError> {
    let settings = TierSettings { video_allowed: form.video_allowed.as_deref() == Some("on") };
    engine.set_tier_settings(&tier, settings).await?;
    Ok(Redirect::to(&format!("{}?saved=1", urls::settings(&tier.id))))
}

//! `GET /parent/spending`, for a signed-in parent: the estimated price of
//! each model that needs a key, and each provider's daily limits across every
//! tier (`store::Spending`, checked by `usage`). `POST` stores them (→ 303
//! back, which then says it saved; a refused form comes back as typed, with
//! which box is wrong).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::Extension;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::super::csrf::{self, CsrfKey};
use super::super::upload::UploadForm;
use super::limits;
use crate::error::AppError;
use crate::plugin_host::{ModelEntry, ModelKind};
use crate::store::{Money, Spending, Store};
use crate::story::StoryEngine;
use crate::views::{ParentSpendingPage, PriceRowView, ProviderLimitsView, Views};

/// The page's address.
pub const SPENDING: &str = "/parent/spending";

#[derive(Deserialize, Default)]
pub struct SpendingQuery {
    #[serde(default)]
    saved: Option<String>,
}

fn price_field(model: &ModelEntry) -> String {
    format!("price_{}", model.key)
}

fn limits_id(provider: &str) -> String {
    format!("provider-{provider}")
}

fn unit(kind: ModelKind) -> &'static str {
    match kind {
        ModelKind::Story => "per scene",
        ModelKind::Image => "per picture",
        ModelKind::Video => "per second of video",
    }
}

/// Each provider of `models` once, by plugin id, with its name.
pub(super) fn providers(models: &[ModelEntry]) -> Vec<(String, String)> {
    let mut seen: Vec<(String, String)> = Vec::new();
    for model in models {
        if !seen.iter().any(|(id, _)| *id == model.plugin_id) {
            seen.push((model.plugin_id.clone(), model.provider_group.clone()));
        }
    }
    seen
}

/// The page: boxes as `typed` when a form was refused, else as `stored`.
fn page(
    key: &CsrfKey,
    models: &[ModelEntry],
    stored: &Spending,
    typed: Option<&UploadForm>,
    saved: bool,
    message: Option<String>,
) -> ParentSpendingPage {
    let prices = models
        .iter()
        .map(|m| PriceRowView {
            field: price_field(m),
            name: m.display_name.clone(),
            group: m.provider_group.clone(),
            unit: unit(m.kind).into(),
            value: match typed {
                Some(form) => form.text(&price_field(m)).unwrap_or_default().to_string(),
                None => stored.prices.get(&m.key).map(Money::to_string).unwrap_or_default(),
            },
            available: m.available,
        })
        .collect();
    let providers = providers(models)
        .into_iter()
        .map(|(id, name)| {
            let mut limits = match typed {
                Some(form) => limits::typed(&limits_id(&id), form),
                None => limits::shown(&limits_id(&id), &stored.providers.get(&id).copied().unwrap_or_default()),
            };
            let has = |kind: ModelKind| models.iter().any(|m| m.plugin_id == id && m.kind == kind);
            (limits.story_box, limits.pictures_box, limits.video_box) =
                (has(ModelKind::Story), has(ModelKind::Image), has(ModelKind::Video));
            ProviderLimitsView { name, limits }
        })
        .collect();
    ParentSpendingPage {
        no_keys: !models.is_empty() && models.iter().all(|m| !m.available),
        title: "Prices and providers".into(),
        parent_area: true,
        saved,
        message,
        prices,
        providers,
        save: csrf::form(key, SPENDING.to_string()),
    }
}

pub async fn show(
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<SpendingQuery>,
    State(store): State<Store>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let stored = store.spending().await?;
    let models = engine.paid_models();
    Ok(Html(views.render(&page(&key, &models, &stored, None, query.saved.is_some(), None))?))
}

/// The spending settings posted over `stored` (entries of models or
/// providers not on the page are kept), or the sentence saying which box is wrong.
fn read_form(form: &UploadForm, models: &[ModelEntry], stored: &Spending) -> Result<Spending, String> {
    let mut prices: BTreeMap<String, Money> = stored.prices.clone();
    for model in models {
        match form.text(&price_field(model)).map(str::trim).unwrap_or("") {
            "" => {
                prices.remove(&model.key);
            }
            typed => {
                let price = Money::parse(typed).ok_or_else(|| {
                    format!(
                        "The price of {} must be an amount like 0.04 (at most four decimals), or empty. Nothing was saved.",
                        model.display_name
                    )
                })?;
                prices.insert(model.key.clone(), price);
            }
        }
    }
    let mut providers = stored.providers.clone();
    for (id, name) in self::providers(models) {
        let budget = limits::read(&limits::typed(&limits_id(&id), form), &format!(" for {name}"))?;
        providers.insert(id, budget);
    }
    Ok(Spending { prices, providers })
}

pub async fn save(
    Extension(key): Extension<CsrfKey>,
    State(store): State<Store>,
    State(engine): State<StoryEngine>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let stored = store.spending().await?;
    let models = engine.paid_models();
    match read_form(&form, &models, &stored) {
        Ok(spending) => {
            store.set_spending(spending).await?;
            Ok(Redirect::to(&format!("{SPENDING}?saved=1")).into_response())
        }
        Err(message) => {
            let html = views.render(&page(&key, &models, &stored, Some(&form), false, Some(message)))?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response())
        }
    }
}

//! The plugins, for a signed-in parent: `GET /parent/plugins` lists every
//! plugin (built in or dropped in, version, models, the hosts it reaches, the
//! credentials and settings it asks for, approved or not) and every file that
//! was not loaded with the reason. `POST /parent/plugins/{id}/approve`
//! approves a dropped-in file as it was shown (its SHA-256 comes with the
//! form) with the credentials ticked; `POST /parent/plugins/{id}/disable`
//! withdraws the approval. Either reloads the plugins at once: no restart.

use std::sync::Arc;

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::super::csrf::{self, CsrfKey};
use super::super::upload::UploadForm;
use crate::error::AppError;
use crate::jobs::plugin_folder;
use crate::plugin_host::trust::{GrantRequest, approval_for, known_credential};
use crate::plugin_host::{PluginHost, PluginSummary, Plugins};
use crate::store::Store;
use crate::views::{CredentialView, GrantBoxView, ParentPluginsPage, PluginModelView, PluginView, RejectedPluginView, Views};

pub const PLUGINS_URL: &str = "/parent/plugins";

#[derive(Deserialize, Default)]
pub struct PluginsQuery {
    #[serde(default)]
    approved: Option<String>,
    #[serde(default)]
    disabled: Option<String>,
}

/// A plugin file's name, never its folder (which says nothing to a parent).
fn file_name(source: &str) -> String {
    std::path::Path::new(source).file_name().map_or_else(|| source.to_string(), |n| n.to_string_lossy().into_owned())
}

fn plugin_view(host: &PluginHost, key: &CsrfKey, plugin: PluginSummary) -> PluginView {
    let approved = matches!(plugin.standing, "bundled" | "approved");
    let standing = match plugin.standing {
        "bundled" => "Built in",
        "approved" => "Approved",
        "not approved" => "Waiting for approval",
        _ => "Changed since it was approved: approve it again",
    };
    let credentials = plugin
        .credentials
        .iter()
        .map(|c| {
            // A key the host knows goes only to its provider; any other only to origins ticked here.
            let grants = match known_credential(&c.name) {
                Some(_) => {
                    vec![GrantBoxView { value: c.name.clone(), label: format!("Let it use {} (sent only to its provider)", c.name) }]
                }
                None => plugin
                    .hosts
                    .iter()
                    .map(|h| GrantBoxView { value: format!("{}={h}", c.name), label: format!("Send {} to {h}", c.name) })
                    .collect(),
            };
            CredentialView { name: c.name.clone(), granted: c.granted, detail: c.detail.clone(), grants }
        })
        .collect();
    let models = plugin
        .models
        .iter()
        .filter_map(|k| host.model_entry(k))
        .map(|m| PluginModelView {
            name: m.display_name.clone(),
            kind: format!("{:?}", m.kind).to_lowercase(),
            state: match (&m.credential, m.approved, m.available) {
                (_, false, _) => "waiting for approval".into(),
                (_, true, true) => "available".into(),
                (Some(credential), true, false) => format!("needs {credential}"),
                (None, true, false) => "not available".into(),
            },
        })
        .collect();
    let action = |what: &str| csrf::form(key, format!("{PLUGINS_URL}/{}/{what}", plugin.id));
    PluginView {
        approve: (!plugin.bundled && !approved).then(|| action("approve")),
        disable: (!plugin.bundled && approved).then(|| action("disable")),
        source: if plugin.bundled { "comes with Storyloom".into() } else { file_name(&plugin.source) },
        waiting: !plugin.bundled && !approved,
        standing: standing.into(),
        approved,
        bundled: plugin.bundled,
        // A built-in plugin's settings are the server's own; a dropped-in one's are worth reading.
        settings: match plugin.bundled {
            true => Vec::new(),
            false => plugin
                .settings
                .iter()
                .map(|s| match &s.variable {
                    Some(variable) => format!("{} = {} (from {variable})", s.name, s.value),
                    None => format!("{} = {} (its default)", s.name, s.value),
                })
                .collect(),
        },
        hosts: {
            let mut hosts = plugin.hosts;
            hosts.dedup();
            hosts.sort();
            hosts.dedup();
            hosts
        },
        credentials,
        models,
        sha256: plugin.sha256,
        version: plugin.version,
        id: plugin.id,
    }
}

fn page(plugins: &Plugins, key: &CsrfKey, notice: Option<String>, message: Option<String>) -> ParentPluginsPage {
    let host = plugins.now();
    ParentPluginsPage {
        title: "Plugins".into(),
        parent_area: true,
        notice,
        message,
        plugins: {
            // The ones waiting for a parent first.
            let mut views: Vec<PluginView> = host.plugins().into_iter().map(|p| plugin_view(&host, key, p)).collect();
            views.sort_by_key(|v| !v.waiting);
            views
        },
        rejected: host.rejected().iter().map(|r| RejectedPluginView { source: file_name(&r.source), reason: r.reason.clone() }).collect(),
        folder: plugins.folder().map(|f| f.display().to_string()),
    }
}

pub async fn list(
    Extension(key): Extension<CsrfKey>,
    Query(query): Query<PluginsQuery>,
    State(plugins): State<Plugins>,
    State(views): State<Arc<Views>>,
) -> Result<Html<String>, AppError> {
    let notice = match (query.approved, query.disabled) {
        (Some(id), _) => Some(format!("Approved {id}: its models are offered now.")),
        (_, Some(id)) => Some(format!("{id} is disabled: its models are no longer offered.")),
        _ => None,
    };
    Ok(Html(views.render(&page(&plugins, &key, notice, None))?))
}

pub async fn approve(
    Path(id): Path<String>,
    Extension(key): Extension<CsrfKey>,
    State(plugins): State<Plugins>,
    State(store): State<Store>,
    State(views): State<Arc<Views>>,
    form: UploadForm,
) -> Result<Response, AppError> {
    let grants: Vec<GrantRequest> = form.texts("grant").into_iter().map(GrantRequest::parse).collect();
    let now_ms = time::OffsetDateTime::now_utc().unix_timestamp().saturating_mul(1000);
    let approval = match approval_for(&plugins.now(), &id, form.text("sha256"), &grants, now_ms) {
        Ok(approval) => approval,
        Err(refusal) => {
            tracing::info!(plugin = %id, "approval refused: {refusal}");
            let reason = refusal.0.trim_end_matches("; nothing was approved");
            let message = format!("Nothing was approved: {reason}.");
            let html = views.render(&page(&plugins, &key, None, Some(message)))?;
            return Ok((StatusCode::UNPROCESSABLE_ENTITY, Html(html)).into_response());
        }
    };
    tracing::info!(plugin = %id, sha256 = %approval.sha256, credentials = approval.credentials.len(), "a parent approved a plugin");
    store.approve_plugin(approval).await?;
    plugin_folder::reload(&plugins, &store).await.map_err(AppError::internal)?;
    Ok(Redirect::to(&format!("{PLUGINS_URL}?approved={}", url_safe(&id))).into_response())
}

pub async fn disable(Path(id): Path<String>, State(plugins): State<Plugins>, State(store): State<Store>) -> Result<Redirect, AppError> {
    if store.revoke_plugin(id.clone()).await? {
        tracing::info!(plugin = %id, "a parent disabled a plugin");
        plugin_folder::reload(&plugins, &store).await.map_err(AppError::internal)?;
    }
    Ok(Redirect::to(&format!("{PLUGINS_URL}?disabled={}", url_safe(&id))))
}

fn url_safe(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

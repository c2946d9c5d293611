//! `storyloom plugins`: list every plugin (bundled or dropped in, approved or
//! not, its hosts, the credentials and settings it asks for and which are
//! granted, its models) and every file that was not loaded, with the reason;
//! `approve <id>` stores the operator's approval of a dropped-in file (by
//! hash) with the credentials it grants; `revoke <id>` removes it.
//!
//! Everything a plugin says is escaped for the terminal before it is printed.

use std::fmt::Write as _;

use super::open_store;
use crate::config::Config;
use crate::plugin_host::trust::labels::escape_for_terminal;
use crate::plugin_host::trust::{GrantRequest, approval_for};
use crate::plugin_host::{PluginHost, PluginSummary};

/// A plugin string, safe for a terminal line.
fn safe(text: &str) -> String {
    escape_for_terminal(text, 200)
}

/// `storyloom plugins`: the whole listing.
pub async fn list(config: &Config) -> anyhow::Result<String> {
    let mut out = String::new();
    let approvals = match open_store(config) {
        Ok(store) => store.plugin_approvals().await?,
        Err(err) => {
            let _ = writeln!(out, "note: approvals unknown, dropped-in plugins are shown as not approved: {err}\n");
            Vec::new()
        }
    };
    if let Some(dir) = &config.plugins_dir
        && !dir.is_dir()
    {
        let _ = writeln!(out, "note: there is no plugins folder at {}; dropped-in plugins go there\n", dir.display());
    }
    let host = crate::load_plugins(config, approvals).await?;
    for plugin in host.plugins() {
        render_plugin(&mut out, &host, &plugin);
    }
    if !host.rejected().is_empty() {
        let _ = writeln!(out, "Not loaded:");
        for rejected in host.rejected() {
            let id = rejected.id.as_deref().map(|id| format!(" (id {})", safe(id))).unwrap_or_default();
            let _ = writeln!(out, "  {}{id}: {}", safe(&rejected.source), safe(&rejected.reason));
        }
    }
    Ok(out)
}

fn render_plugin(out: &mut String, host: &PluginHost, plugin: &PluginSummary) {
    let standing = if plugin.bundled { "bundled".to_string() } else { format!("dropped in, {}", plugin.standing) };
    let _ = writeln!(out, "{} {} [{standing}] {}", safe(&plugin.id), safe(&plugin.version), safe(&plugin.source));
    let _ = writeln!(out, "  contract storyloom:plugin@{}", plugin.contract);
    if !plugin.bundled {
        let _ = writeln!(out, "  sha256 {}", plugin.sha256);
        if plugin.standing != "approved" {
            let _ = writeln!(out, "  offers no model until approved: storyloom plugins approve {}", safe(&plugin.id));
        }
    }
    let hosts =
        if plugin.hosts.is_empty() { "none".to_string() } else { plugin.hosts.iter().map(|h| safe(h)).collect::<Vec<_>>().join(", ") };
    let _ = writeln!(out, "  hosts: {hosts}");
    for credential in &plugin.credentials {
        let granted = if credential.granted { "granted" } else { "NOT granted" };
        let _ = writeln!(
            out,
            "  credential {} (header {}): {granted}, {}",
            safe(&credential.name),
            safe(&credential.header),
            safe(&credential.detail)
        );
    }
    for setting in &plugin.settings {
        let from = match &setting.variable {
            Some(variable) => format!("read from {}", safe(variable)),
            None => "not granted, default only".to_string(),
        };
        let _ = writeln!(out, "  setting {}: {from} = {}", safe(&setting.name), safe(&setting.value));
    }
    for key in &plugin.models {
        let Some(model) = host.model_entry(key) else { continue };
        let availability = match (&model.credential, model.approved, model.available) {
            (_, false, _) => "waiting for approval".to_string(),
            (None, true, _) => "available".to_string(),
            (Some(_), true, true) => "available (key set)".to_string(),
            (Some(credential), true, false) => format!("needs {}", safe(credential)),
        };
        let _ = writeln!(
            out,
            "  {:<20} {:<32} {:<6} {:<24} {availability}",
            safe(&model.key),
            safe(&model.display_name),
            format!("{:?}", model.kind).to_lowercase(),
            safe(&model.provider_group)
        );
    }
}

/// `storyloom plugins approve <id> [--sha256 HEX] [--grant NAME[=ORIGIN,...]]...`:
/// approve the dropped-in plugin `id` as its file is now (the file with that
/// hash, when `sha256` is given), granting it `grants`. Refused while two files
/// claim the id, so the file approved is always the one the operator reviewed.
pub async fn approve(config: &Config, id: &str, sha256: Option<&str>, grants: &[String]) -> anyhow::Result<String> {
    let store = open_store(config)?;
    let host = crate::load_plugins(config, store.plugin_approvals().await?).await?;
    let requests: Vec<GrantRequest> = grants.iter().map(|grant| GrantRequest::parse(grant)).collect();
    let now_ms = time::OffsetDateTime::now_utc().unix_timestamp().saturating_mul(1000);
    let approval = approval_for(&host, id, sha256, &requests, now_ms).map_err(|refusal| {
        let hint = if refusal.0.starts_with("no plugin has the id") { "; `storyloom plugins` lists them" } else { "" };
        anyhow::anyhow!("{refusal}{hint}")
    })?;
    let Some(plugin) = host.plugins().into_iter().find(|p| p.id == id) else { anyhow::bail!("no plugin has the id {}", safe(id)) };
    let granted_names: Vec<String> = approval.credentials.iter().map(|c| c.name.clone()).collect();
    let granted = approval
        .credentials
        .iter()
        .map(|c| if c.origins.is_empty() { c.name.clone() } else { format!("{} (sent only to {})", c.name, c.origins.join(", ")) })
        .collect::<Vec<_>>();
    store.approve_plugin(approval).await?;
    let grants = if granted.is_empty() { "no credentials".to_string() } else { granted.join(", ") };
    // Grants belong to one file: say which credentials it asks for and did not get this time.
    let missing: Vec<String> = plugin.credentials.iter().filter(|c| !granted_names.contains(&c.name)).map(|c| safe(&c.name)).collect();
    let missing = if missing.is_empty() {
        String::new()
    } else {
        format!("  note: not granted {}: its models that need it stay unavailable (grant with --grant)\n", missing.join(", "))
    };
    let hosts =
        if plugin.hosts.is_empty() { "none".to_string() } else { plugin.hosts.iter().map(|h| safe(h)).collect::<Vec<_>>().join(", ") };
    Ok(format!(
        "approved {} {} ({})\n  sha256 {}\n  hosts it may reach: {hosts}\n  credentials granted: {grants}\n{missing}restart the server to offer its models\n",
        safe(&plugin.id),
        safe(&plugin.version),
        safe(&plugin.source),
        plugin.sha256
    ))
}

/// `storyloom plugins revoke <id>`.
pub async fn revoke(config: &Config, id: &str) -> anyhow::Result<String> {
    let store = open_store(config)?;
    Ok(match store.revoke_plugin(id.to_string()).await? {
        true => format!("revoked the approval of {}; restart the server to stop offering its models\n", safe(id)),
        false => format!("{} had no approval\n", safe(id)),
    })
}

//! Approving a dropped-in plugin: checks that the approval is for the file
//! the operator reviewed, and that each credential granted is one the plugin
//! asks for and goes only where it may. Used by `storyloom plugins approve`
//! and the parent area alike; the caller stores the [`Approval`] and reloads.

use super::{Approval, CredentialGrant, known_credential};
use crate::plugin_host::net::Origin;
use crate::plugin_host::{PluginHost, PluginSummary};

/// Why an approval was refused, in words for the operator (plugin text cleaned).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ApproveRefusal(pub String);

/// One credential the operator grants: its name, and for a credential the
/// host does not know, the origins its key may be sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantRequest {
    pub name: String,
    pub origins: Vec<String>,
}

impl GrantRequest {
    /// `NAME` or `NAME=ORIGIN[,ORIGIN...]`, as `--grant` takes it.
    pub fn parse(text: &str) -> Self {
        match text.split_once('=') {
            Some((name, origins)) => Self {
                name: name.trim().to_string(),
                origins: origins.split(',').map(str::trim).filter(|o| !o.is_empty()).map(String::from).collect(),
            },
            None => Self { name: text.trim().to_string(), origins: Vec::new() },
        }
    }
}

fn safe(text: &str) -> String {
    super::labels::escape_for_terminal(text, 200)
}

fn refuse(message: String) -> ApproveRefusal {
    ApproveRefusal(message)
}

/// The approval of the dropped-in plugin `id` in `host`, as its file is now
/// (only the file whose SHA-256 starts with `sha256`, when given), granting
/// `grants`, at `now_ms` (milliseconds since the Unix epoch). Refused while two
/// files claim the id, so the file approved is always the one reviewed.
pub fn approval_for(
    host: &PluginHost,
    id: &str,
    sha256: Option<&str>,
    grants: &[GrantRequest],
    now_ms: i64,
) -> Result<Approval, ApproveRefusal> {
    let Some(plugin) = host.plugins().into_iter().find(|p| p.id == id) else {
        if let Some(rejected) = host.rejected().iter().find(|r| r.id.as_deref() == Some(id)) {
            return Err(refuse(format!("the plugin {} was not loaded, so it cannot be approved: {}", safe(id), safe(&rejected.reason))));
        }
        return Err(refuse(format!("no plugin has the id {}", safe(id))));
    };
    if plugin.bundled {
        return Err(refuse(format!("{} is bundled with Storyloom and needs no approval", safe(id))));
    }
    let others: Vec<&str> = host.rejected().iter().filter(|r| r.id.as_deref() == Some(id)).map(|r| r.source.as_str()).collect();
    if !others.is_empty() {
        return Err(refuse(format!(
            "more than one file says it is {}: {} and {}; remove the one you did not mean, then approve",
            safe(id),
            safe(&plugin.source),
            others.iter().map(|o| safe(o)).collect::<Vec<_>>().join(", ")
        )));
    }
    if let Some(expected) = sha256 {
        let expected = expected.trim().to_ascii_lowercase();
        if expected.len() < 8 {
            return Err(refuse("give at least 8 hex digits of the sha256; nothing was approved".into()));
        }
        if !plugin.sha256.starts_with(&expected) {
            return Err(refuse(format!(
                "{} is now the file with sha256 {}, not {}; nothing was approved",
                safe(id),
                plugin.sha256,
                safe(&expected)
            )));
        }
    }
    let credentials = merge(grants.iter().map(|grant| checked_grant(&plugin, grant)).collect::<Result<Vec<_>, _>>()?);
    Ok(Approval { plugin_id: plugin.id.clone(), sha256: plugin.sha256.clone(), credentials, approved_at_ms: now_ms })
}

/// One grant per credential, with the origins of repeated grants merged.
fn merge(grants: Vec<CredentialGrant>) -> Vec<CredentialGrant> {
    let mut merged: Vec<CredentialGrant> = Vec::new();
    for grant in grants {
        match merged.iter_mut().find(|g| g.name == grant.name) {
            Some(existing) => {
                for origin in grant.origins {
                    if !existing.origins.contains(&origin) {
                        existing.origins.push(origin);
                    }
                }
            }
            None => merged.push(grant),
        }
    }
    merged
}

/// `grant`, checked against what the plugin declares.
fn checked_grant(plugin: &PluginSummary, grant: &GrantRequest) -> Result<CredentialGrant, ApproveRefusal> {
    let name = grant.name.as_str();
    if !plugin.credentials.iter().any(|c| c.name == name) {
        return Err(refuse(format!("{} does not ask for a credential named {}", safe(&plugin.id), safe(name))));
    }
    if known_credential(name).is_some() {
        if !grant.origins.is_empty() {
            return Err(refuse(format!(
                "{name} is only ever sent to its own provider (or the origin of its base-URL setting); grant it without an origin"
            )));
        }
        return Ok(CredentialGrant { name: name.to_string(), origins: Vec::new() });
    }
    if grant.origins.is_empty() {
        return Err(refuse(format!("say where the key may be sent: --grant {name}=https://api.example.com")));
    }
    let mut checked = Vec::new();
    for origin in &grant.origins {
        let parsed = Origin::parse(origin).map_err(|e| refuse(format!("{}: {e}", safe(origin))))?;
        let shown = parsed.to_string();
        if !plugin.hosts.iter().any(|h| Origin::parse(h).is_ok_and(|o| o == parsed)) {
            return Err(refuse(format!(
                "{} does not declare {shown} among its hosts ({}), so it could never use the key there; a host taken \
                 from a setting follows its variable ({}): set it before approving",
                safe(&plugin.id),
                plugin.hosts.iter().map(|h| safe(h)).collect::<Vec<_>>().join(", "),
                plugin.settings.iter().filter_map(|s| s.variable.as_deref()).map(safe).collect::<Vec<_>>().join(", ")
            )));
        }
        checked.push(shown);
    }
    Ok(CredentialGrant { name: name.to_string(), origins: checked })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grant_reads_as_the_command_line_writes_it() {
        assert_eq!(GrantRequest::parse("OPENAI_API_KEY"), GrantRequest { name: "OPENAI_API_KEY".into(), origins: vec![] });
        assert_eq!(
            GrantRequest::parse(" STABILITY_KEY = https://a.example, https://b.example ,"),
            GrantRequest { name: "STABILITY_KEY".into(), origins: vec!["https://a.example".into(), "https://b.example".into()] }
        );
    }
}

//! What one loaded plugin is granted: which credentials (each bound to the
//! origins its key may go to) and which settings (with the value each gets).
//!
//! - A bundled plugin gets the credentials and settings `bundled` lists for it.
//! - A dropped-in plugin gets a credential only when the operator granted it to
//!   this exact file (its [`Approval`]); a credential the host knows keeps its
//!   provider's header and origin whoever asks for it. Its settings are read
//!   from its own namespace, `STORYLOOM_PLUGIN_<ID>_<NAME>`.
//! - A setting never names a credential or anything that reads like a secret:
//!   such a plugin is refused before it runs.
//!
//! The environment is read here only, and only for granted names.

use super::bundled::{self, KnownCredential};
use crate::config::Environment;
use crate::plugin_host::bindings::wit_types::PluginInfo;
use crate::plugin_host::net::{AllowList, CredentialRule, Origin};
use crate::store::Approval;

/// A credential the plugin may use.
#[derive(Debug, Clone)]
pub struct GrantedCredential {
    pub name: String,
    pub header: String,
    pub prefix: String,
    /// The only origins the key is ever sent to.
    pub origins: Vec<Origin>,
}

/// One declared credential, as `storyloom plugins` reports it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CredentialStatus {
    pub name: String,
    pub header: String,
    pub granted: bool,
    /// Where the key may go (granted) or why it is not granted.
    pub detail: String,
}

/// One declared setting, resolved.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ResolvedSetting {
    /// The name the plugin declared, e.g. `OPENAI_BASE_URL` or `BASE_URL`.
    pub name: String,
    /// The environment variable it is read from; `None` when it is not granted (default only).
    pub variable: Option<String>,
    pub value: String,
}

/// Everything granted to one plugin.
#[derive(Debug, Clone, Default)]
pub struct Grants {
    pub credentials: Vec<GrantedCredential>,
    pub credential_status: Vec<CredentialStatus>,
    pub settings: Vec<ResolvedSetting>,
}

impl Grants {
    /// The credential rules the HTTP gate enforces for this plugin.
    pub fn credential_rules(&self) -> Vec<CredentialRule> {
        self.credentials
            .iter()
            .map(|c| CredentialRule {
                name: c.name.clone(),
                header: c.header.clone(),
                prefix: c.prefix.clone(),
                origins: AllowList::from_origins(c.origins.iter().cloned()),
            })
            .collect()
    }

    /// Whether `name` is granted.
    pub fn has_credential(&self, name: &str) -> bool {
        self.credentials.iter().any(|c| c.name == name)
    }
}

/// How a plugin came to be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Bundled,
    Approved,
    /// Dropped in and not approved; `changed` when an approval exists for an older file.
    NotApproved {
        changed: bool,
    },
}

/// The environment variable a dropped-in plugin's setting is read from.
pub fn namespaced_variable(plugin_id: &str, setting: &str) -> String {
    let upper = |s: &str| s.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect::<String>();
    format!("STORYLOOM_PLUGIN_{}_{}", upper(plugin_id), upper(setting))
}

/// Resolve the grants of a plugin that `describe`d itself as `info`.
/// Errors say why the plugin may not be loaded at all.
pub fn resolve(info: &PluginInfo, standing: Standing, approval: Option<&Approval>, env: &Environment) -> Result<Grants, String> {
    let settings = resolve_settings(info, standing, env)?;
    let mut grants = Grants { settings, ..Grants::default() };
    for declared in &info.credentials {
        let decision = match standing {
            Standing::Bundled => bundled_credential(info, &declared.name, env),
            Standing::Approved => approved_credential(&info.id, &declared.name, &declared.header, &declared.prefix, approval, env),
            Standing::NotApproved { .. } => Err("the plugin is not approved yet".to_string()),
        };
        match decision {
            Ok(granted) => {
                let where_to = granted.origins.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                grants.credential_status.push(CredentialStatus {
                    name: declared.name.clone(),
                    header: granted.header.clone(),
                    granted: true,
                    detail: format!("sent only to {where_to}"),
                });
                grants.credentials.push(granted);
            }
            Err(why) => grants.credential_status.push(CredentialStatus {
                name: declared.name.clone(),
                header: declared.header.clone(),
                granted: false,
                detail: why,
            }),
        }
    }
    Ok(grants)
}

fn resolve_settings(info: &PluginInfo, standing: Standing, env: &Environment) -> Result<Vec<ResolvedSetting>, String> {
    let grant = bundled::bundled_grant(&info.id);
    info.settings
        .iter()
        .map(|decl| {
            let names_a_credential = info.credentials.iter().any(|c| c.name.eq_ignore_ascii_case(&decl.name));
            if names_a_credential || bundled::looks_like_secret(&decl.name) {
                return Err(format!(
                    "it declares a setting named {:?}, which reads like a secret; settings are never secret \
                     (keys are credentials the operator grants)",
                    decl.name
                ));
            }
            let valid = !decl.name.is_empty() && decl.name.len() <= 64 && decl.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !valid {
                return Err(format!("setting name {:?} must be 1-64 letters, digits or '_'", decl.name));
            }
            let variable = match standing {
                Standing::Bundled => grant.filter(|g| g.settings.contains(&decl.name.as_str())).map(|_| decl.name.clone()),
                Standing::Approved | Standing::NotApproved { .. } => Some(namespaced_variable(&info.id, &decl.name)),
            };
            let value = variable.as_deref().and_then(|v| env.get(v)).unwrap_or_else(|| decl.default_value.clone());
            Ok(ResolvedSetting { name: decl.name.clone(), variable, value })
        })
        .collect()
}

fn bundled_credential(info: &PluginInfo, name: &str, env: &Environment) -> Result<GrantedCredential, String> {
    let known = bundled::bundled_grant(&info.id)
        .and_then(|g| g.credentials.iter().find(|c| c.name == name))
        .ok_or_else(|| format!("{name} does not belong to the bundled plugin {}", info.id))?;
    known_grant(known, env)
}

fn approved_credential(
    plugin_id: &str,
    name: &str,
    header: &str,
    prefix: &str,
    approval: Option<&Approval>,
    env: &Environment,
) -> Result<GrantedCredential, String> {
    let grant =
        approval.and_then(|a| a.credentials.iter().find(|g| g.name == name)).ok_or_else(|| match bundled::known_credential(name) {
            Some(_) => format!("grant it with: storyloom plugins approve {plugin_id} --grant {name} (it goes only to its provider)"),
            None => format!("grant it with: storyloom plugins approve {plugin_id} --grant {name}=<origin>"),
        })?;
    if let Some(known) = bundled::known_credential(name) {
        return known_grant(known, env);
    }
    if grant.origins.is_empty() {
        return Err("granted without an origin, so it is never sent".into());
    }
    let origins = grant
        .origins
        .iter()
        .map(|o| Origin::parse(o).map_err(|e| format!("granted origin is not usable: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let clean_header = header.trim().to_ascii_lowercase();
    if clean_header.is_empty() || !clean_header.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return Err(format!("its header {header:?} cannot carry a key"));
    }
    if prefix.chars().any(char::is_control) {
        return Err("its prefix holds control characters".into());
    }
    Ok(GrantedCredential { name: name.to_string(), header: clean_header, prefix: prefix.to_string(), origins })
}

/// A known credential, bound to its provider's origin (or the operator's base URL for it).
fn known_grant(known: &KnownCredential, env: &Environment) -> Result<GrantedCredential, String> {
    let base = env.get(known.base_url_setting).unwrap_or_else(|| known.default_base_url.to_string());
    let origin = Origin::parse(&base)
        .map_err(|e| format!("{} is not a usable URL ({e}), so {} is never sent", known.base_url_setting, known.name))?;
    Ok(GrantedCredential {
        name: known.name.to_string(),
        header: known.header.to_string(),
        prefix: known.prefix.to_string(),
        origins: vec![origin],
    })
}

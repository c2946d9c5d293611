//! Loading plugins: the bundled ones embedded in the binary, then every
//! `.wasm` in the plugins folder. Each is compiled (or loaded from the compile
//! cache), linked once into an `InstancePre` and asked to `describe` itself
//! with no network at all. Then `trust` decides: its grants (credentials bound
//! to origins, settings), whether its id and model keys are free, and whether a
//! dropped-in file is approved. A plugin that may not load is kept as a
//! [`Rejected`] entry with the reason, for the log and `storyloom plugins`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tokio::sync::Semaphore;
use wasmtime::Engine;
use wasmtime::component::Linker;

use super::bindings::{self, ContractVersion, VersionedPre, wit_types};
use super::call::{self, Answer, Call, CallState, NetAccess};
use super::compile_cache::{CacheOutcome, CompileCache};
use super::net::{AllowList, HttpGate, NetPolicy, Secrets};
use super::trust::{self, Approval, Claims, Grants, Labels, ResolvedSetting, Standing};
use crate::config::{CallLimits, Environment};

/// Where a plugin came from.
#[derive(Debug, Clone)]
pub enum PluginSource {
    Bundled(&'static str),
    File(PathBuf),
}

impl PluginSource {
    pub fn is_bundled(&self) -> bool {
        matches!(self, Self::Bundled(_))
    }
}

impl std::fmt::Display for PluginSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Bundled(name) => write!(f, "bundled:{name}"),
            Self::File(path) => write!(f, "{}", path.display()),
        }
    }
}

/// A plugin ready to be called.
pub struct LoadedPlugin {
    pub id: String,
    pub source: PluginSource,
    /// SHA-256 of the `.wasm` file, what an approval is tied to.
    pub sha256: String,
    pub info: wit_types::PluginInfo,
    /// The plugin's labels, cleaned and capped.
    pub labels: Labels,
    pub standing: Standing,
    pub grants: Grants,
    /// The origins it may reach, resolved from its host rules.
    pub hosts: Vec<String>,
    /// Linked once, in the contract version the file was built against.
    pub pre: VersionedPre,
    pub net: Arc<NetAccess>,
    pub cache: CacheOutcome,
    /// Its share of instance slots: one permit per call in flight.
    pub slots: Arc<Semaphore>,
}

impl LoadedPlugin {
    /// The contract version the plugin was built against.
    pub fn contract(&self) -> ContractVersion {
        self.pre.version()
    }

    /// Whether the plugin may offer its models (bundled, or approved as this exact file).
    pub fn offers_models(&self) -> bool {
        !matches!(self.standing, Standing::NotApproved { .. })
    }
}

/// A plugin file that was not loaded, and why.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Rejected {
    pub source: String,
    /// The id it described itself with, when it got that far.
    pub id: Option<String>,
    pub reason: String,
}

/// A WASM file to load, with where it came from.
pub struct PluginBytes {
    pub source: PluginSource,
    pub wasm: Vec<u8>,
}

/// The linker every plugin is pre-instantiated with: WASI p2 (as std needs it,
/// with nothing granted) plus the `http` and `logging` imports of every
/// contract version (see `bindings`).
pub fn linker(engine: &Engine) -> wasmtime::Result<Linker<CallState>> {
    bindings::linker(engine)
}

/// Every `.wasm` file directly in `dir`, sorted by name; a missing folder is empty.
pub fn read_plugin_dir(dir: &Path) -> Vec<PluginBytes> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            if err.kind() != std::io::ErrorKind::NotFound {
                tracing::warn!(dir = %dir.display(), "cannot read the plugins folder: {err}");
            }
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|ext| ext.eq_ignore_ascii_case("wasm")) && p.is_file())
        .collect();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| match std::fs::read(&path) {
            Ok(wasm) => Some(PluginBytes { source: PluginSource::File(path), wasm }),
            Err(err) => {
                tracing::warn!(path = %path.display(), "cannot read plugin: {err}");
                None
            }
        })
        .collect()
}

/// What loading needs besides the files.
pub struct LoadContext<'a> {
    pub engine: &'a Engine,
    pub linker: &'a Linker<CallState>,
    pub cache: &'a CompileCache,
    pub env: &'a Environment,
    pub approvals: &'a [Approval],
    pub describe_limits: CallLimits,
    pub gate: super::net::GateConfig,
    /// Instance slots each plugin may hold at once.
    pub slots_per_plugin: usize,
}

/// The outcome of loading every file.
pub struct Loaded {
    pub plugins: Vec<LoadedPlugin>,
    pub rejected: Vec<Rejected>,
    /// The operator's keys for every granted credential, for availability checks.
    pub secrets: Secrets,
}

/// A plugin that described itself and passed the trust checks, before its gate exists.
struct Admitted {
    source: PluginSource,
    sha256: String,
    info: wit_types::PluginInfo,
    standing: Standing,
    grants: Grants,
    hosts: Vec<String>,
    /// `hosts`, parsed once when the plugin is admitted.
    allow: AllowList,
    pre: VersionedPre,
    cache: CacheOutcome,
}

/// Load `files` in order: describe each, check it, grant it, and give each
/// a network policy on one gate that holds only granted keys.
pub async fn load_all(ctx: &LoadContext<'_>, files: Vec<PluginBytes>) -> anyhow::Result<Loaded> {
    // `describe` runs with no network and no keys at all.
    let describe_gate = HttpGate::new(ctx.gate.clone(), Secrets::default())?;
    let mut claims = Claims::default();
    let mut admitted = Vec::new();
    let mut rejected = Vec::new();
    for bytes in files {
        let source = bytes.source.to_string();
        let started = std::time::Instant::now();
        match admit(ctx, &describe_gate, &mut claims, bytes).await {
            Ok(plugin) => {
                tracing::info!(plugin = %plugin.info.id, %source, cache = ?plugin.cache, standing = ?plugin.standing,
                    ms = started.elapsed().as_millis() as u64, "plugin loaded");
                admitted.push(plugin);
            }
            Err((id, reason)) => {
                let reason = trust::labels::escape_for_terminal(&reason, 400);
                tracing::warn!(%source, id = id.as_deref().unwrap_or("-"), "plugin not loaded: {reason}");
                rejected.push(Rejected { source, id, reason });
            }
        }
    }

    let granted_names = admitted.iter().flat_map(|p| p.grants.credentials.iter().map(|c| c.name.clone()));
    let secrets = Secrets::from_pairs(granted_names.filter_map(|name| ctx.env.get(&name).map(|value| (name, value))));
    let gate = HttpGate::new(ctx.gate.clone(), secrets.clone())?;
    let plugins = admitted
        .into_iter()
        .map(|p| {
            let policy = NetPolicy { plugin_id: p.info.id.clone(), allow: p.allow, credentials: p.grants.credential_rules() };
            LoadedPlugin {
                id: p.info.id.clone(),
                labels: trust::shown_labels(&p.info, p.source.is_bundled()),
                source: p.source,
                sha256: p.sha256,
                standing: p.standing,
                grants: p.grants,
                hosts: p.hosts,
                net: Arc::new(NetAccess { gate: gate.clone(), policy }),
                info: p.info,
                pre: p.pre,
                cache: p.cache,
                slots: Arc::new(Semaphore::new(ctx.slots_per_plugin)),
            }
        })
        .collect();
    Ok(Loaded { plugins, rejected, secrets })
}

/// Describe one file and run every trust check; the error carries the id (if known) and the reason.
async fn admit(
    ctx: &LoadContext<'_>,
    describe_gate: &HttpGate,
    claims: &mut Claims,
    bytes: PluginBytes,
) -> Result<Admitted, (Option<String>, String)> {
    let sha256 = trust::file_hash(&bytes.wasm);
    let (info, pre, cache) = describe(ctx, describe_gate, &bytes).await.map_err(|e| (None, format!("{e:#}")))?;
    let id = Some(info.id.clone());
    validate(&info).map_err(|e| (id.clone(), format!("{e:#}")))?;
    let standing = if bytes.source.is_bundled() {
        Standing::Bundled
    } else {
        match ctx.approvals.iter().find(|a| a.plugin_id == info.id) {
            Some(a) if a.sha256 == sha256 => Standing::Approved,
            Some(_) => Standing::NotApproved { changed: true },
            None => Standing::NotApproved { changed: false },
        }
    };
    let approval = ctx.approvals.iter().find(|a| a.plugin_id == info.id && a.sha256 == sha256);
    let grants = trust::resolve(&info, standing, approval, ctx.env).map_err(|why| (id.clone(), why))?;
    let hosts = resolve_hosts(&info, &grants.settings).map_err(|e| (id.clone(), format!("{e:#}")))?;
    let allow = AllowList::new(&hosts).map_err(|e| (id.clone(), format!("a declared host is not usable: {e}")))?;
    claims.claim(&info, bytes.source.is_bundled(), &bytes.source.to_string()).map_err(|why| (id.clone(), why))?;
    Ok(Admitted { source: bytes.source, sha256, info, standing, grants, hosts, allow, pre, cache })
}

/// Compile, link and call `describe` (no network, no keys).
async fn describe(
    ctx: &LoadContext<'_>,
    gate: &HttpGate,
    bytes: &PluginBytes,
) -> anyhow::Result<(wit_types::PluginInfo, VersionedPre, CacheOutcome)> {
    let (component, cache) = ctx.cache.load(ctx.engine, &bytes.wasm).map_err(|e| {
        tracing::debug!(source = %bytes.source, "compile error: {e:#}");
        let detail = e.to_string();
        let first_line = detail.lines().next().unwrap_or("").trim_end_matches([':', ' ', '[', '=']);
        anyhow::anyhow!("this is not a WebAssembly component built for Storyloom ({first_line})")
    })?;
    let version = bindings::detect(ctx.engine, &component).map_err(anyhow::Error::msg)?;
    let instance_pre = ctx.linker.instantiate_pre(&component).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    let pre = VersionedPre::new(instance_pre, version)?;
    tracing::debug!(source = %bytes.source, contract = %pre.version(), "plugin contract version");
    let net = Arc::new(NetAccess {
        gate: gate.clone(),
        policy: NetPolicy { plugin_id: bytes.source.to_string(), allow: AllowList::default(), credentials: Vec::new() },
    });
    match call::invoke(ctx.engine, &pre, &net, ctx.describe_limits, Call::Describe).await? {
        Answer::Describe(info) => Ok((info, pre, cache)),
        _ => anyhow::bail!("describe returned the wrong answer"),
    }
}

/// The settings as the plugin receives them with every call.
pub fn call_settings(settings: &[ResolvedSetting]) -> Vec<wit_types::Setting> {
    settings.iter().map(|s| wit_types::Setting { name: s.name.clone(), value: s.value.clone() }).collect()
}

fn resolve_hosts(info: &wit_types::PluginInfo, settings: &[ResolvedSetting]) -> anyhow::Result<Vec<String>> {
    info.hosts
        .iter()
        .map(|rule| match rule {
            wit_types::HostRule::Origin(origin) => Ok(origin.clone()),
            wit_types::HostRule::FromSetting(name) => settings
                .iter()
                .find(|s| &s.name == name)
                .map(|s| s.value.clone())
                .ok_or_else(|| anyhow::anyhow!("host rule names setting {name:?}, which the plugin does not declare")),
        })
        .collect()
}

/// Reject answers the host could not use safely.
fn validate(info: &wit_types::PluginInfo) -> anyhow::Result<()> {
    let valid_id = |s: &str| !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    anyhow::ensure!(
        valid_id(&info.id),
        "plugin id `{}` must be 1-64 letters, digits, '-', '_' or '.'",
        trust::labels::escape_for_terminal(&info.id, 80)
    );
    anyhow::ensure!(info.models.len() <= 32, "it offers {} models; at most 32 are allowed", info.models.len());
    anyhow::ensure!(
        info.hosts.len() <= 16 && info.credentials.len() <= 8 && info.settings.len() <= 16,
        "it declares too many hosts, credentials or settings (at most 16, 8 and 16)"
    );
    for model in &info.models {
        anyhow::ensure!(
            valid_id(&model.key),
            "model key `{}` must be 1-64 letters, digits, '-', '_' or '.'",
            trust::labels::escape_for_terminal(&model.key, 80)
        );
        anyhow::ensure!(
            !trust::labels::clean_label(&model.display_name, trust::labels::MAX_DISPLAY_NAME).is_empty(),
            "model {} has no display name",
            model.key
        );
        if let Some(cred) = &model.credential {
            anyhow::ensure!(
                info.credentials.iter().any(|c| &c.name == cred),
                "model {} needs credential {}, which the plugin does not declare",
                model.key,
                trust::labels::escape_for_terminal(cred, 80)
            );
        }
    }
    for credential in &info.credentials {
        let valid = !credential.name.is_empty()
            && credential.name.len() <= 64
            && credential.name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        let name = trust::labels::escape_for_terminal(&credential.name, 80);
        anyhow::ensure!(valid, "credential name `{name}` must be 1-64 letters, digits or '_'");
        // A credential names an API key, never another environment variable (HOME, PATH, …).
        anyhow::ensure!(
            trust::looks_like_secret(&credential.name),
            "credential `{name}` does not name a key; credential names say what they hold (…_API_KEY, …_TOKEN, …_SECRET)"
        );
    }
    Ok(())
}

//! Loading plugins: the bundled ones embedded in the binary, then every
//! `.wasm` in the plugins folder on top. Each is compiled (or loaded from the
//! compile cache), linked once into an `InstancePre`, and asked to `describe`
//! itself; its answer is checked before any of its models is offered.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use wasmtime::Engine;
use wasmtime::component::{HasSelf, Linker};

use super::bindings::{Plugin, PluginPre, wit_types};
use super::call::{self, Answer, Call, CallState, NetAccess};
use super::compile_cache::{CacheOutcome, CompileCache};
use super::limits::CallLimits;
use super::net::{AllowList, CredentialRule, HttpGate, NetPolicy};

/// Where a plugin came from.
#[derive(Debug, Clone)]
pub enum PluginSource {
    Bundled(&'static str),
    File(PathBuf),
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
    pub version: String,
    pub source: PluginSource,
    pub info: wit_types::PluginInfo,
    pub pre: PluginPre<CallState>,
    pub net: Arc<NetAccess>,
    pub cache: CacheOutcome,
}

/// A WASM file to load, with where it came from.
pub struct PluginBytes {
    pub source: PluginSource,
    pub wasm: Vec<u8>,
}

/// The linker every plugin is pre-instantiated with: WASI p2 (as std needs it,
/// with nothing granted) plus our `http` and `logging` imports.
pub fn linker(engine: &Engine) -> wasmtime::Result<Linker<CallState>> {
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    Plugin::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state)?;
    Ok(linker)
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
        .filter(|p| p.extension().is_some_and(|ext| ext == "wasm") && p.is_file())
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

/// What `load_one` needs besides the bytes.
pub struct LoadContext<'a> {
    pub engine: &'a Engine,
    pub linker: &'a Linker<CallState>,
    pub cache: &'a CompileCache,
    pub gate: &'a HttpGate,
    pub env: &'a BTreeMap<String, String>,
    pub describe_limits: CallLimits,
}

/// Compile, link and describe one plugin.
pub async fn load_one(ctx: &LoadContext<'_>, bytes: PluginBytes) -> anyhow::Result<LoadedPlugin> {
    let (component, cache) = ctx.cache.load(ctx.engine, &bytes.wasm).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    let instance_pre = ctx.linker.instantiate_pre(&component).map_err(|e| anyhow::anyhow!("{e:#}"))?;
    let pre = PluginPre::new(instance_pre).map_err(|e| anyhow::anyhow!("not a Storyloom 0.1 plugin: {e:#}"))?;

    // Describe runs with no network at all: an empty allow-list.
    let describe_net = Arc::new(NetAccess {
        gate: ctx.gate.clone(),
        policy: NetPolicy { plugin_id: bytes.source.to_string(), allow: AllowList::new(Vec::<String>::new())?, credentials: Vec::new() },
    });
    let info = match call::invoke(ctx.engine, &pre, &describe_net, ctx.describe_limits, Call::Describe).await? {
        Answer::Describe(info) => info,
        _ => anyhow::bail!("describe returned the wrong answer"),
    };
    validate(&info)?;
    let policy = NetPolicy {
        plugin_id: info.id.clone(),
        allow: AllowList::new(resolve_hosts(&info, ctx.env)?)?,
        credentials: info
            .credentials
            .iter()
            .map(|c| CredentialRule { name: c.name.clone(), header: c.header.clone(), prefix: c.prefix.clone() })
            .collect(),
    };
    Ok(LoadedPlugin {
        id: info.id.clone(),
        version: info.version.clone(),
        source: bytes.source,
        net: Arc::new(NetAccess { gate: ctx.gate.clone(), policy }),
        info,
        pre,
        cache,
    })
}

/// The settings of a plugin as resolved for this server: env value or default.
pub fn resolve_settings(info: &wit_types::PluginInfo, env: &BTreeMap<String, String>) -> Vec<wit_types::Setting> {
    info.settings
        .iter()
        .map(|decl| wit_types::Setting {
            name: decl.name.clone(),
            value: env.get(&decl.name).filter(|v| !v.trim().is_empty()).cloned().unwrap_or_else(|| decl.default_value.clone()),
        })
        .collect()
}

fn resolve_hosts(info: &wit_types::PluginInfo, env: &BTreeMap<String, String>) -> anyhow::Result<Vec<String>> {
    let settings = resolve_settings(info, env);
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
    anyhow::ensure!(valid_id(&info.id), "plugin id {:?} must be 1-64 letters, digits, '-', '_' or '.'", info.id);
    for model in &info.models {
        anyhow::ensure!(valid_id(&model.key), "model key {:?} must be 1-64 letters, digits, '-', '_' or '.'", model.key);
        anyhow::ensure!(!model.display_name.trim().is_empty(), "model {} has no display name", model.key);
        if let Some(cred) = &model.credential {
            anyhow::ensure!(
                info.credentials.iter().any(|c| &c.name == cred),
                "model {} needs credential {cred}, which the plugin does not declare",
                model.key
            );
        }
    }
    Ok(())
}

//! The plugin host: every model (story text, images, later video) is a
//! sandboxed WASM component, called on a fresh instance per request.
//!
//! Layout: `engine` (wasmtime config + epoch ticker), `compile_cache`
//! (compiled artifacts on disk), `bindings` (the WIT contract, every
//! supported version: `v0_1`, `v0_2`), `registry`
//! (loading and describing plugins), `calls` (the host's own requests),
//! `video` (video calls and the download of a finished clip),
//! `trust` (grants, approvals, identity), `live` (the host in use, replaced on a change),
//! `call` (one sandboxed call), `limits` (CPU and memory budgets), `cpu` (CPU
//! time of a call, host work included), `budget` (fetches and log lines per
//! call), `net` (the checked HTTP import), `error`.

mod bindings;
mod budget;
mod call;
mod calls;
mod compile_cache;
mod cpu;
mod engine;
mod error;
mod limits;
mod live;
pub mod net;
mod registry;
pub mod retry;
pub mod trust;
mod video;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{Semaphore, SemaphorePermit};

pub use crate::config::{CallLimits, Environment, LimitsByKind, SlotLimits};
pub use bindings::ContractVersion;
pub use bindings::wit_types::{Media, Picture};
pub use calls::{PictureCall, SceneHints, StoryCall, Turn};
pub use compile_cache::CacheOutcome;
pub use error::{PluginError, ProviderFailure, busy_story_sentence, human_wait, waiting_for_parents};
pub use live::{FolderState, Plugins};
pub use registry::{PluginSource, Rejected};
pub use trust::{Approval, CredentialGrant, CredentialStatus, ResolvedSetting, Standing};
pub use video::{MAX_JOB_ID_BYTES, MAX_POLL_AFTER, MIN_POLL_AFTER, VideoCall, VideoLink, VideoProgress};

use bindings::wit_types;
use call::{Answer, Call};
use registry::{LoadContext, LoadedPlugin, PluginBytes};

/// Plugins compiled into the binary by `build.rs`.
const BUNDLED: &[(&str, &[u8])] = &[
    ("offline-story", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/offline_story.wasm"))),
    ("offline-picture", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/offline_picture.wasm"))),
    ("offline-video", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/offline_video.wasm"))),
    ("openai", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/openai.wasm"))),
    ("anthropic", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/anthropic.wasm"))),
    ("xai", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/xai.wasm"))),
    ("gemini", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/gemini.wasm"))),
];

/// What a model produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelKind {
    Story,
    Image,
    Video,
}

/// A model as the rest of the host sees it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct ModelEntry {
    pub key: String,
    /// Cleaned and length-capped.
    pub display_name: String,
    /// Cleaned; a dropped-in plugin's group also names the plugin.
    pub provider_group: String,
    pub kind: ModelKind,
    pub credential: Option<String>,
    /// False while its plugin is a dropped-in file the operator has not approved.
    pub approved: bool,
    /// True when the model is approved and needs no key, or its key is granted and set.
    pub available: bool,
    pub plugin_id: String,
    pub max_reference_images: u32,
    /// Position in load order (plugin, then the plugin's own model order): how pickers list models.
    pub order: usize,
}

/// How the host is set up.
#[derive(Debug, Clone)]
pub struct PluginHostConfig {
    /// Compiled artifacts go here (inside the data directory).
    pub cache_dir: PathBuf,
    /// `.wasm` files here are loaded on top of the bundled plugins.
    pub plugins_dir: Option<PathBuf>,
    /// Load the bundled plugins (off only in tests that want a bare host).
    pub bundled: bool,
    /// Extra plugin files to load (tests); treated as dropped in.
    pub extra_files: Vec<PathBuf>,
    pub limits: LimitsByKind,
    pub gate: net::GateConfig,
    /// The operator's environment: read only for granted credentials and settings.
    pub env: Environment,
    /// The operator's approvals of dropped-in plugin files (from the store).
    pub approvals: Vec<Approval>,
    pub slots: SlotLimits,
}

/// One plugin, as `storyloom plugins` lists it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PluginSummary {
    pub id: String,
    /// Cleaned and capped.
    pub version: String,
    pub source: String,
    pub bundled: bool,
    /// "bundled", "approved", "not approved" or "changed since it was approved".
    pub standing: &'static str,
    pub sha256: String,
    /// The plugin contract version the file was built against, e.g. "0.3.0".
    pub contract: &'static str,
    /// The origins it may reach.
    pub hosts: Vec<String>,
    pub credentials: Vec<CredentialStatus>,
    pub settings: Vec<ResolvedSetting>,
    /// Its model keys, in its own order (see [`PluginHost::model_entry`]).
    pub models: Vec<String>,
    pub from_cache: bool,
}

/// Loaded plugins and their models; cheap to share behind an `Arc`.
pub struct PluginHost {
    engine: wasmtime::Engine,
    plugins: Vec<Arc<LoadedPlugin>>,
    rejected: Vec<Rejected>,
    /// Model key → index into `plugins`, and the model's description.
    models: BTreeMap<String, (usize, ModelEntry)>,
    limits: LimitsByKind,
    /// Slots shared by every dropped-in plugin (each also has its own share).
    dropped_in_slots: Arc<Semaphore>,
}

impl PluginHost {
    /// Load the bundled plugins, then the plugins folder. A file that may not
    /// load is listed in [`PluginHost::rejected`] with the reason; the others keep working.
    pub async fn load(config: PluginHostConfig) -> anyhow::Result<Self> {
        let bundled_count = if config.bundled { BUNDLED.len() as u32 } else { 0 };
        // Every slot the semaphores can hand out, plus one for describing plugins at load.
        let pool = config.slots.per_plugin * bundled_count + config.slots.dropped_in_total + 1;
        let engine = engine::build(pool).map_err(|e| anyhow::anyhow!("wasmtime engine: {e:#}"))?;
        let linker = registry::linker(&engine).map_err(|e| anyhow::anyhow!("plugin linker: {e:#}"))?;
        let cache = compile_cache::CompileCache::new(config.cache_dir.clone(), &engine);

        let mut files: Vec<PluginBytes> = Vec::new();
        if config.bundled {
            files.extend(BUNDLED.iter().map(|(name, wasm)| PluginBytes { source: PluginSource::Bundled(name), wasm: wasm.to_vec() }));
        }
        if let Some(dir) = &config.plugins_dir {
            files.extend(registry::read_plugin_dir(dir));
        }
        for path in &config.extra_files {
            let wasm = std::fs::read(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            files.push(PluginBytes { source: PluginSource::File(path.clone()), wasm });
        }
        let ctx = LoadContext {
            engine: &engine,
            linker: &linker,
            cache: &cache,
            env: &config.env,
            approvals: &config.approvals,
            describe_limits: config.limits.describe,
            gate: config.gate.clone(),
            slots_per_plugin: config.slots.per_plugin as usize,
        };
        let loaded = registry::load_all(&ctx, files).await?;
        for plugin in loaded.plugins.iter().filter(|p| !p.offers_models()) {
            let what = if plugin.standing == (Standing::NotApproved { changed: true }) { "changed since it was approved" } else { "new" };
            tracing::warn!(
                plugin = %plugin.id,
                source = %plugin.source,
                "plugin {} is {what} and offers no model until the operator approves it: storyloom plugins approve {}",
                plugin.id,
                plugin.id
            );
        }

        let mut models = BTreeMap::new();
        for (index, plugin) in loaded.plugins.iter().enumerate() {
            for model in &plugin.info.models {
                let (display_name, provider_group) = plugin.labels.models.get(&model.key).cloned().unwrap_or_default();
                let approved = plugin.offers_models();
                let key_ready = |name: &String| plugin.grants.has_credential(name) && loaded.secrets.contains(name);
                let entry = ModelEntry {
                    key: model.key.clone(),
                    display_name,
                    provider_group,
                    kind: match model.kind {
                        wit_types::ModelKind::Story => ModelKind::Story,
                        wit_types::ModelKind::Image => ModelKind::Image,
                        wit_types::ModelKind::Video => ModelKind::Video,
                    },
                    credential: model.credential.clone(),
                    approved,
                    available: approved && model.credential.as_ref().is_none_or(key_ready),
                    plugin_id: plugin.id.clone(),
                    max_reference_images: model.capabilities.max_reference_images,
                    order: models.len(),
                };
                models.insert(model.key.clone(), (index, entry));
            }
        }
        Ok(Self {
            engine,
            plugins: loaded.plugins.into_iter().map(Arc::new).collect(),
            rejected: loaded.rejected,
            models,
            limits: config.limits,
            dropped_in_slots: Arc::new(Semaphore::new(config.slots.dropped_in_total as usize)),
        })
    }

    /// Every model a plugin offers (bundled or approved), available or not, sorted by key.
    pub fn models(&self) -> impl Iterator<Item = &ModelEntry> {
        self.models.values().map(|(_, entry)| entry).filter(|entry| entry.approved)
    }

    /// The offered model with this key.
    pub fn model(&self, key: &str) -> Option<&ModelEntry> {
        self.model_entry(key).filter(|entry| entry.approved)
    }

    /// The name a family knows an offered model by; the key itself for one no longer offered.
    pub fn display_name(&self, key: &str) -> String {
        self.model(key).map_or_else(|| key.to_string(), |m| m.display_name.clone())
    }

    /// Any loaded plugin's model with this key, approved or not (for listings).
    pub fn model_entry(&self, key: &str) -> Option<&ModelEntry> {
        self.models.get(key).map(|(_, entry)| entry)
    }

    /// The loaded plugins, in load order.
    pub fn plugins(&self) -> Vec<PluginSummary> {
        self.plugins
            .iter()
            .map(|p| PluginSummary {
                id: p.id.clone(),
                version: p.labels.version.clone(),
                source: p.source.to_string(),
                bundled: p.source.is_bundled(),
                standing: match p.standing {
                    Standing::Bundled => "bundled",
                    Standing::Approved => "approved",
                    Standing::NotApproved { changed: false } => "not approved",
                    Standing::NotApproved { changed: true } => "changed since it was approved",
                },
                sha256: p.sha256.clone(),
                contract: p.contract().as_str(),
                hosts: p.hosts.clone(),
                credentials: p.grants.credential_status.clone(),
                settings: p.grants.settings.clone(),
                models: p.info.models.iter().map(|m| m.key.clone()).collect(),
                from_cache: p.cache == CacheOutcome::Hit,
            })
            .collect()
    }

    /// Plugin files that were not loaded, with the reason.
    pub fn rejected(&self) -> &[Rejected] {
        &self.rejected
    }

    fn plugin_for(&self, key: &str, kind: ModelKind) -> Result<(&Arc<LoadedPlugin>, &ModelEntry), PluginError> {
        let (index, entry) = self.models.get(key).ok_or_else(|| PluginError::UnknownModel(key.to_string()))?;
        if entry.kind != kind {
            return Err(PluginError::UnknownModel(key.to_string()));
        }
        if !entry.approved {
            return Err(PluginError::NotApproved { model: entry.display_name.clone(), plugin: entry.plugin_id.clone() });
        }
        if !entry.available {
            return Err(PluginError::Unavailable {
                model: entry.display_name.clone(),
                credential: entry.credential.clone().unwrap_or_default(),
            });
        }
        let plugin = self.plugins.get(*index).ok_or_else(|| PluginError::UnknownModel(key.to_string()))?;
        Ok((plugin, entry))
    }

    /// Ask a story model for the next scene; returns its raw text.
    #[tracing::instrument(skip(self, call), fields(kind = "story", plugin))]
    pub async fn generate_story(&self, model: &str, call: StoryCall) -> Result<String, PluginError> {
        let (plugin, _) = self.plugin_for(model, ModelKind::Story)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        let req = call.into_wit(model, registry::call_settings(&plugin.grants.settings));
        let answer = self.traced(plugin, model, "story", self.limits.story, Call::Story(&req)).await?;
        match answer {
            Answer::Story(Ok(reply)) => Ok(reply.text),
            Answer::Story(Err(err)) => Err(guest_error(&plugin.id, err)),
            _ => Err(PluginError::Host("wrong answer kind".into())),
        }
    }

    /// Ask an image model for a picture: the media, and the plugin's own
    /// description of what it drew when it gave one (contract 0.3; older
    /// plugins' pictures have none). The description is plugin output, as
    /// it came: clean it before showing it (`jobs::worker` does).
    #[tracing::instrument(skip(self, call), fields(kind = "image", plugin))]
    pub async fn generate_image(&self, model: &str, call: PictureCall) -> Result<Picture, PluginError> {
        let (plugin, _) = self.plugin_for(model, ModelKind::Image)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        let req = call.into_wit(model, registry::call_settings(&plugin.grants.settings));
        let answer = self.traced(plugin, model, "image", self.limits.image, Call::Image(&req)).await?;
        match answer {
            Answer::Image(Ok(picture)) => Ok(picture),
            Answer::Image(Err(err)) => Err(guest_error(&plugin.id, err)),
            _ => Err(PluginError::Host("wrong answer kind".into())),
        }
    }

    /// Instantiate a plugin and call `describe` (a no-op for the benchmark).
    pub async fn describe_call(&self, plugin_id: &str) -> Result<(), PluginError> {
        let plugin = self.plugins.iter().find(|p| p.id == plugin_id).ok_or_else(|| PluginError::UnknownModel(plugin_id.to_string()))?;
        let _slots = self.slots(plugin).await?;
        call::invoke(&self.engine, &plugin.pre, &plugin.net, self.limits.describe, Call::Describe).await.map(|_| ())
    }

    /// The plugin's own slot, and for a dropped-in plugin one of the shared ones too.
    async fn slots<'a>(&'a self, plugin: &'a LoadedPlugin) -> Result<(SemaphorePermit<'a>, Option<SemaphorePermit<'a>>), PluginError> {
        let closed = |_| PluginError::Host("the plugin host is shutting down".into());
        let own = plugin.slots.acquire().await.map_err(closed)?;
        let shared = match plugin.source.is_bundled() {
            true => None,
            false => Some(self.dropped_in_slots.acquire().await.map_err(closed)?),
        };
        Ok((own, shared))
    }

    async fn traced(&self, plugin: &LoadedPlugin, model: &str, kind: &str, limits: CallLimits, c: Call<'_>) -> Result<Answer, PluginError> {
        let _slots = self.slots(plugin).await?;
        let started = Instant::now();
        let result = call::invoke(&self.engine, &plugin.pre, &plugin.net, limits, c).await;
        let ms = started.elapsed().as_millis() as u64;
        match &result {
            // The plugin's own message is cleaned and capped where it becomes a `PluginError`.
            Ok(Answer::Story(Err(_)) | Answer::Image(Err(_)) | Answer::Video(Err(_))) => {
                tracing::warn!(plugin = %plugin.id, model, kind, ms, outcome = "plugin-error", "plugin call")
            }
            Ok(_) => tracing::info!(plugin = %plugin.id, model, kind, ms, outcome = "ok", "plugin call"),
            Err(err) => tracing::warn!(plugin = %plugin.id, model, kind, ms, outcome = err.reason(), "plugin call failed: {err}"),
        }
        result
    }
}

/// The guest's own error, in the host's terms.
fn guest_error(plugin: &str, err: wit_types::PluginError) -> PluginError {
    use wit_types::PluginError as W;
    let (kind, message, retry_after) = match err {
        W::RateLimited(r) => (ProviderFailure::RateLimited, r.message, r.retry_after_ms.map(std::time::Duration::from_millis)),
        W::Transient(m) => (ProviderFailure::Transient, m, None),
        W::Unauthorized(m) => (ProviderFailure::Unauthorized, m, None),
        W::InvalidRequest(m) => (ProviderFailure::InvalidRequest, m, None),
        W::Refused(m) => (ProviderFailure::Refused, m, None),
        W::Unsupported(m) => (ProviderFailure::Unsupported, m, None),
        W::QuotaExceeded(m) => (ProviderFailure::QuotaExceeded, m, None),
    };
    let message = trust::labels::clean_label(&message, trust::labels::MAX_MESSAGE);
    PluginError::Provider { plugin: plugin.to_string(), kind, message, retry_after }
}

//! The plugin host: every model (story text, images, later video) is a
//! sandboxed WASM component, called on a fresh instance per request.
//!
//! Layout: `engine` (wasmtime config + epoch ticker), `compile_cache`
//! (compiled artifacts on disk), `bindings` (the WIT contract), `registry`
//! (loading and describing plugins), `call` (one sandboxed call), `limits`
//! (CPU and memory budgets), `net` (the checked HTTP import), `error`.

mod bindings;
mod call;
mod compile_cache;
mod engine;
mod error;
mod limits;
pub mod net;
mod registry;
pub mod retry;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

pub use bindings::wit_types::{ImageRequest, Media, Message, StoryHints, StoryRequest};
pub use compile_cache::CacheOutcome;
pub use error::{PluginError, ProviderFailure};
pub use limits::{CallLimits, LimitsByKind};
pub use registry::PluginSource;

use bindings::wit_types;
use call::{Answer, Call};
use registry::{LoadContext, LoadedPlugin, PluginBytes};

/// Plugins compiled into the binary by `build.rs`.
const BUNDLED: &[(&str, &[u8])] = &[
    ("offline-story", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/offline_story.wasm"))),
    ("offline-picture", include_bytes!(concat!(env!("OUT_DIR"), "/plugins/offline_picture.wasm"))),
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
    pub display_name: String,
    pub provider_group: String,
    pub kind: ModelKind,
    pub credential: Option<String>,
    /// True when the model needs no key or its key is set.
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
    /// Extra plugin files to load (tests).
    pub extra_files: Vec<PathBuf>,
    pub limits: LimitsByKind,
    pub gate: net::GateConfig,
    /// The operator's environment: API keys and plugin settings are read from it.
    pub env: BTreeMap<String, String>,
    /// Most plugin instances alive at once.
    pub max_instances: u32,
}

/// One loaded plugin, as listed by `storyloom plugins`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PluginSummary {
    pub id: String,
    pub version: String,
    pub source: String,
    pub models: Vec<String>,
    pub from_cache: bool,
}

/// Loaded plugins and their models; cheap to share behind an `Arc`.
pub struct PluginHost {
    engine: wasmtime::Engine,
    plugins: Vec<Arc<LoadedPlugin>>,
    /// Model key → index into `plugins`, and the model's description.
    models: BTreeMap<String, (usize, ModelEntry)>,
    limits: LimitsByKind,
    env: BTreeMap<String, String>,
    /// One permit per pooled instance slot: calls beyond the pool wait instead of failing.
    slots: Arc<tokio::sync::Semaphore>,
}

impl PluginHost {
    /// Load the bundled plugins, then the plugins folder. A broken file is
    /// skipped with a warning; the others keep working.
    pub async fn load(config: PluginHostConfig) -> anyhow::Result<Self> {
        let engine = engine::build(config.max_instances).map_err(|e| anyhow::anyhow!("wasmtime engine: {e:#}"))?;
        let linker = registry::linker(&engine).map_err(|e| anyhow::anyhow!("plugin linker: {e:#}"))?;
        let cache = compile_cache::CompileCache::new(config.cache_dir.clone(), &engine);
        let secrets = net::Secrets::from_pairs(config.env.iter().map(|(k, v)| (k.clone(), v.clone())));
        let gate = net::HttpGate::new(config.gate.clone(), secrets)?;
        let ctx = LoadContext { engine: &engine, linker: &linker, cache: &cache, gate: &gate, env: &config.env, describe_limits: config.limits.describe };

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

        let mut plugins: Vec<Arc<LoadedPlugin>> = Vec::new();
        for bytes in files {
            let source = bytes.source.to_string();
            let started = Instant::now();
            match registry::load_one(&ctx, bytes).await {
                Ok(plugin) => {
                    tracing::info!(plugin = %plugin.id, %source, cache = ?plugin.cache, ms = started.elapsed().as_millis() as u64, "plugin loaded");
                    // A dropped-in file with the id of an earlier plugin replaces it.
                    plugins.retain(|p| p.id != plugin.id);
                    plugins.push(Arc::new(plugin));
                }
                Err(err) => tracing::warn!(%source, "plugin not loaded: {err:#}"),
            }
        }

        let mut models = BTreeMap::new();
        for (index, plugin) in plugins.iter().enumerate() {
            for model in &plugin.info.models {
                if let Some((other, _)) = models.get(&model.key) {
                    let other: &usize = other;
                    tracing::warn!(model = %model.key, plugin = %plugin.id, "model key already offered by {}; ignored", plugins[*other].id);
                    continue;
                }
                let available = match &model.credential {
                    None => true,
                    Some(name) => config.env.get(name).is_some_and(|v| !v.trim().is_empty()),
                };
                let entry = ModelEntry {
                    key: model.key.clone(),
                    display_name: model.display_name.clone(),
                    provider_group: model.provider_group.clone(),
                    kind: match model.kind {
                        wit_types::ModelKind::Story => ModelKind::Story,
                        wit_types::ModelKind::Image => ModelKind::Image,
                        wit_types::ModelKind::Video => ModelKind::Video,
                    },
                    credential: model.credential.clone(),
                    available,
                    plugin_id: plugin.id.clone(),
                    max_reference_images: model.capabilities.max_reference_images,
                    order: models.len(),
                };
                models.insert(model.key.clone(), (index, entry));
            }
        }
        let slots = Arc::new(tokio::sync::Semaphore::new(config.max_instances as usize));
        Ok(Self { engine, plugins, models, limits: config.limits, env: config.env, slots })
    }

    /// Every model of every loaded plugin, available or not, sorted by key.
    pub fn models(&self) -> impl Iterator<Item = &ModelEntry> {
        self.models.values().map(|(_, entry)| entry)
    }

    /// The model with this key, if a plugin offers it.
    pub fn model(&self, key: &str) -> Option<&ModelEntry> {
        self.models.get(key).map(|(_, entry)| entry)
    }

    /// The loaded plugins, in load order.
    pub fn plugins(&self) -> Vec<PluginSummary> {
        self.plugins
            .iter()
            .map(|p| PluginSummary {
                id: p.id.clone(),
                version: p.version.clone(),
                source: p.source.to_string(),
                models: p.info.models.iter().map(|m| m.key.clone()).collect(),
                from_cache: p.cache == CacheOutcome::Hit,
            })
            .collect()
    }

    fn plugin_for(&self, key: &str, kind: ModelKind) -> Result<(&Arc<LoadedPlugin>, &ModelEntry), PluginError> {
        let (index, entry) = self.models.get(key).ok_or_else(|| PluginError::UnknownModel(key.to_string()))?;
        if entry.kind != kind {
            return Err(PluginError::UnknownModel(key.to_string()));
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
    #[tracing::instrument(skip(self, req), fields(kind = "story", plugin))]
    pub async fn generate_story(&self, model: &str, mut req: StoryRequest) -> Result<String, PluginError> {
        let (plugin, _) = self.plugin_for(model, ModelKind::Story)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        req.model = model.to_string();
        req.settings = registry::resolve_settings(&plugin.info, &self.env);
        let answer = self.traced(plugin, model, "story", self.limits.story, Call::Story(&req)).await?;
        match answer {
            Answer::Story(Ok(reply)) => Ok(reply.text),
            Answer::Story(Err(err)) => Err(guest_error(&plugin.id, err)),
            _ => Err(PluginError::Host("wrong answer kind".into())),
        }
    }

    /// Ask an image model for a picture.
    #[tracing::instrument(skip(self, req), fields(kind = "image", plugin))]
    pub async fn generate_image(&self, model: &str, mut req: ImageRequest) -> Result<Media, PluginError> {
        let (plugin, _) = self.plugin_for(model, ModelKind::Image)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        req.model = model.to_string();
        req.settings = registry::resolve_settings(&plugin.info, &self.env);
        let answer = self.traced(plugin, model, "image", self.limits.image, Call::Image(&req)).await?;
        match answer {
            Answer::Image(Ok(media)) => Ok(media),
            Answer::Image(Err(err)) => Err(guest_error(&plugin.id, err)),
            _ => Err(PluginError::Host("wrong answer kind".into())),
        }
    }

    /// Instantiate a plugin and call `describe` (a no-op for the benchmark).
    pub async fn describe_call(&self, plugin_id: &str) -> Result<(), PluginError> {
        let plugin = self.plugins.iter().find(|p| p.id == plugin_id).ok_or_else(|| PluginError::UnknownModel(plugin_id.to_string()))?;
        let _slot = self.slot().await?;
        call::invoke(&self.engine, &plugin.pre, &plugin.net, self.limits.describe, Call::Describe).await.map(|_| ())
    }

    async fn slot(&self) -> Result<tokio::sync::SemaphorePermit<'_>, PluginError> {
        self.slots.acquire().await.map_err(|_| PluginError::Host("the plugin host is shutting down".into()))
    }

    async fn traced(&self, plugin: &LoadedPlugin, model: &str, kind: &str, limits: CallLimits, c: Call<'_>) -> Result<Answer, PluginError> {
        let _slot = self.slot().await?;
        let started = Instant::now();
        let result = call::invoke(&self.engine, &plugin.pre, &plugin.net, limits, c).await;
        let ms = started.elapsed().as_millis() as u64;
        match &result {
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
    };
    let message: String = message.chars().take(1000).collect();
    PluginError::Provider { plugin: plugin.to_string(), kind, message, retry_after }
}

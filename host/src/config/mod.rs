//! Server configuration: where to listen, where data and plugins live, the
//! tiers, the operator's environment (API keys and plugin settings) and plugin limits.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

mod environment;
mod limits;

pub use environment::Environment;
pub use limits::{CallLimits, LimitsByKind, SlotLimits};

use crate::tier::{TierConfig, Tiers};

#[derive(Debug, Clone)]
pub struct Config {
    /// Holds `store.redb`, `media/<tier>/…` and the compiled-plugin cache.
    pub data_dir: PathBuf,
    /// `.wasm` files here are loaded on top of the bundled plugins.
    pub plugins_dir: Option<PathBuf>,
    /// More plugin files (tests and tinkering).
    pub extra_plugins: Vec<PathBuf>,
    pub tiers: Tiers,
    /// Where API keys and plugin settings come from; read only for granted names. Never logged.
    pub env: Environment,
    /// Private or loopback addresses plugins may reach (e.g. a local proxy, or test fakes).
    pub allow_private: Vec<IpAddr>,
    /// Where compiled plugins are cached; default `<data>/plugin-cache`.
    pub plugin_cache: Option<PathBuf>,
    /// Background jobs (pictures) run at once.
    pub job_concurrency: usize,
    pub limits: LimitsByKind,
    /// Plugin calls in flight, per plugin and for all dropped-in plugins together.
    pub slots: SlotLimits,
}

impl Config {
    /// Defaults for `data_dir`: built-in tiers, the process environment, two job workers.
    pub fn new(data_dir: PathBuf) -> anyhow::Result<Self> {
        Ok(Self {
            data_dir,
            plugins_dir: None,
            extra_plugins: Vec::new(),
            tiers: Tiers::with_builtin(Vec::new())?,
            env: Environment::process(),
            allow_private: Vec::new(),
            plugin_cache: None,
            job_concurrency: 2,
            limits: LimitsByKind::default(),
            slots: SlotLimits::default(),
        })
    }

    /// Add tiers from a JSON file (a list of tier objects); they may replace the built-in ones.
    pub fn load_tiers(&mut self, path: &Path) -> anyhow::Result<()> {
        let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("cannot read tiers file {}: {e}", path.display()))?;
        let extra: Vec<TierConfig> =
            serde_json::from_str(&text).map_err(|e| anyhow::anyhow!("tiers file {} is not valid: {e}", path.display()))?;
        self.tiers = Tiers::with_builtin(extra)?;
        Ok(())
    }

    pub fn store_path(&self) -> PathBuf {
        self.data_dir.join("store.redb")
    }

    pub fn cache_dir(&self) -> PathBuf {
        self.plugin_cache.clone().unwrap_or_else(|| self.data_dir.join("plugin-cache"))
    }
}

/// Where a server listens by default.
pub fn default_bind() -> SocketAddr {
    SocketAddr::from(([0, 0, 0, 0], 8080))
}

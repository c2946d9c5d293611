//! Server configuration: where to listen, where data and plugins live, the
//! tiers, the operator's environment (API keys and plugin settings) and plugin limits.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

mod environment;
mod host_names;
mod limits;

pub use environment::Environment;
pub use host_names::HostNames;
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
    /// Names the server answers to besides IP addresses and home-network names (`HostNames`).
    pub host_names: HostNames,
    /// Where compiled plugins are cached; default `<data>/plugin-cache`.
    pub plugin_cache: Option<PathBuf>,
    /// Background jobs (pictures) run at once.
    pub job_concurrency: usize,
    pub limits: LimitsByKind,
    /// Plugin calls in flight, per plugin and for all dropped-in plugins together.
    pub slots: SlotLimits,
    /// Longest wait between tries of a story call while the family waits. A
    /// provider asking for longer (`Retry-After`) ends the call at once with "busy".
    pub story_wait_cap: std::time::Duration,
    /// How long after its start a bedtime story's pages say it is time to
    /// finish (default `story::bedtime::WIND_DOWN`, 5 minutes).
    pub bedtime_wind_down: std::time::Duration,
    /// Longest wait of the picture jobs' own backoff. A provider's longer
    /// `Retry-After` is still waited in full, in the background.
    pub picture_wait_cap: std::time::Duration,
    /// How long a video provider may keep a clip before it is given up (from its acceptance).
    pub clip_poll_budget: std::time::Duration,
    /// Clips made at once (their own workers: clips never hold up pictures).
    pub clip_concurrency: usize,
    /// Load the bundled plugins (off only in tests that want only their own models).
    pub bundled_plugins: bool,
    /// The wait after the first wrong parent PIN past the free tries; it doubles with each more (`parent`).
    pub parent_first_wait: std::time::Duration,
    /// How often the plugins folder is checked for new, changed or removed files.
    pub plugin_watch_interval: std::time::Duration,
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
            host_names: HostNames::default(),
            plugin_cache: None,
            job_concurrency: 2,
            limits: LimitsByKind::default(),
            slots: SlotLimits::default(),
            story_wait_cap: std::time::Duration::from_secs(10),
            bedtime_wind_down: crate::story::bedtime::WIND_DOWN,
            picture_wait_cap: std::time::Duration::from_secs(30),
            clip_poll_budget: std::time::Duration::from_secs(10 * 60),
            clip_concurrency: 1,
            bundled_plugins: true,
            parent_first_wait: std::time::Duration::from_secs(1),
            plugin_watch_interval: std::time::Duration::from_secs(2),
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

//! The bundled plugins as the provider tests load them: the operator's
//! environment given as settings (the provider's base URL pointing at its
//! fake, its API key when the test sets one), loopback let through the HTTP
//! gate for the fake, and one compile cache for every host in the test binary.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::Path;
use std::sync::OnceLock;

use storyloom::plugin_host::{Environment, LimitsByKind, PluginHost, PluginHostConfig, SlotLimits, net::GateConfig};

/// `127.0.0.1`, where every fake listens.
pub fn localhost() -> IpAddr {
    IpAddr::from([127, 0, 0, 1])
}

/// One compile cache for every host in this binary (artifacts are written atomically).
pub fn cache_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap()).path()
}

/// A provider's settings: `url_var` = the fake's `base_url`, and `key_var` =
/// `key` when one is given (without it the provider's models stay hidden).
pub fn provider_env(url_var: &str, base_url: String, key_var: &str, key: Option<&str>) -> BTreeMap<String, String> {
    let mut env = BTreeMap::from([(url_var.to_string(), base_url)]);
    if let Some(key) = key {
        env.insert(key_var.to_string(), key.to_string());
    }
    env
}

/// The bundled plugins with `env` as the operator's whole environment.
pub async fn bundled_host(env: BTreeMap<String, String>) -> PluginHost {
    PluginHost::load(PluginHostConfig {
        cache_dir: cache_dir().to_path_buf(),
        plugins_dir: None,
        bundled: true,
        extra_files: Vec::new(),
        limits: LimitsByKind::default(),
        gate: GateConfig { allowed_private: vec![localhost()], ..GateConfig::default() },
        env: Environment::fixed(env),
        approvals: Vec::new(),
        slots: SlotLimits::default(),
    })
    .await
    .unwrap()
}

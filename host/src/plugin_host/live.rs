//! The plugins in use ([`Plugins`]): one loaded [`PluginHost`], replaced whole
//! when the plugins folder changes or the operator approves or disables a
//! plugin, without a restart. A call takes the host in use when it starts
//! ([`Plugins::now`]) and finishes on it even if a newer one replaces it
//! meanwhile; the old host is dropped with its last call.
//!
//! A reload loads every file again: compiled artifacts come from the compile
//! cache, so it costs about what a start-up does (a few hundred milliseconds).

use std::path::PathBuf;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::SystemTime;

use super::{Approval, PluginHost, PluginHostConfig};

/// What the plugins folder holds, as far as a reload is concerned: each
/// `.wasm` file's path, size and modification time, sorted by path.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FolderState(Vec<(PathBuf, u64, Option<SystemTime>)>);

impl FolderState {
    /// The state of `dir` now; a missing or unreadable folder is empty.
    pub fn read(dir: Option<&std::path::Path>) -> Self {
        let Some(entries) = dir.and_then(|dir| std::fs::read_dir(dir).ok()) else { return Self::default() };
        let mut files: Vec<(PathBuf, u64, Option<SystemTime>)> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|ext| ext.eq_ignore_ascii_case("wasm")))
            .filter_map(|e| {
                let meta = e.metadata().ok().filter(std::fs::Metadata::is_file)?;
                Some((e.path(), meta.len(), meta.modified().ok()))
            })
            .collect();
        files.sort();
        Self(files)
    }
}

struct Inner {
    current: RwLock<Arc<PluginHost>>,
    /// How the host in use was loaded (its approvals are replaced on reload); `None`: never reloaded.
    config: Option<PluginHostConfig>,
    /// The plugins folder as the host in use saw it.
    folder: RwLock<FolderState>,
    /// One reload at a time.
    reloading: tokio::sync::Mutex<()>,
}

/// The plugins in use; cheap to clone and share.
#[derive(Clone)]
pub struct Plugins(Arc<Inner>);

impl Plugins {
    /// `host`, loaded from `config`, which reloads rebuild from.
    pub fn new(host: PluginHost, config: PluginHostConfig) -> Self {
        let folder = FolderState::read(config.plugins_dir.as_deref());
        Self(Arc::new(Inner {
            current: RwLock::new(Arc::new(host)),
            config: Some(config),
            folder: RwLock::new(folder),
            reloading: tokio::sync::Mutex::new(()),
        }))
    }

    /// `host` for good: [`Plugins::reload`] keeps it (tests, benchmarks).
    pub fn fixed(host: PluginHost) -> Self {
        Self(Arc::new(Inner {
            current: RwLock::new(Arc::new(host)),
            config: None,
            folder: RwLock::new(FolderState::default()),
            reloading: tokio::sync::Mutex::new(()),
        }))
    }

    /// The host in use now.
    pub fn now(&self) -> Arc<PluginHost> {
        Arc::clone(&self.0.current.read().unwrap_or_else(PoisonError::into_inner))
    }

    /// The folder dropped-in plugins are loaded from, when there is one.
    pub fn folder(&self) -> Option<&std::path::Path> {
        self.0.config.as_ref()?.plugins_dir.as_deref()
    }

    /// Whether the plugins folder differs from what the host in use loaded.
    pub fn folder_changed(&self) -> bool {
        let Some(config) = &self.0.config else { return false };
        FolderState::read(config.plugins_dir.as_deref()) != *self.0.folder.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// Load every plugin again with `approvals` and put the new host in use.
    /// On failure the host in use stays.
    ///
    /// Errors: building the wasmtime engine or linker (never a plugin's fault:
    /// a plugin that fails to load is listed in [`PluginHost::rejected`]).
    pub async fn reload(&self, approvals: Vec<Approval>) -> anyhow::Result<()> {
        let Some(config) = &self.0.config else { return Ok(()) };
        let _one_at_a_time = self.0.reloading.lock().await;
        let folder = FolderState::read(config.plugins_dir.as_deref());
        let host = PluginHost::load(PluginHostConfig { approvals, ..config.clone() }).await?;
        tracing::info!(plugins = host.plugins().len(), not_loaded = host.rejected().len(), "plugins reloaded");
        *self.0.current.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(host);
        *self.0.folder.write().unwrap_or_else(PoisonError::into_inner) = folder;
        Ok(())
    }
}

//! Watching the plugins folder: every `interval` (2 s in the server) the
//! folder is compared with what the plugins in use loaded (names, sizes and
//! modification times of its `.wasm` files, one directory read); on a change
//! every plugin is loaded again with the stored approvals. A new file then
//! waits for a parent's approval, a changed one needs approving again, and a
//! removed one's models are no longer offered, all without a restart.

use std::time::Duration;

use crate::plugin_host::Plugins;
use crate::store::Store;

/// Watch until `stop` resolves.
pub async fn watch(plugins: Plugins, store: Store, interval: Duration, stop: impl Future<Output = ()>) {
    tokio::pin!(stop);
    let mut ticks = tokio::time::interval(interval);
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = &mut stop => return,
            _ = ticks.tick() => {}
        }
        let watched = plugins.clone();
        let changed = tokio::task::spawn_blocking(move || watched.folder_changed()).await.unwrap_or(false);
        if !changed {
            continue;
        }
        tracing::info!("the plugins folder changed: loading the plugins again");
        if let Err(err) = reload(&plugins, &store).await {
            tracing::error!("the plugins could not be loaded again; the ones in use stay: {err:#}");
        }
    }
}

/// Load every plugin again with the approvals stored now.
pub async fn reload(plugins: &Plugins, store: &Store) -> anyhow::Result<()> {
    plugins.reload(store.plugin_approvals().await?).await
}

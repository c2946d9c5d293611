//! Storyloom: a self-hosted family story server.
//!
//! Modules, in the order a request meets them:
//! - `routes`: HTTP only (axum): the tier's pages, the image-status API, media, the parent area.
//! - `parent`: the parent PIN (argon2id hash), parent sessions, the wait after wrong PINs.
//! - `tier`: the `/{tier}` extractor and per-tier settings.
//! - `views`: the page templates (Askama, compiled in) and their view models.
//! - `story`: the engine (start, choose, tree), prompt building, answer checking.
//! - `jobs`: durable background work (scene pictures) with bounded concurrency.
//! - `usage`: the usage ledger (every model call per day, tier and model) and the daily budgets of paid models.
//! - `plugin_host`: sandboxed WASM model plugins (wasmtime), including the checked HTTP import.
//! - `store`: redb tables for stories, scenes, media metadata and jobs.
//! - `blobs`: media files under `media/<tier>/`, written atomically.
//! - `cli`: the operator's commands (plugins: list, approve, revoke; parent: set-pin, reset-pin).
//!
//! `serve` runs the whole server on a listener until a shutdown future resolves.

pub mod blobs;
pub mod cli;
pub mod config;
pub mod error;
pub mod family;
pub mod jobs;
pub mod parent;
pub mod photos;
pub mod plugin_host;
pub mod routes;
pub mod seed;
pub mod state;
pub mod store;
pub mod story;
pub mod telemetry;
pub mod tier;
pub mod usage;
pub mod views;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

pub use config::Config;

use plugin_host::{Approval, PluginHost, PluginHostConfig, net::GateConfig};

/// Load the plugins of `config` (bundled, folder and extra files), with the
/// operator's `approvals` of dropped-in files (from the store).
pub async fn load_plugins(config: &Config, approvals: Vec<Approval>) -> anyhow::Result<PluginHost> {
    PluginHost::load(plugin_host_config(config, approvals)).await
}

/// How `config` loads the plugins, with the operator's `approvals`.
pub fn plugin_host_config(config: &Config, approvals: Vec<Approval>) -> PluginHostConfig {
    let gate = GateConfig { allowed_private: config.allow_private.clone(), ..GateConfig::default() };
    PluginHostConfig {
        cache_dir: config.cache_dir(),
        plugins_dir: config.plugins_dir.clone(),
        bundled: config.bundled_plugins,
        extra_files: config.extra_plugins.clone(),
        limits: config.limits,
        gate,
        env: config.env.clone(),
        approvals,
        slots: config.slots,
    }
}

/// Run the server on `listener` until `shutdown` resolves. Returns once the
/// store is closed, so another server may open the same data directory.
pub async fn serve(listener: TcpListener, config: Config, shutdown: impl Future<Output = ()> + Send + 'static) -> anyhow::Result<()> {
    std::fs::create_dir_all(&config.data_dir)
        .map_err(|e| anyhow::anyhow!("cannot create data directory {}: {e}", config.data_dir.display()))?;
    let store = store::Store::open(&config.store_path())?;
    // The configured tiers and those a parent added, one set every part of the server shares.
    let tiers = config.tiers.with_added(store.added_tiers().await?);
    let blobs = blobs::Blobs::new(config.data_dir.clone());
    let host_config = plugin_host_config(&config, store.plugin_approvals().await?);
    let plugins = plugin_host::Plugins::new(PluginHost::load(host_config.clone()).await?, host_config);

    // Start-up reads only unfinished jobs, never every story or file: files
    // no row points to are swept in the background once the server listens.
    let started = std::time::SystemTime::now();
    let recovery = store.recover_jobs().await?;
    let clip_recovery = store.recover_video_jobs().await?;
    tracing::info!(
        requeued = recovery.requeued,
        failed = recovery.failed,
        pending = recovery.pending.len(),
        clips_pending = clip_recovery.pending.len(),
        clips_resumed = clip_recovery.resumed,
        clips_failed = clip_recovery.failed,
        "store ready"
    );

    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let clip_ctx = jobs::ClipContext {
        store: store.clone(),
        blobs: blobs.clone(),
        plugins: plugins.clone(),
        tiers: tiers.clone(),
        max_backoff: config.picture_wait_cap,
        poll_budget: config.clip_poll_budget,
    };
    let mut clips_stop = stop_rx.clone();
    let (clips, clip_dispatcher) = jobs::start_clips(clip_ctx, config.clip_concurrency, async move {
        let _ = clips_stop.wait_for(|stop| *stop).await;
    });
    for id in clip_recovery.pending {
        clips.enqueue(id);
    }
    let worker_ctx = jobs::WorkerContext {
        store: store.clone(),
        blobs: blobs.clone(),
        plugins: plugins.clone(),
        tiers: tiers.clone(),
        max_backoff: config.picture_wait_cap,
        clips: clips.clone(),
    };
    let mut jobs_stop = stop_rx.clone();
    let (queue, dispatcher) = jobs::start(worker_ctx, config.job_concurrency, async move {
        let _ = jobs_stop.wait_for(|stop| *stop).await;
    });
    for id in recovery.pending {
        queue.enqueue(id);
    }

    let mut watch_stop = stop_rx.clone();
    let watcher = tokio::spawn(jobs::plugin_folder::watch(plugins.clone(), store.clone(), config.plugin_watch_interval, async move {
        let _ = watch_stop.wait_for(|stop| *stop).await;
    }));

    let closing = store.clone();
    let (store_for_sweep, blobs_for_sweep) = (store.clone(), blobs.clone());
    let state = state::AppState {
        tiers: tiers.clone(),
        engine: story::StoryEngine::new(store.clone(), plugins.clone(), queue, clips, config.story_wait_cap)
            .with_wind_down(config.bedtime_wind_down),
        parent: parent::ParentGate::new(store.clone(), config.parent_first_wait),
        plugins,
        store,
        blobs,
        views: Arc::new(views::Views::new()?),
        host_names: config.host_names.clone(),
    };
    let app = routes::router(state);
    tracing::info!(addr = %listener.local_addr()?, data = %config.data_dir.display(), "Storyloom is listening");
    let mut http_stop = stop_rx;
    // The peer address picks whose wrong parent PINs are counted (`parent`).
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    // TCP_NODELAY: a streamed answer (a picture, a clip) goes out at once,
    // not held back waiting for the browser's delayed acknowledgement.
    let listener = axum::serve::ListenerExt::tap_io(listener, |stream: &mut tokio::net::TcpStream| {
        if let Err(err) = stream.set_nodelay(true) {
            tracing::debug!("could not set TCP_NODELAY on a connection: {err}");
        }
    });
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        let _ = http_stop.wait_for(|stop| *stop).await;
    });
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
    });
    tokio::spawn(upkeep(store_for_sweep, blobs_for_sweep, started));
    let result = server.await;
    if let Err(err) = dispatcher.await {
        tracing::warn!("job dispatcher ended badly: {err}");
    }
    if let Err(err) = clip_dispatcher.await {
        tracing::warn!("clip dispatcher ended badly: {err}");
    }
    if let Err(err) = watcher.await {
        tracing::warn!("plugin folder watcher ended badly: {err}");
    }
    // Return only once the store is closed, so a restart in this process can open it.
    closing.close(Duration::from_secs(10)).await;
    result.map_err(|e| anyhow::anyhow!("server error: {e}"))
}

/// In the background after start-up, while the server answers: give every
/// finished story of an older store its gallery card (once per store), then
/// remove the files no row points to that were last written before the
/// server `started` (a crash's half-written files, a deleted story's
/// leftovers; a file written since is kept).
async fn upkeep(store: store::Store, blobs: blobs::Blobs, started: std::time::SystemTime) {
    match store.fill_missing_cards().await {
        Ok(0) => {}
        Ok(cards) => tracing::info!(cards, "gallery cards written for stories from before cards were kept"),
        Err(err) => tracing::error!("writing the missing gallery cards stopped: {err}"),
    }
    match blobs::sweep_with_store(store, blobs, Some(started)).await {
        Ok((files, bytes)) => tracing::info!(orphans_removed = files, bytes, "orphan sweep done"),
        Err(err) => tracing::error!("the orphan sweep stopped: {err}"),
    }
}

//! One plugin call: a fresh store and instance from the plugin's pre-linked
//! `InstancePre`, CPU and memory limits, a wall-clock timeout, and the
//! translation of whatever went wrong into a `PluginError`.
//!
//! The CPU budget is counted in epoch ticks by a deadline callback that yields
//! to tokio at every tick, so a spinning guest never blocks a worker thread and
//! the wall-clock timeout can always fire.

use std::sync::Arc;
use std::time::Instant;

use wasmtime::component::ResourceTable;
use wasmtime::{Engine, Store, Trap, UpdateDeadline};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use super::bindings::{PluginPre, wit_http, wit_logging, wit_types};
use super::error::PluginError;
use super::limits::{CallLimits, CpuDeadlineExceeded, Limiter, MemoryLimitExceeded};
use super::net::{self, HttpGate, NetPolicy};

/// A request to a plugin.
pub enum Call<'a> {
    Describe,
    Story(&'a wit_types::StoryRequest),
    Image(&'a wit_types::ImageRequest),
}

/// A plugin's answer, before the guest's own error is interpreted.
pub enum Answer {
    Describe(wit_types::PluginInfo),
    Story(Result<wit_types::StoryReply, wit_types::PluginError>),
    Image(Result<wit_types::Media, wit_types::PluginError>),
}

/// What a call needs to reach the network.
pub struct NetAccess {
    pub gate: HttpGate,
    pub policy: NetPolicy,
}

/// Everything a store holds during one call; dropped with the instance.
pub struct CallState {
    wasi: WasiCtx,
    table: ResourceTable,
    limiter: Limiter,
    net: Arc<NetAccess>,
    /// Ticks of CPU time the guest has left.
    ticks_left: u64,
    /// Network requests the host refused during this call (origin and reason).
    refusals: Vec<(String, net::GateError)>,
}

impl WasiView for CallState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl wit_types::Host for CallState {}

impl wit_logging::Host for CallState {
    async fn log(&mut self, level: wit_logging::Level, message: String) -> wasmtime::Result<()> {
        let plugin = self.net.policy.plugin_id.as_str();
        let message: String = message.chars().take(2000).collect();
        match level {
            wit_logging::Level::Trace => tracing::trace!(plugin, "{message}"),
            wit_logging::Level::Debug => tracing::debug!(plugin, "{message}"),
            wit_logging::Level::Info => tracing::info!(plugin, "{message}"),
            wit_logging::Level::Warn => tracing::warn!(plugin, "{message}"),
            wit_logging::Level::Error => tracing::error!(plugin, "{message}"),
        }
        Ok(())
    }
}

impl wit_http::Host for CallState {
    async fn fetch(
        &mut self,
        req: wit_http::Request,
    ) -> wasmtime::Result<Result<wit_http::Response, wit_http::HttpError>> {
        let url = req.url.clone();
        let out = net::OutRequest {
            method: match req.method {
                wit_http::Method::Get => net::Method::Get,
                wit_http::Method::Post => net::Method::Post,
                wit_http::Method::Put => net::Method::Put,
                wit_http::Method::Patch => net::Method::Patch,
                wit_http::Method::Delete => net::Method::Delete,
                wit_http::Method::Head => net::Method::Head,
            },
            url: req.url,
            headers: req.headers,
            body: req.body,
            credential: req.credential,
            timeout_ms: req.timeout_ms,
        };
        let net = Arc::clone(&self.net);
        match net.gate.fetch(&net.policy, out).await {
            Ok(resp) => Ok(Ok(wit_http::Response {
                status: resp.status,
                headers: resp.headers,
                body: resp.body,
                truncated: resp.truncated,
            })),
            Err(err) => {
                let wit_err = match &err {
                    net::GateError::HostNotDeclared(m) => wit_http::HttpError::HostNotDeclared(m.clone()),
                    net::GateError::DestinationProhibited(m) => wit_http::HttpError::DestinationProhibited(m.clone()),
                    net::GateError::CredentialUnavailable(m) => wit_http::HttpError::CredentialUnavailable(m.clone()),
                    net::GateError::InvalidRequest(m) => wit_http::HttpError::InvalidRequest(m.clone()),
                    net::GateError::Timeout(m) => wit_http::HttpError::Timeout(m.clone()),
                    net::GateError::Transport(m) => wit_http::HttpError::Transport(m.clone()),
                };
                if matches!(err, net::GateError::HostNotDeclared(_) | net::GateError::DestinationProhibited(_)) {
                    self.refusals.push((origin_of(&url), err));
                }
                Ok(Err(wit_err))
            }
        }
    }
}

/// `scheme://host:port` of a URL, or the text itself when it does not parse.
fn origin_of(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(u) => u.origin().ascii_serialization(),
        Err(_) => url.chars().take(200).collect(),
    }
}

/// Run one call on a fresh instance under `limits`.
pub async fn invoke(
    engine: &Engine,
    pre: &PluginPre<CallState>,
    net: &Arc<NetAccess>,
    limits: CallLimits,
    call: Call<'_>,
) -> Result<Answer, PluginError> {
    let plugin = net.policy.plugin_id.clone();
    let started = Instant::now();
    let run = run_in_fresh_store(engine, pre, net, limits, call);
    let outcome = match tokio::time::timeout(limits.wall, run).await {
        Ok(outcome) => outcome,
        Err(_) => Err(PluginError::Timeout { plugin: plugin.clone(), limit: limits.wall }),
    };
    tracing::debug!(plugin, elapsed_ms = started.elapsed().as_millis() as u64, ok = outcome.is_ok(), "plugin instance call");
    outcome
}

async fn run_in_fresh_store(
    engine: &Engine,
    pre: &PluginPre<CallState>,
    net: &Arc<NetAccess>,
    limits: CallLimits,
    call: Call<'_>,
) -> Result<Answer, PluginError> {
    let wasi = WasiCtx::builder().allow_tcp(false).allow_udp(false).allow_ip_name_lookup(false).build();
    let state = CallState {
        wasi,
        table: ResourceTable::new(),
        limiter: Limiter { memory_bytes: limits.memory_bytes },
        net: Arc::clone(net),
        ticks_left: limits.cpu_ticks(),
        refusals: Vec::new(),
    };
    let mut store = Store::new(engine, state);
    store.limiter(|state| &mut state.limiter);
    let cpu_limit = limits.cpu;
    store.epoch_deadline_callback(move |mut ctx| {
        let state = ctx.data_mut();
        if state.ticks_left == 0 {
            return Err(CpuDeadlineExceeded { limit: cpu_limit }.into());
        }
        state.ticks_left -= 1;
        Ok(UpdateDeadline::Yield(1))
    });
    store.set_epoch_deadline(1);

    let result = async {
        let instance = pre.instantiate_async(&mut store).await?;
        Ok::<_, wasmtime::Error>(match call {
            Call::Describe => Answer::Describe(instance.call_describe(&mut store).await?),
            Call::Story(req) => Answer::Story(instance.call_generate_story(&mut store, req).await?),
            Call::Image(req) => Answer::Image(instance.call_generate_image(&mut store, req).await?),
        })
    }
    .await;

    let plugin = net.policy.plugin_id.clone();
    let refused = store.data().refusals.first().map(|(origin, _)| origin.clone());
    match result {
        Ok(answer) => {
            let guest_failed = match &answer {
                Answer::Describe(_) => false,
                Answer::Story(r) => r.is_err(),
                Answer::Image(r) => r.is_err(),
            };
            match refused {
                Some(origin) if guest_failed => Err(PluginError::HostNotDeclared { plugin, origin }),
                _ => Ok(answer),
            }
        }
        Err(err) => Err(classify(plugin, limits, refused, &err)),
    }
}

/// Turn a wasmtime error into the limit or failure that caused it.
fn classify(plugin: String, limits: CallLimits, refused: Option<String>, err: &wasmtime::Error) -> PluginError {
    if err.downcast_ref::<CpuDeadlineExceeded>().is_some() {
        return PluginError::CpuDeadline { plugin, limit: limits.cpu };
    }
    if err.downcast_ref::<MemoryLimitExceeded>().is_some() {
        return PluginError::Memory { plugin, limit_mib: limits.memory_bytes / (1024 * 1024) };
    }
    if let Some(origin) = refused {
        return PluginError::HostNotDeclared { plugin, origin };
    }
    let message = match err.downcast_ref::<Trap>() {
        Some(trap) => format!("{trap}"),
        None => format!("{err:#}"),
    };
    // Keep only the first line: backtraces are for the log, not for a parent.
    tracing::warn!(plugin, "plugin trapped: {err:#}");
    let first_line = message.lines().next().unwrap_or("trap").chars().take(300).collect();
    PluginError::Trap { plugin, message: first_line }
}

//! One plugin call: a fresh store and instance from the plugin's pre-linked
//! `InstancePre`, CPU and memory limits, a wall-clock timeout, the host
//! imports (`http.fetch`, `logging.log`) under the call's [`CallBudget`], and
//! the translation of whatever went wrong into a `PluginError`.
//!
//! The CPU budget covers the guest's wasm and the host work it causes (see
//! [`CpuMeter`]). It is checked by an epoch deadline callback that yields to
//! tokio at every tick, so a spinning guest never blocks a worker thread and
//! the wall-clock timeout can always fire, and again at every host import.

use std::sync::Arc;
use std::time::{Duration, Instant};

use wasmtime::component::ResourceTable;
use wasmtime::{Engine, Store, Trap, UpdateDeadline};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

use super::bindings::{self, VersionedPre, wit_http, wit_logging, wit_types};
use super::budget::{CallBudget, LogDecision, MAX_FETCHES_PER_CALL, MAX_LOG_BYTES_PER_CALL, MAX_LOG_LINES_PER_CALL, Refusal, RefusalKind};
use super::cpu::{CpuMeter, Metered};
use super::error::PluginError;
use super::limits::{CpuDeadlineExceeded, Limiter, MemoryLimitExceeded};
use super::net::{self, HttpGate, NetPolicy};
use crate::config::CallLimits;

/// A request to a plugin.
pub enum Call<'a> {
    Describe,
    Story(&'a wit_types::StoryRequest),
    Image(&'a wit_types::ImageRequest),
    SubmitVideo(&'a wit_types::VideoRequest),
    PollVideo(&'a wit_types::VideoPoll),
}

/// A plugin's answer, before the guest's own error is interpreted.
pub enum Answer {
    Describe(wit_types::PluginInfo),
    Story(Result<wit_types::StoryReply, wit_types::PluginError>),
    Image(Result<wit_types::Picture, wit_types::PluginError>),
    /// `submit-video` or `poll-video`.
    Video(Result<wit_types::VideoStatus, wit_types::PluginError>),
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
    /// CPU time of this call so far, guest and host work together.
    cpu: Arc<CpuMeter>,
    cpu_limit: Duration,
    /// Fetches, refused fetches and log lines of this call.
    budget: CallBudget,
}

impl CallState {
    /// Stop the call once its CPU time, host work included, is used up.
    fn check_cpu(&self) -> wasmtime::Result<()> {
        if self.cpu.used() >= self.cpu_limit {
            return Err(CpuDeadlineExceeded { limit: self.cpu_limit }.into());
        }
        Ok(())
    }
}

impl WasiView for CallState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView { ctx: &mut self.wasi, table: &mut self.table }
    }
}

impl wit_types::Host for CallState {}

impl wit_logging::Host for CallState {
    async fn log(&mut self, level: wit_logging::Level, message: String) -> wasmtime::Result<()> {
        self.check_cpu()?;
        let plugin = self.net.policy.plugin_id.as_str();
        let message = match self.budget.log_line(&message) {
            LogDecision::Write(text) => text,
            LogDecision::LimitReached => {
                tracing::warn!(
                    plugin,
                    "log limit reached ({MAX_LOG_LINES_PER_CALL} lines or {MAX_LOG_BYTES_PER_CALL} bytes per call); \
                     the rest of this call's log lines are dropped"
                );
                return Ok(());
            }
            LogDecision::Drop => return Ok(()),
        };
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
    async fn fetch(&mut self, req: wit_http::Request) -> wasmtime::Result<Result<wit_http::Response, wit_http::HttpError>> {
        self.check_cpu()?;
        let plugin = self.net.policy.plugin_id.clone();
        if let Err(first) = self.budget.take_fetch() {
            if first {
                tracing::warn!(plugin, "fetch limit reached ({MAX_FETCHES_PER_CALL} per call); further requests are refused unsent");
            }
            return Ok(Err(wit_http::HttpError::InvalidRequest(format!(
                "plugin `{plugin}` made more than {MAX_FETCHES_PER_CALL} requests in one call; nothing was sent"
            ))));
        }
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
        let (result, last_origin) = net.gate.fetch_traced(&net.policy, out).await;
        match result {
            Ok(resp) => {
                Ok(Ok(wit_http::Response { status: resp.status, headers: resp.headers, body: resp.body, truncated: resp.truncated }))
            }
            Err(err) => {
                let wit_err = match &err {
                    net::GateError::HostNotDeclared(m) => wit_http::HttpError::HostNotDeclared(m.clone()),
                    net::GateError::DestinationProhibited(m) => wit_http::HttpError::DestinationProhibited(m.clone()),
                    net::GateError::CredentialUnavailable(m) => wit_http::HttpError::CredentialUnavailable(m.clone()),
                    net::GateError::InvalidRequest(m) => wit_http::HttpError::InvalidRequest(m.clone()),
                    net::GateError::Timeout(m) => wit_http::HttpError::Timeout(m.clone()),
                    net::GateError::Transport(m) => wit_http::HttpError::Transport(m.clone()),
                };
                // Where it was refused: a redirect's target, not the declared origin that sent it.
                let origin = || last_origin.clone().unwrap_or_else(|| origin_of(&url));
                match err {
                    net::GateError::HostNotDeclared(_) => self.budget.note_refusal(RefusalKind::HostNotDeclared, &origin()),
                    net::GateError::DestinationProhibited(_) => self.budget.note_refusal(RefusalKind::DestinationProhibited, &origin()),
                    _ => {}
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
        Err(_) => url.chars().take(120).collect(),
    }
}

/// Run one call on a fresh instance under `limits`.
pub async fn invoke(
    engine: &Engine,
    pre: &VersionedPre,
    net: &Arc<NetAccess>,
    limits: CallLimits,
    call: Call<'_>,
) -> Result<Answer, PluginError> {
    let plugin = net.policy.plugin_id.clone();
    let started = Instant::now();
    let cpu = Arc::new(CpuMeter::default());
    let run = Metered::new(run_in_fresh_store(engine, pre, net, limits, call, Arc::clone(&cpu)), Arc::clone(&cpu));
    let outcome = match tokio::time::timeout(limits.wall, run).await {
        Ok(outcome) => outcome,
        Err(_) => Err(PluginError::Timeout { plugin: plugin.clone(), limit: limits.wall }),
    };
    tracing::debug!(
        plugin,
        elapsed_ms = started.elapsed().as_millis() as u64,
        cpu_ms = cpu.used().as_millis() as u64,
        ok = outcome.is_ok(),
        "plugin instance call"
    );
    outcome
}

async fn run_in_fresh_store(
    engine: &Engine,
    pre: &VersionedPre,
    net: &Arc<NetAccess>,
    limits: CallLimits,
    call: Call<'_>,
    cpu: Arc<CpuMeter>,
) -> Result<Answer, PluginError> {
    let wasi = WasiCtx::builder().allow_tcp(false).allow_udp(false).allow_ip_name_lookup(false).build();
    let state = CallState {
        wasi,
        table: ResourceTable::new(),
        limiter: Limiter { memory_bytes: limits.memory_bytes },
        net: Arc::clone(net),
        cpu,
        cpu_limit: limits.cpu,
        budget: CallBudget::default(),
    };
    let mut store = Store::new(engine, state);
    store.limiter(|state| &mut state.limiter);
    store.epoch_deadline_callback(|ctx| {
        ctx.data().check_cpu()?;
        Ok(UpdateDeadline::Yield(1))
    });
    store.set_epoch_deadline(1);

    let result = bindings::run(pre, &mut store, call).await;

    let plugin = net.policy.plugin_id.clone();
    let budget = &store.data().budget;
    let refused = budget.first_refusal().cloned();
    let (fetches, refused_fetches) = budget.fetch_counts();
    tracing::debug!(plugin = %net.policy.plugin_id, fetches, refused_fetches, "plugin call host work");
    match result {
        Ok(answer) => {
            let guest_failed = match &answer {
                Answer::Describe(_) => false,
                Answer::Story(r) => r.is_err(),
                Answer::Image(r) => r.is_err(),
                Answer::Video(r) => r.is_err(),
            };
            match refused {
                Some(refusal) if guest_failed => Err(refused_error(plugin, refusal)),
                _ => Ok(answer),
            }
        }
        Err(err) => Err(classify(plugin, limits, refused, &err)),
    }
}

/// The error a call failed with when the host refused one of its fetches.
fn refused_error(plugin: String, refusal: Refusal) -> PluginError {
    match refusal.kind {
        RefusalKind::HostNotDeclared => PluginError::HostNotDeclared { plugin, origin: refusal.origin },
        RefusalKind::DestinationProhibited => PluginError::DestinationProhibited { plugin, origin: refusal.origin },
    }
}

/// Turn a wasmtime error into the limit or failure that caused it.
fn classify(plugin: String, limits: CallLimits, refused: Option<Refusal>, err: &wasmtime::Error) -> PluginError {
    if err.downcast_ref::<CpuDeadlineExceeded>().is_some() {
        return PluginError::CpuDeadline { plugin, limit: limits.cpu };
    }
    if err.downcast_ref::<MemoryLimitExceeded>().is_some() {
        return PluginError::Memory { plugin, limit_mib: limits.memory_bytes / (1024 * 1024) };
    }
    if let Some(refusal) = refused {
        return refused_error(plugin, refusal);
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

//! `PluginError`: why a plugin call failed, in words a parent can read, with
//! the limit or provider answer that stopped it.

use std::time::Duration;

/// Why a plugin call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PluginError {
    #[error("plugin {plugin} ran too long and was stopped (CPU limit {limit:?})")]
    CpuDeadline { plugin: String, limit: Duration },
    #[error("plugin {plugin} used too much memory and was stopped (limit {limit_mib} MiB)")]
    Memory { plugin: String, limit_mib: usize },
    #[error("plugin {plugin} did not finish within {limit:?}")]
    Timeout { plugin: String, limit: Duration },
    #[error("plugin {plugin} tried to reach {origin}, which it did not declare; nothing was sent there")]
    HostNotDeclared { plugin: String, origin: String },
    #[error(
        "plugin {plugin} may not reach {origin}: it is a private or local address; if it is your own service, \
         the operator can allow it with --allow-private"
    )]
    DestinationProhibited { plugin: String, origin: String },
    #[error("plugin {plugin} crashed: {message}")]
    Trap { plugin: String, message: String },
    #[error("{message}")]
    Provider { plugin: String, kind: ProviderFailure, message: String, retry_after: Option<Duration> },
    /// `plugin` names the model or plugin as the family knows it (e.g. "GPT Image 1").
    #[error("{plugin} returned something unusable: {message}")]
    BadOutput { plugin: String, message: String },
    #[error("no model called {0:?} is installed")]
    UnknownModel(String),
    #[error("{model} needs {credential}, which is not set on this server")]
    Unavailable { model: String, credential: String },
    #[error("{model} comes from the plugin {plugin}, which is waiting for the operator's approval")]
    NotApproved { model: String, plugin: String },
    #[error("the plugin host failed: {0}")]
    Host(String),
}

/// The kinds of failure a plugin reports for its provider (the WIT `plugin-error`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProviderFailure {
    RateLimited,
    Transient,
    Unauthorized,
    InvalidRequest,
    Refused,
    Unsupported,
}

impl PluginError {
    /// Whether trying the same call again later may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Provider { kind, .. } => matches!(kind, ProviderFailure::RateLimited | ProviderFailure::Transient),
            Self::Timeout { .. } => true,
            _ => false,
        }
    }

    /// How long the provider asked us to wait before retrying, if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::Provider { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    /// Which limit or failure stopped the call, as a short stable word for logs and tests.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::CpuDeadline { .. } => "cpu-deadline",
            Self::Memory { .. } => "memory",
            Self::Timeout { .. } => "timeout",
            Self::HostNotDeclared { .. } => "host-not-declared",
            Self::DestinationProhibited { .. } => "destination-prohibited",
            Self::Trap { .. } => "trap",
            Self::Provider { .. } => "provider",
            Self::BadOutput { .. } => "bad-output",
            Self::UnknownModel(_) => "unknown-model",
            Self::Unavailable { .. } => "unavailable",
            Self::NotApproved { .. } => "not-approved",
            Self::Host(_) => "host",
        }
    }
}

//! [`HttpGate::download`]: a fetch whose answer goes to a file, not to a
//! plugin. It makes every check [`HttpGate::fetch`] makes (declared origin,
//! private addresses, every redirect re-checked, the credential only on an
//! origin it is bound to and never after a redirect to another), then streams
//! a 2xx body to the caller's writer chunk by chunk, stopping at a byte cap.
//! The host uses it for a video provider's finished clip, so a clip never
//! passes through guest memory.

use std::time::{Duration, Instant};

use reqwest::Response;
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::gate::{Checked, HttpGate, timed_out};
use super::hops::{CallTrace, send_error};
use super::origin::Origin;
use super::types::{GateError, NetPolicy, OutRequest};

/// What a download wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Downloaded {
    /// The final answer's status (always 2xx).
    pub status: u16,
    /// Bytes written to the writer.
    pub bytes: u64,
    /// The answer's `content-type`, as sent (non-UTF-8 replaced).
    pub content_type: Option<String>,
}

/// Why a download wrote nothing usable. Messages name the plugin and the origin, never a key.
#[derive(Debug, thiserror::Error)]
pub enum DownloadError {
    /// A check refused the request or a redirect, or no answer came (as for `fetch`).
    #[error(transparent)]
    Gate(#[from] GateError),
    /// The server answered, but not with 2xx; the body was not written.
    #[error("plugin `{plugin}`: {origin} answered the download with status {status}; nothing was kept")]
    Status { plugin: String, origin: String, status: u16 },
    /// The body (or its announced length) is over the cap; what was written must be thrown away.
    #[error("plugin `{plugin}`: the download from {origin} is larger than {limit} bytes; it was stopped and nothing was kept")]
    TooLarge { plugin: String, origin: String, limit: u64 },
    /// The writer failed (e.g. a full disk).
    #[error("the download could not be written: {0}")]
    Write(#[source] std::io::Error),
}

impl DownloadError {
    /// Short snake-case name, the `outcome` of the call's log event.
    pub fn kind(&self) -> &'static str {
        match self {
            DownloadError::Gate(e) => e.kind(),
            DownloadError::Status { .. } => "status",
            DownloadError::TooLarge { .. } => "too_large",
            DownloadError::Write(_) => "write",
        }
    }
}

impl HttpGate {
    /// Fetch `req` for `policy.plugin_id` with every check of [`HttpGate::fetch`]
    /// and write a 2xx answer's body to `sink`, at most `max_bytes` of it,
    /// within `timeout` (which `req.timeout_ms` may only shorten). On any
    /// error the writer may hold part of the body: the caller throws it away.
    /// Logs one event per call, like `fetch`.
    pub async fn download<W: AsyncWrite + Unpin + Send>(
        &self,
        policy: &NetPolicy,
        req: OutRequest,
        sink: &mut W,
        max_bytes: u64,
        timeout: Duration,
    ) -> Result<Downloaded, DownloadError> {
        self.download_traced(policy, req, sink, max_bytes, timeout).await.0
    }

    /// [`HttpGate::download`], also giving the origin the call ended at: the
    /// refused one when a redirect led somewhere the plugin may not go.
    pub async fn download_traced<W: AsyncWrite + Unpin + Send>(
        &self,
        policy: &NetPolicy,
        req: OutRequest,
        sink: &mut W,
        max_bytes: u64,
        timeout: Duration,
    ) -> (Result<Downloaded, DownloadError>, Option<String>) {
        let started = Instant::now();
        let method = req.method;
        let mut trace = CallTrace::default();
        let result = self.run_download(policy, req, sink, max_bytes, timeout, &mut trace).await;
        trace.emit(&policy.plugin_id, method, started.elapsed(), result.as_ref().map(|_| ()).map_err(DownloadError::kind));
        let last = trace.final_origin.as_ref().or(trace.origin.as_ref()).map(ToString::to_string);
        (result, last)
    }

    async fn run_download<W: AsyncWrite + Unpin + Send>(
        &self,
        policy: &NetPolicy,
        req: OutRequest,
        sink: &mut W,
        max_bytes: u64,
        timeout: Duration,
        trace: &mut CallTrace,
    ) -> Result<Downloaded, DownloadError> {
        let plugin = policy.plugin_id.as_str();
        let Checked { method, url, origin, headers, body, credential, limit } = self.check(policy, req, timeout, trace)?;
        let hops = self.hops(policy, credential);
        let request = hops.first_request(method, url, headers, body);
        let transfer = async {
            let (response, at) = hops.send(request, origin.clone(), trace).await?;
            write_body(plugin, response, &at, sink, max_bytes, trace).await
        };
        match tokio::time::timeout(limit, transfer).await {
            Ok(result) => result,
            Err(_) => Err(DownloadError::Gate(timed_out(plugin, &origin, limit))),
        }
    }
}

/// Write a 2xx body to `sink`, chunk by chunk, refusing more than `max_bytes`.
async fn write_body<W: AsyncWrite + Unpin + Send>(
    plugin: &str,
    mut response: Response,
    origin: &Origin,
    sink: &mut W,
    max_bytes: u64,
    trace: &mut CallTrace,
) -> Result<Downloaded, DownloadError> {
    let status = response.status().as_u16();
    if !response.status().is_success() {
        return Err(DownloadError::Status { plugin: plugin.to_string(), origin: origin.to_string(), status });
    }
    let too_large = || DownloadError::TooLarge { plugin: plugin.to_string(), origin: origin.to_string(), limit: max_bytes };
    if response.content_length().is_some_and(|announced| announced > max_bytes) {
        return Err(too_large());
    }
    let content_type = response.headers().get(reqwest::header::CONTENT_TYPE).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let mut written: u64 = 0;
    while let Some(chunk) = response.chunk().await.map_err(|e| send_error(plugin, origin, e))? {
        written = written.saturating_add(chunk.len() as u64);
        trace.bytes = usize::try_from(written).unwrap_or(usize::MAX);
        if written > max_bytes {
            trace.truncated = true;
            return Err(too_large());
        }
        sink.write_all(&chunk).await.map_err(DownloadError::Write)?;
    }
    sink.flush().await.map_err(DownloadError::Write)?;
    Ok(Downloaded { status, bytes: written, content_type })
}

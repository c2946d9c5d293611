//! [`HttpGate`]: the host side of `http.fetch`. It runs the checks in order
//! (URL and origin, headers, credential), then hands the hops to
//! [`super::hops`] under one timeout, and logs one event per call.

use std::fmt;
use std::net::IpAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use url::Url;

use super::address::AddressPolicy;
use super::headers::{credential_header, guest_headers};
use super::hops::{CallTrace, Hops};
use super::origin::Origin;
use super::resolver::CheckedResolver;
use super::secrets::Secrets;
use super::types::{GateError, InResponse, NetPolicy, OutRequest};

/// Operator limits for every plugin's outbound HTTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateConfig {
    /// Limit on a whole call: connecting, every redirect hop and reading the body. Default 120 s.
    pub timeout: Duration,
    /// Response bodies are cut here (`truncated = true`). Default 32 MiB.
    pub max_response_bytes: usize,
    /// Redirects followed per call; one more is a `Transport` error. Default 5.
    pub max_redirects: u8,
    /// Private or loopback addresses the operator allows, compared exactly
    /// (e.g. `127.0.0.1` for a local model server). Default: none.
    pub allowed_private: Vec<IpAddr>,
    /// Longest URL a plugin may ask for, in bytes. Default 8 KiB (what common HTTP servers accept).
    pub max_url_bytes: usize,
    /// Most headers a plugin may send on one request. Default 64.
    pub max_request_headers: usize,
    /// Most bytes of header names and values a plugin may send on one request. Default 32 KiB.
    pub max_header_bytes: usize,
    /// Largest request body a plugin may send, in bytes. Default 64 MiB (three
    /// reference photos, base64-encoded, fit several times over).
    pub max_request_body_bytes: usize,
}

impl Default for GateConfig {
    fn default() -> Self {
        GateConfig {
            timeout: Duration::from_secs(120),
            max_response_bytes: 32 * 1024 * 1024,
            max_redirects: 5,
            allowed_private: Vec::new(),
            max_url_bytes: 8 * 1024,
            max_request_headers: 64,
            max_header_bytes: 32 * 1024,
            max_request_body_bytes: 64 * 1024 * 1024,
        }
    }
}

/// The outbound HTTP gate shared by all plugins. Cloning is cheap (an `Arc`).
#[derive(Clone)]
pub struct HttpGate {
    inner: Arc<Inner>,
}

struct Inner {
    client: reqwest::Client,
    config: GateConfig,
    addresses: AddressPolicy,
    secrets: Secrets,
}

impl fmt::Debug for HttpGate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpGate").field("config", &self.inner.config).field("secrets", &self.inner.secrets).finish_non_exhaustive()
    }
}

impl HttpGate {
    /// Builds the gate and its HTTP client: no automatic redirects, no proxy
    /// from the environment, and the checking DNS resolver.
    pub fn new(config: GateConfig, secrets: Secrets) -> Result<HttpGate, GateError> {
        let addresses = AddressPolicy::new(&config.allowed_private);
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .dns_resolver(CheckedResolver::new(addresses.clone()))
            .user_agent(concat!("Storyloom/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| {
                GateError::Transport(format!(
                    "the plugin HTTP client could not be set up ({}); this is a host problem, restart Storyloom",
                    e.without_url()
                ))
            })?;
        Ok(HttpGate { inner: Arc::new(Inner { client, config, addresses, secrets }) })
    }

    /// The limits this gate enforces.
    pub fn config(&self) -> &GateConfig {
        &self.inner.config
    }

    /// The operator's credentials (e.g. to tell which models are usable); values stay private.
    pub fn secrets(&self) -> &Secrets {
        &self.inner.secrets
    }

    /// Performs one `http.fetch` for `policy.plugin_id`, enforcing the
    /// allow-list, the private-address ban, header and credential rules,
    /// redirects, the timeout and the size cap. Returns every HTTP answer,
    /// 4xx/5xx included; `Err` only when no answer could be had.
    pub async fn fetch(&self, policy: &NetPolicy, req: OutRequest) -> Result<InResponse, GateError> {
        self.fetch_traced(policy, req).await.0
    }

    /// [`HttpGate::fetch`], also giving the origin the call ended at: the
    /// refused one when a redirect led somewhere the plugin may not go.
    pub async fn fetch_traced(&self, policy: &NetPolicy, req: OutRequest) -> (Result<InResponse, GateError>, Option<String>) {
        let started = Instant::now();
        let method = req.method;
        let mut trace = CallTrace::default();
        let result = self.run(policy, req, &mut trace).await;
        trace.emit(&policy.plugin_id, method, started.elapsed(), result.as_ref().map(|_| ()).map_err(GateError::kind));
        let last = trace.final_origin.as_ref().or(trace.origin.as_ref()).map(ToString::to_string);
        (result, last)
    }

    async fn run(&self, policy: &NetPolicy, req: OutRequest, trace: &mut CallTrace) -> Result<InResponse, GateError> {
        let Checked { method, url, origin, headers, body, credential, limit } =
            self.check(policy, req, self.inner.config.timeout, trace)?;
        let hops = self.hops(policy, credential);
        let request = hops.first_request(method, url, headers, body);
        match tokio::time::timeout(limit, hops.run(request, origin.clone(), trace)).await {
            Ok(result) => result,
            Err(_) => Err(timed_out(&policy.plugin_id, &origin, limit)),
        }
    }

    /// Every check made before anything is sent, in order: sizes, URL and
    /// origin (the allow-list), the guest's headers, the credential (granted,
    /// bound to this origin, set), and the time left (`host_timeout`, which the
    /// request's `timeout-ms` may only shorten; zero sends nothing).
    pub(crate) fn check(
        &self,
        policy: &NetPolicy,
        req: OutRequest,
        host_timeout: Duration,
        trace: &mut CallTrace,
    ) -> Result<Checked, GateError> {
        let plugin = &policy.plugin_id;
        self.check_sizes(plugin, &req)?;
        let url = Url::parse(req.url.trim()).map_err(|e| {
            GateError::InvalidRequest(format!(
                "plugin `{plugin}` asked to fetch {:?}, which is not a valid URL ({e}); fix the plugin's request",
                shorten(&req.url)
            ))
        })?;
        let origin = Origin::from_url(&url).map_err(|e| {
            GateError::InvalidRequest(format!(
                "plugin `{plugin}` cannot fetch that URL: {e}; only http and https URLs with a host are allowed"
            ))
        })?;
        trace.origin = Some(origin.clone());
        if !policy.allow.allows_origin(&origin) {
            return Err(host_not_declared(plugin, &origin, false));
        }
        let headers = guest_headers(policy, &req.headers)?;
        let credential = match &req.credential {
            Some(name) => {
                let header = credential_header(policy, &self.inner.secrets, name, &origin)?;
                trace.credential = Some(name.clone());
                Some(header)
            }
            None => None,
        };
        let limit = effective_timeout(host_timeout, req.timeout_ms);
        // `timeout-ms: 0` leaves no time at all: nothing is sent.
        if limit.is_zero() {
            return Err(timed_out(plugin, &origin, limit));
        }
        Ok(Checked { method: req.method.to_reqwest(), url, origin, headers, body: req.body, credential, limit })
    }

    /// The hops of one checked request, with this gate's client, address policy and limits.
    pub(crate) fn hops<'a>(&'a self, policy: &'a NetPolicy, credential: Option<(HeaderName, HeaderValue)>) -> Hops<'a> {
        Hops {
            client: &self.inner.client,
            addresses: &self.inner.addresses,
            policy,
            max_redirects: self.inner.config.max_redirects,
            max_bytes: self.inner.config.max_response_bytes,
            credential,
        }
    }
}

/// A request that passed [`HttpGate::check`], ready for its hops.
pub(crate) struct Checked {
    pub(crate) method: reqwest::Method,
    pub(crate) url: Url,
    pub(crate) origin: Origin,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Vec<u8>,
    /// The credential's header, added only on `origin`.
    pub(crate) credential: Option<(HeaderName, HeaderValue)>,
    /// The whole call's time limit.
    pub(crate) limit: Duration,
}

/// The error of a call that had no full answer within `limit`.
pub(crate) fn timed_out(plugin: &str, origin: &Origin, limit: Duration) -> GateError {
    GateError::Timeout(format!(
        "plugin `{plugin}`: {origin} gave no full answer within {}; try again later, or ask the \
         operator to raise the timeout if this model is slow",
        describe_duration(limit)
    ))
}

impl HttpGate {
    /// Refuse a request whose URL, headers or body exceed the operator's limits,
    /// before anything is parsed or copied further.
    fn check_sizes(&self, plugin: &str, req: &OutRequest) -> Result<(), GateError> {
        let config = &self.inner.config;
        let too_big = |what: &str, size: usize, limit: usize| {
            GateError::InvalidRequest(format!(
                "plugin `{plugin}` sent {what} of {size} bytes; at most {limit} are allowed, so nothing was sent"
            ))
        };
        if req.url.len() > config.max_url_bytes {
            return Err(too_big("a URL", req.url.len(), config.max_url_bytes));
        }
        if req.headers.len() > config.max_request_headers {
            return Err(GateError::InvalidRequest(format!(
                "plugin `{plugin}` sent {} headers; at most {} are allowed, so nothing was sent",
                req.headers.len(),
                config.max_request_headers
            )));
        }
        let header_bytes: usize = req.headers.iter().map(|(n, v)| n.len() + v.len()).sum();
        if header_bytes > config.max_header_bytes {
            return Err(too_big("headers", header_bytes, config.max_header_bytes));
        }
        if req.body.len() > config.max_request_body_bytes {
            return Err(too_big("a body", req.body.len(), config.max_request_body_bytes));
        }
        Ok(())
    }
}

/// The host timeout, shortened (never lengthened) by the plugin's `timeout-ms`.
pub(crate) fn effective_timeout(host: Duration, plugin_ms: Option<u32>) -> Duration {
    match plugin_ms {
        Some(ms) => host.min(Duration::from_millis(u64::from(ms))),
        None => host,
    }
}

pub(crate) fn host_not_declared(plugin: &str, origin: &Origin, redirected: bool) -> GateError {
    let how = if redirected { "was redirected to" } else { "may not reach" };
    GateError::HostNotDeclared(format!(
        "plugin `{plugin}` {how} {origin}, which is not one of the hosts it declares; if you trust \
         {origin}, add it to the plugin's hosts (or point the plugin's base-URL setting at it)"
    ))
}

fn describe_duration(d: Duration) -> String {
    if d < Duration::from_secs(1) { format!("{} ms", d.as_millis()) } else { format!("{:.1} s", d.as_secs_f64()) }
}

/// At most 120 characters of a plugin-supplied string, for messages.
fn shorten(s: &str) -> String {
    match s.char_indices().nth(120) {
        Some((cut, _)) => format!("{}…", &s[..cut]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plugin_may_only_shorten_the_timeout() {
        let host = Duration::from_secs(120);
        assert_eq!(effective_timeout(host, None), host);
        assert_eq!(effective_timeout(host, Some(500)), Duration::from_millis(500));
        assert_eq!(effective_timeout(host, Some(u32::MAX)), host);
        assert_eq!(effective_timeout(Duration::from_millis(200), Some(10_000)), Duration::from_millis(200));
    }

    #[test]
    fn defaults_and_helpers() {
        let config = GateConfig::default();
        assert_eq!(config.timeout, Duration::from_secs(120));
        assert_eq!(config.max_response_bytes, 32 * 1024 * 1024);
        assert_eq!(config.max_redirects, 5);
        assert!(config.allowed_private.is_empty());
        assert_eq!(describe_duration(Duration::from_millis(250)), "250 ms");
        assert_eq!(describe_duration(Duration::from_secs(120)), "120.0 s");
        assert_eq!(shorten(&"é".repeat(200)).chars().count(), 121);
    }
}

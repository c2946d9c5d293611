//! Outbound HTTP for plugins: the host side of the `http.fetch` import.
//!
//! A plugin reaches the network only through [`HttpGate::fetch`], which, for
//! the calling plugin's [`NetPolicy`]:
//!
//! 1. accepts only http/https URLs whose origin (scheme, host, port) is in the
//!    plugin's [`AllowList`], before any DNS lookup or connection
//!    ([`GateError::HostNotDeclared`]);
//! 2. refuses private, loopback, link-local and other special addresses, for IP
//!    literals directly and for names through a DNS resolver that only hands
//!    checked addresses to the connector, unless the operator allowed that exact
//!    address in [`GateConfig::allowed_private`] ([`GateError::DestinationProhibited`]);
//! 3. follows at most [`GateConfig::max_redirects`] redirects itself, re-checking
//!    1 and 2 at every hop and sending the credential only to the original origin;
//! 4. refuses authentication headers, the credential headers, `host` and other
//!    client-managed headers from the plugin ([`GateError::InvalidRequest`]);
//! 5. adds the declared credential's header from [`Secrets`] — keys never appear
//!    in errors, logs or `Debug` output ([`GateError::CredentialUnavailable`]);
//! 6. bounds the whole call by one timeout, which a plugin may only shorten
//!    ([`GateError::Timeout`]);
//! 7. returns every HTTP answer (4xx/5xx included), cutting the body at
//!    [`GateConfig::max_response_bytes`] ([`InResponse::truncated`]);
//! 8. logs one `tracing` event per call (plugin, method, origin, status, bytes,
//!    duration, outcome), never headers, paths or bodies.
//!
//! [`HttpGate::download`] (the host's own download of a video provider's
//! finished clip) makes the same checks and streams a 2xx body to a writer,
//! capped, instead of handing it to a plugin.
//!
//! The types are plain Rust; the plugin host converts the WIT bindings to them.

mod address;
mod allow_list;
mod download;
mod gate;
mod headers;
mod hops;
mod origin;
mod resolver;
mod secrets;
mod types;

#[cfg(test)]
mod download_tests;
#[cfg(test)]
mod gate_tests;
#[cfg(test)]
mod redirect_tests;
#[cfg(test)]
mod response_tests;
#[cfg(test)]
mod test_fixtures;
#[cfg(test)]
mod test_servers;

pub use allow_list::AllowList;
pub use download::{DownloadError, Downloaded};
pub use gate::{GateConfig, HttpGate};
pub use origin::{Origin, OriginError, Scheme};
pub use secrets::Secrets;
pub use types::{CredentialRule, GateError, InResponse, Method, NetPolicy, OutRequest};

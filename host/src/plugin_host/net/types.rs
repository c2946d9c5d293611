//! Plain-Rust mirrors of the `http` WIT interface (request, response, error)
//! and the per-plugin policy the gate enforces. No wasmtime types here: the
//! host's bindings convert to and from these.

use super::allow_list::AllowList;

/// `http.method`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
}

impl Method {
    /// Upper-case HTTP name, e.g. `"POST"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
        }
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Post => reqwest::Method::POST,
            Method::Put => reqwest::Method::PUT,
            Method::Patch => reqwest::Method::PATCH,
            Method::Delete => reqwest::Method::DELETE,
            Method::Head => reqwest::Method::HEAD,
        }
    }
}

/// `http.request`: what the plugin asks for. Holds no host secret, so `Debug` is safe.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutRequest {
    pub method: Method,
    pub url: String,
    /// Guest headers; authentication headers and `host` are refused (see `GateError::InvalidRequest`).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Name of a declared credential (e.g. `"OPENAI_API_KEY"`); the host adds its header.
    pub credential: Option<String>,
    /// Shortens the host timeout for this call; can never lengthen it.
    pub timeout_ms: Option<u32>,
}

/// `http.response`: every answer the server gave, 4xx and 5xx included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InResponse {
    pub status: u16,
    /// Response headers in wire order; non-UTF-8 bytes in values are replaced lossily.
    pub headers: Vec<(String, String)>,
    /// The body, cut at the host's size cap.
    pub body: Vec<u8>,
    /// True when the body was longer than the cap and was cut.
    pub truncated: bool,
}

/// `http.http-error`. Each message names the plugin and the origin and says
/// what to do, so it can be shown to the operator as is. None ever contains a key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GateError {
    /// The URL's origin (or a redirect's) is not among the plugin's declared hosts.
    #[error("{0}")]
    HostNotDeclared(String),
    /// The destination is (or resolves to) a private or loopback address the operator did not allow.
    #[error("{0}")]
    DestinationProhibited(String),
    /// The credential is not declared by the plugin, or the operator has not set it.
    #[error("{0}")]
    CredentialUnavailable(String),
    /// The request itself is malformed (bad URL, forbidden or invalid header).
    #[error("{0}")]
    InvalidRequest(String),
    /// No full answer within the timeout.
    #[error("{0}")]
    Timeout(String),
    /// Connection or protocol failure (also: gate set-up failure, too many redirects).
    #[error("{0}")]
    Transport(String),
}

impl GateError {
    /// Short snake-case name of the variant, used as the `outcome` of the call's log event.
    pub fn kind(&self) -> &'static str {
        match self {
            GateError::HostNotDeclared(_) => "host_not_declared",
            GateError::DestinationProhibited(_) => "destination_prohibited",
            GateError::CredentialUnavailable(_) => "credential_unavailable",
            GateError::InvalidRequest(_) => "invalid_request",
            GateError::Timeout(_) => "timeout",
            GateError::Transport(_) => "transport",
        }
    }
}

/// A credential granted to a plugin: which header carries which key, and where it may go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CredentialRule {
    /// Environment variable the operator sets, e.g. `"OPENAI_API_KEY"`.
    pub name: String,
    /// Header the host puts the key in, e.g. `"authorization"`.
    pub header: String,
    /// Text placed before the key, e.g. `"Bearer "` (may be empty).
    pub prefix: String,
    /// The only origins the key may be sent to (the host's binding, not the plugin's claim).
    pub origins: AllowList,
}

/// What one plugin may do on the network.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetPolicy {
    /// Plugin id, used in messages and logs.
    pub plugin_id: String,
    /// Declared origins (fixed ones plus those taken from settings).
    pub allow: AllowList,
    /// Granted credentials, each bound to its origins.
    pub credentials: Vec<CredentialRule>,
}

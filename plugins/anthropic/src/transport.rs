//! Plain-Rust view of the host's `http.fetch` import and of the plugin's
//! failures, so request building and answer reading can be unit-tested
//! natively with a fake transport (the glue in `lib.rs` converts to WIT).

/// A POST the plugin wants sent; the host adds the credential's header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// The provider's answer, 4xx and 5xx included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// The host cut the body at its size cap.
    pub truncated: bool,
}

impl Incoming {
    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|(_, value)| value.as_str())
    }
}

/// Why the host did not deliver an answer (the WIT `http-error`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    HostNotDeclared(String),
    DestinationProhibited(String),
    CredentialUnavailable(String),
    InvalidRequest(String),
    Timeout(String),
    Transport(String),
}

/// Sends a request through the host.
pub trait Transport {
    fn post(&self, request: Outgoing) -> Result<Incoming, FetchError>;
}

/// Why a call failed (the WIT `plugin-error`), with a message a parent can read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    RateLimited { retry_after_ms: Option<u64>, message: String },
    Transient(String),
    Unauthorized(String),
    InvalidRequest(String),
    Refused(String),
    Unsupported(String),
}

/// Send `request`, turning a refusal or failure of the host into a `Failure`.
pub fn send(transport: &dyn Transport, request: Outgoing) -> Result<Incoming, Failure> {
    transport.post(request).map_err(|err| match err {
        FetchError::Timeout(m) => Failure::Transient(format!("Anthropic did not answer in time: {m}")),
        FetchError::Transport(m) => Failure::Transient(format!("could not reach Anthropic: {m}")),
        FetchError::HostNotDeclared(m)
        | FetchError::DestinationProhibited(m)
        | FetchError::CredentialUnavailable(m)
        | FetchError::InvalidRequest(m) => Failure::InvalidRequest(m),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Refusing(FetchError);

    impl Transport for Refusing {
        fn post(&self, _request: Outgoing) -> Result<Incoming, FetchError> {
            Err(self.0.clone())
        }
    }

    fn outgoing() -> Outgoing {
        Outgoing { url: "https://api.anthropic.com/v1/messages".into(), headers: Vec::new(), body: Vec::new() }
    }

    #[test]
    fn host_errors_map_to_transient_or_invalid_with_the_hosts_message() {
        let cases = [
            (FetchError::Timeout("120 s".into()), "Transient"),
            (FetchError::Transport("connection reset".into()), "Transient"),
            (FetchError::HostNotDeclared("not declared: http://x".into()), "InvalidRequest"),
            (FetchError::DestinationProhibited("loopback".into()), "InvalidRequest"),
            (FetchError::CredentialUnavailable("ANTHROPIC_API_KEY is not set".into()), "InvalidRequest"),
            (FetchError::InvalidRequest("bad header".into()), "InvalidRequest"),
        ];
        for (err, kind) in cases {
            let failure = send(&Refusing(err.clone()), outgoing()).unwrap_err();
            let (got, message) = match &failure {
                Failure::Transient(m) => ("Transient", m),
                Failure::InvalidRequest(m) => ("InvalidRequest", m),
                other => panic!("{other:?}"),
            };
            assert_eq!(got, kind, "{err:?}");
            let host_message = match err {
                FetchError::HostNotDeclared(m)
                | FetchError::DestinationProhibited(m)
                | FetchError::CredentialUnavailable(m)
                | FetchError::InvalidRequest(m)
                | FetchError::Timeout(m)
                | FetchError::Transport(m) => m,
            };
            assert!(message.contains(&host_message), "{message}");
        }
    }

    #[test]
    fn header_lookup_ignores_case() {
        let incoming = Incoming { status: 429, headers: vec![("Retry-After".into(), "3".into())], body: Vec::new(), truncated: false };
        assert_eq!(incoming.header("retry-after"), Some("3"));
        assert_eq!(incoming.header("retry-after-ms"), None);
    }
}

//! Plain-Rust view of the host's `http.fetch` import and of the plugin's
//! failures, so request building and answer reading can be unit-tested
//! natively with a fake transport (the glue in `lib.rs` converts to WIT).

/// The one method this plugin uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Post,
}

/// A request the plugin wants sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub method: Method,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Name `GEMINI_API_KEY` so the host adds the key (API calls only, never a download from elsewhere).
    pub with_credential: bool,
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
    fn fetch(&self, request: Outgoing) -> Result<Incoming, FetchError>;
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

/// An encoded picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub media_type: String,
    pub bytes: Vec<u8>,
}

/// A JSON POST to the API, with the key.
pub fn post_json(url: String, body: &serde_json::Value) -> Result<Outgoing, Failure> {
    let body = serde_json::to_vec(body).map_err(|e| Failure::InvalidRequest(format!("could not encode the request: {e}")))?;
    Ok(Outgoing {
        method: Method::Post,
        url,
        headers: vec![("content-type".into(), "application/json".into()), ("accept".into(), "application/json".into())],
        body,
        with_credential: true,
    })
}

/// Send `request`, turning a refusal or failure of the host into a `Failure` (as the other provider plugins do).
pub fn send(transport: &dyn Transport, request: Outgoing) -> Result<Incoming, Failure> {
    transport.fetch(request).map_err(|err| match err {
        FetchError::Timeout(m) => Failure::Transient(format!("Gemini did not answer in time: {m}")),
        FetchError::Transport(m) => Failure::Transient(format!("could not reach Gemini: {m}")),
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
        fn fetch(&self, _request: Outgoing) -> Result<Incoming, FetchError> {
            Err(self.0.clone())
        }
    }

    #[test]
    fn host_errors_map_to_transient_or_invalid_with_the_hosts_message() {
        let cases = [
            (FetchError::Timeout("120 s".into()), true),
            (FetchError::Transport("connection reset".into()), true),
            (FetchError::HostNotDeclared("not declared: http://x".into()), false),
            (FetchError::DestinationProhibited("loopback".into()), false),
            (FetchError::CredentialUnavailable("GEMINI_API_KEY is not set".into()), false),
            (FetchError::InvalidRequest("bad header".into()), false),
        ];
        for (err, transient) in cases {
            let request = post_json("https://generativelanguage.googleapis.com/v1beta/models/x".into(), &serde_json::json!({})).unwrap();
            let failure = send(&Refusing(err.clone()), request).unwrap_err();
            let message = match (&failure, transient) {
                (Failure::Transient(m), true) | (Failure::InvalidRequest(m), false) => m,
                other => panic!("{err:?} gave {other:?}"),
            };
            let (FetchError::HostNotDeclared(host_message)
            | FetchError::DestinationProhibited(host_message)
            | FetchError::CredentialUnavailable(host_message)
            | FetchError::InvalidRequest(host_message)
            | FetchError::Timeout(host_message)
            | FetchError::Transport(host_message)) = err;
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

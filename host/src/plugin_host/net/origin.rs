//! Origins: the (scheme, host, port) triple that the allow-list compares.
//!
//! An [`Origin`] is always normalised: the scheme is `http` or `https`, the host
//! is what the WHATWG URL parser produces (lowercase, punycode, IPv4 written out,
//! IPv6 in brackets) and the port is filled in (80 for http, 443 for https).

use std::fmt;

use url::Url;

/// The two schemes a plugin may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scheme {
    Http,
    Https,
}

impl Scheme {
    /// `"http"` or `"https"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Http => "http",
            Scheme::Https => "https",
        }
    }

    /// The port used when a URL names none.
    pub fn default_port(self) -> u16 {
        match self {
            Scheme::Http => 80,
            Scheme::Https => 443,
        }
    }
}

/// A normalised origin. Displays as `https://api.openai.com` or
/// `http://127.0.0.1:8123` (the port only when it is not the scheme's default).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Origin {
    pub scheme: Scheme,
    /// Lowercase host as the URL parser serialises it; IPv6 addresses keep their brackets.
    pub host: String,
    pub port: u16,
}

/// Why a URL or an allow-list entry has no usable origin.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OriginError {
    #[error("`{0}` is not a URL")]
    NotAUrl(String),
    #[error("`{0}` does not use http or https")]
    UnsupportedScheme(String),
    #[error("`{0}` has no host")]
    NoHost(String),
    #[error("`{0}` contains a user name or password; put keys in a declared credential instead")]
    HasUserInfo(String),
    #[error("the host name is {0} characters long; DNS names have at most 253")]
    HostTooLong(usize),
}

/// Longest host name DNS allows, in characters (RFC 1035 §2.3.4, as written without the final dot).
pub const MAX_HOST_LEN: usize = 253;

impl Origin {
    /// The origin of a parsed URL. Refuses other schemes, URLs without a host
    /// and URLs that carry a user name or password (those would become an
    /// `Authorization` header the host did not add).
    pub fn from_url(url: &Url) -> Result<Origin, OriginError> {
        let scheme = match url.scheme() {
            "http" => Scheme::Http,
            "https" => Scheme::Https,
            _ => return Err(OriginError::UnsupportedScheme(cut(url.as_str()))),
        };
        if !url.username().is_empty() || url.password().is_some() {
            return Err(OriginError::HasUserInfo(redact_userinfo(url)));
        }
        let host = match url.host_str() {
            Some(host) if host.len() > MAX_HOST_LEN => return Err(OriginError::HostTooLong(host.len())),
            Some(host) if !host.is_empty() => host.to_ascii_lowercase(),
            _ => return Err(OriginError::NoHost(cut(url.as_str()))),
        };
        let port = url.port().unwrap_or(scheme.default_port());
        Ok(Origin { scheme, host, port })
    }

    /// Parses a declared origin such as `"https://proxy.local:8443/v1"`; any
    /// path, query or fragment is ignored.
    pub fn parse(entry: &str) -> Result<Origin, OriginError> {
        let url = Url::parse(entry.trim()).map_err(|_| OriginError::NotAUrl(cut(entry)))?;
        Origin::from_url(&url)
    }
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}://{}", self.scheme.as_str(), self.host)?;
        if self.port != self.scheme.default_port() {
            write!(f, ":{}", self.port)?;
        }
        Ok(())
    }
}

/// At most 120 characters of a plugin-supplied URL, for messages.
fn cut(text: &str) -> String {
    match text.char_indices().nth(120) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// The URL with its user name and password replaced, for error messages.
fn redact_userinfo(url: &Url) -> String {
    let mut shown = url.clone();
    // Both setters only fail for URLs that cannot have credentials at all.
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    format!("{} (with credentials)", cut(shown.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_and_default_ports() {
        let o = Origin::parse("HTTPS://API.OpenAI.com/v1/chat").unwrap();
        assert_eq!(o, Origin { scheme: Scheme::Https, host: "api.openai.com".into(), port: 443 });
        assert_eq!(o.to_string(), "https://api.openai.com");
        let o = Origin::parse("http://127.0.0.1:8123").unwrap();
        assert_eq!((o.scheme, o.host.as_str(), o.port), (Scheme::Http, "127.0.0.1", 8123));
        assert_eq!(o.to_string(), "http://127.0.0.1:8123");
        assert_eq!(Origin::parse("http://example.com:80/").unwrap().to_string(), "http://example.com");
        assert_eq!(Origin::parse("http://[::1]:9/").unwrap().host, "[::1]");
        // The URL parser normalises odd IPv4 spellings, so they cannot dodge a check.
        assert_eq!(Origin::parse("http://0x7f.1/").unwrap().host, "127.0.0.1");
    }

    #[test]
    fn refuses_other_schemes_missing_hosts_and_userinfo() {
        assert!(matches!(Origin::parse("ftp://x.org"), Err(OriginError::UnsupportedScheme(_))));
        assert!(matches!(Origin::parse("file:///etc/passwd"), Err(OriginError::UnsupportedScheme(_))));
        assert!(matches!(Origin::parse("api.openai.com"), Err(OriginError::NotAUrl(_))));
        assert!(matches!(Origin::parse("http://"), Err(OriginError::NotAUrl(_))));
        let long = format!("https://{}.example/", "a".repeat(300));
        assert!(matches!(Origin::parse(&long), Err(OriginError::HostTooLong(_))));
        let err = Origin::parse("https://user:hunter2@x.org/").unwrap_err();
        assert!(matches!(err, OriginError::HasUserInfo(_)));
        assert!(!err.to_string().contains("hunter2"));
    }
}

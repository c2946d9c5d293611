//! The names this server answers to (the HTTP `Host` header), against DNS
//! rebinding: a web page on a name its author controls can re-point that name
//! at this server's LAN address and then read pages and post forms as if it
//! were this server's own page; the browser then sends the attacker's name as
//! `Host`. Names a home network uses are always accepted: IP addresses,
//! `localhost`, single-word names (`nuc`), and the private-use suffixes
//! `.local` (mDNS, RFC 6762), `.home.arpa` (RFC 8375), `.internal`, `.lan`,
//! `.home`, `.localdomain`. Any other name (a reverse proxy's
//! `stories.example.com`, a router's `nuc.fritz.box`) only when the operator
//! lists it (`--host-name`).

use std::net::IpAddr;
use std::sync::Arc;

/// Suffixes of names only a local network resolves.
const PRIVATE_SUFFIXES: [&str; 7] = [".local", ".home.arpa", ".internal", ".lan", ".home", ".localdomain", ".localhost"];

/// The accepted names: the home-network rules plus the operator's list (lower case, no port).
#[derive(Debug, Clone, Default)]
pub struct HostNames {
    extra: Arc<[String]>,
}

impl HostNames {
    /// The home-network rules plus `extra` names (any case; a port or trailing dot is ignored).
    pub fn new(extra: impl IntoIterator<Item = String>) -> Self {
        Self { extra: extra.into_iter().map(|name| normalize(host_of(&name))).filter(|n| !n.is_empty()).collect() }
    }

    /// Whether the operator listed this name (`name[:port]`, any case) with `--host-name`.
    pub fn is_listed(&self, host: &str) -> bool {
        let name = normalize(host_of(host.trim()));
        !name.is_empty() && self.extra.contains(&name)
    }

    /// Whether a request with this `Host` header value (`name[:port]`, `[v6]:port`) is answered.
    pub fn allows(&self, host_header: &str) -> bool {
        let host = host_of(host_header.trim());
        if let Some(v6) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            return v6.parse::<std::net::Ipv6Addr>().is_ok();
        }
        if host.parse::<IpAddr>().is_ok() {
            return true;
        }
        let name = normalize(host);
        let well_formed = !name.is_empty()
            && name.split('.').all(|label| !label.is_empty() && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
        if !well_formed {
            return false;
        }
        name == "localhost" || !name.contains('.') || PRIVATE_SUFFIXES.iter().any(|s| name.ends_with(s)) || self.extra.contains(&name)
    }
}

/// `name` without its `:port` (an IPv6 literal keeps its brackets).
fn host_of(value: &str) -> &str {
    if value.starts_with('[') {
        return value.split_once(']').map_or(value, |(inside, _)| &value[..inside.len() + 1]);
    }
    match value.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => value,
    }
}

fn normalize(name: &str) -> String {
    name.trim().trim_end_matches('.').to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn home_network_names_are_answered_and_public_names_only_when_listed() {
        let names = HostNames::new(["Stories.Example.com".to_string(), "nuc.fritz.box:8080".to_string()]);
        let cases = [
            ("192.168.1.20:8080", true),
            ("192.168.1.20", true),
            ("127.0.0.1:41234", true),
            ("[::1]:8080", true),
            ("[fe80::1]", true),
            ("localhost:8080", true),
            ("LOCALHOST", true),
            ("nuc:8080", true),
            ("storyloom.local", true),
            ("nuc.home.arpa:8080", true),
            ("nuc.lan", true),
            ("app.localhost", true),
            ("stories.example.com", true),
            ("STORIES.example.com.:443", true),
            ("nuc.fritz.box", true),
            ("evil.example:8080", false),
            ("evil.example", false),
            ("192.168.1.20.nip.io", false),
            ("local.evil.example", false),
            ("evil.example.com", false),
            ("", false),
            ("[not-an-ip]:80", false),
            ("a b", false),
            ("nuc..lan", false),
        ];
        for (host, expected) in cases {
            assert_eq!(names.allows(host), expected, "{host:?}");
        }
        assert!(!HostNames::default().allows("stories.example.com"), "not listed");
    }
}

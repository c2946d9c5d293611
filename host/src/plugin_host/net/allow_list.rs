//! The allow-list of origins a plugin declared; the first check of every hop.
//!
//! Only scheme, host and port count: a path in a declared entry is ignored, and
//! the comparison is exact (no wildcards, no subdomains, no scheme upgrades).

use std::collections::BTreeSet;

use url::Url;

use super::origin::{Origin, OriginError};

/// The origins one plugin may reach. Empty (the default) allows nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowList {
    origins: BTreeSet<OriginKey>,
}

/// `Origin` ordered for a stable `Debug` and iteration order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct OriginKey(&'static str, String, u16);

impl From<&Origin> for OriginKey {
    fn from(o: &Origin) -> Self {
        OriginKey(o.scheme.as_str(), o.host.clone(), o.port)
    }
}

impl AllowList {
    /// Builds the list from declared entries such as `"https://api.openai.com"`,
    /// `"http://127.0.0.1:8123"` or `"https://proxy.local:8443/v1"`.
    ///
    /// Fails on the first entry that is not an http/https URL with a host
    /// (or that carries a user name or password).
    pub fn new<I, S>(origins: I) -> Result<AllowList, OriginError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut list = AllowList::default();
        for entry in origins {
            let origin = Origin::parse(entry.as_ref())?;
            list.origins.insert(OriginKey::from(&origin));
        }
        Ok(list)
    }

    /// The list of these (already parsed) origins.
    pub fn from_origins<I: IntoIterator<Item = Origin>>(origins: I) -> AllowList {
        AllowList { origins: origins.into_iter().map(|o| OriginKey::from(&o)).collect() }
    }

    /// The origins, sorted, as `https://host[:port]` strings.
    pub fn origins(&self) -> Vec<String> {
        self.origins
            .iter()
            .map(|OriginKey(scheme, host, port)| {
                let default = if *scheme == "https" { 443 } else { 80 };
                if *port == default { format!("{scheme}://{host}") } else { format!("{scheme}://{host}:{port}") }
            })
            .collect()
    }

    /// Whether the URL's origin is declared. URLs without an http/https origin are never allowed.
    pub fn allows(&self, url: &Url) -> bool {
        Origin::from_url(url).is_ok_and(|origin| self.allows_origin(&origin))
    }

    /// Whether this exact origin is declared.
    pub fn allows_origin(&self, origin: &Origin) -> bool {
        self.origins.contains(&OriginKey::from(origin))
    }

    /// Number of distinct declared origins.
    pub fn len(&self) -> usize {
        self.origins.len()
    }

    /// True when nothing is declared (every fetch is refused).
    pub fn is_empty(&self) -> bool {
        self.origins.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn matches_scheme_host_and_port_exactly() {
        let list = AllowList::new([
            "https://api.openai.com".to_string(),
            "http://127.0.0.1:8123".to_string(),
            "https://Proxy.Local:8443/v1".to_string(),
        ])
        .unwrap();
        assert_eq!(list.len(), 3);
        assert!(list.allows(&url("https://api.openai.com/v1/images?x=1")));
        assert!(list.allows(&url("https://api.openai.com:443/")));
        assert!(list.allows(&url("https://API.OPENAI.COM/")));
        assert!(list.allows(&url("http://127.0.0.1:8123/anything")));
        // The path in the entry is ignored: any path on that origin is fine.
        assert!(list.allows(&url("https://proxy.local:8443/other")));

        assert!(!list.allows(&url("http://api.openai.com/")), "scheme differs");
        assert!(!list.allows(&url("https://api.openai.com:444/")), "port differs");
        assert!(!list.allows(&url("https://evil.api.openai.com/")), "subdomain");
        assert!(!list.allows(&url("https://api.openai.com.evil.com/")), "suffix");
        assert!(!list.allows(&url("http://127.0.0.1:8124/")), "other local port");
        assert!(!list.allows(&url("http://localhost:8123/")), "name vs address");
        assert!(!list.allows(&url("https://user@api.openai.com/")), "userinfo");
        assert!(!list.allows(&url("ftp://api.openai.com/")));
    }

    #[test]
    fn rejects_bad_entries_and_accepts_str() {
        assert!(AllowList::new(["ftp://files.example.com"]).is_err());
        assert!(AllowList::new(["data:text/plain,hi"]).is_err());
        assert!(AllowList::new(["not a url"]).is_err());
        assert!(AllowList::new(["https://ok.example", "mailto:a@b.c"]).is_err());
        let empty = AllowList::new(Vec::<String>::new()).unwrap();
        assert!(empty.is_empty());
        assert!(!empty.allows(&url("https://api.openai.com/")));
    }
}

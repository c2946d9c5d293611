//! The destination check: IP-literal URLs are checked directly, and names go
//! through [`CheckedResolver`], the only DNS resolver the gate's client uses.
//!
//! The resolver looks a name up once, drops every address the
//! [`AddressPolicy`] refuses and hands only the checked addresses to the
//! connector, so the connection can only go to an address that was checked
//! (there is no second lookup to rebind). When nothing is left it fails with
//! [`ProhibitedAddress`], which the gate finds in reqwest's error chain and
//! reports as `DestinationProhibited`.

use std::error::Error as StdError;
use std::fmt;
use std::net::{IpAddr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use url::{Host, Url};

use super::address::AddressPolicy;

/// A destination refused because of the address it is (or resolves to).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProhibitedAddress {
    /// The address that was refused (for a name: the first one refused).
    pub(crate) ip: IpAddr,
    /// What kind of address it is, e.g. "loopback".
    pub(crate) kind: &'static str,
}

impl fmt::Display for ProhibitedAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is a {} address", self.ip, self.kind)
    }
}

impl StdError for ProhibitedAddress {}

/// Checks a URL whose host is an IP address (those never reach a resolver).
/// Names pass here and are checked by [`CheckedResolver`] when connecting.
pub(crate) fn check_literal(policy: &AddressPolicy, url: &Url) -> Result<(), ProhibitedAddress> {
    let ip = match url.host() {
        Some(Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(Host::Ipv6(v6)) => IpAddr::V6(v6),
        // Belt and braces: a "domain" that still parses as an address is checked as one.
        Some(Host::Domain(name)) => match name.parse::<IpAddr>() {
            Ok(ip) => ip,
            Err(_) => return Ok(()),
        },
        None => return Ok(()),
    };
    policy.check(ip).map_err(|kind| ProhibitedAddress { ip, kind })
}

/// Resolves a name with the system resolver and keeps only allowed addresses.
pub(crate) async fn resolve_checked(policy: &AddressPolicy, host: &str) -> Result<Vec<SocketAddr>, Box<dyn StdError + Send + Sync>> {
    let found: Vec<SocketAddr> = tokio::net::lookup_host((host, 0)).await?.collect();
    let mut refused = None;
    let mut allowed = Vec::with_capacity(found.len());
    for addr in found {
        match policy.check(addr.ip()) {
            Ok(()) => allowed.push(addr),
            Err(kind) => {
                refused.get_or_insert(ProhibitedAddress { ip: addr.ip(), kind });
            }
        }
    }
    match (allowed.is_empty(), refused) {
        (false, _) => Ok(allowed),
        (true, Some(prohibited)) => Err(Box::new(prohibited)),
        (true, None) => Err(format!("{host} has no addresses").into()),
    }
}

/// reqwest DNS resolver that filters every answer through the [`AddressPolicy`].
#[derive(Debug, Clone)]
pub(crate) struct CheckedResolver {
    policy: AddressPolicy,
}

impl CheckedResolver {
    pub(crate) fn new(policy: AddressPolicy) -> Self {
        CheckedResolver { policy }
    }
}

impl Resolve for CheckedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let policy = self.policy.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs = resolve_checked(&policy, &host).await?;
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// Finds a [`ProhibitedAddress`] anywhere in an error's source chain.
pub(crate) fn find_prohibited(err: &(dyn StdError + 'static)) -> Option<ProhibitedAddress> {
    let mut current = Some(err);
    while let Some(e) = current {
        if let Some(found) = e.downcast_ref::<ProhibitedAddress>() {
            return Some(found.clone());
        }
        current = e.source();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loopback_allowed() -> AddressPolicy {
        AddressPolicy::new(&["127.0.0.1".parse().unwrap()])
    }

    #[test]
    fn literal_urls_are_checked() {
        let strict = AddressPolicy::default();
        let url = |s: &str| Url::parse(s).unwrap();
        assert_eq!(check_literal(&strict, &url("http://127.0.0.1:1/")).unwrap_err().kind, "loopback");
        assert!(check_literal(&strict, &url("http://[::1]/")).is_err());
        assert!(check_literal(&strict, &url("http://[::ffff:7f00:1]/")).is_err());
        assert!(check_literal(&strict, &url("http://2130706433/")).is_err());
        assert!(check_literal(&strict, &url("http://169.254.169.254/latest")).is_err());
        assert!(check_literal(&strict, &url("https://8.8.8.8/")).is_ok());
        // Names are left to the resolver.
        assert!(check_literal(&strict, &url("http://localhost/")).is_ok());
        assert!(check_literal(&loopback_allowed(), &url("http://127.0.0.1:1/")).is_ok());
        assert!(check_literal(&loopback_allowed(), &url("http://127.0.0.2:1/")).is_err());
    }

    #[tokio::test]
    async fn resolver_filters_names() {
        let err = resolve_checked(&AddressPolicy::default(), "localhost").await.unwrap_err();
        let found = find_prohibited(err.as_ref()).expect("a ProhibitedAddress");
        assert!(found.ip.is_loopback());

        let ok = resolve_checked(&loopback_allowed(), "localhost").await.unwrap();
        // Only the allowed address survives (never ::1).
        assert!(!ok.is_empty());
        assert!(ok.iter().all(|a| a.ip() == "127.0.0.1".parse::<IpAddr>().unwrap()));
    }

    #[tokio::test]
    async fn resolve_trait_refuses_through_the_boxed_future() {
        let resolver = CheckedResolver::new(AddressPolicy::default());
        let name: Name = "localhost".parse().unwrap();
        let err = resolver.resolve(name).await.err().unwrap();
        assert!(find_prohibited(err.as_ref()).is_some());
    }
}

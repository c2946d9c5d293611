//! Which IP addresses a plugin may connect to.
//!
//! Every address that is not plainly public (loopback, private, link-local,
//! unspecified, multicast, CGNAT, unique-local, IPv4-mapped, documentation and
//! other special ranges, plus 6to4/NAT64 wrappers of such addresses) is refused
//! unless the operator allowed that exact address.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::sync::Arc;

/// The operator's exceptions to the private-address ban, shared by the gate and its resolver.
#[derive(Debug, Clone, Default)]
pub(crate) struct AddressPolicy {
    allowed_private: Arc<[IpAddr]>,
}

impl AddressPolicy {
    pub(crate) fn new(allowed_private: &[IpAddr]) -> Self {
        AddressPolicy { allowed_private: allowed_private.into() }
    }

    /// `Ok` when the address may be used, else the kind of address it is (for messages).
    pub(crate) fn check(&self, ip: IpAddr) -> Result<(), &'static str> {
        match special_kind(ip) {
            None => Ok(()),
            Some(_) if self.allowed_private.contains(&ip) => Ok(()),
            Some(kind) => Err(kind),
        }
    }
}

/// What kind of non-public address this is, or `None` for a public unicast address.
pub(crate) fn special_kind(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => special_v4(v4),
        IpAddr::V6(v6) => special_v6(v6),
    }
}

fn in_v4(ip: u32, net: [u8; 4], prefix: u32) -> bool {
    let mask = if prefix == 0 { 0 } else { u32::MAX << (32 - prefix) };
    ip & mask == u32::from_be_bytes(net) & mask
}

fn special_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let n = u32::from(ip);
    let ranges: [([u8; 4], u32, &'static str); 15] = [
        ([0, 0, 0, 0], 8, "unspecified"),
        ([10, 0, 0, 0], 8, "private"),
        ([100, 64, 0, 0], 10, "carrier-grade NAT"),
        ([127, 0, 0, 0], 8, "loopback"),
        ([169, 254, 0, 0], 16, "link-local"),
        ([172, 16, 0, 0], 12, "private"),
        ([192, 0, 0, 0], 24, "reserved"),
        ([192, 0, 2, 0], 24, "documentation"),
        ([192, 88, 99, 0], 24, "reserved"),
        ([192, 168, 0, 0], 16, "private"),
        ([198, 18, 0, 0], 15, "benchmarking"),
        ([198, 51, 100, 0], 24, "documentation"),
        ([203, 0, 113, 0], 24, "documentation"),
        ([224, 0, 0, 0], 4, "multicast"),
        ([240, 0, 0, 0], 4, "reserved"),
    ];
    ranges.iter().find(|(net, prefix, _)| in_v4(n, *net, *prefix)).map(|(_, _, kind)| *kind)
}

fn in_v6(ip: u128, net: u128, prefix: u32) -> bool {
    let mask = if prefix == 0 { 0 } else { u128::MAX << (128 - prefix) };
    ip & mask == net & mask
}

fn special_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let n = u128::from(ip);
    if ip.is_unspecified() {
        return Some("unspecified");
    }
    if ip.is_loopback() {
        return Some("loopback");
    }
    let ranges: [(u128, u32, &'static str); 12] = [
        (0xffff_0000_0000, 96, "IPv4-mapped"),
        (0, 96, "IPv4-compatible"),
        (0x0064_ff9b_0001 << 80, 48, "local NAT64"),
        (0x0100 << 112, 64, "discard-only"),
        (0x2001_0000 << 96, 32, "Teredo"),
        (0x2001_0db8 << 96, 32, "documentation"),
        (0x2001_0010 << 96, 28, "reserved"),
        (0x3fff << 112, 20, "documentation"),
        (0xfc00 << 112, 7, "unique-local"),
        (0xfe80 << 112, 10, "link-local"),
        (0xfec0 << 112, 10, "site-local"),
        (0xff00 << 112, 8, "multicast"),
    ];
    if let Some((_, _, kind)) = ranges.iter().find(|(net, prefix, _)| in_v6(n, *net, *prefix)) {
        return Some(kind);
    }
    // Wrappers that carry an IPv4 address: refuse them when that address is special.
    let embedded = if in_v6(n, 0x0064_ff9b << 96, 96) {
        Some(Ipv4Addr::from((n & 0xffff_ffff) as u32))
    } else if in_v6(n, 0x2002 << 112, 16) {
        Some(Ipv4Addr::from(((n >> 80) & 0xffff_ffff) as u32))
    } else {
        None
    };
    embedded.and_then(special_v4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> Option<&'static str> {
        special_kind(s.parse().unwrap())
    }

    #[test]
    fn refuses_special_ipv4() {
        for s in [
            "0.0.0.0",
            "10.1.2.3",
            "100.64.0.1",
            "100.127.255.254",
            "127.0.0.1",
            "127.8.9.10",
            "169.254.169.254",
            "172.16.0.1",
            "172.31.255.255",
            "192.168.1.1",
            "192.0.0.8",
            "198.18.0.1",
            "224.0.0.251",
            "239.255.255.250",
            "255.255.255.255",
            "240.0.0.1",
        ] {
            assert!(kind(s).is_some(), "{s} should be refused");
        }
        assert_eq!(kind("127.0.0.1"), Some("loopback"));
        assert_eq!(kind("100.100.100.100"), Some("carrier-grade NAT"));
    }

    #[test]
    fn allows_public_ipv4() {
        for s in ["8.8.8.8", "1.1.1.1", "100.63.255.255", "100.128.0.0", "172.32.0.1", "162.159.140.245"] {
            assert_eq!(kind(s), None, "{s} is public");
        }
    }

    #[test]
    fn refuses_special_ipv6() {
        for s in [
            "::",
            "::1",
            "::ffff:127.0.0.1",
            "::ffff:8.8.8.8",
            "::127.0.0.1",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "ff02::1",
            "fec0::1",
            "2001:db8::1",
            "2001::1",
            "64:ff9b::10.0.0.1",
            "64:ff9b::7f00:1",
            "64:ff9b:1::1",
            "2002:7f00:1::",
            "2002:a00:1::1",
            "100::1",
        ] {
            assert!(kind(s).is_some(), "{s} should be refused");
        }
        assert_eq!(kind("::ffff:1.2.3.4"), Some("IPv4-mapped"));
        assert_eq!(kind("fd00::1"), Some("unique-local"));
    }

    #[test]
    fn allows_public_ipv6() {
        for s in ["2606:4700::1111", "2a00:1450:4001::200e", "64:ff9b::808:808", "2002:808:808::1"] {
            assert_eq!(kind(s), None, "{s} is public");
        }
    }

    #[test]
    fn operator_exceptions_are_exact() {
        let policy = AddressPolicy::new(&["127.0.0.1".parse().unwrap(), "fd00::5".parse().unwrap()]);
        assert!(policy.check("127.0.0.1".parse().unwrap()).is_ok());
        assert!(policy.check("fd00::5".parse().unwrap()).is_ok());
        assert!(policy.check("8.8.8.8".parse().unwrap()).is_ok());
        assert_eq!(policy.check("127.0.0.2".parse().unwrap()), Err("loopback"));
        assert_eq!(policy.check("::1".parse().unwrap()), Err("loopback"));
        assert_eq!(policy.check("::ffff:127.0.0.1".parse().unwrap()), Err("IPv4-mapped"));
    }
}

//! Test-only fixtures shared by the gate's wire tests: a gate with a known
//! key, a policy for the plugin `openai` (both credentials bound to the
//! policy's origins), and request builders.

use std::net::IpAddr;
use std::time::Duration;

use super::test_servers::{Reply, Seen};
use super::*;

pub(super) const KEY: &str = "sk-test-SECRET-9f8e7d";

pub(super) fn local() -> IpAddr {
    IpAddr::from([127, 0, 0, 1])
}

pub(super) fn local_config() -> GateConfig {
    GateConfig { allowed_private: vec![local()], timeout: Duration::from_secs(5), ..GateConfig::default() }
}

pub(super) fn gate(config: GateConfig) -> HttpGate {
    HttpGate::new(config, Secrets::from_pairs([("OPENAI_API_KEY", KEY)])).unwrap()
}

pub(super) fn policy(origins: &[String]) -> NetPolicy {
    NetPolicy {
        plugin_id: "openai".into(),
        allow: AllowList::new(origins).unwrap(),
        credentials: vec![
            CredentialRule {
                name: "OPENAI_API_KEY".into(),
                header: "authorization".into(),
                prefix: "Bearer ".into(),
                origins: AllowList::new(origins).unwrap(),
            },
            CredentialRule {
                name: "CUSTOM_KEY".into(),
                header: "x-custom-token".into(),
                prefix: String::new(),
                origins: AllowList::new(origins).unwrap(),
            },
        ],
    }
}

pub(super) fn request(method: Method, url: &str) -> OutRequest {
    OutRequest { method, url: url.into(), headers: vec![], body: vec![], credential: None, timeout_ms: None }
}

pub(super) fn ok_server() -> impl Fn(&Seen) -> Reply + Send + Sync + 'static {
    |_| Reply::ok("hello")
}

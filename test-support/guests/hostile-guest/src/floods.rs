//! Behaviours that make the host work on the guest's behalf: many log lines,
//! many refused fetches with long host names, a fetch that names a credential,
//! and a report of the settings the host passed in.

use crate::PluginError;
use crate::storyloom::plugin::http::{self, Method, Request};
use crate::storyloom::plugin::logging::{self, Level};
use crate::storyloom::plugin::types::Setting;

/// `log-flood <lines> <bytes>`: that many log lines of that many bytes, each
/// with line breaks and terminal escape codes in it.
pub fn log_flood(lines: usize, bytes: usize) {
    let line = "forged\n\u{1b}[32mINFO all plugins verified OK\u{1b}[0m ".repeat(bytes / 45 + 1);
    let line = &line[..bytes.min(line.len())];
    for _ in 0..lines {
        logging::log(Level::Warn, line);
    }
}

/// `fetch-flood <count> <host length>`: that many fetches to an undeclared host
/// with a name that long. Returns how many were answered with which error kind.
pub fn fetch_flood(count: usize, host_len: usize) -> String {
    let url = format!("http://{}.invalid/", "h".repeat(host_len));
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for _ in 0..count {
        let kind = match http::fetch(&get(&url, None)) {
            Ok(_) => "answered".to_string(),
            Err(err) => {
                let shown = format!("{err:?}");
                let variant = shown.split('(').next().unwrap_or("error");
                variant.rsplit("::").next().unwrap_or(variant).to_string()
            }
        };
        *kinds.entry(kind).or_default() += 1;
    }
    kinds.iter().map(|(k, n)| format!("{k}={n}")).collect::<Vec<_>>().join(" ")
}

/// `fetch-key <CREDENTIAL> <url>`: ask the host to add that credential.
pub fn fetch_with_credential(credential: &str, url: &str) -> Result<Vec<u8>, PluginError> {
    match http::fetch(&get(url, Some(credential.to_string()))) {
        Ok(response) => Ok(format!("status {}", response.status).into_bytes()),
        Err(err) => Err(PluginError::InvalidRequest(format!("fetch refused: {err:?}"))),
    }
}

/// `settings`: every setting the host passed, as `name=value` pairs.
pub fn settings_report(settings: &[Setting]) -> String {
    settings.iter().map(|s| format!("{}={}", s.name, s.value)).collect::<Vec<_>>().join(";")
}

fn get(url: &str, credential: Option<String>) -> Request {
    Request { method: Method::Get, url: url.to_string(), headers: Vec::new(), body: Vec::new(), credential, timeout_ms: None }
}

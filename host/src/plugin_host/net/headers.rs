//! Outgoing headers: the plugin's own (checked, authentication refused) and the
//! credential header the host adds (marked sensitive so it is never printed).

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::origin::Origin;
use super::secrets::Secrets;
use super::types::{GateError, NetPolicy};

/// Authentication headers a plugin may never set itself: keys are the host's job.
const AUTH_HEADERS: [&str; 6] = ["authorization", "proxy-authorization", "x-api-key", "x-goog-api-key", "api-key", "cookie"];

/// Headers the HTTP client manages (framing and routing); a plugin setting
/// them could desynchronise or misroute the request.
const HOST_MANAGED: [&str; 9] =
    ["host", "content-length", "transfer-encoding", "connection", "keep-alive", "proxy-connection", "te", "trailer", "upgrade"];

/// Checks the plugin's headers and builds the map sent on every hop.
pub(crate) fn guest_headers(policy: &NetPolicy, headers: &[(String, String)]) -> Result<HeaderMap, GateError> {
    let plugin = &policy.plugin_id;
    let mut map = HeaderMap::with_capacity(headers.len());
    for (name, value) in headers {
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| {
            GateError::InvalidRequest(format!("plugin `{plugin}` sent an invalid header name {name:?}; fix the plugin's request"))
        })?;
        let lower = name.as_str();
        let is_credential_header = policy.credentials.iter().any(|rule| rule.header.trim().eq_ignore_ascii_case(lower));
        if AUTH_HEADERS.contains(&lower) || is_credential_header {
            return Err(GateError::InvalidRequest(format!(
                "plugin `{plugin}` tried to set the `{lower}` header itself; plugins may not send \
                 authentication headers: name a declared credential and the host adds the key"
            )));
        }
        if HOST_MANAGED.contains(&lower) {
            return Err(GateError::InvalidRequest(format!(
                "plugin `{plugin}` tried to set the `{lower}` header, which only the host sets; \
                 remove it from the plugin's request"
            )));
        }
        let value = HeaderValue::from_str(value).map_err(|_| {
            GateError::InvalidRequest(format!(
                "plugin `{plugin}` sent a value for header `{lower}` that is not valid in HTTP \
                 (control characters or line breaks); fix the plugin's request"
            ))
        })?;
        map.append(name, value);
    }
    Ok(map)
}

/// The header carrying a credential's key: `rule.header: rule.prefix + key`,
/// for a request to `origin`, which must be one the credential is bound to.
/// Errors never include the key.
pub(crate) fn credential_header(
    policy: &NetPolicy,
    secrets: &Secrets,
    credential: &str,
    origin: &Origin,
) -> Result<(HeaderName, HeaderValue), GateError> {
    let plugin = &policy.plugin_id;
    let Some(rule) = policy.credentials.iter().find(|rule| rule.name == credential) else {
        return Err(GateError::CredentialUnavailable(format!(
            "plugin `{plugin}` asked for credential `{}`, which is not granted to it; \
             nothing was sent (`storyloom plugins` shows what each plugin is granted)",
            credential.chars().take(64).collect::<String>()
        )));
    };
    if !rule.origins.allows_origin(origin) {
        return Err(GateError::CredentialUnavailable(format!(
            "plugin `{plugin}` asked to send {credential} to {origin}, but that key goes only to {}; nothing was sent",
            rule.origins.origins().join(", ")
        )));
    }
    let Some(key) = secrets.value(credential) else {
        return Err(GateError::CredentialUnavailable(format!(
            "plugin `{plugin}` needs {credential}, which is not set: set {credential} in the \
             server's environment and restart Storyloom"
        )));
    };
    let name = HeaderName::from_bytes(rule.header.trim().as_bytes())
        .ok()
        .filter(|name| !HOST_MANAGED.contains(&name.as_str()))
        .ok_or_else(|| {
            GateError::InvalidRequest(format!(
                "plugin `{plugin}` declares credential `{credential}` with header {:?}, which \
                 cannot carry a key; fix the plugin's credential declaration",
                rule.header
            ))
        })?;
    let mut value = HeaderValue::from_str(&format!("{}{key}", rule.prefix)).map_err(|_| {
        GateError::CredentialUnavailable(format!(
            "the value of {credential} (or plugin `{plugin}`'s prefix for it) contains characters \
             that cannot go in an HTTP header, such as a line break; set {credential} again without them"
        ))
    })?;
    value.set_sensitive(true);
    Ok((name, value))
}

#[cfg(test)]
mod tests {
    use super::super::types::CredentialRule;
    use super::*;

    fn origin() -> Origin {
        Origin::parse("https://api.openai.com").unwrap()
    }

    fn policy() -> NetPolicy {
        let bound = || super::super::AllowList::new(["https://api.openai.com"]).unwrap();
        NetPolicy {
            plugin_id: "openai".into(),
            credentials: vec![
                CredentialRule {
                    name: "OPENAI_API_KEY".into(),
                    header: "authorization".into(),
                    prefix: "Bearer ".into(),
                    origins: bound(),
                },
                CredentialRule { name: "CUSTOM_KEY".into(), header: "X-Custom-Token".into(), prefix: String::new(), origins: bound() },
            ],
            ..NetPolicy::default()
        }
    }

    fn h(name: &str, value: &str) -> Vec<(String, String)> {
        vec![(name.to_string(), value.to_string())]
    }

    fn refused(name: &str, value: &str) -> String {
        match guest_headers(&policy(), &h(name, value)) {
            Err(GateError::InvalidRequest(msg)) => msg,
            other => panic!("{name}: expected InvalidRequest, got {other:?}"),
        }
    }

    #[test]
    fn refuses_auth_credential_and_host_headers() {
        for name in [
            "authorization",
            "Authorization",
            "PROXY-AUTHORIZATION",
            "x-api-key",
            "X-Goog-Api-Key",
            "api-key",
            "Cookie",
            "x-custom-token",
            "X-CUSTOM-TOKEN",
            "host",
            "Host",
            "content-length",
            "transfer-encoding",
            "connection",
        ] {
            let msg = refused(name, "v");
            assert!(msg.contains("openai"), "{msg}");
        }
        assert!(refused("authorization", "Bearer x").contains("declared credential"));
    }

    #[test]
    fn refuses_invalid_names_and_values() {
        refused("bad name", "v");
        refused("", "v");
        refused("x-ok", "line\r\nbreak");
        refused("x-ok", "nul\0");
    }

    #[test]
    fn keeps_ordinary_headers() {
        let headers = vec![
            ("Content-Type".to_string(), "application/json".to_string()),
            ("x-trace".to_string(), "a".to_string()),
            ("X-Trace".to_string(), "b".to_string()),
            ("OpenAI-Beta".to_string(), "assistants=v2".to_string()),
        ];
        let map = guest_headers(&policy(), &headers).unwrap();
        assert_eq!(map["content-type"], "application/json");
        assert_eq!(map.get_all("x-trace").iter().count(), 2);
        assert_eq!(map["openai-beta"], "assistants=v2");
    }

    #[test]
    fn credential_header_is_prefixed_and_sensitive() {
        let secrets = Secrets::from_pairs([("OPENAI_API_KEY", "sk-live-123")]);
        let (name, value) = credential_header(&policy(), &secrets, "OPENAI_API_KEY", &origin()).unwrap();
        assert_eq!(name, "authorization");
        assert_eq!(value, "Bearer sk-live-123");
        assert!(value.is_sensitive());
        assert!(!format!("{value:?}").contains("sk-live-123"));
    }

    #[test]
    fn credential_errors() {
        let secrets = Secrets::from_pairs([("OPENAI_API_KEY", "sk-live-123\n")]);
        let undeclared = credential_header(&policy(), &secrets, "OTHER_KEY", &origin()).unwrap_err();
        assert!(matches!(&undeclared, GateError::CredentialUnavailable(m) if m.contains("not granted")));
        let elsewhere = Origin::parse("https://evil.example").unwrap();
        let unbound = credential_header(&policy(), &secrets, "OPENAI_API_KEY", &elsewhere).unwrap_err();
        assert!(
            matches!(&unbound, GateError::CredentialUnavailable(m) if m.contains("goes only to https://api.openai.com")),
            "{unbound:?}"
        );
        let unset = credential_header(&policy(), &secrets, "CUSTOM_KEY", &origin()).unwrap_err();
        assert!(matches!(&unset, GateError::CredentialUnavailable(m) if m.contains("CUSTOM_KEY, which is not set")));
        let bad = credential_header(&policy(), &secrets, "OPENAI_API_KEY", &origin()).unwrap_err();
        assert!(matches!(&bad, GateError::CredentialUnavailable(_)));
        assert!(!format!("{bad} {bad:?}").contains("sk-live-123"));
    }
}

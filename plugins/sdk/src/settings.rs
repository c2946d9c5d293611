//! The settings the host passes with every call (`setting-decl`s the plugin
//! declared, resolved by the host: the operator's value or the default).

use crate::Setting;

/// The trimmed, non-empty value of setting `name`, if the host passed one.
pub fn get<'a>(settings: &'a [Setting], name: &str) -> Option<&'a str> {
    settings.iter().find(|s| s.name == name).map(|s| s.value.trim()).filter(|v| !v.is_empty())
}

/// The value of setting `name`, or `default` when it is missing or blank.
pub fn get_or(settings: &[Setting], name: &str, default: &str) -> String {
    get(settings, name).unwrap_or(default).to_string()
}

/// A base URL setting without its trailing slashes, or `default`.
pub fn base_url(settings: &[Setting], name: &str, default: &str) -> String {
    get_or(settings, name, default).trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Vec<Setting> {
        pairs.iter().map(|(n, v)| Setting { name: n.to_string(), value: v.to_string() }).collect()
    }

    #[test]
    fn values_defaults_and_base_urls() {
        let s = settings(&[("BASE_URL", " https://proxy.local/v1/ "), ("EMPTY", "  ")]);
        assert_eq!(get(&s, "BASE_URL"), Some("https://proxy.local/v1/"));
        assert_eq!(get(&s, "EMPTY"), None);
        assert_eq!(get_or(&s, "MISSING", "d"), "d");
        assert_eq!(base_url(&s, "BASE_URL", "x"), "https://proxy.local/v1");
        assert_eq!(base_url(&s, "EMPTY", "https://api.example.com/"), "https://api.example.com");
    }
}

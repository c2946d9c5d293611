//! What this plugin offers: the Claude story model (key, name, API model),
//! the credential and the base-URL setting, which `describe` in `lib.rs`
//! turns into the `plugin-info`.

use storyloom_plugin_sdk::describe::CatalogModel;
use storyloom_plugin_sdk::{Setting, settings};

/// Environment variable holding the API key; the host adds it as `x-api-key: <key>`.
pub const CREDENTIAL: &str = "ANTHROPIC_API_KEY";
/// Header the host puts the key in (contract §5.1).
pub const CREDENTIAL_HEADER: &str = "x-api-key";
/// Text before the key in that header: none.
pub const CREDENTIAL_PREFIX: &str = "";
/// Setting with the API base URL, without the version (like the official SDK); may carry a path prefix.
pub const BASE_URL_SETTING: &str = "ANTHROPIC_BASE_URL";
/// The base URL when the operator sets none.
pub const DEFAULT_BASE_URL: &str = "https://api.anthropic.com";
/// Group the home page lists the model under.
pub const PROVIDER_GROUP: &str = "Anthropic";
/// The `anthropic-version` header every request carries (contract §5.1: SDK `_client.py`).
pub const API_VERSION: &str = "2023-06-01";

/// The story model (contract §5's examples for the API model).
pub const STORY_MODEL: CatalogModel = CatalogModel { key: "claude", display_name: "Claude", api_model: "claude-sonnet-4-5" };

/// The base URL from the call's settings (the default when absent or blank), without a trailing `/`.
pub fn base_url(call_settings: &[Setting]) -> String {
    settings::base_url(call_settings, BASE_URL_SETTING, DEFAULT_BASE_URL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_comes_from_the_setting_or_the_default() {
        let with = |pairs: &[(&str, &str)]| -> Vec<Setting> {
            pairs.iter().map(|(name, value)| Setting { name: name.to_string(), value: value.to_string() }).collect()
        };
        assert_eq!(base_url(&with(&[])), "https://api.anthropic.com");
        assert_eq!(base_url(&with(&[(BASE_URL_SETTING, "  ")])), "https://api.anthropic.com");
        assert_eq!(
            base_url(&with(&[("OTHER", "x"), (BASE_URL_SETTING, "http://127.0.0.1:9/proxy/anthropic/")])),
            "http://127.0.0.1:9/proxy/anthropic"
        );
    }

    #[test]
    fn claude_is_the_only_model() {
        assert_eq!(STORY_MODEL.find("claude").map(|m| m.api_model), Some("claude-sonnet-4-5"));
        assert!(STORY_MODEL.find("gpt").is_none());
    }
}

//! What this plugin offers: its models (key, name, API model, capabilities),
//! the credential and the URL settings (API base, picture links), as plain Rust data `describe`
//! (in `lib.rs`) turns into the `plugin-info`.

use storyloom_plugin_sdk::describe::CatalogModel;
use storyloom_plugin_sdk::{Setting, settings};

/// Environment variable holding the API key; the host adds it as `Authorization: Bearer <key>`.
pub const CREDENTIAL: &str = "OPENAI_API_KEY";
/// Header the host puts the key in.
pub const CREDENTIAL_HEADER: &str = "authorization";
/// Text before the key in that header.
pub const CREDENTIAL_PREFIX: &str = "Bearer ";
/// Setting with the API base URL, version included (like the official SDK); may carry a path prefix.
pub const BASE_URL_SETTING: &str = "OPENAI_BASE_URL";
/// The base URL when the operator sets none (contract §1.1: spec `servers`).
pub const DEFAULT_BASE_URL: &str = "https://api.openai.com/v1";
/// Setting with the origin of picture links that are not on the API's own
/// origin (`data[0].url` answers from gateways and older models; only the
/// origin matters). Declared with `host_from_setting`.
pub const IMAGE_CDN_SETTING: &str = "OPENAI_IMAGE_CDN_URL";
/// Its default: the default API base URL, so that with nothing set only links on
/// the API's own origin are downloaded. The contract names no link host for
/// OpenAI (§1.4: the GPT image models "always return base64" and never `url`).
pub const DEFAULT_IMAGE_CDN_URL: &str = DEFAULT_BASE_URL;
/// The provider's name: the group the home page lists the models under, and the name error messages use.
pub const PROVIDER: &str = "OpenAI";

/// Reference photos a GPT image model takes on `/images/edits` (contract §1.3: `maxItems` 16).
pub const MAX_REFERENCE_IMAGES: u32 = 16;
/// Aspect ratios of the sizes GPT image models accept (1024x1024, 1536x1024, 1024x1536).
pub const IMAGE_ASPECT_RATIOS: [&str; 3] = ["1:1", "3:2", "2:3"];

/// One GPT image model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImageModel {
    /// Model key stored with stories; it is also the API's `model` value.
    pub key: &'static str,
    pub display_name: &'static str,
    /// Whether `/images/edits` accepts `input_fidelity` (contract §1.6: not gpt-image-1-mini).
    pub input_fidelity: bool,
}

/// The GPT image models, in the order `describe` lists them.
pub const IMAGE_MODELS: [ImageModel; 3] = [
    ImageModel { key: "gpt-image-1-mini", display_name: "GPT Image 1 Mini", input_fidelity: false },
    ImageModel { key: "gpt-image-1", display_name: "GPT Image 1", input_fidelity: true },
    ImageModel { key: "gpt-image-1.5", display_name: "GPT Image 1.5", input_fidelity: true },
];

/// The story model (contract §5's examples for the API model).
pub const STORY_MODEL: CatalogModel = CatalogModel { key: "gpt", display_name: "GPT", api_model: "gpt-4.1-mini" };

/// The image model with this key.
pub fn image_model(key: &str) -> Option<ImageModel> {
    IMAGE_MODELS.iter().copied().find(|m| m.key == key)
}

/// The base URL from the call's settings (the default when absent or blank), without a trailing `/`.
pub fn base_url(call_settings: &[Setting]) -> String {
    settings::base_url(call_settings, BASE_URL_SETTING, DEFAULT_BASE_URL)
}

/// The picture-link origin setting from the call's settings (the default when absent or blank).
pub fn image_cdn_url(call_settings: &[Setting]) -> String {
    settings::base_url(call_settings, IMAGE_CDN_SETTING, DEFAULT_IMAGE_CDN_URL)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(pairs: &[(&str, &str)]) -> Vec<Setting> {
        pairs.iter().map(|(name, value)| Setting { name: name.to_string(), value: value.to_string() }).collect()
    }

    #[test]
    fn base_url_comes_from_the_setting_or_the_default() {
        assert_eq!(base_url(&[]), "https://api.openai.com/v1");
        assert_eq!(base_url(&settings(&[(BASE_URL_SETTING, "  ")])), "https://api.openai.com/v1");
        let proxy = settings(&[("OTHER", "x"), (BASE_URL_SETTING, "http://127.0.0.1:9/proxy/v1/")]);
        assert_eq!(base_url(&proxy), "http://127.0.0.1:9/proxy/v1");
        assert_eq!(image_cdn_url(&proxy), "https://api.openai.com/v1", "links default to the default API origin");
        assert_eq!(image_cdn_url(&settings(&[(IMAGE_CDN_SETTING, "https://files.gateway.example/")])), "https://files.gateway.example");
    }

    #[test]
    fn only_mini_lacks_input_fidelity() {
        let fidelity: Vec<(&str, bool)> = IMAGE_MODELS.iter().map(|m| (m.key, m.input_fidelity)).collect();
        assert_eq!(fidelity, [("gpt-image-1-mini", false), ("gpt-image-1", true), ("gpt-image-1.5", true)]);
        assert!(image_model("dall-e-3").is_none());
        assert_eq!(STORY_MODEL.find("gpt").map(|m| m.api_model), Some("gpt-4.1-mini"));
    }
}

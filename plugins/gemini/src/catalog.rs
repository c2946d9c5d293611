//! What this plugin offers: the Gemini image model and the Gemini story
//! model, the credential and the base-URL setting, as plain Rust data the
//! glue turns into the WIT `plugin-info`, plus the endpoint URL builder.

/// Environment variable holding the API key; the host adds it as `x-goog-api-key: <key>`.
pub const CREDENTIAL: &str = "GEMINI_API_KEY";
/// Header the host puts the key in (contract §4.1: python-genai `_api_client.py`).
pub const CREDENTIAL_HEADER: &str = "x-goog-api-key";
/// Text before the key in that header: none.
pub const CREDENTIAL_PREFIX: &str = "";
/// Setting with the API base URL, without the version (may carry a path prefix).
pub const BASE_URL_SETTING: &str = "GEMINI_BASE_URL";
/// The base URL when the operator sets none.
pub const DEFAULT_BASE_URL: &str = "https://generativelanguage.googleapis.com";
/// API version segment every call uses.
pub const API_VERSION: &str = "v1beta";
/// Group the home page lists the models under.
pub const PROVIDER_GROUP: &str = "Google";

/// The image model: key stored with stories, name shown, API model (contract §4.1).
pub const IMAGE_KEY: &str = "gemini";
pub const IMAGE_DISPLAY_NAME: &str = "Gemini";
pub const IMAGE_API_MODEL: &str = "gemini-2.5-flash-image";
/// Reference photos sent as inline image parts ("gemini-2.5-flash-image works best with up to 3", §4.1).
pub const MAX_REFERENCE_IMAGES: u32 = 3;
/// The ratio sent when the request names none.
pub const DEFAULT_ASPECT_RATIO: &str = "1:1";
/// `imageConfig.aspectRatio` values: python-genai `ImageConfig` plus the docs' 4:5 and 5:4 (§4.1).
pub const IMAGE_ASPECT_RATIOS: [&str; 10] = ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"];

/// The story model: key, name and the API model it calls (contract §5.4).
pub const STORY_KEY: &str = "gemini-story";
pub const STORY_DISPLAY_NAME: &str = "Gemini";
pub const STORY_API_MODEL: &str = "gemini-2.5-flash";

/// The value of setting `name` from the call's settings (`default` when absent or blank), without a trailing `/`.
pub fn setting<'a>(settings: impl IntoIterator<Item = (&'a str, &'a str)>, name: &str, default: &str) -> String {
    let value = settings
        .into_iter()
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.trim())
        .filter(|value| !value.is_empty())
        .unwrap_or(default);
    value.trim_end_matches('/').to_string()
}

/// `{base}/v1beta/models/{model}:generateContent`.
pub fn generate_content_url(base: &str, model: &str) -> String {
    format!("{}/{API_VERSION}/models/{model}:generateContent", base.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_the_call_or_the_default() {
        assert_eq!(setting([], BASE_URL_SETTING, DEFAULT_BASE_URL), DEFAULT_BASE_URL);
        assert_eq!(setting([(BASE_URL_SETTING, " ")], BASE_URL_SETTING, DEFAULT_BASE_URL), DEFAULT_BASE_URL);
        let custom = [("OTHER", "x"), (BASE_URL_SETTING, "http://127.0.0.1:9/proxy/google/")];
        assert_eq!(setting(custom, BASE_URL_SETTING, DEFAULT_BASE_URL), "http://127.0.0.1:9/proxy/google");
    }

    #[test]
    fn the_endpoint_names_version_and_model() {
        assert_eq!(
            generate_content_url(DEFAULT_BASE_URL, IMAGE_API_MODEL),
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-image:generateContent"
        );
        assert_eq!(generate_content_url("http://h/p/", "m"), "http://h/p/v1beta/models/m:generateContent");
        assert!(IMAGE_ASPECT_RATIOS.contains(&DEFAULT_ASPECT_RATIO));
    }
}

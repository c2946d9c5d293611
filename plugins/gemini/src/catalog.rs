//! What this plugin offers: the Gemini image model, the Gemini story
//! model and the Veo video model, the credential and the base-URL setting, as plain Rust data
//! `describe` turns into the `plugin-info`; plus the base URL read from the
//! call's settings and the `generateContent` request both models send.

use serde_json::Value;
use storyloom_plugin_sdk::http::Request;
use storyloom_plugin_sdk::{Setting, settings};

/// The name failures and host refusals carry ("Gemini: …", "could not reach Gemini: …").
pub const PROVIDER: &str = "Gemini";

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

/// The video model: key, name and the API model it calls (contract §4.3, `models.py` L6001).
pub const VIDEO_KEY: &str = "veo";
pub const VIDEO_DISPLAY_NAME: &str = "Veo 3.1";
pub const VIDEO_API_MODEL: &str = "veo-3.1-generate-preview";

/// `GEMINI_BASE_URL` from the call's settings (the default when absent or blank), without a trailing `/`.
pub fn base_url(call_settings: &[Setting]) -> String {
    settings::base_url(call_settings, BASE_URL_SETTING, DEFAULT_BASE_URL)
}

/// `{base}/v1beta/models/{model}:generateContent`.
pub fn generate_content_url(base: &str, model: &str) -> String {
    format!("{}/{API_VERSION}/models/{model}:generateContent", base.trim_end_matches('/'))
}

/// A JSON `generateContent` POST to `model`, naming the credential so the host adds the key.
pub fn generate_content(base: &str, model: &str, body: &Value) -> Request {
    Request::post(generate_content_url(base, model)).json(body).header("accept", "application/json").credential(CREDENTIAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_the_call_or_the_default() {
        let settings = |pairs: &[(&str, &str)]| -> Vec<Setting> {
            pairs.iter().map(|(name, value)| Setting { name: name.to_string(), value: value.to_string() }).collect()
        };
        assert_eq!(base_url(&[]), DEFAULT_BASE_URL);
        assert_eq!(base_url(&settings(&[(BASE_URL_SETTING, " ")])), DEFAULT_BASE_URL);
        let custom = settings(&[("OTHER", "x"), (BASE_URL_SETTING, "http://127.0.0.1:9/proxy/google/")]);
        assert_eq!(base_url(&custom), "http://127.0.0.1:9/proxy/google");
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

    #[test]
    fn the_request_is_json_with_the_key_named_never_sent() {
        let request = generate_content("http://h", "m", &serde_json::json!({"a": 1}));
        assert_eq!(request.method, storyloom_plugin_sdk::http::Method::Post);
        let headers =
            [("content-type".to_string(), "application/json".to_string()), ("accept".to_string(), "application/json".to_string())];
        assert_eq!((request.headers.as_slice(), request.body.as_slice()), (headers.as_slice(), br#"{"a":1}"#.as_slice()));
        assert_eq!((request.credential.as_deref(), request.timeout_ms), (Some(CREDENTIAL), None));
    }
}

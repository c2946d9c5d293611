//! What this plugin offers: Grok Imagine, Grok Imagine Video and the Grok
//! story model, the credential and the three URL settings (API base, image
//! CDN, video CDN), as plain Rust
//! data `describe` builds the `plugin-info` from; and the shape of an API
//! call (a JSON POST carrying the key).

use serde_json::Value;
use storyloom_plugin_sdk::http::Request;

/// Environment variable holding the API key; the host adds it as `Authorization: Bearer <key>`.
pub const CREDENTIAL: &str = "XAI_API_KEY";
/// Header the host puts the key in.
pub const CREDENTIAL_HEADER: &str = "authorization";
/// Text before the key in that header.
pub const CREDENTIAL_PREFIX: &str = "Bearer ";
/// Setting with the API base URL, version included (like xai-sdk-ts); may carry a path prefix.
pub const BASE_URL_SETTING: &str = "XAI_BASE_URL";
/// The base URL when the operator sets none (contract §2: xai-sdk-ts `DEFAULT_BASE_URL`).
pub const DEFAULT_BASE_URL: &str = "https://api.x.ai/v1";
/// Setting with the origin of the temporary picture links (`url` answers); only its origin matters.
pub const IMAGE_CDN_SETTING: &str = "XAI_IMAGE_CDN_URL";
/// Where xAI serves temporary pictures: `https://imgen.x.ai/xai-imgen/xai-tmp-imgen-<id>.jpeg`.
pub const DEFAULT_IMAGE_CDN_URL: &str = "https://imgen.x.ai";
/// Setting with the origin of finished clips' temporary links (`video.url`); only its origin matters.
pub const VIDEO_CDN_SETTING: &str = "XAI_VIDEO_CDN_URL";
/// Where xAI serves finished clips (contract §3.2): `https://vidgen.x.ai/xai-vidgen-bucket/xai-video-<id>.mp4`.
pub const DEFAULT_VIDEO_CDN_URL: &str = "https://vidgen.x.ai";
/// Group the home page lists the models under.
pub const PROVIDER_GROUP: &str = "xAI";

/// The image model: key stored with stories, name shown, API model.
pub const IMAGE_KEY: &str = "grok-imagine";
pub const IMAGE_DISPLAY_NAME: &str = "Grok Imagine";
pub const IMAGE_API_MODEL: &str = "grok-imagine-image";
/// Reference photos `/images/edits` takes (contract §2.2: `images`, "the docs say up to 3").
pub const MAX_REFERENCE_IMAGES: u32 = 3;
/// The ratio sent when the request names none.
pub const DEFAULT_ASPECT_RATIO: &str = "1:1";
/// `ImageAspectRatio` without `auto` (contract §2.1), in the spec's order.
pub const IMAGE_ASPECT_RATIOS: [&str; 15] =
    ["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "21:9", "5:2"];

/// The video model: key stored with stories, name shown, API model (contract §3).
pub const VIDEO_KEY: &str = "grok-imagine-video";
pub const VIDEO_DISPLAY_NAME: &str = "Grok Imagine Video";
pub const VIDEO_API_MODEL: &str = "grok-imagine-video";
/// The one ratio the host asks clips in (the spec's `VideoAspectRatio` has seven; scenes are square).
pub const VIDEO_ASPECT_RATIO: &str = "1:1";
/// Clip length sent when the host asks for none, in seconds (spec default 8).
pub const DEFAULT_VIDEO_SECONDS: u32 = 8;
/// `duration`'s range, in seconds (contract §3.1: 1..15).
pub const VIDEO_SECONDS_RANGE: std::ops::RangeInclusive<u32> = 1..=15;
/// `resolution` sent (contract §3.1: `480p`, `720p`, `1080p`).
pub const VIDEO_RESOLUTION: &str = "720p";
/// How long to wait between polls, in ms (contract §3.2: xai-sdk-ts and vercel/ai poll every 5 s).
pub const VIDEO_POLL_AFTER_MS: u64 = 5_000;

/// The story model: key, name and the chat `model` it calls.
pub const STORY_KEY: &str = "grok";
pub const STORY_DISPLAY_NAME: &str = "Grok";
/// The chat model the seed app's `grok` used (`grok-3` via `https://api.x.ai/v1`).
pub const STORY_API_MODEL: &str = "grok-3";

/// `{base}/{path}` for an endpoint path such as `images/generations`.
pub fn endpoint(base: &str, path: &str) -> String {
    format!("{}/{}", base.trim_end_matches('/'), path.trim_start_matches('/'))
}

/// A JSON POST to `{base}/{path}` with the key: `content-type` then `accept: application/json`.
pub fn api_post(base: &str, path: &str, body: &Value) -> Request {
    Request::post(endpoint(base, path)).json(body).header("accept", "application/json").credential(CREDENTIAL)
}

#[cfg(test)]
mod tests {
    use super::*;

    use storyloom_plugin_sdk::{Setting, settings};

    fn given(pairs: &[(&str, &str)]) -> Vec<Setting> {
        pairs.iter().map(|(name, value)| Setting { name: name.to_string(), value: value.to_string() }).collect()
    }

    #[test]
    fn settings_come_from_the_call_or_the_default() {
        assert_eq!(settings::base_url(&given(&[]), BASE_URL_SETTING, DEFAULT_BASE_URL), "https://api.x.ai/v1");
        assert_eq!(settings::base_url(&given(&[(BASE_URL_SETTING, " ")]), BASE_URL_SETTING, DEFAULT_BASE_URL), "https://api.x.ai/v1");
        let custom = given(&[("OTHER", "x"), (BASE_URL_SETTING, "http://127.0.0.1:9/proxy/v1/")]);
        assert_eq!(settings::base_url(&custom, BASE_URL_SETTING, DEFAULT_BASE_URL), "http://127.0.0.1:9/proxy/v1");
        assert_eq!(endpoint("http://h/p/v1", "images/edits"), "http://h/p/v1/images/edits");
    }

    #[test]
    fn api_calls_post_json_with_the_key() {
        let request = api_post("https://api.x.ai/v1/", "/chat/completions", &serde_json::json!({"a": 1}));
        assert_eq!(request.url, "https://api.x.ai/v1/chat/completions");
        let expected = [("content-type", "application/json"), ("accept", "application/json")];
        assert_eq!(request.headers, expected.map(|(k, v)| (k.to_string(), v.to_string())));
        assert_eq!((request.body.as_slice(), request.credential.as_deref()), (br#"{"a":1}"#.as_slice(), Some(CREDENTIAL)));
    }

    #[test]
    fn the_aspect_ratios_are_the_specs() {
        assert_eq!(IMAGE_ASPECT_RATIOS.len(), 15);
        assert!(IMAGE_ASPECT_RATIOS.contains(&DEFAULT_ASPECT_RATIO) && !IMAGE_ASPECT_RATIOS.contains(&"auto"));
    }
}

//! Reading a `GeneratedImageResponse` (contract §2.1): `data[0].b64_json`
//! decoded, or `data[0].url`, a temporary link downloaded at once by the
//! SDK's `download` (the key only goes along when the link is on the API's
//! own origin; another origin must be the one `XAI_IMAGE_CDN_URL` names).
//! The media type comes from the magic bytes, then `mime_type`, then JPEG.
//!
//! Which answers without a picture are a moderation block, after contract
//! §2.1 and §8.3 (xAI's REST moderation signal is undocumented; the observed
//! one, vercel/ai#19168, is a 200 with `data: []` or entries with an empty
//! payload): those two are `refused`. Every other answer without a picture is
//! not moderation and is `transient` (the host asks again): a body without the
//! required `data` list (e.g. a deferred `{"request_id"}` answer), an entry
//! reporting a `storage_error`, an unreadable body or base64.

use serde::Deserialize;
use storyloom_plugin_sdk::download::{self, LinkPolicy};
use storyloom_plugin_sdk::encoding::base64_decode;
use storyloom_plugin_sdk::http::Fetch;
use storyloom_plugin_sdk::{Media, PluginError, log};

use crate::catalog::{CREDENTIAL, IMAGE_CDN_SETTING};
use crate::errors::PROVIDER;

/// The answer; `data` is required by the spec, so its absence is not a moderation signal.
#[derive(Debug, Deserialize)]
struct GeneratedImageResponse {
    data: Option<Vec<GeneratedImage>>,
}

#[derive(Debug, Deserialize)]
struct GeneratedImage {
    b64_json: Option<String>,
    url: Option<String>,
    mime_type: Option<String>,
    /// Set when xAI could not store the picture where `output` asked (spec `GeneratedImage`).
    storage_error: Option<serde_json::Value>,
}

/// The refusal for a withheld picture (contract §2.1: `data: []` or an empty payload).
fn withheld() -> PluginError {
    PluginError::Refused("xAI: no picture came back; xAI withholds pictures its moderation blocks".into())
}

/// The picture in an answer body, downloading it when it is a link; `base_url`
/// and `cdn_url` are this call's `XAI_BASE_URL` and `XAI_IMAGE_CDN_URL`.
pub fn read(http: &dyn Fetch, body: &[u8], base_url: &str, cdn_url: &str) -> Result<Media, PluginError> {
    let parsed: GeneratedImageResponse = serde_json::from_slice(body).map_err(|e| {
        log::warn(&format!("xAI's picture answer is not the expected JSON: {e}"));
        PluginError::Transient("xAI's picture answer was not the expected JSON".into())
    })?;
    let Some(data) = parsed.data else {
        return Err(PluginError::Transient("xAI's answer held no picture list".into()));
    };
    let first = data.into_iter().next().ok_or_else(withheld)?;
    let encoded = first.b64_json.as_deref().map(str::trim).filter(|b| !b.is_empty());
    let link = first.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    if encoded.is_none() && link.is_none() && first.storage_error.as_ref().is_some_and(|e| !e.is_null()) {
        return Err(PluginError::Transient("xAI could not store the picture it made".into()));
    }
    let label = first.mime_type.as_deref();
    match (encoded, link) {
        (Some(encoded), _) => {
            let bytes = base64_decode(encoded).map_err(|e| PluginError::Transient(format!("xAI's picture was not valid base64 ({e})")))?;
            if bytes.is_empty() {
                return Err(withheld());
            }
            let media_type = download::picture_type(&bytes, &[label], "image/jpeg");
            Ok(Media { media_type, bytes })
        }
        (None, Some(url)) => {
            let policy = LinkPolicy {
                provider: PROVIDER,
                api_base_url: base_url,
                credential: CREDENTIAL,
                link_setting: IMAGE_CDN_SETTING,
                link_setting_value: cdn_url,
            };
            download::picture(http, url, &policy, &[label], "image/jpeg")
        }
        (None, None) => Err(withheld()),
    }
}

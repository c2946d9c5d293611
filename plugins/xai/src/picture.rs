//! Reading a `GeneratedImageResponse` (contract §2.1): `data[0].b64_json`
//! decoded, or `data[0].url`, a temporary link downloaded at once with a GET
//! (the key only goes along when the link is on the API's own origin). An
//! empty `data` or payload is how xAI's REST API reports a moderation block.
//! The media type comes from the magic bytes, then `mime_type`, then JPEG.

use serde::Deserialize;
use storyloom_plugin_sdk::encoding::{base64_decode, sniff_picture};
use storyloom_plugin_sdk::http::{Fetch, Request};
use storyloom_plugin_sdk::{Media, PluginError};

use crate::catalog::{CREDENTIAL, IMAGE_CDN_SETTING, origin};
use crate::errors::{self, PROVIDER};

#[derive(Debug, Deserialize)]
struct GeneratedImageResponse {
    #[serde(default)]
    data: Vec<GeneratedImage>,
}

#[derive(Debug, Deserialize)]
struct GeneratedImage {
    b64_json: Option<String>,
    url: Option<String>,
    mime_type: Option<String>,
}

/// The picture in an answer body, downloading it when it is a link.
pub fn read(http: &dyn Fetch, body: &[u8], base_url: &str, cdn_url: &str) -> Result<Media, PluginError> {
    let parsed: GeneratedImageResponse = serde_json::from_slice(body)
        .map_err(|e| PluginError::Transient(format!("xAI's picture answer was not the expected JSON ({e})")))?;
    let withheld = || PluginError::Refused("xAI: no picture came back; xAI withholds pictures its moderation blocks".into());
    let first = parsed.data.into_iter().next().ok_or_else(withheld)?;
    let encoded = first.b64_json.as_deref().map(str::trim).filter(|b| !b.is_empty());
    let link = first.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    let (bytes, label) = match (encoded, link) {
        (Some(encoded), _) => {
            let bytes = base64_decode(encoded).map_err(|e| PluginError::Transient(format!("xAI's picture was not valid base64 ({e})")))?;
            (bytes, first.mime_type)
        }
        (None, Some(url)) => {
            let (bytes, content_type) = download(http, url, base_url, cdn_url)?;
            (bytes, first.mime_type.or(content_type))
        }
        (None, None) => return Err(withheld()),
    };
    if bytes.is_empty() {
        return Err(withheld());
    }
    let media_type = match (sniff_picture(&bytes), label.as_deref().map(|l| l.split(';').next().unwrap_or("").trim())) {
        (Some(sniffed), _) => sniffed.to_string(),
        (None, Some(label @ ("image/png" | "image/jpeg" | "image/webp"))) => label.to_string(),
        (None, _) => "image/jpeg".to_string(),
    };
    Ok(Media { media_type, bytes })
}

/// GET a temporary link now; it expires (a late GET gets 404). Returns the bytes and `content-type`.
fn download(http: &dyn Fetch, url: &str, base_url: &str, cdn_url: &str) -> Result<(Vec<u8>, Option<String>), PluginError> {
    let link_origin = origin(url)
        .ok_or_else(|| PluginError::Transient(format!("xAI sent a picture link that is not an http(s) URL: {:?}", shorten_url(url))))?;
    let mut request = Request::get(url).header("accept", "image/*");
    // Only a link on the API's own origin gets the key.
    if origin(base_url).is_some_and(|api| api == link_origin) {
        request = request.credential(CREDENTIAL);
    }
    let response = request.send(http, PROVIDER).map_err(|failure| match failure {
        PluginError::InvalidRequest(m) if origin(cdn_url).is_none_or(|cdn| cdn != link_origin) => PluginError::InvalidRequest(format!(
            "xAI sent its picture as a link on {link_origin}, which is not the image CDN this server allows \
             ({IMAGE_CDN_SETTING} = {cdn_url}); set {IMAGE_CDN_SETTING} to that origin ({m})"
        )),
        other => other,
    })?;
    if matches!(response.status, 403 | 404 | 410) {
        return Err(PluginError::Transient(format!(
            "xAI's temporary picture link had expired before it could be downloaded (HTTP {}); asking again makes a new one",
            response.status
        )));
    }
    let response = errors::ok_or_failure(response).map_err(|failure| match failure {
        // The key plays no part in a CDN download, and nothing was judged there.
        PluginError::Unauthorized(m) | PluginError::Refused(m) => PluginError::InvalidRequest(m),
        other => other,
    })?;
    if response.truncated {
        return Err(PluginError::InvalidRequest("xAI's picture was larger than the host accepts".into()));
    }
    let content_type = response.header("content-type").map(str::to_string);
    Ok((response.body, content_type))
}

/// A link cut to a readable length for a message.
fn shorten_url(url: &str) -> String {
    url.chars().take(120).collect()
}

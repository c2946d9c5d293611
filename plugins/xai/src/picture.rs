//! Reading a `GeneratedImageResponse` (contract §2.1): `data[0].b64_json`
//! decoded, or `data[0].url`, a temporary link downloaded at once with a GET
//! (the key only goes along when the link is on the API's own origin). An
//! empty `data` or payload is how xAI's REST API reports a moderation block.
//! The media type comes from the magic bytes, then `mime_type`, then JPEG.

use base64::Engine as _;
use serde::Deserialize;

use crate::catalog::{IMAGE_CDN_SETTING, origin};
use crate::errors;
use crate::transport::{self, Failure, Method, Outgoing, Picture, Transport};

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
pub fn read(transport: &dyn Transport, body: &[u8], base_url: &str, cdn_url: &str) -> Result<Picture, Failure> {
    let parsed: GeneratedImageResponse =
        serde_json::from_slice(body).map_err(|e| Failure::Transient(format!("xAI's picture answer was not the expected JSON ({e})")))?;
    let withheld = || Failure::Refused("xAI: no picture came back; xAI withholds pictures its moderation blocks".into());
    let first = parsed.data.into_iter().next().ok_or_else(withheld)?;
    let encoded = first.b64_json.as_deref().map(str::trim).filter(|b| !b.is_empty());
    let link = first.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    let (bytes, label) = match (encoded, link) {
        (Some(encoded), _) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(encoded)
                .map_err(|e| Failure::Transient(format!("xAI's picture was not valid base64 ({e})")))?;
            (bytes, first.mime_type)
        }
        (None, Some(url)) => {
            let (bytes, content_type) = download(transport, url, base_url, cdn_url)?;
            (bytes, first.mime_type.or(content_type))
        }
        (None, None) => return Err(withheld()),
    };
    if bytes.is_empty() {
        return Err(withheld());
    }
    let media_type = match (sniff(&bytes), label.as_deref().map(|l| l.split(';').next().unwrap_or("").trim())) {
        (Some(sniffed), _) => sniffed.to_string(),
        (None, Some(label @ ("image/png" | "image/jpeg" | "image/webp"))) => label.to_string(),
        (None, _) => "image/jpeg".to_string(),
    };
    Ok(Picture { media_type, bytes })
}

/// GET a temporary link now; it expires (a late GET gets 404). Returns the bytes and `content-type`.
fn download(transport: &dyn Transport, url: &str, base_url: &str, cdn_url: &str) -> Result<(Vec<u8>, Option<String>), Failure> {
    let link_origin = origin(url)
        .ok_or_else(|| Failure::Transient(format!("xAI sent a picture link that is not an http(s) URL: {:?}", shorten_url(url))))?;
    let request = Outgoing {
        method: Method::Get,
        url: url.to_string(),
        headers: vec![("accept".into(), "image/*".into())],
        body: Vec::new(),
        with_credential: origin(base_url).is_some_and(|api| api == link_origin),
    };
    let response = transport::send(transport, request).map_err(|failure| match failure {
        Failure::InvalidRequest(m) if origin(cdn_url).is_none_or(|cdn| cdn != link_origin) => Failure::InvalidRequest(format!(
            "xAI sent its picture as a link on {link_origin}, which is not the image CDN this server allows \
             ({IMAGE_CDN_SETTING} = {cdn_url}); set {IMAGE_CDN_SETTING} to that origin ({m})"
        )),
        other => other,
    })?;
    if matches!(response.status, 403 | 404 | 410) {
        return Err(Failure::Transient(format!(
            "xAI's temporary picture link had expired before it could be downloaded (HTTP {}); asking again makes a new one",
            response.status
        )));
    }
    let response = errors::ok_or_failure(response).map_err(|failure| match failure {
        // The key plays no part in a CDN download, and nothing was judged there.
        Failure::Unauthorized(m) | Failure::Refused(m) => Failure::InvalidRequest(m),
        other => other,
    })?;
    if response.truncated {
        return Err(Failure::InvalidRequest("xAI's picture was larger than the host accepts".into()));
    }
    let content_type = response.header("content-type").map(str::to_string);
    Ok((response.body, content_type))
}

/// A link cut to a readable length for a message.
fn shorten_url(url: &str) -> String {
    url.chars().take(120).collect()
}

/// The media type the magic bytes show, for the formats xAI produces.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else {
        None
    }
}

//! Pictures from Gemini (contract §4.1): `POST {base}/v1beta/models/
//! gemini-2.5-flash-image:generateContent` with one user turn whose parts
//! are the reference photos as `inlineData` (type from the magic bytes,
//! base64) followed by the prompt, and `generationConfig` asking for
//! `responseModalities: ["IMAGE"]` at `imageConfig.aspectRatio`. The picture
//! is the first `inlineData` image part of the first candidate. A 200 with
//! no picture is `refused` only when it is a safety block (a blocked prompt,
//! or a finish reason `answer::is_a_block` names); otherwise (text only,
//! `NO_IMAGE`, `IMAGE_OTHER`, `STOP` or `MAX_TOKENS` without an image, no
//! candidate at all) it is `transient` and the host asks again. Messages quote
//! at most `failure::MAX_EXCERPT` characters of the model's text.

use serde_json::{Value, json};
use storyloom_plugin_sdk::describe::nearest_aspect_ratio;
use storyloom_plugin_sdk::encoding::{base64_decode, base64_encode, sniff_picture};
use storyloom_plugin_sdk::failure::{MAX_EXCERPT, excerpt};
use storyloom_plugin_sdk::http::{Fetch, Request};
use storyloom_plugin_sdk::{ImageRequest, Media, PluginError};

use crate::answer::{self, field};
use crate::catalog::{self, DEFAULT_ASPECT_RATIO, IMAGE_API_MODEL, IMAGE_ASPECT_RATIOS, IMAGE_DISPLAY_NAME, MAX_REFERENCE_IMAGES};

/// Make the picture: one `generateContent` call.
pub fn generate(http: &dyn Fetch, req: &ImageRequest) -> Result<Media, PluginError> {
    read_picture(&answer::send(http, &request(req)?, "picture")?.body)
}

/// The `generateContent` request: photos, then the prompt; image output at the ratio.
pub fn request(req: &ImageRequest) -> Result<Request, PluginError> {
    if req.references.len() > MAX_REFERENCE_IMAGES as usize {
        return Err(PluginError::InvalidRequest(format!(
            "{IMAGE_DISPLAY_NAME} takes at most {MAX_REFERENCE_IMAGES} reference photos, not {}",
            req.references.len()
        )));
    }
    let mut parts = Vec::with_capacity(req.references.len() + 1);
    for (index, reference) in req.references.iter().enumerate() {
        parts.push(json!({"inlineData": {"mimeType": media_type(index, reference)?, "data": base64_encode(&reference.bytes)}}));
    }
    parts.push(json!({"text": req.prompt}));
    let body = json!({
        "contents": [{"role": "user", "parts": parts}],
        "generationConfig": {
            "responseModalities": ["IMAGE"],
            "imageConfig": {"aspectRatio": aspect_ratio_for(&req.aspect_ratio, req.width, req.height)},
        },
    });
    Ok(catalog::generate_content(&catalog::base_url(&req.settings), IMAGE_API_MODEL, &body))
}

/// The type of a PNG, JPEG, WebP, HEIC or HEIF photo: its bytes decide, then its label.
fn media_type(index: usize, reference: &Media) -> Result<&'static str, PluginError> {
    match sniff(&reference.bytes).unwrap_or(reference.media_type.as_str()) {
        "image/png" => Ok("image/png"),
        "image/jpeg" | "image/jpg" => Ok("image/jpeg"),
        "image/webp" => Ok("image/webp"),
        "image/heic" => Ok("image/heic"),
        "image/heif" => Ok("image/heif"),
        other => Err(PluginError::InvalidRequest(format!(
            "reference photo {} is {other:?}; Gemini takes PNG, JPEG, WebP, HEIC or HEIF",
            index + 1
        ))),
    }
}

/// The first image part of the first candidate, or the reason there is none.
pub fn read_picture(body: &[u8]) -> Result<Media, PluginError> {
    let candidate = answer::first_candidate(body, "picture")?;
    for part in &candidate.parts {
        let Some(inline) = field(part, "inlineData", "inline_data") else { continue };
        let label = field(inline, "mimeType", "mime_type").and_then(Value::as_str).unwrap_or("");
        if !label.is_empty() && !label.starts_with("image/") {
            continue;
        }
        let data = inline.get("data").and_then(Value::as_str).unwrap_or("");
        let bytes = base64_decode(data).map_err(|e| PluginError::Transient(format!("Gemini's picture was not valid base64 ({e})")))?;
        let media_type = match sniff(&bytes) {
            Some(sniffed) => sniffed.to_string(),
            None if label.starts_with("image/") => label.to_string(),
            None => return Err(PluginError::Transient("Gemini's picture is not an image this server can read".into())),
        };
        return Ok(Media { media_type, bytes });
    }
    let reason = candidate.finish_reason.as_deref().unwrap_or("none given");
    let text = candidate.text();
    let said = if text.trim().is_empty() { String::new() } else { format!(": {}", excerpt(&text, MAX_EXCERPT)) };
    if answer::is_a_block(reason) {
        Err(PluginError::Refused(format!("Gemini: the picture was blocked (finishReason {reason}){said}")))
    } else {
        Err(PluginError::Transient(format!("Gemini: the answer held no picture (finishReason {reason}){said}")))
    }
}

/// The media type the magic bytes show: the SDK's pictures, and the HEIF/HEIC
/// photos Gemini also takes as references.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if let Some(picture) = sniff_picture(bytes) {
        return Some(picture);
    }
    match bytes.get(4..12) {
        Some([b'f', b't', b'y', b'p', brand @ ..]) => match brand {
            b"heic" | b"heix" | b"heim" | b"heis" => Some("image/heic"),
            b"mif1" | b"msf1" => Some("image/heif"),
            _ => None,
        },
        _ => None,
    }
}

/// The ratio to send: a supported one as asked; another → the closest; none → the shape of `width`×`height`, else 1:1.
pub fn aspect_ratio_for(requested: &str, width: u32, height: u32) -> String {
    nearest_aspect_ratio(requested, width, height, &IMAGE_ASPECT_RATIOS, DEFAULT_ASPECT_RATIO)
}

#[cfg(test)]
#[path = "images_tests.rs"]
mod tests;

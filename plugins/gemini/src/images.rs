//! Pictures from Gemini (contract §4.1): `POST {base}/v1beta/models/
//! gemini-2.5-flash-image:generateContent` with one user turn whose parts
//! are the reference photos as `inlineData` (type from the magic bytes,
//! base64) followed by the prompt, and `generationConfig` asking for
//! `responseModalities: ["IMAGE"]` at `imageConfig.aspectRatio`. The picture
//! is the first `inlineData` image part of the first candidate; a 200 with
//! no picture (a safety block, text only) is a readable `refused`.

use base64::Engine as _;
use serde_json::{Value, json};

use crate::answer::{self, field};
use crate::catalog::{self, DEFAULT_ASPECT_RATIO, IMAGE_API_MODEL, IMAGE_ASPECT_RATIOS, IMAGE_DISPLAY_NAME, MAX_REFERENCE_IMAGES};
use crate::errors::{self, shorten};
use crate::transport::{self, Failure, Outgoing, Picture, Transport};

/// One picture request, in plain terms.
#[derive(Debug, Clone)]
pub struct ImageCall<'a> {
    pub base_url: &'a str,
    pub prompt: &'a str,
    pub width: u32,
    pub height: u32,
    pub aspect_ratio: &'a str,
    pub references: &'a [Picture],
}

/// Make the picture: one `generateContent` call.
pub fn generate(transport: &dyn Transport, call: &ImageCall<'_>) -> Result<Picture, Failure> {
    let response = errors::ok_or_failure(transport::send(transport, request(call)?)?)?;
    if response.truncated {
        return Err(Failure::InvalidRequest("Gemini's picture answer was larger than the host accepts".into()));
    }
    read_picture(&response.body)
}

/// The `generateContent` request: photos, then the prompt; image output at the ratio.
pub fn request(call: &ImageCall<'_>) -> Result<Outgoing, Failure> {
    if call.references.len() > MAX_REFERENCE_IMAGES as usize {
        return Err(Failure::InvalidRequest(format!(
            "{IMAGE_DISPLAY_NAME} takes at most {MAX_REFERENCE_IMAGES} reference photos, not {}",
            call.references.len()
        )));
    }
    let mut parts = Vec::with_capacity(call.references.len() + 1);
    for (index, reference) in call.references.iter().enumerate() {
        parts.push(json!({"inlineData": {"mimeType": media_type(index, reference)?, "data": b64(&reference.bytes)}}));
    }
    parts.push(json!({"text": call.prompt}));
    let body = json!({
        "contents": [{"role": "user", "parts": parts}],
        "generationConfig": {
            "responseModalities": ["IMAGE"],
            "imageConfig": {"aspectRatio": aspect_ratio_for(call.aspect_ratio, call.width, call.height)},
        },
    });
    transport::post_json(catalog::generate_content_url(call.base_url, IMAGE_API_MODEL), &body)
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// The type of a PNG, JPEG, WebP, HEIC or HEIF photo: its bytes decide, then its label.
fn media_type(index: usize, reference: &Picture) -> Result<&'static str, Failure> {
    match sniff(&reference.bytes).unwrap_or(reference.media_type.as_str()) {
        "image/png" => Ok("image/png"),
        "image/jpeg" | "image/jpg" => Ok("image/jpeg"),
        "image/webp" => Ok("image/webp"),
        "image/heic" => Ok("image/heic"),
        "image/heif" => Ok("image/heif"),
        other => {
            Err(Failure::InvalidRequest(format!("reference photo {} is {other:?}; Gemini takes PNG, JPEG, WebP, HEIC or HEIF", index + 1)))
        }
    }
}

/// The first image part of the first candidate, or the reason there is none.
pub fn read_picture(body: &[u8]) -> Result<Picture, Failure> {
    let candidate = answer::first_candidate(body, "picture")?;
    for part in &candidate.parts {
        let Some(inline) = field(part, "inlineData", "inline_data") else { continue };
        let label = field(inline, "mimeType", "mime_type").and_then(Value::as_str).unwrap_or("");
        if !label.is_empty() && !label.starts_with("image/") {
            continue;
        }
        let data = inline.get("data").and_then(Value::as_str).unwrap_or("");
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(data.trim())
            .map_err(|e| Failure::Transient(format!("Gemini's picture was not valid base64 ({e})")))?;
        let media_type = match sniff(&bytes) {
            Some(sniffed) => sniffed.to_string(),
            None if label.starts_with("image/") => label.to_string(),
            None => return Err(Failure::Transient("Gemini's picture is not an image this server can read".into())),
        };
        return Ok(Picture { media_type, bytes });
    }
    let reason = candidate.finish_reason.as_deref().unwrap_or("none given");
    let text = candidate.text();
    let said = if text.trim().is_empty() { String::new() } else { format!(": {}", shorten(&text)) };
    if answer::is_a_block(reason) {
        Err(Failure::Refused(format!("Gemini: the picture was blocked (finishReason {reason}){said}")))
    } else {
        Err(Failure::Refused(format!("Gemini: the answer held no picture (finishReason {reason}){said}")))
    }
}

/// The media type the magic bytes show.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some("image/png")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some("image/webp")
    } else if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        match &bytes[8..12] {
            b"heic" | b"heix" | b"heim" | b"heis" => Some("image/heic"),
            b"mif1" | b"msf1" => Some("image/heif"),
            _ => None,
        }
    } else {
        None
    }
}

/// The ratio to send: a supported one as asked; another → the closest; none → the shape of `width`×`height`, else 1:1.
pub fn aspect_ratio_for(requested: &str, width: u32, height: u32) -> String {
    let requested = requested.trim();
    if IMAGE_ASPECT_RATIOS.contains(&requested) {
        return requested.to_string();
    }
    let wanted = parse_ratio(requested)
        .or_else(|| (width > 0 && height > 0).then(|| f64::from(width) / f64::from(height)))
        .filter(|r| r.is_finite() && *r > 0.0);
    let Some(wanted) = wanted else {
        return DEFAULT_ASPECT_RATIO.to_string();
    };
    let distance = |candidate: &&str| parse_ratio(candidate).map_or(f64::INFINITY, |r| (r.ln() - wanted.ln()).abs());
    IMAGE_ASPECT_RATIOS
        .iter()
        .min_by(|a, b| distance(a).total_cmp(&distance(b)))
        .map_or_else(|| DEFAULT_ASPECT_RATIO.to_string(), |r| r.to_string())
}

/// "16:9" → 1.777…
fn parse_ratio(text: &str) -> Option<f64> {
    let (w, h) = text.split_once(':')?;
    let (w, h): (f64, f64) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    (w > 0.0 && h > 0.0).then(|| w / h)
}

#[cfg(test)]
#[path = "images_tests.rs"]
mod tests;

//! Pictures from Grok Imagine (contract §2): `POST {base}/images/generations`
//! without reference photos, xAI's JSON `POST {base}/images/edits` with them
//! (`image: {"url": "data:…"}` for one, `images: [...]` for two or three),
//! always `response_format: "b64_json"`; the answer is read by `picture`.

use base64::Engine as _;
use serde_json::{Value, json};

use crate::catalog::{self, DEFAULT_ASPECT_RATIO, IMAGE_API_MODEL, IMAGE_ASPECT_RATIOS, IMAGE_DISPLAY_NAME, MAX_REFERENCE_IMAGES};
use crate::picture::{self, sniff};
use crate::transport::{self, Failure, Outgoing, Picture, Transport};

/// One picture request, in plain terms.
#[derive(Debug, Clone)]
pub struct ImageCall<'a> {
    pub base_url: &'a str,
    /// Origin setting of the temporary links (`XAI_IMAGE_CDN_URL`), for the error when a link is elsewhere.
    pub cdn_url: &'a str,
    pub prompt: &'a str,
    pub width: u32,
    pub height: u32,
    pub aspect_ratio: &'a str,
    pub references: &'a [Picture],
}

/// Make the picture: one API call, then a download when xAI answers with a link.
pub fn generate(transport: &dyn Transport, call: &ImageCall<'_>) -> Result<Picture, Failure> {
    let request = if call.references.is_empty() { generation_request(call)? } else { edit_request(call)? };
    let response = crate::errors::ok_or_failure(transport::send(transport, request)?)?;
    if response.truncated {
        return Err(Failure::InvalidRequest("xAI's picture answer was larger than the host accepts".into()));
    }
    picture::read(transport, &response.body, call.base_url, call.cdn_url)
}

/// `POST {base}/images/generations`: model, prompt, n, aspect ratio, base64 answer.
pub fn generation_request(call: &ImageCall<'_>) -> Result<Outgoing, Failure> {
    let body = json!({
        "model": IMAGE_API_MODEL,
        "prompt": call.prompt,
        "n": 1,
        "aspect_ratio": aspect_ratio_for(call.aspect_ratio, call.width, call.height),
        "response_format": "b64_json",
    });
    transport::post_json(catalog::endpoint(call.base_url, "images/generations"), &body)
}

/// `POST {base}/images/edits` (JSON): one photo as `image`, where the ratio follows
/// the photo (no `aspect_ratio`); several as `images` with the ratio (contract §2.2).
pub fn edit_request(call: &ImageCall<'_>) -> Result<Outgoing, Failure> {
    if call.references.len() > MAX_REFERENCE_IMAGES as usize {
        return Err(Failure::InvalidRequest(format!(
            "{IMAGE_DISPLAY_NAME} takes at most {MAX_REFERENCE_IMAGES} reference photos, not {}",
            call.references.len()
        )));
    }
    let mut urls = Vec::with_capacity(call.references.len());
    for (index, reference) in call.references.iter().enumerate() {
        urls.push(json!({"url": data_url(index, reference)?}));
    }
    let mut body = json!({
        "model": IMAGE_API_MODEL,
        "prompt": call.prompt,
        "n": 1,
        "response_format": "b64_json",
    });
    if let [only] = urls.as_slice() {
        body["image"] = only.clone();
    } else {
        body["images"] = Value::Array(urls);
        body["aspect_ratio"] = json!(aspect_ratio_for(call.aspect_ratio, call.width, call.height));
    }
    transport::post_json(catalog::endpoint(call.base_url, "images/edits"), &body)
}

/// `data:<type>;base64,…` of a PNG, JPEG or WebP photo (its bytes decide the type, then its label).
fn data_url(index: usize, reference: &Picture) -> Result<String, Failure> {
    let media_type = match sniff(&reference.bytes).unwrap_or(reference.media_type.as_str()) {
        "image/png" => "image/png",
        "image/jpeg" | "image/jpg" => "image/jpeg",
        "image/webp" => "image/webp",
        other => {
            return Err(Failure::InvalidRequest(format!("reference photo {} is {other:?}; xAI takes PNG, JPEG or WebP", index + 1)));
        }
    };
    Ok(format!("data:{media_type};base64,{}", base64::engine::general_purpose::STANDARD.encode(&reference.bytes)))
}

/// The ratio to send: a supported one (or `auto`) as asked; another ratio → the closest
/// supported; none → the shape of `width`×`height`, else 1:1.
pub fn aspect_ratio_for(requested: &str, width: u32, height: u32) -> String {
    let requested = requested.trim();
    if IMAGE_ASPECT_RATIOS.contains(&requested) || requested == "auto" {
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

//! Pictures from Grok Imagine (contract §2): `POST {base}/images/generations`
//! without reference photos, xAI's JSON `POST {base}/images/edits` with them
//! (`image: {"url": "data:…"}` for one, `images: [...]` for two or three),
//! always `response_format: "b64_json"`; the answer is read by `picture`.

use serde_json::{Value, json};
use storyloom_plugin_sdk::describe::nearest_aspect_ratio;
use storyloom_plugin_sdk::encoding::{data_uri, sniff_picture};
use storyloom_plugin_sdk::http::{Fetch, Request};
use storyloom_plugin_sdk::{Media, PluginError};

use crate::catalog::{self, DEFAULT_ASPECT_RATIO, IMAGE_API_MODEL, IMAGE_ASPECT_RATIOS, IMAGE_DISPLAY_NAME, MAX_REFERENCE_IMAGES};
use crate::errors::{self, PROVIDER};
use crate::picture;

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
    pub references: &'a [Media],
}

/// Make the picture: one API call, then a download when xAI answers with a link.
pub fn generate(http: &dyn Fetch, call: &ImageCall<'_>) -> Result<Media, PluginError> {
    let request = if call.references.is_empty() { generation_request(call) } else { edit_request(call)? };
    let response = errors::ok_or_failure(request.send(http, PROVIDER)?)?;
    if response.truncated {
        return Err(PluginError::InvalidRequest("xAI's picture answer was larger than the host accepts".into()));
    }
    picture::read(http, &response.body, call.base_url, call.cdn_url)
}

/// `POST {base}/images/generations`: model, prompt, n, aspect ratio, base64 answer.
pub fn generation_request(call: &ImageCall<'_>) -> Request {
    let body = json!({
        "model": IMAGE_API_MODEL,
        "prompt": call.prompt,
        "n": 1,
        "aspect_ratio": aspect_ratio_for(call.aspect_ratio, call.width, call.height),
        "response_format": "b64_json",
    });
    catalog::api_post(call.base_url, "images/generations", &body)
}

/// `POST {base}/images/edits` (JSON): one photo as `image`, where the ratio follows
/// the photo (no `aspect_ratio`); several as `images` with the ratio (contract §2.2).
pub fn edit_request(call: &ImageCall<'_>) -> Result<Request, PluginError> {
    if call.references.len() > MAX_REFERENCE_IMAGES as usize {
        return Err(PluginError::InvalidRequest(format!(
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
    Ok(catalog::api_post(call.base_url, "images/edits", &body))
}

/// `data:<type>;base64,…` of a PNG, JPEG or WebP photo (its bytes decide the type, then its label).
fn data_url(index: usize, reference: &Media) -> Result<String, PluginError> {
    let media_type = match sniff_picture(&reference.bytes).unwrap_or(reference.media_type.as_str()) {
        "image/png" => "image/png",
        "image/jpeg" | "image/jpg" => "image/jpeg",
        "image/webp" => "image/webp",
        other => {
            return Err(PluginError::InvalidRequest(format!("reference photo {} is {other:?}; xAI takes PNG, JPEG or WebP", index + 1)));
        }
    };
    Ok(data_uri(media_type, &reference.bytes))
}

/// The ratio to send: a supported one (or `auto`) as asked; another ratio → the closest
/// supported; none → the shape of `width`×`height`, else 1:1.
pub fn aspect_ratio_for(requested: &str, width: u32, height: u32) -> String {
    if requested.trim() == "auto" {
        return "auto".to_string();
    }
    nearest_aspect_ratio(requested, width, height, &IMAGE_ASPECT_RATIOS, DEFAULT_ASPECT_RATIO)
}

#[cfg(test)]
#[path = "images_tests.rs"]
mod tests;

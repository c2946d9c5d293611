//! Pictures from Grok Imagine (contract §2): `POST {base}/images/generations`
//! without reference photos, xAI's JSON `POST {base}/images/edits` with them
//! (`image: {"url": "data:…"}` for one, `images: [...]` for two or three),
//! always `response_format: "b64_json"`; the answer is read by `picture`.

use serde_json::{Value, json};
use storyloom_plugin_sdk::describe::nearest_aspect_ratio;
use storyloom_plugin_sdk::encoding::{data_uri, sniff_picture};
use storyloom_plugin_sdk::http::{Fetch, Request};
use storyloom_plugin_sdk::{ImageRequest, Media, PluginError, settings};

use crate::catalog::{
    self, BASE_URL_SETTING, DEFAULT_ASPECT_RATIO, DEFAULT_BASE_URL, DEFAULT_IMAGE_CDN_URL, IMAGE_API_MODEL, IMAGE_ASPECT_RATIOS,
    IMAGE_CDN_SETTING, IMAGE_DISPLAY_NAME, MAX_REFERENCE_IMAGES,
};
use crate::errors::{self, PROVIDER};
use crate::picture;

/// Make the picture: one API call, then a download when xAI answers with a link.
pub fn generate(http: &dyn Fetch, req: &ImageRequest) -> Result<Media, PluginError> {
    let request = if req.references.is_empty() { generation_request(req) } else { edit_request(req)? };
    let response = errors::ok_or_failure(request.send(http, PROVIDER)?)?;
    if response.truncated {
        return Err(PluginError::InvalidRequest("xAI's picture answer was larger than the host accepts".into()));
    }
    let cdn_url = settings::base_url(&req.settings, IMAGE_CDN_SETTING, DEFAULT_IMAGE_CDN_URL);
    picture::read(http, &response.body, &base_url(req), &cdn_url)
}

/// The API root from the call's settings.
fn base_url(req: &ImageRequest) -> String {
    settings::base_url(&req.settings, BASE_URL_SETTING, DEFAULT_BASE_URL)
}

/// `POST {base}/images/generations`: model, prompt, n, aspect ratio, base64 answer.
pub fn generation_request(req: &ImageRequest) -> Request {
    let body = json!({
        "model": IMAGE_API_MODEL,
        "prompt": req.prompt,
        "n": 1,
        "aspect_ratio": aspect_ratio_for(&req.aspect_ratio, req.width, req.height),
        "response_format": "b64_json",
    });
    catalog::api_post(&base_url(req), "images/generations", &body)
}

/// `POST {base}/images/edits` (JSON): one photo as `image`, where the ratio follows
/// the photo (no `aspect_ratio`); several as `images` with the ratio (contract §2.2).
pub fn edit_request(req: &ImageRequest) -> Result<Request, PluginError> {
    if req.references.len() > MAX_REFERENCE_IMAGES as usize {
        return Err(PluginError::InvalidRequest(format!(
            "{IMAGE_DISPLAY_NAME} takes at most {MAX_REFERENCE_IMAGES} reference photos, not {}",
            req.references.len()
        )));
    }
    let mut urls = Vec::with_capacity(req.references.len());
    for (index, reference) in req.references.iter().enumerate() {
        urls.push(json!({"url": data_url(index, reference)?}));
    }
    let mut body = json!({
        "model": IMAGE_API_MODEL,
        "prompt": req.prompt,
        "n": 1,
        "response_format": "b64_json",
    });
    if let [only] = urls.as_slice() {
        body["image"] = only.clone();
    } else {
        body["images"] = Value::Array(urls);
        body["aspect_ratio"] = json!(aspect_ratio_for(&req.aspect_ratio, req.width, req.height));
    }
    Ok(catalog::api_post(&base_url(req), "images/edits", &body))
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

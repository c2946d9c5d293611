//! Pictures from the GPT image models (contract §1): `POST {base}/images/generations`
//! (JSON) without reference photos, `POST {base}/images/edits` (multipart, one
//! `image[]` part per photo) with them; the answer's `data[0].b64_json` decoded,
//! or its `data[0].url` (gateways and older models) downloaded by the SDK's
//! `download` from a declared origin: the API's own (with the key) or the one
//! `OPENAI_IMAGE_CDN_URL` names (without it).
//!
//! OpenAI reports a moderation block as an HTTP 400 error (`moderation_blocked`,
//! contract §1.5, handled in `errors`), never as a 200; so every 200 without a
//! picture (an empty `data`, an entry with neither field, an empty `b64_json`)
//! is `transient` and the host asks again.

use serde::Deserialize;
use serde_json::json;
use storyloom_plugin_sdk::download::{self, LinkPolicy};
use storyloom_plugin_sdk::encoding::{base64_decode, sniff_picture};
use storyloom_plugin_sdk::http::{Fetch, Request, endpoint};
use storyloom_plugin_sdk::{ImageRequest, Media, PluginError, Setting, failure, log};

use crate::catalog::{self, CREDENTIAL, IMAGE_CDN_SETTING, ImageModel, MAX_REFERENCE_IMAGES, PROVIDER};
use crate::errors;
use crate::multipart::{self, Part};

/// Sizes GPT image models accept, with their width/height ratio (contract §1.6).
const SIZES: [(&str, f64); 3] = [("1024x1024", 1.0), ("1536x1024", 1.5), ("1024x1536", 2.0 / 3.0)];

/// Ask an image model for one picture and decode it.
pub fn generate(http: &dyn Fetch, req: &ImageRequest) -> Result<Media, PluginError> {
    let model = catalog::image_model(&req.model)
        .ok_or_else(|| failure::unsupported(&format!("model {:?} is not an OpenAI image model", req.model)))?;
    let request = if req.references.is_empty() { generation_request(model, req) } else { edit_request(model, req)? };
    let response = errors::ok_or_failure(request.send(http, PROVIDER)?)?;
    if response.truncated {
        return Err(PluginError::InvalidRequest("OpenAI's picture was larger than the host accepts".into()));
    }
    read_picture(http, &response.body, &req.settings)
}

/// `POST {base}/images/generations`: `model` always (else the API picks dall-e-2), never `response_format`.
pub fn generation_request(model: ImageModel, req: &ImageRequest) -> Request {
    let body = json!({
        "model": model.key,
        "prompt": req.prompt,
        "n": 1,
        "size": size_for(req.width, req.height, &req.aspect_ratio),
    });
    Request::post(endpoint(&catalog::base_url(&req.settings), "images/generations"))
        .json(&body)
        .header("accept", "application/json")
        .credential(CREDENTIAL)
}

/// `POST {base}/images/edits` as multipart: `input_fidelity=high` only for models that take it.
pub fn edit_request(model: ImageModel, req: &ImageRequest) -> Result<Request, PluginError> {
    if req.references.len() > MAX_REFERENCE_IMAGES as usize {
        return Err(PluginError::InvalidRequest(format!(
            "{} takes at most {MAX_REFERENCE_IMAGES} reference photos, not {}",
            model.display_name,
            req.references.len()
        )));
    }
    let mut files = Vec::with_capacity(req.references.len());
    for (index, reference) in req.references.iter().enumerate() {
        let (content_type, extension) = reference_type(reference).ok_or_else(|| {
            PluginError::InvalidRequest(format!(
                "reference photo {} is {:?}; OpenAI takes PNG, JPEG or WebP",
                index + 1,
                reference.media_type
            ))
        })?;
        files.push((format!("reference-{}.{extension}", index + 1), content_type, reference.bytes.as_slice()));
    }
    let size = size_for(req.width, req.height, &req.aspect_ratio);
    let mut parts = vec![
        Part::Text { name: "model", value: model.key },
        Part::Text { name: "prompt", value: &req.prompt },
        Part::Text { name: "n", value: "1" },
        Part::Text { name: "size", value: size },
    ];
    for (filename, content_type, bytes) in &files {
        parts.push(Part::File { name: "image[]", filename, content_type, bytes });
    }
    if model.input_fidelity {
        parts.push(Part::Text { name: "input_fidelity", value: "high" });
    }
    let form = multipart::encode(&parts);
    Ok(Request::post(endpoint(&catalog::base_url(&req.settings), "images/edits"))
        .body(form.body, &form.content_type)
        .header("accept", "application/json")
        .credential(CREDENTIAL))
}

/// The accepted size closest in shape to the request (by log ratio); square when unknown.
pub fn size_for(width: u32, height: u32, aspect_ratio: &str) -> &'static str {
    let ratio = if width > 0 && height > 0 { Some(f64::from(width) / f64::from(height)) } else { parse_ratio(aspect_ratio) };
    let ratio = ratio.filter(|r| r.is_finite() && *r > 0.0).unwrap_or(1.0);
    let distance = |candidate: f64| (ratio.ln() - candidate.ln()).abs();
    SIZES.iter().min_by(|a, b| distance(a.1).total_cmp(&distance(b.1))).map(|(size, _)| *size).unwrap_or("1024x1024")
}

/// "16:9" → 1.777…
fn parse_ratio(text: &str) -> Option<f64> {
    let (w, h) = text.split_once(':')?;
    let (w, h): (f64, f64) = (w.trim().parse().ok()?, h.trim().parse().ok()?);
    (h > 0.0).then(|| w / h)
}

/// Content type and file extension of a reference photo OpenAI accepts (its bytes decide, then its label).
fn reference_type(reference: &Media) -> Option<(&'static str, &'static str)> {
    let media_type = sniff_picture(&reference.bytes).unwrap_or(reference.media_type.as_str());
    match media_type {
        "image/png" => Some(("image/png", "png")),
        "image/jpeg" | "image/jpg" => Some(("image/jpeg", "jpg")),
        "image/webp" => Some(("image/webp", "webp")),
        _ => None,
    }
}

/// `ImagesResponse` (contract §1.4): only the fields a picture needs.
#[derive(Debug, Deserialize)]
struct ImagesResponse {
    #[serde(default)]
    data: Option<Vec<ImageData>>,
    output_format: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ImageData {
    b64_json: Option<String>,
    url: Option<String>,
}

/// The answer held no picture: not a moderation block (see the module doc), so worth asking again.
fn no_picture(what: &str) -> PluginError {
    PluginError::Transient(format!("OpenAI's answer held no picture ({what})"))
}

/// The picture of an answer: `data[0].b64_json` decoded, or `data[0].url`
/// downloaded under this call's settings. The media type comes from the bytes,
/// else `output_format`, else (links) the download's `content-type`, else PNG.
pub fn read_picture(http: &dyn Fetch, body: &[u8], call_settings: &[Setting]) -> Result<Media, PluginError> {
    let parsed: ImagesResponse = serde_json::from_slice(body).map_err(|e| {
        log::warn(&format!("OpenAI's picture answer is not the expected JSON: {e}"));
        PluginError::Transient("OpenAI's picture answer was not the expected JSON".into())
    })?;
    let label = match parsed.output_format.as_deref() {
        Some("png") => Some("image/png"),
        Some("jpeg" | "jpg") => Some("image/jpeg"),
        Some("webp") => Some("image/webp"),
        _ => None,
    };
    let first = parsed.data.unwrap_or_default().into_iter().next().ok_or_else(|| no_picture("an empty data list"))?;
    let encoded = first.b64_json.as_deref().map(str::trim);
    let link = first.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    // A link with no (or an empty) `b64_json` beside it is the picture.
    if let Some(url) = link.filter(|_| encoded.is_none_or(str::is_empty)) {
        let (base_url, cdn_url) = (catalog::base_url(call_settings), catalog::image_cdn_url(call_settings));
        let policy = LinkPolicy {
            provider: PROVIDER,
            api_base_url: &base_url,
            credential: CREDENTIAL,
            link_setting: IMAGE_CDN_SETTING,
            link_setting_value: &cdn_url,
        };
        return download::picture(http, url, &policy, &[label], "image/png");
    }
    let encoded = encoded.ok_or_else(|| no_picture("neither b64_json nor url"))?;
    let bytes = base64_decode(encoded).map_err(|e| PluginError::Transient(format!("OpenAI's picture was not valid base64 ({e})")))?;
    if bytes.is_empty() {
        return Err(PluginError::Transient("OpenAI's picture was empty".into()));
    }
    Ok(Media { media_type: download::picture_type(&bytes, &[label], "image/png"), bytes })
}

#[cfg(test)]
#[path = "images_tests.rs"]
mod tests;

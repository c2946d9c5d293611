//! A worked example of a Storyloom plugin (see `docs/plugins.md`): one image
//! model, "Compatible Pictures", drawn by any server that speaks OpenAI's
//! `POST /images/generations` (a gateway, LocalAI, a vLLM image server…).
//!
//! - Settings (the operator sets them as `STORYLOOM_PLUGIN_COMPATIBLE_IMAGE_<NAME>`):
//!   `BASE_URL`, the API root with its version (`https://images.example.com/v1`),
//!   and `MODEL`, the server's model name.
//! - Credential `COMPATIBLE_IMAGE_API_KEY`, sent by the host as
//!   `Authorization: Bearer <key>`, only to the origin the operator grants.
//! - The answer's picture comes as `data[0].b64_json`.

use serde::Deserialize;
use storyloom_plugin_sdk::prelude::*;
use storyloom_plugin_sdk::{encoding, settings};

/// Who the provider is, in messages a parent reads.
const PROVIDER: &str = "the picture server";
/// The one model this plugin offers.
const MODEL_KEY: &str = "compatible-image";
const CREDENTIAL: &str = "COMPATIBLE_IMAGE_API_KEY";
const BASE_URL: &str = "BASE_URL";
const MODEL: &str = "MODEL";
/// Sizes OpenAI-compatible servers accept for square, landscape and portrait pictures.
const SIZES: [(&str, &str); 3] = [("1:1", "1024x1024"), ("3:2", "1536x1024"), ("2:3", "1024x1536")];

struct CompatibleImage;

impl Plugin for CompatibleImage {
    fn describe() -> PluginInfo {
        PluginInfo::new("compatible-image", "0.1.0")
            .model(
                image_model(MODEL_KEY, "Compatible Pictures", "Your picture server")
                    .needs(CREDENTIAL)
                    .aspect_ratios(&["1:1", "3:2", "2:3"]),
            )
            .credential(CREDENTIAL, "authorization", "Bearer ")
            .setting(BASE_URL, "https://images.example.com/v1")
            .setting(MODEL, "gpt-image-1")
            .host_from_setting(BASE_URL)
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        generate(&Host, &req).map(Picture::from)
    }
}

export_plugin!(CompatibleImage);

/// Ask the server for one picture and read it from the answer.
pub fn generate(http: &dyn Fetch, req: &ImageRequest) -> Result<Media, PluginError> {
    let response = request(req).send(http, PROVIDER)?.ok_or_failure(PROVIDER)?;
    picture(&response)
}

/// `POST {BASE_URL}/images/generations` with the model, the prompt and the size.
pub fn request(req: &ImageRequest) -> Request {
    let base = settings::base_url(&req.settings, BASE_URL, "https://images.example.com/v1");
    let body = serde_json::json!({
        "model": settings::get_or(&req.settings, MODEL, "gpt-image-1"),
        "prompt": req.prompt,
        "n": 1,
        "size": size_for(&req.aspect_ratio, req.width, req.height),
    });
    Request::post(format!("{base}/images/generations")).json(&body).credential(CREDENTIAL)
}

/// The size matching the asked aspect ratio, else the one nearest the asked shape.
pub fn size_for(aspect_ratio: &str, width: u32, height: u32) -> &'static str {
    if let Some((_, size)) = SIZES.iter().find(|(ratio, _)| *ratio == aspect_ratio) {
        return size;
    }
    match width.cmp(&height) {
        std::cmp::Ordering::Greater => SIZES[1].1,
        std::cmp::Ordering::Less => SIZES[2].1,
        std::cmp::Ordering::Equal => SIZES[0].1,
    }
}

#[derive(Deserialize)]
struct Answer {
    #[serde(default)]
    data: Vec<Drawn>,
}

#[derive(Deserialize)]
struct Drawn {
    b64_json: Option<String>,
}

/// `data[0].b64_json`, decoded; an answer without one is a transient failure.
pub fn picture(response: &Response) -> Result<Media, PluginError> {
    let answer: Answer = response.json(PROVIDER)?;
    let encoded =
        answer.data.into_iter().find_map(|p| p.b64_json).ok_or_else(|| PluginError::Transient(format!("{PROVIDER} sent no picture")))?;
    let bytes = encoding::base64_decode(&encoded).map_err(|e| {
        storyloom_plugin_sdk::log::warn(&format!("the picture's base64 is broken: {e}"));
        PluginError::Transient(format!("{PROVIDER} sent a picture that could not be read"))
    })?;
    // The host checks the bytes and stores the picture under the type they really are.
    Ok(Media { media_type: "image/png".into(), bytes })
}

#[cfg(test)]
mod tests;

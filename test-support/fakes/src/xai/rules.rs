//! How the fake xAI checks a request, after the contract
//! (`/work/shared/research/provider-contracts.md` §2.1, §2.2, §2.4, §5.3):
//! known fields only, required `prompt` and `model`, model names, `n`,
//! `response_format`, `aspect_ratio` and `resolution` values, `image` xor
//! `images` (at most 3) as `{"url": "data:image/…;base64,…"}` objects, the chat
//! body, and xAI's `{"code","error"}` bodies. Body-shape errors (missing or
//! unknown fields, bad enum values) are 422 like the spec's "missing fields";
//! the exact wording of those and of the 404 for an unknown model is the fake's own.

use serde_json::{Map, Value, json};

/// An error answer: status and the `{"code","error"}` body.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub body: Value,
}

/// xAI's error body (contract §2.4): `code` is the gRPC status text, `error` the message.
pub fn api_error(status: u16, message: &str) -> ApiError {
    let code = match status {
        400 => "Client specified an invalid argument",
        404 => "Some requested entity was not found",
        415 | 422 => "Client specified an invalid argument",
        429 => "Some resource has been exhausted",
        _ => "Internal error",
    };
    ApiError { status, body: json!({"code": code, "error": message}) }
}

/// The real bad-key answer: 400, not 401, with the key masked like `xa***rd`.
pub fn bad_key(key: &str) -> ApiError {
    let chars: Vec<char> = key.chars().collect();
    let masked = if chars.len() <= 4 {
        "***".to_string()
    } else {
        format!("{}***{}", chars[..2].iter().collect::<String>(), chars[chars.len() - 2..].iter().collect::<String>())
    };
    api_error(400, &format!("Incorrect API key provided: {masked}. You can obtain an API key from https://console.x.ai."))
}

fn unprocessable(detail: &str) -> ApiError {
    api_error(422, &format!("Failed to deserialize the JSON body into the target type: {detail}"))
}

pub const IMAGE_MODELS: [&str; 5] =
    ["grok-imagine-image", "grok-imagine-image-2.0", "grok-imagine-image-quality", "grok-2-image", "grok-2-image-1212"];
pub const ASPECT_RATIOS: [&str; 16] =
    ["1:1", "3:4", "4:3", "9:16", "16:9", "2:3", "3:2", "9:19.5", "19.5:9", "9:20", "20:9", "1:2", "2:1", "21:9", "5:2", "auto"];
const RESOLUTIONS: [&str; 3] = ["1k", "1.5k", "2k"];
const COMMON_PARAMS: [&str; 10] =
    ["prompt", "model", "n", "response_format", "aspect_ratio", "resolution", "deferred", "output", "storage_options", "user"];
/// Chat models the fake knows; anything else is a 404.
pub const CHAT_MODELS: [&str; 6] =
    ["grok-3", "grok-3-mini", "grok-4", "grok-4-fast-reasoning", "grok-4-fast-non-reasoning", "grok-4-1-fast-reasoning"];

/// What an accepted image request asked for (all of it shown in `Debug` when a test fails).
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct ImageOrder {
    pub model: String,
    /// `b64_json`, or `url` (the default).
    pub response_format: String,
    /// The reference photos, decoded from their data URLs.
    pub references: Vec<Vec<u8>>,
}

/// `POST /v1/images/generations` (`GenerateImageRequest`).
pub fn generation(params: &Map<String, Value>) -> Result<ImageOrder, ApiError> {
    known_fields(params, &COMMON_PARAMS)?;
    common(params, Vec::new())
}

/// `POST /v1/images/edits` (`EditImageRequest`, JSON): `image` xor `images`.
pub fn edit(params: &Map<String, Value>) -> Result<ImageOrder, ApiError> {
    let mut allowed = COMMON_PARAMS.to_vec();
    allowed.extend(["image", "images"]);
    known_fields(params, &allowed)?;
    let references = match (params.get("image"), params.get("images")) {
        (Some(_), Some(_)) => return Err(api_error(400, "Only one of `image` and `images` may be set.")),
        (None, None) => return Err(api_error(400, "One of `image` or `images` must be set.")),
        (Some(one), None) => {
            if params.contains_key("aspect_ratio") {
                return Err(api_error(
                    400,
                    "`aspect_ratio` is only supported with multiple input images; a single image keeps its own ratio.",
                ));
            }
            vec![image_url(one, "image")?]
        }
        (None, Some(Value::Array(many))) => {
            if many.is_empty() || many.len() > 3 {
                return Err(api_error(400, &format!("`images` must hold between 1 and 3 images, got {}.", many.len())));
            }
            many.iter().enumerate().map(|(i, v)| image_url(v, &format!("images[{i}]"))).collect::<Result<_, _>>()?
        }
        (None, Some(other)) => return Err(unprocessable(&format!("images: invalid type: {other}, expected a sequence"))),
    };
    common(params, references)
}

/// One `ImageUrl`: `{"url"|"image_url": "data:image/…;base64,…"}`; `https` and `file_id` are accepted but not fetched.
fn image_url(value: &Value, field: &str) -> Result<Vec<u8>, ApiError> {
    let Value::Object(object) = value else {
        return Err(unprocessable(&format!("{field}: invalid type: {value}, expected struct ImageUrl")));
    };
    if object.contains_key("file_id") {
        return Ok(Vec::new());
    }
    let url = object.get("url").or_else(|| object.get("image_url")).and_then(Value::as_str);
    let url = url.ok_or_else(|| unprocessable(&format!("{field}: missing field `url`")))?;
    if url.starts_with("https://") {
        return Ok(Vec::new());
    }
    let (head, data) = url.split_once(',').unwrap_or(("", ""));
    let media_type = head.strip_prefix("data:").and_then(|h| h.strip_suffix(";base64")).unwrap_or("");
    if !["image/png", "image/jpeg", "image/jpg", "image/webp"].contains(&media_type) {
        return Err(api_error(
            400,
            &format!("Invalid image URL in `{field}`: expected an https URL or a base64 data URL of a PNG, JPEG or WebP image."),
        ));
    }
    match super::answers::base64_decode(data) {
        Some(bytes) if !bytes.is_empty() && image::load_from_memory(&bytes).is_ok() => Ok(bytes),
        _ => Err(api_error(400, &format!("Unable to decode the image in `{field}`."))),
    }
}

fn known_fields(params: &Map<String, Value>, allowed: &[&str]) -> Result<(), ApiError> {
    match params.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(name) => Err(unprocessable(&format!("unknown field `{name}`"))),
        None => Ok(()),
    }
}

fn common(params: &Map<String, Value>, references: Vec<Vec<u8>>) -> Result<ImageOrder, ApiError> {
    let prompt = string(params, "prompt")?.ok_or_else(|| unprocessable("missing field `prompt`"))?;
    if prompt.trim().is_empty() {
        return Err(api_error(400, "The prompt must not be empty."));
    }
    let model = string(params, "model")?.ok_or_else(|| unprocessable("missing field `model`"))?;
    if !IMAGE_MODELS.contains(&model.as_str()) {
        return Err(unknown_model(&model));
    }
    if let Some(n) = params.get("n")
        && !n.as_u64().is_some_and(|n| (1..=10).contains(&n))
    {
        return Err(api_error(400, &format!("`n` must be between 1 and 10, got {n}.")));
    }
    let response_format = string(params, "response_format")?.unwrap_or_else(|| "url".into());
    one_of("response_format", &response_format, &["url", "b64_json"])?;
    if let Some(ratio) = string(params, "aspect_ratio")? {
        one_of("aspect_ratio", &ratio, &ASPECT_RATIOS)?;
    }
    if let Some(resolution) = string(params, "resolution")? {
        one_of("resolution", &resolution, &RESOLUTIONS)?;
    }
    Ok(ImageOrder { model, response_format, references })
}

fn unknown_model(model: &str) -> ApiError {
    api_error(404, &format!("The model {model} does not exist or your team does not have access to it."))
}

fn one_of(field: &str, value: &str, allowed: &[&str]) -> Result<(), ApiError> {
    if allowed.contains(&value) {
        return Ok(());
    }
    let list = allowed.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ");
    Err(unprocessable(&format!("{field}: unknown variant `{value}`, expected one of {list}")))
}

fn string(params: &Map<String, Value>, name: &str) -> Result<Option<String>, ApiError> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(unprocessable(&format!("{name}: invalid type: {other}, expected a string"))),
    }
}

/// `POST /v1/chat/completions` (`ChatRequest`, contract §5.3); returns the model.
pub fn chat(params: &Map<String, Value>) -> Result<String, ApiError> {
    let model = string(params, "model")?.ok_or_else(|| unprocessable("missing field `model`"))?;
    if !CHAT_MODELS.contains(&model.as_str()) {
        return Err(unknown_model(&model));
    }
    let messages = params.get("messages").and_then(Value::as_array).ok_or_else(|| unprocessable("missing field `messages`"))?;
    if messages.is_empty() {
        return Err(api_error(400, "`messages` must not be empty."));
    }
    for (i, message) in messages.iter().enumerate() {
        let role = message["role"].as_str().unwrap_or("");
        if !["system", "developer", "user", "assistant"].contains(&role) || !message["content"].is_string() {
            return Err(unprocessable(&format!("messages[{i}]: expected a role and a string content")));
        }
    }
    if let Some(format) = params.get("response_format") {
        match format["type"].as_str() {
            Some("json_schema") if format["json_schema"]["schema"].is_object() => {}
            Some("json_schema") => return Err(unprocessable("response_format.json_schema: missing field `schema`")),
            Some("json_object" | "text") => {}
            _ => return Err(unprocessable("response_format: unknown variant, expected `text`, `json_object` or `json_schema`")),
        }
    }
    Ok(model)
}

/// Video models the fake knows (contract §3); anything else is a 404.
pub const VIDEO_MODELS: [&str; 2] = ["grok-imagine-video", "grok-imagine-video-1.5"];
/// `VideoAspectRatio` (contract §3.1).
pub const VIDEO_ASPECT_RATIOS: [&str; 7] = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"];
/// `VideoResolution` (contract §3.1).
pub const VIDEO_RESOLUTIONS: [&str; 3] = ["480p", "720p", "1080p"];
const VIDEO_PARAMS: [&str; 14] = [
    "prompt",
    "model",
    "duration",
    "seconds",
    "aspect_ratio",
    "resolution",
    "image",
    "input_reference",
    "reference_images",
    "keyframes",
    "reference_audios",
    "output",
    "storage_options",
    "user",
];

/// What an accepted video request asked for.
#[derive(Debug, Clone)]
#[allow(dead_code)]
pub struct VideoOrder {
    pub model: String,
    pub prompt: Option<String>,
    /// Seconds, 1..=15 (8 when not given).
    pub duration: u64,
    /// The first frame, decoded from its data URL (empty for an https URL or a `file_id`).
    pub first_frame: Option<Vec<u8>>,
}

/// `POST /v1/videos/generations` (`GenerateVideoRequest`, contract §3.1): known
/// fields only, a known `model`, `prompt` unless there is an `image`, `duration`
/// (or `seconds`) 1..15 as a number or a numeral, `aspect_ratio` and
/// `resolution` from their lists, `image` (alias `input_reference`) as an `ImageUrl`.
pub fn video(params: &Map<String, Value>) -> Result<VideoOrder, ApiError> {
    known_fields(params, &VIDEO_PARAMS)?;
    let model = string(params, "model")?.ok_or_else(|| unprocessable("missing field `model`"))?;
    if !VIDEO_MODELS.contains(&model.as_str()) {
        return Err(unknown_model(&model));
    }
    let first_frame = match (params.get("image"), params.get("input_reference")) {
        (Some(_), Some(_)) => return Err(api_error(400, "Only one of `image` and `input_reference` may be set.")),
        (Some(one), None) => Some(image_url(one, "image")?),
        (None, Some(one)) => Some(image_url(one, "input_reference")?),
        (None, None) => None,
    };
    let prompt = string(params, "prompt")?;
    if first_frame.is_none() && prompt.as_deref().is_none_or(|p| p.trim().is_empty()) {
        return Err(api_error(400, "A prompt is required for text-to-video generation."));
    }
    let duration = match (params.get("duration"), params.get("seconds")) {
        (Some(_), Some(_)) => return Err(api_error(400, "Only one of `duration` and `seconds` may be set.")),
        (Some(value), None) | (None, Some(value)) => seconds(value)?,
        (None, None) => 8,
    };
    if let Some(ratio) = string(params, "aspect_ratio")? {
        one_of("aspect_ratio", &ratio, &VIDEO_ASPECT_RATIOS)?;
    }
    if let Some(resolution) = string(params, "resolution")? {
        one_of("resolution", &resolution, &VIDEO_RESOLUTIONS)?;
    }
    Ok(VideoOrder { model, prompt, duration, first_frame })
}

/// A duration: an integer or a numeral string, 1..=15 seconds.
fn seconds(value: &Value) -> Result<u64, ApiError> {
    let parsed = match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    let parsed = parsed.ok_or_else(|| unprocessable(&format!("duration: invalid value: {value}, expected an integer")))?;
    if !(1..=15).contains(&parsed) {
        return Err(api_error(400, &format!("`duration` must be between 1 and 15 seconds, got {parsed}.")));
    }
    Ok(parsed)
}

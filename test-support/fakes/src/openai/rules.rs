//! How the fake OpenAI checks a request, copied from the contract
//! (`/work/shared/research/provider-contracts.md` §1.2, §1.3, §1.5, §1.6,
//! §5.2): known parameters only, `model` values and defaults, sizes,
//! `response_format` refused by GPT image models, `input_fidelity` refused by
//! gpt-image-1-mini, image file types, and the real error bodies.

use serde_json::{Map, Value, json};

use super::form::FormPart;

/// An error answer: status and the `{"error":{…}}` body.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub body: Value,
}

/// `ErrorResponse` (contract §1.5): all four keys always present.
pub fn api_error(status: u16, message: &str, kind: &str, param: Option<&str>, code: Option<&str>) -> ApiError {
    ApiError { status, body: json!({"error": {"message": message, "type": kind, "param": param, "code": code}}) }
}

fn invalid(message: &str, param: Option<&str>, code: Option<&str>) -> ApiError {
    api_error(400, message, "invalid_request_error", param, code)
}

fn unknown_parameter(name: &str) -> ApiError {
    invalid(&format!("Unknown parameter: '{name}'."), Some(name), Some("unknown_parameter"))
}

fn missing(name: &str) -> ApiError {
    invalid(&format!("Missing required parameter: '{name}'."), Some(name), Some("missing_required_parameter"))
}

fn invalid_value(name: &str, value: &str, allowed: &[&str]) -> ApiError {
    let list = allowed.iter().map(|v| format!("'{v}'")).collect::<Vec<_>>().join(", ");
    invalid(&format!("Invalid value: '{value}'. Supported values are: {list}."), Some(name), Some("invalid_value"))
}

/// The body a JSON endpoint gets when the bytes are not JSON (the real text).
pub fn unparseable_json() -> ApiError {
    invalid(
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. \
         The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix \
         this, please contact us through our help center at help.openai.com.)",
        None,
        None,
    )
}

const GPT_IMAGE_SIZES: [&str; 4] = ["1024x1024", "1536x1024", "1024x1536", "auto"];
const DALL_E_2_SIZES: [&str; 3] = ["256x256", "512x512", "1024x1024"];
const GENERATION_MODELS: [&str; 5] = ["gpt-image-1.5", "dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1-mini"];
const EDIT_MODELS: [&str; 5] = ["gpt-image-1.5", "dall-e-2", "gpt-image-1", "gpt-image-1-mini", "chatgpt-image-latest"];
const GENERATION_PARAMS: [&str; 14] = [
    "prompt",
    "model",
    "n",
    "size",
    "quality",
    "background",
    "output_format",
    "output_compression",
    "moderation",
    "stream",
    "partial_images",
    "response_format",
    "style",
    "user",
];
/// `CreateImageEditRequest` (multipart): no `moderation`, no `style`.
const EDIT_PARAMS: [&str; 15] = [
    "image",
    "image[]",
    "prompt",
    "mask",
    "model",
    "n",
    "size",
    "quality",
    "background",
    "output_format",
    "output_compression",
    "input_fidelity",
    "response_format",
    "stream",
    "partial_images",
];
const IMAGE_TYPES: [&str; 3] = ["image/png", "image/jpeg", "image/webp"];
/// Chat models the fake knows; anything else is `model_not_found`.
pub const CHAT_MODELS: [&str; 6] = ["gpt-4.1-mini", "gpt-4.1", "gpt-4o", "gpt-4o-mini", "gpt-5", "gpt-5-mini"];

/// What an accepted image request asked for.
#[derive(Debug, Clone)]
pub struct ImageOrder {
    pub model: String,
    pub size: String,
}

/// `POST /v1/images/generations`: `model` defaults to dall-e-2 when absent (contract §1.2).
pub fn generation(params: &Map<String, Value>) -> Result<ImageOrder, ApiError> {
    if let Some(name) = params.keys().find(|k| !GENERATION_PARAMS.contains(&k.as_str())) {
        return Err(unknown_parameter(name));
    }
    let prompt = params.get("prompt").and_then(Value::as_str).ok_or_else(|| missing("prompt"))?;
    if prompt.trim().is_empty() {
        return Err(invalid("Invalid 'prompt': empty string.", Some("prompt"), Some("empty_string")));
    }
    let model = text(params, "model")?.unwrap_or_else(|| "dall-e-2".into());
    if !GENERATION_MODELS.contains(&model.as_str()) {
        return Err(invalid_value("model", &model, &GENERATION_MODELS));
    }
    common_image_checks(params, &model)
}

/// `POST /v1/images/edits` (multipart): `model` defaults to gpt-image-1.5 (contract §1.3).
pub fn edit(parts: &[FormPart]) -> Result<(ImageOrder, usize), ApiError> {
    let mut params = Map::new();
    let mut images = 0;
    for part in parts {
        if !EDIT_PARAMS.contains(&part.name.as_str()) {
            return Err(unknown_parameter(&part.name));
        }
        if part.name == "image" || part.name == "image[]" || part.name == "mask" {
            let content_type = part.content_type.clone().unwrap_or_else(|| "application/octet-stream".into());
            if !IMAGE_TYPES.contains(&content_type.as_str()) {
                return Err(invalid(
                    &format!(
                        "Invalid file '{}': unsupported mimetype ('{content_type}'). Supported file formats are 'image/jpeg', 'image/png', and 'image/webp'.",
                        part.name
                    ),
                    Some(&part.name),
                    Some("unsupported_file_mimetype"),
                ));
            }
            if part.filename.is_none() || part.bytes.is_empty() {
                return Err(invalid(&format!("Invalid file '{}': expected a file upload.", part.name), Some(&part.name), None));
            }
            images += usize::from(part.name != "mask");
        } else {
            params.insert(part.name.clone(), Value::String(part.text()));
        }
    }
    if images == 0 {
        return Err(missing("image"));
    }
    if images > 16 {
        return Err(invalid(&format!("Invalid 'image': expected at most 16 images, got {images}."), Some("image"), None));
    }
    if params.get("prompt").and_then(Value::as_str).is_none_or(|p| p.trim().is_empty()) {
        return Err(missing("prompt"));
    }
    let model = text(&params, "model")?.unwrap_or_else(|| "gpt-image-1.5".into());
    if !EDIT_MODELS.contains(&model.as_str()) {
        return Err(invalid_value("model", &model, &EDIT_MODELS));
    }
    if let Some(fidelity) = params.get("input_fidelity").and_then(Value::as_str) {
        if model == "gpt-image-1-mini" || model.starts_with("dall-e") {
            return Err(api_error(
                400,
                &format!("The model '{model}' does not support the 'input_fidelity' parameter."),
                "image_generation_user_error",
                Some("input_fidelity"),
                Some("invalid_input_fidelity_model"),
            ));
        }
        if fidelity != "high" && fidelity != "low" {
            return Err(invalid_value("input_fidelity", fidelity, &["high", "low"]));
        }
    }
    Ok((common_image_checks(&params, &model)?, images))
}

/// `n`, `size` and `response_format`, the same for both image endpoints.
fn common_image_checks(params: &Map<String, Value>, model: &str) -> Result<ImageOrder, ApiError> {
    let gpt = !model.starts_with("dall-e");
    if gpt && params.contains_key("response_format") {
        // Contract §1.5 (vercel/ai#6102): GPT image models reject it outright.
        return Err(unknown_parameter("response_format"));
    }
    if let Some(n) = params.get("n") {
        let n = n.as_u64().or_else(|| n.as_str().and_then(|s| s.parse().ok()));
        if !n.is_some_and(|n| (1..=10).contains(&n)) {
            return Err(invalid("Invalid 'n': integer between 1 and 10 expected.", Some("n"), Some("invalid_value")));
        }
    }
    let sizes: &[&str] = if gpt { &GPT_IMAGE_SIZES } else { &DALL_E_2_SIZES };
    let size = text(params, "size")?.unwrap_or_else(|| "1024x1024".into());
    if !sizes.contains(&size.as_str()) {
        return Err(invalid_value("size", &size, sizes));
    }
    Ok(ImageOrder { model: model.to_string(), size })
}

/// `POST /v1/chat/completions` (contract §5.2); returns the model.
pub fn chat(params: &Map<String, Value>) -> Result<String, ApiError> {
    let model = params.get("model").and_then(Value::as_str).ok_or_else(|| invalid("you must provide a model parameter", None, None))?;
    if !CHAT_MODELS.contains(&model) {
        return Err(api_error(
            404,
            &format!("The model `{model}` does not exist or you do not have access to it."),
            "invalid_request_error",
            None,
            Some("model_not_found"),
        ));
    }
    let messages = params.get("messages").and_then(Value::as_array).ok_or_else(|| missing("messages"))?;
    if messages.is_empty() {
        return Err(invalid(
            "Invalid 'messages': empty array. Expected an array with minimum length 1.",
            Some("messages"),
            Some("empty_array"),
        ));
    }
    for (i, message) in messages.iter().enumerate() {
        let role = message["role"].as_str().unwrap_or("");
        if !["system", "developer", "user", "assistant"].contains(&role) || !message["content"].is_string() {
            return Err(invalid(&format!("Invalid value for 'messages[{i}]'."), Some(&format!("messages[{i}]")), Some("invalid_value")));
        }
    }
    if let Some(format) = params.get("response_format") {
        match format["type"].as_str() {
            Some("json_schema") => {
                let name = format["json_schema"]["name"].as_str().unwrap_or("");
                let valid = !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
                if !valid {
                    return Err(invalid(
                        "Invalid 'response_format.json_schema.name'.",
                        Some("response_format.json_schema.name"),
                        Some("invalid_value"),
                    ));
                }
                if !format["json_schema"]["schema"].is_object() {
                    return Err(missing("response_format.json_schema.schema"));
                }
            }
            Some("json_object") => {
                let says_json = messages.iter().any(|m| m["content"].as_str().is_some_and(|c| c.to_lowercase().contains("json")));
                if !says_json {
                    return Err(invalid(
                        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
                        Some("messages"),
                        None,
                    ));
                }
            }
            Some("text") => {}
            _ => return Err(invalid_value("response_format.type", &format["type"].to_string(), &["json_schema", "json_object", "text"])),
        }
    }
    Ok(model.to_string())
}

/// A string parameter, or an error when it has another type.
fn text(params: &Map<String, Value>, name: &str) -> Result<Option<String>, ApiError> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => {
            Err(invalid(&format!("Invalid type for '{name}': expected a string, but got {other}."), Some(name), Some("invalid_type")))
        }
    }
}

//! How the fake Gemini checks a request, after the contract
//! (`/work/shared/research/provider-contracts.md` §4.1, §4.2, §5.4): the
//! `x-goog-api-key` header (missing → 403 `PERMISSION_DENIED`, wrong → 400
//! `API_KEY_INVALID`), known models (else 404 `NOT_FOUND`), a JSON body with
//! known fields in camelCase or snake_case, `contents` with `user`/`model`
//! turns whose parts are `text` or `inlineData` (image type, valid base64),
//! and `generationConfig` (modalities the model supports, a known aspect
//! ratio, one schema field at most). Google's wording where it is known.

use serde_json::{Map, Value, json};

use super::Recorded;

/// An error answer: status and Google's `{"error":{…}}` body.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub body: Value,
}

/// Google's error body for `status`, with its `google.rpc` code name.
pub fn google_error(status: u16, message: &str, details: Vec<Value>) -> ApiError {
    let name = match status {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "INTERNAL",
    };
    let mut error = json!({"code": status, "message": message, "status": name});
    if !details.is_empty() {
        error["details"] = Value::Array(details);
    }
    ApiError { status, body: json!({"error": error}) }
}

fn invalid(message: &str) -> ApiError {
    google_error(400, message, vec![])
}

/// What a model makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Image,
    Text,
}

pub fn model_kind(model: &str) -> Result<Kind, ApiError> {
    match model {
        "gemini-2.5-flash-image" | "gemini-3-pro-image-preview" | "gemini-3.1-flash-image-preview" => Ok(Kind::Image),
        "gemini-2.5-flash" | "gemini-2.5-pro" | "gemini-2.5-flash-lite" => Ok(Kind::Text),
        _ => Err(google_error(
            404,
            &format!(
                "models/{model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods."
            ),
            vec![],
        )),
    }
}

/// The key comes in `x-goog-api-key` (or `?key=`); a bearer token is not an API key.
pub fn check_key(key: &str, req: &Recorded) -> Result<(), ApiError> {
    if req.header("authorization").is_some() {
        return Err(google_error(
            401,
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.",
            vec![],
        ));
    }
    let query_key = req.query.as_deref().and_then(|q| q.split('&').find_map(|p| p.strip_prefix("key=")));
    match req.header("x-goog-api-key").or(query_key) {
        Some(sent) if sent == key => Ok(()),
        Some(_) => Err(google_error(
            400,
            "API key not valid. Please pass a valid API key.",
            vec![json!({
            "@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com",
            "metadata": {"service": "generativelanguage.googleapis.com"}})],
        )),
        None => Err(google_error(
            403,
            "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
            vec![],
        )),
    }
}

pub fn json_body(content_type: &str, body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if !content_type.split(';').next().is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json")) {
        return Err(invalid(&format!("Invalid JSON payload received. Unexpected Content-Type {content_type:?}.")));
    }
    match serde_json::from_slice(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(invalid("Invalid JSON payload received. Unexpected token.")),
    }
}

/// `name` under its camelCase or snake_case spelling.
fn get<'a>(map: &'a Map<String, Value>, camel: &str, snake: &str) -> Option<&'a Value> {
    map.get(camel).or_else(|| map.get(snake))
}

fn known_fields(map: &Map<String, Value>, known: &[(&str, &str)], at: &str) -> Result<(), ApiError> {
    match map.keys().find(|k| !known.iter().any(|(camel, snake)| k == camel || k == snake)) {
        Some(unknown) => Err(invalid(&format!("Invalid JSON payload received. Unknown name \"{unknown}\" at '{at}': Cannot find field."))),
        None => Ok(()),
    }
}

const TOP: &[(&str, &str)] = &[
    ("contents", "contents"),
    ("systemInstruction", "system_instruction"),
    ("generationConfig", "generation_config"),
    ("safetySettings", "safety_settings"),
    ("tools", "tools"),
    ("toolConfig", "tool_config"),
    ("cachedContent", "cached_content"),
];
const CONFIG: &[(&str, &str)] = &[
    ("responseModalities", "response_modalities"),
    ("imageConfig", "image_config"),
    ("responseMimeType", "response_mime_type"),
    ("responseSchema", "response_schema"),
    ("responseJsonSchema", "response_json_schema"),
    ("maxOutputTokens", "max_output_tokens"),
    ("temperature", "temperature"),
    ("topP", "top_p"),
    ("topK", "top_k"),
    ("candidateCount", "candidate_count"),
    ("stopSequences", "stop_sequences"),
    ("thinkingConfig", "thinking_config"),
    ("seed", "seed"),
];
const RATIOS: [&str; 10] = ["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"];

/// Check a `generateContent` body; returns whether an image was asked for.
pub fn generate_content(kind: Kind, params: &Map<String, Value>) -> Result<bool, ApiError> {
    known_fields(params, TOP, "")?;
    let contents = params.get("contents").and_then(Value::as_array).filter(|c| !c.is_empty());
    let contents = contents.ok_or_else(|| invalid("* GenerateContentRequest.contents: contents is not specified"))?;
    for (index, content) in contents.iter().enumerate() {
        let content = content.as_object().ok_or_else(|| invalid("Invalid value at 'contents': expected an object"))?;
        if let Some(role) = content.get("role").and_then(Value::as_str).filter(|r| !matches!(*r, "user" | "model")) {
            return Err(invalid(&format!("Please use a valid role: user, model. Got {role:?} in contents[{index}].")));
        }
        check_parts(content.get("parts"), &format!("contents[{index}].parts"))?;
    }
    if let Some(system) = get(params, "systemInstruction", "system_instruction") {
        check_parts(system.get("parts"), "system_instruction.parts")?;
    }
    let empty = Map::new();
    let config = match get(params, "generationConfig", "generation_config") {
        Some(Value::Object(config)) => config,
        Some(_) => return Err(invalid("Invalid value at 'generation_config': expected an object")),
        None => &empty,
    };
    known_fields(config, CONFIG, "generation_config")?;
    let modalities: Vec<&str> = get(config, "responseModalities", "response_modalities")
        .and_then(Value::as_array)
        .map(|m| m.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if let Some(bad) = modalities.iter().find(|m| !matches!(**m, "TEXT" | "IMAGE" | "AUDIO")) {
        return Err(invalid(&format!("Invalid value at 'generation_config.response_modalities' ({bad})")));
    }
    let wants_image = modalities.contains(&"IMAGE");
    if wants_image && kind == Kind::Text {
        return Err(invalid("Model does not support the requested response modalities: image"));
    }
    let ratio = get(config, "imageConfig", "image_config").and_then(|c| c.get("aspectRatio").or_else(|| c.get("aspect_ratio")));
    if let Some(ratio) = ratio
        && !ratio.as_str().is_some_and(|r| RATIOS.contains(&r))
    {
        return Err(invalid(&format!("Unsupported aspect ratio {ratio}.")));
    }
    if let Some(mime) = get(config, "responseMimeType", "response_mime_type")
        && !mime.as_str().is_some_and(|m| matches!(m, "text/plain" | "application/json" | "text/x.enum"))
    {
        return Err(invalid(&format!(
            "* GenerateContentRequest.generation_config.response_mime_type: allowed mimetypes are `text/plain`, `application/json` and `text/x.enum`; got {mime}."
        )));
    }
    let schemas = [("responseSchema", "response_schema"), ("responseJsonSchema", "response_json_schema")];
    if schemas.iter().all(|(c, s)| get(config, c, s).is_some()) {
        return Err(invalid("response_schema and response_json_schema cannot both be set."));
    }
    Ok(wants_image)
}

fn check_parts(parts: Option<&Value>, at: &str) -> Result<(), ApiError> {
    let parts = parts.and_then(Value::as_array).filter(|p| !p.is_empty()).ok_or_else(|| invalid(&format!("* {at}: must not be empty")))?;
    for part in parts {
        let part = part.as_object().ok_or_else(|| invalid(&format!("Invalid value at '{at}'")))?;
        match (part.get("text"), get(part, "inlineData", "inline_data")) {
            (Some(Value::String(_)), None) => {}
            (None, Some(Value::Object(inline))) => {
                let mime = get(inline, "mimeType", "mime_type").and_then(Value::as_str).unwrap_or("");
                if !matches!(mime, "image/png" | "image/jpeg" | "image/webp" | "image/heic" | "image/heif") {
                    return Err(invalid(&format!("Unsupported MIME type: {mime}")));
                }
                let data = inline.get("data").and_then(Value::as_str).unwrap_or("");
                if crate::xai::base64_decode(data).is_none_or(|b| b.is_empty()) {
                    return Err(invalid(&format!("Invalid value at '{at}.inline_data.data' (TYPE_BYTES), Base64 decoding failed")));
                }
            }
            _ => return Err(invalid(&format!("Invalid value at '{at}': a part holds exactly one of text or inline_data"))),
        }
    }
    Ok(())
}

//! How the fake Anthropic checks a request, after the contract
//! (`/work/shared/research/provider-contracts.md` §5.1) and the API's
//! documented structured-output limits: the required `anthropic-version`
//! header, required `model` / `max_tokens` / `messages`, known fields only,
//! known models, user/assistant roles with non-empty content, and an
//! `output_config.format` schema without unsupported keywords; errors in
//! the real `{"type":"error","error":{…},"request_id"}` shape. The wording of
//! the structured-output schema errors is the fake's own (no capture of it).

use serde_json::{Map, Value, json};

/// An error answer: status and the error body.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub body: Value,
}

/// `ErrorResponse` (contract §5.1).
pub fn api_error(status: u16, kind: &str, message: &str) -> ApiError {
    ApiError { status, body: json!({"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_011CFakeAnthropic"}) }
}

pub fn invalid(message: &str) -> ApiError {
    api_error(400, "invalid_request_error", message)
}

/// The `anthropic-version` values the API knows.
pub const VERSIONS: [&str; 2] = ["2023-06-01", "2023-01-01"];
/// Models the fake knows (with structured outputs); anything else is `not_found_error`.
pub const MODELS: [&str; 5] =
    ["claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "claude-opus-4-5", "claude-haiku-4-5", "claude-sonnet-4-6"];
/// `MessageCreateParams` fields (types/message_create_params.py).
const PARAMS: [&str; 17] = [
    "model",
    "max_tokens",
    "messages",
    "system",
    "temperature",
    "top_p",
    "top_k",
    "stop_sequences",
    "stream",
    "metadata",
    "tools",
    "tool_choice",
    "thinking",
    "output_config",
    "service_tier",
    "container",
    "mcp_servers",
];
/// Schema keywords structured outputs refuse (the SDK's `transform_schema` moves them into `description`).
const UNSUPPORTED_KEYWORDS: [&str; 9] =
    ["maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern"];

/// The `anthropic-version` header.
pub fn version(value: Option<&str>) -> Result<(), ApiError> {
    match value {
        None => Err(invalid("anthropic-version: header is required")),
        Some(v) if !VERSIONS.contains(&v) => Err(invalid(&format!("anthropic-version: invalid version {v}"))),
        Some(_) => Ok(()),
    }
}

/// `POST /v1/messages`; returns the model.
pub fn messages(params: &Map<String, Value>) -> Result<String, ApiError> {
    if let Some(name) = params.keys().find(|k| !PARAMS.contains(&k.as_str())) {
        return Err(invalid(&format!("{name}: Extra inputs are not permitted")));
    }
    let model = match params.get("model") {
        None => return Err(invalid("model: Field required")),
        Some(Value::String(m)) => m.clone(),
        Some(_) => return Err(invalid("model: Input should be a valid string")),
    };
    match params.get("max_tokens") {
        None => return Err(invalid("max_tokens: Field required")),
        Some(n) if n.as_u64().is_none_or(|n| n < 1) => return Err(invalid("max_tokens: Input should be greater than or equal to 1")),
        Some(_) => {}
    }
    let turns = match params.get("messages") {
        None => return Err(invalid("messages: Field required")),
        Some(Value::Array(turns)) => turns,
        Some(_) => return Err(invalid("messages: Input should be a valid list")),
    };
    if let Some(system) = params.get("system")
        && !system.is_string()
        && !system.is_array()
    {
        return Err(invalid("system: Input should be a valid string"));
    }
    for (i, turn) in turns.iter().enumerate() {
        let role = turn["role"].as_str().unwrap_or("");
        if role != "user" && role != "assistant" {
            return Err(invalid(&format!("messages.{i}.role: Input should be 'user' or 'assistant'")));
        }
        let empty = match &turn["content"] {
            Value::String(text) => text.trim().is_empty(),
            Value::Array(blocks) => blocks.is_empty(),
            _ => return Err(invalid(&format!("messages.{i}.content: Input should be a valid list"))),
        };
        let final_assistant = i + 1 == turns.len() && role == "assistant";
        if empty && !final_assistant {
            return Err(invalid(&format!(
                "messages.{i}: all messages must have non-empty content except for the optional final assistant message"
            )));
        }
    }
    if turns.is_empty() {
        return Err(invalid("messages: at least one message is required"));
    }
    if let Some(config) = params.get("output_config") {
        output_config(config, turns)?;
    }
    if !MODELS.contains(&model.as_str()) {
        return Err(api_error(404, "not_found_error", &format!("model: {model}")));
    }
    Ok(model)
}

/// `output_config.format`: `{"type":"json_schema","schema":{…}}` with supported keywords only.
fn output_config(config: &Value, turns: &[Value]) -> Result<(), ApiError> {
    let format = &config["format"];
    if format.is_null() {
        return Ok(());
    }
    if format["type"] != "json_schema" {
        return Err(invalid("output_config.format.type: Input should be 'json_schema'"));
    }
    if !format["schema"].is_object() {
        return Err(invalid("output_config.format.schema: Field required"));
    }
    check_schema(&format["schema"], "output_config.format.schema")?;
    if turns.last().is_some_and(|t| t["role"] == "assistant") {
        return Err(invalid("Prefilling assistant messages is not supported when using structured outputs."));
    }
    Ok(())
}

fn check_schema(schema: &Value, at: &str) -> Result<(), ApiError> {
    let Some(map) = schema.as_object() else { return Ok(()) };
    if let Some(keyword) = UNSUPPORTED_KEYWORDS.iter().find(|k| map.contains_key(**k)) {
        return Err(invalid(&format!("{at}: For 'output_config.format.schema', property '{keyword}' is not supported")));
    }
    if map.get("minItems").and_then(Value::as_u64).is_some_and(|n| n > 1) {
        return Err(invalid(&format!("{at}: For 'output_config.format.schema', 'minItems' values other than 0 or 1 are not supported")));
    }
    if map.get("type").and_then(Value::as_str) == Some("object") && map.get("additionalProperties") != Some(&Value::Bool(false)) {
        return Err(invalid(&format!("{at}: For 'object' type, 'additionalProperties' must be explicitly set to false")));
    }
    if let Some(Value::Object(props)) = map.get("properties") {
        for (name, prop) in props {
            check_schema(prop, &format!("{at}.properties.{name}"))?;
        }
    }
    if let Some(items) = map.get("items") {
        check_schema(items, &format!("{at}.items"))?;
    }
    Ok(())
}

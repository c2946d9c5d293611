//! Story scenes from the Messages API (contract §5.1): `POST {base}/v1/messages`
//! with `anthropic-version`, the system prompt, the story so far as
//! alternating user/assistant turns, `max_tokens`, and structured output
//! through `output_config.format` (`json_schema`, the host's schema made
//! strict by `schema`); the answer is the text of the `content` blocks.

use serde::Deserialize;
use serde_json::{Value, json};
use storyloom_plugin_sdk::PluginError;
use storyloom_plugin_sdk::failure::shorten;
use storyloom_plugin_sdk::http::{Fetch, Request, endpoint};

use crate::catalog;
use crate::errors::{self, PROVIDER};
use crate::schema;
use storyloom_plugin_sdk::describe::CatalogModel;

/// One story request, in plain terms.
#[derive(Debug, Clone)]
pub struct StoryCall<'a> {
    pub model: CatalogModel,
    pub base_url: &'a str,
    pub system: &'a str,
    /// (role, content), oldest first.
    pub messages: Vec<(&'a str, &'a str)>,
    pub json_schema: &'a str,
    pub max_tokens: u32,
}

/// `max_tokens` is required by the API; used when the host asks for 0.
const DEFAULT_MAX_TOKENS: u32 = 2000;

/// Ask for the next scene; returns the model's raw JSON text.
pub fn write(http: &dyn Fetch, call: &StoryCall<'_>) -> Result<String, PluginError> {
    let response = errors::ok_or_failure(request(call)?.send(http, PROVIDER)?)?;
    if response.truncated {
        return Err(PluginError::InvalidRequest("Anthropic's story answer was larger than the host accepts".into()));
    }
    read_reply(&response.body)
}

/// The `POST {base}/v1/messages` request, naming the credential the host adds as `x-api-key`.
pub fn request(call: &StoryCall<'_>) -> Result<Request, PluginError> {
    let max_tokens = if call.max_tokens == 0 { DEFAULT_MAX_TOKENS } else { call.max_tokens };
    let mut body = json!({
        "model": call.model.api_model,
        "max_tokens": max_tokens,
        "messages": turns(&call.messages)?,
    });
    if !call.system.trim().is_empty() {
        body["system"] = json!(call.system);
    }
    if let Ok(schema @ Value::Object(_)) = serde_json::from_str::<Value>(call.json_schema) {
        body["output_config"] = json!({"format": {"type": "json_schema", "schema": schema::strict(&schema)}});
    }
    Ok(Request::post(endpoint(call.base_url, "v1/messages"))
        .header("anthropic-version", catalog::API_VERSION)
        .json(&body)
        .header("accept", "application/json")
        .credential(catalog::CREDENTIAL))
}

/// The conversation as the API takes it: user/assistant only, blank turns
/// dropped, consecutive turns of one role joined into one, starting with the user.
fn turns(messages: &[(&str, &str)]) -> Result<Vec<Value>, PluginError> {
    let mut merged: Vec<(&str, String)> = Vec::new();
    for (role, content) in messages {
        if *role != "user" && *role != "assistant" {
            return Err(PluginError::InvalidRequest(format!("a story message has the role {role:?}; Anthropic takes user or assistant")));
        }
        if content.trim().is_empty() {
            continue;
        }
        if merged.is_empty() && *role == "assistant" {
            merged.push(("user", "Continue the story.".into()));
        }
        match merged.last_mut() {
            Some((last, text)) if last == role => {
                text.push_str("\n\n");
                text.push_str(content);
            }
            _ => merged.push((role, content.to_string())),
        }
    }
    if merged.is_empty() {
        return Err(PluginError::InvalidRequest("the story request has no messages for Anthropic".into()));
    }
    Ok(merged.into_iter().map(|(role, content)| json!({"role": role, "content": content})).collect())
}

#[derive(Debug, Deserialize)]
struct MessageResponse {
    #[serde(default)]
    content: Vec<Block>,
    stop_reason: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Block {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
}

/// The text of the `content` blocks; a refusal is `refused`, a cut-off scene `transient`.
pub fn read_reply(body: &[u8]) -> Result<String, PluginError> {
    let parsed: MessageResponse = serde_json::from_slice(body)
        .map_err(|e| PluginError::Transient(format!("Anthropic's story answer was not the expected JSON ({e})")))?;
    let text: String = parsed.content.iter().filter(|b| b.kind == "text").filter_map(|b| b.text.as_deref()).collect();
    match parsed.stop_reason.as_deref() {
        Some("refusal") => {
            let said = shorten(&text);
            let message = if said.is_empty() { "Anthropic declined to write this scene".into() } else { format!("Anthropic: {said}") };
            return Err(PluginError::Refused(message));
        }
        Some("max_tokens") => return Err(PluginError::Transient("Anthropic's scene was cut off at max_tokens".into())),
        Some("model_context_window_exceeded") => {
            return Err(PluginError::InvalidRequest("Anthropic: the story no longer fits the model's context window".into()));
        }
        _ => {}
    }
    if text.trim().is_empty() {
        return Err(PluginError::Transient("Anthropic's answer held no scene text".into()));
    }
    Ok(text)
}

#[cfg(test)]
#[path = "messages_tests.rs"]
mod tests;

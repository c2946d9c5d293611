//! OpenAI's Chat Completions wire format, which xAI, gateways and local model
//! servers speak too: the story request's body (`POST {base}/chat/completions`
//! with the system prompt and the story so far, structured output through
//! `response_format` carrying the host's JSON Schema, `max_completion_tokens`
//! since `max_tokens` is deprecated) and the answer (`choices[0].message.content`;
//! a `refusal` or the `content_filter` finish reason is a refusal).

use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::Response;
use crate::{PluginError, StoryRequest, failure};

/// Name of the schema in `response_format.json_schema.name` (`[a-zA-Z0-9_-]{1,64}`).
pub const SCHEMA_NAME: &str = "story_scene";

/// The request body for `api_model` (the provider's model name).
pub fn body(api_model: &str, req: &StoryRequest) -> Value {
    let mut messages = Vec::with_capacity(req.messages.len() + 1);
    if !req.system.trim().is_empty() {
        messages.push(json!({"role": "system", "content": req.system}));
    }
    messages.extend(req.messages.iter().map(|m| json!({"role": m.role, "content": m.content})));
    let mut body = json!({
        "model": api_model,
        "messages": messages,
        "response_format": response_format(&req.json_schema),
    });
    if req.max_tokens > 0 {
        body["max_completion_tokens"] = json!(req.max_tokens);
    }
    body
}

/// Strict `json_schema` output when the host's schema is a JSON object, else plain JSON mode.
pub fn response_format(schema: &str) -> Value {
    match serde_json::from_str::<Value>(schema) {
        Ok(schema @ Value::Object(_)) => json!({
            "type": "json_schema",
            "json_schema": {"name": SCHEMA_NAME, "strict": true, "schema": schema},
        }),
        _ => json!({"type": "json_object"}),
    }
}

#[derive(Debug, Deserialize)]
struct ChatResponse {
    #[serde(default)]
    choices: Vec<Choice>,
}

#[derive(Debug, Deserialize)]
struct Choice {
    message: Option<ChatMessage>,
    finish_reason: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ChatMessage {
    content: Option<String>,
    refusal: Option<String>,
}

/// The scene text of a 2xx answer from `provider`.
pub fn read_reply(provider: &str, response: &Response) -> Result<String, PluginError> {
    response.check_whole(provider, "story")?;
    let parsed: ChatResponse = serde_json::from_slice(&response.body)
        .map_err(|e| PluginError::Transient(format!("{provider}'s story answer was not the expected JSON ({e})")))?;
    let no_scene = || PluginError::Transient(format!("{provider}'s answer held no scene"));
    let choice = parsed.choices.into_iter().next().ok_or_else(no_scene)?;
    let message = choice.message.ok_or_else(no_scene)?;
    if let Some(refusal) = message.refusal.filter(|r| !r.trim().is_empty()) {
        return Err(PluginError::Refused(format!("{provider}: {}", failure::shorten(&refusal))));
    }
    if choice.finish_reason.as_deref() == Some("content_filter") {
        return Err(PluginError::Refused(format!("{provider}'s content filter stopped the scene")));
    }
    match message.content {
        Some(text) if !text.trim().is_empty() => Ok(text),
        _ => Err(PluginError::Transient(format!("{provider}'s answer held an empty scene"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Message, StoryHints};

    fn request(schema: &str, max_tokens: u32) -> StoryRequest {
        StoryRequest {
            model: "gpt".into(),
            system: "Answer in JSON.".into(),
            messages: vec![Message { role: "user".into(), content: "Write scene 1.".into() }],
            json_schema: schema.into(),
            max_tokens,
            hints: StoryHints { premise: String::new(), path: Vec::new(), scene_number: 1, target_scenes: 3, tier: "kids".into(), seed: 7 },
            settings: Vec::new(),
        }
    }

    fn answer(message: Value, finish: &str) -> Response {
        Response::json_answer(200, &json!({"choices": [{"index": 0, "message": message, "finish_reason": finish}]}))
    }

    #[test]
    fn the_body_carries_system_messages_schema_and_token_limit() {
        let body = body("gpt-4.1-mini", &request(r#"{"type":"object"}"#, 900));
        assert_eq!(body["model"], "gpt-4.1-mini");
        assert_eq!(body["messages"][0], json!({"role": "system", "content": "Answer in JSON."}));
        assert_eq!(body["messages"][1]["role"], "user");
        assert_eq!(body["response_format"]["json_schema"]["name"], SCHEMA_NAME);
        assert_eq!(body["max_completion_tokens"], 900);
        let plain = super::body("m", &request("not json", 0));
        assert_eq!(plain["response_format"], json!({"type": "json_object"}));
        assert!(plain.get("max_completion_tokens").is_none());
    }

    #[test]
    fn replies_refusals_and_broken_answers() {
        let ok = answer(json!({"role": "assistant", "content": "{\"title\":\"A\"}", "refusal": null}), "stop");
        assert_eq!(read_reply("Example", &ok).unwrap(), "{\"title\":\"A\"}");
        let refused = answer(json!({"role": "assistant", "content": null, "refusal": "I can't help with that."}), "stop");
        assert_eq!(read_reply("Example", &refused), Err(PluginError::Refused("Example: I can't help with that.".into())));
        let filtered = answer(json!({"role": "assistant", "content": null}), "content_filter");
        assert_eq!(read_reply("Example", &filtered), Err(PluginError::Refused("Example's content filter stopped the scene".into())));
        let empty = answer(json!({"role": "assistant", "content": "  "}), "stop");
        assert!(matches!(read_reply("Example", &empty), Err(PluginError::Transient(m)) if m.contains("empty scene")));
        let none = Response::json_answer(200, &json!({"choices": []}));
        assert!(matches!(read_reply("Example", &none), Err(PluginError::Transient(m)) if m.contains("no scene")));
        let cut = Response { truncated: true, ..ok };
        assert!(matches!(read_reply("Example", &cut), Err(PluginError::InvalidRequest(m)) if m.contains("larger than the host accepts")));
    }
}

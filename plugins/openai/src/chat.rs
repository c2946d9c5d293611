//! Story scenes from Chat Completions (contract §5.2): `POST {base}/chat/completions`
//! with the system prompt and the story so far, structured output through
//! `response_format` (the host's JSON Schema, strict), and
//! `max_completion_tokens` (`max_tokens` is deprecated); the answer is
//! `choices[0].message.content`.

use serde::Deserialize;
use serde_json::{Value, json};

use crate::catalog::{self, StoryModel};
use crate::errors;
use crate::transport::{self, Failure, Outgoing, Transport};

/// One story request, in plain terms.
#[derive(Debug, Clone)]
pub struct StoryCall<'a> {
    pub model: StoryModel,
    pub base_url: &'a str,
    pub system: &'a str,
    /// (role, content), oldest first.
    pub messages: Vec<(&'a str, &'a str)>,
    pub json_schema: &'a str,
    pub max_tokens: u32,
}

/// Name of the schema in `response_format.json_schema.name` (`[a-zA-Z0-9_-]{1,64}`).
const SCHEMA_NAME: &str = "story_scene";

/// Ask for the next scene; returns the model's raw text.
pub fn write(transport: &dyn Transport, call: &StoryCall<'_>) -> Result<String, Failure> {
    let response = errors::ok_or_failure(transport::send(transport, request(call)?)?)?;
    if response.truncated {
        return Err(Failure::InvalidRequest("OpenAI's story answer was larger than the host accepts".into()));
    }
    read_reply(&response.body)
}

/// The `POST {base}/chat/completions` request.
pub fn request(call: &StoryCall<'_>) -> Result<Outgoing, Failure> {
    let mut messages = Vec::with_capacity(call.messages.len() + 1);
    if !call.system.trim().is_empty() {
        messages.push(json!({"role": "system", "content": call.system}));
    }
    messages.extend(call.messages.iter().map(|(role, content)| json!({"role": role, "content": content})));
    let mut body = json!({
        "model": call.model.api_model,
        "messages": messages,
        "response_format": response_format(call.json_schema),
    });
    if call.max_tokens > 0 {
        body["max_completion_tokens"] = json!(call.max_tokens);
    }
    let body = serde_json::to_vec(&body).map_err(|e| Failure::InvalidRequest(format!("could not encode the request: {e}")))?;
    Ok(Outgoing {
        url: catalog::endpoint(call.base_url, "chat/completions"),
        headers: vec![("content-type".into(), "application/json".into()), ("accept".into(), "application/json".into())],
        body,
    })
}

/// Strict `json_schema` output when the host's schema is a JSON object, else plain JSON mode.
fn response_format(schema: &str) -> Value {
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

/// `choices[0].message.content`; a refusal or the content filter is `refused`.
pub fn read_reply(body: &[u8]) -> Result<String, Failure> {
    let parsed: ChatResponse =
        serde_json::from_slice(body).map_err(|e| Failure::Transient(format!("OpenAI's story answer was not the expected JSON ({e})")))?;
    let choice = parsed.choices.into_iter().next().ok_or_else(|| Failure::Transient("OpenAI's answer held no scene".into()))?;
    let message = choice.message.ok_or_else(|| Failure::Transient("OpenAI's answer held no scene".into()))?;
    if let Some(refusal) = message.refusal.filter(|r| !r.trim().is_empty()) {
        return Err(Failure::Refused(format!("OpenAI: {}", errors::shorten(&refusal))));
    }
    if choice.finish_reason.as_deref() == Some("content_filter") {
        return Err(Failure::Refused("OpenAI's content filter stopped the scene".into()));
    }
    match message.content {
        Some(text) if !text.trim().is_empty() => Ok(text),
        _ => Err(Failure::Transient("OpenAI's answer held an empty scene".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::STORY_MODEL;
    use crate::test_support::Recorder;

    const SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string"}}}"#;

    fn call(schema: &str) -> StoryCall<'_> {
        StoryCall {
            model: STORY_MODEL,
            base_url: "https://api.openai.com/v1",
            system: "You write gentle stories. Answer in JSON.",
            messages: vec![("user", "Write scene 1 of 3."), ("assistant", "{\"title\":\"A\"}"), ("user", "The reader chose: Run")],
            json_schema: schema,
            max_tokens: 1500,
        }
    }

    fn reply(message: Value, finish: &str) -> String {
        json!({"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4.1-mini-2025-04-14",
               "choices": [{"index": 0, "message": message, "logprobs": null, "finish_reason": finish}]})
        .to_string()
    }

    #[test]
    fn the_request_carries_system_messages_schema_and_token_limit() {
        let fake = Recorder::answering(200, &reply(json!({"role": "assistant", "content": "{\"title\":\"B\"}", "refusal": null}), "stop"));
        assert_eq!(write(&fake, &call(SCHEMA)).unwrap(), "{\"title\":\"B\"}");
        assert_eq!(fake.only().url, "https://api.openai.com/v1/chat/completions");
        let body = fake.json();
        assert_eq!(body["model"], "gpt-4.1-mini");
        assert_eq!(body["max_completion_tokens"], 1500);
        assert!(body.get("max_tokens").is_none());
        let roles: Vec<&str> = body["messages"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
        assert_eq!(roles, ["system", "user", "assistant", "user"]);
        assert_eq!(body["messages"][3]["content"], "The reader chose: Run");
        assert_eq!(body["response_format"]["type"], "json_schema");
        assert_eq!(body["response_format"]["json_schema"]["name"], SCHEMA_NAME);
        assert_eq!(body["response_format"]["json_schema"]["strict"], true);
        assert_eq!(body["response_format"]["json_schema"]["schema"], serde_json::from_str::<Value>(SCHEMA).unwrap());
    }

    #[test]
    fn without_a_usable_schema_it_asks_for_a_json_object() {
        for schema in ["", "not json", "[1]"] {
            let body: Value = serde_json::from_slice(&request(&call(schema)).unwrap().body).unwrap();
            assert_eq!(body["response_format"], json!({"type": "json_object"}), "{schema:?}");
        }
    }

    #[test]
    fn refusals_and_odd_answers_are_failures() {
        let refused = reply(json!({"role": "assistant", "content": null, "refusal": "I can't help with that."}), "stop");
        assert!(matches!(read_reply(refused.as_bytes()), Err(Failure::Refused(m)) if m.contains("can't help")));
        let filtered = reply(json!({"role": "assistant", "content": "", "refusal": null}), "content_filter");
        assert!(matches!(read_reply(filtered.as_bytes()), Err(Failure::Refused(_))));
        let empty = reply(json!({"role": "assistant", "content": "  ", "refusal": null}), "stop");
        assert!(matches!(read_reply(empty.as_bytes()), Err(Failure::Transient(_))));
        assert!(matches!(read_reply(br#"{"choices":[]}"#), Err(Failure::Transient(m)) if m.contains("no scene")));
        assert!(matches!(read_reply(b"<html>"), Err(Failure::Transient(m)) if m.contains("not the expected JSON")));
    }

    #[test]
    fn a_rate_limit_keeps_the_providers_words() {
        let mut fake = Recorder::answering(
            429,
            r#"{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#,
        );
        if let Ok(answer) = &mut fake.answer {
            answer.headers.push(("retry-after-ms".into(), "250".into()));
        }
        let err = write(&fake, &call(SCHEMA)).unwrap_err();
        assert_eq!(err, Failure::RateLimited { retry_after_ms: Some(250), message: "OpenAI: Rate limit reached for requests".into() });
    }
}

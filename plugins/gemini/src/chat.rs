//! Story scenes from Gemini (contract §5.4): `POST {base}/v1beta/models/
//! gemini-2.5-flash:generateContent` with `systemInstruction`, the story so
//! far as `contents` (roles `user`/`model`) and `generationConfig` with
//! `responseMimeType: "application/json"`, the host's JSON Schema as
//! `responseJsonSchema` (standard JSON Schema, unlike `responseSchema`'s
//! OpenAPI subset) and `maxOutputTokens`; the answer is the first candidate's text.

use serde_json::{Value, json};
use storyloom_plugin_sdk::PluginError;
use storyloom_plugin_sdk::http::{Fetch, Request};

use crate::answer;
use crate::catalog::{self, STORY_API_MODEL};

/// One story request, in plain terms.
#[derive(Debug, Clone)]
pub struct StoryCall<'a> {
    pub base_url: &'a str,
    pub system: &'a str,
    /// (role, content), oldest first; role "user" or "assistant".
    pub messages: Vec<(&'a str, &'a str)>,
    pub json_schema: &'a str,
    pub max_tokens: u32,
}

/// Ask for the next scene; returns the model's raw text.
pub fn write(http: &dyn Fetch, call: &StoryCall<'_>) -> Result<String, PluginError> {
    read_reply(&answer::send(http, &request(call), "story")?.body)
}

/// The `generateContent` request.
pub fn request(call: &StoryCall<'_>) -> Request {
    let contents: Vec<Value> = call
        .messages
        .iter()
        .map(|(role, content)| {
            let role = if role.eq_ignore_ascii_case("assistant") || role.eq_ignore_ascii_case("model") { "model" } else { "user" };
            json!({"role": role, "parts": [{"text": content}]})
        })
        .collect();
    let mut config = json!({"responseMimeType": "application/json"});
    if let Ok(schema @ Value::Object(_)) = serde_json::from_str::<Value>(call.json_schema) {
        config["responseJsonSchema"] = schema;
    }
    if call.max_tokens > 0 {
        config["maxOutputTokens"] = json!(call.max_tokens);
    }
    let mut body = json!({"contents": contents, "generationConfig": config});
    if !call.system.trim().is_empty() {
        body["systemInstruction"] = json!({"parts": [{"text": call.system}]});
    }
    catalog::generate_content(call.base_url, STORY_API_MODEL, &body)
}

/// The first candidate's text; a block is `refused`, a cut-off or empty answer transient.
pub fn read_reply(body: &[u8]) -> Result<String, PluginError> {
    let candidate = answer::first_candidate(body, "story")?;
    let text = candidate.text();
    match candidate.finish_reason.as_deref() {
        Some(reason) if answer::is_a_block(reason) => {
            Err(PluginError::Refused(format!("Gemini: the scene was blocked (finishReason {reason})")))
        }
        Some("MAX_TOKENS") => Err(PluginError::Transient("Gemini stopped at the token limit before the scene was complete".into())),
        _ if text.trim().is_empty() => Err(PluginError::Transient("Gemini's answer held an empty scene".into())),
        _ => Ok(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storyloom_plugin_sdk::http::Method;
    use storyloom_plugin_sdk::testing::FakeHttp;

    const SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string"}}}"#;

    fn call(schema: &str) -> StoryCall<'_> {
        StoryCall {
            base_url: "https://generativelanguage.googleapis.com",
            system: "You write gentle stories. Answer in JSON.",
            messages: vec![("user", "Write scene 1 of 3."), ("assistant", "{\"title\":\"A\"}"), ("user", "The reader chose: Run")],
            json_schema: schema,
            max_tokens: 1500,
        }
    }

    fn reply(text: &str, finish: &str) -> String {
        json!({"candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": finish, "index": 0}],
               "modelVersion": "gemini-2.5-flash"})
        .to_string()
    }

    #[test]
    fn the_request_carries_system_contents_json_output_and_token_limit() {
        let fake = FakeHttp::answering_text(200, &reply("{\"title\":\"B\"}", "STOP"));
        assert_eq!(write(&fake, &call(SCHEMA)).unwrap(), "{\"title\":\"B\"}");
        let sent = fake.only();
        assert_eq!(sent.url, "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent");
        assert_eq!((sent.method, sent.credential.as_deref()), (Method::Post, Some("GEMINI_API_KEY")));
        let body = fake.json();
        assert_eq!(body["systemInstruction"], json!({"parts": [{"text": "You write gentle stories. Answer in JSON."}]}));
        let roles: Vec<&str> = body["contents"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
        assert_eq!(roles, ["user", "model", "user"]);
        assert_eq!(body["contents"][2]["parts"], json!([{"text": "The reader chose: Run"}]));
        let config = &body["generationConfig"];
        assert_eq!((config["responseMimeType"].as_str(), config["maxOutputTokens"].as_u64()), (Some("application/json"), Some(1500)));
        assert_eq!(config["responseJsonSchema"], serde_json::from_str::<Value>(SCHEMA).unwrap());
        assert!(config.get("responseSchema").is_none(), "one schema field, not both");
        let body: Value = request(&call("not json")).json_body().unwrap();
        assert!(body["generationConfig"].get("responseJsonSchema").is_none());
    }

    #[test]
    fn blocks_and_odd_answers_are_failures() {
        assert!(matches!(read_reply(reply("", "SAFETY").as_bytes()), Err(PluginError::Refused(m)) if m.contains("SAFETY")));
        assert!(matches!(read_reply(reply("{\"ti", "MAX_TOKENS").as_bytes()), Err(PluginError::Transient(m)) if m.contains("token limit")));
        assert!(matches!(read_reply(reply("  ", "STOP").as_bytes()), Err(PluginError::Transient(_))));
        let blocked = json!({"promptFeedback": {"blockReason": "BLOCKLIST"}}).to_string();
        assert!(matches!(read_reply(blocked.as_bytes()), Err(PluginError::Refused(m)) if m.contains("BLOCKLIST")));
    }
}

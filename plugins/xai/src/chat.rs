//! Story scenes from xAI's OpenAI-compatible chat completions (contract §5.3),
//! in the SDK's `chat_completions` wire format: Grok's API model name and
//! xAI's error rules are all that is xAI's own here.

use storyloom_plugin_sdk::http::{Fetch, Request};
use storyloom_plugin_sdk::{PluginError, StoryRequest, chat_completions};

use crate::catalog::{self, STORY_API_MODEL};
use crate::errors::{self, PROVIDER};

/// Ask for the next scene from the API at `base_url`; returns the model's raw text.
pub fn write(http: &dyn Fetch, base_url: &str, req: &StoryRequest) -> Result<String, PluginError> {
    let response = errors::ok_or_failure(request(base_url, req).send(http, PROVIDER)?)?;
    chat_completions::read_reply(PROVIDER, &response)
}

/// The `POST {base}/chat/completions` request.
pub fn request(base_url: &str, req: &StoryRequest) -> Request {
    catalog::api_post(base_url, "chat/completions", &chat_completions::body(STORY_API_MODEL, req))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use storyloom_plugin_sdk::chat_completions::SCHEMA_NAME;
    use storyloom_plugin_sdk::http::Response;
    use storyloom_plugin_sdk::testing::FakeHttp;
    use storyloom_plugin_sdk::{Message, StoryHints};

    use super::*;

    const SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string"}}}"#;

    const BASE: &str = "https://api.x.ai/v1";

    fn call(schema: &str) -> StoryRequest {
        let messages = [("user", "Write scene 1 of 3."), ("assistant", "{\"title\":\"A\"}"), ("user", "The reader chose: Run")];
        StoryRequest {
            model: "grok".into(),
            system: "You write gentle stories. Answer in JSON.".into(),
            messages: messages.iter().map(|(role, content)| Message { role: role.to_string(), content: content.to_string() }).collect(),
            json_schema: schema.into(),
            max_tokens: 1500,
            hints: StoryHints { premise: String::new(), path: Vec::new(), scene_number: 1, target_scenes: 3, tier: "kids".into(), seed: 7 },
            settings: Vec::new(),
        }
    }

    /// The SDK's reader on a 200 answer with this body.
    fn read_reply(body: &[u8]) -> Result<String, PluginError> {
        chat_completions::read_reply(PROVIDER, &Response::new(200, body.to_vec()))
    }

    fn reply(message: Value, finish: &str) -> String {
        json!({"id": "a3d1008e", "object": "chat.completion", "created": 1, "model": "grok-3", "service_tier": null,
               "choices": [{"index": 0, "message": message, "finish_reason": finish}]})
        .to_string()
    }

    #[test]
    fn the_request_carries_system_messages_schema_and_token_limit() {
        let fake =
            FakeHttp::answering_text(200, &reply(json!({"role": "assistant", "content": "{\"title\":\"B\"}", "refusal": null}), "stop"));
        assert_eq!(write(&fake, BASE, &call(SCHEMA)).unwrap(), "{\"title\":\"B\"}");
        let sent = fake.only();
        assert_eq!(sent.url, "https://api.x.ai/v1/chat/completions");
        assert_eq!(sent.credential.as_deref(), Some("XAI_API_KEY"));
        let body = fake.json();
        assert_eq!(body["model"], "grok-3");
        assert_eq!(body["max_completion_tokens"], 1500);
        assert!(body.get("max_tokens").is_none());
        let roles: Vec<&str> = body["messages"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
        assert_eq!(roles, ["system", "user", "assistant", "user"]);
        assert_eq!(body["response_format"]["json_schema"]["name"], SCHEMA_NAME);
        assert_eq!(body["response_format"]["json_schema"]["schema"], serde_json::from_str::<Value>(SCHEMA).unwrap());
        for schema in ["", "not json", "[1]"] {
            let body: Value = serde_json::from_slice(&request(BASE, &call(schema)).body).unwrap();
            assert_eq!(body["response_format"], json!({"type": "json_object"}), "{schema:?}");
        }
    }

    #[test]
    fn refusals_and_odd_answers_are_failures() {
        let refused = reply(json!({"role": "assistant", "content": null, "refusal": "I can't help with that."}), "stop");
        assert!(matches!(read_reply(refused.as_bytes()), Err(PluginError::Refused(m)) if m == "xAI: I can't help with that."));
        let filtered = reply(json!({"role": "assistant", "content": ""}), "content_filter");
        assert!(matches!(read_reply(filtered.as_bytes()), Err(PluginError::Refused(_))));
        let empty = reply(json!({"role": "assistant", "content": "  "}), "stop");
        assert!(matches!(read_reply(empty.as_bytes()), Err(PluginError::Transient(_))));
        assert!(matches!(read_reply(br#"{"choices":[]}"#), Err(PluginError::Transient(m)) if m.contains("no scene")));
        assert!(matches!(read_reply(b"<html>"), Err(PluginError::Transient(m)) if m.contains("not the expected JSON")));
    }
}

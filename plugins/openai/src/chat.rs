//! Story scenes from Chat Completions (contract §5.2), in the SDK's
//! `chat_completions` wire format: the story model's API name and OpenAI's
//! error rules are all that is OpenAI's own here.

use storyloom_plugin_sdk::http::{Fetch, Request, endpoint};
use storyloom_plugin_sdk::{PluginError, StoryReply, StoryRequest, chat_completions, failure};

use crate::catalog::{self, CREDENTIAL, PROVIDER, STORY_MODEL};
use crate::errors;
use storyloom_plugin_sdk::describe::CatalogModel;

/// Ask the story model for the next scene; the reply is the model's raw text.
pub fn write(http: &dyn Fetch, req: &StoryRequest) -> Result<StoryReply, PluginError> {
    let model =
        STORY_MODEL.find(&req.model).ok_or_else(|| failure::unsupported(&format!("model {:?} is not an OpenAI story model", req.model)))?;
    let response = errors::ok_or_failure(request(model, req).send(http, PROVIDER)?)?;
    chat_completions::read_reply(PROVIDER, &response).map(|text| StoryReply { text })
}

/// The `POST {base}/chat/completions` request.
pub fn request(model: CatalogModel, req: &StoryRequest) -> Request {
    Request::post(endpoint(&catalog::base_url(&req.settings), "chat/completions"))
        .json(&chat_completions::body(model.api_model, req))
        .header("accept", "application/json")
        .credential(CREDENTIAL)
}

#[cfg(test)]
mod tests {
    use storyloom_plugin_sdk::http::{HttpError, Response};
    use storyloom_plugin_sdk::testing::FakeHttp;
    use storyloom_plugin_sdk::{Message, Setting, StoryHints};

    use serde_json::{Value, json};

    use super::*;
    use crate::catalog::STORY_MODEL;

    /// The SDK's reader on a 200 answer with this body.
    fn read(body: &[u8]) -> Result<String, PluginError> {
        chat_completions::read_reply(PROVIDER, &Response::new(200, body.to_vec()))
    }

    const SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title"],"properties":{"title":{"type":"string"}}}"#;

    fn call(schema: &str) -> StoryRequest {
        let messages = [("user", "Write scene 1 of 3."), ("assistant", "{\"title\":\"A\"}"), ("user", "The reader chose: Run")];
        StoryRequest {
            model: "gpt".into(),
            system: "You write gentle stories. Answer in JSON.".into(),
            messages: messages.iter().map(|(role, content)| Message { role: role.to_string(), content: content.to_string() }).collect(),
            json_schema: schema.into(),
            max_tokens: 1500,
            hints: StoryHints { premise: String::new(), path: Vec::new(), scene_number: 2, target_scenes: 3, tier: String::new(), seed: 7 },
            settings: vec![Setting { name: "OPENAI_BASE_URL".into(), value: "https://api.openai.com/v1".into() }],
        }
    }

    fn reply(message: Value, finish: &str) -> String {
        json!({"id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4.1-mini-2025-04-14",
               "choices": [{"index": 0, "message": message, "logprobs": null, "finish_reason": finish}]})
        .to_string()
    }

    #[test]
    fn the_request_carries_system_messages_schema_and_token_limit() {
        let fake =
            FakeHttp::answering_text(200, &reply(json!({"role": "assistant", "content": "{\"title\":\"B\"}", "refusal": null}), "stop"));
        assert_eq!(write(&fake, &call(SCHEMA)).unwrap().text, "{\"title\":\"B\"}");
        let sent = fake.only();
        assert_eq!(sent.url, "https://api.openai.com/v1/chat/completions");
        let json_headers = [("content-type", "application/json"), ("accept", "application/json")].map(|(k, v)| (k.into(), v.into()));
        assert_eq!(sent.headers, json_headers);
        assert_eq!(sent.credential.as_deref(), Some("OPENAI_API_KEY"));
        assert_eq!(sent.timeout_ms, None);
        let body = fake.json();
        assert_eq!(body["model"], "gpt-4.1-mini");
        assert_eq!(body["max_completion_tokens"], 1500);
        assert!(body.get("max_tokens").is_none());
        let roles: Vec<&str> = body["messages"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
        assert_eq!(roles, ["system", "user", "assistant", "user"]);
        assert_eq!(body["messages"][3]["content"], "The reader chose: Run");
        assert_eq!(body["response_format"]["type"], "json_schema");
        assert_eq!(body["response_format"]["json_schema"]["name"], chat_completions::SCHEMA_NAME);
        assert_eq!(body["response_format"]["json_schema"]["strict"], true);
        assert_eq!(body["response_format"]["json_schema"]["schema"], serde_json::from_str::<Value>(SCHEMA).unwrap());
    }

    #[test]
    fn without_a_usable_schema_it_asks_for_a_json_object() {
        for schema in ["", "not json", "[1]"] {
            let body = request(STORY_MODEL, &call(schema)).json_body().unwrap();
            assert_eq!(body["response_format"], json!({"type": "json_object"}), "{schema:?}");
        }
    }

    #[test]
    fn refusals_and_odd_answers_are_failures() {
        let refused = reply(json!({"role": "assistant", "content": null, "refusal": "I can't help with that."}), "stop");
        assert!(matches!(read(refused.as_bytes()), Err(PluginError::Refused(m)) if m.contains("can't help")));
        let filtered = reply(json!({"role": "assistant", "content": "", "refusal": null}), "content_filter");
        assert!(matches!(read(filtered.as_bytes()), Err(PluginError::Refused(_))));
        let empty = reply(json!({"role": "assistant", "content": "  ", "refusal": null}), "stop");
        assert!(matches!(read(empty.as_bytes()), Err(PluginError::Transient(_))));
        assert!(matches!(read(br#"{"choices":[]}"#), Err(PluginError::Transient(m)) if m.contains("no scene")));
        assert!(matches!(read(b"<html>"), Err(PluginError::Transient(m)) if m.contains("not the expected JSON")));
    }

    #[test]
    fn a_rate_limit_keeps_the_providers_words() {
        let body = r#"{"error":{"message":"Rate limit reached for requests","type":"requests","param":null,"code":"rate_limit_exceeded"}}"#;
        let fake = FakeHttp::answering(Response::new(429, body).with_header("retry-after-ms", "250"));
        let err = write(&fake, &call(SCHEMA)).unwrap_err();
        assert_eq!(err, failure::rate_limited(Some(250), "OpenAI: Rate limit reached for requests".into()));
    }

    #[test]
    fn host_errors_map_to_transient_or_invalid_with_the_hosts_message() {
        let cases = [
            (HttpError::Timeout("120 s".into()), "Transient"),
            (HttpError::Transport("connection reset".into()), "Transient"),
            (HttpError::HostNotDeclared("not declared: http://x".into()), "InvalidRequest"),
            (HttpError::DestinationProhibited("loopback".into()), "InvalidRequest"),
            (HttpError::CredentialUnavailable("OPENAI_API_KEY is not set".into()), "InvalidRequest"),
            (HttpError::InvalidRequest("bad header".into()), "InvalidRequest"),
        ];
        for (err, kind) in cases {
            let (got, message) = match write(&FakeHttp::failing(err.clone()), &call(SCHEMA)).unwrap_err() {
                PluginError::Transient(m) => ("Transient", m),
                PluginError::InvalidRequest(m) => ("InvalidRequest", m),
                other => panic!("{other:?}"),
            };
            assert_eq!(got, kind, "{err:?}");
            let host_message = match err {
                HttpError::HostNotDeclared(m)
                | HttpError::DestinationProhibited(m)
                | HttpError::CredentialUnavailable(m)
                | HttpError::InvalidRequest(m)
                | HttpError::Timeout(m)
                | HttpError::Transport(m) => m,
            };
            assert!(message.contains(&host_message), "{message}");
        }
    }

    #[test]
    fn other_models_are_not_this_plugins() {
        let fake = FakeHttp::answering_text(200, "{}");
        let err = write(&fake, &StoryRequest { model: "gpt-image-1".into(), ..call(SCHEMA) }).unwrap_err();
        assert_eq!(err, PluginError::Unsupported("model \"gpt-image-1\" is not an OpenAI story model".into()));
        assert!(fake.sent().is_empty());
    }
}

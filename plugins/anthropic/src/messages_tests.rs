//! Unit tests of `messages`: the request body and headers, the turn guard,
//! and how answers and failures are read.

use super::*;
use crate::catalog::STORY_MODEL;
use storyloom_plugin_sdk::RateLimit;
use storyloom_plugin_sdk::http::{HttpError, Method, Response};
use storyloom_plugin_sdk::testing::FakeHttp;

const SCHEMA: &str = r#"{"type":"object","additionalProperties":false,"required":["title","choices"],"properties":{"title":{"type":"string"},"choices":{"type":"array","items":{"type":"string"},"maxItems":4}}}"#;

fn call(schema: &str) -> StoryCall<'_> {
    StoryCall {
        model: STORY_MODEL,
        base_url: "https://api.anthropic.com",
        system: "You write gentle stories. Answer in JSON.",
        messages: vec![("user", "Write scene 1 of 3."), ("assistant", "{\"title\":\"A\"}"), ("user", "The reader chose: Run")],
        json_schema: schema,
        max_tokens: 1500,
    }
}

fn reply(content: Value, stop: &str) -> String {
    json!({"id": "msg_01", "type": "message", "role": "assistant", "model": "claude-sonnet-4-5", "content": content,
           "stop_reason": stop, "stop_sequence": null, "usage": {"input_tokens": 42, "output_tokens": 120}})
    .to_string()
}

#[test]
fn the_request_carries_version_system_turns_tokens_and_schema() {
    let fake = FakeHttp::answering_text(200, &reply(json!([{"type": "text", "text": "{\"title\":\"B\"}"}]), "end_turn"));
    assert_eq!(write(&fake, &call(SCHEMA)).unwrap(), "{\"title\":\"B\"}");
    let sent = fake.only();
    assert_eq!((sent.method, sent.url.as_str()), (Method::Post, "https://api.anthropic.com/v1/messages"));
    assert!(sent.headers.contains(&("anthropic-version".into(), "2023-06-01".into())));
    assert!(sent.headers.contains(&("content-type".into(), "application/json".into())));
    assert!(!sent.headers.iter().any(|(k, _)| k == "x-api-key" || k == "authorization"), "the host adds the key");
    assert_eq!((sent.credential.as_deref(), sent.timeout_ms), (Some("ANTHROPIC_API_KEY"), None));
    let body = fake.json();
    assert_eq!(body["model"], "claude-sonnet-4-5");
    assert_eq!(body["max_tokens"], 1500);
    assert_eq!(body["system"], "You write gentle stories. Answer in JSON.");
    let roles: Vec<&str> = body["messages"].as_array().unwrap().iter().map(|m| m["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["user", "assistant", "user"]);
    assert_eq!(body["messages"][2]["content"], "The reader chose: Run");
    let format = &body["output_config"]["format"];
    assert_eq!(format["type"], "json_schema");
    assert_eq!(format["schema"]["required"], json!(["title", "choices"]));
    assert_eq!(format["schema"]["properties"]["choices"]["description"], "{maxItems: 4}");
    assert!(format["schema"]["properties"]["choices"].get("maxItems").is_none(), "unsupported by the API");
    assert!(body.get("tools").is_none() && body.get("response_format").is_none());
}

#[test]
fn without_a_schema_or_system_those_fields_are_left_out() {
    let mut plain = call("not json");
    plain.system = "  ";
    plain.max_tokens = 0;
    let body: Value = serde_json::from_slice(&request(&plain).unwrap().body).unwrap();
    assert!(body.get("output_config").is_none() && body.get("system").is_none());
    assert_eq!(body["max_tokens"], DEFAULT_MAX_TOKENS);
}

#[test]
fn turns_alternate_and_start_with_the_user() {
    let joined = turns(&[("user", "a"), ("user", "b"), ("assistant", " "), ("assistant", "c"), ("user", "d")]).unwrap();
    assert_eq!(
        joined,
        vec![json!({"role":"user","content":"a\n\nb"}), json!({"role":"assistant","content":"c"}), json!({"role":"user","content":"d"})]
    );
    let opened = turns(&[("assistant", "x"), ("user", "y")]).unwrap();
    assert_eq!(opened[0]["role"], "user");
    assert_eq!(opened.len(), 3);
    assert!(matches!(turns(&[("system", "x")]), Err(PluginError::InvalidRequest(_))));
    assert!(matches!(turns(&[]), Err(PluginError::InvalidRequest(_))));
}

#[test]
fn refusals_cut_offs_and_odd_answers_are_failures() {
    let refused = reply(json!([{"type": "text", "text": "I can't help with that."}]), "refusal");
    assert_eq!(read_reply(refused.as_bytes()), Err(PluginError::Refused("Anthropic: I can't help with that.".into())));
    assert!(matches!(read_reply(reply(json!([]), "refusal").as_bytes()), Err(PluginError::Refused(m)) if m.contains("declined")));
    let cut = reply(json!([{"type": "text", "text": "{\"title\":"}]), "max_tokens");
    assert!(matches!(read_reply(cut.as_bytes()), Err(PluginError::Transient(m)) if m.contains("max_tokens")));
    assert!(matches!(read_reply(reply(json!([]), "end_turn").as_bytes()), Err(PluginError::Transient(m)) if m.contains("no scene")));
    let thinking = reply(json!([{"type": "thinking", "thinking": "hm", "signature": "s"}, {"type": "text", "text": "{}"}]), "end_turn");
    assert_eq!(read_reply(thinking.as_bytes()).unwrap(), "{}");
    assert!(matches!(read_reply(b"{\"content\":[{\"ty"), Err(PluginError::Transient(m)) if m.contains("not the expected JSON")));
}

#[test]
fn a_rate_limit_keeps_the_providers_words_and_wait() {
    let body = r#"{"type":"error","error":{"type":"rate_limit_error","message":"Rate limited"},"request_id":"req_1"}"#;
    let fake = FakeHttp::answering(Response::new(429, body).with_header("retry-after", "12"));
    let err = write(&fake, &call(SCHEMA)).unwrap_err();
    assert_eq!(err, PluginError::RateLimited(RateLimit { retry_after_ms: Some(12_000), message: "Anthropic: Rate limited".into() }));
}

#[test]
fn host_failures_and_cut_answers_name_anthropic() {
    let down = FakeHttp::failing(HttpError::Transport("connection reset".into()));
    assert_eq!(write(&down, &call(SCHEMA)), Err(PluginError::Transient("could not reach Anthropic: connection reset".into())));
    let refused = FakeHttp::failing(HttpError::CredentialUnavailable("ANTHROPIC_API_KEY is not set".into()));
    assert_eq!(write(&refused, &call(SCHEMA)), Err(PluginError::InvalidRequest("ANTHROPIC_API_KEY is not set".into())));
    let cut = Response { truncated: true, ..Response::new(200, reply(json!([{"type": "text", "text": "{}"}]), "end_turn")) };
    assert!(matches!(write(&FakeHttp::answering(cut), &call(SCHEMA)), Err(PluginError::InvalidRequest(m)) if m.contains("larger")));
}

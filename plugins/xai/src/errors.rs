//! An xAI error answer, in the contract's terms (§2.4, §6): the SDK's status
//! table (`failure::classify`) with xAI's quirks on top: a bad key comes back
//! as **400** (so a 400 about the API key is `unauthorized`), a 400 or 422
//! about moderation is `refused`. Bodies come in two shapes,
//! `{"code","error":"<text>"}` and `{"error":{"message","type","code"}}`;
//! both give the message a parent reads.

use serde_json::Value;
use storyloom_plugin_sdk::PluginError;
use storyloom_plugin_sdk::failure::{self, shorten};
use storyloom_plugin_sdk::http::Response;
use storyloom_plugin_sdk::retry_after;

/// The provider name in messages.
pub const PROVIDER: &str = "xAI";

/// A 2xx answer as it is; anything else as the failure it stands for.
pub fn ok_or_failure(response: Response) -> Result<Response, PluginError> {
    if response.is_success() { Ok(response) } else { Err(failure_from(&response, failure::now_unix_secs())) }
}

/// The failure a non-2xx answer stands for; `now_unix_secs` reads a `Retry-After` date.
pub fn failure_from(response: &Response, now_unix_secs: u64) -> PluginError {
    let provider_message = read_message(&response.body);
    let lower = provider_message.as_deref().unwrap_or_default().to_ascii_lowercase();
    let message = failure::message_for(PROVIDER, response.status, provider_message);
    match response.status {
        // "Incorrect API key provided: xa***rd. …" arrives as 400 (contract §2.4).
        400 if is_about_the_key(&lower) => PluginError::Unauthorized(message),
        400 | 422 if is_a_refusal(&lower) => PluginError::Refused(message),
        status => failure::classify(status, retry_after::from_headers(response, now_unix_secs), message),
    }
}

fn is_about_the_key(lower: &str) -> bool {
    ["incorrect api key", "invalid api key", "no api key", "api key is missing", "missing api key"].iter().any(|w| lower.contains(w))
}

/// xAI's REST moderation wording is undocumented (contract §8.3); these are the words its SDKs and relays use.
pub fn is_a_refusal(lower: &str) -> bool {
    ["moderation", "content policy", "safety", "usage guidelines"].iter().any(|w| lower.contains(w))
}

/// The provider's message (one line, shortened) from either body shape, else its `message` or `code`.
fn read_message(body: &[u8]) -> Option<String> {
    let parsed: Value = serde_json::from_slice(body).ok()?;
    let text = match parsed.get("error") {
        Some(Value::String(text)) => Some(text.as_str()),
        Some(Value::Object(inner)) => inner.get("message").and_then(Value::as_str),
        _ => None,
    };
    let text = text.or_else(|| parsed.get("message").and_then(Value::as_str)).or_else(|| parsed.get("code").and_then(Value::as_str))?;
    Some(shorten(text)).filter(|m| !m.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        headers.iter().fold(Response::new(status, body), |r, (k, v)| r.with_header(k, v))
    }

    fn xai(code: &str, error: &str) -> String {
        serde_json::json!({"code": code, "error": error}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let rate = xai("Some resource has been exhausted", "Too many requests");
        assert_eq!(
            failure_from(&answer(429, &[("retry-after", "3")], &rate), 0),
            failure::rate_limited(Some(3000), "xAI: Too many requests".into())
        );
        for status in [408, 409, 500, 502, 503, 529] {
            assert!(matches!(failure_from(&answer(status, &[], &xai("x", "busy")), 0), PluginError::Transient(_)), "{status}");
        }
        let key = xai(
            "Client specified an invalid argument",
            "Incorrect API key provided: xa***rd. You can obtain an API key from https://console.x.ai.",
        );
        assert!(
            matches!(failure_from(&answer(400, &[], &key), 0), PluginError::Unauthorized(m) if m.starts_with("xAI: Incorrect API key"))
        );
        assert!(matches!(failure_from(&answer(401, &[], &key), 0), PluginError::Unauthorized(_)));
        assert!(matches!(failure_from(&answer(403, &[], &xai("x", "no credits")), 0), PluginError::Unauthorized(_)));
        let blocked = xai("Client specified an invalid argument", "Generated image rejected by content moderation.");
        assert!(matches!(failure_from(&answer(400, &[], &blocked), 0), PluginError::Refused(m) if m.contains("moderation")));
        let public = xai("invalid-argument", "Public URLs are not supported");
        assert!(
            matches!(failure_from(&answer(400, &[], &public), 0), PluginError::InvalidRequest(m) if m == "xAI: Public URLs are not supported")
        );
        let missing = "Failed to deserialize the JSON body into the target type: missing field `prompt` at line 1 column 2";
        assert!(matches!(failure_from(&answer(422, &[], &xai("x", missing)), 0), PluginError::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(404, &[], &xai("x", "no such model")), 0), PluginError::InvalidRequest(_)));
    }

    #[test]
    fn both_body_shapes_and_none_give_a_message() {
        let openai_shape = r#"{"error":{"message":"overloaded","type":"server_error","code":null}}"#;
        assert_eq!(failure_from(&answer(503, &[], openai_shape), 0), PluginError::Transient("xAI: overloaded".into()));
        assert_eq!(
            failure_from(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            PluginError::Transient("xAI answered HTTP 502 with no error message".into())
        );
        assert_eq!(
            failure_from(&answer(500, &[], r#"{"code":"Internal error"}"#), 0),
            PluginError::Transient("xAI: Internal error".into())
        );
    }
}

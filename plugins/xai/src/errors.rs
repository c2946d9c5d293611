//! An xAI error answer, in the contract's terms (§2.4, §6): the HTTP status
//! picks the kind, with xAI's quirks on top: a bad key comes back as **400**
//! (so a 400 about the API key is `unauthorized`), 422 means missing fields,
//! 529 is "overloaded". Bodies come in two shapes, `{"code","error":"<text>"}`
//! and `{"error":{"message","type","code"}}`; both give the message a parent reads.

use serde_json::Value;

use crate::retry_after::retry_after_ms;
use crate::transport::{Failure, Incoming};

/// Longest provider message passed on (characters).
const MAX_MESSAGE: usize = 300;

/// A 2xx answer as it is; anything else as the failure it stands for.
pub fn ok_or_failure(response: Incoming) -> Result<Incoming, Failure> {
    if (200..300).contains(&response.status) {
        return Ok(response);
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    Err(failure_from(&response, now))
}

/// The failure a non-2xx answer stands for; `now_unix_secs` reads a `Retry-After` date.
pub fn failure_from(response: &Incoming, now_unix_secs: u64) -> Failure {
    let provider_message = read_message(&response.body);
    let status = response.status;
    let message = match &provider_message {
        Some(text) => format!("xAI: {text}"),
        None => format!("xAI answered HTTP {status} with no error message"),
    };
    let lower = provider_message.unwrap_or_default().to_ascii_lowercase();
    match status {
        429 => Failure::RateLimited { retry_after_ms: retry_after_ms(response, now_unix_secs), message },
        408 | 409 | 500..=599 => Failure::Transient(message),
        401 | 403 => Failure::Unauthorized(message),
        // "Incorrect API key provided: xa***rd. …" arrives as 400 (contract §2.4).
        400 if is_about_the_key(&lower) => Failure::Unauthorized(message),
        400 | 422 if is_a_refusal(&lower) => Failure::Refused(message),
        400..=499 => Failure::InvalidRequest(message),
        300..=399 => Failure::InvalidRequest(format!("{message} (an unexpected redirect)")),
        _ => Failure::Transient(message),
    }
}

fn is_about_the_key(lower: &str) -> bool {
    ["incorrect api key", "invalid api key", "no api key", "api key is missing", "missing api key"].iter().any(|w| lower.contains(w))
}

/// xAI's REST moderation wording is undocumented (contract §8.3); these are the words its SDKs and relays use.
fn is_a_refusal(lower: &str) -> bool {
    ["moderation", "content policy", "safety", "usage guidelines"].iter().any(|w| lower.contains(w))
}

/// The provider's message (one line, shortened) from either body shape.
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

/// Whitespace collapsed, cut at `MAX_MESSAGE` characters.
pub fn shorten(text: &str) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= MAX_MESSAGE {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(MAX_MESSAGE - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Incoming {
        Incoming {
            status,
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body: body.as_bytes().to_vec(),
            truncated: false,
        }
    }

    fn xai(code: &str, error: &str) -> String {
        serde_json::json!({"code": code, "error": error}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let rate = xai("Some resource has been exhausted", "Too many requests");
        assert_eq!(
            failure_from(&answer(429, &[("retry-after", "3")], &rate), 0),
            Failure::RateLimited { retry_after_ms: Some(3000), message: "xAI: Too many requests".into() }
        );
        for status in [408, 409, 500, 502, 503, 529] {
            assert!(matches!(failure_from(&answer(status, &[], &xai("x", "busy")), 0), Failure::Transient(_)), "{status}");
        }
        let key = xai(
            "Client specified an invalid argument",
            "Incorrect API key provided: xa***rd. You can obtain an API key from https://console.x.ai.",
        );
        assert!(matches!(failure_from(&answer(400, &[], &key), 0), Failure::Unauthorized(m) if m.starts_with("xAI: Incorrect API key")));
        assert!(matches!(failure_from(&answer(401, &[], &key), 0), Failure::Unauthorized(_)));
        assert!(matches!(failure_from(&answer(403, &[], &xai("x", "no credits")), 0), Failure::Unauthorized(_)));
        let blocked = xai("Client specified an invalid argument", "Generated image rejected by content moderation.");
        assert!(matches!(failure_from(&answer(400, &[], &blocked), 0), Failure::Refused(m) if m.contains("moderation")));
        let public = xai("invalid-argument", "Public URLs are not supported");
        assert!(
            matches!(failure_from(&answer(400, &[], &public), 0), Failure::InvalidRequest(m) if m == "xAI: Public URLs are not supported")
        );
        let missing = "Failed to deserialize the JSON body into the target type: missing field `prompt` at line 1 column 2";
        assert!(matches!(failure_from(&answer(422, &[], &xai("x", missing)), 0), Failure::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(404, &[], &xai("x", "no such model")), 0), Failure::InvalidRequest(_)));
    }

    #[test]
    fn both_body_shapes_and_none_give_a_message() {
        let openai_shape = r#"{"error":{"message":"overloaded","type":"server_error","code":null}}"#;
        assert_eq!(failure_from(&answer(503, &[], openai_shape), 0), Failure::Transient("xAI: overloaded".into()));
        assert_eq!(
            failure_from(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            Failure::Transient("xAI answered HTTP 502 with no error message".into())
        );
        assert_eq!(failure_from(&answer(500, &[], r#"{"code":"Internal error"}"#), 0), Failure::Transient("xAI: Internal error".into()));
    }

    #[test]
    fn long_messages_are_shortened_to_one_line() {
        let short = shorten(&format!("line one\n\n{}", "word ".repeat(200)));
        assert!(short.starts_with("line one word") && short.ends_with('…') && !short.contains('\n'));
        assert_eq!(short.chars().count(), MAX_MESSAGE);
    }
}

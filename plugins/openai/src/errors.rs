//! An OpenAI error answer, in the contract's terms: the HTTP status picks the
//! kind (contract §1.5 and §6), `error.code` refines it (moderation, quota),
//! `x-should-retry` overrides retryability the way openai-python does, and
//! `error.message` becomes the short text a parent reads.

use serde::Deserialize;

use crate::retry_after::retry_after_ms;
use crate::transport::{Failure, Incoming};

/// Longest provider message passed on (characters).
const MAX_MESSAGE: usize = 300;

/// `{"error":{"message","type","param","code"}}`; the SDK also accepts the inner object alone.
#[derive(Debug, Default, Deserialize)]
struct ErrorBody {
    error: Option<ErrorObject>,
    message: Option<String>,
    code: Option<serde_json::Value>,
}

#[derive(Debug, Default, Deserialize)]
struct ErrorObject {
    message: Option<String>,
    code: Option<serde_json::Value>,
}

/// `error.code` values that mean the content policy refused the request.
const MODERATION_CODES: [&str; 3] = ["moderation_blocked", "content_policy_violation", "content_filter"];

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
    let (provider_message, code) = read_body(&response.body);
    let status = response.status;
    let message = match &provider_message {
        Some(text) => format!("OpenAI: {text}"),
        None => format!("OpenAI answered HTTP {status} with no error message"),
    };
    let code = code.as_deref().unwrap_or("");
    let by_status = match status {
        // "You exceeded your current quota": waiting does not help (contract §6).
        429 if code == "insufficient_quota" => Failure::Unauthorized(message),
        429 => Failure::RateLimited { retry_after_ms: retry_after_ms(response, now_unix_secs), message },
        408 | 409 | 500..=599 => Failure::Transient(message),
        401 | 403 => Failure::Unauthorized(message),
        400 if MODERATION_CODES.contains(&code) || mentions_safety(provider_message.as_deref()) => Failure::Refused(message),
        400..=499 => Failure::InvalidRequest(message),
        300..=399 => Failure::InvalidRequest(format!("{message} (an unexpected redirect)")),
        _ => Failure::Transient(message),
    };
    match response.header("x-should-retry").map(str::trim) {
        Some("true") => retryable(by_status, response, now_unix_secs),
        Some("false") => final_failure(by_status),
        _ => by_status,
    }
}

/// A moderation refusal without a known code ("rejected by the safety system", contract §8.2).
fn mentions_safety(message: Option<&str>) -> bool {
    message.is_some_and(|m| m.to_ascii_lowercase().contains("safety system"))
}

/// The provider said to retry: keep a retryable kind, make a final one transient.
fn retryable(failure: Failure, response: &Incoming, now: u64) -> Failure {
    match failure {
        Failure::RateLimited { .. } | Failure::Transient(_) => failure,
        Failure::Unauthorized(m) | Failure::InvalidRequest(m) | Failure::Refused(m) | Failure::Unsupported(m) => {
            if response.status == 429 {
                Failure::RateLimited { retry_after_ms: retry_after_ms(response, now), message: m }
            } else {
                Failure::Transient(m)
            }
        }
    }
}

/// The provider said not to retry: a retryable kind becomes `invalid-request`.
fn final_failure(failure: Failure) -> Failure {
    match failure {
        Failure::RateLimited { message, .. } | Failure::Transient(message) => Failure::InvalidRequest(message),
        other => other,
    }
}

/// The provider's `error.message` (one line, shortened) and `error.code`, when the body has them.
fn read_body(body: &[u8]) -> (Option<String>, Option<String>) {
    let parsed: ErrorBody = serde_json::from_slice(body).unwrap_or_default();
    let (message, code) = match parsed.error {
        Some(inner) => (inner.message, inner.code),
        None => (parsed.message, parsed.code),
    };
    let code = code.and_then(|c| c.as_str().map(str::to_string));
    (message.map(|m| shorten(&m)).filter(|m| !m.is_empty()), code)
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

    fn error(message: &str, kind: &str, code: Option<&str>) -> String {
        serde_json::json!({"error": {"message": message, "type": kind, "param": null, "code": code}}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let rate = error("You've exceeded the rate limit, please slow down.", "requests", Some("rate_limit_exceeded"));
        assert_eq!(
            failure_from(&answer(429, &[("retry-after", "3")], &rate), 0),
            Failure::RateLimited {
                retry_after_ms: Some(3000),
                message: "OpenAI: You've exceeded the rate limit, please slow down.".into()
            }
        );
        let quota = error("You exceeded your current quota.", "insufficient_quota", Some("insufficient_quota"));
        assert!(matches!(failure_from(&answer(429, &[], &quota), 0), Failure::Unauthorized(m) if m.contains("quota")));
        for status in [408, 409, 500, 502, 503] {
            let body = error("The server had an error while processing your request.", "server_error", None);
            assert!(matches!(failure_from(&answer(status, &[], &body), 0), Failure::Transient(_)), "{status}");
        }
        let key = error("Incorrect API key provided: sk-abc***xyz.", "invalid_request_error", Some("invalid_api_key"));
        assert!(matches!(failure_from(&answer(401, &[], &key), 0), Failure::Unauthorized(m) if m.contains("Incorrect API key")));
        assert!(matches!(failure_from(&answer(403, &[], &key), 0), Failure::Unauthorized(_)));
        let blocked = error("Your request was rejected by the safety system.", "image_generation_user_error", Some("moderation_blocked"));
        assert!(matches!(failure_from(&answer(400, &[], &blocked), 0), Failure::Refused(m) if m.contains("safety system")));
        let uncoded = error("Your request was rejected by the safety system.", "invalid_request_error", None);
        assert!(matches!(failure_from(&answer(400, &[], &uncoded), 0), Failure::Refused(_)));
        let unknown = error("Unknown parameter: 'response_format'.", "invalid_request_error", Some("unknown_parameter"));
        assert!(matches!(failure_from(&answer(400, &[], &unknown), 0), Failure::InvalidRequest(m) if m.contains("response_format")));
        assert!(matches!(failure_from(&answer(404, &[], &unknown), 0), Failure::InvalidRequest(_)));
    }

    #[test]
    fn a_body_without_an_error_object_still_gives_a_message() {
        assert_eq!(
            failure_from(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            Failure::Transient("OpenAI answered HTTP 502 with no error message".into())
        );
        let bare = r#"{"message":"overloaded","code":null}"#;
        assert_eq!(failure_from(&answer(503, &[], bare), 0), Failure::Transient("OpenAI: overloaded".into()));
    }

    #[test]
    fn x_should_retry_overrides_the_status() {
        let body = error("try later", "server_error", None);
        assert!(matches!(failure_from(&answer(500, &[("x-should-retry", "false")], &body), 0), Failure::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(400, &[("x-should-retry", "true")], &body), 0), Failure::Transient(_)));
        let quota = error("quota", "insufficient_quota", Some("insufficient_quota"));
        let forced = failure_from(&answer(429, &[("x-should-retry", "true"), ("retry-after-ms", "10")], &quota), 0);
        assert_eq!(forced, Failure::RateLimited { retry_after_ms: Some(10), message: "OpenAI: quota".into() });
    }

    #[test]
    fn long_messages_are_shortened_to_one_line() {
        let long = format!("line one\n\n{}", "word ".repeat(200));
        let short = shorten(&long);
        assert!(short.starts_with("line one word"));
        assert_eq!(short.chars().count(), MAX_MESSAGE);
        assert!(short.ends_with('…') && !short.contains('\n'));
    }
}

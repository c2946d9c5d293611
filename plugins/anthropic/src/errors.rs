//! An Anthropic error answer, in the contract's terms (§5.1, §6): the HTTP
//! status picks the kind (429 rate-limited; 408, 409, 5xx and 529
//! `overloaded_error` transient; 401/403 unauthorized; other 4xx invalid),
//! `error.type` / `error.details.error_code` refine it (402 or `billing_error`,
//! the spend limit: unauthorized),
//! `x-should-retry` overrides retryability as anthropic-sdk-python does, and
//! `error.message` becomes the short text a parent reads.

use serde::Deserialize;
use serde_json::Value;

use crate::retry_after::retry_after_ms;
use crate::transport::{Failure, Incoming};

/// Longest provider message passed on (characters).
const MAX_MESSAGE: usize = 300;

/// `{"type":"error","error":{"type","message","details"?},"request_id"}`.
#[derive(Debug, Default, Deserialize)]
struct ErrorBody {
    error: Option<ErrorObject>,
}

#[derive(Debug, Default, Deserialize)]
struct ErrorObject {
    #[serde(rename = "type")]
    kind: Option<String>,
    message: Option<String>,
    details: Option<Value>,
}

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
    let parsed: ErrorBody = serde_json::from_slice(&response.body).unwrap_or_default();
    let error = parsed.error.unwrap_or_default();
    let status = response.status;
    let message = match error.message.as_deref().map(shorten).filter(|m| !m.is_empty()) {
        Some(text) => format!("Anthropic: {text}"),
        None => format!("Anthropic answered HTTP {status} with no error message"),
    };
    let kind = error.kind.as_deref().unwrap_or("");
    let code = error.details.as_ref().and_then(|d| d.get("error_code")).and_then(Value::as_str).unwrap_or("");
    let by_status = match status {
        // Contract §5.1/§6: a spent budget comes as 429 but waiting does not help.
        429 if code == "enforced_spend_limit_reached" => Failure::Unauthorized(message),
        429 => Failure::RateLimited { retry_after_ms: retry_after_ms(response, now_unix_secs), message },
        408 | 409 | 500..=599 => Failure::Transient(message),
        401..=403 => Failure::Unauthorized(message),
        _ if kind == "billing_error" => Failure::Unauthorized(message),
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
    use serde_json::json;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Incoming {
        Incoming {
            status,
            headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body: body.as_bytes().to_vec(),
            truncated: false,
        }
    }

    fn error(kind: &str, message: &str) -> String {
        json!({"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_011test"}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let rate = error("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit");
        assert_eq!(
            failure_from(&answer(429, &[("retry-after", "7")], &rate), 0),
            Failure::RateLimited {
                retry_after_ms: Some(7000),
                message: "Anthropic: Number of request tokens has exceeded your per-minute rate limit".into()
            }
        );
        let spent = json!({"type": "error", "error": {"type": "rate_limit_error", "message": "spend limit",
                           "details": {"error_code": "enforced_spend_limit_reached"}}})
        .to_string();
        assert!(matches!(failure_from(&answer(429, &[("retry-after", "7")], &spent), 0), Failure::Unauthorized(_)));
        assert_eq!(
            failure_from(&answer(529, &[], &error("overloaded_error", "Overloaded")), 0),
            Failure::Transient("Anthropic: Overloaded".into())
        );
        for status in [408, 409, 500, 504] {
            assert!(
                matches!(failure_from(&answer(status, &[], &error("api_error", "Internal server error")), 0), Failure::Transient(_)),
                "{status}"
            );
        }
        let key = error("authentication_error", "invalid x-api-key");
        assert_eq!(failure_from(&answer(401, &[], &key), 0), Failure::Unauthorized("Anthropic: invalid x-api-key".into()));
        assert!(matches!(failure_from(&answer(403, &[], &error("permission_error", "no")), 0), Failure::Unauthorized(_)));
        assert!(matches!(
            failure_from(&answer(400, &[], &error("billing_error", "credit balance is too low")), 0),
            Failure::Unauthorized(_)
        ));
        let bad = error("invalid_request_error", "max_tokens: Field required");
        assert_eq!(failure_from(&answer(400, &[], &bad), 0), Failure::InvalidRequest("Anthropic: max_tokens: Field required".into()));
        assert!(matches!(failure_from(&answer(404, &[], &error("not_found_error", "model: claude-x")), 0), Failure::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(413, &[], &error("request_too_large", "too large")), 0), Failure::InvalidRequest(_)));
    }

    #[test]
    fn odd_bodies_and_x_should_retry() {
        assert_eq!(
            failure_from(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            Failure::Transient("Anthropic answered HTTP 502 with no error message".into())
        );
        let body = error("api_error", "try later");
        assert!(matches!(failure_from(&answer(500, &[("x-should-retry", "false")], &body), 0), Failure::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(400, &[("x-should-retry", "true")], &body), 0), Failure::Transient(_)));
        let long = format!("line one\n\n{}", "word ".repeat(200));
        let short = shorten(&long);
        assert!(short.starts_with("line one word") && short.ends_with('…'));
        assert_eq!(short.chars().count(), MAX_MESSAGE);
    }
}

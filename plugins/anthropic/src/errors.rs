//! Anthropic's own error rules (contract §5.1, §6), layered on the SDK's
//! status table (`failure::classify`: 429 rate-limited with its `retry-after`,
//! 408/409/5xx and 529 `overloaded_error` transient, …): 402 or a
//! `billing_error` and a 429 `enforced_spend_limit_reached` (a spent budget,
//! which waiting does not cure) are unauthorized, `x-should-retry` overrides
//! retryability as anthropic-sdk-python does, and only `error.message` of
//! Anthropic's error body becomes the short text a parent reads.

use serde::Deserialize;
use serde_json::Value;
use storyloom_plugin_sdk::http::Response;
use storyloom_plugin_sdk::{PluginError, failure, retry_after};

/// Who the messages name.
pub const PROVIDER: &str = "Anthropic";

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
pub fn ok_or_failure(response: Response) -> Result<Response, PluginError> {
    if response.is_success() { Ok(response) } else { Err(failure_from(&response, failure::now_unix_secs())) }
}

/// The failure a non-2xx answer stands for; `now_unix_secs` reads a `Retry-After` date.
pub fn failure_from(response: &Response, now_unix_secs: u64) -> PluginError {
    let parsed: ErrorBody = serde_json::from_slice(&response.body).unwrap_or_default();
    let error = parsed.error.unwrap_or_default();
    let status = response.status;
    let said = error.message.as_deref().map(failure::shorten).filter(|m| !m.is_empty());
    let message = failure::message_for(PROVIDER, status, said);
    let kind = error.kind.as_deref().unwrap_or("");
    let code = error.details.as_ref().and_then(|d| d.get("error_code")).and_then(Value::as_str).unwrap_or("");
    let spent = status == 429 && code == "enforced_spend_limit_reached";
    // The status table wins over `billing_error` for the kinds it settles on its own.
    let billing = kind == "billing_error" && !matches!(status, 401..=403 | 408 | 409 | 429 | 500..=599);
    let by_status = if spent || billing || status == 402 {
        PluginError::Unauthorized(message)
    } else {
        failure::classify(status, retry_after::from_headers(response, now_unix_secs), message)
    };
    failure::should_retry(by_status, response, now_unix_secs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use storyloom_plugin_sdk::RateLimit;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        headers.iter().fold(Response::new(status, body), |r, (k, v)| r.with_header(k, v))
    }

    fn error(kind: &str, message: &str) -> String {
        json!({"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_011test"}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let rate = error("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit");
        assert_eq!(
            failure_from(&answer(429, &[("retry-after", "7")], &rate), 0),
            PluginError::RateLimited(RateLimit {
                retry_after_ms: Some(7000),
                message: "Anthropic: Number of request tokens has exceeded your per-minute rate limit".into()
            })
        );
        let spent = json!({"type": "error", "error": {"type": "rate_limit_error", "message": "spend limit",
                           "details": {"error_code": "enforced_spend_limit_reached"}}})
        .to_string();
        assert!(matches!(failure_from(&answer(429, &[("retry-after", "7")], &spent), 0), PluginError::Unauthorized(_)));
        assert_eq!(
            failure_from(&answer(529, &[], &error("overloaded_error", "Overloaded")), 0),
            PluginError::Transient("Anthropic: Overloaded".into())
        );
        for status in [408, 409, 500, 504] {
            assert!(
                matches!(failure_from(&answer(status, &[], &error("api_error", "Internal server error")), 0), PluginError::Transient(_)),
                "{status}"
            );
        }
        let key = error("authentication_error", "invalid x-api-key");
        assert_eq!(failure_from(&answer(401, &[], &key), 0), PluginError::Unauthorized("Anthropic: invalid x-api-key".into()));
        assert!(matches!(failure_from(&answer(403, &[], &error("permission_error", "no")), 0), PluginError::Unauthorized(_)));
        assert!(matches!(
            failure_from(&answer(400, &[], &error("billing_error", "credit balance is too low")), 0),
            PluginError::Unauthorized(_)
        ));
        let bad = error("invalid_request_error", "max_tokens: Field required");
        assert_eq!(failure_from(&answer(400, &[], &bad), 0), PluginError::InvalidRequest("Anthropic: max_tokens: Field required".into()));
        assert!(matches!(failure_from(&answer(404, &[], &error("not_found_error", "model: claude-x")), 0), PluginError::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(413, &[], &error("request_too_large", "too large")), 0), PluginError::InvalidRequest(_)));
    }

    #[test]
    fn odd_bodies_and_x_should_retry() {
        assert_eq!(
            failure_from(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            PluginError::Transient("Anthropic answered HTTP 502 with no error message".into())
        );
        let body = error("api_error", "try later");
        assert!(matches!(failure_from(&answer(500, &[("x-should-retry", "false")], &body), 0), PluginError::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(400, &[("x-should-retry", "true")], &body), 0), PluginError::Transient(_)));
        let long = error("api_error", &format!("line one\n\n{}", "word ".repeat(200)));
        let PluginError::Transient(short) = failure_from(&answer(500, &[], &long), 0) else { panic!("a 500 is transient") };
        assert!(short.starts_with("Anthropic: line one word") && short.ends_with('…'), "{short}");
        assert_eq!(short.chars().count(), "Anthropic: ".len() + failure::MAX_MESSAGE);
    }
}

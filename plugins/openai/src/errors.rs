//! OpenAI's own error rules, layered on the SDK's status table
//! (`failure::from_response`, contract §1.5 and §6): `error.code` refines the
//! kind (a moderation block, or a 400 "rejected by the safety system", is
//! `refused`; a 429 `insufficient_quota` is `quota-exceeded`), and
//! `x-should-retry` overrides retryability the way openai-python does.

use storyloom_plugin_sdk::http::Response;
use storyloom_plugin_sdk::{PluginError, failure};

use crate::catalog::PROVIDER;

/// `error.code` values that mean the content policy refused the request.
const MODERATION_CODES: [&str; 3] = ["moderation_blocked", "content_policy_violation", "content_filter"];

/// A 2xx answer as it is; anything else as the failure it stands for.
pub fn ok_or_failure(response: Response) -> Result<Response, PluginError> {
    if response.is_success() { Ok(response) } else { Err(failure_from(&response, failure::now_unix_secs())) }
}

/// The failure a non-2xx answer stands for; `now_unix_secs` reads a `Retry-After` date.
pub fn failure_from(response: &Response, now_unix_secs: u64) -> PluginError {
    let code = error_code(&response.body);
    let code = code.as_deref().unwrap_or("");
    let by_status = match failure::from_response(PROVIDER, response, now_unix_secs) {
        // "You exceeded your current quota": waiting does not help (contract §6).
        PluginError::RateLimited(limit) if code == "insufficient_quota" => PluginError::QuotaExceeded(limit.message),
        PluginError::InvalidRequest(m) if response.status == 400 && (MODERATION_CODES.contains(&code) || mentions_safety(&m)) => {
            PluginError::Refused(m)
        }
        other => other,
    };
    failure::should_retry(by_status, response, now_unix_secs)
}

/// `error.code` (or a bare error object's `code`) when it is a string.
fn error_code(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let error = value.get("error").filter(|e| !e.is_null()).unwrap_or(&value);
    error.get("code")?.as_str().map(str::to_string)
}

/// A moderation refusal without a known code ("rejected by the safety system", contract §8.2).
fn mentions_safety(message: &str) -> bool {
    message.to_ascii_lowercase().contains("safety system")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        headers.iter().fold(Response::new(status, body), |r, (k, v)| r.with_header(k, v))
    }

    fn error(message: &str, kind: &str, code: Option<&str>) -> String {
        serde_json::json!({"error": {"message": message, "type": kind, "param": null, "code": code}}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let rate = error("You've exceeded the rate limit, please slow down.", "requests", Some("rate_limit_exceeded"));
        assert_eq!(
            failure_from(&answer(429, &[("retry-after", "3")], &rate), 0),
            failure::rate_limited(Some(3000), "OpenAI: You've exceeded the rate limit, please slow down.".into())
        );
        let quota = error("You exceeded your current quota.", "insufficient_quota", Some("insufficient_quota"));
        assert!(matches!(failure_from(&answer(429, &[], &quota), 0), PluginError::QuotaExceeded(m) if m.contains("quota")));
        for status in [408, 409, 500, 502, 503] {
            let body = error("The server had an error while processing your request.", "server_error", None);
            assert!(matches!(failure_from(&answer(status, &[], &body), 0), PluginError::Transient(_)), "{status}");
        }
        let key = error("Incorrect API key provided: sk-abc***xyz.", "invalid_request_error", Some("invalid_api_key"));
        assert!(matches!(failure_from(&answer(401, &[], &key), 0), PluginError::Unauthorized(m) if m.contains("Incorrect API key")));
        assert!(matches!(failure_from(&answer(403, &[], &key), 0), PluginError::Unauthorized(_)));
        let blocked = error("Your request was rejected by the safety system.", "image_generation_user_error", Some("moderation_blocked"));
        assert!(matches!(failure_from(&answer(400, &[], &blocked), 0), PluginError::Refused(m) if m.contains("safety system")));
        let uncoded = error("Your request was rejected by the safety system.", "invalid_request_error", None);
        assert!(matches!(failure_from(&answer(400, &[], &uncoded), 0), PluginError::Refused(_)));
        let unknown = error("Unknown parameter: 'response_format'.", "invalid_request_error", Some("unknown_parameter"));
        assert!(matches!(failure_from(&answer(400, &[], &unknown), 0), PluginError::InvalidRequest(m) if m.contains("response_format")));
        assert!(matches!(failure_from(&answer(404, &[], &unknown), 0), PluginError::InvalidRequest(_)));
    }

    #[test]
    fn a_body_without_an_error_object_still_gives_a_message() {
        assert_eq!(
            failure_from(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            PluginError::Transient("OpenAI answered HTTP 502 with no error message".into())
        );
        let bare = r#"{"message":"overloaded","code":null}"#;
        assert_eq!(failure_from(&answer(503, &[], bare), 0), PluginError::Transient("OpenAI: overloaded".into()));
    }

    #[test]
    fn x_should_retry_overrides_the_status() {
        let body = error("try later", "server_error", None);
        assert!(matches!(failure_from(&answer(500, &[("x-should-retry", "false")], &body), 0), PluginError::InvalidRequest(_)));
        assert!(matches!(failure_from(&answer(400, &[("x-should-retry", "true")], &body), 0), PluginError::Transient(_)));
        let quota = error("quota", "insufficient_quota", Some("insufficient_quota"));
        let forced = failure_from(&answer(429, &[("x-should-retry", "true"), ("retry-after-ms", "10")], &quota), 0);
        assert_eq!(forced, failure::rate_limited(Some(10), "OpenAI: quota".into()));
    }
}

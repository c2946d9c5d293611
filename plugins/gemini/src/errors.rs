//! Gemini's own error rules, layered on the SDK's status table
//! (`failure::classify`, contract §4.2, §6). Google's body is
//! `{"error":{"code","message","status","details":[…]}}`: a 429
//! `RESOURCE_EXHAUSTED` waits for `Retry-After` when a proxy sends one, else
//! for `RetryInfo.retryDelay` in `details` (Gemini itself sends no header); a
//! 400 whose `ErrorInfo.reason` is `API_KEY_INVALID` is unauthorized, as Google
//! answers a bad key that way. Messages read "Gemini: <Google's message>".

use serde_json::Value;
use storyloom_plugin_sdk::http::Response;
use storyloom_plugin_sdk::{PluginError, failure, retry_after};

use crate::catalog::PROVIDER;

/// A 2xx answer as it is; anything else as the failure it stands for.
pub fn ok_or_failure(response: Response) -> Result<Response, PluginError> {
    if response.is_success() { Ok(response) } else { Err(from_response(&response, failure::now_unix_secs())) }
}

/// The failure a non-2xx answer stands for; `now_unix_secs` reads a `Retry-After` date.
pub fn from_response(response: &Response, now_unix_secs: u64) -> PluginError {
    let error = serde_json::from_slice::<Value>(&response.body).ok().and_then(|v| v.get("error").cloned()).unwrap_or(Value::Null);
    let google_message = error.get("message").and_then(Value::as_str).map(failure::shorten).filter(|m| !m.is_empty());
    let message = failure::message_for(PROVIDER, response.status, google_message);
    let details: &[Value] = error.get("details").and_then(Value::as_array).map_or(&[], Vec::as_slice);
    if response.status == 400 && is_about_the_key(details, &message) {
        return PluginError::Unauthorized(message);
    }
    let wait = retry_after::from_headers(response, now_unix_secs)
        .or_else(|| details.iter().find_map(|d| d.get("retryDelay")?.as_str().and_then(retry_after::retry_delay_ms)));
    failure::classify(response.status, wait, message)
}

/// Google answers a bad key with 400 `INVALID_ARGUMENT` and `ErrorInfo.reason` `API_KEY_INVALID` (§4.2).
fn is_about_the_key(details: &[Value], message: &str) -> bool {
    let reason = details.iter().filter_map(|d| d.get("reason")?.as_str()).any(|r| r.starts_with("API_KEY_"));
    reason || message.to_ascii_lowercase().contains("api key not valid")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn google(code: u16, status: &str, message: &str, details: Value) -> String {
        json!({"error": {"code": code, "message": message, "status": status, "details": details}}).to_string()
    }

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        headers.iter().fold(Response::new(status, body), |r, (k, v)| r.with_header(k, v))
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let quota = google(
            429,
            "RESOURCE_EXHAUSTED",
            "You exceeded your current quota. Please retry in 47.43s.",
            json!([
            {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaId": "PerMinute"}]},
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "47s"}]),
        );
        assert_eq!(
            from_response(&answer(429, &[], &quota), 0),
            failure::rate_limited(Some(47_000), "Gemini: You exceeded your current quota. Please retry in 47.43s.".into())
        );
        let header_wins = from_response(&answer(429, &[("retry-after", "3")], &quota), 0);
        assert!(matches!(header_wins, PluginError::RateLimited(ref limit) if limit.retry_after_ms == Some(3000)), "{header_wins:?}");
        let bare = google(429, "RESOURCE_EXHAUSTED", "slow down", json!([]));
        assert!(matches!(from_response(&answer(429, &[], &bare), 0), PluginError::RateLimited(limit) if limit.retry_after_ms.is_none()));
        for status in [408, 409, 500, 503, 504] {
            let body = google(status, "UNAVAILABLE", "The model is overloaded.", json!([]));
            assert_eq!(from_response(&answer(status, &[], &body), 0), PluginError::Transient("Gemini: The model is overloaded.".into()));
        }
        let key = google(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
            json!([
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]),
        );
        assert!(
            matches!(from_response(&answer(400, &[], &key), 0), PluginError::Unauthorized(m) if m.starts_with("Gemini: API key not valid"))
        );
        let denied = google(403, "PERMISSION_DENIED", "Permission denied.", json!([]));
        assert!(matches!(from_response(&answer(403, &[], &denied), 0), PluginError::Unauthorized(_)));
        let bad = google(400, "INVALID_ARGUMENT", "Invalid value at 'contents'.", json!([]));
        assert!(
            matches!(from_response(&answer(400, &[], &bad), 0), PluginError::InvalidRequest(m) if m == "Gemini: Invalid value at 'contents'.")
        );
        let missing = google(404, "NOT_FOUND", "models/x is not found", json!([]));
        assert!(matches!(from_response(&answer(404, &[], &missing), 0), PluginError::InvalidRequest(_)));
        assert_eq!(
            from_response(&answer(502, &[], "<html>Bad Gateway</html>"), 0),
            PluginError::Transient("Gemini answered HTTP 502 with no error message".into())
        );
    }
}

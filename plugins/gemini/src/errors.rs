//! A Gemini error answer, in the contract's terms (§4.2, §6): Google's body
//! `{"error":{"code","message","status","details":[…]}}`. 429
//! `RESOURCE_EXHAUSTED` is rate-limited, waiting for `Retry-After` when a
//! proxy sends one, else for `RetryInfo.retryDelay` in `details` (Gemini
//! itself sends no header); 408/409/5xx are transient; 401/403 and a 400
//! whose `ErrorInfo.reason` is `API_KEY_INVALID` are unauthorized; other 4xx
//! are invalid requests. Messages read "Gemini: <Google's message>".

use serde_json::Value;

use crate::retry_after::{retry_after_ms, retry_delay_ms};
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
    let error = serde_json::from_slice::<Value>(&response.body).ok().and_then(|v| v.get("error").cloned()).unwrap_or(Value::Null);
    let status = response.status;
    let message = match error.get("message").and_then(Value::as_str).map(shorten).filter(|m| !m.is_empty()) {
        Some(text) => format!("Gemini: {text}"),
        None => format!("Gemini answered HTTP {status} with no error message"),
    };
    let details: &[Value] = error.get("details").and_then(Value::as_array).map_or(&[], Vec::as_slice);
    match status {
        429 => {
            let wait = retry_after_ms(response, now_unix_secs)
                .or_else(|| details.iter().find_map(|d| d.get("retryDelay")?.as_str().and_then(retry_delay_ms)));
            Failure::RateLimited { retry_after_ms: wait, message }
        }
        408 | 409 | 500..=599 => Failure::Transient(message),
        401 | 403 => Failure::Unauthorized(message),
        400 if is_about_the_key(details, &message) => Failure::Unauthorized(message),
        400..=499 => Failure::InvalidRequest(message),
        300..=399 => Failure::InvalidRequest(format!("{message} (an unexpected redirect)")),
        _ => Failure::Transient(message),
    }
}

/// Google answers a bad key with 400 `INVALID_ARGUMENT` and `ErrorInfo.reason` `API_KEY_INVALID` (§4.2).
fn is_about_the_key(details: &[Value], message: &str) -> bool {
    let reason = details.iter().filter_map(|d| d.get("reason")?.as_str()).any(|r| r.starts_with("API_KEY_"));
    reason || message.to_ascii_lowercase().contains("api key not valid")
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
    use crate::test_support::incoming;

    fn google(code: u16, status: &str, message: &str, details: Value) -> String {
        serde_json::json!({"error": {"code": code, "message": message, "status": status, "details": details}}).to_string()
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let quota = google(
            429,
            "RESOURCE_EXHAUSTED",
            "You exceeded your current quota. Please retry in 47.43s.",
            serde_json::json!([
            {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{"quotaId": "PerMinute"}]},
            {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "47s"}]),
        );
        assert_eq!(
            failure_from(&incoming(429, &[], quota.as_bytes()), 0),
            Failure::RateLimited {
                retry_after_ms: Some(47_000),
                message: "Gemini: You exceeded your current quota. Please retry in 47.43s.".into()
            }
        );
        let header_wins = failure_from(&incoming(429, &[("retry-after", "3")], quota.as_bytes()), 0);
        assert!(matches!(header_wins, Failure::RateLimited { retry_after_ms: Some(3000), .. }));
        let bare = google(429, "RESOURCE_EXHAUSTED", "slow down", serde_json::json!([]));
        assert!(matches!(failure_from(&incoming(429, &[], bare.as_bytes()), 0), Failure::RateLimited { retry_after_ms: None, .. }));
        for status in [408, 409, 500, 503, 504] {
            let body = google(status, "UNAVAILABLE", "The model is overloaded.", serde_json::json!([]));
            assert_eq!(
                failure_from(&incoming(status, &[], body.as_bytes()), 0),
                Failure::Transient("Gemini: The model is overloaded.".into())
            );
        }
        let key = google(
            400,
            "INVALID_ARGUMENT",
            "API key not valid. Please pass a valid API key.",
            serde_json::json!([
            {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID", "domain": "googleapis.com"}]),
        );
        assert!(
            matches!(failure_from(&incoming(400, &[], key.as_bytes()), 0), Failure::Unauthorized(m) if m.starts_with("Gemini: API key not valid"))
        );
        let denied = google(403, "PERMISSION_DENIED", "Permission denied.", serde_json::json!([]));
        assert!(matches!(failure_from(&incoming(403, &[], denied.as_bytes()), 0), Failure::Unauthorized(_)));
        let bad = google(400, "INVALID_ARGUMENT", "Invalid value at 'contents'.", serde_json::json!([]));
        assert!(
            matches!(failure_from(&incoming(400, &[], bad.as_bytes()), 0), Failure::InvalidRequest(m) if m == "Gemini: Invalid value at 'contents'.")
        );
        let missing = google(404, "NOT_FOUND", "models/x is not found", serde_json::json!([]));
        assert!(matches!(failure_from(&incoming(404, &[], missing.as_bytes()), 0), Failure::InvalidRequest(_)));
        assert_eq!(
            failure_from(&incoming(502, &[], b"<html>Bad Gateway</html>"), 0),
            Failure::Transient("Gemini answered HTTP 502 with no error message".into())
        );
    }

    #[test]
    fn long_messages_are_shortened_to_one_line() {
        let short = shorten(&format!("line one\n\n{}", "word ".repeat(200)));
        assert!(short.starts_with("line one word") && short.ends_with('…') && !short.contains('\n'));
        assert_eq!(short.chars().count(), MAX_MESSAGE);
    }
}

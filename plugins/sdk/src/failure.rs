//! A failed call as the `plugin-error` it stands for, with a short message a
//! parent can read: a refusal or failure of the host ([`from_host`]), a
//! provider's non-2xx answer ([`from_response`], [`classify`]).
//!
//! The status table (the providers' own documentation, as summarised in
//! `provider-contracts.md`): 429 → `rate-limited` with the wait it asked for;
//! 408, 409, 5xx and Anthropic's 529 → `transient`; 401 and 403 →
//! `unauthorized`; other 4xx and unexpected redirects → `invalid-request`.
//! A provider's own codes (a moderation block, an exhausted quota) refine this
//! in the plugin.

use crate::http::{HttpError, Response};
use crate::{PluginError, RateLimit, retry_after};

/// Longest provider message passed on, in characters.
pub const MAX_MESSAGE: usize = 300;

/// The call is not one this plugin offers.
pub fn unsupported(message: &str) -> PluginError {
    PluginError::Unsupported(message.to_string())
}

/// The provider asked us to slow down, and maybe said for how long.
pub fn rate_limited(retry_after_ms: Option<u64>, message: String) -> PluginError {
    PluginError::RateLimited(RateLimit { retry_after_ms, message })
}

/// The host gave no answer: a timeout or a dropped connection may pass
/// (`transient`); a refused host, address, credential or request will not.
pub fn from_host(provider: &str, err: HttpError) -> PluginError {
    match err {
        HttpError::Timeout(m) => PluginError::Transient(format!("{provider} did not answer in time: {m}")),
        HttpError::Transport(m) => PluginError::Transient(format!("could not reach {provider}: {m}")),
        HttpError::HostNotDeclared(m)
        | HttpError::DestinationProhibited(m)
        | HttpError::CredentialUnavailable(m)
        | HttpError::InvalidRequest(m) => PluginError::InvalidRequest(m),
    }
}

/// The kind of failure an HTTP status stands for (see the module table).
pub fn classify(status: u16, retry_after_ms: Option<u64>, message: String) -> PluginError {
    match status {
        429 => rate_limited(retry_after_ms, message),
        408 | 409 | 500..=599 => PluginError::Transient(message),
        401 | 403 => PluginError::Unauthorized(message),
        400..=499 => PluginError::InvalidRequest(message),
        300..=399 => PluginError::InvalidRequest(format!("{message} (an unexpected redirect)")),
        _ => PluginError::Transient(message),
    }
}

/// A non-2xx answer as its `plugin-error`: the status picks the kind, the
/// body's error message (see [`provider_message`]) becomes the text, and a 429
/// carries the wait from its headers; `now_unix_secs` reads an HTTP date.
pub fn from_response(provider: &str, response: &Response, now_unix_secs: u64) -> PluginError {
    let message = message_for(provider, response.status, provider_message(&response.body));
    classify(response.status, retry_after::from_headers(response, now_unix_secs), message)
}

/// Apply the `x-should-retry` header the way the Stainless-generated SDKs
/// (openai-python, anthropic-sdk-python) do: `true` makes a final failure
/// retryable (a 429 stays `rate-limited` with its wait), `false` makes a
/// retryable one final (`invalid-request`); absent, `failure` is kept.
pub fn should_retry(failure: PluginError, response: &Response, now_unix_secs: u64) -> PluginError {
    match (response.header("x-should-retry").map(str::trim), failure) {
        (Some("true"), failure @ (PluginError::RateLimited(_) | PluginError::Transient(_))) => failure,
        (
            Some("true"),
            PluginError::Unauthorized(m)
            | PluginError::InvalidRequest(m)
            | PluginError::Refused(m)
            | PluginError::Unsupported(m)
            | PluginError::QuotaExceeded(m),
        ) => {
            if response.status == 429 {
                rate_limited(retry_after::from_headers(response, now_unix_secs), m)
            } else {
                PluginError::Transient(m)
            }
        }
        (Some("false"), PluginError::RateLimited(RateLimit { message, .. }) | PluginError::Transient(message)) => {
            PluginError::InvalidRequest(message)
        }
        (_, failure) => failure,
    }
}

/// `"{provider}: {message}"`, or a plain sentence naming the status when the body said nothing.
pub fn message_for(provider: &str, status: u16, message: Option<String>) -> String {
    match message {
        Some(text) => format!("{provider}: {text}"),
        None => format!("{provider} answered HTTP {status} with no error message"),
    }
}

/// The error message of a JSON error body, in the shapes providers use:
/// `{"error":{"message":…}}` (OpenAI, xAI, Anthropic, Gemini), `{"message":…}`
/// or `{"error":"…"}`; one line, shortened.
pub fn provider_message(body: &[u8]) -> Option<String> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    let text = value
        .pointer("/error/message")
        .or_else(|| value.get("message"))
        .or_else(|| value.get("error").filter(|e| e.is_string()))
        .and_then(serde_json::Value::as_str)?;
    Some(shorten(text)).filter(|m| !m.is_empty())
}

/// Whitespace collapsed to single spaces, cut at [`MAX_MESSAGE`] characters with `…`.
pub fn shorten(text: &str) -> String {
    excerpt(text, MAX_MESSAGE)
}

/// Longest piece of a model's own reply quoted in a message, in characters
/// (a "no picture" answer's text: enough to recognise it, never the whole reply).
pub const MAX_EXCERPT: usize = 80;

/// Whitespace collapsed to single spaces, cut at `max_chars` characters
/// (the last one `…` when cut); for quoting a model's words in a message.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max_chars {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(max_chars.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now_unix_secs() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Response {
        headers.iter().fold(Response::new(status, body), |r, (k, v)| r.with_header(k, v))
    }

    #[test]
    fn statuses_map_to_the_contract_kinds() {
        let body = r#"{"error":{"message":"slow down","type":"rate_limit"}}"#;
        assert_eq!(
            from_response("Example", &answer(429, &[("retry-after", "3")], body), 0),
            rate_limited(Some(3000), "Example: slow down".into())
        );
        for status in [408, 409, 500, 502, 503, 529] {
            assert!(matches!(from_response("Example", &answer(status, &[], body), 0), PluginError::Transient(_)), "{status}");
        }
        for status in [401, 403] {
            assert!(matches!(from_response("Example", &answer(status, &[], body), 0), PluginError::Unauthorized(_)), "{status}");
        }
        for status in [400, 404, 422] {
            assert!(matches!(from_response("Example", &answer(status, &[], body), 0), PluginError::InvalidRequest(_)), "{status}");
        }
        assert!(matches!(from_response("Example", &answer(302, &[], ""), 0), PluginError::InvalidRequest(m) if m.contains("redirect")));
    }

    #[test]
    fn messages_come_from_every_usual_error_shape() {
        assert_eq!(provider_message(br#"{"error":{"message":"bad key"}}"#).as_deref(), Some("bad key"));
        assert_eq!(provider_message(br#"{"message":"overloaded"}"#).as_deref(), Some("overloaded"));
        assert_eq!(provider_message(br#"{"error":"nope"}"#).as_deref(), Some("nope"));
        assert_eq!(provider_message(b"<html>Bad Gateway</html>"), None);
        assert_eq!(
            from_response("Example", &answer(502, &[], "<html>"), 0),
            PluginError::Transient("Example answered HTTP 502 with no error message".into())
        );
    }

    #[test]
    fn host_refusals_are_final_and_host_failures_transient() {
        assert!(matches!(from_host("Example", HttpError::Timeout("120 s".into())), PluginError::Transient(m) if m.contains("in time")));
        assert!(
            matches!(from_host("Example", HttpError::Transport("reset".into())), PluginError::Transient(m) if m.contains("reach Example"))
        );
        for err in [
            HttpError::HostNotDeclared("h".into()),
            HttpError::DestinationProhibited("d".into()),
            HttpError::CredentialUnavailable("c".into()),
            HttpError::InvalidRequest("i".into()),
        ] {
            assert!(matches!(from_host("Example", err), PluginError::InvalidRequest(_)));
        }
    }

    #[test]
    fn x_should_retry_overrides_the_status() {
        let with = |status: u16, value: &str| answer(status, &[("x-should-retry", value), ("retry-after-ms", "10")], "");
        assert_eq!(should_retry(PluginError::Transient("t".into()), &with(500, "false"), 0), PluginError::InvalidRequest("t".into()));
        assert_eq!(should_retry(rate_limited(None, "r".into()), &with(429, "false"), 0), PluginError::InvalidRequest("r".into()));
        assert_eq!(should_retry(PluginError::InvalidRequest("i".into()), &with(400, "true"), 0), PluginError::Transient("i".into()));
        assert_eq!(should_retry(PluginError::Unauthorized("q".into()), &with(429, "true"), 0), rate_limited(Some(10), "q".into()));
        let kept = PluginError::Refused("no".into());
        assert_eq!(should_retry(kept.clone(), &answer(400, &[], ""), 0), kept);
    }

    #[test]
    fn long_messages_are_shortened_to_one_line() {
        let long = format!("line one\n\n{}", "word ".repeat(200));
        let short = shorten(&long);
        assert!(short.starts_with("line one word") && !short.contains('\n'));
        assert_eq!(short.chars().count(), MAX_MESSAGE);
        assert!(short.ends_with('…'));
        let quoted = excerpt(&long, MAX_EXCERPT);
        assert_eq!((quoted.chars().count(), quoted.ends_with('…')), (MAX_EXCERPT, true));
        assert_eq!(excerpt(" a\n b ", MAX_EXCERPT), "a b");
    }
}

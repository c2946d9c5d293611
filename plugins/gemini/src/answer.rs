//! Sending a `generateContent` request and reading its answer (contract §4.1,
//! §5.4): a failure as Gemini's error rules say, a cut-off answer refused; the first
//! candidate's parts, skipping `thought` parts; and the readable reason when
//! Google gave no usable output (`promptFeedback.blockReason` with no
//! candidates, or the candidate's `finishReason`; see [`is_a_block`] for which
//! reasons are a content-policy stop). Responses are camelCase;
//! snake_case is read too, as the API's proto-JSON allows it.

use serde_json::Value;
use storyloom_plugin_sdk::PluginError;
use storyloom_plugin_sdk::failure::shorten;
use storyloom_plugin_sdk::http::{Fetch, Request, Response};

use crate::catalog::PROVIDER;
use crate::errors;

/// The first candidate's parts (thoughts left out) and why it stopped; a blocked prompt is `refused`.
pub struct Candidate {
    pub parts: Vec<Value>,
    pub finish_reason: Option<String>,
}

/// `field` under its camelCase or snake_case name.
pub fn field<'a>(value: &'a Value, camel: &str, snake: &str) -> Option<&'a Value> {
    value.get(camel).or_else(|| value.get(snake))
}

/// Send `request`; a 2xx answer the host delivered whole, or the failure; `what` names the answer ("picture", "story").
pub fn send(http: &dyn Fetch, request: &Request, what: &str) -> Result<Response, PluginError> {
    let response = errors::ok_or_failure(request.send(http, PROVIDER)?)?;
    if response.truncated {
        return Err(PluginError::InvalidRequest(format!("Gemini's {what} answer was larger than the host accepts")));
    }
    Ok(response)
}

/// Parse the body and take the first candidate.
pub fn first_candidate(body: &[u8], what: &str) -> Result<Candidate, PluginError> {
    let parsed: Value = serde_json::from_slice(body).map_err(|e| {
        storyloom_plugin_sdk::log::warn(&format!("Gemini's {what} answer is not the expected JSON: {e}"));
        PluginError::Transient(format!("Gemini's {what} answer was not the expected JSON"))
    })?;
    let candidate = parsed.get("candidates").and_then(Value::as_array).and_then(|c| c.first());
    let Some(candidate) = candidate else {
        let feedback = field(&parsed, "promptFeedback", "prompt_feedback");
        if let Some(reason) = feedback.and_then(|f| field(f, "blockReason", "block_reason")).and_then(Value::as_str) {
            let detail = feedback
                .and_then(|f| field(f, "blockReasonMessage", "block_reason_message"))
                .and_then(Value::as_str)
                .map(|m| format!(": {}", shorten(m)))
                .unwrap_or_default();
            return Err(PluginError::Refused(format!("Gemini: the request was blocked (blockReason {reason}){detail}")));
        }
        // No candidate and no block reason: nothing was judged, so another try may answer.
        return Err(PluginError::Transient(format!("Gemini's {what} answer held no candidate")));
    };
    let parts = field(candidate, "content", "content")
        .and_then(|c| c.get("parts"))
        .and_then(Value::as_array)
        .map(|parts| parts.iter().filter(|p| p.get("thought").and_then(Value::as_bool) != Some(true)).cloned().collect())
        .unwrap_or_default();
    let finish_reason = field(candidate, "finishReason", "finish_reason").and_then(Value::as_str).map(str::to_string);
    Ok(Candidate { parts, finish_reason })
}

impl Candidate {
    /// The text parts joined.
    pub fn text(&self) -> String {
        self.parts.iter().filter_map(|p| p.get("text").and_then(Value::as_str)).collect::<Vec<_>>().join("")
    }
}

/// Finish reasons that mean a content-policy stop: the safety, prohibited-content,
/// blocklist, personal-data and recitation stops of `types.py` `FinishReason`
/// (contract §4.1). Not a block: `STOP`, `MAX_TOKENS`, `NO_IMAGE` ("the model
/// was expected to generate an image, but didn't"), `OTHER` and `IMAGE_OTHER`
/// ("stopped for a reason not otherwise specified"), as Google's API reference
/// words them (`GoogleCloudAiplatformV1Candidate.finishReason`); another try
/// may well succeed, so those are transient.
pub fn is_a_block(reason: &str) -> bool {
    matches!(
        reason,
        "SAFETY"
            | "PROHIBITED_CONTENT"
            | "BLOCKLIST"
            | "SPII"
            | "RECITATION"
            | "IMAGE_SAFETY"
            | "IMAGE_PROHIBITED_CONTENT"
            | "IMAGE_RECITATION"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use storyloom_plugin_sdk::http::HttpError;
    use storyloom_plugin_sdk::testing::FakeHttp;

    #[test]
    fn host_refusals_error_answers_and_cut_answers_are_failures() {
        let request = Request::post("https://generativelanguage.googleapis.com/v1beta/models/m:generateContent");
        let timeout = FakeHttp::failing(HttpError::Timeout("120 s".into()));
        assert_eq!(send(&timeout, &request, "story"), Err(PluginError::Transient("Gemini did not answer in time: 120 s".into())));
        let unreachable = FakeHttp::failing(HttpError::Transport("connection reset".into()));
        assert_eq!(send(&unreachable, &request, "story"), Err(PluginError::Transient("could not reach Gemini: connection reset".into())));
        let no_key = FakeHttp::failing(HttpError::CredentialUnavailable("GEMINI_API_KEY is not set".into()));
        assert_eq!(send(&no_key, &request, "story"), Err(PluginError::InvalidRequest("GEMINI_API_KEY is not set".into())));
        let busy = FakeHttp::answering_text(503, r#"{"error":{"code":503,"message":"busy","status":"UNAVAILABLE"}}"#);
        assert_eq!(send(&busy, &request, "story"), Err(PluginError::Transient("Gemini: busy".into())));
        let cut = FakeHttp::answering(Response { truncated: true, ..Response::new(200, "{\"candidates\": [") });
        let expected = PluginError::InvalidRequest("Gemini's picture answer was larger than the host accepts".into());
        assert_eq!(send(&cut, &request, "picture"), Err(expected));
    }

    #[test]
    fn a_blocked_prompt_is_refused_with_its_reason() {
        let body = json!({"promptFeedback": {"blockReason": "SAFETY", "blockReasonMessage": "unsafe"}}).to_string();
        assert!(
            matches!(first_candidate(body.as_bytes(), "picture"), Err(PluginError::Refused(m)) if m == "Gemini: the request was blocked (blockReason SAFETY): unsafe")
        );
        assert!(matches!(first_candidate(b"{}", "picture"), Err(PluginError::Transient(m)) if m.contains("no candidate")));
        assert!(matches!(first_candidate(b"<html>", "picture"), Err(PluginError::Transient(m)) if m.contains("not the expected JSON")));
    }

    #[test]
    fn thoughts_are_skipped_and_text_joined() {
        let body = json!({"candidates": [{"content": {"role": "model", "parts": [
            {"text": "plan", "thought": true}, {"text": "{\"a\":"}, {"text": "1}"}]}, "finishReason": "STOP"}]})
        .to_string();
        let candidate = first_candidate(body.as_bytes(), "story").unwrap();
        assert_eq!((candidate.text().as_str(), candidate.finish_reason.as_deref()), ("{\"a\":1}", Some("STOP")));
        assert!(is_a_block("IMAGE_SAFETY") && is_a_block("SAFETY") && is_a_block("IMAGE_PROHIBITED_CONTENT"));
        for not_a_block in ["STOP", "MAX_TOKENS", "NO_IMAGE", "OTHER", "IMAGE_OTHER", "FINISH_REASON_UNSPECIFIED"] {
            assert!(!is_a_block(not_a_block), "{not_a_block}");
        }
    }
}

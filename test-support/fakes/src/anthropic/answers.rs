//! The fake Anthropic's answers: a message whose text block is the scene
//! JSON (what structured output returns), the injected faults, and the real
//! error and response headers.

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Fault;
use super::rules::{ApiError, api_error};

/// A 200 `Message` with `text` as its only content block.
pub fn message(model: &str, text: &str, stop_reason: &str) -> Response {
    ok_json(json!({
        "id": "msg_01XFDUDYJgAACzvnptvVoYEL", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": stop_reason, "stop_sequence": null,
        "usage": {"input_tokens": 42, "output_tokens": 120, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 0},
    }))
}

pub fn fault_response(fault: Fault, model: &str) -> Response {
    match fault {
        Fault::RateLimited { retry_after } => {
            let err = api_error(
                429,
                "rate_limit_error",
                "Number of request tokens has exceeded your per-minute rate limit (https://docs.claude.com/en/api/rate-limits); \
                 see the response headers for current usage. Please reduce the prompt length or the maximum tokens requested, \
                 or try again later.",
            );
            let extra: Vec<(&'static str, String)> = retry_after.into_iter().map(|v| ("retry-after", v)).collect();
            error_response(&err, &extra)
        }
        Fault::Overloaded => error_response(&api_error(529, "overloaded_error", "Overloaded"), &[]),
        Fault::ServerError => error_response(&api_error(500, "api_error", "Internal server error"), &[]),
        Fault::MalformedJson => {
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], Body::from(r#"{"id":"msg_01","type":"message","content":[{"ty"#))
                .into_response()
        }
        Fault::Refusal => message(model, "", "refusal"),
    }
}

fn ok_json(body: Value) -> Response {
    let headers = [
        ("request-id", "req_011CFakeAnthropic"),
        ("anthropic-organization-id", "00000000-0000-0000-0000-000000000000"),
        ("anthropic-ratelimit-requests-limit", "50"),
        ("anthropic-ratelimit-requests-remaining", "49"),
        ("anthropic-ratelimit-requests-reset", "2026-11-25T12:00:01Z"),
    ];
    (StatusCode::OK, headers, axum::Json(body)).into_response()
}

pub fn error_response(err: &ApiError, extra: &[(&'static str, String)]) -> Response {
    let mut response = (StatusCode::from_u16(err.status).unwrap(), axum::Json(err.body.clone())).into_response();
    response.headers_mut().insert("request-id", "req_011CFakeAnthropic".parse().unwrap());
    for (name, value) in extra {
        response.headers_mut().insert(*name, value.parse().unwrap());
    }
    response
}

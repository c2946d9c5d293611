//! The fake OpenAI's answers: images with a real PNG in `b64_json` or as a
//! link, chat completions, the injected faults (200s without a picture among
//! them), and the real error and response headers.

use std::io::Cursor;

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Fault;
use super::rules::{self, ApiError, api_error};

pub fn image_answer(png: &[u8], order: &rules::ImageOrder) -> Response {
    let created = 1_760_000_000;
    if order.model.starts_with("dall-e") {
        // DALL-E answers with a link unless `response_format` says otherwise.
        return ok_json(json!({"created": created, "data": [{"url": "https://fake-openai.invalid/dall-e.png"}]}));
    }
    ok_json(json!({
        "created": created,
        "data": [{"b64_json": base64(png)}],
        "background": "opaque", "output_format": "png", "size": order.size, "quality": "medium",
        "usage": usage(),
    }))
}

/// An `ImagesResponse` whose picture is a link (`data[0].url`), as gateways and older models answer.
pub fn link_answer(url: &str, size: &str) -> Response {
    ok_json(json!({"created": 1_760_000_000, "data": [{"url": url, "revised_prompt": null}], "size": size}))
}

pub fn chat_answer(model: &str, content: &str) -> Response {
    ok_json(json!({
        "id": "chatcmpl-fake", "object": "chat.completion", "created": 1_760_000_000, "model": format!("{model}-2025-04-14"),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": null, "annotations": []},
                     "logprobs": null, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 13, "completion_tokens": 5, "total_tokens": 18}, "system_fingerprint": null,
    }))
}

pub fn fault_response(fault: Fault) -> Response {
    match fault {
        Fault::RateLimited { retry_after, retry_after_ms } => {
            let err = api_error(
                429,
                "You've exceeded the rate limit, please slow down and try again after 51.84 seconds.",
                "requests",
                None,
                Some("rate_limit_exceeded"),
            );
            let mut extra = Vec::new();
            if let Some(v) = retry_after {
                extra.push(("retry-after", v));
            }
            if let Some(v) = retry_after_ms {
                extra.push(("retry-after-ms", v));
            }
            error_response(&err, &extra)
        }
        Fault::ServerError => error_response(
            &api_error(500, "The server had an error while processing your request. Sorry about that!", "server_error", None, None),
            &[],
        ),
        Fault::MalformedJson => {
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], Body::from(r#"{"created":17600000,"data":[{"b64_js"#))
                .into_response()
        }
        Fault::EmptyData => ok_json(json!({"created": 1_760_000_000, "data": [], "usage": usage()})),
        Fault::NeitherField => {
            ok_json(json!({"created": 1_760_000_000, "data": [{"revised_prompt": "a fox with a lantern"}], "usage": usage()}))
        }
        Fault::EmptyB64 => ok_json(json!({"created": 1_760_000_000, "data": [{"b64_json": ""}], "output_format": "png", "usage": usage()})),
        Fault::ExpiredLink(_) => {
            error_response(&api_error(500, "ExpiredLink is answered by the fake itself", "server_error", None, None), &[])
        }
        Fault::InsufficientQuota => error_response(
            &api_error(
                429,
                "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
                "insufficient_quota",
                None,
                Some("insufficient_quota"),
            ),
            &[],
        ),
        Fault::Moderation => error_response(
            &api_error(
                400,
                "Your request was rejected by the safety system. If you believe this is an error, contact us at help.openai.com and include the request ID req_fake. safety_violations=[violence].",
                "image_generation_user_error",
                Some(""),
                Some("moderation_blocked"),
            ),
            &[],
        ),
    }
}

/// `usage` of one picture (`ImageGenUsage`, contract §1.4).
fn usage() -> Value {
    json!({"total_tokens": 100, "input_tokens": 50, "output_tokens": 50, "input_tokens_details": {"text_tokens": 10, "image_tokens": 40}})
}

fn ok_json(body: Value) -> Response {
    let headers = [("x-request-id", "req_fake"), ("openai-processing-ms", "12"), ("openai-version", "2020-10-01")];
    (StatusCode::OK, headers, axum::Json(body)).into_response()
}

pub fn error_response(err: &ApiError, extra: &[(&'static str, String)]) -> Response {
    let mut response = (StatusCode::from_u16(err.status).unwrap(), axum::Json(err.body.clone())).into_response();
    response.headers_mut().insert("x-request-id", "req_fake".parse().unwrap());
    for (name, value) in extra {
        response.headers_mut().insert(*name, value.parse().unwrap());
    }
    response
}

/// A 64×64 PNG made by the `image` crate: the host must be able to decode it.
pub fn png() -> Vec<u8> {
    let picture = image::RgbImage::from_fn(64, 64, |x, y| image::Rgb([(x * 4) as u8, (y * 4) as u8, 200]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture).write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

/// Standard base64 with padding (the fake's only encoder; the plugin decodes it with the `base64` crate).
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

//! The fake xAI's answers: `GeneratedImageResponse` with a real PNG in
//! `b64_json` or a temporary link, chat completions, the injected faults, the
//! `{"code","error"}` error answers, and a small base64 codec (the host has
//! no base64 crate; the plugin decodes with the `base64` crate).

use std::io::Cursor;

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Fault;
use super::rules::{ApiError, api_error};

/// `usage` of one image (`MediaUsage`: 1 USD cent = 100,000,000 ticks).
fn image_usage() -> Value {
    json!({"cost_in_usd_ticks": 200_000_000})
}

pub fn b64_answer(png: &[u8]) -> Response {
    ok_json(json!({"data": [{"b64_json": base64_encode(png), "mime_type": "image/png"}], "usage": image_usage()}))
}

pub fn url_answer(url: &str) -> Response {
    ok_json(json!({"data": [{"url": url, "mime_type": "image/png"}], "usage": image_usage()}))
}

pub fn chat_answer(model: &str, content: &str) -> Response {
    ok_json(json!({
        "id": "a3d1008e-fake", "object": "chat.completion", "created": 1_760_000_000, "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content, "refusal": null}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 32, "completion_tokens": 9, "total_tokens": 135,
                  "prompt_tokens_details": {"text_tokens": 32, "audio_tokens": 0, "image_tokens": 0, "cached_tokens": 6},
                  "completion_tokens_details": {"reasoning_tokens": 94, "audio_tokens": 0, "accepted_prediction_tokens": 0,
                                                "rejected_prediction_tokens": 0},
                  "num_sources_used": 0},
        "system_fingerprint": "fp_3a7881249c", "service_tier": "default",
    }))
}

/// The answer for a fault that is not a link (links need the fake's state).
pub fn fault_response(fault: &Fault) -> Response {
    match fault {
        Fault::RateLimited { retry_after } => {
            let err = api_error(429, "Too many requests: your team has exceeded its rate limit. Please slow down.");
            let extra: Vec<(&'static str, String)> = retry_after.iter().map(|v| ("retry-after", v.clone())).collect();
            error_response(&err, &extra)
        }
        Fault::ServerError => error_response(&api_error(500, "An internal error occurred. Please try again later."), &[]),
        Fault::MalformedJson => {
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], Body::from(r#"{"data":[{"b64_js"#)).into_response()
        }
        // Contract §2.1: a blocked request comes back as 200 with `data: []`.
        Fault::Withheld => ok_json(json!({"data": [], "usage": image_usage()})),
        Fault::EmptyPayload => ok_json(json!({"data": [{"b64_json": "", "mime_type": "image/jpeg"}], "usage": image_usage()})),
        Fault::NoData => ok_json(json!({"request_id": "d4f1a8b2-0c3e-4a5f-9b6d-7e8f9a0b1c2d"})),
        Fault::StorageError => ok_json(json!({
            "data": [{"mime_type": "image/jpeg", "storage_error": "failed to upload the image to the requested location"}],
            "usage": image_usage(),
        })),
        Fault::ExpiredLink => error_response(&api_error(500, "ExpiredLink is answered by the fake itself"), &[]),
    }
}

fn ok_json(body: Value) -> Response {
    (StatusCode::OK, [("x-request-id", "req-fake")], axum::Json(body)).into_response()
}

pub fn error_response(err: &ApiError, extra: &[(&'static str, String)]) -> Response {
    let mut response = (StatusCode::from_u16(err.status).unwrap(), axum::Json(err.body.clone())).into_response();
    response.headers_mut().insert("x-request-id", "req-fake".parse().unwrap());
    for (name, value) in extra {
        response.headers_mut().insert(*name, value.parse().unwrap());
    }
    response
}

/// A 64×64 PNG made by the `image` crate: the host must be able to decode it.
pub fn png() -> Vec<u8> {
    let picture = image::RgbImage::from_fn(64, 64, |x, y| image::Rgb([200, (x * 4) as u8, (y * 4) as u8]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture).write_to(&mut bytes, image::ImageFormat::Png).unwrap();
    bytes.into_inner()
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// Standard base64 with padding, strictly; `None` when it is not.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (index, chunk) in bytes.chunks(4).enumerate() {
        let last = index + 1 == bytes.len() / 4;
        let pad = chunk.iter().rev().take_while(|b| **b == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for (i, b) in chunk.iter().enumerate() {
            let value = if i >= 4 - pad { 0 } else { ALPHABET.iter().position(|a| a == b)? as u32 };
            n |= value << (18 - 6 * i);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..4 - pad]);
    }
    Some(out)
}

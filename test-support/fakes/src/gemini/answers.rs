//! The fake Gemini's answers: `GenerateContentResponse` with a real PNG as
//! an `inlineData` part or the story text, the injected faults (429 with
//! `RetryInfo`, 503, malformed JSON, safety blocks), Google's error bodies,
//! the front end's HTML 404 for unknown paths, and a base64 encoder.

use std::io::Cursor;

use axum::body::Body;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::Fault;
use super::rules::{ApiError, google_error};

fn usage() -> Value {
    json!({"promptTokenCount": 265, "candidatesTokenCount": 1290, "totalTokenCount": 1555})
}

pub fn image_answer(model: &str, png: &[u8]) -> Response {
    ok_json(json!({
        "candidates": [{"content": {"role": "model", "parts": [{"inlineData": {"mimeType": "image/png", "data": base64_encode(png)}}]},
                        "finishReason": "STOP", "index": 0}],
        "usageMetadata": usage(), "modelVersion": model, "responseId": "fake-response-id",
    }))
}

pub fn text_answer(model: &str, text: &str) -> Response {
    ok_json(json!({
        "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": "STOP", "index": 0}],
        "usageMetadata": usage(), "modelVersion": model, "responseId": "fake-response-id",
    }))
}

pub fn fault_response(fault: &Fault) -> Response {
    match fault {
        Fault::RateLimited { retry_delay } => {
            let mut details = vec![json!({"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{
                "quotaMetric": "generativelanguage.googleapis.com/generate_content_paid_tier_input_token_count",
                "quotaId": "GenerateContentPaidTierInputTokensPerModelPerMinute"}]})];
            if let Some(delay) = retry_delay {
                details.push(json!({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": delay}));
            }
            let message = "You exceeded your current quota, please check your plan and billing details.";
            error_response(&google_error(429, message, details))
        }
        Fault::Unavailable => error_response(&google_error(503, "The model is overloaded. Please try again later.", vec![])),
        Fault::MalformedJson => {
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], Body::from(r#"{"candidates":[{"con"#)).into_response()
        }
        Fault::PromptBlocked(reason) => ok_json(json!({"promptFeedback": {"blockReason": reason}, "usageMetadata": usage()})),
        Fault::NoImage(reason) => ok_json(json!({
            "candidates": [{"content": {"role": "model"}, "finishReason": reason, "index": 0}], "usageMetadata": usage(),
        })),
        Fault::TextOnly { text, finish_reason } => ok_json(json!({
            "candidates": [{"content": {"role": "model", "parts": [{"text": text}]}, "finishReason": finish_reason, "index": 0}],
            "usageMetadata": usage(), "modelVersion": "gemini-2.5-flash-image", "responseId": "fake-response-id",
        })),
        Fault::NoCandidates => ok_json(json!({"candidates": [], "usageMetadata": usage(), "responseId": "fake-response-id"})),
    }
}

fn ok_json(body: Value) -> Response {
    (StatusCode::OK, axum::Json(body)).into_response()
}

pub fn error_response(err: &ApiError) -> Response {
    (StatusCode::from_u16(err.status).unwrap(), axum::Json(err.body.clone())).into_response()
}

/// Google's front end answers an unknown path or method with an HTML 404.
pub fn not_found_page(method: &str, path: &str) -> Response {
    let html = format!(
        "<!DOCTYPE html><html lang=en><title>Error 404 (Not Found)!!1</title><p><b>404.</b> <ins>That’s an error.</ins><p>The requested URL <code>{path}</code> was not found on this server ({method}). <ins>That’s all we know.</ins>"
    );
    (StatusCode::NOT_FOUND, [(header::CONTENT_TYPE, "text/html; charset=UTF-8")], html).into_response()
}

/// A 64×64 PNG made by the `image` crate: the host must be able to decode it.
pub fn png() -> Vec<u8> {
    let picture = image::RgbImage::from_fn(64, 64, |x, y| image::Rgb([(x * 4) as u8, 120, (y * 4) as u8]));
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

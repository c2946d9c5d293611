//! `GET /{tier}/media/{media_id}`: a stored picture or clip, served with Range
//! support by tower-http, only when it belongs to this tier, and always under
//! the type its bytes are (records from before sniffing may say otherwise);
//! a file of no type we serve is answered as missing. A media id never
//! changes content: the answer is `immutable`, its id is a strong `ETag`, and
//! `If-None-Match` with it gets a 304.

use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tower::ServiceExt;
use tower_http::services::ServeFile;

use crate::blobs::Blobs;
use crate::error::AppError;
use crate::store::{MediaId, Store};
use crate::tier::Tier;

/// `Cache-Control` of a stored file: it never changes once written (a new
/// picture, clip or photo gets a new id), and `private` keeps it out of shared caches.
pub(super) const IMMUTABLE: HeaderValue = HeaderValue::from_static("private, max-age=31536000, immutable");

#[derive(Deserialize)]
pub struct MediaParams {
    media_id: String,
}

pub async fn media(
    tier: Tier,
    Path(params): Path<MediaParams>,
    State(store): State<Store>,
    State(blobs): State<Blobs>,
    request: Request<Body>,
) -> Result<Response, AppError> {
    let id = MediaId::parse(&params.media_id).ok_or(AppError::NotFound)?;
    let record = store.media(id).await?.filter(|m| m.tier == tier.id).ok_or(AppError::NotFound)?;
    // A media id never changes content, so the id is a strong validator.
    let etag = entity_tag(id);
    let cached =
        request.headers().get_all(header::IF_NONE_MATCH).iter().any(|v| {
            v.to_str().is_ok_and(|list| list.split(',').any(|tag| tag.trim() == "*" || tag.trim().trim_start_matches("W/") == etag))
        });
    if cached {
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        response.headers_mut().insert(header::CACHE_CONTROL, IMMUTABLE);
        if let Ok(value) = HeaderValue::from_str(&etag) {
            response.headers_mut().insert(header::ETAG, value);
        }
        return Ok(response);
    }
    let actual = match blobs.sniff(&record.file).await {
        Ok(Some(actual)) => actual,
        Ok(None) => {
            tracing::warn!(media = %id, stored = ?record.media_type, "media file is of no type we serve; answered as missing");
            return Err(AppError::NotFound);
        }
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Err(AppError::NotFound),
        Err(err) => return Err(AppError::internal(err)),
    };
    if !actual.matches_declared(&record.media_type) {
        tracing::warn!(media = %id, stored = ?record.media_type, actual = actual.mime(), "stored media type differs from the file; serving the file's type");
    }
    let mime = HeaderValue::from_static(actual.mime());
    let mut response = ServeFile::new(blobs.path(&record.file)).oneshot(request).await.map_err(AppError::internal)?.into_response();
    if response.status() == StatusCode::NOT_FOUND {
        return Err(AppError::NotFound);
    }
    response.headers_mut().insert(header::CONTENT_TYPE, mime);
    response.headers_mut().insert(header::CACHE_CONTROL, IMMUTABLE);
    if let Ok(value) = HeaderValue::from_str(&etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    Ok(response)
}

/// The `ETag` of media `id`: `"` + its id + `"`.
fn entity_tag(id: MediaId) -> String {
    format!("\"{id}\"")
}

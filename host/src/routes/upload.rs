//! Reading a form that may carry photos: `multipart/form-data` from a form
//! with a file field, or plain `application/x-www-form-urlencoded` (the same
//! form sent without files, by a script or a test). The CSRF guard has
//! already checked the token (a multipart form's first part); this reads the rest:
//! text fields (each capped), and up to [`MAX_FILES`] files, each streamed in
//! chunks and dropped, not stored, as soon as it passes
//! [`photos::MAX_PHOTO_BYTES`] — the rest of the form is still read, so the
//! page can keep what the family typed and say which photo was too large.

use axum::body::Bytes;
use axum::extract::multipart::MultipartError;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};

use super::csrf::CSRF_FIELD;
use crate::error::AppError;
use crate::photos::{self, PhotoRefusal};

/// Most files one form takes (a character's photos, a story's own photos).
pub const MAX_FILES: usize = 3;

/// Longest text field read, in bytes (the longest field a form offers is far shorter).
const MAX_TEXT_BYTES: usize = 16 * 1024;

/// Most text fields read from one form.
const MAX_TEXT_FIELDS: usize = 64;

/// The request body limit of a route taking photos: every file at its limit plus room for the text.
pub const UPLOAD_BODY_LIMIT: usize = MAX_FILES * (photos::MAX_PHOTO_BYTES + 64 * 1024) + 256 * 1024;

/// One file the family chose, read whole (at most [`photos::MAX_PHOTO_BYTES`]).
#[derive(Debug)]
pub struct UploadedFile {
    /// The form field it came in.
    pub field: String,
    /// The name the browser gave (for messages only; never a path).
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A form with photos, read.
#[derive(Debug, Default)]
pub struct UploadForm {
    pub fields: Vec<(String, String)>,
    pub files: Vec<UploadedFile>,
    /// Files not kept while reading (too large, one too many), as sentences for the form.
    pub refused: Vec<String>,
}

impl UploadForm {
    /// The first value of text field `name`.
    pub fn text(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// Every value of text field `name` (a group of checkboxes), in form order.
    pub fn texts(&self, name: &str) -> Vec<&str> {
        self.fields.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect()
    }

    /// The files sent in field `name`, as `(file name, bytes)`.
    pub fn take_files(&mut self, name: &str) -> Vec<(String, Vec<u8>)> {
        let (taken, kept) = std::mem::take(&mut self.files).into_iter().partition(|f| f.field == name);
        self.files = kept;
        taken.into_iter().map(|f: UploadedFile| (f.name, f.bytes)).collect()
    }
}

impl<S: Send + Sync> FromRequest<S> for UploadForm {
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        let content_type = request.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        if content_type.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded") {
            let body = Bytes::from_request(request, state).await.map_err(|rejection| match rejection.status() {
                StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
                _ => AppError::BadForm,
            })?;
            let fields: Vec<(String, String)> = url::form_urlencoded::parse(&body)
                .filter(|(name, _)| name != CSRF_FIELD)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            if fields.len() > MAX_TEXT_FIELDS || fields.iter().any(|(_, v)| v.len() > MAX_TEXT_BYTES) {
                return Err(AppError::BadForm);
            }
            return Ok(UploadForm { fields, ..UploadForm::default() });
        }
        let unreadable = |err: &dyn std::fmt::Display| {
            tracing::info!("form with files could not be read: {err}");
            AppError::BadForm
        };
        let broken = |err: MultipartError| match err.status() {
            StatusCode::PAYLOAD_TOO_LARGE => AppError::TooLarge,
            _ => unreadable(&err),
        };
        let mut multipart = Multipart::from_request(request, state).await.map_err(|e| unreadable(&e))?;
        let mut form = UploadForm::default();
        while let Some(mut field) = multipart.next_field().await.map_err(broken)? {
            let name = field.name().unwrap_or("").to_string();
            let Some(file_name) = field.file_name().map(str::to_string) else {
                if name == CSRF_FIELD {
                    continue; // checked by the guard
                }
                if form.fields.len() >= MAX_TEXT_FIELDS {
                    return Err(unreadable(&"too many fields"));
                }
                let mut value = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(broken)? {
                    value.extend_from_slice(&chunk);
                    if value.len() > MAX_TEXT_BYTES {
                        return Err(unreadable(&format!("text field {name:?} over {MAX_TEXT_BYTES} bytes")));
                    }
                }
                form.fields.push((name, String::from_utf8_lossy(&value).into_owned()));
                continue;
            };
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.chunk().await.map_err(broken)? {
                if !too_large && bytes.len() + chunk.len() > photos::MAX_PHOTO_BYTES {
                    too_large = true;
                    bytes = Vec::new();
                }
                if !too_large {
                    bytes.extend_from_slice(&chunk);
                }
            }
            // A file input left empty still sends a part: no name, no bytes.
            if file_name.is_empty() && bytes.is_empty() && !too_large {
                continue;
            }
            if too_large {
                form.refused.push(PhotoRefusal::TooLarge(photos::display_name(&file_name)).to_string());
            } else if form.files.len() >= MAX_FILES {
                form.refused.push(format!(
                    "Choose at most {MAX_FILES} photos at a time (“{}” was one too many).",
                    photos::display_name(&file_name)
                ));
            } else {
                form.files.push(UploadedFile { field: name, name: file_name, bytes });
            }
        }
        Ok(form)
    }
}

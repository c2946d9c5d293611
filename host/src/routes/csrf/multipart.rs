//! The token check for forms that carry files (`multipart/form-data`): the
//! token must be the form's **first** part (the hidden `csrf_token` input
//! comes first in every upload form, and browsers send parts in page order).
//! Only the body's first bytes are read here — up to [`FIRST_PART_LIMIT`] —
//! and handed back in front of the rest, so a photo upload is still streamed
//! to its handler rather than held twice.

use axum::body::{Body, Bytes};
use axum::extract::Request;
use futures_util::StreamExt;

use super::{CSRF_FIELD, CsrfKey};

/// Bytes read from the body to find the first part: its boundary line, its
/// headers and a 64-digit token fit in a few hundred.
pub const FIRST_PART_LIMIT: usize = 4096;

/// Why a multipart form's token was not accepted (logged).
#[derive(Debug, thiserror::Error)]
pub enum FirstPartRefusal {
    #[error("multipart form without a boundary: {0}")]
    NoBoundary(String),
    #[error("the body could not be read: {0}")]
    Body(String),
    #[error("the first part is not csrf_token ({0:?})")]
    NotTheToken(Option<String>),
    #[error("wrong csrf_token")]
    WrongToken,
}

/// Check that the first part of `request` is `csrf_token` with `key`'s token
/// for the request's path; gives the request back with its body whole.
pub async fn check_first_part(request: Request, key: &CsrfKey, content_type: &str) -> Result<Request, FirstPartRefusal> {
    let boundary = multer::parse_boundary(content_type).map_err(|e| FirstPartRefusal::NoBoundary(e.to_string()))?;
    let (parts, body) = request.into_parts();
    let mut stream = body.into_data_stream();
    let mut head = Vec::new();
    while head.len() < FIRST_PART_LIMIT {
        match stream.next().await {
            Some(Ok(chunk)) => head.extend_from_slice(&chunk),
            Some(Err(err)) => return Err(FirstPartRefusal::Body(err.to_string())),
            None => break,
        }
    }
    let head = Bytes::from(head);
    let token = first_field(head.clone(), boundary).await?;
    if !key.accepts(parts.uri.path(), &token) {
        return Err(FirstPartRefusal::WrongToken);
    }
    let rest = futures_util::stream::once(async move { Ok::<_, axum::Error>(head) }).chain(stream);
    Ok(Request::from_parts(parts, Body::from_stream(rest)))
}

/// The value of the first part of `head`, when that part is `csrf_token` (a
/// short text field, not a file).
async fn first_field(head: Bytes, boundary: String) -> Result<String, FirstPartRefusal> {
    let head = futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(head) });
    let mut form = multer::Multipart::new(head, boundary);
    let field = match form.next_field().await {
        Ok(Some(field)) => field,
        Ok(None) => return Err(FirstPartRefusal::NotTheToken(None)),
        Err(err) => return Err(FirstPartRefusal::Body(err.to_string())),
    };
    if field.name() != Some(CSRF_FIELD) || field.file_name().is_some() {
        return Err(FirstPartRefusal::NotTheToken(field.name().map(|n| n.chars().take(40).collect())));
    }
    // `head` ends within the body: a token cut off by its end reads as wrong, never as an error of ours.
    let token = field.text().await.map_err(|e| FirstPartRefusal::Body(e.to_string()))?;
    Ok(token.chars().take(128).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::body::to_bytes;

    const BOUNDARY: &str = "----storyloomtest";

    fn body(parts: &[(&str, Option<&str>, &[u8])]) -> Vec<u8> {
        let mut out = Vec::new();
        for (name, file, value) in parts {
            out.extend_from_slice(format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"").as_bytes());
            if let Some(file) = file {
                out.extend_from_slice(format!("; filename=\"{file}\"\r\nContent-Type: image/jpeg").as_bytes());
            }
            out.extend_from_slice(b"\r\n\r\n");
            out.extend_from_slice(value);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("--{BOUNDARY}--\r\n").as_bytes());
        out
    }

    fn request(bytes: Vec<u8>) -> Request {
        Request::builder().uri("/kids/characters/create").body(Body::from(bytes)).unwrap()
    }

    #[tokio::test]
    async fn the_token_must_be_the_first_part_and_the_body_comes_back_whole() {
        let key = CsrfKey::random();
        let token = key.token("/kids/characters/create");
        let content_type = format!("multipart/form-data; boundary={BOUNDARY}");
        let photo = vec![7u8; 100_000];
        let good = body(&[(CSRF_FIELD, None, token.as_bytes()), ("name", None, b"Mia"), ("photos", Some("a.jpg"), &photo)]);
        let passed = check_first_part(request(good.clone()), &key, &content_type).await.unwrap();
        assert_eq!(to_bytes(passed.into_body(), usize::MAX).await.unwrap().to_vec(), good, "the handler reads every byte");

        let other_form = CsrfKey::token(&key, "/kids/characters/other");
        let cases: Vec<(&str, Vec<u8>)> = vec![
            ("token second", body(&[("name", None, b"Mia"), (CSRF_FIELD, None, token.as_bytes())])),
            ("token of another form", body(&[(CSRF_FIELD, None, other_form.as_bytes())])),
            ("token as a file", body(&[(CSRF_FIELD, Some("t.txt"), token.as_bytes())])),
            ("no parts", format!("--{BOUNDARY}--\r\n").into_bytes()),
            ("not multipart at all", b"csrf_token=abc".to_vec()),
            ("a huge first part", body(&[("photos", Some("a.jpg"), &photo), (CSRF_FIELD, None, token.as_bytes())])),
        ];
        for (what, bytes) in cases {
            assert!(check_first_part(request(bytes), &key, &content_type).await.is_err(), "{what}");
        }
        let another_browser = CsrfKey::random();
        let good = body(&[(CSRF_FIELD, None, token.as_bytes())]);
        assert!(check_first_part(request(good.clone()), &another_browser, &content_type).await.is_err());
        assert!(check_first_part(request(good), &key, "multipart/form-data").await.is_err(), "no boundary");
    }
}

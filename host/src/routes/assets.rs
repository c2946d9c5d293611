//! `GET /static/{file}`: the stylesheet, script and icon, compiled into the
//! binary, and `GET /favicon.ico` (the icon again, for browsers and tools that
//! ask there without reading the page's `<link rel="icon">`). They hold no
//! tier data, so they are shared by every tier.

use axum::extract::Path;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::error::AppError;

const FAVICON: &str = "favicon.svg";

const ASSETS: &[(&str, &str, &str)] = &[
    ("style.css", "text/css; charset=utf-8", include_str!("../../../static/style.css")),
    ("app.js", "text/javascript; charset=utf-8", include_str!("../../../static/app.js")),
    (FAVICON, "image/svg+xml", include_str!("../../../static/favicon.svg")),
];

pub async fn asset(Path(file): Path<String>) -> Response {
    serve(&file)
}

/// `GET /favicon.ico`: the SVG icon under its own type (browsers read an icon by its type, not its name).
pub async fn favicon() -> Response {
    serve(FAVICON)
}

fn serve(file: &str) -> Response {
    match ASSETS.iter().find(|(name, _, _)| *name == file) {
        Some((_, mime, body)) => {
            ([(header::CONTENT_TYPE, HeaderValue::from_static(mime)), (header::CACHE_CONTROL, HeaderValue::from_static("no-cache"))], *body)
                .into_response()
        }
        None => AppError::NotFound.into_response(),
    }
}

//! What travels on the wire: pages, styles, scripts and JSON are gzipped for
//! a browser that takes it (and only then); pictures are sent as they are,
//! with their media id as a strong ETag, `immutable`, and a 304 for a
//! browser that has them already — in their own tier only.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;

async fn get_with(server: &TestServer, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
    let mut request = client().get(server.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request.send().await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_is_gzipped_and_pictures_are_cached_by_their_id() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let gzip = [("accept-encoding", "gzip")];
    for path in ["/kids/", "/static/style.css", "/static/app.js", "/"] {
        let response = get_with(&server, path, &gzip).await;
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers().get("content-encoding").map(|v| v.to_str().unwrap()), Some("gzip"), "{path}");
        let body = response.bytes().await.unwrap();
        assert_eq!(&body[..2], &[0x1f, 0x8b], "{path} is gzip data");
        let plain = get_with(&server, path, &[]).await;
        assert!(plain.headers().get("content-encoding").is_none(), "{path} plain for a client that asks no gzip");
    }

    let scene = start_story(&server, "kids", "a hedgehog who bakes bread", "short").await;
    let status = wait_image(&server, "kids", &last_id(&scene)).await;
    let url = status["url"].as_str().unwrap().to_string();
    let picture = get_with(&server, &url, &gzip).await;
    assert_eq!(picture.status(), 200);
    assert!(picture.headers().get("content-encoding").is_none(), "a PNG is not gzipped again");
    let etag = picture.headers()["etag"].to_str().unwrap().to_string();
    let media_id = url.rsplit('/').next().unwrap();
    assert_eq!(etag, format!("\"{media_id}\""));
    assert!(picture.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    let again = get_with(&server, &url, &[("if-none-match", &etag)]).await;
    assert_eq!(again.status(), 304);
    assert!(again.bytes().await.unwrap().is_empty());
    let other = get_with(&server, &url, &[("if-none-match", "\"0b9c3a50-0d2e-4a8e-9f00-5e6c1d2b3a4f\"")]).await;
    assert_eq!(other.status(), 200, "another id's tag is not this picture's");
    // Another tier never confirms it has the picture, tag or not.
    let bible = url.replacen("/kids/", "/bible/", 1);
    assert_eq!(get_with(&server, &bible, &[("if-none-match", &etag)]).await.status(), 404);
    server.stop().await;
}

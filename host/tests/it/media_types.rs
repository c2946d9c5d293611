//! Media are what they claim: through the real server with the hostile guest,
//! a picture is stored and served under the type of its bytes, output that is
//! not a picture is refused with a readable error and leaves no file, a
//! header claiming 60000×60000 pixels is refused, and the media route never
//! serves a file under a type its bytes do not have.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use std::path::{Path, PathBuf};

use common::*;

/// The 64×64 PNG the hostile guest returns for `png-as <type>`.
const GUEST_PNG: &[u8] = include_bytes!("../../../test-support/guests/hostile-guest/media/picture-64.png");

async fn hostile_server(dir: &Path) -> TestServer {
    pre_approve(dir, &hostile_guest(), "hostile").await;
    TestServer::start_with(dir, |config| config.extra_plugins.push(hostile_guest())).await
}

/// Start a story whose first picture prompt is `behaviour`; returns the scene's final image status.
async fn picture(server: &TestServer, behaviour: &str) -> serde_json::Value {
    let scene = start_hostile_picture(server, behaviour).await;
    wait_image(server, "kids", &last_id(&scene)).await
}

/// Every file under `media/kids/`.
fn kids_blobs(data_dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() { walk(&path, found) } else { found.push(path) }
        }
    }
    let mut found = Vec::new();
    walk(&data_dir.join("media").join("kids"), &mut found);
    found
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn output_that_is_not_a_usable_picture_is_refused_and_leaves_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;

    let status = picture(&server, "png-as video/mp4").await;
    assert_eq!(status["status"], "failed", "{status}");
    // The caption is a short sentence; what was wrong is behind its details toggle.
    assert_eq!(status["error"], "The picture model sent something unusable.", "{status}");
    let error = status["detail"].as_str().unwrap();
    assert!(error.contains("returned something unusable"), "{error}");
    assert!(
        error.contains("the picture model sent something that is not a picture (it said video/mp4, the bytes are a PNG image)"),
        "{error}"
    );
    assert_eq!(status["url"], serde_json::Value::Null);

    let status = picture(&server, "png-huge").await;
    assert_eq!(status["status"], "failed", "{status}");
    let error = status["detail"].as_str().unwrap();
    assert!(error.contains("the picture is 60000×60000 pixels, larger than the 4096×4096 this server accepts"), "{error}");

    assert_eq!(kids_blobs(dir.path()), Vec::<PathBuf>::new(), "a refused picture leaves no file");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mislabelled_picture_is_stored_and_served_as_what_its_bytes_are() {
    let dir = tempfile::tempdir().unwrap();
    let server = hostile_server(dir.path()).await;

    let status = picture(&server, "png-as image/jpeg").await;
    assert_eq!(status["status"], "complete", "{status}");
    let url = status["url"].as_str().unwrap().to_string();
    let response = reqwest::get(server.url(&url)).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/png");
    assert_eq!(response.headers()["x-content-type-options"], "nosniff");
    assert_eq!(response.bytes().await.unwrap().as_ref(), GUEST_PNG);

    // The picture, and its thumbnail (a JPEG made from it).
    let media_id = url.rsplit('/').next().unwrap().replace('-', "");
    let all = kids_blobs(dir.path());
    assert_eq!(all.len(), 2, "{all:?}");
    let files: Vec<PathBuf> = all.into_iter().filter(|p| p.to_string_lossy().contains(&media_id)).collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().unwrap(), "png", "the extension comes from the bytes");

    // A record stored before sniffing may name another type than its file holds:
    // the route serves the file's true type...
    let mut jpeg = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(image::RgbImage::new(32, 32)).write_to(&mut jpeg, image::ImageFormat::Jpeg).unwrap();
    std::fs::write(&files[0], jpeg.get_ref()).unwrap();
    let response = reqwest::get(server.url(&url)).await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/jpeg");
    assert_eq!(response.bytes().await.unwrap().as_ref(), jpeg.get_ref().as_slice());

    // ...and never bytes of a type it does not serve.
    std::fs::write(&files[0], b"<!DOCTYPE html><html><script>alert(1)</script></html>").unwrap();
    let response = reqwest::get(server.url(&url)).await.unwrap();
    assert_eq!(response.status(), 404);
    assert!(!response.headers()["content-type"].to_str().unwrap().starts_with("image/"));
    std::fs::remove_file(&files[0]).unwrap();
    assert_eq!(reqwest::get(server.url(&url)).await.unwrap().status(), 404);
    server.stop().await;
}

//! Thumbnails: every finished picture gets a 384-px JPEG of its own (its own
//! media row), used by the gallery card and offered in the scene's `srcset`;
//! painting a picture again replaces both files; deleting the story removes
//! both; a thumbnail is served only in its own tier.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::time::Duration;

use common::*;

/// The scene page's `srcset`, once the thumbnail is made.
async fn srcset(server: &TestServer, scene: &str) -> String {
    for _ in 0..100 {
        let page = get_text(server, scene).await;
        if let Some((_, rest)) = page.split_once("srcset=\"") {
            return rest.split('"').next().unwrap().to_string();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no srcset on {scene}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_picture_gets_a_small_thumbnail_used_by_cards_and_srcset() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let scene = start_story(&server, "kids", "a snail who races a leaf", "short").await;
    let picture = wait_image(&server, "kids", &last_id(&scene)).await;
    let full = picture["url"].as_str().unwrap().to_string();
    let set = srcset(&server, &scene).await;
    let (thumb, rest) = set.split_once(" 384w, ").unwrap();
    assert_eq!(rest, format!("{full} 1024w"));
    let response = client().get(server.url(thumb)).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "image/jpeg");
    let bytes = response.bytes().await.unwrap();
    let small = image::load_from_memory(&bytes).unwrap();
    assert_eq!((small.width(), small.height()), (384, 384));
    let full_bytes = client().get(server.url(&full)).send().await.unwrap().bytes().await.unwrap();
    assert!(bytes.len() * 3 < full_bytes.len(), "{} bytes against {}", bytes.len(), full_bytes.len());
    assert_eq!(client().get(server.url(&thumb.replacen("/kids/", "/bible/", 1))).send().await.unwrap().status(), 404);

    // Painting it again replaces the picture and its thumbnail; only the new pair stays on disk.
    let repaint = format!("/kids/story/image/{}/regenerate", last_id(&scene));
    assert_eq!(submit(&server, &scene, &repaint, &[]).await.status(), 303);
    let again = wait_image(&server, "kids", &last_id(&scene)).await;
    assert_ne!(again["url"].as_str().unwrap(), full);
    let mut new_set = srcset(&server, &scene).await;
    for _ in 0..100 {
        if !new_set.contains(thumb) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        new_set = srcset(&server, &scene).await;
    }
    assert!(!new_set.contains(thumb), "a new thumbnail: {new_set}");
    assert_eq!(client().get(server.url(thumb)).send().await.unwrap().status(), 404, "the old thumbnail is gone");
    let scene_files = |id: &str| {
        let prefix = id.replace('-', "");
        files_under(&server.data_dir.join("media")).into_iter().filter(|p| p.to_string_lossy().contains(&prefix)).count()
    };
    assert_eq!(scene_files(&last_id(&scene)), 2, "the picture and its thumbnail");

    // The finished story's gallery card shows the thumbnail.
    let path = play_to_end(&server, &scene).await;
    for step in &path {
        wait_image(&server, "kids", &last_id(step)).await;
    }
    let mut gallery = get_text(&server, "/kids/gallery").await;
    for _ in 0..100 {
        if gallery.contains(new_set.split(' ').next().unwrap()) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        gallery = get_text(&server, "/kids/gallery").await;
    }
    assert!(gallery.contains(&format!("<img src=\"{}\"", new_set.split(' ').next().unwrap())), "the cover is the thumbnail: {gallery}");

    // Deleting the story removes every picture and thumbnail.
    let delete =
        gallery.split("action=\"").skip(1).filter_map(|s| s.split('"').next()).find(|a| a.ends_with("/delete")).unwrap().to_string();
    assert_eq!(submit(&server, "/kids/gallery", &delete, &[]).await.status(), 303);
    assert!(files_under(&server.data_dir.join("media")).is_empty(), "{:?}", files_under(&server.data_dir.join("media")));
    server.stop().await;
}

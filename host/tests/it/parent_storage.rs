//! The parent's storage page: counts and sizes per tier, every story of
//! every tier with a delete button, and the orphan sweep, which removes files
//! no row points to but keeps every live picture and photo, and any file
//! written in the last hour.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::*;
use image::ImageFormat;
use storyloom_fakes::photos::{encode, picture};

/// A file no row points to, last written `age` ago.
fn plant(path: &Path, age: Duration) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, b"left behind").unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_counts_each_tier_deletes_any_story_and_sweeps_only_unused_files() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let parent = parent_session(&server).await;
    assert!(get_text_as(&server, &parent, "/parent/storage").await.contains("id=\"storage-empty\""));

    // A finished kids story, a Bible story in progress, and a character with a photo.
    let first = start_story(&server, "kids", "A snail who wins a race", "short").await;
    let kids_scenes = play_to_end(&server, &first).await;
    for scene in &kids_scenes {
        wait_image(&server, "kids", &last_id(scene)).await;
    }
    let bible = start_story(&server, "bible", "Noah and the ark", "short").await;
    wait_image(&server, "bible", &last_id(&bible)).await;
    let jpeg = encode(&picture(320, 240), ImageFormat::Jpeg);
    let response = submit_upload(
        &server,
        "/kids/characters",
        "/kids/characters/create",
        &[("name", "Mia")],
        &[("photos", "mia.jpg", jpeg.as_slice())],
    )
    .await;
    assert_eq!(response.status(), 303);

    let page = get_text_as(&server, &parent, "/parent/storage").await;
    assert!(page.contains("Stories: 1 finished, 0 in progress") && page.contains("Stories: 0 finished, 1 in progress"), "{page}");
    assert!(page.contains(&format!("{} pictures", kids_scenes.len())) && page.contains("1 family photo,"), "{page}");
    assert!(page.contains(&format!("finished · {} scenes", kids_scenes.len())), "{page}");

    // The sweep: an old orphan goes, a fresh one (a picture being saved) and every live file stay.
    let live: Vec<PathBuf> = files_under(&dir.path().join("media")).into_iter().chain(files_under(&dir.path().join("photos"))).collect();
    assert!(live.len() > kids_scenes.len(), "pictures and the photo with its thumbnail: {live:?}");
    let old = dir.path().join("media/kids/0123456789abcdef/left-behind.png");
    let fresh = dir.path().join("media/kids/fedcba9876543210/being-saved.png");
    let old_photo = dir.path().join("photos/kids/stray.jpg");
    plant(&old, Duration::from_secs(3 * 3600));
    plant(&fresh, Duration::from_secs(60));
    plant(&old_photo, Duration::from_secs(2 * 3600));
    let response = submit_as(&server.url(""), Some(&parent), "/parent/storage", "/parent/storage/sweep", &[]).await;
    assert_eq!(response.status(), 303);
    let page = get_text_as(&server, &parent, &location(&response)).await;
    assert!(page.contains("Removed 2 files no story or photo uses (22 B)."), "{page}");
    assert!(!old.exists() && !old_photo.exists() && fresh.exists());
    for file in &live {
        assert!(file.exists(), "a live file was kept: {}", file.display());
    }
    for scene in &kids_scenes {
        let url = wait_image(&server, "kids", &last_id(scene)).await["url"].as_str().unwrap().to_string();
        assert_eq!(client().get(server.url(&url)).send().await.unwrap().status(), 200);
    }

    // Deleting the Bible story in progress from here: its scene and pictures go; the kids story stays.
    let delete = attr_values(&page, "action=\"").into_iter().filter(|a| a.contains("/parent/storage/stories/")).collect::<Vec<_>>();
    assert_eq!(delete.len(), 2, "two stories, two delete buttons");
    let bible_picture = wait_image(&server, "bible", &last_id(&bible)).await["url"].as_str().unwrap().to_string();
    let card = page.split("class=\"storage-story\"").skip(1).find(|card| card.contains("in progress")).unwrap();
    let action = attr_values(card, "action=\"").remove(0);
    let response = submit_as(&server.url(""), Some(&parent), "/parent/storage", &action, &[]).await;
    assert_eq!(response.status(), 303);
    let after = get_text_as(&server, &parent, &location(&response)).await;
    assert!(after.contains("Removed the story"), "{} {after}", location(&response));
    assert_eq!(client().get(server.url(&bible)).send().await.unwrap().status(), 404);
    assert_eq!(client().get(server.url(&bible_picture)).send().await.unwrap().status(), 404);
    assert_eq!(client().get(server.url(&first)).send().await.unwrap().status(), 200, "the kids story stays");
    // Without a parent session the button changes nothing; deleting it again, or an unknown id, is a 404.
    assert_eq!(post_with_token(&server, &delete[0], &[]).await.status(), 403, "no parent session");
    for path in [action, format!("/parent/storage/stories/{}/delete", uuid_like()), "/parent/storage/stories/nope/delete".into()] {
        assert_eq!(post_with_token_as(&server, Some(&parent), &path, &[]).await.status(), 404, "{path}");
    }
    assert_eq!(client().get(server.url(&first)).send().await.unwrap().status(), 200);
    server.stop().await;
}

fn uuid_like() -> &'static str {
    "0b9c3a50-0d2e-4a8e-9f00-5e6c1d2b3a4f"
}

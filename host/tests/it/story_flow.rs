//! The whole offline story, through the real server and the real bundled
//! plugins: home page, start, play to the ending, every picture, gallery and
//! reader, a restart, and deletion with its blobs.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn play_read_restart_and_delete_a_story() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    // The landing page links every listed tier.
    let landing = get_text(&server, "/").await;
    assert!(landing.contains("/kids/") && landing.contains("/bible/"), "{landing}");

    // Home page: the form with the built-in models preselected.
    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("Kids Adventures"));
    assert!(home.contains("Storyteller (offline)") && home.contains("Picture Book (offline)"));
    assert!(home.contains("Built-in"));

    // Play a short story to its ending, always taking the first choice.
    let first = start_story(&server, "kids", "A brave bunny named Pip finds a glowing door in the garden", "short").await;
    assert!(first.starts_with("/kids/story/scene/"));
    let scenes = play_to_end(&server, &first).await;
    assert_eq!(scenes.len(), 3, "a short story has 3 scenes");

    // The first scene names the models and reads like a story about the prompt.
    let page = get_text(&server, &first).await;
    assert!(page.contains("Pip"), "the hero from the prompt appears");
    assert!(page.contains("Storyteller (offline)") && page.contains("Picture Book (offline)"));

    // Every scene gets a real picture, served under its tier.
    let mut picture_urls = Vec::new();
    let mut thumb_urls = Vec::new();
    for scene in &scenes {
        let status = wait_image(&server, "kids", &last_id(scene)).await;
        assert_eq!(status["status"], "complete", "{status}");
        let url = status["url"].as_str().unwrap().to_string();
        assert!(url.starts_with("/kids/media/"));
        let response = reqwest::get(server.url(&url)).await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "image/png");
        let bytes = response.bytes().await.unwrap();
        let picture = image::load_from_memory(&bytes).unwrap();
        assert!(picture.width() >= 512 && picture.height() >= 512);
        picture_urls.push(url);
        // Its thumbnail is recorded with it.
        thumb_urls.push(status["srcset"].as_str().unwrap().split(' ').next().unwrap().to_string());
    }
    // Range requests work (tower-http serves the file).
    let partial = client().get(server.url(&picture_urls[0])).header("range", "bytes=0-7").send().await.unwrap();
    assert_eq!(partial.status(), 206);
    assert_eq!(&partial.bytes().await.unwrap()[..], b"\x89PNG\r\n\x1a\n");

    // The ending offers the gallery and a new story.
    let ending = get_text(&server, scenes.last().unwrap()).await;
    assert!(ending.contains("ending-banner"));

    // The gallery lists the finished story; the reader walks it with previous/next.
    let gallery = get_text(&server, "/kids/gallery").await;
    assert!(gallery.contains("gallery-card"));
    assert!(gallery.contains("A brave bunny named Pip"));
    assert!(gallery.contains(&thumb_urls[0]), "the cover is the first picture's thumbnail");
    let story_links: Vec<String> = attr_values(&gallery, "href=\"").into_iter().filter(|h| h.starts_with("/kids/gallery/")).collect();
    let story_url = story_links.first().expect("a card links to its story").clone();
    let story_id = last_id(&story_url);
    let reader = get_text(&server, &story_url).await;
    assert!(reader.contains("Scene 1 of 3"));
    let mut reader_url = story_url.clone();
    for (i, scene) in scenes.iter().enumerate() {
        let html = get_text(&server, &reader_url).await;
        assert!(html.contains(&picture_urls[i]), "reader shows scene {}'s picture", i + 1);
        let next: Vec<String> = attr_values(&html, "class=\"reader-next\" href=\"");
        let expected_next = scenes.get(i + 1).map(|s| format!("/kids/gallery/{story_id}/{}", last_id(s)));
        match (&expected_next, next.first()) {
            (Some(expected), Some(found)) => assert_eq!(found, expected),
            (None, None) => {}
            (Some(_), None) | (None, Some(_)) => {
                let found = html.contains("reader-next") && html.contains(&format!("/kids/gallery/{story_id}/"));
                assert!(expected_next.is_some() == found, "next link on scene {} wrong", i + 1);
            }
        }
        if let Some(next) = expected_next {
            reader_url = next;
        }
        assert!(scene.starts_with("/kids/story/scene/"));
    }

    // A restart keeps everything.
    server.stop().await;
    let server = TestServer::start(dir.path()).await;
    let gallery = get_text(&server, "/kids/gallery").await;
    assert!(gallery.contains("A brave bunny named Pip"));
    assert_eq!(reqwest::get(server.url(&picture_urls[2])).await.unwrap().status(), 200);
    get_text(&server, &story_url).await;

    // Delete: rows and blobs are gone.
    let media_dir = dir.path().join("media").join("kids");
    assert_eq!(count_files(&media_dir), 6, "three pictures and their thumbnails");
    let response = submit(&server, "/kids/gallery", &format!("/kids/gallery/{story_id}/delete"), &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/kids/gallery");
    assert_eq!(count_files(&media_dir), 0, "every blob of the story is deleted");
    assert_eq!(reqwest::get(server.url(&story_url)).await.unwrap().status(), 404);
    assert_eq!(reqwest::get(server.url(&picture_urls[0])).await.unwrap().status(), 404);
    assert_eq!(reqwest::get(server.url(&scenes[0])).await.unwrap().status(), 404);
    let gallery = get_text(&server, "/kids/gallery").await;
    assert!(gallery.contains("gallery-empty"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_start_forms_get_a_friendly_message_and_keep_the_input() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let response = submit(
        &server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", "   "), ("length", "long"), ("model", "storyteller"), ("image_model", "nope")],
    )
    .await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("form-error"));
    assert!(html.contains("Tell us what the story should be about"));
    // The chosen length stays selected.
    assert!(html.contains("value=\"long\" checked") || html.contains("value=\"long\"\n") || html.contains("long"));

    // A prompt that is far too long is refused with a message, not an error page.
    let long = "a".repeat(5000);
    let response = submit(&server, "/kids/", "/kids/story/start", &[("prompt", long.as_str())]).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("bit long"));

    // An unknown image model falls back to the default; the story still starts.
    let response =
        submit(&server, "/kids/", "/kids/story/start", &[("prompt", "a cat"), ("length", "weird"), ("image_model", "dalle")]).await;
    assert_eq!(response.status(), 303);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn taking_another_choice_keeps_both_branches() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let first = start_story(&server, "bible", "Noah builds a big boat", "medium").await;
    let actions = choice_actions(&get_text(&server, &first).await);
    let a = location(&submit(&server, &first, &actions[0], &[]).await);
    let b = location(&submit(&server, &first, &actions[1], &[]).await);
    assert_ne!(a, b);
    // Taking the same choice again returns the same scene, not a new one.
    let again = location(&submit(&server, &first, &actions[0], &[]).await);
    assert_eq!(again, a);
    let html = get_text(&server, &first).await;
    assert!(html.matches("visited").count() >= 2 || html.matches("explored").count() >= 2, "both explored choices are marked");
    assert!(html.contains("Bible Stories"));
    server.stop().await;
}

fn count_files(dir: &std::path::Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries.filter_map(Result::ok).map(|e| if e.path().is_dir() { count_files(&e.path()) } else { 1 }).sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_gallery_lists_only_finished_stories_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let empty = get_text(&server, "/kids/gallery").await;
    assert!(empty.contains("gallery-empty"));
    for prompt in ["An older tale about a turtle", "A newer tale about a kite"] {
        let first = start_story(&server, "kids", prompt, "short").await;
        play_to_end(&server, &first).await;
    }
    // An unfinished story stays playable but is not in the gallery.
    let unfinished = start_story(&server, "kids", "An unfinished tale about a bee", "short").await;
    let gallery = get_text(&server, "/kids/gallery").await;
    let unfinished_page = get_text(&server, &unfinished).await;
    let title = unfinished_page.split("class=\"story-title\" dir=\"auto\">").nth(1).unwrap().split('<').next().unwrap();
    assert!(!gallery.contains(title), "the unfinished story ({title}) is not in the gallery");
    let newer = gallery.find("kite").unwrap();
    let older = gallery.find("turtle").unwrap();
    assert!(newer < older, "newest first");
    assert_eq!(gallery.matches("class=\"gallery-card").count(), 2);
    let unfinished_story_page = get_text(&server, &unfinished).await;
    assert!(unfinished_story_page.contains("scene-text"));
    server.stop().await;
}

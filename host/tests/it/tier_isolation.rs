//! Tier isolation, the highest-risk failure: every story, scene, gallery and
//! media URL of one tier, requested under another tier, is a 404 and changes
//! nothing; no page of a tier links to another tier.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tiers_ids_are_not_found_anywhere() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;

    // A finished kids story with pictures, plus an unfinished one.
    let first = start_story(&server, "kids", "A dragon who loves pancakes", "short").await;
    let scenes = play_to_end(&server, &first).await;
    let mut media = Vec::new();
    for scene in &scenes {
        let status = wait_image(&server, "kids", &last_id(scene)).await;
        media.push(status["url"].as_str().unwrap().to_string());
    }
    let unfinished = start_story(&server, "kids", "A quiet owl", "long").await;
    let gallery = get_text(&server, "/kids/gallery").await;
    let story_url = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).unwrap();
    let story_id = last_id(&story_url);
    let scene_id = last_id(&scenes[0]);
    let first_choice = choice_actions(&get_text(&server, &unfinished).await)[0].clone();
    let (unfinished_scene, unfinished_choice) = {
        let parts: Vec<&str> = first_choice.rsplitn(3, '/').collect();
        (parts[1].to_string(), parts[0].to_string())
    };
    let media_id = last_id(&media[0]);

    let client = client();
    for other in ["bible", "nosuchtier"] {
        let gets = [
            format!("/{other}/story/scene/{scene_id}"),
            format!("/{other}/story/scene/{unfinished_scene}"),
            format!("/{other}/story/image/{scene_id}"),
            format!("/{other}/story/video/{scene_id}"),
            format!("/{other}/gallery/{story_id}"),
            format!("/{other}/gallery/{story_id}/{scene_id}"),
            format!("/{other}/media/{media_id}"),
        ];
        for path in &gets {
            let response = client.get(server.url(path)).send().await.unwrap();
            assert_eq!(response.status(), 404, "GET {path}");
            let body = response.text().await.unwrap();
            assert!(!body.contains("pancakes") && !body.contains("/kids/"), "GET {path} leaks kids content");
            // The not-found page wears the header of the tier the URL names, and only that one.
            assert_eq!(body.contains("Bible Stories"), other == "bible", "GET {path}: {body}");
        }
        // Each POST carries a valid token for its exact path, so what refuses it is the tier check.
        let posts = [
            format!("/{other}/story/choose/{unfinished_scene}/{unfinished_choice}"),
            format!("/{other}/story/image/{scene_id}/retry"),
            format!("/{other}/story/video/{scene_id}/retry"),
            format!("/{other}/gallery/{story_id}/delete"),
        ];
        for path in &posts {
            let response = post_with_token(&server, path, &[("return_to", "/kids/")]).await;
            assert_eq!(response.status(), 404, "POST {path}");
        }
        // Range requests are no way around it either.
        let response = client.get(server.url(&format!("/{other}/media/{media_id}"))).header("range", "bytes=0-3").send().await.unwrap();
        assert_eq!(response.status(), 404);
    }

    // Nothing changed: the story, its pictures and the untaken choice are intact.
    assert_eq!(client.get(server.url(&story_url)).send().await.unwrap().status(), 200);
    assert_eq!(client.get(server.url(&media[0])).send().await.unwrap().status(), 200);
    let html = get_text(&server, &unfinished).await;
    assert!(!html.contains("visited-marker"), "the choice was not taken through another tier");
    let bible_gallery = get_text(&server, "/bible/gallery").await;
    assert!(bible_gallery.contains("gallery-empty"), "kids stories never show in the bible gallery");

    // Malformed ids are plain 404s too.
    for path in
        ["/kids/story/scene/not-a-uuid", "/kids/gallery/../../etc/passwd", "/kids/media/%2e%2e%2fstore.redb", "/kids/gallery/123/456"]
    {
        assert_eq!(client.get(server.url(path)).send().await.unwrap().status(), 404, "{path}");
    }

    // No kids page links into another tier (or to anything but the parent area's door).
    let pages = [
        "/kids/".to_string(),
        scenes[0].clone(),
        scenes.last().unwrap().clone(),
        "/kids/gallery".to_string(),
        story_url.clone(),
        format!("/kids/gallery/{story_id}/{}", last_id(scenes.last().unwrap())),
    ];
    for page in &pages {
        let html = get_text(&server, page).await;
        assert!(html.contains("Kids Adventures"), "{page} shows the tier's name");
        assert!(html.contains("theme-kids"), "{page} uses the tier's theme");
        for attr in ["href=\"", "action=\"", "src=\"", "data-status-url=\""] {
            for link in attr_values(&html, attr) {
                // The parent area sits above the tiers, behind its PIN: only its home is linked.
                assert!(
                    link.starts_with("/kids/") || link.starts_with("/static/") || link.starts_with('#') || link == "/parent/",
                    "{page} links outside its tier: {link}"
                );
            }
        }
    }
    server.stop().await;
}

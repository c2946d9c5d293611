//! Video mode end to end against the real server: a family turns it on at the
//! start, every scene's clip is made in the background once its picture is
//! settled (on the embedded default, with no keys), served as MP4 with HTTP
//! Range, shown in the scene, the reader and the gallery; a parent's switch
//! per tier; a provider's clip polled under its stored job id across a restart
//! and given up past the poll budget; a failed clip retried alone.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use std::time::Duration;

use common::*;

/// Poll a scene's clip status until it is complete or failed (or `none`); returns the JSON.
async fn wait_clip(server: &TestServer, tier: &str, scene_id: &str) -> serde_json::Value {
    for _ in 0..2400 {
        let json: serde_json::Value =
            reqwest::get(server.url(&format!("/{tier}/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
        match json["status"].as_str() {
            Some("complete" | "failed" | "none") => return json,
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("clip never finished");
}

/// Start a story from the tier's form with video mode on.
async fn start_with_video(server: &TestServer, tier: &str, fields: &[(&str, &str)]) -> String {
    let mut all = vec![("video_mode", "on")];
    all.extend_from_slice(fields);
    let response = submit(server, &format!("/{tier}/"), &format!("/{tier}/story/start"), &all).await;
    assert_eq!(response.status(), 303, "start: {}", response.text().await.unwrap_or_default());
    location(&response)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn video_mode_on_the_embedded_default_gives_every_scene_a_playable_clip() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("name=\"video_mode\""), "the start form offers video mode");
    assert!(home.contains("Pan and Zoom (offline)"), "the offline clip maker is the video model with no keys");

    let first = start_with_video(&server, "kids", &[("prompt", "A snail and a firefly race to the moon"), ("length", "short")]).await;
    let page = get_text(&server, &first).await;
    assert!(page.contains("id=\"scene-video\""), "the scene has a clip part");
    assert!(page.contains("Clips by <bdi>Pan and Zoom (offline)</bdi>"), "the story names its video model");

    let scenes = play_to_end(&server, &first).await;
    let mut clips = Vec::new();
    for scene in &scenes {
        let picture = wait_image(&server, "kids", &last_id(scene)).await;
        assert_eq!(picture["status"], "complete", "{picture}");
        let clip = wait_clip(&server, "kids", &last_id(scene)).await;
        assert_eq!(clip["status"], "complete", "{clip}");
        assert_eq!(clip["poster"], picture["url"], "the polling script learns the clip's poster, the scene's picture");
        clips.push(clip["url"].as_str().unwrap().to_string());
    }

    // Each clip is a fast-start MP4, served with Range as iPhones ask for it.
    for url in &clips {
        let response = client().get(server.url(url)).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.headers()["content-type"], "video/mp4");
        let body = response.bytes().await.unwrap();
        assert_eq!(&body[4..8], b"ftyp", "an MP4 starts with its ftyp box");
        let moov = body.windows(4).position(|w| w == b"moov").unwrap();
        let mdat = body.windows(4).position(|w| w == b"mdat").unwrap();
        assert!(moov < mdat, "fast start: moov before mdat");
        let range = client().get(server.url(url)).header("range", "bytes=0-1").send().await.unwrap();
        assert_eq!(range.status(), 206);
        assert_eq!(range.bytes().await.unwrap().len(), 2);
    }

    // The scene, the reader and the gallery show the clips.
    let scene_page = get_text(&server, &scenes[0]).await;
    assert!(scene_page.contains("<video") && scene_page.contains(&clips[0]), "the scene plays its clip");
    assert!(scene_page.contains("playsinline") && scene_page.contains("poster="), "inline on phones, the picture as poster");
    let gallery = get_text(&server, "/kids/gallery").await;
    assert!(gallery.contains("video-badge"), "the gallery card carries the video badge");
    let story_url = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).unwrap();
    let reader = get_text(&server, &story_url).await;
    assert!(reader.contains("<video") && reader.contains(&clips[0]), "the reader plays the clip");
    let ending = get_text(&server, &format!("{story_url}/{}", last_id(scenes.last().unwrap()))).await;
    assert!(ending.contains(clips.last().unwrap()), "the reader shows the ending's clip too");

    // Another tier reaches none of it.
    let scene_id = last_id(&scenes[0]);
    for path in [format!("/bible/story/video/{scene_id}"), clips[0].replacen("/kids/", "/bible/", 1)] {
        assert_eq!(client().get(server.url(&path)).send().await.unwrap().status(), 404, "GET {path}");
    }
    let response = post_with_token(&server, &format!("/bible/story/video/{scene_id}/retry"), &[("return_to", "/bible/")]).await;
    assert_eq!(response.status(), 404);

    // Deleting the story deletes its clips.
    let response = submit(&server, "/kids/gallery", &format!("{story_url}/delete"), &[]).await;
    assert_eq!(response.status(), 303);
    for url in &clips {
        assert_eq!(client().get(server.url(url)).send().await.unwrap().status(), 404);
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_switches_video_off_for_one_tier_and_stories_start_picture_only() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let parent = parent_session(&server).await;
    let settings = get_text_as(&server, &parent, "/parent/tiers/kids").await;
    assert!(settings.contains("name=\"video_allowed\"") && settings.contains("checked"), "on by default for built-in tiers");

    // Off for kids (an unticked checkbox is simply absent from the form).
    let response = save_tier_settings(&server, &parent, "kids", &[]).await;
    assert_eq!(response.status(), 303);
    let saved = get_text_as(&server, &parent, &location(&response)).await;
    assert!(
        saved.contains("Saved for <bdi>Kids Adventures</bdi>: video off,") && !saved.contains("id=\"video-allowed\" checked"),
        "{saved}"
    );
    assert!(!get_text(&server, "/kids/").await.contains("name=\"video_mode\""), "the switch is gone from the kids form");
    assert!(get_text(&server, "/bible/").await.contains("name=\"video_mode\""), "the bible tier keeps its own setting");

    // Asked for anyway (an old page, a hand-made post): the story starts picture-only and says why.
    let response = post_with_token(&server, "/kids/story/start", &[("prompt", "A fox who keeps a lighthouse"), ("video_mode", "on")]).await;
    assert_eq!(response.status(), 303);
    let scene = location(&response);
    let page = get_text(&server, &scene).await;
    assert!(page.contains("id=\"video-note\"") && page.contains("Video is switched off"), "{page}");
    assert!(!page.contains("id=\"scene-video\""));
    assert_eq!(wait_clip(&server, "kids", &last_id(&scene)).await["status"], "none");

    // The setting survives a restart, and switching it on again brings the switch back.
    server.stop().await;
    let server = TestServer::start(dir.path()).await;
    assert!(!get_text(&server, "/kids/").await.contains("name=\"video_mode\""));
    let parent = parent_session(&server).await;
    let response = save_tier_settings(&server, &parent, "kids", &[("video_allowed", "on")]).await;
    assert_eq!(response.status(), 303);
    assert!(get_text(&server, "/kids/").await.contains("name=\"video_mode\""));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_settings_page_says_the_switch_is_for_new_stories_and_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let parent = parent_session(&server).await;
    let page = get_text_as(&server, &parent, "/parent/tiers/kids").await;
    assert!(
        page.contains("Clips are made for stories started from now on; stories already started keep their setting."),
        "the page says which stories the switch affects: {page}"
    );
    assert!(!page.contains("id=\"settings-saved\""), "nothing saved yet");

    // A story started with video keeps its clips after the switch goes off.
    let scene = start_with_video(&server, "kids", &[("prompt", "A hedgehog learns to skate")]).await;
    let response = save_tier_settings(&server, &parent, "kids", &[]).await;
    assert_eq!(response.status(), 303);
    let saved = get_text_as(&server, &parent, &location(&response)).await;
    assert!(saved.contains("Saved for <bdi>Kids Adventures</bdi>: video off,"), "{saved}");
    assert!(get_text(&server, &scene).await.contains("id=\"scene-video\""), "the story already started keeps its clip");
    assert_eq!(wait_clip(&server, "kids", &last_id(&scene)).await["status"], "complete");

    let response = save_tier_settings(&server, &parent, "kids", &[("video_allowed", "on")]).await;
    let saved = get_text_as(&server, &parent, &location(&response)).await;
    assert!(saved.contains("Saved for <bdi>Kids Adventures</bdi>: video on,"), "{saved}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_start_form_left_open_with_video_ticked_starts_picture_only_and_says_why_once_video_is_off() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    // The form is opened in one tab (with its cookie, token and the video model picked)…
    let home = client().get(server.url("/kids/")).send().await.unwrap();
    let cookie = form_cookie(&home).unwrap();
    let html = home.text().await.unwrap();
    let form = form_with_action(&html, "/kids/story/start").unwrap();
    let video_model = attr_values(&form, "name=\"video_model\" value=\"").into_iter().next().unwrap();
    // …a parent switches video off in another…
    let parent = parent_session(&server).await;
    assert_eq!(save_tier_settings(&server, &parent, "kids", &[]).await.status(), 303);
    // …and the family starts from the first tab with video ticked.
    let mut body = hidden_fields(&form);
    body.extend(
        [("prompt", "A fox who keeps a lighthouse"), ("length", "short"), ("video_mode", "on"), ("video_model", video_model.as_str())]
            .map(|(k, v)| (k.to_string(), v.to_string())),
    );
    let response = client()
        .post(server.url("/kids/story/start"))
        .header("origin", server.url(""))
        .header("cookie", cookie)
        .form(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let first = location(&response);
    let scenes = play_to_end(&server, &first).await;
    for scene in &scenes {
        let page = get_text(&server, scene).await;
        assert!(page.contains("id=\"video-note\"") && page.contains("Video is switched off"), "every scene says why: {page}");
        assert!(!page.contains("id=\"scene-video\"") && !page.contains("<video"), "pictures only: {page}");
    }
    assert_eq!(wait_clip(&server, "kids", &last_id(&first)).await["status"], "none");
    server.stop().await;
}

/// A dropped-in plugin (the hostile guest, contract 0.1) offering a story and a video model.
const VIDEO_PERSONA: &str = "id clips\nmodel clip-story|Clip Story|Clips|story|\nmodel clip-video|Clip Video|Clips|video|\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_clip_is_polled_under_its_id_across_a_restart_and_given_up_past_the_budget() {
    let dir = tempfile::tempdir().unwrap();
    let plugins = tempfile::tempdir().unwrap();
    let plugin = impostor(plugins.path(), "clips.wasm", VIDEO_PERSONA);
    pre_approve(dir.path(), &plugin, "clips").await;
    let budget = Duration::from_secs(4);
    let tweak = |config: &mut storyloom::Config| {
        config.extra_plugins.push(plugin.clone());
        config.clip_poll_budget = budget;
    };
    let server = TestServer::start_with(dir.path(), tweak).await;
    // The scene's picture prompt "job wait-600000 5" makes the guest accept the clip as provider job "wait-600000", pending for ten minutes.
    let scene = start_with_video(
        &server,
        "kids",
        &[("prompt", "image:job wait-600000 5"), ("model", "clip-story"), ("image_model", "picture-book"), ("video_model", "clip-video")],
    )
    .await;
    let scene_id = last_id(&scene);
    assert_eq!(wait_image(&server, "kids", &scene_id).await["status"], "complete");
    let mut status = serde_json::Value::Null;
    for _ in 0..200 {
        status = reqwest::get(server.url(&format!("/kids/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
        if status["status"] == "generating" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(status["status"], "generating", "{status}");
    server.stop().await;

    // After a restart the same provider job is polled again: still one submission.
    let store = storyloom::store::Store::open(&dir.path().join("store.redb")).unwrap();
    let scene_record = store.scene(storyloom::store::SceneId::parse(&scene_id).unwrap()).await.unwrap().unwrap();
    let job_id = scene_record.video.unwrap().job.unwrap();
    let job = store.video_job(job_id).await.unwrap().unwrap();
    assert_eq!((job.provider_job.as_deref(), job.attempts), (Some("wait-600000"), 1));
    store.close(Duration::from_secs(5)).await;

    let server = TestServer::start_with(dir.path(), tweak).await;
    let failed = wait_clip(&server, "kids", &scene_id).await;
    assert_eq!(failed["status"], "failed", "given up past the poll budget: {failed}");
    assert!(failed["error"].as_str().unwrap().contains("took too long"), "{failed}");
    assert_eq!(wait_image(&server, "kids", &scene_id).await["status"], "complete", "the picture is untouched");
    let page = get_text(&server, &scene).await;
    assert!(page.contains("Try the video again"), "a failed clip offers a retry");
    server.stop().await;
    let store = storyloom::store::Store::open(&dir.path().join("store.redb")).unwrap();
    let job = store.video_job(job_id).await.unwrap().unwrap();
    assert_eq!(job.attempts, 1, "never submitted twice");
    store.close(Duration::from_secs(5)).await;

    // The retry makes a new clip job, and only that.
    let server = TestServer::start_with(dir.path(), tweak).await;
    let response = submit(&server, &scene, &format!("/kids/story/video/{scene_id}/retry"), &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), scene);
    let after: serde_json::Value = reqwest::get(server.url(&format!("/kids/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
    assert!(matches!(after["status"].as_str(), Some("pending" | "generating")), "{after}");
    assert_eq!(wait_image(&server, "kids", &scene_id).await["status"], "complete");
    server.stop().await;
}

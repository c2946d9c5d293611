//! Grok Imagine Video through the real server: a kids story with video mode
//! on, pictures by Grok Imagine and clips by Grok Imagine Video against the
//! fake xAI. The scene picture goes to xAI as the clip's first frame; the job
//! stays pending over a few polls and across a restart (the server polls the
//! same request id again, never submitting twice), then the finished clip is
//! downloaded from the fake's CDN without the key and served as video/mp4.

use std::time::Duration;

use super::common::*;
use super::fakes::xai::{CLIP_MP4, FakeXai, KEY, Server, VideoStep};
use super::{data_url, localhost};

/// Poll a scene's clip status until it is complete or failed (or `none`); returns the JSON.
async fn wait_clip(server: &TestServer, scene_id: &str) -> serde_json::Value {
    for _ in 0..1200 {
        let json: serde_json::Value =
            reqwest::get(server.url(&format!("/kids/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
        match json["status"].as_str() {
            Some("complete" | "failed" | "none") => return json,
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("clip never finished");
}

/// Wait until the fake has been polled for `job` at least `n` times.
async fn wait_polls(fake: &FakeXai, job: &str, n: u32) {
    for _ in 0..1200 {
        if fake.video_polls(job) >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server polled {job} only {} times", fake.video_polls(job));
}

/// Wait until the fake has accepted a video job; returns its request id.
async fn wait_job(fake: &FakeXai) -> String {
    for _ in 0..1200 {
        if let Some(job) = fake.video_jobs().pop() {
            return job;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server never submitted a clip");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kids_story_gets_its_grok_clip_polled_across_a_restart() {
    let fake = FakeXai::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (base_url, cdn_url) = (fake.base_url(), fake.cdn_url());
    let configure = |config: &mut storyloom::Config| {
        config.env.insert("XAI_API_KEY", KEY);
        config.env.insert("XAI_BASE_URL", base_url.clone());
        config.env.insert("XAI_IMAGE_CDN_URL", cdn_url.clone());
        config.env.insert("XAI_VIDEO_CDN_URL", cdn_url.clone());
        config.allow_private.push(localhost());
    };
    // Pending with progress, pending without a body, then pending until the test says otherwise.
    fake.script_videos(vec![VideoStep::Pending(10), VideoStep::PendingEmpty, VideoStep::Pending(30)]);

    let server = TestServer::start_with(dir.path(), configure).await;
    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("name=\"video_mode\"") && home.contains("Grok Imagine Video"), "the form offers Grok Imagine Video");
    let fields = [
        ("video_mode", "on"),
        ("prompt", "a fox with a lantern"),
        ("length", "short"),
        ("model", ""),
        ("image_model", "grok-imagine"),
        ("video_model", "grok-imagine-video"),
    ];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "start: {}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let scene_id = last_id(&scene);
    assert_eq!(wait_image(&server, "kids", &scene_id).await["status"], "complete");

    // The clip is submitted with the scene picture as its first frame, then polled.
    let job = wait_job(&fake).await;
    wait_polls(&fake, &job, 2).await;
    let submissions = fake.video_submissions();
    assert_eq!(submissions.len(), 1);
    assert_eq!(submissions[0].header("authorization"), Some("Bearer xai-test"));
    let body = submissions[0].json();
    assert_eq!(
        (body["model"].as_str(), body["duration"].as_u64(), body["resolution"].as_str()),
        (Some("grok-imagine-video"), Some(8), Some("720p"))
    );
    assert_eq!(data_url(&body["image"]["url"]), ("image/png".to_string(), fake.png()), "the scene's picture, from Grok Imagine");
    assert!(body.get("aspect_ratio").is_none(), "{body}");
    let status: serde_json::Value = reqwest::get(server.url(&format!("/kids/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
    assert!(matches!(status["status"].as_str(), Some("pending" | "generating")), "{status}");
    server.stop().await;

    // After a restart the server polls the same request id: one more pending answer, then done.
    let polls_before = fake.video_polls(&job);
    fake.rescript_video(&job, vec![VideoStep::Pending(90), VideoStep::Done]);
    let server = TestServer::start_with(dir.path(), configure).await;
    let clip = wait_clip(&server, &scene_id).await;
    assert_eq!(clip["status"], "complete", "{clip}");
    assert!(fake.video_polls(&job) >= polls_before + 2, "polled again after the restart");
    assert_eq!(fake.video_submissions().len(), 1, "never submitted twice");
    assert_eq!(fake.video_jobs(), std::slice::from_ref(&job));
    let polled: Vec<String> =
        fake.requests().into_iter().filter(|r| r.server == Server::Api && r.method == "GET").map(|r| r.path).collect();
    assert!(polled.iter().all(|p| *p == format!("/v1/videos/{job}")), "{polled:?}");

    // The clip came from the fake's CDN without the key and is served as MP4.
    let downloads: Vec<_> = fake.requests().into_iter().filter(|r| r.server == Server::Cdn).collect();
    assert_eq!(downloads.len(), 1);
    assert!(!downloads[0].carried_key() && downloads[0].header("authorization").is_none(), "no key to the CDN");
    let response = client().get(server.url(clip["url"].as_str().unwrap())).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "video/mp4");
    assert_eq!(response.bytes().await.unwrap().to_vec(), CLIP_MP4);
    let page = get_text(&server, &scene).await;
    assert!(page.contains("<video") && page.contains(clip["url"].as_str().unwrap()), "the scene plays the clip");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clip_the_disk_cannot_take_fails_with_the_storage_sentence_and_leaves_no_file() {
    let fake = FakeXai::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (base_url, cdn_url) = (fake.base_url(), fake.cdn_url());
    let server = TestServer::start_with(dir.path(), |config| {
        config.env.insert("XAI_API_KEY", KEY);
        config.env.insert("XAI_BASE_URL", base_url.clone());
        config.env.insert("XAI_IMAGE_CDN_URL", cdn_url.clone());
        config.env.insert("XAI_VIDEO_CDN_URL", cdn_url.clone());
        config.allow_private.push(localhost());
        config.picture_wait_cap = Duration::from_millis(300);
    })
    .await;
    // The provider holds the clip until the story's folder can no longer be written.
    fake.script_videos(vec![VideoStep::Pending(50)]);
    let fields = [
        ("video_mode", "on"),
        ("prompt", "a fox with a lantern"),
        ("length", "short"),
        ("image_model", "picture-book"),
        ("video_model", "grok-imagine-video"),
    ];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303);
    let scene_id = last_id(&location(&response));
    assert_eq!(wait_image(&server, "kids", &scene_id).await["status"], "complete");
    let job = wait_job(&fake).await;
    wait_polls(&fake, &job, 1).await;

    // The disk fails: the story's folder is replaced by a file, so nothing can be written there.
    let kids = dir.path().join("media").join("kids");
    let folder = std::fs::read_dir(&kids).unwrap().next().unwrap().unwrap().path();
    std::fs::rename(&folder, dir.path().join("moved-away")).unwrap();
    std::fs::write(&folder, b"not a folder").unwrap();
    fake.rescript_video(&job, vec![VideoStep::Done]);

    let clip = wait_clip(&server, &scene_id).await;
    assert_eq!(clip["status"], "failed", "{clip}");
    let error = clip["error"].as_str().unwrap();
    assert!(error.contains("could not save the clip") && !error.contains("took too long"), "{error}");
    assert_eq!(fake.video_submissions().len(), 1, "a storage failure does not pay for another clip");
    // No half-written clip anywhere under the media folder.
    let mut left = Vec::new();
    let mut dirs = vec![dir.path().join("media")];
    while let Some(d) = dirs.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "mp4")
                || path.file_name().is_some_and(|n| n.to_string_lossy().starts_with(".tmp-"))
            {
                left.push(path);
            }
        }
    }
    assert!(left.is_empty(), "{left:?}");
    server.stop().await;
}

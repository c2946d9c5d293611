//! Veo through the bundled Gemini plugin against the fake Gemini (contract
//! §4.3): what `predictLongRunning` carries with and without the scene
//! picture, an operation pending several times then ready, the host's
//! download of the clip (the key only on the API's origin), inline bytes, a
//! failed and a safety-filtered operation, malformed operation names, and one
//! story with video mode on through the real server whose clip comes from Veo,
//! its operation polled again after a restart (never submitted twice).

use std::time::Duration;

use serde_json::json;
use storyloom::plugin_host::{Media, PluginError, ProviderFailure, VideoCall, VideoLink, VideoProgress};

use super::common::*;
use super::failures::provider;
use super::fakes::gemini::{self, CLIP, FakeGemini, KEY, VeoScript, base64_encode};
use super::{host, localhost, photo};

const SUBMIT_PATH: &str = "/v1beta/models/veo-3.1-generate-preview:predictLongRunning";

fn clip_call(image: Option<Media>) -> VideoCall {
    VideoCall { prompt: "A fox with a lantern walks through the snow".into(), image, duration_secs: 8, aspect_ratio: "1:1".into() }
}

/// Submit; the job id of the `Pending` answer.
async fn submit_clip(host: &storyloom::plugin_host::PluginHost, image: Option<Media>) -> String {
    match host.submit_video("veo", clip_call(image)).await.unwrap() {
        VideoProgress::Pending { job_id, poll_after, percent } => {
            assert_eq!((poll_after, percent), (Duration::from_secs(10), None), "Veo says nothing of progress; ten seconds between polls");
            job_id
        }
        other => panic!("expected pending, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_submission_carries_the_picture_as_the_first_frame_only_when_there_is_one() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    let veo = host.model("veo").unwrap();
    assert_eq!((veo.display_name.as_str(), veo.provider_group.as_str(), veo.available), ("Veo 3.1", "Google", true));

    let png = photo(image::ImageFormat::Png, 40);
    let job = submit_clip(&host, Some(Media { media_type: "image/png".into(), bytes: png.clone() })).await;
    assert!(job.starts_with("models/veo-3.1-generate-preview/operations/"), "{job}");
    let sent = fake.last();
    assert_eq!((sent.method.as_str(), sent.path.as_str()), ("POST", SUBMIT_PATH));
    assert_eq!(sent.header("x-goog-api-key"), Some(KEY));
    assert_eq!((sent.header("authorization"), sent.query.as_deref()), (None, None));
    let parameters = json!({"aspectRatio": "16:9", "durationSeconds": 8, "resolution": "720p"});
    let expected = json!({
        "instances": [{"prompt": "A fox with a lantern walks through the snow",
                       "image": {"bytesBase64Encoded": base64_encode(&png), "mimeType": "image/png"}}],
        "parameters": parameters,
    });
    assert_eq!(sent.json(), expected, "exactly these fields; Veo has no square clip, so 1:1 becomes 16:9");

    let jpeg = photo(image::ImageFormat::Jpeg, 200);
    submit_clip(&host, Some(Media { media_type: "application/octet-stream".into(), bytes: jpeg.clone() })).await;
    assert_eq!(fake.last().json()["instances"][0]["image"], json!({"bytesBase64Encoded": base64_encode(&jpeg), "mimeType": "image/jpeg"}));

    submit_clip(&host, None).await;
    let expected = json!({"instances": [{"prompt": "A fox with a lantern walks through the snow"}], "parameters": parameters});
    assert_eq!(fake.last().json(), expected, "text-to-video: no image at all");
    assert_eq!(fake.video_submissions().len(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_several_times_then_a_link_the_host_downloads_with_the_key() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    fake.push_video(VeoScript::Done { pending: 3 });
    let job = submit_clip(&host, None).await;
    for poll in 1..=3 {
        let progress = host.poll_video("veo", &job).await.unwrap();
        assert!(matches!(&progress, VideoProgress::Pending { job_id, .. } if *job_id == job), "poll {poll}: {progress:?}");
    }
    let link = match host.poll_video("veo", &job).await.unwrap() {
        VideoProgress::Ready(link) => link,
        other => panic!("expected ready, got {other:?}"),
    };
    assert_eq!(fake.polls(&job), Some(4));
    let poll = fake.last();
    assert_eq!((poll.method.as_str(), poll.path.as_str()), ("GET", format!("/v1beta/{job}").as_str()));
    assert_eq!(poll.header("x-goog-api-key"), Some(KEY));
    assert!(link.url.starts_with(&format!("{}/v1beta/files/", fake.base_url())) && link.url.ends_with(":download?alt=media"), "{link:?}");
    assert_eq!(link.credential.as_deref(), Some("GEMINI_API_KEY"), "a link on the API's origin needs the key");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clip.mp4");
    let (bytes, content_type) = host.download_clip("veo", &link, &file, 10 * 1024 * 1024).await.unwrap();
    assert_eq!((bytes, content_type.as_deref()), (CLIP.len() as u64, Some("video/mp4")));
    let stored = std::fs::read(&file).unwrap();
    assert_eq!((&stored[4..8], stored.as_slice()), (b"ftyp".as_slice(), CLIP), "the fake's MP4, stored whole");
    let download = fake.last();
    assert_eq!(download.header("x-goog-api-key"), Some(KEY), "the key went to the API's own origin");

    // Without the credential the API's file endpoint refuses, and the host keeps nothing.
    let bare = VideoLink { url: link.url.clone(), credential: None };
    let err = host.download_clip("veo", &bare, &file, 10 * 1024 * 1024).await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::Transient, "{err:?}");
    assert_eq!(fake.last().header("x-goog-api-key"), None);
    assert!(!file.exists(), "no partial file");

    // Another origin never gets the key: the host refuses before sending anything.
    let elsewhere = FakeGemini::start().await;
    let foreign = VideoLink { url: format!("{}/v1beta/files/x:download?alt=media", elsewhere.base_url()), credential: link.credential };
    let err = host.download_clip("veo", &foreign, &file, 10 * 1024 * 1024).await.unwrap_err();
    assert!(matches!(err, PluginError::HostNotDeclared { .. } | PluginError::Provider { .. }), "{err:?}");
    assert!(elsewhere.requests().is_empty(), "nothing, and no key, went to an undeclared origin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn inline_clips_failures_filters_and_odd_links_map_to_the_contract_kinds() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;

    fake.push_video(VeoScript::Inline { pending: 1 });
    let job = submit_clip(&host, None).await;
    assert!(matches!(host.poll_video("veo", &job).await.unwrap(), VideoProgress::Pending { .. }));
    let done = host.poll_video("veo", &job).await.unwrap();
    assert_eq!(done, VideoProgress::Done(Media { media_type: "video/mp4".into(), bytes: CLIP.to_vec() }));

    fake.push_video(VeoScript::Failed { pending: 2, code: 13, message: "Video generation failed due to an internal error.".into() });
    let job = submit_clip(&host, None).await;
    host.poll_video("veo", &job).await.unwrap();
    host.poll_video("veo", &job).await.unwrap();
    let err = host.poll_video("veo", &job).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!((kind, message.as_str()), (ProviderFailure::Transient, "Gemini: Video generation failed due to an internal error."));

    fake.push_video(VeoScript::Failed { pending: 0, code: 3, message: "Unsupported input image.".into() });
    let job = submit_clip(&host, None).await;
    let err = host.poll_video("veo", &job).await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::InvalidRequest);
    assert!(!err.is_retryable());

    let reason = "The video could not be generated because it might violate our policies.";
    fake.push_video(VeoScript::Filtered { reasons: vec![reason.into()] });
    let job = submit_clip(&host, None).await;
    let err = host.poll_video("veo", &job).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!((kind, message), (ProviderFailure::Refused, format!("Gemini: the clip was blocked by Google's safety filters: {reason}")));
    assert!(!err.is_retryable());

    fake.push_video(VeoScript::Never);
    let job = submit_clip(&host, None).await;
    for _ in 0..4 {
        assert!(matches!(host.poll_video("veo", &job).await.unwrap(), VideoProgress::Pending { .. }));
    }

    // A clip linked on another origin: never handed to the host to fetch with the key.
    let elsewhere = FakeGemini::start().await;
    fake.push_video(VeoScript::LinkAt(format!("{}/v1beta/files/x:download?alt=media", elsewhere.base_url())));
    let job = submit_clip(&host, None).await;
    let err = host.poll_video("veo", &job).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::InvalidRequest);
    assert!(message.contains("not on the API's origin") && message.contains("GEMINI_BASE_URL"), "{message}");
    assert!(elsewhere.requests().is_empty());

    // An operation the fake never started: Google's 404.
    let err = host.poll_video("veo", "models/veo-3.1-generate-preview/operations/unknown").await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::InvalidRequest);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_operation_names_never_reach_a_url() {
    let fake = FakeGemini::start().await;
    let host = host(&fake, Some(KEY)).await;
    let before = fake.requests().len();
    for name in [
        "models/veo-3.1-generate-preview/operations/../../files/secret",
        "https://evil.example/v1beta/models/veo-3/operations/x",
        "models/gemini-2.5-flash/operations/x",
        "files/abc:download",
        "models/veo-3.1-generate-preview/operations/x?alt=media",
    ] {
        let err = host.poll_video("veo", name).await.unwrap_err();
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, ProviderFailure::InvalidRequest, "{name}");
        assert!(message.contains("not a Veo operation name"), "{message}");
    }
    assert_eq!(fake.requests().len(), before, "nothing was sent for a malformed name");

    // The API naming its job oddly: a transient failure, and no poll follows.
    for name in ["../../files/secret", "https://evil.example/models/veo/operations/x"] {
        fake.push_video(VeoScript::Named(name.into()));
        let err = host.submit_video("veo", clip_call(None)).await.unwrap_err();
        let (kind, _, message) = provider(&err);
        assert_eq!(kind, ProviderFailure::Transient, "{name}");
        assert!(message.contains("named its video job"), "{message}");
    }
    assert_eq!(fake.requests().iter().filter(|r| r.method == "GET").count(), 0);
}

/// Poll a scene's clip status until it is complete, failed or `none`; returns the JSON.
async fn wait_clip(server: &TestServer, scene_id: &str) -> serde_json::Value {
    for _ in 0..600 {
        let clip: serde_json::Value =
            reqwest::get(server.url(&format!("/kids/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
        if matches!(clip["status"].as_str(), Some("complete" | "failed" | "none")) {
            return clip;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the clip never finished");
}

/// Wait until the fake has started one operation and answered it `n` polls; returns its name.
async fn wait_operation_polled(fake: &FakeGemini, n: u32) -> String {
    for _ in 0..600 {
        if let Some(name) = fake.operations().pop()
            && fake.polls(&name).unwrap_or(0) >= n
        {
            return name;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no operation polled {n} times: {:?}", fake.operations());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_story_with_video_mode_gets_its_veo_clip_polled_across_a_restart() {
    let fake = FakeGemini::start().await;
    fake.push_video(VeoScript::Never);
    let dir = tempfile::tempdir().unwrap();
    let base = fake.base_url();
    let configure = |config: &mut storyloom::Config| {
        config.env.insert("GEMINI_BASE_URL", &base);
        config.env.insert("GEMINI_API_KEY", gemini::KEY);
        // A setting the host grants the bundled gemini plugin (the default is 10 s);
        // the host waits at least 1 s between polls whatever a plugin asks.
        config.env.insert("GEMINI_VIDEO_POLL_MS", "250");
        config.allow_private.push(localhost());
    };
    let server = TestServer::start_with(dir.path(), configure).await;
    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("value=\"veo\""), "Veo is offered as a video model with the key set");

    let fields = [
        ("video_mode", "on"),
        ("prompt", "A fox and a lantern"),
        ("length", "short"),
        ("image_model", "picture-book"),
        ("video_model", "veo"),
    ];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "start: {}", response.text().await.unwrap_or_default());
    let scene_id = last_id(&location(&response));
    let picture = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(picture["status"], "complete", "{picture}");

    // The operation is pending over two polls; the server stops while Veo still works on it.
    let operation = wait_operation_polled(&fake, 2).await;
    let status: serde_json::Value = reqwest::get(server.url(&format!("/kids/story/video/{scene_id}"))).await.unwrap().json().await.unwrap();
    assert!(matches!(status["status"].as_str(), Some("pending" | "generating")), "{status}");
    server.stop().await;

    // After a restart the same operation is polled again: pending once more, then done.
    let polls_before = fake.polls(&operation).unwrap();
    fake.rescript_video(&operation, VeoScript::Done { pending: 1 });
    let server = TestServer::start_with(dir.path(), configure).await;
    let clip = wait_clip(&server, &scene_id).await;
    assert_eq!(clip["status"], "complete", "{clip}");
    assert_eq!(fake.polls(&operation), Some(polls_before + 2), "polled again after the restart: pending, then done");
    assert_eq!(fake.operations(), vec![operation.clone()], "one operation");
    let response = client().get(server.url(clip["url"].as_str().unwrap())).send().await.unwrap();
    assert_eq!((response.status().as_u16(), response.headers()["content-type"].to_str().unwrap()), (200, "video/mp4"));
    assert_eq!(response.bytes().await.unwrap().to_vec(), CLIP, "the clip Veo linked to, stored and served");

    // Image-to-video: the scene's picture went as the first frame, once; the key went to the API only.
    let picture_bytes = reqwest::get(server.url(picture["url"].as_str().unwrap())).await.unwrap().bytes().await.unwrap();
    let submissions = fake.video_submissions();
    assert_eq!(submissions.len(), 1, "submitted once, across the restart");
    let image = &submissions[0].json()["instances"][0]["image"];
    assert_eq!(image["bytesBase64Encoded"], base64_encode(&picture_bytes));
    assert!(fake.requests().iter().all(|r| r.header("x-goog-api-key") == Some(KEY)), "every call to the API carried the key");
    let polls: Vec<String> = fake.requests().into_iter().filter(|r| r.path.contains("/operations/")).map(|r| r.path).collect();
    assert!(polls.iter().all(|path| *path == format!("/v1beta/{operation}")), "{polls:?}");
    assert_eq!(fake.requests().iter().filter(|r| r.path.contains("/files/")).count(), 1, "one download");
    server.stop().await;
}

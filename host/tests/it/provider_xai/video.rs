//! Grok Imagine Video through a `PluginHost` against the fake xAI (contract
//! §3): the model is described and needs `XAI_API_KEY`; the submit body
//! carries the scene picture as a data URI (and no `aspect_ratio`) or, without
//! one, `aspect_ratio` 1:1; polls answer pending several times then a link,
//! which `download_clip` stores as an MP4 without sending the key to the CDN;
//! failed, expired and moderated jobs, a link that 404s, an unknown job, a
//! rate-limited poll and a link outside `XAI_VIDEO_CDN_URL` are the right
//! `PluginError` kinds.

use std::time::Duration;

use storyloom::plugin_host::{Media, ModelKind, PluginError, PluginHost, ProviderFailure, VideoCall, VideoLink, VideoProgress};

use super::failures::provider;
use super::fakes::xai::{CLIP_MP4, FakeXai, Fault, KEY, Recorded, Server, VideoStep};
use super::{assert_bearer, data_url, host, host_with};

const MODEL: &str = "grok-imagine-video";
const PROMPT: &str = "A fox with a lantern walks through the snow";

fn clip(image: Option<Media>) -> VideoCall {
    VideoCall { prompt: PROMPT.into(), image, duration_secs: 8, aspect_ratio: "1:1".into() }
}

/// Submit a text-to-video clip and return its job id (checked to be the fake's newest).
async fn submitted(host: &PluginHost, fake: &FakeXai) -> String {
    let progress = host.submit_video(MODEL, clip(None)).await.unwrap();
    let newest = fake.video_jobs().pop().unwrap();
    assert_eq!(progress, VideoProgress::Pending { job_id: newest.clone(), poll_after: Duration::from_secs(5), percent: None });
    newest
}

/// The API's poll requests, oldest first.
fn polls(fake: &FakeXai) -> Vec<Recorded> {
    fake.requests().into_iter().filter(|r| r.server == Server::Api && r.method == "GET").collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grok_imagine_video_is_described_and_hidden_without_the_key() {
    let fake = FakeXai::start().await;
    let with_key = host(&fake, Some(KEY)).await;
    let video = with_key.model(MODEL).unwrap();
    assert_eq!((video.display_name.as_str(), video.provider_group.as_str(), video.kind), ("Grok Imagine Video", "xAI", ModelKind::Video));
    assert_eq!((video.credential.as_deref(), video.available, video.plugin_id.as_str()), (Some("XAI_API_KEY"), true, "xai"));
    drop(with_key);

    let without_key = host(&fake, None).await;
    assert!(!without_key.model(MODEL).unwrap().available);
    let err = without_key.submit_video(MODEL, clip(None)).await.unwrap_err();
    assert!(matches!(&err, PluginError::Unavailable { credential, .. } if credential == "XAI_API_KEY"), "{err:?}");
    assert!(fake.requests().is_empty(), "nothing is sent without a key");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clip_is_submitted_with_the_picture_as_a_data_uri_or_as_text_alone() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    let picture = Media { media_type: "image/png".into(), bytes: fake.png() };
    let progress = host.submit_video(MODEL, clip(Some(picture))).await.unwrap();
    let job = fake.video_jobs().pop().unwrap();
    assert!(matches!(&progress, VideoProgress::Pending { job_id, .. } if *job_id == job), "{progress:?}");

    let sent = fake.last();
    assert_eq!(sent.path, "/v1/videos/generations");
    assert_bearer(&sent);
    let body = sent.json();
    assert_eq!(data_url(&body["image"]["url"]), ("image/png".to_string(), fake.png()), "the scene picture, as sent");
    let mut rest = body.clone();
    rest.as_object_mut().unwrap().remove("image");
    let expected = serde_json::json!({"model": "grok-imagine-video", "prompt": PROMPT, "duration": 8, "resolution": "720p"});
    assert_eq!(rest, expected, "image-to-video: the ratio follows the picture, so no aspect_ratio");

    submitted(&host, &fake).await;
    let body = fake.last().json();
    let expected =
        serde_json::json!({"model": "grok-imagine-video", "prompt": PROMPT, "duration": 8, "resolution": "720p", "aspect_ratio": "1:1"});
    assert_eq!(body, expected, "text-to-video: no image, a square clip");
    assert_eq!(fake.video_submissions().len(), 2);
    assert_eq!(fake.video_jobs().len(), 2, "both bodies passed the fake's checks");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pending_several_times_then_a_link_the_host_downloads_without_the_key() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    let job = submitted(&host, &fake).await;
    let pending = |percent| VideoProgress::Pending { job_id: job.clone(), poll_after: Duration::from_secs(5), percent };
    // The fake's default script: pending with 0 %, pending without a body, pending with 60 %, then done.
    assert_eq!(host.poll_video(MODEL, &job).await.unwrap(), pending(Some(0)));
    assert_eq!(host.poll_video(MODEL, &job).await.unwrap(), pending(None));
    assert_eq!(host.poll_video(MODEL, &job).await.unwrap(), pending(Some(60)));
    let link = match host.poll_video(MODEL, &job).await.unwrap() {
        VideoProgress::Ready(link) => link,
        other => panic!("expected a link, got {other:?}"),
    };
    let expected_url = format!("{}/xai-vidgen-bucket/xai-video-{job}.mp4", fake.video_cdn_url());
    assert_eq!(link, VideoLink { url: expected_url, credential: None }, "a CDN link needs no key");
    let sent = polls(&fake);
    assert_eq!(sent.len(), 4);
    for poll in &sent {
        assert_eq!(poll.path, format!("/v1/videos/{job}"));
        assert_eq!(poll.header("authorization"), Some("Bearer xai-test"), "polls carry the key");
        assert!(poll.body.is_empty());
    }

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clip.part");
    let (bytes, content_type) = host.download_clip(MODEL, &link, &file, 10 * 1024 * 1024).await.unwrap();
    assert_eq!((bytes, content_type.as_deref()), (CLIP_MP4.len() as u64, Some("video/mp4")));
    let stored = std::fs::read(&file).unwrap();
    assert_eq!(stored, CLIP_MP4, "the fake's MP4, byte for byte");
    assert_eq!(&stored[4..8], b"ftyp");
    let downloads: Vec<Recorded> = fake.requests().into_iter().filter(|r| r.server == Server::Cdn).collect();
    assert_eq!(downloads.len(), 1);
    assert_eq!(
        (downloads[0].method.as_str(), downloads[0].path.as_str()),
        ("GET", format!("/xai-vidgen-bucket/xai-video-{job}.mp4").as_str())
    );
    assert!(!downloads[0].carried_key() && downloads[0].header("authorization").is_none(), "the key never goes to the CDN");
    assert_eq!(fake.video_submissions().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_expired_moderated_and_dead_links_are_the_right_errors() {
    let fake = FakeXai::start().await;
    let host = host(&fake, Some(KEY)).await;
    let cases = [
        (
            "failed: internal error",
            VideoStep::failed("internal_error", "Video generation failed. Please try again."),
            ProviderFailure::Transient,
        ),
        ("failed: moderation", VideoStep::failed("invalid_argument", "Video rejected by content moderation."), ProviderFailure::Refused),
        (
            "failed: invalid argument",
            VideoStep::failed("invalid_argument", "The image could not be read."),
            ProviderFailure::InvalidRequest,
        ),
        ("expired", VideoStep::Expired, ProviderFailure::Transient),
        ("moderated: done without a url", VideoStep::Moderated, ProviderFailure::Refused),
    ];
    for (name, step, kind) in cases {
        fake.script_videos(vec![step]);
        let job = submitted(&host, &fake).await;
        let err = host.poll_video(MODEL, &job).await.unwrap_err();
        let (got, _, message) = provider(&err);
        assert_eq!(got, kind, "{name}: {message}");
        assert!(!message.contains(KEY), "{name}");
    }

    // The legacy answer without `status` but with a link is done.
    fake.script_videos(vec![VideoStep::Legacy]);
    let job = submitted(&host, &fake).await;
    assert!(matches!(host.poll_video(MODEL, &job).await.unwrap(), VideoProgress::Ready(VideoLink { credential: None, .. })));

    // A link that 404s (expired before the download): transient, and nothing stays on disk.
    fake.script_videos(vec![VideoStep::DoneExpiredLink]);
    let job = submitted(&host, &fake).await;
    let VideoProgress::Ready(link) = host.poll_video(MODEL, &job).await.unwrap() else { panic!("expected a link") };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("clip.part");
    let err = host.download_clip(MODEL, &link, &file, 10 * 1024 * 1024).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::Transient, "{message}");
    assert!(message.contains("404"), "{message}");
    assert!(!file.exists(), "a failed download leaves no file");

    // A good link that has expired since: the same.
    fake.script_videos(vec![VideoStep::Done]);
    let job = submitted(&host, &fake).await;
    let VideoProgress::Ready(link) = host.poll_video(MODEL, &job).await.unwrap() else { panic!("expected a link") };
    fake.expire_video_links();
    let err = host.download_clip(MODEL, &link, &file, 10 * 1024 * 1024).await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::Transient);
    assert!(!file.exists());

    // A job xAI does not know: its 404 is not worth asking again.
    let err = host.poll_video(MODEL, "a3d1008e-0000-0000-0000-000000000000").await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::InvalidRequest, "{message}");
    assert!(message.contains("No deferred video"), "{message}");

    // A rate-limited poll keeps xAI's wait.
    fake.push_fault(Fault::RateLimited { retry_after: Some("7".into()) });
    let err = host.poll_video(MODEL, &job).await.unwrap_err();
    assert_eq!(provider(&err).0, ProviderFailure::RateLimited);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert!(err.is_retryable());
    assert!(fake.requests().iter().filter(|r| r.server == Server::Cdn).all(|r| !r.carried_key()), "no key at the CDN, ever");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clip_link_outside_the_declared_video_cdn_is_refused_naming_the_setting() {
    let fake = FakeXai::start().await;
    // The CDN settings name xAI's real origins, so the fake's CDN listener is not declared.
    let host = host_with(&fake, Some(KEY), "https://vidgen.x.ai").await;
    fake.script_videos(vec![VideoStep::Done]);
    let job = submitted(&host, &fake).await;
    let err = host.poll_video(MODEL, &job).await.unwrap_err();
    let (kind, _, message) = provider(&err);
    assert_eq!(kind, ProviderFailure::InvalidRequest, "{message}");
    assert!(message.contains("XAI_VIDEO_CDN_URL") && message.contains(&fake.cdn_addr.to_string()), "{message}");

    // Handed such a link anyway, the host's gate refuses it before anything is sent.
    let link = VideoLink { url: format!("{}/xai-vidgen-bucket/xai-video-{job}.mp4", fake.video_cdn_url()), credential: None };
    let dir = tempfile::tempdir().unwrap();
    let err = host.download_clip(MODEL, &link, &dir.path().join("clip.part"), 1024 * 1024).await.unwrap_err();
    assert!(matches!(err, PluginError::HostNotDeclared { .. }), "{err:?}");
    assert!(fake.requests().iter().all(|r| r.server == Server::Api), "nothing reached the undeclared CDN");
}

//! Scene creation → playable clip with the fake xAI server: a kids story
//! started with video mode on (Grok Imagine pictures, Grok Imagine Video
//! clips) through the real server, timed from `POST /kids/story/start` until
//! the clip's MP4 has been downloaded from the media route. The fake keeps
//! each job pending for its default script (pending three times, then done)
//! and the xAI plugin asks the host to wait [`POLL_AFTER`] before each poll;
//! the figure is printed with those waits and without them.

use std::time::{Duration, Instant};

use storyloom_fakes::xai::{CLIP_MP4, FakeXai, KEY};

use crate::browser::Browser;

/// The wait the xAI plugin asks for before each poll (`VIDEO_POLL_AFTER_MS`
/// in `plugins/xai/src/catalog.rs`).
pub const POLL_AFTER: Duration = Duration::from_secs(5);

/// One story's clip.
pub struct Clip {
    /// `POST /kids/story/start` → the scene picture's status is `complete`.
    pub picture: Duration,
    /// `POST /kids/story/start` → the clip's MP4 downloaded from the media route.
    pub playable: Duration,
    /// How many times the server polled the fake for this clip's job.
    pub polls: u32,
}

/// Runs `runs` stories one after the other, each measured alone.
pub async fn measure(mut config: storyloom::Config, runs: usize) -> anyhow::Result<Vec<Clip>> {
    let fake = FakeXai::start().await;
    config.env.insert("XAI_API_KEY", KEY);
    config.env.insert("XAI_BASE_URL", fake.base_url());
    config.env.insert("XAI_IMAGE_CDN_URL", fake.cdn_url());
    config.env.insert("XAI_VIDEO_CDN_URL", fake.cdn_url());
    config.allow_private = vec!["127.0.0.1".parse()?];
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(storyloom::serve(listener, config, async move {
        let _ = stopped.await;
    }));
    let browser = Browser::open(addr).await?;
    let mut figures = Vec::new();
    for i in 0..runs {
        let prompt = format!("a fox with a lantern, clip {i}");
        let fields = [
            ("video_mode", "on"),
            ("prompt", prompt.as_str()),
            ("length", "short"),
            ("model", ""),
            ("image_model", "grok-imagine"),
            ("video_model", "grok-imagine-video"),
        ];
        let polls_before = all_polls(&fake);
        let started = Instant::now();
        let scene = browser.start_story(&fields).await?;
        let scene_id = scene.url().path().rsplit('/').next().unwrap_or_default().to_string();
        let mut picture = None;
        let clip_url = loop {
            if picture.is_none() && browser.json(&format!("/kids/story/image/{scene_id}")).await?["status"] == "complete" {
                picture = Some(started.elapsed());
            }
            let clip = browser.json(&format!("/kids/story/video/{scene_id}")).await?;
            match clip["status"].as_str() {
                Some("complete") => break clip["url"].as_str().unwrap_or_default().to_string(),
                Some("failed" | "none") => anyhow::bail!("clip for scene {scene_id}: {clip}"),
                _ => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        };
        let bytes = browser.client.get(format!("http://{addr}{clip_url}")).send().await?.bytes().await?;
        let playable = started.elapsed();
        anyhow::ensure!(bytes.as_ref() == CLIP_MP4, "the served clip is the fake's MP4");
        let polls = all_polls(&fake) - polls_before;
        figures.push(Clip { picture: picture.unwrap_or(playable), playable, polls });
    }
    let _ = stop.send(());
    server.await??;
    Ok(figures)
}

/// Polls the fake has answered, over every job.
fn all_polls(fake: &FakeXai) -> u32 {
    fake.video_jobs().iter().map(|job| fake.video_polls(job)).sum()
}

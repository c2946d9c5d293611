//! `scripts/bench.sh`: prints Storyloom's figures. Not a test: nothing here
//! asserts a time; it measures and prints.
//!
//! - plugin call overhead: fresh instance + `describe` (a no-op) on the bundled story plugin;
//! - offline picture: one 1024x1024 `picture-book` image, plugin call only;
//! - offline clip: one 8 s 512x512 `pan-and-zoom` clip of a `picture-book`
//!   picture, plugin call only (`submit_video` through the real `PluginHost`), and its size;
//! - start → scene page: `POST /kids/story/start` until the scene page's HTML has arrived;
//! - plugin load: cold (compile) and warm (compile cache) start-up of the bundled plugins;
//! - host overhead per provider image call: `gpt-image-1` through the real OpenAI
//!   plugin against the local fake, minus a plain HTTP round trip of the same
//!   request to the same fake (the fake's own time);
//! - scene → playable clip with the fake xAI server (`xai_clip.rs`);
//! - photo intake: one 12-megapixel phone JPEG checked, turned upright,
//!   stripped and re-encoded with its thumbnail (`photos::prepare_blocking`);
//! - pages under load with N seeded stories (`load.rs`, `BENCH_STORIES`).

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

mod browser;
mod load;
mod xai_clip;

use std::time::{Duration, Instant};

use storyloom::plugin_host::{PictureCall, VideoCall, VideoProgress};

// The wire-exact fake providers the provider tests use.
use storyloom_fakes as fakes;

fn stats(name: &str, mut samples: Vec<Duration>) {
    samples.sort();
    let pick = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    println!(
        "{name:<44} n={:<5} median {:>10.3?}  p90 {:>10.3?}  p99 {:>10.3?}  min {:>10.3?}",
        samples.len(),
        pick(0.5),
        pick(0.9),
        pick(0.99),
        samples[0]
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> anyhow::Result<()> {
    // `BENCH_ONLY=load scripts/bench.sh`: the pages under load alone (`calls`: see below).
    if std::env::var("BENCH_ONLY").as_deref() == Ok("load") {
        return load::measure().await;
    }
    let dir = tempfile::tempdir()?;
    let mut config = storyloom::Config::new(dir.path().to_path_buf())?;
    config.env = storyloom::plugin_host::Environment::default();

    // Plugin load, cold then warm.
    let started = Instant::now();
    drop(storyloom::load_plugins(&config, Vec::new()).await?);
    let cold = started.elapsed();
    let mut warm = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        drop(storyloom::load_plugins(&config, Vec::new()).await?);
        warm.push(started.elapsed());
    }
    println!("Storyloom figures (release build, {} cores)", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    stats("plugin load, cold (compile all 7 bundled)", vec![cold]);
    stats("plugin load, warm (compile cache)", warm);

    let host = storyloom::load_plugins(&config, Vec::new()).await?;
    for _ in 0..200 {
        host.describe_call("builtin-story").await?;
    }
    let mut overhead = Vec::new();
    for _ in 0..5000 {
        let started = Instant::now();
        host.describe_call("builtin-story").await?;
        overhead.push(started.elapsed());
    }
    stats("plugin call overhead (instantiate + no-op)", overhead);
    // `BENCH_ONLY=calls scripts/bench.sh`: plugin load and call overhead alone.
    if std::env::var("BENCH_ONLY").as_deref() == Ok("calls") {
        return Ok(());
    }

    let mut pictures = Vec::new();
    for i in 0..30 {
        let request = PictureCall {
            prompt: format!("a dragon and a bunny in a castle garden at sunset, picture {i}"),
            width: 1024,
            height: 1024,
            aspect_ratio: "1:1".into(),
            references: Vec::new(),
        };
        let started = Instant::now();
        let media = host.generate_image("picture-book", request).await?.media;
        pictures.push(started.elapsed());
        assert!(!media.bytes.is_empty());
    }
    stats("offline picture 1024x1024 (plugin call)", pictures);

    // Offline clip: 8 s of 512x512 at 24 fps from a scene picture, as a video job makes it.
    let scene = host
        .generate_image(
            "picture-book",
            PictureCall {
                prompt: "a lighthouse on a cliff at sunset".into(),
                width: 1024,
                height: 1024,
                aspect_ratio: "1:1".into(),
                references: Vec::new(),
            },
        )
        .await?
        .media;
    let mut clips = Vec::new();
    let mut sizes = Vec::new();
    for i in 0..5 {
        let call = VideoCall {
            prompt: format!("a lighthouse on a cliff at sunset, clip {i}"),
            image: Some(scene.clone()),
            duration_secs: 8,
            aspect_ratio: "1:1".into(),
        };
        let started = Instant::now();
        let answer = host.submit_video("pan-and-zoom", call).await?;
        clips.push(started.elapsed());
        let VideoProgress::Done(clip) = answer else { panic!("pan-and-zoom answered {answer:?}") };
        sizes.push(clip.bytes.len());
    }
    stats("offline clip 8 s 512x512 (plugin call)", clips);
    sizes.sort_unstable();
    println!("{:<44} median {:>10} bytes  min {} max {}", "offline clip size", sizes[sizes.len() / 2], sizes[0], sizes[sizes.len() - 1]);
    drop(host);

    // Provider image call against the fake OpenAI server, and the fake's own round trip.
    let fake = fakes::openai::FakeOpenAi::start().await;
    let mut provider_config = config.clone();
    provider_config.env.insert("OPENAI_API_KEY", fakes::openai::KEY);
    provider_config.env.insert("OPENAI_BASE_URL", fake.base_url());
    provider_config.allow_private = vec!["127.0.0.1".parse()?];
    let provider_host = storyloom::load_plugins(&provider_config, Vec::new()).await?;
    let request = |i: usize| PictureCall {
        prompt: format!("a lighthouse at dawn, picture {i}"),
        width: 1024,
        height: 1024,
        aspect_ratio: "1:1".into(),
        references: Vec::new(),
    };
    for i in 0..20 {
        provider_host.generate_image("gpt-image-1", request(i)).await?;
    }
    let mut through_plugin = Vec::new();
    for i in 0..300 {
        let started = Instant::now();
        provider_host.generate_image("gpt-image-1", request(i)).await?;
        through_plugin.push(started.elapsed());
    }
    let raw_client = reqwest::Client::new();
    let mut raw = Vec::new();
    for i in 0..300 {
        let body = serde_json::json!({"model": "gpt-image-1", "prompt": format!("a lighthouse at dawn, picture {i}"), "n": 1, "size": "1024x1024"});
        let started = Instant::now();
        let response =
            raw_client.post(format!("{}/images/generations", fake.base_url())).bearer_auth(fakes::openai::KEY).json(&body).send().await?;
        let bytes = response.bytes().await?;
        raw.push(started.elapsed());
        assert!(!bytes.is_empty());
    }
    let median = |v: &mut Vec<Duration>| {
        v.sort();
        v[v.len() / 2]
    };
    let (plugin_median, raw_median) = (median(&mut through_plugin.clone()), median(&mut raw.clone()));
    stats("gpt-image-1 via OpenAI plugin + fake", through_plugin);
    stats("same request, plain HTTP to the fake", raw);
    println!("{:<44} median {:>10.3?}", "host overhead per provider image call", plugin_median.saturating_sub(raw_median));
    drop(provider_host);

    // The real server: POST /story/start → 303 → scene page.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    config.job_concurrency = 2;
    let server = tokio::spawn(storyloom::serve(listener, config.clone(), async move {
        let _ = stopped.await;
    }));
    let browser = browser::Browser::open(addr).await?;
    let mut starts = Vec::new();
    for i in 0..50 {
        let prompt = format!("A curious otter number {i} builds a raft");
        let started = Instant::now();
        let response = browser.start_story(&[("prompt", prompt.as_str()), ("length", "short")]).await?;
        let html = response.text().await?;
        starts.push(started.elapsed());
        assert!(html.contains("scene-text"));
    }
    stats("POST /story/start -> scene page (HTML)", starts);
    let _ = stop.send(());
    server.await??;

    // A phone photo through the intake: 4000×3000 JPEG → 2048 px copy + thumbnail.
    let phone_photo = fakes::photos::encode(&fakes::photos::picture(4000, 3000), image::ImageFormat::Jpeg);
    let mut intake = Vec::new();
    for _ in 0..10 {
        let started = Instant::now();
        let prepared = storyloom::photos::prepare_blocking("phone.jpg", &phone_photo).map_err(|e| anyhow::anyhow!("{e}"))?;
        intake.push(started.elapsed());
        assert_eq!(prepared.width, 2048);
    }
    stats("photo intake 4000x3000 JPEG (upload check)", intake);

    // Scene → playable clip through the real server and the fake xAI.
    // A fresh data folder: no picture jobs left over from the starts above.
    let clip_dir = tempfile::tempdir()?;
    let mut clip_config = storyloom::Config::new(clip_dir.path().to_path_buf())?;
    clip_config.env = storyloom::plugin_host::Environment::default();
    let clips = xai_clip::measure(clip_config, 3).await?;
    let waits = |clip: &xai_clip::Clip| xai_clip::POLL_AFTER * clip.polls;
    stats("xAI: start -> scene picture (fake)", clips.iter().map(|c| c.picture).collect());
    stats("xAI: start -> playable clip (fake)", clips.iter().map(|c| c.playable).collect());
    println!("{:<44} {} polls, {:.0?} waiting as the plugin asks", "xAI: of which provider poll waits", clips[0].polls, waits(&clips[0]));
    stats("xAI: start -> clip, minus the poll waits", clips.iter().map(|c| c.playable.saturating_sub(waits(c))).collect());
    load::measure().await?;
    Ok(())
}

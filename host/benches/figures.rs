//! `scripts/bench.sh`: prints Storyloom's figures. Not a test: nothing here
//! asserts a time; it measures and prints.
//!
//! - plugin call overhead: fresh instance + `describe` (a no-op) on the bundled story plugin;
//! - offline picture: one 1024x1024 `picture-book` image, plugin call only;
//! - start → scene page: `POST /kids/story/start` until the scene page's HTML has arrived;
//! - plugin load: cold (compile) and warm (compile cache) start-up of the bundled plugins.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use std::time::{Duration, Instant};

use storyloom::plugin_host::ImageRequest;

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
    let dir = tempfile::tempdir()?;
    let mut config = storyloom::Config::new(dir.path().to_path_buf())?;
    config.env.retain(|k, _| !k.ends_with("_API_KEY"));

    // Plugin load, cold then warm.
    let started = Instant::now();
    drop(storyloom::load_plugins(&config).await?);
    let cold = started.elapsed();
    let mut warm = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        drop(storyloom::load_plugins(&config).await?);
        warm.push(started.elapsed());
    }
    println!("Storyloom figures (release build, {} cores)", std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1));
    stats("plugin load, cold (compile both bundled)", vec![cold]);
    stats("plugin load, warm (compile cache)", warm);

    let host = storyloom::load_plugins(&config).await?;
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

    let mut pictures = Vec::new();
    for i in 0..30 {
        let request = ImageRequest {
            model: String::new(),
            prompt: format!("a dragon and a bunny in a castle garden at sunset, picture {i}"),
            width: 1024,
            height: 1024,
            aspect_ratio: "1:1".into(),
            references: Vec::new(),
            settings: Vec::new(),
        };
        let started = Instant::now();
        let media = host.generate_image("picture-book", request).await?;
        pictures.push(started.elapsed());
        assert!(!media.bytes.is_empty());
    }
    stats("offline picture 1024x1024 (plugin call)", pictures);
    drop(host);

    // The real server: POST /story/start → 303 → scene page.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    config.job_concurrency = 2;
    let server = tokio::spawn(storyloom::serve(listener, config, async move {
        let _ = stopped.await;
    }));
    let client = reqwest::Client::new();
    for _ in 0..100 {
        if client.get(format!("http://{addr}/kids/")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let mut starts = Vec::new();
    for i in 0..50 {
        let prompt = format!("A curious otter number {i} builds a raft");
        let started = Instant::now();
        let response = client
            .post(format!("http://{addr}/kids/story/start"))
            .form(&[("prompt", prompt.as_str()), ("length", "short")])
            .send()
            .await?;
        let html = response.text().await?;
        starts.push(started.elapsed());
        assert!(html.contains("scene-text"));
    }
    stats("POST /story/start -> scene page (HTML)", starts);
    let _ = stop.send(());
    server.await??;
    Ok(())
}

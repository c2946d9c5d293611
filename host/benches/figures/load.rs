//! Pages under load at a family's scale and beyond (issue 19's figures): N
//! finished stories of six scenes seeded straight through the store
//! (`storyloom::seed`, with real small pictures and their thumbnails), then
//! the server's start-up to its first answer, and for each page 16
//! connections for a few seconds: requests/s, p50 and p99, and the bench
//! process's resident memory (server and load generator together).
//! `BENCH_STORIES` picks N (default 1000).

use std::time::{Duration, Instant};

use storyloom::blobs::Blobs;
use storyloom::store::Store;
use storyloom::tier::TierId;

/// Connections at once, as the goal says.
const CONNECTIONS: usize = 16;
/// How long each page is loaded.
const FOR: Duration = Duration::from_secs(3);

/// Resident memory of this process, in MiB (Linux).
fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 =
        status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap_or(0.0);
    kib / 1024.0
}

/// 16 connections asking for `path` for [`FOR`]: requests/s, p50, p99.
async fn load(base: &str, path: &str) -> anyhow::Result<(f64, Duration, Duration)> {
    let client = reqwest::Client::builder().pool_max_idle_per_host(CONNECTIONS).build()?;
    let url = format!("{base}{path}");
    let deadline = Instant::now() + FOR;
    let mut tasks = Vec::new();
    for _ in 0..CONNECTIONS {
        let (client, url) = (client.clone(), url.clone());
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            while Instant::now() < deadline {
                let started = Instant::now();
                let response = client.get(&url).send().await?;
                anyhow::ensure!(response.status().is_success(), "{url}: {}", response.status());
                response.bytes().await?;
                times.push(started.elapsed());
            }
            Ok::<_, anyhow::Error>(times)
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await??);
    }
    all.sort();
    let pick = |q: f64| all[((all.len() as f64 - 1.0) * q).round() as usize];
    Ok((all.len() as f64 / FOR.as_secs_f64(), pick(0.5), pick(0.99)))
}

/// The first `attr="…"` value on `html` that starts with `prefix`.
fn first_link(html: &str, attr: &str, prefix: &str) -> Option<String> {
    html.split(&format!("{attr}=\""))
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .map(|v| v.replace("&#x3D;", "="))
        .find(|v| v.starts_with(prefix))
}

pub async fn measure() -> anyhow::Result<()> {
    let n: usize = std::env::var("BENCH_STORIES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000);
    let dir = tempfile::tempdir()?;
    let seeded = Instant::now();
    {
        let store = Store::open(&dir.path().join("store.redb"))?;
        let blobs = Blobs::new(dir.path().to_path_buf());
        let png = storyloom::seed::small_png()?;
        let kids = TierId::parse("kids").ok_or_else(|| anyhow::anyhow!("kids"))?;
        for i in 0..n {
            storyloom::seed::finished_story(&store, &blobs, &kids, &format!("Seeded story {i}"), 6, &png).await?;
        }
    }
    println!("{:<44} {n} stories of 6 scenes in {:.1?}", "seeded through the store", seeded.elapsed());

    let mut config = storyloom::Config::new(dir.path().to_path_buf())?;
    config.env = storyloom::plugin_host::Environment::default();
    let client = reqwest::Client::new();
    // The first start compiles the plugins into the data folder's cache; the second is measured.
    let mut running = None;
    for warm in [true, false] {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let base = format!("http://{}", listener.local_addr()?);
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let started = Instant::now();
        let server = tokio::spawn(storyloom::serve(listener, config.clone(), async move {
            let _ = stopped.await;
        }));
        while !client.get(format!("{base}/kids/")).send().await.is_ok_and(|r| r.status().is_success()) {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        if warm {
            let _ = stop.send(());
            server.await??;
        } else {
            let label = format!("start-up to the first answer, N={n}");
            println!("{label:<44} {:.1?} (plugins from the compile cache)", started.elapsed());
            running = Some((base, stop, server));
        }
    }
    let (base, stop, server) = running.ok_or_else(|| anyhow::anyhow!("the server did not start"))?;
    println!("{:<44} {:.1} MiB", "RSS idle (bench process)", rss_mib());

    let gallery = client.get(format!("{base}/kids/gallery")).send().await?.text().await?;
    let older = first_link(&gallery, "href", "/kids/gallery?older_than=").ok_or_else(|| anyhow::anyhow!("no older page"))?;
    let story = first_link(&gallery, "href", "/kids/gallery/").ok_or_else(|| anyhow::anyhow!("no card"))?;
    let reader = client.get(format!("{base}{story}")).send().await?.text().await?;
    let cover = first_link(&gallery, "src", "/kids/media/").ok_or_else(|| anyhow::anyhow!("no cover"))?;
    let status = first_link(&reader, "data-status-url", "/kids/story/image/").ok_or_else(|| anyhow::anyhow!("no status url"))?;
    for (name, path) in [
        ("tier home", "/kids/".to_string()),
        ("gallery, newest page", "/kids/gallery".to_string()),
        ("gallery, an older page", older),
        ("reader page", story),
        ("picture status JSON", status),
        ("media file (a thumbnail)", cover),
    ] {
        let (rate, p50, p99) = load(&base, &path).await?;
        println!("{:<44} {rate:>8.0} req/s  p50 {p50:>9.3?}  p99 {p99:>9.3?}", format!("{name}, N={n}"));
    }
    println!("{:<44} {:.1} MiB", "RSS after load (bench process)", rss_mib());
    let _ = stop.send(());
    server.await??;
    Ok(())
}

//! Pages under load at a family's scale and beyond (issue 19's figures): N
//! finished stories of six scenes seeded straight through the store in
//! bulk (`storyloom::seed::finished_stories`, with real small pictures and
//! their thumbnails), then the release server (`storyloom serve`, its own
//! process) from its start to its first answer, for each page 16
//! connections for a few seconds (requests/s, p50 and p99), the server's
//! resident memory idle and after the load, and its start-up after it was
//! killed outright (when redb first repairs the store).
//! `BENCH_STORIES` picks N (default 1000); `BENCH_PAGE=gallery` loads only
//! the pages with that word in their name.

use std::time::{Duration, Instant};

use storyloom::blobs::Blobs;
use storyloom::store::Store;
use storyloom::tier::TierId;

/// Connections at once, as the goal says.
const CONNECTIONS: usize = 16;
/// How long each page is loaded.
const FOR: Duration = Duration::from_secs(3);

/// Resident memory of process `pid` ("68.1 MiB, 9 threads"), from Linux's `/proc/{pid}/status`.
fn memory(pid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| -> f64 {
        status.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap_or(0.0)
    };
    format!("{:.1} MiB, {} threads", field("VmRSS:") / 1024.0, field("Threads:"))
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

/// The release server on `dir`, its own process, answering on `base`; killed when dropped.
struct Server {
    child: std::process::Child,
    base: String,
}

impl Server {
    /// Stop it as an operator would (SIGTERM, through `kill`), so it closes
    /// the store cleanly, and wait for it to exit.
    fn stop(mut self) -> anyhow::Result<()> {
        std::process::Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status()?;
        self.child.wait()?;
        Ok(())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Start `storyloom serve` on `dir` and wait for its first answer; returns it and the time that took.
async fn start(dir: &std::path::Path, client: &reqwest::Client) -> anyhow::Result<(Server, Duration)> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_storyloom"))
        .env_clear()
        .env("RUST_LOG", "warn")
        .envs(std::env::vars().filter(|(name, _)| name.starts_with("MALLOC_") || name.starts_with("MIMALLOC_")))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--data"])
        .arg(dir)
        .arg("--plugins")
        .arg(dir.join("plugins"))
        .stdout(std::process::Stdio::null())
        .spawn()?;
    let server = Server { child, base };
    while !client.get(format!("{}/kids/", server.base)).send().await.is_ok_and(|r| r.status().is_success()) {
        anyhow::ensure!(started.elapsed() < Duration::from_secs(120), "the server did not answer within 2 minutes");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    Ok((server, started.elapsed()))
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
        storyloom::seed::finished_stories(&store, &blobs, &kids, "Seeded story", n, 6, &png).await?;
        store.close(Duration::from_secs(5)).await;
    }
    let size = std::fs::metadata(dir.path().join("store.redb"))?.len() as f64 / (1024.0 * 1024.0);
    println!("{:<44} {n} stories of 6 scenes in {:.1?}, store.redb {size:.0} MiB", "seeded through the store", seeded.elapsed());

    let client = reqwest::Client::new();
    // The first start compiles the plugins into the data folder's cache; the second is measured.
    start(dir.path(), &client).await?.0.stop()?;
    let (server, took) = start(dir.path(), &client).await?;
    let (base, pid) = (server.base.clone(), server.child.id());
    println!("{:<44} {took:.1?} (a new process, plugins from the compile cache)", format!("start-up to the first answer, N={n}"));
    tokio::time::sleep(Duration::from_secs(2)).await;
    println!("{:<44} {}", "server RSS idle (every plugin loaded)", memory(pid));

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
        // `BENCH_PAGE=gallery`: only the pages whose name has that word (for a profiler).
        if std::env::var("BENCH_PAGE").is_ok_and(|only| !name.contains(only.as_str())) {
            continue;
        }
        let (rate, p50, p99) = load(&base, &path).await?;
        println!("{:<44} {rate:>8.0} req/s  p50 {p50:>9.3?}  p99 {p99:>9.3?}", format!("{name}, N={n}"));
    }
    println!("{:<44} {}", "server RSS after the load", memory(pid));
    // A power cut: killed outright, the next start first checks the store (redb's repair).
    drop(server);
    let (server, took) = start(dir.path(), &client).await?;
    println!("{:<44} {took:.1?}", format!("start-up after a crash (store repaired), N={n}"));
    server.stop()?;
    Ok(())
}

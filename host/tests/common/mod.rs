//! Test support: the real server on `127.0.0.1:0` with a temporary data
//! directory and the real built plugins, plus small HTTP helpers.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// A running Storyloom server.
pub struct TestServer {
    pub addr: SocketAddr,
    pub data_dir: PathBuf,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<JoinHandle<anyhow::Result<()>>>,
}

impl TestServer {
    /// Start a server on `data_dir` with default settings.
    pub async fn start(data_dir: &Path) -> TestServer {
        Self::start_with(data_dir, |_| {}).await
    }

    /// Start a server after `tweak` adjusted its configuration.
    pub async fn start_with(data_dir: &Path, tweak: impl FnOnce(&mut storyloom::Config)) -> TestServer {
        init_logs();
        let mut config = storyloom::Config::new(data_dir.to_path_buf()).unwrap();
        // No real keys from the machine running the tests.
        config.env.retain(|key, _| !key.ends_with("_API_KEY"));
        // One compile cache for every test server (writes are atomic), so the
        // bundled plugins are compiled once per test run, not once per server.
        config.plugin_cache = Some(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache"));
        tweak(&mut config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = oneshot::channel::<()>();
        let handle = tokio::spawn(storyloom::serve(listener, config, async move {
            let _ = stopped.await;
        }));
        let mut server = TestServer { addr, data_dir: data_dir.to_path_buf(), stop: Some(stop), handle: Some(handle) };
        server.wait_ready().await;
        server
    }

    async fn wait_ready(&mut self) {
        // Generous: on a loaded 2-core CI machine the first start compiles every bundled plugin.
        for _ in 0..2400 {
            if self.handle.as_ref().is_some_and(|h| h.is_finished()) {
                let outcome = self.handle.take().unwrap().await;
                panic!("server stopped during start-up: {outcome:?}");
            }
            if reqwest::get(self.url("/static/style.css")).await.is_ok_and(|r| r.status().is_success()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("server did not come up");
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Stop the server and wait until its store is closed.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(handle) = self.handle.take() {
            handle.await.unwrap().unwrap();
        }
    }
}

/// Warnings and errors only (or `RUST_LOG`), through the test harness's capture.
pub fn init_logs() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_test_writer().try_init();
}

/// A client that does not follow redirects, so tests see every 303.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

/// `Location` of a redirect response.
pub fn location(response: &reqwest::Response) -> String {
    response.headers().get("location").expect("a redirect").to_str().unwrap().to_string()
}

/// The UUID at the end of a path like `/kids/story/scene/<id>`.
pub fn last_id(path: &str) -> String {
    path.rsplit('/').next().unwrap().to_string()
}

/// Every `action="…/story/choose/…"` on a scene page.
pub fn choice_actions(html: &str) -> Vec<String> {
    attr_values(html, "action=\"").into_iter().filter(|a| a.contains("/story/choose/")).collect()
}

/// Every value of `attr` (given as `name="`) in `html`, in order, with `&#x2F;`-style escapes undone.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    html.split(attr).skip(1).filter_map(|rest| rest.split('"').next()).map(unescape).collect()
}

pub fn unescape(s: &str) -> String {
    s.replace("&#x2F;", "/").replace("&#x3D;", "=").replace("&amp;", "&").replace("&quot;", "\"").replace("&#x27;", "'")
}

/// Start a story and return the first scene's path.
pub async fn start_story(server: &TestServer, tier: &str, prompt: &str, length: &str) -> String {
    let response = client()
        .post(server.url(&format!("/{tier}/story/start")))
        .form(&[("prompt", prompt), ("length", length), ("model", ""), ("image_model", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "start should redirect: {}", response.text().await.unwrap_or_default());
    location(&response)
}

/// Play from `scene_path`, always taking the first choice, until an ending. Returns every scene path.
pub async fn play_to_end(server: &TestServer, scene_path: &str) -> Vec<String> {
    let mut path = vec![scene_path.to_string()];
    for _ in 0..20 {
        let html = get_text(server, path.last().unwrap()).await;
        let actions = choice_actions(&html);
        if actions.is_empty() {
            assert!(html.contains("ending-banner"), "a scene without choices must be an ending");
            return path;
        }
        assert!((3..=4).contains(&actions.len()), "3-4 choices, got {}", actions.len());
        let response = client().post(server.url(&actions[0])).send().await.unwrap();
        assert_eq!(response.status(), 303);
        path.push(location(&response));
    }
    panic!("story never ended");
}

pub async fn get_text(server: &TestServer, path: &str) -> String {
    let response = reqwest::get(server.url(path)).await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

/// Poll a scene's image status until it is complete or failed; returns the JSON.
pub async fn wait_image(server: &TestServer, tier: &str, scene_id: &str) -> serde_json::Value {
    for _ in 0..2400 {
        let json: serde_json::Value =
            reqwest::get(server.url(&format!("/{tier}/story/image/{scene_id}"))).await.unwrap().json().await.unwrap();
        match json["status"].as_str() {
            Some("complete") | Some("failed") => return json,
            _ => tokio::time::sleep(Duration::from_millis(50)).await,
        }
    }
    panic!("image never finished");
}

/// Directory of the hostile test guest, built by `build.rs`.
pub fn hostile_guest() -> PathBuf {
    PathBuf::from(env!("STORYLOOM_TEST_GUESTS_DIR")).join("hostile_guest.wasm")
}

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
        // Nothing from the environment of the machine running the tests (no real keys).
        config.env = storyloom::plugin_host::Environment::default();
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

/// Start a kids story with the hostile guest whose first picture prompt is
/// `behaviour` (see the guest's `image:` premise); returns the scene's path.
pub async fn start_hostile_picture(server: &TestServer, behaviour: &str) -> String {
    let premise = format!("image:{behaviour}");
    let response = client()
        .post(server.url("/kids/story/start"))
        .form(&[("prompt", premise.as_str()), ("model", "hostile-story"), ("image_model", "hostile-image")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "{behaviour}");
    location(&response)
}

/// A 512×512 picture request with this prompt, for calling a `PluginHost` directly.
pub fn image_request(prompt: &str) -> storyloom::plugin_host::PictureCall {
    storyloom::plugin_host::PictureCall {
        prompt: prompt.into(),
        width: 512,
        height: 512,
        aspect_ratio: "1:1".into(),
        references: Vec::new(),
    }
}

/// Directory of the hostile test guest, built by `build.rs`.
pub fn hostile_guest() -> PathBuf {
    PathBuf::from(env!("STORYLOOM_TEST_GUESTS_DIR")).join("hostile_guest.wasm")
}

/// The hostile guest's patchable persona marker and size (see the guest's `persona` module).
const PERSONA_MARKER: &[u8] = b"STORYLOOM-HOSTILE-PERSONA:";
const PERSONA_SIZE: usize = 4096;

/// A copy of the hostile guest, written to `dir/file`, that describes itself
/// as `persona` (one item per line: `id x`, `model key|name|group|kind|credential`,
/// `credential NAME|header|prefix`, `setting NAME|default`, `host origin`,
/// `host-setting NAME`). Each persona is a different file with its own hash.
pub fn impostor(dir: &Path, file: &str, persona: &str) -> PathBuf {
    let mut wasm = std::fs::read(hostile_guest()).unwrap();
    let at: Vec<usize> = wasm.windows(PERSONA_MARKER.len()).enumerate().filter(|(_, w)| *w == PERSONA_MARKER).map(|(i, _)| i).collect();
    assert_eq!(at.len(), 1, "the persona marker appears once in the guest");
    let start = at[0] + PERSONA_MARKER.len();
    let room = PERSONA_SIZE - PERSONA_MARKER.len();
    assert!(persona.len() <= room, "persona too long");
    let mut patch = persona.as_bytes().to_vec();
    patch.resize(room, b' ');
    wasm[start..start + room].copy_from_slice(&patch);
    let path = dir.join(file);
    std::fs::write(&path, wasm).unwrap();
    path
}

/// The operator's approval of the plugin file at `path` (id `id`), granting `credentials`.
pub fn approval(path: &Path, id: &str, credentials: Vec<storyloom::plugin_host::CredentialGrant>) -> storyloom::plugin_host::Approval {
    storyloom::plugin_host::Approval {
        plugin_id: id.to_string(),
        sha256: storyloom::plugin_host::trust::file_hash(&std::fs::read(path).unwrap()),
        credentials,
        approved_at_ms: 0,
    }
}

/// Store the approval of the plugin file at `path` in `data_dir`'s store, as
/// `storyloom plugins approve` does (the server must not be running).
pub async fn pre_approve(data_dir: &Path, path: &Path, id: &str) {
    pre_approve_with(data_dir, path, id, Vec::new()).await;
}

/// [`pre_approve`], granting `credentials`.
pub async fn pre_approve_with(data_dir: &Path, path: &Path, id: &str, credentials: Vec<storyloom::plugin_host::CredentialGrant>) {
    std::fs::create_dir_all(data_dir).unwrap();
    let store = storyloom::store::Store::open(&data_dir.join("store.redb")).unwrap();
    store.approve_plugin(approval(path, id, credentials)).await.unwrap();
    store.close(Duration::from_secs(5)).await;
}

/// The worked-example plugin of `docs/plugins.md`, built by `build.rs`.
pub fn example_plugin() -> PathBuf {
    PathBuf::from(env!("STORYLOOM_TEST_GUESTS_DIR")).join("compatible_image.wasm")
}

//! Test support: the real server on `127.0.0.1:0` with a temporary data
//! directory and the real built plugins, plus small HTTP helpers.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly
#![allow(dead_code)]

pub mod chromium;
pub mod provider_host;

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

    /// A server whose plugins folder is `folder`, checked every 100 ms (the server's default is 2 s).
    pub async fn watching(data_dir: &Path, folder: &Path) -> TestServer {
        let folder = folder.to_path_buf();
        Self::start_with(data_dir, |config| {
            config.plugins_dir = Some(folder);
            config.plugin_watch_interval = Duration::from_millis(100);
        })
        .await
    }

    /// A server whose OpenAI models go to the fake provider at `base_url` with `key`.
    pub async fn with_openai(data_dir: &Path, base_url: &str, key: &str) -> TestServer {
        let (base_url, key) = (base_url.to_string(), key.to_string());
        Self::start_with(data_dir, |config| {
            config.env.insert("OPENAI_API_KEY", key);
            config.env.insert("OPENAI_BASE_URL", base_url);
            config.allow_private.push("127.0.0.1".parse().unwrap());
        })
        .await
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
    s.replace("&#x2F;", "/").replace("&#x3D;", "=").replace("&#34;", "\"").replace("&#39;", "'").replace("&#38;", "&")
}

/// Submit a form as a browser would: GET `page` (which gets the browser's
/// CSRF cookie), find the form posting to `action` on it, and POST its hidden
/// fields (the per-form token among them, a field of `fields` replacing a
/// hidden one of the same name) plus `fields`, from this server's own origin.
/// Panics when the page has no such form.
pub async fn submit(server: &TestServer, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    submit_to(&server.url(""), page, action, fields).await
}

/// [`submit`] to the server at `base` (`http://host:port`), for use inside spawned tasks.
pub async fn submit_to(base: &str, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    submit_as(base, None, page, action, fields).await
}

/// [`submit_to`] from a browser that already holds `cookies` (a `Cookie` header's value), sent with both requests.
pub async fn submit_as(base: &str, cookies: Option<&str>, page: &str, action: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let mut get = client().get(format!("{base}{page}"));
    if let Some(cookies) = cookies {
        get = get.header("cookie", cookies);
    }
    let response = get.send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {page}");
    let cookie = merge_cookies(cookies, form_cookie(&response).as_deref());
    let html = response.text().await.unwrap();
    let form = form_with_action(&html, action).unwrap_or_else(|| panic!("no form posting to {action} on {page}"));
    let mut body: Vec<(String, String)> =
        hidden_fields(&form).into_iter().filter(|(name, _)| !fields.iter().any(|(field, _)| field == name)).collect();
    body.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let mut request = client().post(format!("{base}{action}")).header("origin", base).form(&body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

/// A file for [`submit_upload`]: form field, file name, bytes.
pub type UploadFile<'a> = (&'a str, &'a str, &'a [u8]);

/// Fill in and send the form with files posting to `action` on `page`, as a
/// browser does: `multipart/form-data`, its hidden fields first (the token
/// leads), then `fields`, then `files`.
pub async fn submit_upload(
    server: &TestServer,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
    files: &[UploadFile<'_>],
) -> reqwest::Response {
    let response = client().get(server.url(page)).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {page}");
    let cookie = form_cookie(&response);
    let html = response.text().await.unwrap();
    let form = form_with_action(&html, action).unwrap_or_else(|| panic!("no form posting to {action} on {page}"));
    assert!(form.contains("enctype=\"multipart/form-data\""), "the form on {page} sends files");
    let boundary = "----storyloomtestboundary7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    let mut part = |headers: String, value: &[u8]| {
        body.extend_from_slice(format!("--{boundary}\r\n{headers}\r\n\r\n").as_bytes());
        body.extend_from_slice(value);
        body.extend_from_slice(b"\r\n");
    };
    for (name, value) in hidden_fields(&form).into_iter().filter(|(name, _)| !fields.iter().any(|(field, _)| field == name)) {
        part(format!("Content-Disposition: form-data; name=\"{name}\""), value.as_bytes());
    }
    for (name, value) in fields {
        part(format!("Content-Disposition: form-data; name=\"{name}\""), value.as_bytes());
    }
    for (field, file_name, bytes) in files {
        part(
            format!("Content-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream"),
            bytes,
        );
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let mut request = client()
        .post(server.url(action))
        .header("origin", server.url(""))
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(body);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

/// POST `fields` to `path` as a page of this server would, with a valid token
/// made for exactly `path` even where no page offers that form: for tests of
/// what a route does with ids from elsewhere (another tier's, unknown ones).
pub async fn post_with_token(server: &TestServer, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    post_with_token_as(server, None, path, fields).await
}

/// [`post_with_token`] from a browser holding `cookies` (a `Cookie` header's
/// value, e.g. a parent session): its own CSRF key when it holds one, else a
/// new one from the landing page.
pub async fn post_with_token_as(server: &TestServer, cookies: Option<&str>, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let csrf_of = |cookies: &str| cookies.split(';').find_map(|pair| pair.trim().strip_prefix("storyloom_csrf=")).map(String::from);
    let cookie = match cookies.filter(|held| csrf_of(held).is_some()) {
        Some(held) => held.to_string(),
        None => {
            let landing = client().get(server.url("/")).send().await.unwrap();
            let fresh = form_cookie(&landing).expect("a new browser gets the CSRF cookie");
            merge_cookies(Some(&fresh), cookies).unwrap()
        }
    };
    let value = csrf_of(&cookie).expect("the CSRF cookie");
    let key = storyloom::routes::csrf::CsrfKey::from_cookie_value(&value).expect("a well-formed CSRF cookie");
    let mut body = vec![("csrf_token".to_string(), key.token(path))];
    body.extend(fields.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    client().post(server.url(path)).header("origin", server.url("")).header("cookie", cookie).form(&body).send().await.unwrap()
}

/// Every file under `dir`, in any depth; a missing folder has none.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The `name=value` part of every `Set-Cookie` on a response, joined as a `Cookie` header.
pub fn form_cookie(response: &reqwest::Response) -> Option<String> {
    let cookies: Vec<&str> =
        response.headers().get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).filter_map(|v| v.split(';').next()).collect();
    (!cookies.is_empty()).then(|| cookies.join("; "))
}

/// `held` cookies (a `Cookie` header's value) updated with `new` ones, as a browser's jar does: a new value replaces the old.
pub fn merge_cookies(held: Option<&str>, new: Option<&str>) -> Option<String> {
    let mut jar: Vec<(String, String)> = Vec::new();
    for pair in [held, new].into_iter().flatten().flat_map(|cookies| cookies.split(';')) {
        let Some((name, value)) = pair.trim().split_once('=') else { continue };
        jar.retain(|(held, _)| held != name);
        if !value.is_empty() {
            jar.push((name.to_string(), value.to_string()));
        }
    }
    (!jar.is_empty()).then(|| jar.iter().map(|(name, value)| format!("{name}={value}")).collect::<Vec<_>>().join("; "))
}

/// The HTML of the first `<form …>…</form>` whose `action` is `action`.
pub fn form_with_action(html: &str, action: &str) -> Option<String> {
    html.split("<form").skip(1).map(|rest| rest.split("</form>").next().unwrap_or(rest)).find_map(|form| {
        let this_action = attr_values(form, "action=\"").into_iter().next()?;
        // A browser never sends the `#…` part of an action.
        (this_action.split('#').next() == Some(action)).then(|| form.to_string())
    })
}

/// `(name, value)` of every `<input type="hidden">` in `form_html`.
pub fn hidden_fields(form_html: &str) -> Vec<(String, String)> {
    form_html
        .split("<input")
        .skip(1)
        .map(|rest| rest.split('>').next().unwrap_or(rest))
        .filter(|input| input.contains("type=\"hidden\""))
        .filter_map(|input| {
            let name = attr_values(input, "name=\"").into_iter().next()?;
            let value = attr_values(input, "value=\"").into_iter().next().unwrap_or_default();
            Some((name, value))
        })
        .collect()
}

/// Start a story from the tier's home page and return the first scene's path.
pub async fn start_story(server: &TestServer, tier: &str, prompt: &str, length: &str) -> String {
    let response = submit(
        server,
        &format!("/{tier}/"),
        &format!("/{tier}/story/start"),
        &[("prompt", prompt), ("length", length), ("model", ""), ("image_model", "")],
    )
    .await;
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
        let response = submit(server, path.last().unwrap(), &actions[0], &[]).await;
        assert_eq!(response.status(), 303);
        path.push(location(&response));
    }
    panic!("story never ended");
}

/// GET `path` from a browser holding `cookies` (a `Cookie` header's value); asserts 200.
pub async fn get_text_as(server: &TestServer, cookies: &str, path: &str) -> String {
    let response = client().get(server.url(path)).header("cookie", cookies).send().await.unwrap();
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

/// The PIN the test helpers set for the parent area.
pub const TEST_PIN: &str = "4821";

/// A browser signed in to the parent area with [`TEST_PIN`] (setting it first
/// when no PIN is set): its `Cookie` header, CSRF and parent cookies.
pub async fn parent_session(server: &TestServer) -> String {
    let page = client().get(server.url("/parent/")).send().await.unwrap();
    let csrf = form_cookie(&page).unwrap();
    let html = page.text().await.unwrap();
    let action = if html.contains("action=\"/parent/first-pin\"") { "/parent/first-pin" } else { "/parent/sign-in" };
    let response = submit_as(&server.url(""), Some(&csrf), "/parent/", action, &[("pin", TEST_PIN), ("pin_again", TEST_PIN)]).await;
    assert_eq!(response.status(), 303, "signing in to the parent area");
    let cookies = merge_cookies(Some(&csrf), form_cookie(&response).as_deref()).unwrap();
    assert!(cookies.contains("storyloom_parent="), "{cookies}");
    cookies
}

/// Save `tier`'s settings as the parent holding `cookies`, as a browser does
/// after changing the switches to `fields` (an unticked box is absent): the
/// model boxes and daily limits the page shows are sent too, unless `fields`
/// names that field itself.
pub async fn save_tier_settings(server: &TestServer, cookies: &str, tier: &str, fields: &[(&str, &str)]) -> reqwest::Response {
    let page = format!("/parent/tiers/{tier}");
    let html = get_text_as(server, cookies, &page).await;
    let form = form_with_action(&html, &page).unwrap();
    let mut kept: Vec<(String, String)> = Vec::new();
    for input in form.split("<input").skip(1).map(|rest| rest.split('>').next().unwrap_or(rest)) {
        let Some(name) = attr_values(input, "name=\"").into_iter().next() else { continue };
        let value = attr_values(input, "value=\"").into_iter().next().unwrap_or_default();
        let shown = name.starts_with("budget_") || input.contains(" checked");
        let model_box = name.ends_with("_offered") || name.ends_with("_default") || name.starts_with("budget_");
        if model_box && shown && !fields.iter().any(|(field, _)| *field == name) {
            kept.push((name, value));
        }
    }
    let mut all: Vec<(&str, &str)> = kept.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    all.extend_from_slice(fields);
    submit_as(&server.url(""), Some(cookies), &page, &page, &all).await
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
    let response = submit(
        server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", premise.as_str()), ("model", "hostile-story"), ("image_model", "hostile-image")],
    )
    .await;
    assert_eq!(response.status(), 303, "{behaviour}");
    location(&response)
}

/// A server whose plugins include the hostile test guest (approved), for
/// `start_hostile_picture` and `start_echo_story`.
pub async fn hostile_server(dir: &Path) -> TestServer {
    pre_approve(dir, &hostile_guest(), "hostile").await;
    TestServer::start_with(dir, |config| config.extra_plugins.push(hostile_guest())).await
}

/// Start a kids story of `length` whose every scene is `answer` exactly as
/// written (the hostile guest's `echo:` premise; its pictures come from the
/// guest too); returns the first scene's path.
pub async fn start_echo_story(server: &TestServer, answer: &serde_json::Value, length: &str) -> String {
    let premise = format!("echo:{answer}");
    let response = submit(
        server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", premise.as_str()), ("length", length), ("model", "hostile-story"), ("image_model", "hostile-image")],
    )
    .await;
    assert_eq!(response.status(), 303, "echo story: {}", response.text().await.unwrap_or_default());
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

/// The small test guest built for contract 0.2 (plugin `elder`), built by `build.rs`.
pub fn contract_0_2_guest() -> PathBuf {
    PathBuf::from(env!("STORYLOOM_TEST_GUESTS_DIR")).join("contract_0_2_guest.wasm")
}

/// The contract-0.3 test guest (plugin `describer`) whose pictures come with
/// descriptions and whose scenes show their seed, built by `build.rs`.
pub fn describing_guest() -> PathBuf {
    PathBuf::from(env!("STORYLOOM_TEST_GUESTS_DIR")).join("describing_guest.wasm")
}

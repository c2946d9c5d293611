//! Pictures that recover, and failures a parent can read (issue 13,
//! "Pictures"): a refused scene goes to the next picture model, each asked
//! once, and the scene says who painted it; a provider's `Retry-After` longer
//! than the server's wait cap is waited in full by a picture job (across a
//! restart too) and ends a story call at once with "busy — try again in N
//! seconds"; every failure reads as a short sentence by kind, with the
//! provider's words behind a details toggle.
//!
//! The calls are scripted by a small server in this file (the "director"):
//! the hostile guest, dressed as the plugin `director` with one story and
//! three picture models, asks it what to answer for each call (`ask <url>`,
//! see the guest's `answers` module), and the director records every call and
//! when it came. Timings are only checked as "not before" facts.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use storyloom::store::{JobState, Store};

/// The server's own wait caps in these tests: far shorter than the providers' waits.
const CAP: Duration = Duration::from_millis(200);

/// One call the guest made to the director.
#[derive(Debug, Clone)]
struct Call {
    case: String,
    kind: String,
    model: String,
    at: Instant,
}

/// A test server that tells the guest what to answer, call by call, and records the calls.
#[derive(Clone)]
struct Director {
    origin: String,
    calls: Arc<Mutex<Vec<Call>>>,
    /// (case, model) → answers in order; the last one repeats. Unscripted: `png` / `scene`.
    script: Arc<Mutex<Script>>,
}

/// (case, model) → the answers it gives, in order.
type Script = HashMap<(String, String), Vec<String>>;

/// (case, the story's picture model, models that refuse, who paints, who declined first)
type FallbackCase<'a> = (&'a str, &'a str, &'a [&'a str], &'a str, &'a [&'a str]);

impl Director {
    async fn start() -> Director {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let director =
            Director { origin: format!("http://{}", listener.local_addr().unwrap()), calls: Arc::default(), script: Arc::default() };
        let serving = director.clone();
        tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let director = serving.clone();
                tokio::spawn(async move { director.answer(socket).await });
            }
        });
        director
    }

    async fn answer(&self, mut socket: tokio::net::TcpStream) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let mut head = Vec::new();
        let mut buf = [0u8; 1024];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match socket.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
        }
        let head = String::from_utf8_lossy(&head);
        let target = head.split_whitespace().nth(1).unwrap_or("/").to_string();
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let param = |name: &str| query.split('&').find_map(|pair| pair.strip_prefix(&format!("{name}="))).unwrap_or("").to_string();
        let call = Call { case: path.trim_start_matches('/').to_string(), kind: param("kind"), model: param("model"), at: Instant::now() };
        let body = {
            let mut calls = self.calls.lock().unwrap();
            let n = calls.iter().filter(|c| c.case == call.case && c.model == call.model).count();
            calls.push(call.clone());
            let script = self.script.lock().unwrap();
            match script.get(&(call.case.clone(), call.model.clone())) {
                Some(answers) => answers[n.min(answers.len() - 1)].clone(),
                None if call.kind == "story" => "scene".to_string(),
                None => "png".to_string(),
            }
        };
        let response =
            format!("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
        let _ = socket.write_all(response.as_bytes()).await;
    }

    /// Script the answers of `model` in `case`.
    fn script(&self, case: &str, model: &str, answers: &[&str]) {
        self.script.lock().unwrap().insert((case.to_string(), model.to_string()), answers.iter().map(|a| a.to_string()).collect());
    }

    /// When `model` was called in `case`, in order.
    fn calls(&self, case: &str, model: &str) -> Vec<Instant> {
        self.calls.lock().unwrap().iter().filter(|c| c.case == case && c.model == model).map(|c| c.at).collect()
    }

    fn url(&self, case: &str) -> String {
        format!("{}/{case}", self.origin)
    }
}

/// The models the director plugin offers, as the family sees them (a dropped-in plugin's names carry its id).
const PICKY_A: &str = "Picky A (plugin director)";
const PICKY_B: &str = "Picky B (plugin director-b)";
const STEADY: &str = "Steady (plugin director-c)";
const PICTURE_MODELS: [&str; 4] = ["picky-a", "picky-a2", "picky-b", "steady"];
/// One model of each director plugin: the fallback chain from `picky-a` without the bundled plugins.
const CHAIN_MODELS: [&str; 3] = ["picky-a", "picky-b", "steady"];

/// The hostile guest as three plugins (three providers), each allowed to reach
/// the director and approved in `data_dir`: `director` (the story model,
/// `picky-a` and `picky-a2`), `director-b` (`picky-b`) and `director-c` (`steady`).
async fn director_plugin(data_dir: &Path, plugin_dir: &Path, director: &Director) -> Vec<PathBuf> {
    let host = format!("host {}\n", director.origin);
    let personas = [
        (
            "director",
            "model dir-story|Director Story|Directors|story|\nmodel picky-a|Picky A|Directors|image|\nmodel picky-a2|Picky A2|Directors|image|\n",
        ),
        ("director-b", "model picky-b|Picky B|Directors B|image|\n"),
        ("director-c", "model steady|Steady|Directors C|image|\n"),
    ];
    let mut plugins = Vec::new();
    for (id, models) in personas {
        let plugin = impostor(plugin_dir, &format!("{id}.wasm"), &format!("id {id}\n{models}{host}"));
        pre_approve(data_dir, &plugin, id).await;
        plugins.push(plugin);
    }
    plugins
}

/// A server with the director plugins and short wait caps; `bundled` false leaves out the bundled plugins
/// (so no offline painter ends the fallback chain).
async fn server(data_dir: &Path, plugins: &[PathBuf], bundled: bool) -> TestServer {
    let plugins = plugins.to_vec();
    TestServer::start_with(data_dir, move |config| {
        config.extra_plugins.extend(plugins);
        config.allow_private.push("127.0.0.1".parse().unwrap());
        config.picture_wait_cap = CAP;
        config.story_wait_cap = CAP;
        config.bundled_plugins = bundled;
    })
    .await
}

/// A story premise whose every scene asks the director's `case` for its picture.
fn picture_premise(director: &Director, case: &str) -> String {
    format!(
        r#"echo:{{"title":"The fox who paints","text":"A fox paints the moon.","image_prompt":"ask {}","choices":["Left","Right","Home"],"is_ending":false}}"#,
        director.url(case)
    )
}

/// Start a story with these models from the kids home page; returns the response.
async fn start(server: &TestServer, premise: &str, image_model: &str) -> reqwest::Response {
    submit(
        server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", premise), ("length", "short"), ("model", "dir-story"), ("image_model", image_model)],
    )
    .await
}

/// Start a story whose first picture asks `case`; returns the scene's path.
async fn start_picture(server: &TestServer, director: &Director, case: &str, image_model: &str) -> String {
    let response = start(server, &picture_premise(director, case), image_model).await;
    assert_eq!(response.status(), 303, "{case}: {}", response.text().await.unwrap_or_default());
    location(&response)
}

async fn status(server: &TestServer, scene: &str) -> serde_json::Value {
    reqwest::get(server.url(&format!("/kids/story/image/{}", last_id(scene)))).await.unwrap().json().await.unwrap()
}

/// What a sentence for parents may never hold.
fn assert_plain_sentence(sentence: &str, context: &str) {
    assert!(sentence.ends_with('.'), "{context}: {sentence:?}");
    for bad in ["..", ".)", ").", "req_", "http", "NO_IMAGE", "sk-", "{", "(request id"] {
        assert!(!sentence.contains(bad), "{context}: no {bad:?} in {sentence:?}");
    }
}

const REFUSED: &str = "The picture service refused this scene; try changing its description.";
const BUSY: &str = "The picture service is busy, we'll try again.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_scene_is_painted_by_the_next_model_each_asked_once() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let director = Director::start().await;
    let plugins = director_plugin(dir.path(), folder.path(), &director).await;
    let server = server(dir.path(), &plugins, true).await;

    let refusal = "refuse Your request was rejected by the safety system (request id: req_7Hq2). See https://help.example.invalid/policy.";
    // (case, the story's picture model, models that refuse, who paints, who declined first).
    // `picky-a2` shares `picky-a`'s provider (plugin): after `picky-a` refuses it is never asked.
    let cases: [FallbackCase; 6] = [
        ("one-refuses", "picky-a", &["picky-a"], PICKY_B, &[PICKY_A]),
        ("two-refuse", "picky-a", &["picky-a", "picky-b"], STEADY, &[PICKY_A, PICKY_B]),
        ("host-order-after-the-story-model", "picky-b", &["picky-b"], PICKY_A, &[PICKY_B]),
        ("same-provider-not-asked-again", "picky-a2", &["picky-a2"], PICKY_B, &["Picky A2 (plugin director)"]),
        ("offline-painter-last", "picky-a", &["picky-a", "picky-b", "steady"], "Picture Book", &[PICKY_A, PICKY_B, STEADY]),
        ("nobody-refuses", "steady", &[], STEADY, &[]),
    ];
    for (case, first, refusing, painter, declined) in cases {
        for model in refusing {
            director.script(case, model, &[refusal]);
        }
        let scene = start_picture(&server, &director, case, first).await;
        let json = wait_image(&server, "kids", &last_id(&scene)).await;
        assert_eq!(json["status"], "complete", "{case}: {json}");
        assert!(json["painted_by"].as_str().unwrap().starts_with(painter), "{case}: {json}");

        // Each refusing model was asked exactly once; the painter once; nobody after it.
        let painter_key = PICTURE_MODELS.iter().find(|k| painter.to_lowercase().starts_with(&k.replace('-', " ")));
        for model in PICTURE_MODELS {
            let expected = usize::from(refusing.contains(&model) || painter_key == Some(&model));
            assert_eq!(director.calls(case, model).len(), expected, "{case}: calls to {model}");
        }

        // The scene page, the status JSON (and the polling script) say who painted it and why.
        let page = unescape(&get_text(&server, &scene).await);
        match declined {
            [] => {
                assert_eq!(json["painted_note"], serde_json::Value::Null, "{case}: {json}");
                assert!(!page.contains("painted-note"), "{case}");
            }
            _ => {
                let note = json["painted_note"].as_str().unwrap();
                assert!(note.starts_with(&format!("Painted by {painter}")), "{case}: {note}");
                for name in declined {
                    assert!(note.contains(name), "{case}: {note} names {name}");
                }
                assert!(note.ends_with("declined this scene") || note.ends_with("declined this scene)"), "{case}: {note}");
                assert!(!note.contains("))") && !note.contains("req_"), "{case}: {note}");
                assert!(page.contains(note), "{case}: the scene page shows {note:?}");
            }
        }
    }

    // The reader says it too: a whole story whose every picture the first model refuses.
    director.script("reader", "picky-a", &[refusal]);
    let first = start_picture(&server, &director, "reader", "picky-a").await;
    let path = play_to_end(&server, &first).await;
    for scene in &path {
        assert_eq!(wait_image(&server, "kids", &last_id(scene)).await["status"], "complete");
    }
    let story_page = unescape(&get_text(&server, &path[0]).await);
    let reader = attr_values(&get_text(&server, path.last().unwrap()).await, "href=\"")
        .into_iter()
        .find(|href| href.contains("/gallery/"))
        .expect("the ending links to the reader");
    let reader_page = unescape(&get_text(&server, &reader).await);
    let note = format!("Painted by {PICKY_B} — {PICKY_A} declined this scene");
    assert!(story_page.contains(&note), "scene page: {note}");
    assert!(reader_page.contains(&note), "reader: {note}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_read_as_a_short_sentence_with_the_providers_words_behind_details() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let director = Director::start().await;
    let plugins = director_plugin(dir.path(), folder.path(), &director).await;
    // No bundled plugins: the fallback chain is one model of each director plugin only.
    let server = server(dir.path(), &plugins, false).await;

    let refusals = [
        "refuse Your request was rejected as a result of our safety system (request id: req_a1b2c3). See https://help.example.invalid/usage.",
        "refuse Content moderated (x-request-id 3f2b8c1e-9a4d-4e7f-b6a1-0c9d8e7f6a5b).",
        "refuse Safety block: SAFETY (finishReason).)",
    ];
    struct Case<'a> {
        name: &'a str,
        /// Answers of the story's picture model (`picky-a`), in order.
        first: &'a [&'a str],
        /// Whether the other two models refuse too (else they would paint).
        others_refuse: bool,
        status: &'a str,
        sentence: Option<&'a str>,
        /// Words the details must keep.
        detail: &'a [&'a str],
        /// Calls to picky-a, picky-b, steady.
        calls: [usize; 3],
    }
    let cases = [
        Case {
            name: "every-model-refuses",
            first: &[refusals[0]],
            others_refuse: true,
            status: "failed",
            sentence: Some(REFUSED),
            detail: &["req_a1b2c3", "help.example.invalid", "3f2b8c1e-9a4d-4e7f-b6a1-0c9d8e7f6a5b", "(finishReason)"],
            calls: [1, 1, 1],
        },
        Case {
            name: "wrong-key",
            first: &[
                "unauthorized Incorrect API key provided: sk-****abcd. You can find your API key at https://platform.example.invalid/keys.",
            ],
            others_refuse: false,
            status: "failed",
            sentence: Some("The picture service's key is missing or wrong."),
            detail: &["sk-****abcd", "platform.example.invalid"],
            calls: [1, 0, 0],
        },
        Case {
            name: "no-picture-every-time",
            first: &["no-picture NO_IMAGE"],
            others_refuse: false,
            status: "failed",
            sentence: Some("The picture service did not send a picture this time; try the picture again."),
            detail: &["NO_IMAGE"],
            calls: [storyloom::store::MAX_ATTEMPTS as usize, 0, 0],
        },
        Case {
            name: "text-only-then-a-picture",
            first: &["no-picture I can only describe this scene in words (a text-only reply).", "png"],
            others_refuse: false,
            status: "complete",
            sentence: None,
            detail: &[],
            calls: [2, 0, 0],
        },
        Case {
            name: "empty-list-then-a-picture",
            first: &["no-picture {\"created\": 1700000000, \"data\": []}", "no-picture NO_IMAGE", "png"],
            others_refuse: false,
            status: "complete",
            sentence: None,
            detail: &[],
            calls: [3, 0, 0],
        },
    ];
    for case in cases {
        director.script(case.name, "picky-a", case.first);
        if case.others_refuse {
            director.script(case.name, "picky-b", &[refusals[1]]);
            director.script(case.name, "steady", &[refusals[2]]);
        }
        let scene = start_picture(&server, &director, case.name, "picky-a").await;
        let json = wait_image(&server, "kids", &last_id(&scene)).await;
        assert_eq!(json["status"], case.status, "{}: {json}", case.name);
        let calls: Vec<usize> = CHAIN_MODELS.iter().map(|m| director.calls(case.name, m).len()).collect();
        assert_eq!(calls, case.calls, "{}: calls to {CHAIN_MODELS:?}", case.name);
        assert!(director.calls(case.name, "picky-a2").is_empty(), "{}: the refusing provider's other model is not asked", case.name);
        let Some(sentence) = case.sentence else {
            assert_eq!(json["error"], serde_json::Value::Null, "{}: {json}", case.name);
            assert!(json["painted_by"].as_str().unwrap().starts_with(PICKY_A), "{}: retried, not handed on: {json}", case.name);
            continue;
        };
        let error = json["error"].as_str().unwrap();
        assert_eq!(error, sentence, "{}", case.name);
        assert_plain_sentence(error, case.name);
        let detail = json["detail"].as_str().unwrap();
        for kept in case.detail {
            assert!(detail.contains(kept), "{}: the details keep {kept:?}: {detail}", case.name);
        }
        // The scene page: the sentence as the caption, the provider's words behind a details toggle.
        let page = unescape(&get_text(&server, &scene).await);
        let caption = page.split("<figcaption class=\"image-error\"").nth(1).unwrap().split("</figcaption>").next().unwrap();
        let (main, toggle) = caption.split_once("<details").unwrap();
        assert!(main.contains(sentence) && !main.contains("req_") && !main.contains("http"), "{}: {main}", case.name);
        for kept in case.detail {
            assert!(toggle.contains(kept), "{}: the toggle keeps {kept:?}: {toggle}", case.name);
        }
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_retry_after_is_waited_in_full_while_the_scene_says_busy() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let director = Director::start().await;
    let plugins = director_plugin(dir.path(), folder.path(), &director).await;
    let server = server(dir.path(), &plugins, true).await;

    // (case, the provider's wait): both far longer than the 200 ms cap.
    let cases = [("busy-1s", Duration::from_millis(1000)), ("busy-1.5s", Duration::from_millis(1500))];
    for (case, wait) in cases {
        let busy =
            format!("busy {} Rate limit reached for images (req_busy42). Please try again in {}s.", wait.as_millis(), wait.as_secs_f32());
        director.script(case, "picky-a", &[&busy, "png"]);
        let scene = start_picture(&server, &director, case, "picky-a").await;
        let mut saw_busy = false;
        let json = loop {
            let json = status(&server, &scene).await;
            match json["status"].as_str().unwrap() {
                "complete" | "failed" => break json,
                "pending" if json["notice"] == BUSY => {
                    assert_eq!(json["error"], serde_json::Value::Null, "{case}: waiting is not a failure: {json}");
                    saw_busy = true;
                    let page = unescape(&get_text(&server, &scene).await);
                    if page.contains("data-status=\"pending\"") {
                        assert!(page.contains("image-notice") && page.contains(BUSY), "{case}: the page says busy");
                        assert!(!page.contains("image-error"), "{case}: the page does not say failed");
                    }
                }
                _ => {}
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert_eq!(json["status"], "complete", "{case}: not given up after the cap: {json}");
        assert!(saw_busy, "{case}: the scene said the service is busy while it waited");
        let calls = director.calls(case, "picky-a");
        assert_eq!(calls.len(), 2, "{case}: one refused try, one after the wait");
        assert!(calls[1] - calls[0] >= wait, "{case}: retried after {:?}, the provider asked for {wait:?}", calls[1] - calls[0]);
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_keeps_honouring_the_retry_time() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let director = Director::start().await;
    let plugins = director_plugin(dir.path(), folder.path(), &director).await;
    let wait = Duration::from_secs(4);
    director.script("restart", "picky-a", &[&format!("busy {} Too many requests (req_r1).", wait.as_millis()), "png"]);

    let first = server(dir.path(), &plugins, true).await;
    let scene = start_picture(&first, &director, "restart", "picky-a").await;
    for _ in 0..600 {
        if status(&first, &scene).await["notice"] == BUSY {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    first.stop().await;

    // The stored job carries its retry time and one attempt.
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let pending = store.recover_jobs().await.unwrap().pending;
    assert_eq!(pending.len(), 1);
    let job = store.job(pending[0]).await.unwrap().unwrap();
    assert_eq!((job.state, job.attempts), (JobState::Pending, 1), "{job:?}");
    assert!(job.not_before.unwrap() > storyloom::store::now(), "the retry time is still ahead: {job:?}");
    store.close(Duration::from_secs(5)).await;

    let second = server(dir.path(), &plugins, true).await;
    let json = wait_image(&second, "kids", &last_id(&scene)).await;
    assert_eq!(json["status"], "complete", "{json}");
    let calls = director.calls("restart", "picky-a");
    assert_eq!(calls.len(), 2, "no early try after the restart");
    assert!(calls[1] - calls[0] >= wait, "retried after {:?}, the provider asked for {wait:?}", calls[1] - calls[0]);
    second.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_story_call_with_a_long_retry_after_fails_at_once_with_busy() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let director = Director::start().await;
    let plugins = director_plugin(dir.path(), folder.path(), &director).await;
    let server = server(dir.path(), &plugins, true).await;

    // Starting a story: (case, the provider's wait in ms, the sentence on the form)
    let cases = [
        ("start-5s", 5000, "The story service is busy — try again in 5 seconds."),
        ("start-1.2s", 1200, "The story service is busy — try again in 2 seconds."),
        ("start-90s", 90_000, "The story service is busy — try again in 2 minutes."),
        ("start-1h", 3_600_000, "The story service is busy — try again in 1 hour."),
    ];
    for (case, ms, sentence) in cases {
        director.script(
            case,
            "dir-story",
            &[&format!("busy {ms} Rate limit reached for requests (req_story9). Please retry after {ms}ms.")],
        );
        let response = start(&server, &format!("ask {}", director.url(case)), "picky-a").await;
        assert_eq!(response.status(), 502, "{case}");
        let page = unescape(&response.text().await.unwrap());
        let message = page.split("id=\"form-error\"").nth(1).unwrap().split("</p>").next().unwrap();
        assert!(message.contains(sentence), "{case}: {message}");
        assert_plain_sentence(message.rsplit('>').next().unwrap().trim(), case);
        let details = page.split("form-error-details").nth(1).expect("a details toggle on the form");
        assert!(details.contains("req_story9"), "{case}: the provider's words are behind the toggle");
        assert_eq!(director.calls(case, "dir-story").len(), 1, "{case}: one call, no early retry");
    }

    // Taking a choice: the error page says busy, with the details toggle and "Try again".
    director.script("choose", "dir-story", &["scene", "busy 30000 Too many requests (req_c7). See https://status.example.invalid."]);
    let response = start(&server, &format!("ask {}", director.url("choose")), "picky-a").await;
    assert_eq!(response.status(), 303);
    let scene = location(&response);
    let choose = choice_actions(&get_text(&server, &scene).await)[0].clone();
    let failed = submit(&server, &scene, &choose, &[]).await;
    assert_eq!(failed.status(), 502);
    let page = unescape(&failed.text().await.unwrap());
    let message = page.split("class=\"error-message\"").nth(1).unwrap().split("</p>").next().unwrap();
    assert!(message.contains("The story service is busy — try again in 30 seconds."), "{message}");
    assert_plain_sentence(message.rsplit('>').next().unwrap().trim(), "choose");
    let details = page.split("class=\"error-details\"").nth(1).expect("a details toggle on the error page");
    assert!(details.contains("req_c7") && details.contains("status.example.invalid"), "{details}");
    assert_eq!(director.calls("choose", "dir-story").len(), 2, "the scene, then one busy call");
    server.stop().await;
}

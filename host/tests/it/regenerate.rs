//! "Fix a picture" (issue 16): a finished picture's "Paint it again" and
//! "Change the picture's description" (`POST /{tier}/story/image/{scene}/regenerate`).
//! The new picture replaces the old one's blob, which is deleted once the new
//! one is saved; a new description reaches the picture model and becomes the
//! picture's `alt`; an empty or over-long one is refused and changes nothing;
//! another tier's scene is not found; the reader offers the same; a repaint
//! that fails keeps the old picture (and its words); a restart while
//! repainting finishes it.
//!
//! The offline painter paints the same picture for the same words, so a
//! different picture from "Paint it again" proves the job's variation. Where
//! a test must see the words the picture model got, or make it fail, the
//! hostile test guest is dressed as the plugin `painter`, allowed to reach a
//! small server in this file (the "recorder") that notes every `ask` call and
//! answers with a picture.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;

const EMPTY_REFUSED: &str = "Write what the picture should show first.";
const REPAINT_FAILED: &str = "We couldn't paint it again, so here is the picture from before.";

/// Every file under `dir`, relative paths included in the panic messages.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return found };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_under(&path));
        } else {
            found.push(path);
        }
    }
    found
}

/// The scene's picture files on disk (named `<scene>-<media>.<ext>`, the ids without their dashes).
fn picture_files(server: &TestServer, scene_id: &str) -> Vec<PathBuf> {
    let prefix = format!("{}-", scene_id.replace('-', ""));
    files_under(&server.data_dir.join("media"))
        .into_iter()
        // The picture itself, not its thumbnail (a JPEG made from it).
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with(&prefix) && !n.ends_with(".jpg")))
        .collect()
}

async fn image_json(server: &TestServer, tier: &str, scene_id: &str) -> serde_json::Value {
    reqwest::get(server.url(&format!("/{tier}/story/image/{scene_id}"))).await.unwrap().json().await.unwrap()
}

async fn bytes(server: &TestServer, path: &str) -> (u16, Vec<u8>) {
    let response = reqwest::get(server.url(path)).await.unwrap();
    (response.status().as_u16(), response.bytes().await.unwrap().to_vec())
}

fn regenerate_url(tier: &str, scene_id: &str) -> String {
    format!("/{tier}/story/image/{scene_id}/regenerate")
}

/// The words in the "Change the picture's description" field (the picture prompt), unescaped.
fn repaint_words(html: &str) -> String {
    let textarea = html.split("id=\"repaint-prompt\"").nth(1).expect("the description textarea");
    unescape(textarea.split_once('>').unwrap().1.split("</textarea>").next().unwrap())
}

/// The `alt` of the scene picture's `<img>` on a page.
fn picture_alt(html: &str) -> String {
    let figure = html.split("id=\"scene-image\"").nth(1).expect("the page shows the scene picture");
    let img = figure.split("<img").nth(1).expect("an img in the figure");
    attr_values(img, "alt=\"").into_iter().next().expect("an alt")
}

/// Whether the page offers the repaint buttons (present and not hidden).
fn repaint_shown(html: &str) -> bool {
    html.split("id=\"image-repaint\"").nth(1).is_some_and(|rest| !rest.split('>').next().unwrap_or("").contains("hidden"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn painting_again_replaces_the_blob_and_removes_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let scene = start_story(&server, "kids", "A fox who paints the moon", "short").await;
    let scene_id = last_id(&scene);
    let first = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(first["status"], "complete", "{first}");
    let old_url = first["url"].as_str().unwrap().to_string();
    let (status, old_bytes) = bytes(&server, &old_url).await;
    assert_eq!(status, 200);
    let old_files = picture_files(&server, &scene_id);
    assert_eq!(old_files.len(), 1, "one picture file: {old_files:?}");

    // The finished picture offers both forms, each with its token and the way back, the description prefilled.
    let page = get_text(&server, &scene).await;
    assert!(repaint_shown(&page), "the repaint buttons show under a finished picture");
    assert!(page.contains("Paint it again") && page.contains("Change the picture's description"));
    let action = regenerate_url("kids", &scene_id);
    let form = form_with_action(&page, &action).expect("the Paint it again form");
    assert!(hidden_fields(&form).iter().any(|(k, v)| k == "return_to" && *v == format!("{scene}#scene-image")), "{form}");
    assert!(hidden_fields(&form).iter().any(|(k, v)| k == "csrf_token" && !v.is_empty()), "{form}");
    let words = repaint_words(&page);
    let textarea = page.split("id=\"repaint-prompt\"").nth(1).expect("the description textarea");
    let (attrs, _) = textarea.split_once('>').unwrap();
    assert!(attrs.contains("name=\"prompt\"") && attrs.contains("required") && attrs.contains("maxlength=\"2000\""), "{attrs}");
    assert!(words.len() > 20, "prefilled with the words the picture was painted from: {words:?}");

    let response = submit(&server, &scene, &action, &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), format!("{scene}#scene-image"), "back to the picture on the page it was on");

    let second = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(second["status"], "complete", "{second}");
    let new_url = second["url"].as_str().unwrap().to_string();
    assert_ne!(new_url, old_url, "a new media id");
    let (status, new_bytes) = bytes(&server, &new_url).await;
    assert_eq!(status, 200);
    assert_ne!(new_bytes, old_bytes, "the same words painted again give another picture");
    assert_eq!(bytes(&server, &old_url).await.0, 404, "the old picture is gone");
    for file in &old_files {
        assert!(!file.exists(), "the old file is deleted: {}", file.display());
    }
    assert_eq!(picture_files(&server, &scene_id).len(), 1, "only the new picture is on disk");
    assert_eq!(second["notice"], serde_json::Value::Null);

    // Back on the page: the new picture, the same words, the buttons again.
    let page = get_text(&server, &scene).await;
    assert!(page.contains(&new_url) && !page.contains(&old_url));
    assert_eq!(repaint_words(&page), words, "the description is unchanged");
    assert!(repaint_shown(&page));

    // Once more: yet another picture (the variation moves on).
    submit(&server, &scene, &action, &[]).await;
    let third = wait_image(&server, "kids", &scene_id).await;
    let third_url = third["url"].as_str().unwrap().to_string();
    assert_ne!(third_url, new_url);
    let (_, third_bytes) = bytes(&server, &third_url).await;
    assert_ne!(third_bytes, new_bytes);
    assert_ne!(third_bytes, old_bytes);
    assert_eq!(bytes(&server, &new_url).await.0, 404);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_empty_or_over_long_description_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let scene = start_story(&server, "kids", "A snail who races a firefly", "short").await;
    let scene_id = last_id(&scene);
    let before = wait_image(&server, "kids", &scene_id).await;
    let alt = picture_alt(&get_text(&server, &scene).await);
    let action = regenerate_url("kids", &scene_id);

    let long = "a".repeat(2001);
    let cases: [(&str, &str); 3] = [
        ("", EMPTY_REFUSED),
        ("   \n\t ", EMPTY_REFUSED),
        (long.as_str(), "That description is a bit long: please keep it under 2000 characters."),
    ];
    for (prompt, sentence) in cases {
        let response = submit(&server, &scene, &action, &[("prompt", prompt)]).await;
        assert_eq!(response.status(), 400, "{prompt:?}");
        let html = unescape(&response.text().await.unwrap());
        assert!(html.contains(sentence), "{prompt:?}: {html}");
        assert!(html.contains(&format!("href=\"{scene}#scene-image\"")), "{prompt:?}: a link back to the page");
        let now = image_json(&server, "kids", &scene_id).await;
        assert_eq!(now, before, "{prompt:?}: the picture is untouched");
        assert_eq!(picture_alt(&get_text(&server, &scene).await), alt, "{prompt:?}: the description is untouched");
    }

    // Exactly the limit is fine (trimmed first).
    let limit = format!("  {}  ", "b".repeat(2000));
    let response = submit(&server, &scene, &action, &[("prompt", &limit)]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(wait_image(&server, "kids", &scene_id).await["status"], "complete");
    // The new words are the picture's description to repaint from (the alt is what the painter says it drew).
    assert!(get_text(&server, &scene).await.contains(&format!(">{}</textarea>", "b".repeat(2000))));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_tiers_scene_and_unknown_ids_are_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let scene = start_story(&server, "kids", "A dragon who loves pancakes", "short").await;
    let scene_id = last_id(&scene);
    let before = wait_image(&server, "kids", &scene_id).await;
    let unknown = "0b7a3c1e-2d4f-4a5b-8c6d-7e8f9a0b1c2d";
    let paths = [
        regenerate_url("bible", &scene_id),
        regenerate_url("nosuchtier", &scene_id),
        regenerate_url("kids", unknown),
        regenerate_url("kids", "not-an-id"),
    ];
    for path in &paths {
        for fields in [&[][..], &[("prompt", "pancakes in space")][..]] {
            let response = post_with_token(&server, path, fields).await;
            assert_eq!(response.status(), 404, "POST {path} {fields:?}");
            let body = response.text().await.unwrap();
            assert!(!body.contains("pancakes"), "POST {path} leaks nothing");
        }
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(image_json(&server, "kids", &scene_id).await, before, "the kids picture is untouched");
    assert_ne!(picture_alt(&get_text(&server, &scene).await), "pancakes in space");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reader_of_a_finished_story_offers_and_does_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let first = start_story(&server, "kids", "A brave bunny named Pip", "short").await;
    let scenes = play_to_end(&server, &first).await;
    for scene in &scenes {
        assert_eq!(wait_image(&server, "kids", &last_id(scene)).await["status"], "complete");
    }
    let gallery = get_text(&server, "/kids/gallery").await;
    let story_url = attr_values(&gallery, "href=\"").into_iter().find(|h| h.starts_with("/kids/gallery/")).unwrap();
    let scene_id = last_id(&scenes[1]);
    let reader = format!("{story_url}/{scene_id}");
    let before = image_json(&server, "kids", &scene_id).await;
    let old_url = before["url"].as_str().unwrap().to_string();

    let html = get_text(&server, &reader).await;
    assert!(html.contains(&old_url), "the reader shows the picture");
    assert!(repaint_shown(&html), "the reader offers the repaint buttons");
    let action = regenerate_url("kids", &scene_id);
    let form = form_with_action(&html, &action).expect("the reader's repaint form");
    assert!(
        hidden_fields(&form).iter().any(|(k, v)| k == "return_to" && *v == format!("{reader}#scene-image")),
        "back to the reader: {form}"
    );

    let response = submit(&server, &reader, &action, &[("prompt", "Pip the bunny waves from a hot-air balloon")]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), format!("{reader}#scene-image"), "back to the picture on the reader page");
    let after = wait_image(&server, "kids", &scene_id).await;
    let new_url = after["url"].as_str().unwrap().to_string();
    assert_ne!(new_url, old_url);
    assert_eq!(bytes(&server, &old_url).await.0, 404);
    let html = get_text(&server, &reader).await;
    assert!(html.contains(&new_url) && !html.contains(&old_url));
    assert!(html.contains(">Pip the bunny waves from a hot-air balloon</textarea>"), "the new words are the picture's description");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_while_repainting_finishes_the_job() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let scene = start_story(&server, "kids", "An owl who counts stars", "short").await;
    let scene_id = last_id(&scene);
    let before = wait_image(&server, "kids", &scene_id).await;
    let old_url = before["url"].as_str().unwrap().to_string();
    let (_, old_bytes) = bytes(&server, &old_url).await;
    let old_files = picture_files(&server, &scene_id);
    server.stop().await;

    // What a crash leaves when it strikes while the new picture is painted:
    // the repaint committed (picture pending, its job stored) and the job running.
    {
        let store = storyloom::store::Store::open(&dir.path().join("store.redb")).unwrap();
        let id = storyloom::store::SceneId::parse(&scene_id).unwrap();
        let stored = store.scene(id).await.unwrap().unwrap();
        let job = storyloom::store::Job::scene_image(&stored.tier, stored.story_id, id, storyloom::store::now());
        let job = store.regenerate_image(id, None, job).await.unwrap().expect("the finished picture repaints");
        store.start_job(job.id).await.unwrap().expect("the job starts");
        store.close(Duration::from_secs(5)).await;
    }

    let server = TestServer::start(dir.path()).await;
    let after = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(after["status"], "complete", "{after}");
    let new_url = after["url"].as_str().unwrap().to_string();
    assert_ne!(new_url, old_url);
    let (status, new_bytes) = bytes(&server, &new_url).await;
    assert_eq!(status, 200);
    assert_ne!(new_bytes, old_bytes, "the variation was painted");
    assert_eq!(bytes(&server, &old_url).await.0, 404);
    for file in &old_files {
        assert!(!file.exists(), "the old file is deleted: {}", file.display());
    }
    assert_eq!(picture_files(&server, &scene_id).len(), 1);
    assert!(repaint_shown(&get_text(&server, &scene).await));
    server.stop().await;
}

/// A server the `painter` plugin asks what to paint (`ask <url>`): it notes every path asked and answers a picture.
#[derive(Clone, Default)]
struct Recorder {
    origin: String,
    asked: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    async fn start() -> Recorder {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let recorder = Recorder { origin: format!("http://{}", listener.local_addr().unwrap()), asked: Arc::default() };
        let serving = recorder.clone();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let recorder = serving.clone();
                tokio::spawn(async move {
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
                    let target = head.split_whitespace().nth(1).unwrap_or("/");
                    let path = target.split('?').next().unwrap_or("").to_string();
                    recorder.asked.lock().unwrap().push(path);
                    let body = "png";
                    let response = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = socket.write_all(response.as_bytes()).await;
                });
            }
        });
        recorder
    }

    fn asked(&self) -> Vec<String> {
        self.asked.lock().unwrap().clone()
    }

    /// A description that makes the painter ask for `path`.
    fn words(&self, path: &str) -> String {
        format!("ask {}/{path}", self.origin)
    }
}

/// A server with the hostile guest dressed as `painter` (a story and a picture model), allowed to reach the recorder.
async fn painter_server(dir: &Path, folder: &Path, recorder: &Recorder) -> TestServer {
    let persona = format!(
        "id painter\nmodel painter-story|Painter Story|Painters|story|\nmodel painter-image|Painter Image|Painters|image|\nhost {}\n",
        recorder.origin
    );
    let plugin = impostor(folder, "painter.wasm", &persona);
    pre_approve(dir, &plugin, "painter").await;
    TestServer::start_with(dir, move |config| {
        config.extra_plugins.push(plugin);
        config.allow_private.push("127.0.0.1".parse().unwrap());
    })
    .await
}

/// Start a story whose first picture is painted from `words`; returns the scene's path.
async fn start_painted(server: &TestServer, words: &str) -> String {
    let scene = serde_json::json!({
        "title": "The painter", "text": "A fox paints the moon.", "image_prompt": words,
        "choices": ["Left", "Right", "Home"], "is_ending": false
    });
    let premise = format!("echo:{scene}");
    let response = submit(
        server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", premise.as_str()), ("length", "short"), ("model", "painter-story"), ("image_model", "painter-image")],
    )
    .await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    location(&response)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_description_reaches_the_painter_and_a_failed_repaint_keeps_the_old_picture() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let recorder = Recorder::start().await;
    let server = painter_server(dir.path(), folder.path(), &recorder).await;
    let scene = start_painted(&server, &recorder.words("first")).await;
    let scene_id = last_id(&scene);
    let first = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(first["status"], "complete", "{first}");
    assert_eq!(recorder.asked(), ["/first"]);
    let action = regenerate_url("kids", &scene_id);

    // A new description: the model is asked with those words, and they are the picture's alt.
    let words = recorder.words("a-fox-on-the-moon");
    assert_eq!(submit(&server, &scene, &action, &[("prompt", &format!("  {words}\n"))]).await.status(), 303);
    let second = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(second["status"], "complete", "{second}");
    assert_ne!(second["url"], first["url"]);
    assert_eq!(recorder.asked(), ["/first", "/a-fox-on-the-moon"], "the new words reached the picture model");
    assert_eq!(picture_alt(&get_text(&server, &scene).await), words, "the new words are the alt, trimmed");
    assert_eq!(bytes(&server, first["url"].as_str().unwrap()).await.0, 404);

    // A repaint that fails for good: the picture from before stays, with a notice for parents.
    let kept_url = second["url"].as_str().unwrap().to_string();
    let kept_files = picture_files(&server, &scene_id);
    assert_eq!(submit(&server, &scene, &action, &[("prompt", "garbage")]).await.status(), 303);
    let third = wait_image(&server, "kids", &scene_id).await;
    assert_eq!(third["status"], "complete", "{third}");
    assert_eq!(third["url"].as_str(), Some(kept_url.as_str()), "the old picture is back");
    assert_eq!(third["notice"], REPAINT_FAILED);
    assert_eq!(third["error"], serde_json::Value::Null);
    assert_eq!(bytes(&server, &kept_url).await.0, 200);
    assert_eq!(picture_files(&server, &scene_id), kept_files, "the old file stays, nothing half-written is left");
    let page = get_text(&server, &scene).await;
    assert!(unescape(&page).contains(REPAINT_FAILED), "the scene page says so");
    assert!(repaint_shown(&page), "and offers to paint it again");
    assert_eq!(picture_alt(&page), words, "the old picture keeps the words it was painted from");

    // While a repaint waits for a busy model: the placeholder, no buttons, the old file still there;
    // another press changes nothing.
    assert_eq!(submit(&server, &scene, &action, &[("prompt", "busy 60")]).await.status(), 303);
    let mut waiting = image_json(&server, "kids", &scene_id).await;
    for _ in 0..200 {
        if waiting["notice"].is_string() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
        waiting = image_json(&server, "kids", &scene_id).await;
    }
    assert_eq!(waiting["status"], "pending", "{waiting}");
    assert_eq!(waiting["url"], serde_json::Value::Null);
    let page = get_text(&server, &scene).await;
    assert!(page.contains("data-status=\"pending\"") && page.contains("Painting the picture…"));
    assert!(!repaint_shown(&page), "no repaint buttons while it paints");
    assert!(page.contains("id=\"image-repaint\" hidden"), "there for the polling script to show");
    assert_eq!(bytes(&server, &kept_url).await.0, 200, "the old picture stays until the new one is saved");
    let response = post_with_token(&server, &action, &[("prompt", "other words")]).await;
    assert_eq!(response.status(), 303, "a press while painting is a no-op");
    assert_ne!(picture_alt(&get_text(&server, &scene).await), "other words");

    // A picture that failed keeps its retry only; a repaint posted anyway changes nothing.
    let failed = start_painted(&server, "garbage").await;
    let failed_id = last_id(&failed);
    let before = wait_image(&server, "kids", &failed_id).await;
    assert_eq!(before["status"], "failed", "{before}");
    let page = get_text(&server, &failed).await;
    assert!(page.contains("Try the picture again") && !page.contains("image-repaint"), "no repaint under a failed picture");
    let response = post_with_token(&server, &regenerate_url("kids", &failed_id), &[]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(image_json(&server, "kids", &failed_id).await, before);
    server.stop().await;
}

//! Contract 0.3 through the real server, with the `describer` test guest
//! (built for `wit/0.3` with the SDK): a picture's own description becomes
//! the scene page's `alt` and is kept on its media row; a picture without one
//! (or with nothing left once cleaned) falls back to the picture prompt; an
//! over-long or control-riddled description is cut and cleaned; and every
//! story call's hints carry the story's seed, the same for every scene and
//! branch of one story and another for another story from the same prompt.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::*;
use storyloom::store::{SceneId, Store};

/// What `describer-image` answers for a prompt starting with `described`.
const PLAIN: &str = "a girl in a red coat beside a cardboard rocket on the moon";

async fn describer_server(dir: &Path) -> TestServer {
    pre_approve(dir, &describing_guest(), "describer").await;
    TestServer::start_with(dir, |config| config.extra_plugins.push(describing_guest())).await
}

/// Start a kids story written and painted by the describer; the premise is the first picture's prompt.
async fn start(server: &TestServer, premise: &str, length: &str) -> String {
    let response = submit(
        server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", premise), ("length", length), ("model", "describer-story"), ("image_model", "describer-image")],
    )
    .await;
    assert_eq!(response.status(), 303, "{premise}: {}", response.text().await.unwrap_or_default());
    location(&response)
}

/// The `alt` of the scene's picture on its page, raw (entities as served).
fn picture_alt(html: &str) -> String {
    let figure = html.split("id=\"scene-image\"").nth(1).expect("the scene's picture");
    let img = figure.split("<img").nth(1).expect("an img in the figure");
    img.split("alt=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("an alt").to_string()
}

/// The seed the describer's scene text shows (`seed 123; scene 2`).
fn seed_on(html: &str) -> u64 {
    let rest = html.split("seed ").nth(1).expect("the scene shows its seed");
    rest.split(';').next().unwrap().trim().parse().expect("a number")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pictures_description_is_its_alt_and_kept_on_its_media_row() {
    init_logs();
    let dir = tempfile::tempdir().unwrap();
    let server = describer_server(dir.path()).await;
    let cases = [("described", "described"), ("undescribed", "undescribed"), ("blank", "blank"), ("long", ""), ("control", "")];
    let mut scenes = Vec::new();
    for (premise, _) in cases {
        let path = start(&server, premise, "short").await;
        let json = wait_image(&server, "kids", &last_id(&path)).await;
        assert_eq!(json["status"], "complete", "{premise}: {json}");
        scenes.push((premise, path));
    }
    let mut alts = Vec::new();
    for (premise, path) in &scenes {
        let alt = unescape(&picture_alt(&get_text(&server, path).await));
        alts.push(alt.clone());
        match *premise {
            "described" => assert_eq!(alt, PLAIN),
            // No description, or nothing left once cleaned: the picture prompt (the premise here).
            "undescribed" | "blank" => assert_eq!(alt, *premise),
            "long" => {
                assert_eq!(alt.chars().count(), 301, "300 characters and an ellipsis: {alt}");
                assert!(alt.starts_with("a long description a long") && alt.ends_with('…'), "{alt}");
            }
            "control" => assert_eq!(alt, "a fox in a[2J wood at night", "line breaks made spaces, controls and overrides gone"),
            other => panic!("{other}"),
        }
        assert!(!alt.chars().any(|c| c.is_control()), "{premise}: {alt:?}");
        // The page's polling script gets the same words once the picture is done (it sets the alt).
        let json = wait_image(&server, "kids", &last_id(path)).await;
        assert_eq!(json["alt"].as_str(), Some(alt.as_str()), "{premise}: the status JSON's alt");
    }
    // "Change the picture's description" still starts from the words the picture was painted from.
    let html = get_text(&server, &scenes[0].1).await;
    assert!(html.contains(">described</textarea>"), "the repaint form holds the picture prompt, not the alt");
    server.stop().await;

    // The media rows hold the same (cleaned) descriptions as the pages show.
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    for ((premise, path), alt) in scenes.iter().zip(&alts) {
        let scene = store.scene(SceneId::parse(&last_id(path)).unwrap()).await.unwrap().unwrap();
        let media = store.media(scene.image.media.unwrap()).await.unwrap().unwrap();
        let expected = match *premise {
            "undescribed" | "blank" => None,
            _ => Some(alt.as_str()),
        };
        assert_eq!(media.description.as_deref(), expected, "{premise}");
        assert_eq!(scene.image.description.as_deref(), expected, "{premise}");
    }
    store.close(Duration::from_secs(5)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_scene_and_branch_of_a_story_gets_its_seed_and_another_story_another() {
    init_logs();
    let dir = tempfile::tempdir().unwrap();
    let server = describer_server(dir.path()).await;
    let first = start(&server, "a fox", "medium").await;
    let page = get_text(&server, &first).await;
    let seed = seed_on(&page);
    assert!(page.contains("; scene 1"));
    let actions = choice_actions(&page);
    assert!(actions.len() >= 2, "{actions:?}");

    // Two branches from the first scene, and one scene deeper on the first.
    let left = location(&submit(&server, &first, &actions[0], &[]).await);
    let right = location(&submit(&server, &first, &actions[1], &[]).await);
    assert_ne!(left, right);
    let left_page = get_text(&server, &left).await;
    let deeper = location(&submit(&server, &left, &choice_actions(&left_page)[0], &[]).await);
    for path in [&left, &right, &deeper] {
        assert_eq!(seed_on(&get_text(&server, path).await), seed, "{path}");
    }
    assert!(get_text(&server, &deeper).await.contains("; scene 3"));

    // Another story from the very same prompt: another seed.
    let other = start(&server, "a fox", "medium").await;
    assert_ne!(seed_on(&get_text(&server, &other).await), seed);
    server.stop().await;
}

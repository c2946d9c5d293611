//! Grok Imagine through the real server: hidden on the kids home page
//! without a key; with one, listed under "xAI", and a story started with
//! `image_model=grok-imagine` gets its picture and names the model.

use super::common::*;
use super::fakes::xai::{FakeXai, KEY, Server};
use super::localhost;

/// The option names in the image group headed `group` on a home page.
fn group_names(html: &str, group: &str) -> Vec<String> {
    let sections = html.split("class=\"group-heading\"").skip(1);
    let Some(section) = sections.into_iter().find(|s| s.split_once('>').is_some_and(|(_, t)| t.starts_with(&format!("{group}<")))) else {
        return Vec::new();
    };
    texts_of(section, "option-name")
}

/// The text of every element with class `class` in `html` (whatever other attributes it has), in order.
fn texts_of(html: &str, class: &str) -> Vec<String> {
    html.split(&format!("class=\"{class}\""))
        .skip(1)
        .map(|rest| rest.split_once('>').map_or("", |(_, t)| t).split('<').next().unwrap_or("").to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_kids_page_offers_grok_imagine_and_a_story_gets_its_picture() {
    let fake = FakeXai::start().await;
    let dir = tempfile::tempdir().unwrap();
    let (base_url, cdn_url) = (fake.base_url(), fake.cdn_url());
    let configure = |config: &mut storyloom::Config, key: bool| {
        if key {
            config.env.insert("XAI_API_KEY", KEY);
        }
        config.env.insert("XAI_BASE_URL", base_url.clone());
        config.env.insert("XAI_IMAGE_CDN_URL", cdn_url.clone());
        config.allow_private.push(localhost());
    };

    // No key: Grok Imagine is not offered.
    let server = TestServer::start_with(dir.path(), |config| configure(config, false)).await;
    let home = get_text(&server, "/kids/").await;
    assert!(!home.contains("Grok Imagine"), "no xAI models without XAI_API_KEY");
    assert!(group_names(&home, "xAI").is_empty());
    server.stop().await;

    // The operator sets the key and restarts.
    let server = TestServer::start_with(dir.path(), |config| configure(config, true)).await;
    let home = get_text(&server, "/kids/").await;
    assert_eq!(group_names(&home, "xAI"), ["Grok Imagine"], "{home}");

    let fields = [("prompt", "a fox with a lantern"), ("length", "short"), ("model", ""), ("image_model", "grok-imagine")];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let status = wait_image(&server, "kids", &last_id(&scene)).await;
    assert_eq!(status["status"], "complete", "{status}");
    let picture = reqwest::get(server.url(status["url"].as_str().unwrap())).await.unwrap();
    assert_eq!(picture.headers()["content-type"], "image/png");
    assert_eq!(picture.bytes().await.unwrap().to_vec(), fake.png());
    let page = get_text(&server, &scene).await;
    assert!(unisolated(&page).contains("Pictures by Grok Imagine</p>"), "{page}");

    let sent = fake.requests().into_iter().rev().find(|r| r.server == Server::Api && r.path.starts_with("/v1/images/")).unwrap();
    assert_eq!(sent.path, "/v1/images/generations");
    assert_eq!(sent.header("authorization"), Some("Bearer xai-test"));
    let body = sent.json();
    assert_eq!((body["model"].as_str(), body["aspect_ratio"].as_str()), (Some("grok-imagine-image"), Some("1:1")));
    assert_eq!((body["n"].as_u64(), body["response_format"].as_str()), (Some(1), Some("b64_json")));
    server.stop().await;
}

/// `html` without the `<bdi>` isolation around model names, so "Pictures by X" reads as text.
fn unisolated(html: &str) -> String {
    html.replace("<bdi>", "").replace("</bdi>", "")
}

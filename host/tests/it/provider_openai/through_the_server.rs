//! The OpenAI models through the real server: hidden on the kids home page
//! without a key; with one, listed under "OpenAI" with GPT Image 1
//! preselected, and a story painted by GPT Image 1.5.

use super::common::*;
use super::fakes::openai::{FakeOpenAi, KEY};
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
async fn the_kids_page_offers_the_openai_models_and_a_story_gets_its_picture() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();

    // No key: the OpenAI models are not offered.
    let base_url = fake.base_url();
    let server = TestServer::start_with(dir.path(), |config| {
        config.env.insert("OPENAI_BASE_URL", base_url.clone());
        config.allow_private.push(localhost());
    })
    .await;
    let home = get_text(&server, "/kids/").await;
    assert!(!home.contains("GPT Image"), "no OpenAI models without OPENAI_API_KEY");
    assert!(group_names(&home, "OpenAI").is_empty());
    server.stop().await;

    // The operator sets the key and restarts.
    let server = TestServer::start_with(dir.path(), |config| {
        config.env.insert("OPENAI_API_KEY", KEY);
        config.env.insert("OPENAI_BASE_URL", base_url.clone());
        config.allow_private.push(localhost());
    })
    .await;
    let home = get_text(&server, "/kids/").await;
    let names = group_names(&home, "OpenAI");
    assert_eq!(names, ["GPT Image 1 Mini", "GPT Image 1", "GPT Image 1.5"], "{home}");
    // Provider groups come before the built-in one.
    assert!(home.find("GPT Image 1 Mini").unwrap() < home.find("Picture Book (offline)").unwrap());
    assert!(home.contains(r#"value="gpt-image-1" checked"#), "GPT Image 1 is the kids tier's first choice");
    assert!(!home.contains(r#"value="gpt-image-1.5" checked"#) && !home.contains(r#"value="gpt-image-1-mini" checked"#));

    let fields = [("prompt", "a fox with a lantern"), ("length", "short"), ("model", ""), ("image_model", "gpt-image-1.5")];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let status = wait_image(&server, "kids", &last_id(&scene)).await;
    assert_eq!(status["status"], "complete", "{status}");
    let picture = reqwest::get(server.url(status["url"].as_str().unwrap())).await.unwrap();
    assert_eq!(picture.headers()["content-type"], "image/png");
    assert_eq!(picture.bytes().await.unwrap().to_vec(), fake.png());
    let page = get_text(&server, &scene).await;
    assert!(unisolated(&page).contains("Pictures by GPT Image 1.5</p>"), "{page}");

    let sent = fake.last();
    assert_eq!(sent.path, "/v1/images/generations");
    assert_eq!(sent.header("authorization"), Some("Bearer sk-test"));
    let body = sent.json();
    assert_eq!((body["model"].as_str(), body["size"].as_str(), body["n"].as_u64()), (Some("gpt-image-1.5"), Some("1024x1024"), Some(1)));
    server.stop().await;
}

/// `html` without the `<bdi>` isolation around model names, so "Pictures by X" reads as text.
fn unisolated(html: &str) -> String {
    html.replace("<bdi>", "").replace("</bdi>", "")
}

//! The worked example of `docs/plugins.md` (`examples/plugins/compatible-image`),
//! built by `build.rs` and dropped in as an operator would: approved with its
//! key granted to one origin, its settings from its own namespace, a story
//! started with its model gets its picture from an OpenAI-compatible fake.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use storyloom::plugin_host::CredentialGrant;
use storyloom_fakes::openai::FakeOpenAi;

const KEY: &str = "sk-compatible-EXAMPLE-42";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_worked_example_paints_a_scene_through_an_openai_compatible_server() {
    let dir = tempfile::tempdir().unwrap();
    let fake = FakeOpenAi::start_with(KEY, "/v1").await;
    let origin = format!("http://{}", fake.addr);
    let grant = CredentialGrant { name: "COMPATIBLE_IMAGE_API_KEY".into(), origins: vec![origin] };
    pre_approve_with(dir.path(), &example_plugin(), "compatible-image", vec![grant]).await;
    let server = TestServer::start_with(dir.path(), |config| {
        config.extra_plugins.push(example_plugin());
        config.allow_private = vec!["127.0.0.1".parse().unwrap()];
        config.env.insert("COMPATIBLE_IMAGE_API_KEY", KEY);
        config.env.insert("STORYLOOM_PLUGIN_COMPATIBLE_IMAGE_BASE_URL", fake.base_url());
        config.env.insert("STORYLOOM_PLUGIN_COMPATIBLE_IMAGE_MODEL", "gpt-image-1-mini");
    })
    .await;

    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("Compatible Pictures (plugin compatible-image)"), "the picker offers the example's model");
    let response = submit(
        &server,
        "/kids/",
        "/kids/story/start",
        &[("prompt", "a fox with a lantern"), ("length", "short"), ("image_model", "compatible-image")],
    )
    .await;
    assert_eq!(response.status(), 303);
    let scene = location(&response);
    let status = wait_image(&server, "kids", &last_id(&scene)).await;
    assert_eq!(status["status"], "complete", "{status}");

    let sent = fake.last();
    assert_eq!(sent.path, "/v1/images/generations");
    assert_eq!(sent.header("authorization"), Some(format!("Bearer {KEY}").as_str()), "the host added the granted key");
    let body = sent.json();
    assert_eq!(body["model"], "gpt-image-1-mini", "the model setting came from the plugin's namespace");
    assert_eq!(body["size"], "1024x1024");
    assert!(!body["prompt"].as_str().unwrap().is_empty());
    let page = get_text(&server, &scene).await;
    assert!(page.contains("Compatible Pictures (plugin compatible-image)"), "the scene names the model and its plugin");
    server.stop().await;
}

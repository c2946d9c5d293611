//! A family's first story in a real headless Chromium (Debian's `chromium` and
//! `chromium-driver`): type a prompt, click through a short story to its end,
//! see every picture fade in, and read the story in the gallery.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

mod common;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use common::*;
use fantoccini::{Client, ClientBuilder, Locator};

/// chromedriver, killed when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {driver} ({e}); install Debian's chromium and chromium-driver (see README)"));
    Driver { child, url: format!("http://127.0.0.1:{port}") }
}

async fn browser(driver: &Driver, profile: &std::path::Path) -> Client {
    let mut caps = serde_json::Map::new();
    let chrome = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chrome,
            "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-dev-shm-usage", "--no-first-run", "--disable-component-update", "--disable-sync",
                     "--window-size=390,844", format!("--user-data-dir={}", profile.display())]
        }),
    );
    for _ in 0..100 {
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector).capabilities(caps.clone()).connect(&driver.url).await {
            Ok(client) => return client,
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    panic!("could not open a Chromium session through chromedriver");
}

/// Wait until `script` (a JS expression) is true in the page.
async fn wait_for(client: &Client, script: &str, what: &str) {
    for _ in 0..600 {
        let value = client.execute(&format!("return Boolean({script});"), vec![]).await.unwrap();
        if value == serde_json::Value::Bool(true) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("timed out waiting for {what}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn play_a_short_story_by_clicking_and_read_it_in_the_gallery() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;

    client.goto(&server.url("/kids/")).await.unwrap();
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A little fox named Juniper visits the moon").await.unwrap();
    client.find(Locator::Css("input[name=length][value=short]")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();

    let mut scenes = 0;
    loop {
        wait_for(&client, "document.querySelector('#scene-text')", "a scene page").await;
        scenes += 1;
        let text = client.find(Locator::Css("#scene-text")).await.unwrap().text().await.unwrap();
        assert!(text.len() > 80, "the scene has real text: {text}");
        // The picture arrives in the background and fades in.
        wait_for(
            &client,
            "document.querySelector('#scene-image.loaded img') && document.querySelector('#scene-image img').naturalWidth >= 512",
            "the scene's picture",
        )
        .await;
        if client.find(Locator::Css("#ending-banner")).await.is_ok() {
            break;
        }
        let url_before = client.current_url().await.unwrap();
        client.find(Locator::Css(".choice-button")).await.unwrap().click().await.unwrap();
        for _ in 0..300 {
            if client.current_url().await.unwrap() != url_before {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert!(scenes < 10, "the story never ended");
    }
    assert_eq!(scenes, 3, "a short story has three scenes");

    // From the ending to the reader, then through the gallery.
    client.find(Locator::Css("#reader-link")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('.reader-next')", "the reader").await;
    wait_for(&client, "document.querySelector('#scene-image.loaded img')", "the reader's picture").await;
    let reader_text = client.find(Locator::Css("#scene-text")).await.unwrap().text().await.unwrap();
    assert!(reader_text.contains("Juniper"));
    client.find(Locator::Css(".reader-next")).await.unwrap().click().await.unwrap();
    wait_for(&client, "document.querySelector('.reader-prev')", "the second reader page").await;

    client.goto(&server.url("/kids/gallery")).await.unwrap();
    let card = client.find(Locator::Css(".gallery-card")).await.unwrap();
    assert!(card.text().await.unwrap().contains("Juniper"));
    wait_for(
        &client,
        "document.querySelector('.gallery-card img') && document.querySelector('.gallery-card img').naturalWidth > 0",
        "the cover",
    )
    .await;

    // A screenshot for the humans (kept only when asked for).
    if let Ok(path) = std::env::var("STORYLOOM_SCREENSHOT") {
        std::fs::write(path, client.screenshot().await.unwrap()).unwrap();
    }
    client.close().await.unwrap();
    server.stop().await;
}

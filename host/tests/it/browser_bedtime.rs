//! A bedtime story in a real headless Chromium, on a phone-sized window
//! (390×844) and a desktop one (1280×800): tick "Bedtime story" on the start
//! form, and the scene pages are dim (a dark background behind light text),
//! say it is a bedtime story, fit the width, and show the wind-down note once
//! it is due (4 s here, 5 minutes by default).

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::time::Duration;

use common::TestServer;
use common::chromium::{browser, sized, start_driver, wait_for};
use fantoccini::{Client, Locator};

/// The relative luminance (0 dark … 1 light) of an element's computed CSS colour property.
async fn luminance(client: &Client, selector: &str, property: &str) -> f64 {
    let script = format!(
        "var c = getComputedStyle(document.querySelector('{selector}'))['{property}'].match(/[\\d.]+/g).map(Number);\
         return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255;"
    );
    client.execute(&script, vec![]).await.unwrap().as_f64().unwrap()
}

async fn bedtime_story_on(client: &Client, server: &TestServer, width: u32, height: u32) {
    sized(client, width, height).await;
    client.goto(&server.url("/kids/")).await.unwrap();
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A little fox who cannot sleep").await.unwrap();
    client.find(Locator::Css("#bedtime")).await.unwrap().click().await.unwrap();
    client.find(Locator::Css("#start-button")).await.unwrap().click().await.unwrap();
    wait_for(client, "location.pathname.startsWith('/kids/story/scene/')", "the first scene").await;

    let note = client.find(Locator::Css("#bedtime-note")).await.unwrap().text().await.unwrap();
    assert!(note.contains("Bedtime story"), "{note}");
    let scene_count = client.find(Locator::Css(".scene-count")).await.unwrap().text().await.unwrap();
    assert!(scene_count.starts_with("Scene 1 of 3"), "{scene_count}");
    let (background, text) = (luminance(client, "body", "backgroundColor").await, luminance(client, "body", "color").await);
    assert!(background < 0.15 && text > 0.6, "dim page at {width} px: background {background}, text {text}");
    let fits = client.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await.unwrap();
    assert_eq!(fits, serde_json::Value::Bool(true), "the page fits {width} px");

    // The wind-down note is hidden at first (the story is new) and shows when due.
    let hidden = client.execute("return document.querySelector('#wind-down').hidden;", vec![]).await.unwrap();
    assert_eq!(hidden, serde_json::Value::Bool(true), "not due yet");
    wait_for(client, "!document.querySelector('#wind-down').hidden", "the wind-down note").await;
    let said = client.find(Locator::Css("#wind-down")).await.unwrap().text().await.unwrap();
    assert_eq!(said, "It is nearly time to sleep. Let's finish the story and say goodnight.");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bedtime_story_is_dim_and_winds_down_on_a_phone_and_a_desktop() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(dir.path(), |config| config.bedtime_wind_down = Duration::from_secs(4)).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;

    client.goto(&server.url("/kids/")).await.unwrap();
    let hidden = client.execute("return document.querySelector('#wind-down') === null;", vec![]).await.unwrap();
    assert_eq!(hidden, serde_json::Value::Bool(true), "no note on the start form");
    bedtime_story_on(&client, &server, 390, 844).await;
    // Freshly loaded, a page of a story older than the wind-down time shows the note at once.
    client.refresh().await.unwrap();
    let shown = client.execute("return !document.querySelector('#wind-down').hidden;", vec![]).await.unwrap();
    assert_eq!(shown, serde_json::Value::Bool(true));
    bedtime_story_on(&client, &server, 1280, 800).await;

    client.close().await.unwrap();
    server.stop().await;
}

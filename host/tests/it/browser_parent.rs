//! The parent area in a real headless Chromium on a tablet-sized window
//! (820×1180): from a tier's page to the parent area, set the PIN, switch
//! video off for one tier, approve a plugin dropped into the plugins folder
//! (no restart), see its model on the start form, and read the usage page.
//! Then, on a phone-sized window, add a place and open it. Every parent page
//! fits the window's width.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::time::Duration;

use common::chromium::{browser, sized, start_driver, wait_for};
use common::{TestServer, describing_guest};
use fantoccini::{Client, Locator};

async fn click(client: &Client, selector: &str) {
    client.find(Locator::Css(selector)).await.unwrap().click().await.unwrap();
}

async fn fits(client: &Client) -> bool {
    let fits = client.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await.unwrap();
    fits == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_sets_the_pin_switches_video_off_approves_a_plugin_and_reads_the_usage_on_a_tablet() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let server = TestServer::watching(dir.path(), folder.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;
    sized(&client, 820, 1180).await;

    // From the tier's page to the parent area, where the first visit sets the PIN.
    client.goto(&server.url("/kids/")).await.unwrap();
    click(&client, ".footer-parent").await;
    wait_for(&client, "document.querySelector('#pin-again')", "the first-PIN form").await;
    client.find(Locator::Css("#pin")).await.unwrap().send_keys("7291").await.unwrap();
    client.find(Locator::Css("#pin-again")).await.unwrap().send_keys("7291").await.unwrap();
    click(&client, "#pin-submit").await;
    wait_for(&client, "document.querySelector('#tier-kids')", "the parent home").await;
    assert!(fits(&client).await, "the parent home fits a tablet");

    // Video off for the kids tier.
    click(&client, "#tier-kids .parent-tier-link").await;
    wait_for(&client, "document.querySelector('#video-allowed')", "the kids settings").await;
    assert!(fits(&client).await);
    click(&client, "#video-allowed").await;
    click(&client, "#settings-save").await;
    wait_for(&client, "document.querySelector('#settings-saved')", "the saved settings").await;
    let saved = client.find(Locator::Css("#settings-saved")).await.unwrap().text().await.unwrap();
    assert!(saved.starts_with("Saved for Kids Adventures: video off, bedtime stories offered, listed"), "{saved}");

    // A plugin dropped into the folder shows up, waiting; one tap approves it.
    std::fs::copy(describing_guest(), folder.path().join("describer.wasm")).unwrap();
    client.goto(&server.url("/parent/plugins")).await.unwrap();
    for _ in 0..100 {
        if client.find(Locator::Css("#plugin-describer .plugin-approve button")).await.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        client.refresh().await.unwrap();
    }
    assert!(fits(&client).await, "the plugins page fits a tablet");
    click(&client, "#plugin-describer .plugin-approve button").await;
    wait_for(&client, "document.querySelector('#plugins-notice')", "the approval").await;
    let notice = client.find(Locator::Css("#plugins-notice")).await.unwrap().text().await.unwrap();
    assert_eq!(notice, "Approved describer: its models are offered now.");

    // The start form: the new model is offered and the video switch is gone; a story starts.
    client.goto(&server.url("/kids/")).await.unwrap();
    assert!(client.find(Locator::Css("#model option[value='describer-story']")).await.is_ok());
    assert!(client.find(Locator::Css("#video-mode")).await.is_err(), "no video switch once a parent turned video off");
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("A hedgehog who paints the moon").await.unwrap();
    click(&client, "#start-button").await;
    wait_for(&client, "location.pathname.startsWith('/kids/story/scene/')", "the first scene").await;

    // The usage page shows what was made.
    client.goto(&server.url("/parent/")).await.unwrap();
    click(&client, "#usage-link").await;
    wait_for(&client, "document.querySelector('.usage-table')", "the usage table").await;
    assert!(fits(&client).await, "the usage page fits a tablet");
    let table = client.find(Locator::Css(".usage-table")).await.unwrap().text().await.unwrap();
    assert!(table.contains("Kids Adventures") && table.contains("1 scene"), "{table}");

    // A new place, added from the parent area on a phone, opens at once with its own look.
    sized(&client, 390, 844).await;
    client.goto(&server.url("/parent/")).await.unwrap();
    click(&client, "#add-tier-link").await;
    wait_for(&client, "document.querySelector('#add-tier-form')", "the add-a-place form").await;
    assert!(fits(&client).await, "the form fits a phone");
    client.find(Locator::Css("#tier-name")).await.unwrap().send_keys("Space Stories").await.unwrap();
    client.find(Locator::Css("#tier-audience")).await.unwrap().send_keys("children aged 7 to 10").await.unwrap();
    click(&client, "input[name='look'][value='theme-default']").await;
    click(&client, "#add-tier").await;
    wait_for(&client, "document.querySelector('#tier-added')", "the new place's settings").await;
    assert!(fits(&client).await, "its settings fit a phone");
    click(&client, "#tier-added a").await;
    wait_for(&client, "location.pathname === '/space-stories/'", "the new place").await;
    let title = client.find(Locator::Css(".brand")).await.unwrap().text().await.unwrap();
    assert!(title.contains("Space Stories"), "{title}");
    client.close().await.unwrap();
    server.stop().await;
}

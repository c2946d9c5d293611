//! The story as a tree in a real headless Chromium on a 390×844 phone
//! window, on the embedded default: take a choice, come back with the page's
//! Back and with the browser's own back button (the scene shows the choice as
//! explored, never a stale page), take another branch, type an own choice,
//! open the story map and tap a scene on it, then close the tab and carry on
//! from the home page's banner in a new one.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::time::Duration;

use common::TestServer;
use common::chromium::{browser, start_driver, wait_for};
use fantoccini::{Client, Locator};

/// Click `selector` and wait until the page's address changes from what it was.
async fn click_and_leave(client: &Client, selector: &str) -> String {
    let before = client.current_url().await.unwrap();
    client.find(Locator::Css(selector)).await.unwrap().click().await.unwrap();
    for _ in 0..600 {
        let now = client.current_url().await.unwrap();
        if now != before {
            wait_for(client, "document.readyState === 'complete'", "the next page").await;
            return now.path().to_string();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("clicking {selector} led nowhere");
}

async fn count(client: &Client, selector: &str) -> usize {
    client.find_all(Locator::Css(selector)).await.unwrap().len()
}

/// The page is no wider than the window (no sideways scrolling).
async fn fits(client: &Client) -> bool {
    let fits = client.execute("return document.documentElement.scrollWidth <= window.innerWidth;", vec![]).await.unwrap();
    fits == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn branches_an_own_choice_the_story_map_and_carrying_on_after_closing_the_tab_on_a_phone() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let driver = start_driver();
    let profile = tempfile::tempdir().unwrap();
    let client = browser(&driver, profile.path()).await;

    client.goto(&server.url("/kids/")).await.unwrap();
    assert_eq!(count(&client, "#resume-banner").await, 0, "nothing to carry on yet");
    client.find(Locator::Css("#prompt")).await.unwrap().send_keys("An otter called Pebble looks for the biggest shell").await.unwrap();
    client.find(Locator::Css("input[name=length][value=medium]")).await.unwrap().click().await.unwrap();
    let first = click_and_leave(&client, "#start-button").await;
    assert!(first.starts_with("/kids/story/scene/"), "{first}");

    // A choice, then the page's own Back: the choice now shows as explored.
    let second = click_and_leave(&client, "form.choice:nth-of-type(1) .choice-button").await;
    assert_ne!(second, first);
    assert_eq!(click_and_leave(&client, "#back-button").await, first);
    assert_eq!(count(&client, ".visited-marker").await, 1);

    // Another branch, then the browser's back button: the page shows both explored, not the stale copy.
    let other = click_and_leave(&client, "form.choice:nth-of-type(2) .choice-button").await;
    assert_ne!(other, second);
    client.back().await.unwrap();
    wait_for(&client, "document.querySelectorAll('.visited-marker').length === 2", "both branches marked after the back button").await;
    assert_eq!(client.current_url().await.unwrap().path(), first);

    // The family's own idea.
    client.find(Locator::Css("#typed-choice-text")).await.unwrap().send_keys("Ask a crab for directions").await.unwrap();
    let typed = click_and_leave(&client, "#typed-button").await;
    assert!(![first.as_str(), second.as_str(), other.as_str()].contains(&typed.as_str()));
    let count_text = client.find(Locator::Css(".scene-count")).await.unwrap().text().await.unwrap();
    assert!(count_text.starts_with("Scene 2 of 5"), "{count_text}");

    // The story map: three explored branches under the first scene, readable on the phone; a tap goes to a scene.
    let map = click_and_leave(&client, "#tree-link").await;
    assert!(map.contains("/kids/story/tree/"), "{map}");
    assert_eq!(count(&client, ".tree-branch.explored").await, 3);
    assert!(count(&client, ".tree-branch.unexplored").await >= 9, "the untaken choices show too");
    assert_eq!(count(&client, ".tree-node.current").await, 1);
    assert!(fits(&client).await, "the map fits a phone");
    let label = client.find(Locator::Css(".tree-branch.explored .tree-scene")).await.unwrap().text().await.unwrap();
    assert!(!label.trim().is_empty());
    let tapped = click_and_leave(&client, ".tree-branch.explored .tree-scene").await;
    assert_eq!(tapped, second, "the first explored branch is the first choice's scene");

    // Close the tab; in a new one the home page offers to carry on where this browser was.
    let new = client.new_window(true).await.unwrap();
    client.close_window().await.unwrap();
    client.switch_to_window(new.handle).await.unwrap();
    client.goto(&server.url("/kids/")).await.unwrap();
    wait_for(&client, "document.querySelector('#resume-banner')", "the carry-on banner").await;
    let banner = client.find(Locator::Css("#resume-banner")).await.unwrap().text().await.unwrap();
    assert!(banner.contains("scene 2 of 5"), "{banner}");
    assert!(fits(&client).await, "the banner fits a phone");
    assert_eq!(click_and_leave(&client, "#resume-continue").await, second);

    // A deep story (13 scenes, every level a branch point): the map stays readable on the phone.
    let start = common::start_story(&server, "kids", "A snail who climbs the tallest tree", "long").await;
    for _ in 0..2 {
        let more = format!("/kids/story/keep-going/{}", common::last_id(&start));
        assert_eq!(common::submit(&server, &start, &more, &[]).await.status(), 303);
    }
    // Down to the ending, taking the first choice and the last one by turns (so the map zigzags).
    let mut at = start.clone();
    for level in 0.. {
        let html = common::get_text(&server, &at).await;
        let mut actions = common::choice_actions(&html);
        if actions.is_empty() {
            assert_eq!(level, 12, "thirteen scenes");
            break;
        }
        let action = if level % 2 == 0 { actions.remove(0) } else { actions.pop().unwrap() };
        let response = common::submit(&server, &at, &action, &[]).await;
        assert_eq!(response.status(), 303, "{action}");
        at = common::location(&response);
    }
    let html = common::get_text(&server, &at).await;
    let map = common::attr_values(&html, "href=\"").into_iter().find(|h| h.contains("/story/tree/")).unwrap();
    client.goto(&server.url(&map)).await.unwrap();
    wait_for(&client, "document.querySelector('.tree-node.current')", "the deep map").await;
    assert!(fits(&client).await, "the deep map does not scroll the page sideways");
    let narrowest = client
        .execute(
            "return Math.min(...Array.from(document.querySelectorAll('.tree-scene')).map(e => e.getBoundingClientRect().width));",
            vec![],
        )
        .await
        .unwrap();
    assert!(narrowest.as_f64().unwrap() >= 150.0, "every scene card stays readable: {narrowest}");

    client.close().await.unwrap();
    server.stop().await;
}

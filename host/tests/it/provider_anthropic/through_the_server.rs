//! The Claude story model through the real server: with `ANTHROPIC_API_KEY`
//! set against the fake, the kids home page offers "Claude" and preselects
//! it, a story starts with Claude's scene, and taking a choice replays that
//! scene to Claude.

use super::common::*;
use super::fakes::anthropic::{FakeAnthropic, KEY, SCENE};
use super::localhost;

/// The `<option>` names of the story model select, and the selected one's value.
fn story_select(html: &str) -> (Vec<String>, Option<String>) {
    let select = html.split("<select name=\"model\"").nth(1).and_then(|s| s.split("</select>").next()).unwrap_or("");
    let names = select
        .split("<option ")
        .skip(1)
        .filter_map(|o| o.split('>').nth(1))
        .map(|n| n.split('<').next().unwrap_or("").to_string())
        .collect();
    let selected = select
        .split("<option ")
        .skip(1)
        .find(|o| o.split('>').next().unwrap_or("").contains(" selected"))
        .map(|o| attr_values(o, "value=\"")[0].clone());
    (names, selected)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_kids_page_offers_claude_and_a_story_is_written_by_it() {
    let fake = FakeAnthropic::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base_url = fake.base_url();
    let server = TestServer::start_with(dir.path(), |config| {
        config.env.insert("ANTHROPIC_API_KEY", KEY);
        config.env.insert("ANTHROPIC_BASE_URL", base_url.clone());
        config.allow_private.push(localhost());
    })
    .await;
    let home = get_text(&server, "/kids/").await;
    let (names, selected) = story_select(&home);
    assert!(names.iter().any(|n| n == "Claude"), "{names:?}");
    assert_eq!(selected.as_deref(), Some("claude"), "the kids tier prefers claude: {home}");

    let fields = [("prompt", "an otter with a humming shell"), ("length", "short"), ("model", "claude"), ("image_model", "")];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let page = get_text(&server, &scene).await;
    assert!(unisolated(&page).contains("Story by Claude"), "{page}");
    assert!(page.contains("A little otter found a silver shell that hummed a tune."), "{page}");
    assert_eq!(fake.requests().len(), 1);
    let first = fake.last().json();
    assert_eq!(first["model"], "claude-sonnet-4-5");
    assert!(first["messages"][0]["content"].as_str().unwrap().contains("an otter with a humming shell"));

    let actions = choice_actions(&page);
    assert_eq!(actions.len(), 3, "{page}");
    let response = submit(&server, &scene, &actions[0], &[]).await;
    assert_eq!(response.status(), 303);
    let requests = fake.requests();
    assert_eq!(requests.len(), 2, "choosing asks Claude for the next scene");
    let second = requests[1].json();
    let turns = second["messages"].as_array().unwrap();
    let roles: Vec<&str> = turns.iter().map(|t| t["role"].as_str().unwrap()).collect();
    assert_eq!(roles, ["user", "assistant", "user"]);
    let replayed: serde_json::Value = serde_json::from_str(turns[1]["content"].as_str().unwrap()).unwrap();
    let scene_json: serde_json::Value = serde_json::from_str(SCENE).unwrap();
    assert_eq!(replayed["text"], scene_json["text"], "the first scene is replayed");
    assert_eq!(replayed["choices"], scene_json["choices"]);
    assert!(turns[2]["content"].as_str().unwrap().contains("Follow the tune"), "{second}");
    assert_eq!(requests[1].header("x-api-key"), Some(KEY));
    server.stop().await;
}

/// `html` without the `<bdi>` isolation around model names, so "Pictures by X" reads as text.
fn unisolated(html: &str) -> String {
    html.replace("<bdi>", "").replace("</bdi>", "")
}

//! Bedtime stories: ticked on the start form, a story has three scenes
//! whatever length was picked and no "Keep going"; the story model is told
//! the bedtime rules and the picture model a night-time style; its pages are
//! marked for the dim look and carry the wind-down note. A parent can switch
//! bedtime stories off for one tier, and then a posted box is ignored.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use storyloom_fakes::openai::{FakeOpenAi, KEY};

/// The wind-down note's wait on a scene page, in milliseconds.
fn wind_down_in(page: &str) -> u64 {
    let (_, rest) = page.split_once("data-wind-down-in=\"").expect("the wind-down note");
    rest.split('"').next().unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bedtime_story_is_short_soothing_and_dim_and_a_parent_can_switch_it_off() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), KEY).await;
    assert!(get_text(&server, "/kids/").await.contains("name=\"bedtime\""), "offered by default");

    let bedtime = [("prompt", "a sleepy owl"), ("length", "long"), ("model", "gpt"), ("image_model", "gpt-image-1"), ("bedtime", "on")];
    let response = submit(&server, "/kids/", "/kids/story/start", &bedtime).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let page = get_text(&server, &scene).await;
    assert!(page.contains("Scene 1 of 3") && page.contains("id=\"bedtime-note\""), "{page}");
    let wait = wind_down_in(&page);
    assert!(wait > 290_000 && wait <= 300_000, "five minutes from the start: {wait}");
    assert!(!page.contains("id=\"keep-going\""), "no Keep going at bedtime");

    let system = fake.story_calls().last().unwrap().json()["messages"][0]["content"].as_str().unwrap().to_string();
    assert!(system.contains("This is a bedtime story.") && system.contains("falling asleep"), "{system}");
    assert!(system.contains("The story has exactly 3 scenes"), "{system}");
    wait_image(&server, "kids", &last_id(&scene)).await;
    let picture = fake.requests().into_iter().find(|r| r.path.contains("/images/")).unwrap();
    assert!(String::from_utf8_lossy(&picture.body).contains("soft warm night-time light"), "the night style");

    // "Keep going" posted anyway changes nothing; the next scene is still told the rules.
    let keep = post_with_token(&server, &format!("/kids/story/keep-going/{}", last_id(&scene)), &[]).await;
    assert!(keep.status().is_redirection(), "{}", keep.status());
    assert!(get_text(&server, &scene).await.contains("Scene 1 of 3"), "still three scenes");
    let response = submit(&server, &scene, &choice_actions(&page)[0], &[]).await;
    assert_eq!(response.status(), 303);
    let second = get_text(&server, &location(&response)).await;
    assert!(second.contains("Scene 2 of 3") && second.contains("id=\"bedtime-note\""), "{second}");
    let system = fake.story_calls().last().unwrap().json()["messages"][0]["content"].as_str().unwrap().to_string();
    assert!(system.contains("This is a bedtime story."), "{system}");

    // An ordinary story is neither.
    let ordinary = start_story(&server, "kids", "a busy beaver", "medium").await;
    let page = get_text(&server, &ordinary).await;
    assert!(!page.contains("bedtime-note") && !page.contains("wind-down") && page.contains("id=\"keep-going\""), "{page}");

    // Switched off for kids: no box, and a posted one is ignored; the Bible tier still offers it.
    let parent = parent_session(&server).await;
    assert!(get_text_as(&server, &parent, "/parent/tiers/kids").await.contains("id=\"bedtime-stories\" checked"));
    let saved = save_tier_settings(&server, &parent, "kids", &[("video_allowed", "on"), ("listed", "on")]).await;
    assert_eq!(saved.status(), 303);
    let settings = get_text_as(&server, &parent, "/parent/tiers/kids").await;
    assert!(settings.contains("id=\"bedtime-stories\">"), "{settings}");
    let home = get_text(&server, "/kids/").await;
    assert!(!home.contains("name=\"bedtime\""), "{home}");
    let response = submit(&server, "/kids/", "/kids/story/start", &bedtime).await;
    let page = get_text(&server, &location(&response)).await;
    assert!(page.contains("Scene 1 of 7") && !page.contains("bedtime-note"), "an ordinary long story: {page}");
    assert!(get_text(&server, "/bible/").await.contains("name=\"bedtime\""));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_built_in_models_tell_a_bedtime_story_and_the_wind_down_shows_when_due() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start_with(dir.path(), |config| config.bedtime_wind_down = std::time::Duration::ZERO).await;
    let fields =
        [("prompt", "a little fox who cannot sleep"), ("model", "storyteller"), ("image_model", "picture-book"), ("bedtime", "on")];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    assert_eq!(response.status(), 303);
    let scene = location(&response);
    let page = get_text(&server, &scene).await;
    assert_eq!(wind_down_in(&page), 0, "due at once");
    let ending = play_to_end(&server, &scene).await;
    assert_eq!(ending.len(), 3, "three scenes");
    let last = get_text(&server, ending.last().unwrap()).await;
    assert!(last.contains("fast asleep") && last.contains("Goodnight"), "the built-in storyteller ends in sleep: {last}");
    assert!(!last.contains("(bedtime") && !get_text(&server, &scene).await.contains("bedtime;"), "the host's note is never told");
    let status = wait_image(&server, "kids", &last_id(ending.last().unwrap())).await;
    let alt = status["alt"].as_str().unwrap_or_default().to_string();
    assert!(alt.contains("asleep"), "the built-in painter draws them asleep: {status}");

    // A Bible bedtime story keeps the real story and its verses, and says goodnight.
    let fields = [("prompt", "Noah builds a big boat"), ("model", "storyteller"), ("image_model", "picture-book"), ("bedtime", "on")];
    let response = submit(&server, "/bible/", "/bible/story/start", &fields).await;
    assert_eq!(response.status(), 303);
    let path = play_to_end(&server, &location(&response)).await;
    assert_eq!(path.len(), 3);
    let last = get_text(&server, path.last().unwrap()).await;
    assert!(last.contains("Goodnight") && last.contains("(Genesis"), "{last}");
    server.stop().await;
}

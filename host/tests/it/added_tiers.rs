//! Tiers a parent adds in the parent area: served at once (no restart), with
//! their own address, look, stories and gallery, nothing of them reachable
//! from another tier; their audience, rules and style reach the models and
//! can be changed; bad forms say what to fix and keep what was typed; they
//! are still there after a restart.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use storyloom_fakes::openai::{FakeOpenAi, KEY};

const ADD: &str = "/parent/add-tier";

fn about<'a>(name: &'a str, rules: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("audience", "children aged 7 to 10"),
        ("rules", rules),
        ("style", "bold comic-book panels"),
        ("look", "theme-bible"),
        ("listed", "on"),
    ]
}

/// The system instruction of the fake's last story call.
fn last_system(fake: &FakeOpenAi) -> String {
    let call = fake.story_calls().last().unwrap().json();
    call["messages"][0]["content"].as_str().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_adds_a_tier_that_is_served_at_once_and_kept_apart() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), KEY).await;
    let parent = parent_session(&server).await;
    assert!(get_text_as(&server, &parent, "/parent/").await.contains("href=\"/parent/add-tier\""));
    let form = get_text_as(&server, &parent, ADD).await;
    assert!(form.contains("Keep tension gentle") && form.contains("children&#39;s book illustration"), "suggested rules and style: {form}");

    // What is wrong is said, and what was typed is kept.
    for (fields, says) in [
        (vec![("name", ""), ("rules", "Be kind."), ("style", "soft")], "Give the place a name"),
        (vec![("name", "Teens"), ("rules", ""), ("style", "soft")], "Write the content rules"),
        (vec![("name", "Kids again"), ("id", "kids"), ("rules", "Be kind."), ("style", "soft")], "There is already a place at /kids/"),
        (vec![("name", "Grown-ups"), ("id", "parent"), ("rules", "Be kind."), ("style", "soft")], "is used by the server itself"),
        (vec![("name", "Teens"), ("id", "../etc"), ("rules", "Be kind."), ("style", "soft")], "may have only small letters"),
        (vec![("name", "kids adventures"), ("id", "kids-two"), ("rules", "Be kind."), ("style", "soft")], "There is already a place named"),
    ] {
        let response = post_with_token_as(&server, Some(&parent), ADD, &fields).await;
        assert_eq!(response.status(), 422, "{fields:?}");
        let page = response.text().await.unwrap();
        assert!(page.contains(says), "{says}: {page}");
        assert!(page.contains("Be kind.") || fields[1].1.is_empty(), "rules kept: {page}");
    }
    assert_eq!(client().get(server.url("/teens/")).send().await.unwrap().status(), 404, "nothing was added");

    // Added: its address is made from the name, and it is served at once.
    let response = post_with_token_as(&server, Some(&parent), ADD, &about("Big Kids' Stories", "Use exciting words about space.")).await;
    assert_eq!(response.status(), 303);
    assert_eq!(location(&response), "/parent/tiers/big-kids-stories?added=1");
    let settings = get_text_as(&server, &parent, "/parent/tiers/big-kids-stories?added=1").await;
    assert!(settings.contains("id=\"tier-added\"") && settings.contains("id=\"about-form\""), "{settings}");
    let home = get_text(&server, "/big-kids-stories/").await;
    assert!(home.contains("Big Kids&#39; Stories") && home.contains("class=\"theme-bible\""), "{home}");
    assert!(get_text(&server, "/").await.contains("href=\"/big-kids-stories/\""), "listed on the front page");
    // Built-in tiers keep their rules read only.
    let kids = get_text_as(&server, &parent, "/parent/tiers/kids").await;
    assert!(kids.contains("id=\"content-rules\"") && !kids.contains("id=\"about-form\""));
    assert_eq!(post_with_token_as(&server, Some(&parent), "/parent/tiers/kids/about", &about("Mine", "x")).await.status(), 405);

    // Its audience and rules reach the story model; its style reaches the picture model.
    let fields = [("prompt", "a robot who learns to paint"), ("length", "medium"), ("model", "gpt"), ("image_model", "gpt-image-1")];
    let response = submit(&server, "/big-kids-stories/", "/big-kids-stories/story/start", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    assert!(scene.starts_with("/big-kids-stories/story/scene/"), "{scene}");
    let system = last_system(&fake);
    assert!(system.contains("The audience is children aged 7 to 10. Use exciting words about space."), "{system}");
    let picture = wait_image(&server, "big-kids-stories", &last_id(&scene)).await;
    assert_eq!(picture["status"], "complete");
    let image_call = fake.requests().into_iter().find(|r| r.path.contains("/images/")).unwrap();
    assert!(String::from_utf8_lossy(&image_call.body).contains("bold comic-book panels"), "the tier's style");

    // Nothing of it is reachable from another tier, nor another tier's from it.
    let id = last_id(&scene);
    assert_eq!(client().get(server.url(&format!("/kids/story/scene/{id}"))).send().await.unwrap().status(), 404);
    let kids_scene = start_story(&server, "kids", "a snail who wants to fly", "short").await;
    let kids_id = last_id(&kids_scene);
    assert_eq!(client().get(server.url(&format!("/big-kids-stories/story/scene/{kids_id}"))).send().await.unwrap().status(), 404);
    let picture_url = format!("/big-kids-stories/story/image/{id}");
    let kids_picture = format!("/kids/story/image/{id}");
    assert_eq!(client().get(server.url(&picture_url)).send().await.unwrap().status(), 200);
    assert_eq!(client().get(server.url(&kids_picture)).send().await.unwrap().status(), 404);

    // The parent changes the rules: the next scene is told the new ones. A bad change is refused as typed.
    let about_url = "/parent/tiers/big-kids-stories/about";
    let refused = post_with_token_as(&server, Some(&parent), about_url, &about("", "Mention the stars.")).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("Give the place a name") && page.contains("Mention the stars."), "{page}");
    let saved = post_with_token_as(&server, Some(&parent), about_url, &about("Big Kids' Stories", "Mention the stars.")).await;
    assert_eq!((saved.status().as_u16(), location(&saved)), (303, "/parent/tiers/big-kids-stories?saved=about#about".to_string()));
    let response = submit(&server, &scene, &choice_actions(&get_text(&server, &scene).await)[0], &[]).await;
    assert_eq!(response.status(), 303);
    assert!(last_system(&fake).contains("Mention the stars."));
    server.stop().await;

    // After a restart the tier is there, as last saved.
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), KEY).await;
    assert!(get_text(&server, "/big-kids-stories/").await.contains("Big Kids&#39; Stories"));
    let parent = parent_session(&server).await;
    assert!(get_text_as(&server, &parent, "/parent/tiers/big-kids-stories").await.contains("Mention the stars."));
    assert_eq!(client().get(server.url(&picture_url)).send().await.unwrap().status(), 200);
    server.stop().await;
}

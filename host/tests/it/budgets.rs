//! Daily budgets and the usage page: past a tier's limit for paid models, a
//! new paid story start or scene is refused with a sentence for the family
//! (and no call is made), a scene's picture is painted by the built-in
//! painter instead, the built-in models keep working, other tiers are not
//! held back, and the parent's usage page shows the counts.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use storyloom_fakes::openai::{FakeOpenAi, KEY};

fn image_calls(fake: &FakeOpenAi) -> usize {
    fake.requests().iter().filter(|r| r.path.contains("/images/")).count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_daily_budget_stops_paid_generations_and_says_so_while_the_built_in_models_work() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), KEY).await;
    let parent = parent_session(&server).await;
    let everything = [
        ("story_offered", "gpt"),
        ("story_offered", "storyteller"),
        ("image_offered", "gpt-image-1"),
        ("image_offered", "picture-book"),
        ("budget_story", "2"),
        ("budget_pictures", "1"),
        ("budget_video", ""),
    ];
    // A limit that is not a number is refused, with what was typed kept.
    let mut typo = everything.to_vec();
    typo[4] = ("budget_story", "two");
    let refused = save_tier_settings(&server, &parent, "kids", &typo).await;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await.unwrap();
    assert!(page.contains("The daily limit of story scenes must be a whole number") && page.contains("value=\"two\""), "{page}");
    assert_eq!(save_tier_settings(&server, &parent, "kids", &everything).await.status(), 303);

    // Scene 1 and its picture with the paid models: one of two scenes, one of one picture.
    let paid = [("prompt", "a lighthouse keeper's cat"), ("length", "medium"), ("model", "gpt"), ("image_model", "gpt-image-1")];
    let response = submit(&server, "/kids/", "/kids/story/start", &paid).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let first = location(&response);
    let picture = wait_image(&server, "kids", &last_id(&first)).await;
    assert_eq!((picture["status"].as_str(), picture["painted_by"].as_str()), (Some("complete"), Some("GPT Image 1")));
    assert_eq!(image_calls(&fake), 1);

    // Scene 2 is the second paid scene; its picture is past the limit: the built-in painter paints it, and says why.
    let response = submit(&server, &first, &choice_actions(&get_text(&server, &first).await)[0], &[]).await;
    assert_eq!(response.status(), 303);
    let second = location(&response);
    let picture = wait_image(&server, "kids", &last_id(&second)).await;
    assert_eq!(picture["status"], "complete");
    assert_eq!(picture["painted_by"], "Picture Book (offline)");
    assert_eq!(picture["painted_note"], "Painted by Picture Book (offline) — today's limit for paid pictures was reached");
    assert_eq!(image_calls(&fake), 1, "no paid picture past the limit");
    assert_eq!(fake.story_calls().len(), 2);

    // A third paid scene is refused with the reason; no call is made, and the scene can be played again later.
    let response = submit(&server, &second, &choice_actions(&get_text(&server, &second).await)[0], &[]).await;
    assert_eq!(response.status(), 429);
    let page = response.text().await.unwrap();
    assert!(page.contains("Today&#39;s limit of 2 story scenes with paid models is reached for Kids Adventures"), "{page}");
    assert_eq!(fake.story_calls().len(), 2, "no paid call past the limit");
    // So is a new paid start, on the form with the idea kept.
    let response = submit(&server, "/kids/", "/kids/story/start", &paid).await;
    assert_eq!(response.status(), 429);
    let form = response.text().await.unwrap();
    assert!(form.contains("The built-in storyteller still works") && form.contains("a lighthouse keeper&#39;s cat"), "{form}");
    // The built-in models still work, and the Bible tier has no limit.
    let free = [("prompt", "a lighthouse keeper's cat"), ("model", "storyteller"), ("image_model", "picture-book")];
    assert_eq!(submit(&server, "/kids/", "/kids/story/start", &free).await.status(), 303);
    let bible = [("prompt", "Noah and the ark"), ("model", "gpt"), ("image_model", "picture-book")];
    assert_eq!(submit(&server, "/bible/", "/bible/story/start", &bible).await.status(), 303);
    assert_eq!(fake.story_calls().len(), 3);

    // The parent sees the counts.
    let usage = get_text_as(&server, &parent, "/parent/usage").await;
    assert!(usage.contains("Story scenes: 2 of 2") && usage.contains("Pictures: 1 of 1"), "{usage}");
    assert!(usage.contains("Story scenes: 1 (no limit)"), "the Bible tier's paid scene: {usage}");
    for model in ["<bdi>GPT</bdi>", "<bdi>GPT Image 1</bdi>", "<bdi>Storyteller (offline)</bdi>", "<bdi>Picture Book (offline)</bdi>"] {
        assert!(usage.contains(model), "{model} is on the usage page");
    }
    assert!(usage.contains("2 scenes") && usage.contains("1 picture"), "{usage}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failures_are_counted_by_kind_on_the_usage_page() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), "sk-wrong-key").await;
    let parent = parent_session(&server).await;
    assert!(get_text_as(&server, &parent, "/parent/usage").await.contains("id=\"usage-empty\""));
    let paid = [("prompt", "a fox who keeps bees"), ("model", "gpt"), ("image_model", "picture-book")];
    let response = submit(&server, "/kids/", "/kids/story/start", &paid).await;
    assert_eq!(response.status(), 502, "the fake refuses a wrong key");
    let usage = get_text_as(&server, &parent, "/parent/usage").await;
    assert!(usage.contains("<bdi>GPT</bdi>") && usage.contains("unauthorized ×1") && usage.contains("0 scenes"), "{usage}");
    server.stop().await;
}

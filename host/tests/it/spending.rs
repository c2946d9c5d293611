//! Prices and provider limits (`/parent/spending`): the parent's price table
//! estimates spend on the usage page; a tier's spending limit stops its paid
//! scenes; a provider's limit holds across every tier (a picture falls back
//! to the built-in painter); a wrong box is named and what was typed is kept.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use storyloom_fakes::openai::{FakeOpenAi, KEY};

fn image_calls(fake: &FakeOpenAi) -> usize {
    fake.requests().iter().filter(|r| r.path.contains("/images/")).count()
}

/// Start a paid story in `tier` and wait for its first picture.
async fn paid_start(server: &TestServer, tier: &str) -> (String, serde_json::Value) {
    let fields = [("prompt", "a lighthouse keeper's cat"), ("length", "long"), ("model", "gpt"), ("image_model", "gpt-image-1")];
    let response = submit(server, &format!("/{tier}/"), &format!("/{tier}/story/start"), &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let picture = wait_image(server, tier, &last_id(&scene)).await;
    (scene, picture)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prices_estimate_spend_and_tier_and_provider_limits_hold() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::with_openai(dir.path(), &fake.base_url(), KEY).await;
    let parent = parent_session(&server).await;

    // The page lists the paid models with their units, and one set of limits per provider.
    let page = get_text_as(&server, &parent, "/parent/spending").await;
    assert!(page.contains("GPT Image 1") && page.contains("per picture") && page.contains("per scene"), "{page}");
    assert!(page.contains("Daily limits for <bdi>OpenAI</bdi>"), "{page}");
    assert!(!page.contains("Picture Book"), "a model with no key costs nothing and has no price box");

    // A price that is not an amount is refused, naming the model, with what was typed kept.
    let prices = [("price_gpt", "0.01"), ("price_gpt-image-1", "4 cents"), ("provider-openai_pictures", "1")];
    let refused = post_with_token_as(&server, Some(&parent), "/parent/spending", &prices).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("The price of GPT Image 1 must be an amount like 0.04") && html.contains("value=\"4 cents\""), "{html}");
    assert!(html.contains("value=\"1\""), "the provider's limit as typed: {html}");
    let prices = [("price_gpt", "0.01"), ("price_gpt-image-1", "0,04"), ("provider-openai_pictures", "1")];
    let saved = post_with_token_as(&server, Some(&parent), "/parent/spending", &prices).await;
    assert_eq!(saved.status(), 303);
    let page = get_text_as(&server, &parent, "/parent/spending?saved=1").await;
    assert!(page.contains("id=\"spending-saved\"") && page.contains("value=\"0.04\""), "{page}");

    // The kids tier may spend about 0.06 a day.
    let cap = save_tier_settings(&server, &parent, "kids", &[("video_allowed", "on"), ("listed", "on"), ("budget_spend", "0.06")]).await;
    assert_eq!(cap.status(), 303);

    // Kids: a paid scene (0.01) and a paid picture (0.04), the provider's one picture of the day.
    let (kids_scene, picture) = paid_start(&server, "kids").await;
    assert_eq!(picture["painted_by"], "GPT Image 1");
    // Bible has no limit of its own, but OpenAI's limit of one picture holds across tiers.
    let (_, picture) = paid_start(&server, "bible").await;
    assert_eq!(picture["painted_by"], "Picture Book (offline)");
    assert_eq!(picture["painted_note"], "Painted by Picture Book (offline) — today's limit for paid pictures was reached");
    assert_eq!(image_calls(&fake), 1);

    // Kids' second scene brings its spend to 0.06, the limit; a third would pass it.
    let response = submit(&server, &kids_scene, &choice_actions(&get_text(&server, &kids_scene).await)[0], &[]).await;
    assert_eq!(response.status(), 303);
    let second = location(&response);
    let response = submit(&server, &second, &choice_actions(&get_text(&server, &second).await)[0], &[]).await;
    assert_eq!(response.status(), 429);
    let html = response.text().await.unwrap();
    assert!(html.contains("Today&#39;s spending limit of about 0.06 for Kids Adventures is reached."), "{html}");
    assert!(html.contains("The built-in storyteller still works"), "{html}");
    assert_eq!(fake.story_calls().len(), 3, "no paid call past the limit");

    // The usage page adds it up, per tier, per provider and per model.
    let usage = get_text_as(&server, &parent, "/parent/usage").await;
    assert!(usage.contains("Estimated spend: 0.06 of 0.06"), "kids: {usage}");
    assert!(usage.contains("Estimated spend: 0.01 (no limit)"), "bible: {usage}");
    assert!(
        usage.contains("Today, per provider") && usage.contains("Pictures: 1 of 1") && usage.contains("Estimated spend: 0.07 (no limit)"),
        "{usage}"
    );
    assert!(usage.contains("<td>0.04</td>") && usage.contains("<td>0.02</td>"), "kids' picture and two scenes: {usage}");
    server.stop().await;
}

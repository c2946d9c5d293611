//! Profiles and the family through the real server: created, listed, edited
//! and deleted from their pages, their rules said on the form with what was
//! typed kept, nothing of one tier reachable from another; and a story told
//! with a profile and family mode: the story model (the OpenAI fake) is told
//! the preferences and the family, the picture model gets the profile's
//! style and, with memory mode on, the linked characters' photos.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::*;
use image::ImageFormat;
use storyloom_fakes::openai::{FakeOpenAi, KEY};
use storyloom_fakes::photos::{encode, picture};

/// Creates a character with one photo; returns its id.
async fn character(server: &TestServer, name: &str) -> String {
    let photo = encode(&picture(300, 300), ImageFormat::Jpeg);
    let response =
        submit_upload(server, "/kids/characters", "/kids/characters/create", &[("name", name)], &[("photos", "p.jpg", photo.as_slice())])
            .await;
    assert_eq!(response.status(), 303);
    last_id(location(&response).split('?').next().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profiles_are_made_edited_and_deleted_in_their_own_tier() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mia = character(&server, "Mia").await;
    assert!(get_text(&server, "/kids/characters").await.contains("href=\"/kids/profiles\""), "linked from the roster");
    let list = get_text(&server, "/kids/profiles").await;
    assert!(list.contains("No profiles yet") && list.contains(&format!("value=\"{mia}\"")), "{list}");

    let fields = [
        ("name", "Bedtime"),
        ("themes", "dinosaurs, space"),
        ("art_style", "soft watercolour"),
        ("tone", "calm"),
        ("character", mia.as_str()),
    ];
    let response = submit(&server, "/kids/profiles", "/kids/profiles/create", &fields).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let saved = location(&response);
    let url = saved.split('?').next().unwrap().to_string();
    let page = get_text(&server, &saved).await;
    assert!(page.contains("Saved.") && page.contains("value=\"soft watercolour\"") && page.contains(&format!("value=\"{mia}\" checked")));
    let list = get_text(&server, "/kids/profiles").await;
    assert!(list.contains(">Bedtime<") && list.contains("dinosaurs, space · soft watercolour · calm · with Mia"), "{list}");

    // A second profile may not take the name; what was typed stays.
    let response = submit(&server, "/kids/profiles", "/kids/profiles/create", &[("name", " bedtime "), ("tone", "silly")]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(html.contains("There is already a profile called") && html.contains("value=\"silly\""), "{html}");

    // Another tier sees nothing of it and can change nothing.
    let id = last_id(&url);
    assert!(!get_text(&server, "/bible/profiles").await.contains(">Bedtime<"), "not listed in another tier");
    assert_eq!(client().get(server.url(&format!("/bible/profiles/{id}"))).send().await.unwrap().status(), 404);
    for path in [format!("/bible/profiles/{id}/delete"), format!("/bible/profiles/{id}/update")] {
        assert_eq!(post_with_token(&server, &path, &[("name", "Stolen")]).await.status(), 404, "{path}");
    }
    // Edit, then delete.
    let response = submit(&server, &url, &format!("{url}/update"), &[("name", "Bedtime stories"), ("tone", "sleepy")]).await;
    assert_eq!(response.status(), 303);
    assert!(get_text(&server, &url).await.contains("value=\"Bedtime stories\""));
    let response = submit(&server, &url, &format!("{url}/delete"), &[]).await;
    assert_eq!((response.status().as_u16(), location(&response)), (303, "/kids/profiles".to_string()));
    assert_eq!(client().get(server.url(&url)).send().await.unwrap().status(), 404);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_family_holds_six_children_and_two_parents_in_its_own_tier() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let mia = character(&server, "Mia").await;
    let response =
        submit(&server, "/kids/family", "/kids/family/add-child", &[("name", "Ana"), ("kind", "girl"), ("age", "7"), ("character", &mia)])
            .await;
    assert_eq!(response.status(), 303);
    let page = get_text(&server, "/kids/family").await;
    assert!(page.contains("Ana (a girl, 7)") && page.contains("Looks like Mia"), "{page}");
    let response = submit(&server, "/kids/family", "/kids/family/add-child", &[("name", " ana "), ("kind", "girl"), ("age", "5")]).await;
    assert_eq!(response.status(), 422, "two Anas could not be told apart");
    assert!(response.text().await.unwrap().contains("already has that name"));
    for bad_age in ["0", "18", "seven"] {
        let response = submit(&server, "/kids/family", "/kids/family/add-child", &[("name", "Sam"), ("age", bad_age)]).await;
        assert_eq!(response.status(), 422, "{bad_age}");
        assert!(response.text().await.unwrap().contains("Choose an age from 1 to 17."));
    }
    for i in 2..=6 {
        let name = format!("Kid {i}");
        assert_eq!(
            submit(&server, "/kids/family", "/kids/family/add-child", &[("name", &name), ("kind", "other"), ("age", "3")]).await.status(),
            303
        );
    }
    let page = get_text(&server, "/kids/family").await;
    assert!(!page.contains("id=\"add-child\"") && page.contains("id=\"children-full\""), "six children: a note, no form for a seventh");
    let response = post_with_token(&server, "/kids/family/add-child", &[("name", "Seventh"), ("age", "3")]).await;
    assert_eq!(response.status(), 422);
    assert!(response.text().await.unwrap().contains("at most 6 children"));
    for name in ["Mum", "Dad"] {
        assert_eq!(submit(&server, "/kids/family", "/kids/family/add-parent", &[("name", name)]).await.status(), 303);
    }
    assert_eq!(post_with_token(&server, "/kids/family/add-parent", &[("name", "Gran")]).await.status(), 422);

    // A member is changed in place: Ana turns 8 and is no longer linked.
    let response =
        submit(&server, "/kids/family", "/kids/family/1/update", &[("name", "Ana"), ("kind", "girl"), ("age", "8"), ("character", "")])
            .await;
    assert_eq!(response.status(), 303);
    let page = get_text(&server, "/kids/family").await;
    assert!(page.contains("Ana (a girl, 8)") && !page.contains("Looks like Mia"), "{page}");
    assert_eq!(post_with_token(&server, "/bible/family/1/update", &[("name", "Stolen"), ("age", "3")]).await.status(), 404);

    // Another tier: its own, empty family; it cannot remove ours.
    assert!(get_text(&server, "/bible/family").await.contains("Nobody yet"));
    assert_eq!(post_with_token(&server, "/bible/family/1/delete", &[]).await.status(), 404);
    assert!(get_text(&server, "/kids/family").await.contains("Ana (a girl, 8)"));
    let response = submit(&server, "/kids/family", "/kids/family/1/delete", &[]).await;
    assert_eq!(response.status(), 303);
    assert!(!get_text(&server, "/kids/family").await.contains("Ana (a girl, 8)"));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_story_with_a_profile_and_family_mode_tells_the_models_about_them() {
    let fake = FakeOpenAi::start().await;
    let dir = tempfile::tempdir().unwrap();
    let base = fake.base_url();
    let server = TestServer::start_with(dir.path(), |config| {
        config.env.insert("OPENAI_API_KEY", KEY);
        config.env.insert("OPENAI_BASE_URL", base.clone());
        config.allow_private.push(std::net::IpAddr::from([127, 0, 0, 1]));
    })
    .await;
    let mia = character(&server, "Mia").await;
    let fields =
        [("name", "Dino nights"), ("themes", "dinosaurs"), ("art_style", "soft watercolour"), ("favourite_things", "the red bike")];
    assert_eq!(submit(&server, "/kids/profiles", "/kids/profiles/create", &fields).await.status(), 303);
    let profile = attr_values(&get_text(&server, "/kids/").await, "<option value=\"")
        .into_iter()
        .find(|v| v.len() == 36)
        .expect("the profile on the start form");
    assert_eq!(
        submit(&server, "/kids/family", "/kids/family/add-child", &[("name", "Ana"), ("kind", "girl"), ("age", "7"), ("character", &mia)])
            .await
            .status(),
        303
    );
    assert_eq!(submit(&server, "/kids/family", "/kids/family/add-parent", &[("name", "Dad")]).await.status(), 303);
    assert!(get_text(&server, "/kids/").await.contains("id=\"family-mode\""), "family mode is offered once there is a family");

    // Memory mode with the profile, family mode on: the story model hears both; the picture gets the style and Ana's look.
    let fields = [
        ("prompt", "a camping trip"),
        ("length", "short"),
        ("model", "gpt"),
        ("image_model", "gpt-image-1"),
        ("memory_mode", "on"),
        ("profile", profile.as_str()),
        ("family_mode", "on"),
    ];
    let response = submit_upload(&server, "/kids/", "/kids/story/start", &fields, &[]).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    let scene = location(&response);
    let system = fake.story_calls().last().unwrap().json()["messages"][0]["content"].as_str().unwrap().to_string();
    assert!(system.contains("Favourite themes: dinosaurs.") && system.contains("Favourite things to weave in: the red bike."), "{system}");
    assert!(system.contains("Put this family in the story, as themselves: Ana (a girl, 7), Dad (a parent)."), "{system}");
    assert!(system.contains("- Mia"), "Ana's character is in the cast: {system}");
    assert_eq!(wait_image(&server, "kids", &last_id(&scene)).await["status"], "complete");
    let picture = fake.requests().into_iter().rev().find(|r| r.path.ends_with("/images/edits")).expect("an edit with Ana's photo");
    let parts = picture.form();
    let prompt = parts.iter().find(|p| p.name == "prompt").map(|p| String::from_utf8_lossy(&p.bytes).to_string()).unwrap();
    assert!(prompt.contains("Style: soft watercolour; "), "{prompt}");
    assert_eq!(parts.iter().filter(|p| p.name == "image[]").count(), 1, "Mia's photo stands for Ana");

    // Family mode alone: the family is in the story, and no photo leaves the server.
    let fields =
        [("prompt", "a camping trip"), ("length", "short"), ("model", "gpt"), ("image_model", "gpt-image-1"), ("family_mode", "on")];
    let response = submit(&server, "/kids/", "/kids/story/start", &fields).await;
    let scene = location(&response);
    let system = fake.story_calls().last().unwrap().json()["messages"][0]["content"].as_str().unwrap().to_string();
    assert!(system.contains("Ana (a girl, 7)") && !system.contains("Favourite themes") && !system.contains("- Mia"), "{system}");
    assert_eq!(wait_image(&server, "kids", &last_id(&scene)).await["status"], "complete");
    let last_picture = fake.requests().into_iter().rev().find(|r| r.path.contains("/images/")).unwrap();
    assert!(last_picture.path.ends_with("/images/generations"), "no photo without memory mode");
    server.stop().await;
}

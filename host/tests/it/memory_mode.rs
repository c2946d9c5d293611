//! Memory mode through the real server and the wire-exact fakes: a story
//! whose family turned memory mode on sends the picture model the family's
//! photos, in that provider's own format, in order (the story's own photos,
//! then each chosen character's first photo, the previous scene's picture,
//! then the characters' other photos) and within the model's limit (16 for
//! GPT Image, 3 for Grok Imagine and Gemini); the previous scene's picture
//! is carried until "Reset appearance"; with memory mode off no photo is
//! sent at all. Each reference is recognised by its size in pixels.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use common::provider_host::localhost;
use common::*;
use image::ImageFormat;
use storyloom_fakes as fakes;
use storyloom_fakes::photos::{encode, picture};

/// Sizes of the photos, so a reference names itself once decoded.
const STORY_PHOTO: (u32, u32) = (360, 240);
const MIA_FIRST: (u32, u32) = (300, 300);
const MIA_SECOND: (u32, u32) = (310, 310);
const LEO: (u32, u32) = (330, 330);

fn jpeg((width, height): (u32, u32)) -> Vec<u8> {
    encode(&picture(width, height), ImageFormat::Jpeg)
}

/// The size of a picture in pixels.
fn size(bytes: &[u8]) -> (u32, u32) {
    image::ImageReader::new(std::io::Cursor::new(bytes)).with_guessed_format().unwrap().into_dimensions().unwrap()
}

/// The size of each reference picture.
fn sizes(references: &[Vec<u8>]) -> Vec<(u32, u32)> {
    references.iter().map(|bytes| size(bytes)).collect()
}

/// Creates Mia (two photos) and Leo (one); returns their ids.
async fn roster(server: &TestServer) -> (String, String) {
    let (first, second, leo) = (jpeg(MIA_FIRST), jpeg(MIA_SECOND), jpeg(LEO));
    let mia = submit_upload(
        server,
        "/kids/characters",
        "/kids/characters/create",
        &[("name", "Mia"), ("description", "a brave girl"), ("hair", "red hair")],
        &[("photos", "mia1.jpg", first.as_slice()), ("photos", "mia2.jpg", second.as_slice())],
    )
    .await;
    assert_eq!(mia.status(), 303);
    let leo =
        submit_upload(server, "/kids/characters", "/kids/characters/create", &[("name", "Leo")], &[("photos", "leo.jpg", leo.as_slice())])
            .await;
    assert_eq!(leo.status(), 303);
    let id = |r: &reqwest::Response| last_id(location(r).split('?').next().unwrap());
    (id(&mia), id(&leo))
}

/// Start a medium story with `image_model`; memory mode on or off, with Mia
/// and Leo ticked and, when `story_photo`, a photo for this story only.
async fn start(server: &TestServer, image_model: &str, memory: bool, (mia, leo): &(String, String), story_photo: bool) -> String {
    let mut fields = vec![("prompt", "a picnic on the moon"), ("length", "medium"), ("model", "storyteller"), ("image_model", image_model)];
    fields.push(("character", mia));
    fields.push(("character", leo));
    if memory {
        fields.push(("memory_mode", "on"));
    }
    let photo = jpeg(STORY_PHOTO);
    let files: Vec<UploadFile> = if story_photo { vec![("photos", "us.jpg", photo.as_slice())] } else { Vec::new() };
    let response = submit_upload(server, "/kids/", "/kids/story/start", &fields, &files).await;
    assert_eq!(response.status(), 303, "{}", response.text().await.unwrap_or_default());
    location(&response)
}

/// Wait for `scene`'s picture; then take its first choice (→ the next scene's path).
async fn next_scene(server: &TestServer, scene: &str) -> String {
    assert_eq!(wait_image(server, "kids", &last_id(scene)).await["status"], "complete");
    let html = get_text(server, scene).await;
    let choose = choice_actions(&html).into_iter().next().expect("a choice");
    let response = submit(server, scene, &choose, &[]).await;
    assert_eq!(response.status(), 303);
    location(&response)
}

/// What one picture request carried: its reference pictures in order, and its prompt.
struct Sent {
    references: Vec<Vec<u8>>,
    prompt: String,
}

/// One provider's fake and how to read its last picture request.
struct Provider {
    model: &'static str,
    limit: usize,
    last: Box<dyn Fn() -> Sent + Send + Sync>,
    /// What the previous scene's picture looks like (the fake's PNG).
    painted: Vec<u8>,
}

/// Everything the test checks for one picture model.
async fn memory_mode_sends_the_family_to(provider: Provider, dir: &std::path::Path, configure: impl Fn(&mut storyloom::Config) + Copy) {
    let server = TestServer::start_with(dir, configure).await;
    let cast = roster(&server).await;
    let painted = size(&provider.painted);
    let limited = |expected: Vec<(u32, u32)>| expected.into_iter().take(provider.limit).collect::<Vec<_>>();

    // The story's own photo leads, then Mia's first, Leo's, and (room allowing) Mia's second.
    let scene = start(&server, provider.model, true, &cast, true).await;
    assert_eq!(wait_image(&server, "kids", &last_id(&scene)).await["status"], "complete");
    let sent = (provider.last)();
    assert_eq!(sizes(&sent.references), limited(vec![STORY_PHOTO, MIA_FIRST, LEO, MIA_SECOND]), "{}", provider.model);
    assert!(sent.prompt.contains("Mia: a brave girl (red hair)") && sent.prompt.contains("Leo"), "{}", sent.prompt);

    // Without a story photo: the characters, then the previous scene's picture from scene 2 on.
    let first = start(&server, provider.model, true, &cast, false).await;
    assert_eq!(wait_image(&server, "kids", &last_id(&first)).await["status"], "complete");
    assert_eq!(sizes(&(provider.last)().references), limited(vec![MIA_FIRST, LEO, MIA_SECOND]));
    let second = next_scene(&server, &first).await;
    assert_eq!(wait_image(&server, "kids", &last_id(&second)).await["status"], "complete");
    assert_eq!(sizes(&(provider.last)().references), limited(vec![MIA_FIRST, LEO, painted, MIA_SECOND]), "carried");

    // "Reset appearance" on scene 2: scene 3 starts fresh.
    let page = get_text(&server, &second).await;
    assert!(page.contains("id=\"reset-look\""), "the scene offers Reset appearance");
    let reset = format!("/kids/story/reset-appearance/{}", last_id(&second));
    assert_eq!(submit(&server, &second, &reset, &[]).await.status(), 303);
    assert!(get_text(&server, &second).await.contains("id=\"look-note\""));
    let third = next_scene(&server, &second).await;
    assert_eq!(wait_image(&server, "kids", &last_id(&third)).await["status"], "complete");
    assert_eq!(sizes(&(provider.last)().references), limited(vec![MIA_FIRST, LEO, MIA_SECOND]), "not carried after the reset");
    // ... and scene 4 copies scene 3 again.
    let fourth = next_scene(&server, &third).await;
    assert_eq!(wait_image(&server, "kids", &last_id(&fourth)).await["status"], "complete");
    assert_eq!(sizes(&(provider.last)().references), limited(vec![MIA_FIRST, LEO, painted, MIA_SECOND]));

    // Memory mode off, the same characters ticked and a photo chosen: nothing leaves the server.
    let off = start(&server, provider.model, false, &cast, true).await;
    assert_eq!(wait_image(&server, "kids", &last_id(&off)).await["status"], "complete");
    let sent = (provider.last)();
    assert!(sent.references.is_empty(), "{}: no photo without memory mode", provider.model);
    assert!(!sent.prompt.contains("Mia"), "{}", sent.prompt);
    assert!(!get_text(&server, &off).await.contains("reset-look"));
    server.stop().await;
}

/// The bytes of a `data:…;base64,…` URL.
fn data_url_bytes(url: &str) -> Vec<u8> {
    fakes::xai::base64_decode(url.split_once(',').unwrap().1).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gpt_image_models_get_the_photos_as_image_parts_with_fidelity_where_supported() {
    for (model, fidelity) in [("gpt-image-1", true), ("gpt-image-1.5", true), ("gpt-image-1-mini", false)] {
        let fake = std::sync::Arc::new(fakes::openai::FakeOpenAi::start().await);
        let dir = tempfile::tempdir().unwrap();
        let base = fake.base_url();
        let reader = std::sync::Arc::clone(&fake);
        let provider = Provider {
            model,
            limit: 16,
            painted: fake.png(),
            last: Box::new(move || {
                let request = reader.requests().into_iter().rev().find(|r| r.path.contains("/images/")).expect("a picture request");
                if request.path.ends_with("/images/generations") {
                    return Sent { references: Vec::new(), prompt: request.json()["prompt"].as_str().unwrap().to_string() };
                }
                let parts = request.form();
                let text = |name: &str| parts.iter().find(|p| p.name == name).map(|p| String::from_utf8_lossy(&p.bytes).to_string());
                assert_eq!(text("input_fidelity").is_some(), fidelity, "{model}: input_fidelity only where supported");
                Sent {
                    references: parts.iter().filter(|p| p.name == "image[]").map(|p| p.bytes.clone()).collect(),
                    prompt: text("prompt").unwrap_or_default(),
                }
            }),
        };
        memory_mode_sends_the_family_to(provider, dir.path(), |config| {
            config.env.insert("OPENAI_API_KEY", fakes::openai::KEY);
            config.env.insert("OPENAI_BASE_URL", base.clone());
            config.allow_private.push(localhost());
        })
        .await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn grok_imagine_gets_at_most_three_photos_as_data_urls() {
    let fake = std::sync::Arc::new(fakes::xai::FakeXai::start().await);
    let dir = tempfile::tempdir().unwrap();
    let (base, cdn) = (fake.base_url(), fake.cdn_url());
    let reader = std::sync::Arc::clone(&fake);
    let provider = Provider {
        model: "grok-imagine",
        limit: 3,
        painted: fake.png(),
        last: Box::new(move || {
            let request = reader.requests().into_iter().rev().find(|r| r.path.contains("/images/")).expect("a picture request");
            let body = request.json();
            let references = match (&body["image"], body["images"].as_array()) {
                (serde_json::Value::Null, None) => Vec::new(),
                (serde_json::Value::Null, Some(many)) => many.iter().map(|v| data_url_bytes(v["url"].as_str().unwrap())).collect(),
                (one, _) => vec![data_url_bytes(one["url"].as_str().unwrap())],
            };
            assert_eq!(request.path.ends_with("/images/edits"), !references.is_empty(), "edits only with photos");
            Sent { references, prompt: body["prompt"].as_str().unwrap().to_string() }
        }),
    };
    memory_mode_sends_the_family_to(provider, dir.path(), |config| {
        config.env.insert("XAI_API_KEY", fakes::xai::KEY);
        config.env.insert("XAI_BASE_URL", base.clone());
        config.env.insert("XAI_IMAGE_CDN_URL", cdn.clone());
        config.allow_private.push(localhost());
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gemini_gets_at_most_three_photos_as_inline_parts_before_the_text() {
    let fake = std::sync::Arc::new(fakes::gemini::FakeGemini::start().await);
    let dir = tempfile::tempdir().unwrap();
    let base = fake.base_url();
    let reader = std::sync::Arc::clone(&fake);
    let provider = Provider {
        model: "gemini",
        limit: 3,
        painted: fake.png(),
        last: Box::new(move || {
            let request =
                reader.requests().into_iter().rev().find(|r| r.path.contains("image:generateContent")).expect("a picture request");
            let parts = request.json()["contents"][0]["parts"].as_array().unwrap().clone();
            let (text, images): (Vec<_>, Vec<_>) = parts.iter().partition(|p| p.get("text").is_some());
            assert_eq!(text.len(), 1);
            assert!(parts.last().unwrap().get("text").is_some(), "the photos come before the text");
            let references = images.iter().map(|p| fakes::xai::base64_decode(p["inlineData"]["data"].as_str().unwrap()).unwrap()).collect();
            Sent { references, prompt: text[0]["text"].as_str().unwrap().to_string() }
        }),
    };
    memory_mode_sends_the_family_to(provider, dir.path(), |config| {
        config.env.insert("GEMINI_API_KEY", fakes::gemini::KEY);
        config.env.insert("GEMINI_BASE_URL", base.clone());
        config.allow_private.push(localhost());
    })
    .await;
}

/// Every file under `<data>/photos/`.
fn photo_files(dir: &std::path::Path) -> usize {
    fn walk(dir: &std::path::Path) -> usize {
        std::fs::read_dir(dir).into_iter().flatten().flatten().map(|e| if e.path().is_dir() { walk(&e.path()) } else { 1 }).sum()
    }
    walk(&dir.join("photos"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn on_the_embedded_default_the_cast_is_told_and_a_storys_own_photos_go_at_its_ending() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    let cast = roster(&server).await;
    assert_eq!(photo_files(dir.path()), 6, "three character photos and their thumbnails");

    // The start form offers memory mode with the tier's characters.
    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("id=\"memory-mode\"") && home.contains(&format!("value=\"{}\"", cast.0)) && home.contains(">Mia<"), "{home}");
    assert!(!get_text(&server, "/bible/").await.contains(&cast.0), "another tier's characters are not offered");

    // A short story with a photo of its own: kept while it is played, gone once its ending has its picture.
    let fields = [
        ("prompt", "a picnic on the moon"),
        ("length", "short"),
        ("memory_mode", "on"),
        ("character", cast.0.as_str()),
        ("character", cast.1.as_str()),
    ];
    let photo = jpeg(STORY_PHOTO);
    let response = submit_upload(&server, "/kids/", "/kids/story/start", &fields, &[("photos", "us.jpg", photo.as_slice())]).await;
    assert_eq!(response.status(), 303);
    let first = location(&response);
    assert_eq!(photo_files(dir.path()), 8, "the story's photo and its thumbnail");
    let page = get_text(&server, &first).await;
    assert!(page.contains("Mia") || page.contains("Leo"), "the offline storyteller meets the cast: {page}");
    let path = play_to_end(&server, &first).await;
    for scene in &path {
        assert_eq!(wait_image(&server, "kids", &last_id(scene)).await["status"], "complete");
    }
    let mut left = photo_files(dir.path());
    for _ in 0..50 {
        if left == 6 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        left = photo_files(dir.path());
    }
    assert_eq!(left, 6, "the story's own photo is deleted once its ending has a picture; the characters' stay");

    // Another tier's character id posted on this tier's form is not in the story.
    let zed = submit_upload(&server, "/bible/characters", "/bible/characters/create", &[("name", "Zebedee")], &[]).await;
    let zed = last_id(location(&zed).split('?').next().unwrap());
    let fields = [("prompt", "a picnic on the moon"), ("length", "short"), ("memory_mode", "on"), ("character", zed.as_str())];
    let response = submit_upload(&server, "/kids/", "/kids/story/start", &fields, &[]).await;
    assert_eq!(response.status(), 303);
    assert!(!get_text(&server, &location(&response)).await.contains("Zebedee"), "another tier's character stays out");

    // "Reset appearance" is a memory-mode story's, in its own tier only.
    let scene_id = last_id(&path[0]);
    for path in
        [format!("/bible/story/reset-appearance/{scene_id}"), format!("/kids/story/reset-appearance/{}", storyloom::store::SceneId::new())]
    {
        assert_eq!(post_with_token(&server, &path, &[]).await.status(), 404, "{path}");
    }
    let plain = start_story(&server, "kids", "a plain story", "short").await;
    assert!(!get_text(&server, &plain).await.contains("reset-look"));
    let plain_reset = format!("/kids/story/reset-appearance/{}", last_id(&plain));
    assert_eq!(post_with_token(&server, &plain_reset, &[]).await.status(), 404, "not a memory-mode story");

    // A refused photo on the start form says why and keeps the idea.
    let fields = [("prompt", "a picnic on the moon"), ("length", "short"), ("memory_mode", "on")];
    let response =
        submit_upload(&server, "/kids/", "/kids/story/start", &fields, &[("photos", "notes.jpg", b"just text".as_slice())]).await;
    assert_eq!(response.status(), 422);
    let html = response.text().await.unwrap();
    assert!(
        html.contains("is not a photo we can use") && html.contains("a picnic on the moon") && html.contains("id=\"memory-mode\" checked"),
        "{html}"
    );
    assert_eq!(photo_files(dir.path()), 6, "nothing left behind");
    server.stop().await;
}

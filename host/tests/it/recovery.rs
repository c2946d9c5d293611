//! Crash recovery: a picture job a crash left "running" is re-queued and
//! finishes after the restart (or fails with a reason once it has used all its
//! attempts); half-written temp files and orphan blobs are swept. Nothing
//! stays "generating".

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use common::*;
use storyloom::store::{Choice, ChoiceId, ImageState, ImageStatus, Job, MAX_ATTEMPTS, Scene, SceneId, Store, Story, StoryId, now};
use storyloom::tier::TierId;

fn story_with_scene(tier: &str, prompt: &str) -> (Story, Scene, Job) {
    let (story_id, scene_id) = (StoryId::new(), SceneId::new());
    let tier = TierId::parse(tier).unwrap();
    let created = now();
    let scene = Scene {
        id: scene_id,
        story_id,
        tier: tier.clone(),
        parent: None,
        via_choice: None,
        number: 1,
        text: "Once upon a time a lighthouse keeper counted the waves.".into(),
        image_prompt: "a lighthouse by the sea at sunset".into(),
        choices: ["Climb the stairs", "Wave at the boats", "Make some tea"]
            .iter()
            .map(|t| Choice { id: ChoiceId::new(), text: t.to_string(), child: None })
            .collect(),
        is_ending: false,
        image: ImageState::pending(),
        created_at: created,
        video: None,
        look_reset: false,
        target: None,
        length_change: None,
    };
    let story = Story {
        id: story_id,
        tier: tier.clone(),
        title: "The Lighthouse".into(),
        prompt: prompt.into(),
        target_scenes: 3,
        story_model: "storyteller".into(),
        image_model: "picture-book".into(),
        root_scene: scene_id,
        created_at: created,
        finished_at: None,
        ending_scene: None,
        video_model: None,
        video_note: None,
        memory_mode: false,
        characters: Vec::new(),
        photos: Vec::new(),
        profile: None,
        family_mode: false,
        bedtime: false,
    };
    let job = Job::scene_image(&tier, story_id, scene_id, created);
    (story, scene, job)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interrupted_jobs_are_requeued_or_failed_and_temp_files_swept() {
    let dir = tempfile::tempdir().unwrap();

    // The state a crash leaves behind, written straight into the store.
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let (story, scene, job) = story_with_scene("kids", "a lighthouse");
    store.create_story(story.clone(), scene.clone(), job.clone()).await.unwrap();
    let running = store.start_job(job.id).await.unwrap().unwrap();
    assert_eq!(running.scene.image.status, ImageStatus::Generating);

    let (worn_story, worn_scene, worn_job) = story_with_scene("bible", "a boat");
    store.create_story(worn_story, worn_scene.clone(), worn_job.clone()).await.unwrap();
    for attempt in 1..=MAX_ATTEMPTS {
        store.start_job(worn_job.id).await.unwrap().unwrap();
        if attempt < MAX_ATTEMPTS {
            let busy = storyloom::store::Failure { message: "The picture service is busy.".into(), detail: None };
            store.retry_job(worn_job.id, busy, "busy".into(), None).await.unwrap();
        }
    }
    drop(store);
    let half_written = dir.path().join("media/kids").join(story.id.simple().to_string()).join(".tmp-0123");
    std::fs::create_dir_all(half_written.parent().unwrap()).unwrap();
    std::fs::write(&half_written, b"half a picture").unwrap();
    let orphan = dir.path().join("media/kids/orphan.png");
    std::fs::write(&orphan, b"nobody points here").unwrap();

    let server = TestServer::start(dir.path()).await;
    // The interrupted job ran again and finished.
    let status = wait_image(&server, "kids", &scene.id.to_string()).await;
    assert_eq!(status["status"], "complete", "{status}");
    // The worn-out job is failed with a reason, not stuck.
    let status = wait_image(&server, "bible", &worn_scene.id.to_string()).await;
    assert_eq!(status["status"], "failed");
    assert!(status["error"].as_str().unwrap().contains("interrupted"), "{status}");
    // Files no row points to go in the background, after the server listens.
    for _ in 0..100 {
        if !half_written.exists() && !orphan.exists() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(!half_written.exists(), "the half-written temp file was swept");
    assert!(!orphan.exists(), "the orphan blob was swept");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_picture_the_server_cannot_write_is_a_storage_failure_not_the_models() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(dir.path()).await;
    // A file where the tier's media folder should be (after the start-up sweep,
    // which would remove it): every picture write fails.
    std::fs::create_dir_all(dir.path().join("media")).unwrap();
    std::fs::write(dir.path().join("media").join("kids"), b"not a folder").unwrap();
    let scene = start_story(&server, "kids", "a fox with a lantern", "short").await;
    let status = wait_image(&server, "kids", &last_id(&scene)).await;
    assert_eq!(status["status"], "failed", "{status}");
    let error = status["error"].as_str().unwrap();
    assert!(error.contains("the server could not save the picture"), "{error}");
    assert!(error.contains("storage") && !error.contains("plugin") && !error.contains("model"), "not blamed on the model: {error}");

    // Once the disk is fixed, trying again makes the picture.
    std::fs::remove_file(dir.path().join("media").join("kids")).unwrap();
    let retry = format!("/kids/story/image/{}/retry", last_id(&scene));
    let response = submit(&server, &scene, &retry, &[("return_to", scene.as_str())]).await;
    assert_eq!(response.status(), 303);
    assert_eq!(wait_image(&server, "kids", &last_id(&scene)).await["status"], "complete");
    server.stop().await;
}

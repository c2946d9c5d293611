//! Tests of the picture jobs' transactions: a repaint keeps the old picture
//! until the new one is recorded, and brings it back when the new one fails.

use super::*;
use crate::store::{MediaId, StoryId};
use crate::tier::TierId;

/// A stored picture-only story with one scene whose picture is finished (media row and index written).
async fn finished_scene(store: &Store) -> (Scene, MediaRecord) {
    let tier = TierId::parse("kids").unwrap();
    let (story_id, scene_id) = (StoryId::new(), SceneId::new());
    // Only the fields every stored record has: the later ones take their defaults.
    let story: Story = serde_json::from_value(serde_json::json!({
        "id": story_id, "tier": "kids", "title": "Race", "prompt": "race", "target_scenes": 3,
        "story_model": "storyteller", "image_model": "picture-book", "root_scene": scene_id,
        "created_at": 1, "finished_at": null, "ending_scene": null
    }))
    .unwrap();
    let scene: Scene = serde_json::from_value(serde_json::json!({
        "id": scene_id, "story_id": story_id, "tier": "kids", "parent": null, "via_choice": null, "number": 1,
        "text": "A snail races a firefly.", "image_prompt": "a snail and a firefly", "choices": [], "is_ending": false,
        "image": {"status": "pending", "media": null, "error": null}, "created_at": 1
    }))
    .unwrap();
    let job = Job::scene_image(&tier, story_id, scene_id, now());
    store.create_story(story, scene.clone(), job.clone()).await.unwrap();
    let media = paint(store, &scene, &job).await;
    (store.scene(scene_id).await.unwrap().unwrap(), media)
}

/// Run `job` to the end as a worker would, with a new media row; returns the row.
async fn paint(store: &Store, scene: &Scene, job: &Job) -> MediaRecord {
    store.start_job(job.id).await.unwrap().expect("the job starts");
    let id = MediaId::new();
    let media = MediaRecord {
        id,
        tier: scene.tier.clone(),
        story_id: scene.story_id,
        scene_id: scene.id,
        file: format!("media/kids/{}/{}-{id}.png", scene.story_id, scene.id),
        media_type: "image/png".into(),
        bytes: 10,
        width: 1,
        height: 1,
        model: "picture-book".into(),
        created_at: now(),
        description: Some(format!("drawn: {}", scene.image_prompt)),
        thumbnail: false,
    };
    let painted = Painted { by: "Picture Book".into(), declined_by: Vec::new(), over_budget: false };
    store.finish_image(job.id, media.clone(), None, painted).await.unwrap().expect("the picture is recorded");
    media
}

fn repaint_job(scene: &Scene) -> Job {
    Job::scene_image(&scene.tier, scene.story_id, scene.id, now())
}

async fn story_media(store: &Store, story: StoryId) -> Vec<u128> {
    store
        .run(move |db| {
            let txn = db.begin_read()?;
            let index = txn.open_multimap_table(tables::STORY_MEDIA)?;
            let mut ids = Vec::new();
            for id in index.get(story.key())? {
                ids.push(id?.value());
            }
            Ok(ids)
        })
        .await
        .unwrap()
}

#[tokio::test]
async fn a_repaint_keeps_the_old_picture_until_the_new_one_is_recorded_then_hands_back_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let (scene, old) = finished_scene(&store).await;

    let job = store.regenerate_image(scene.id, None, repaint_job(&scene)).await.unwrap().expect("a finished picture repaints");
    assert_eq!(job.variation, 1, "the same words: the next variation");
    let pending = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((pending.image.status, pending.image.media, pending.image.replaces), (ImageStatus::Pending, None, Some(old.id)));
    assert_eq!(pending.image_prompt, scene.image_prompt, "the words stay");
    assert!(store.media(old.id).await.unwrap().is_some(), "the old row stays while painting");
    // A second press while it paints changes nothing.
    assert!(store.regenerate_image(scene.id, None, repaint_job(&scene)).await.unwrap().is_none());

    // Started (and interrupted by a restart): the old picture is still remembered.
    store.start_job(job.id).await.unwrap().unwrap();
    assert_eq!(store.recover_jobs().await.unwrap().pending, vec![job.id]);
    assert_eq!(store.scene(scene.id).await.unwrap().unwrap().image.replaces, Some(old.id));
    assert_eq!(store.job(job.id).await.unwrap().unwrap().variation, 1, "the same variation after a restart");

    store.start_job(job.id).await.unwrap().unwrap();
    let id = MediaId::new();
    let new = MediaRecord { id, file: format!("media/kids/new-{id}.png"), ..old.clone() };
    let painted = Painted { by: "Picture Book".into(), declined_by: Vec::new(), over_budget: false };
    let finished = store.finish_image(job.id, new.clone(), None, painted).await.unwrap().unwrap();
    assert_eq!(finished.replaced, std::slice::from_ref(&old.file), "the old file is the caller's to delete");
    let done = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((done.image.status, done.image.media, done.image.replaces), (ImageStatus::Complete, Some(new.id), None));
    assert_eq!(done.image.variation, 1);
    assert!(store.media(old.id).await.unwrap().is_none(), "the old row went with the new one's commit");
    assert_eq!(story_media(&store, scene.story_id).await, vec![new.id.key()], "the story's index holds only the new picture");
    assert!(!store.media_files_of_blocking(old.story_id).unwrap().contains(&old.file), "the start-up sweep may remove the old file");
    assert!(store.job(job.id).await.unwrap().is_none());

    // The next repaint in a row gets the next variation; a new description none.
    let again = store.regenerate_image(scene.id, None, repaint_job(&scene)).await.unwrap().unwrap();
    assert_eq!(again.variation, 2);
    let stored = store.scene(scene.id).await.unwrap().unwrap();
    paint(&store, &stored, &again).await;
    let described = store.regenerate_image(scene.id, Some("a snail on a leaf".into()), repaint_job(&scene)).await.unwrap().unwrap();
    assert_eq!(described.variation, 0);
    assert_eq!(store.scene(scene.id).await.unwrap().unwrap().image_prompt, "a snail on a leaf");
}

#[tokio::test]
async fn a_repaint_that_fails_for_good_shows_the_old_picture_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let (scene, old) = finished_scene(&store).await;
    let job = store.regenerate_image(scene.id, Some("garbage".into()), repaint_job(&scene)).await.unwrap().unwrap();
    store.start_job(job.id).await.unwrap().unwrap();
    let failure = Failure { message: "The picture model failed.".into(), detail: Some("provider words".into()) };
    store.fail_job(job.id, failure).await.unwrap();

    let back = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((back.image.status, back.image.media, back.image.replaces), (ImageStatus::Complete, Some(old.id), None));
    assert_eq!(back.image.notice.as_deref(), Some(REPAINT_FAILED));
    assert_eq!((back.image.error, back.image.detail), (None, None), "the provider's words are only logged");
    assert_eq!(back.image.painted_by.as_deref(), Some("Picture Book"), "who painted the old picture is kept");
    assert_eq!(back.image_prompt, scene.image_prompt, "and the words it was painted from");
    assert!(store.media(old.id).await.unwrap().is_some());

    // Interrupted by restarts too often: the same.
    let job = store.regenerate_image(scene.id, Some("a snail on a leaf".into()), repaint_job(&scene)).await.unwrap().unwrap();
    for _ in 0..MAX_ATTEMPTS {
        store.start_job(job.id).await.unwrap().unwrap();
        store.recover_jobs().await.unwrap();
    }
    let back = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((back.image.status, back.image.media), (ImageStatus::Complete, Some(old.id)));
    assert_eq!(back.image.notice.as_deref(), Some(REPAINT_FAILED));
    assert_eq!(back.image_prompt, scene.image_prompt);
}

#[tokio::test]
async fn a_pictures_description_is_its_alt_goes_with_it_and_comes_back_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let (scene, old) = finished_scene(&store).await;
    let described = "drawn: a snail and a firefly";
    assert_eq!(scene.image.description.as_deref(), Some(described), "on the scene, in the transaction that records it");
    assert_eq!(store.media(old.id).await.unwrap().unwrap().description.as_deref(), Some(described), "and on its media row");
    assert_eq!(scene.picture_alt(), described);

    // A repaint that fails for good: the old picture comes back with its description.
    let job = store.regenerate_image(scene.id, Some("garbage".into()), repaint_job(&scene)).await.unwrap().unwrap();
    store.start_job(job.id).await.unwrap().unwrap();
    store.fail_job(job.id, Failure { message: "failed".into(), detail: None }).await.unwrap();
    let back = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((back.image.media, back.picture_alt()), (Some(old.id), described));

    // Interrupted by restarts too often: the same.
    let job = store.regenerate_image(scene.id, None, repaint_job(&scene)).await.unwrap().unwrap();
    for _ in 0..MAX_ATTEMPTS {
        store.start_job(job.id).await.unwrap().unwrap();
        store.recover_jobs().await.unwrap();
    }
    let back = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((back.image.media, back.image.description.as_deref()), (Some(old.id), Some(described)));

    // A new picture without a description clears the old one: the alt is the picture prompt again.
    let job = store.regenerate_image(scene.id, None, repaint_job(&scene)).await.unwrap().unwrap();
    store.start_job(job.id).await.unwrap().unwrap();
    let id = MediaId::new();
    let new = MediaRecord { id, file: format!("media/kids/new-{id}.png"), description: None, ..old.clone() };
    store.finish_image(job.id, new, None, Painted::default()).await.unwrap().unwrap();
    let done = store.scene(scene.id).await.unwrap().unwrap();
    assert_eq!((done.image.media, done.image.description.as_deref()), (Some(id), None));
    assert_eq!(done.picture_alt(), scene.image_prompt);
}

#[tokio::test]
async fn only_a_finished_picture_repaints() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let (scene, _) = finished_scene(&store).await;
    assert!(store.regenerate_image(SceneId::new(), None, repaint_job(&scene)).await.unwrap().is_none(), "unknown scene");
    let job = store.regenerate_image(scene.id, None, repaint_job(&scene)).await.unwrap().unwrap();
    store.start_job(job.id).await.unwrap().unwrap();
    // Generating: nothing changes, not even the words.
    assert!(store.regenerate_image(scene.id, Some("other".into()), repaint_job(&scene)).await.unwrap().is_none());
    assert_eq!(store.scene(scene.id).await.unwrap().unwrap().image_prompt, scene.image_prompt);
}

//! The card row agrees with the scenes after every store write that can
//! change what a card shows, and a store without card rows still reads.
#![allow(clippy::unwrap_used)] // tests may fail loudly

use redb::ReadableDatabase;

use super::*;
use crate::store::{
    AddScene, Choice, Declined, Failure, GalleryAt, ImageStatus, Job, MediaId, MediaRecord, Painted, Scene, Store, TakenChoice, VideoJob,
    VideoState, now,
};
use crate::tier::TierId;

/// Every scene outline of `story`, read the way [`refresh`] reads them.
pub(in crate::store) async fn outlines_of(store: &Store, story: StoryId) -> Vec<SceneOutline> {
    store
        .run(move |db| {
            let txn = db.begin_read()?;
            let index = txn.open_multimap_table(tables::STORY_SCENES)?;
            get_indexed(&index, &txn.open_table(tables::SCENES)?, story.key())
        })
        .await
        .unwrap()
}

/// The stored card row of `story`, if any.
async fn stored_card(store: &Store, story: StoryId) -> Option<Card> {
    store.run(move |db| get::<Card>(&db.begin_read()?.open_table(tables::CARDS)?, story.key())).await.unwrap()
}

/// The row is the card made from the scenes now, for a finished story, and absent otherwise.
async fn assert_card_agrees(store: &Store, story: StoryId, step: &str) -> Option<Card> {
    let expected = match store.story(story).await.unwrap() {
        Some(s) if s.finished_at.is_some() => Some(Card::of(&s, &outlines_of(store, story).await)),
        _ => None,
    };
    let row = stored_card(store, story).await;
    assert_eq!(row, expected, "after {step}");
    row
}

fn picture(scene: &Scene) -> MediaRecord {
    MediaRecord {
        id: MediaId::new(),
        tier: scene.tier.clone(),
        story_id: scene.story_id,
        scene_id: scene.id,
        file: format!("{}.png", scene.id),
        media_type: "image/png".into(),
        bytes: 10,
        width: 64,
        height: 64,
        model: "picture-book".into(),
        created_at: now(),
        description: None,
        thumbnail: false,
    }
}

fn painted() -> Painted {
    Painted { by: "Picture Book".into(), declined_by: Vec::new(), over_budget: false }
}

fn failure() -> Failure {
    Failure { message: "It did not work.".into(), detail: None }
}

/// A video-mode story of three scenes, not stored: its scenes in order,
/// the first waiting for a clip (the others without, so they can be repainted).
fn video_story() -> (Story, Vec<Scene>) {
    let (mut story, mut scenes) = crate::seed::story_and_scenes(&TierId::parse("kids").unwrap(), "Carded", 3);
    story.video_model = Some("pan-and-zoom".into());
    scenes[0].video = Some(VideoState::pending());
    (story, scenes)
}

#[tokio::test]
async fn the_card_row_follows_every_write_that_changes_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let (story, scenes) = video_story();
    let id = story.id;
    let tier = story.tier.clone();
    let job = |scene: &Scene| Job::scene_image(&tier, id, scene.id, now());
    let paint = |store: Store, scene: Scene, job: Job| async move {
        store.start_job(job.id).await.unwrap().unwrap();
        store
            .finish_image(job.id, picture(&scene), Some(MediaRecord { thumbnail: true, ..picture(&scene) }), painted())
            .await
            .unwrap()
            .unwrap()
    };

    let first = job(&scenes[0]);
    store.create_story(story.clone(), scenes[0].clone(), first.clone()).await.unwrap();
    assert!(assert_card_agrees(&store, id, "the story was started").await.is_none());
    let clip = paint(store.clone(), scenes[0].clone(), first).await.clip.unwrap();
    assert_card_agrees(&store, id, "the first picture").await;

    let second = job(&scenes[1]);
    let taken = |scene: &Scene| TakenChoice::Offered(scene.via_choice.unwrap());
    assert_eq!(store.add_scene(taken(&scenes[1]), scenes[1].clone(), second.clone()).await.unwrap(), AddScene::Added);
    store.start_job(second.id).await.unwrap().unwrap();
    store.fail_job(second.id, failure()).await.unwrap();
    let again = job(&scenes[1]);
    assert!(store.retry_image(scenes[1].id, again.clone()).await.unwrap());

    let last = job(&scenes[2]);
    assert_eq!(store.add_scene(taken(&scenes[2]), scenes[2].clone(), last.clone()).await.unwrap(), AddScene::Added);
    let card = assert_card_agrees(&store, id, "the ending was written").await.unwrap();
    assert_eq!((card.main_len, card.endings, card.has_clip), (3, 1, false));
    assert!(card.cover.and_then(|c| c.thumb).is_some(), "the first scene's picture, with its thumbnail");

    store.start_job(again.id).await.unwrap().unwrap();
    assert_card_agrees(&store, id, "a picture started").await;
    store.retry_job(again.id, failure(), "Trying again soon.".into(), None).await.unwrap();
    assert_card_agrees(&store, id, "a picture waits to try again").await;
    let declined = Declined { model: "m".into(), name: "M".into(), detail: None, over_budget: false };
    store.fall_back(again.id, declined, "Another painter will try.".into()).await.unwrap();
    assert_card_agrees(&store, id, "a picture falls back").await;
    paint(store.clone(), scenes[1].clone(), again).await;
    assert_card_agrees(&store, id, "the second picture").await;

    store.claim_video_job(clip).await.unwrap().unwrap();
    assert_card_agrees(&store, id, "a clip was claimed").await;
    store.video_polling(clip, "op-1".into(), Some(40), now()).await.unwrap();
    assert_card_agrees(&store, id, "a clip is polled").await;
    let clip_row = MediaRecord { media_type: "video/mp4".into(), ..picture(&scenes[0]) };
    assert!(store.finish_video(clip, clip_row).await.unwrap());
    let card = assert_card_agrees(&store, id, "a clip was finished").await.unwrap();
    assert!(card.has_clip);

    let repaint = job(&scenes[1]);
    assert!(store.regenerate_image(scenes[0].id, None, job(&scenes[0])).await.unwrap().is_none(), "a scene with a clip");
    store.regenerate_image(scenes[1].id, None, repaint.clone()).await.unwrap().unwrap();
    assert!(store.regenerate_image(scenes[2].id, None, job(&scenes[2])).await.unwrap().is_none(), "not painted yet");
    assert_card_agrees(&store, id, "a repaint was asked for").await;
    store.start_job(repaint.id).await.unwrap().unwrap();
    store.fail_job(repaint.id, failure()).await.unwrap();
    let card = assert_card_agrees(&store, id, "a repaint failed and the old picture came back").await.unwrap();
    assert_eq!(card.cover.map(|c| c.status), Some(ImageStatus::Complete));

    let other = Scene {
        id: SceneId::new(),
        parent: Some(scenes[1].id),
        via_choice: Some(scenes[1].choices[1].id),
        is_ending: true,
        choices: Vec::<Choice>::new(),
        video: Some(VideoState::pending()),
        ..scenes[2].clone()
    };
    let other_job = job(&other);
    store.add_scene(TakenChoice::Offered(scenes[1].choices[1].id), other.clone(), other_job.clone()).await.unwrap();
    let card = assert_card_agrees(&store, id, "another branch reached an ending").await.unwrap();
    assert_eq!((card.main_len, card.endings), (3, 2));

    let other_clip = paint(store.clone(), other.clone(), other_job).await.clip.unwrap();
    store.claim_video_job(other_clip).await.unwrap().unwrap();
    store.recover_jobs().await.unwrap();
    store.recover_video_jobs().await.unwrap();
    assert_card_agrees(&store, id, "a restart").await;
    store.fail_video_job(other_clip, failure()).await.unwrap();
    assert_card_agrees(&store, id, "a clip failed").await;
    let retry = VideoJob::new(&tier, id, other.id, "pan-and-zoom", now());
    assert!(store.retry_video(other.id, retry).await.unwrap());
    assert_card_agrees(&store, id, "a clip is tried again").await;

    store.delete_story(id).await.unwrap().unwrap();
    assert_eq!(stored_card(&store, id).await, None, "a deleted story leaves no card");
}

#[tokio::test]
async fn a_story_without_a_card_row_is_carded_from_its_scenes() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let blobs = crate::blobs::Blobs::new(dir.path().to_path_buf());
    let kids = TierId::parse("kids").unwrap();
    let png = crate::seed::small_png().unwrap();
    let id = crate::seed::finished_story(&store, &blobs, &kids, "Old", 4, &png).await.unwrap();
    let stored = stored_card(&store, id).await.unwrap();
    store
        .run(move |db| {
            let txn = db.begin_write()?;
            txn.open_table(tables::CARDS)?.remove(id.key())?;
            txn.commit()?;
            Ok(())
        })
        .await
        .unwrap();
    assert_eq!(stored_card(&store, id).await, None);
    let page = store.gallery_page(kids, GalleryAt::Newest).await.unwrap();
    assert_eq!(page.stories[0].card, stored, "the card made on reading is the one that was stored");
    assert_eq!(stored.main_len, 4);
}

/// Remove `story`'s card row and the store's "complete" mark, as in a store from before cards.
async fn forget_card(store: &Store, story: StoryId) {
    store
        .run(move |db| {
            let txn = db.begin_write()?;
            txn.open_table(tables::CARDS)?.remove(story.key())?;
            txn.open_table(tables::META)?.remove(CARDS_COMPLETE)?;
            txn.commit()?;
            Ok(())
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn missing_cards_are_filled_once_in_batches() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("store.redb")).unwrap();
    let blobs = crate::blobs::Blobs::new(dir.path().to_path_buf());
    let png = crate::seed::small_png().unwrap();
    assert_eq!(store.fill_missing_cards().await.unwrap(), 0, "a new store is complete");
    let mut ids = Vec::new();
    for tier in ["kids", "bible"] {
        let tier = TierId::parse(tier).unwrap();
        crate::seed::finished_stories(&store, &blobs, &tier, "Many", FILL_BATCH + 7, 2, &png).await.unwrap();
        ids.push(store.gallery_page(tier, GalleryAt::Newest).await.unwrap().stories[3].story.id);
    }
    let mut before = Vec::new();
    for id in &ids {
        before.push(stored_card(&store, *id).await.unwrap());
    }
    for id in &ids {
        forget_card(&store, *id).await;
    }
    assert_eq!(store.fill_missing_cards().await.unwrap(), 2, "two stories had lost their cards, over three batches");
    for (id, card) in ids.iter().zip(before) {
        assert_eq!(stored_card(&store, *id).await, Some(card));
    }
    store
        .run(move |db| {
            let txn = db.begin_write()?;
            txn.open_table(tables::CARDS)?.remove(ids[0].key())?;
            txn.commit()?;
            Ok(())
        })
        .await
        .unwrap();
    assert_eq!(store.fill_missing_cards().await.unwrap(), 0, "once complete, the store is not walked again");
}

fn outline(id: SceneId, parent: Option<SceneId>, is_ending: bool, pictured: bool) -> SceneOutline {
    let media = pictured.then(MediaId::new);
    let status = if pictured { ImageStatus::Complete } else { ImageStatus::Pending };
    SceneOutline { id, parent, is_ending, image: ImageOutline { status, media, thumb: None }, video: None }
}

#[test]
fn the_cover_is_the_first_pictured_scene_of_the_main_path_and_endings_count_every_branch() {
    let (root, side, middle, end, other_end) = (SceneId::new(), SceneId::new(), SceneId::new(), SceneId::new(), SceneId::new());
    let scenes = vec![
        outline(root, None, false, false),
        outline(side, Some(root), false, true),
        outline(middle, Some(root), false, true),
        outline(end, Some(middle), true, true),
        outline(other_end, Some(side), true, false),
    ];
    let story: Story = serde_json::from_value(serde_json::json!({
        "id": StoryId::new(), "tier": "kids", "title": "T", "prompt": "p", "target_scenes": 3,
        "story_model": "m", "image_model": "i", "root_scene": root, "created_at": 1, "ending_scene": end,
    }))
    .unwrap();
    let card = Card::of(&story, &scenes);
    assert_eq!(card.main_len, 3, "root, middle, end");
    assert_eq!(card.cover, Some(scenes[2].image), "the middle scene: the root has no picture and the side branch is not on the path");
    assert_eq!(card.endings, 2);
    let unfinished: Story = serde_json::from_value(serde_json::json!({
        "id": StoryId::new(), "tier": "kids", "title": "T", "prompt": "p", "target_scenes": 3,
        "story_model": "m", "image_model": "i", "root_scene": root, "created_at": 1,
    }))
    .unwrap();
    let card = Card::of(&unfinished, &scenes);
    assert_eq!((card.main_len, card.cover), (0, Some(scenes[0].image)), "no main path: the root's picture state");
}

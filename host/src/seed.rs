//! Finished stories made straight through the store, for tests and the
//! bench (`scripts/bench.sh`): each goes through the same store steps as a
//! played one (the story and its first scene, a finished picture and its
//! thumbnail, the ending scene and its picture), with a real picture file,
//! but no story or picture model is called.
//!
//! [`finished_story`] takes one step per transaction and writes each
//! scene's own files. [`finished_stories`] fills a store in bulk (100,000
//! stories in minutes): [`BATCH`] stories per transaction, and the scenes of
//! one batch share one picture file and one thumbnail, so deleting one of
//! them breaks the others' pictures. It is for throwaway data directories.

use crate::blobs::Blobs;
use crate::blobs::sniff::MediaType;
use crate::store::{
    AddScene, Choice, ChoiceId, ImageState, Job, MediaId, MediaRecord, Painted, Scene, SceneId, Step, Store, Story, StoryId, TakenChoice,
    now,
};
use crate::tier::TierId;

/// A small real picture to seed stories with: a 64×64 PNG of a sunset
/// gradient (about 200 bytes).
pub fn small_png() -> anyhow::Result<Vec<u8>> {
    let picture = image::RgbImage::from_fn(64, 64, |x, y| image::Rgb([200 + (x as u8 / 2), 120 + (y as u8), 90]));
    let mut bytes = std::io::Cursor::new(Vec::new());
    picture.write_to(&mut bytes, image::ImageFormat::Png)?;
    Ok(bytes.into_inner())
}

/// A scene of `story` numbered `number`, with three choices unless it is the ending.
fn scene(story: &Story, number: u32, parent: Option<(SceneId, ChoiceId)>, is_ending: bool) -> Scene {
    Scene {
        id: SceneId::new(),
        story_id: story.id,
        tier: story.tier.clone(),
        parent: parent.map(|(id, _)| id),
        via_choice: parent.map(|(_, choice)| choice),
        number,
        text: format!("Scene {number} of {}: a lighthouse keeper counted the waves, one by one.", story.title),
        image_prompt: "a lighthouse by the sea at sunset".into(),
        choices: if is_ending {
            Vec::new()
        } else {
            ["Climb the stairs", "Wave at the boats", "Make some tea"]
                .iter()
                .map(|t| Choice { id: ChoiceId::new(), text: t.to_string(), child: None })
                .collect()
        },
        is_ending,
        image: ImageState::pending(),
        created_at: now(),
        video: None,
        look_reset: false,
        target: None,
        length_change: None,
    }
}

/// The row of `scene`'s picture, stored as `file` (`bytes` long, 64×64).
fn picture_row(scene: &Scene, id: MediaId, file: String, bytes: usize) -> MediaRecord {
    MediaRecord {
        id,
        tier: scene.tier.clone(),
        story_id: scene.story_id,
        scene_id: scene.id,
        file,
        media_type: "image/png".into(),
        bytes: bytes as u64,
        width: 64,
        height: 64,
        model: "picture-book".into(),
        created_at: now(),
        description: Some("a lighthouse by the sea at sunset".into()),
        thumbnail: false,
    }
}

fn painted() -> Painted {
    Painted { by: "Picture Book (offline)".into(), declined_by: Vec::new(), over_budget: false }
}

/// Paint `scene` with `png`: its job started, the file written, the picture recorded.
async fn paint(store: &Store, blobs: &Blobs, scene: &Scene, job: Job, png: &[u8]) -> anyhow::Result<()> {
    store.start_job(job.id).await?.ok_or_else(|| anyhow::anyhow!("the seeded picture job did not start"))?;
    let id = MediaId::new();
    let file = blobs.put(&scene.tier, scene.story_id, scene.id, id, MediaType::Png, png.to_vec()).await?;
    let media = picture_row(scene, id, file, png.len());
    let thumb = crate::jobs::thumbnail::make(blobs, &media, png.to_vec()).await;
    store.finish_image(job.id, media, thumb, painted()).await?;
    Ok(())
}

/// A new story of `scenes` scenes (at least 2) in `tier`, not stored yet:
/// the story and its scenes in order, each the first choice's child of the last.
pub(crate) fn story_and_scenes(tier: &TierId, title: &str, scenes: u32) -> (Story, Vec<Scene>) {
    let scenes = scenes.max(2);
    let mut story = Story {
        id: StoryId::new(),
        tier: tier.clone(),
        title: title.into(),
        prompt: format!("{title}, a seeded story"),
        target_scenes: scenes,
        story_model: "storyteller".into(),
        image_model: "picture-book".into(),
        root_scene: SceneId::new(),
        created_at: now(),
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
    let first = scene(&story, 1, None, false);
    story.root_scene = first.id;
    let mut all = vec![first];
    for number in 2..=scenes {
        let previous = &all[all.len() - 1];
        let parent = (previous.id, previous.choices[0].id);
        all.push(scene(&story, number, Some(parent), number == scenes));
    }
    (story, all)
}

/// One finished story of `scenes` scenes (at least 2) in `tier`, every scene
/// with `png` as its picture; it lands in the tier's gallery. Returns its id.
pub async fn finished_story(store: &Store, blobs: &Blobs, tier: &TierId, title: &str, scenes: u32, png: &[u8]) -> anyhow::Result<StoryId> {
    let (story, scenes) = story_and_scenes(tier, title, scenes);
    for scene in scenes {
        let job = Job::scene_image(tier, story.id, scene.id, now());
        match (scene.parent, scene.via_choice) {
            (Some(_), Some(choice)) => match store.add_scene(TakenChoice::Offered(choice), scene.clone(), job.clone()).await? {
                AddScene::Added => {}
                other => anyhow::bail!("a seeded scene was not added: {other:?}"),
            },
            _ => store.create_story(story.clone(), scene.clone(), job.clone()).await?,
        }
        paint(store, blobs, &scene, job, png).await?;
    }
    Ok(story.id)
}

/// Stories a [`finished_stories`] transaction holds.
pub const BATCH: usize = 200;

/// `count` finished stories of `scenes` scenes in `tier`, titled
/// "{title} {n}" (n from 1, oldest first), [`BATCH`] to a transaction; each
/// batch's scenes share one picture file (`png`) and one thumbnail.
pub async fn finished_stories(
    store: &Store,
    blobs: &Blobs,
    tier: &TierId,
    title: &str,
    count: usize,
    scenes: u32,
    png: &[u8],
) -> anyhow::Result<()> {
    let mut made = 0;
    while made < count {
        let size = BATCH.min(count - made);
        let batch: Vec<(Story, Vec<Scene>)> =
            (made..made + size).map(|n| story_and_scenes(tier, &format!("{title} {}", n + 1), scenes)).collect();
        let (first_story, first_scenes) = &batch[0];
        let first = &first_scenes[0];
        let file = blobs.put(tier, first_story.id, first.id, MediaId::new(), MediaType::Png, png.to_vec()).await?;
        let shared = picture_row(first, MediaId::new(), file.clone(), png.len());
        let shared_thumb = crate::jobs::thumbnail::make(blobs, &shared, png.to_vec()).await;
        let mut steps = Vec::with_capacity(size * scenes as usize * 2);
        for (story, scenes) in batch {
            for scene in scenes {
                let job = Job::scene_image(tier, story.id, scene.id, now());
                let media = picture_row(&scene, MediaId::new(), file.clone(), png.len());
                let thumb =
                    shared_thumb.as_ref().map(|t| MediaRecord { id: MediaId::new(), story_id: story.id, scene_id: scene.id, ..t.clone() });
                let job_id = job.id;
                steps.push(match scene.via_choice {
                    Some(choice) => Step::AddScene { taken: TakenChoice::Offered(choice), scene, job },
                    None => Step::CreateStory { story: Box::new(story.clone()), scene, job },
                });
                steps.push(Step::FinishImage { job: job_id, media, thumb, painted: painted() });
            }
        }
        store.apply_batch(steps).await?;
        made += size;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may fail loudly

    use super::*;
    use crate::store::{GalleryAt, ImageStatus};

    fn kids() -> TierId {
        TierId::parse("kids").unwrap()
    }

    /// Every scene of `story` is pictured, its picture and thumbnail rows are
    /// there and their files are on disk; the story is finished.
    async fn assert_played_shape(store: &Store, blobs: &Blobs, id: StoryId, scenes: usize) {
        let story = store.story(id).await.unwrap().unwrap();
        assert!(story.finished_at.is_some() && story.ending_scene.is_some());
        let all = store.scenes_of(id).await.unwrap();
        assert_eq!(all.len(), scenes);
        for scene in all {
            assert_eq!(scene.image.status, ImageStatus::Complete);
            for media in [scene.image.media.unwrap(), scene.image.thumb.unwrap()] {
                let row = store.media(media).await.unwrap().unwrap();
                assert_eq!((row.story_id, row.scene_id), (id, scene.id));
                assert!(blobs.path(&row.file).is_file(), "{}", row.file);
            }
        }
    }

    #[tokio::test]
    async fn bulk_stories_have_the_shape_of_step_by_step_ones_and_reach_the_gallery() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let blobs = Blobs::new(dir.path().to_path_buf());
        let png = small_png().unwrap();
        let one = finished_story(&store, &blobs, &kids(), "One by one", 3, &png).await.unwrap();
        finished_stories(&store, &blobs, &kids(), "Bulk", BATCH + 5, 3, &png).await.unwrap();

        assert_played_shape(&store, &blobs, one, 3).await;
        let page = store.gallery_page(kids(), GalleryAt::Newest).await.unwrap();
        assert_eq!(page.total, BATCH as u64 + 6);
        for card in &page.stories {
            assert_eq!((card.card.main_len, card.card.endings), (3, 1));
            assert_played_shape(&store, &blobs, card.story.id, 3).await;
        }
        let files = std::fs::read_dir(dir.path().join("media/kids")).unwrap().count();
        assert_eq!(files, 1 + 2, "one folder per story with its own files, one per batch");
    }

    #[tokio::test]
    async fn a_batch_with_a_step_that_does_not_apply_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let (story, scenes) = story_and_scenes(&kids(), "Half", 2);
        let job = |scene: &Scene| Job::scene_image(&kids(), story.id, scene.id, now());
        let wrong_choice = TakenChoice::Offered(ChoiceId::new());
        let steps = vec![
            Step::CreateStory { story: Box::new(story.clone()), scene: scenes[0].clone(), job: job(&scenes[0]) },
            Step::AddScene { taken: wrong_choice, scene: scenes[1].clone(), job: job(&scenes[1]) },
        ];
        let err = store.apply_batch(steps).await.unwrap_err();
        assert!(err.to_string().contains("step 1"), "{err}");
        assert!(store.story(story.id).await.unwrap().is_none(), "the story of step 0 was not kept");
        assert!(store.scene(scenes[0].id).await.unwrap().is_none());
    }
}

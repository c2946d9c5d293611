//! Finished stories made straight through the store, for tests and the
//! bench (`scripts/bench.sh`): each goes through the same store steps as a
//! played one (the story and its first scene, a finished picture and its
//! thumbnail, the ending scene and its picture), with a real picture file,
//! but no story or picture model is called.

use crate::blobs::Blobs;
use crate::blobs::sniff::MediaType;
use crate::store::{
    AddScene, Choice, ChoiceId, ImageState, Job, MediaId, MediaRecord, Painted, Scene, SceneId, Store, Story, StoryId, TakenChoice, now,
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

/// Paint `scene` with `png`: its job started, the file written, the picture recorded.
async fn paint(store: &Store, blobs: &Blobs, scene: &Scene, job: Job, png: &[u8]) -> anyhow::Result<()> {
    store.start_job(job.id).await?.ok_or_else(|| anyhow::anyhow!("the seeded picture job did not start"))?;
    let id = MediaId::new();
    let file = blobs.put(&scene.tier, scene.story_id, scene.id, id, MediaType::Png, png.to_vec()).await?;
    let media = MediaRecord {
        id,
        tier: scene.tier.clone(),
        story_id: scene.story_id,
        scene_id: scene.id,
        file,
        media_type: "image/png".into(),
        bytes: png.len() as u64,
        width: 64,
        height: 64,
        model: "picture-book".into(),
        created_at: now(),
        description: Some("a lighthouse by the sea at sunset".into()),
        thumbnail: false,
    };
    let painted = Painted { by: "Picture Book (offline)".into(), declined_by: Vec::new(), over_budget: false };
    let thumb = crate::jobs::thumbnail::make(blobs, &media, png.to_vec()).await;
    store.finish_image(job.id, media, thumb, painted).await?;
    Ok(())
}

/// One finished story of `scenes` scenes (at least 2) in `tier`, every scene
/// with `png` as its picture; it lands in the tier's gallery. Returns its id.
pub async fn finished_story(store: &Store, blobs: &Blobs, tier: &TierId, title: &str, scenes: u32, png: &[u8]) -> anyhow::Result<StoryId> {
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
    let job = Job::scene_image(tier, story.id, first.id, now());
    store.create_story(story.clone(), first.clone(), job.clone()).await?;
    paint(store, blobs, &first, job, png).await?;
    let mut previous = first;
    for number in 2..=scenes {
        let choice = previous.choices[0].id;
        let next = scene(&story, number, Some((previous.id, choice)), number == scenes);
        let job = Job::scene_image(tier, story.id, next.id, now());
        match store.add_scene(TakenChoice::Offered(choice), next.clone(), job.clone()).await? {
            AddScene::Added => {}
            other => anyhow::bail!("a seeded scene was not added: {other:?}"),
        }
        paint(store, blobs, &next, job, png).await?;
        previous = next;
    }
    Ok(story.id)
}

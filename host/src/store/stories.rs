//! Stories and scenes: creating a story, adding a scene under a choice,
//! reading the tree, and deleting a story whole (`gallery` reads the gallery;
//! adding a scene rewrites the story's card, `cards`).

use redb::{ReadableDatabase, ReadableTable, WriteTransaction};

use super::Job;
use super::gallery::{adjust_gallery_count, gallery_key};
use super::{Choice, LengthChange, MediaRecord, Scene, Story, fold_choice};
use super::{ChoiceId, Result, SceneId, Store, StoryId, cards, codec, get, get_indexed, tables};

/// The choice a new scene is stored under.
#[derive(Debug, Clone)]
pub enum TakenChoice {
    /// One the story model offered.
    Offered(ChoiceId),
    /// One the family typed (added to the parent's choices).
    Typed(Choice),
}

/// What happened when a scene was added under a choice.
#[derive(Debug, Clone, PartialEq)]
pub enum AddScene {
    /// The new scene was stored (with its image job).
    Added,
    /// The choice had already been taken (e.g. a double click): here is its scene.
    AlreadyExplored(SceneId),
    /// The parent scene or the choice does not exist.
    NoSuchChoice,
}

impl Store {
    /// Store a new story with its first scene and that scene's image job, atomically.
    pub async fn create_story(&self, story: Story, scene: Scene, job: Job) -> Result<()> {
        self.create_story_with_photos(story, scene, job, Vec::new()).await
    }

    /// [`Store::create_story`] with the story's own photos (files already written), in the same transaction.
    pub async fn create_story_with_photos(&self, story: Story, scene: Scene, job: Job, photos: Vec<super::PhotoRecord>) -> Result<()> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            insert_story(&txn, &story, &scene, &job, &photos)?;
            txn.commit()?;
            Ok(())
        })
        .await
    }

    /// Store `scene` as the child of the `taken` choice of its parent, with
    /// its image job; when it is an ending and the story had none, the story
    /// is finished and enters its tier's gallery. All in one transaction.
    ///
    /// A typed choice joins the parent's
    /// choices, unless one with the same text ([`fold_choice`]) is there
    /// already: then that one is taken, or, explored already, its scene is returned.
    pub async fn add_scene(&self, taken: TakenChoice, scene: Scene, job: Job) -> Result<AddScene> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let added = insert_scene(&txn, taken, scene, &job)?;
            if added == AddScene::Added {
                txn.commit()?;
            }
            Ok(added)
        })
        .await
    }

    /// Change a branch's length ("Keep going", "Wrap it up" on `scene`): its
    /// branch target becomes `target` and the change is kept for the story
    /// model; the scenes written after it inherit the target. `false` when
    /// there is no such scene.
    pub async fn set_branch_length(&self, scene: SceneId, target: u32, change: LengthChange) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut scenes = txn.open_table(tables::SCENES)?;
                let Some(mut stored) = get::<Scene>(&scenes, scene.key())? else { return Ok(false) };
                stored.target = Some(target);
                stored.length_change = Some(change);
                scenes.insert(scene.key(), codec::encode(&stored)?.as_slice())?;
            }
            txn.commit()?;
            Ok(true)
        })
        .await
    }

    pub async fn story(&self, id: StoryId) -> Result<Option<Story>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            get(&txn.open_table(tables::STORIES)?, id.key())
        })
        .await
    }

    pub async fn scene(&self, id: SceneId) -> Result<Option<Scene>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            get(&txn.open_table(tables::SCENES)?, id.key())
        })
        .await
    }

    /// Every scene of a story, in no particular order.
    pub async fn scenes_of(&self, story_id: StoryId) -> Result<Vec<Scene>> {
        self.run(move |db| {
            let txn = db.begin_read()?;
            let index = txn.open_multimap_table(tables::STORY_SCENES)?;
            let scenes = txn.open_table(tables::SCENES)?;
            get_indexed(&index, &scenes, story_id.key())
        })
        .await
    }

    /// Remove a story, its scenes, media rows, its own photos, picture and
    /// clip jobs in one transaction. Returns the files (media and photos) so
    /// the caller can delete them after the commit (a crash in between leaves
    /// orphan files, which the start-up sweep removes; never a row pointing at
    /// a missing file).
    pub async fn delete_story(&self, id: StoryId) -> Result<Option<Vec<String>>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let mut removed_media;
            {
                let mut stories = txn.open_table(tables::STORIES)?;
                let Some(story) = get::<Story>(&stories, id.key())? else { return Ok(None) };
                stories.remove(id.key())?;
                if let Some(finished) = story.finished_at {
                    let mut gallery = txn.open_table(tables::GALLERY)?;
                    if gallery.remove(gallery_key(&story.tier, finished, id))?.is_some() {
                        adjust_gallery_count(&txn, &gallery, story.tier.as_str(), -1)?;
                    }
                }
                txn.open_table(tables::CARDS)?.remove(id.key())?;
                let mut scenes = txn.open_table(tables::SCENES)?;
                for scene_id in txn.open_multimap_table(tables::STORY_SCENES)?.remove_all(id.key())? {
                    scenes.remove(scene_id?.value())?;
                }
                let mut media = txn.open_table(tables::MEDIA)?;
                let mut records = Vec::new();
                for media_id in txn.open_multimap_table(tables::STORY_MEDIA)?.remove_all(id.key())? {
                    if let Some(guard) = media.remove(media_id?.value())? {
                        records.push(codec::decode::<MediaRecord>(guard.value())?);
                    }
                }
                removed_media = records.into_iter().map(|m| m.file).collect::<Vec<_>>();
                let mut photos = txn.open_table(tables::PHOTOS)?;
                for photo in &story.photos {
                    if let Some(guard) = photos.remove(photo.key())? {
                        removed_media.extend(codec::decode::<super::PhotoRecord>(guard.value())?.files());
                    }
                }
                let mut jobs = txn.open_table(tables::JOBS)?;
                let job_ids: Vec<u128> = jobs
                    .iter()?
                    .filter_map(|entry| {
                        let (key, value) = entry.ok()?;
                        let job: Job = codec::decode(value.value()).ok()?;
                        (job.story_id == id).then_some(key.value())
                    })
                    .collect();
                for job_id in job_ids {
                    jobs.remove(job_id)?;
                }
                let mut video_jobs = txn.open_table(tables::VIDEO_JOBS)?;
                let video_job_ids: Vec<u128> = video_jobs
                    .iter()?
                    .filter_map(|entry| {
                        let (key, value) = entry.ok()?;
                        let job: super::VideoJob = codec::decode(value.value()).ok()?;
                        (job.story_id == id).then_some(key.value())
                    })
                    .collect();
                for job_id in video_job_ids {
                    video_jobs.remove(job_id)?;
                }
            }
            txn.commit()?;
            Ok(Some(removed_media))
        })
        .await
    }
}

impl Store {
    /// Mark `scene` so the scenes after it do not copy its picture ("Reset appearance").
    pub async fn reset_look(&self, scene: SceneId) -> Result<()> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut scenes = txn.open_table(tables::SCENES)?;
                let Some(mut stored) = get::<Scene>(&scenes, scene.key())? else { return Ok(()) };
                stored.look_reset = true;
                scenes.insert(scene.key(), codec::encode(&stored)?.as_slice())?;
            }
            txn.commit()?;
            Ok(())
        })
        .await
    }

    /// Remove the story's own photos (its first ending has its picture): the
    /// story keeps no photo ids and the rows go, in one transaction. Returns
    /// the files to delete; nothing when it had none.
    pub async fn drop_story_photos(&self, id: StoryId) -> Result<Vec<String>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let mut files = Vec::new();
            {
                let mut stories = txn.open_table(tables::STORIES)?;
                let Some(mut story) = get::<Story>(&stories, id.key())? else { return Ok(files) };
                if story.photos.is_empty() {
                    return Ok(files);
                }
                let mut photos = txn.open_table(tables::PHOTOS)?;
                for photo in std::mem::take(&mut story.photos) {
                    if let Some(guard) = photos.remove(photo.key())? {
                        files.extend(codec::decode::<super::PhotoRecord>(guard.value())?.files());
                    }
                }
                stories.insert(id.key(), codec::encode(&story)?.as_slice())?;
            }
            txn.commit()?;
            Ok(files)
        })
        .await
    }
}

/// [`Store::create_story_with_photos`]'s writes, in `txn`.
pub(super) fn insert_story(txn: &WriteTransaction, story: &Story, scene: &Scene, job: &Job, photos: &[super::PhotoRecord]) -> Result<()> {
    let mut photo_table = txn.open_table(tables::PHOTOS)?;
    for photo in photos {
        photo_table.insert(photo.id.key(), codec::encode(photo)?.as_slice())?;
    }
    txn.open_table(tables::STORIES)?.insert(story.id.key(), codec::encode(story)?.as_slice())?;
    txn.open_table(tables::SCENES)?.insert(scene.id.key(), codec::encode(scene)?.as_slice())?;
    txn.open_multimap_table(tables::STORY_SCENES)?.insert(story.id.key(), scene.id.key())?;
    txn.open_table(tables::JOBS)?.insert(job.id.key(), codec::encode(job)?.as_slice())?;
    Ok(())
}

/// [`Store::add_scene`]'s writes, in `txn`; nothing is written unless it returns [`AddScene::Added`].
pub(super) fn insert_scene(txn: &WriteTransaction, taken: TakenChoice, scene: Scene, job: &Job) -> Result<AddScene> {
    let Some(parent_id) = scene.parent else { return Ok(AddScene::NoSuchChoice) };
    let mut scenes = txn.open_table(tables::SCENES)?;
    let Some(mut parent) = get::<Scene>(&scenes, parent_id.key())? else { return Ok(AddScene::NoSuchChoice) };
    let position = match &taken {
        TakenChoice::Offered(id) => parent.choices.iter().position(|c| c.id == *id),
        TakenChoice::Typed(typed) => {
            let folded = fold_choice(&typed.text);
            let same = parent.choices.iter().position(|c| fold_choice(&c.text) == folded);
            Some(same.unwrap_or_else(|| {
                parent.choices.push(Choice { child: None, ..typed.clone() });
                parent.choices.len() - 1
            }))
        }
    };
    let Some(choice) = position.and_then(|at| parent.choices.get_mut(at)) else { return Ok(AddScene::NoSuchChoice) };
    if let Some(existing) = choice.child {
        return Ok(AddScene::AlreadyExplored(existing));
    }
    choice.child = Some(scene.id);
    let mut scene = scene;
    scene.via_choice = Some(choice.id);
    scenes.insert(parent.id.key(), codec::encode(&parent)?.as_slice())?;
    scenes.insert(scene.id.key(), codec::encode(&scene)?.as_slice())?;
    txn.open_multimap_table(tables::STORY_SCENES)?.insert(scene.story_id.key(), scene.id.key())?;
    txn.open_table(tables::JOBS)?.insert(job.id.key(), codec::encode(job)?.as_slice())?;

    if scene.is_ending {
        let mut stories = txn.open_table(tables::STORIES)?;
        if let Some(mut story) = get::<Story>(&stories, scene.story_id.key())?
            && story.finished_at.is_none()
        {
            let finished = scene.created_at;
            story.finished_at = Some(finished);
            story.ending_scene = Some(scene.id);
            stories.insert(story.id.key(), codec::encode(&story)?.as_slice())?;
            let mut gallery = txn.open_table(tables::GALLERY)?;
            gallery.insert(gallery_key(&story.tier, finished, story.id), ())?;
            adjust_gallery_count(txn, &gallery, story.tier.as_str(), 1)?;
        }
    }
    drop(scenes);
    cards::refresh(txn, scene.story_id)?;
    Ok(AddScene::Added)
}

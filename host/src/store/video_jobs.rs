//! Clip job transitions (`VideoJob`), each one transaction that also updates
//! the scene's `VideoState`, so a job and the page that shows it never disagree.
//!
//! Each one also rewrites the story's gallery card (`cards::refresh`).
//!
//! `Pending` (not submitted yet, or waiting to submit again) → `Generating`
//! (a worker submits it, or the provider has it and it is polled) →
//! `Complete` (the job row is removed) | `Failed`. Invariant kept here: after a
//! restart every `Pending` or `Generating` job is run again, and one the
//! provider had accepted is polled under its stored provider job id, never
//! submitted twice (`recover_video_jobs`).

use redb::{ReadableDatabase, ReadableTable};

use super::{Failure, MAX_ATTEMPTS, MediaRecord, Scene, Story, Timestamp, VideoJob, VideoState, VideoStatus, now};
use super::{JobId, Result, SceneId, Store, cards, codec, get, tables};

/// A clip job a worker just claimed, with what it works on.
#[derive(Debug, Clone)]
pub struct VideoStart {
    pub job: VideoJob,
    pub story: Story,
    pub scene: Scene,
}

/// What start-up recovery found among clip jobs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VideoRecovery {
    /// Jobs to run, oldest first.
    pub pending: Vec<JobId>,
    /// Jobs the provider had accepted: polled again under their provider job id.
    pub resumed: usize,
    /// Interrupted submissions that had used every attempt, marked failed.
    pub failed: usize,
}

impl Store {
    /// Claim a clip job for a worker: `Pending` becomes `Generating` (one more
    /// submission attempt); a `Generating` job the provider has is handed back
    /// for its next poll. `None` when the job is gone, failed, or its story or scene is.
    pub async fn claim_video_job(&self, id: JobId) -> Result<Option<VideoStart>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let start;
            {
                let mut jobs = txn.open_table(tables::VIDEO_JOBS)?;
                let Some(mut job) = get::<VideoJob>(&jobs, id.key())? else { return Ok(None) };
                match job.status {
                    VideoStatus::Pending => {
                        job.status = VideoStatus::Generating;
                        job.attempts += 1;
                    }
                    VideoStatus::Generating if job.provider_job.is_some() => {}
                    _ => return Ok(None),
                }
                let Some(story) = get::<Story>(&txn.open_table(tables::STORIES)?, job.story_id.key())? else { return Ok(None) };
                let mut scenes = txn.open_table(tables::SCENES)?;
                let Some(scene) = set_scene_video(&mut scenes, job.scene_id, |video| {
                    video.status = VideoStatus::Generating;
                    video.progress = video.progress.filter(|_| job.provider_job.is_some());
                })?
                else {
                    return Ok(None);
                };
                job.updated_at = now();
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                start = VideoStart { job, story, scene };
            }
            cards::refresh(&txn, start.story.id)?;
            txn.commit()?;
            Ok(Some(start))
        })
        .await
    }

    /// The provider has the clip and is still making it: remember its job id
    /// (and when it accepted it), show its progress, poll again at `next_poll`.
    pub async fn video_polling(&self, id: JobId, provider_job: String, percent: Option<u8>, next_poll: Timestamp) -> Result<()> {
        self.update_video_job(id, move |job, video| {
            job.status = VideoStatus::Generating;
            job.provider_job = Some(provider_job);
            job.submitted_at = job.submitted_at.or(Some(now()));
            job.not_before = Some(next_poll);
            video.status = VideoStatus::Generating;
            video.progress = percent.map(|p| p.min(100));
        })
        .await
    }

    /// A try failed but may work later: try again after `not_before` (polling
    /// on when the provider has the clip, submitting again otherwise); the
    /// scene shows `notice` meanwhile. `count_attempt` counts a failure of a
    /// try that claiming does not count (a poll, or saving a finished clip), so
    /// it cannot repeat forever.
    pub async fn retry_video_job(
        &self,
        id: JobId,
        failure: Failure,
        notice: String,
        not_before: Timestamp,
        count_attempt: bool,
    ) -> Result<()> {
        self.update_video_job(id, move |job, video| {
            if count_attempt && job.provider_job.is_some() {
                job.attempts += 1;
            }
            job.status = if job.provider_job.is_some() { VideoStatus::Generating } else { VideoStatus::Pending };
            job.error = Some(failure.message);
            job.detail = failure.detail;
            job.not_before = Some(not_before);
            video.status = job.status;
            video.notice = Some(notice);
        })
        .await
    }

    /// The clip failed for good: the reason on the job and the scene.
    pub async fn fail_video_job(&self, id: JobId, failure: Failure) -> Result<()> {
        self.update_video_job(id, move |job, video| {
            job.status = VideoStatus::Failed;
            job.error = Some(failure.message.clone());
            job.detail = failure.detail.clone();
            video.status = VideoStatus::Failed;
            video.error = Some(failure.message);
            video.detail = failure.detail;
        })
        .await
    }

    /// The clip is durable on disk: record it, show it, drop the job. False
    /// when the story was deleted meanwhile (the caller deletes the file it wrote).
    pub async fn finish_video(&self, id: JobId, media: MediaRecord) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut jobs = txn.open_table(tables::VIDEO_JOBS)?;
                if get::<VideoJob>(&jobs, id.key())?.is_none() {
                    return Ok(false);
                }
                let mut scenes = txn.open_table(tables::SCENES)?;
                let shown = set_scene_video(&mut scenes, media.scene_id, |video| {
                    *video = VideoState { status: VideoStatus::Complete, media: Some(media.id), ..VideoState::pending() };
                })?;
                if shown.is_none() {
                    return Ok(false);
                }
                txn.open_table(tables::MEDIA)?.insert(media.id.key(), codec::encode(&media)?.as_slice())?;
                txn.open_multimap_table(tables::STORY_MEDIA)?.insert(media.story_id.key(), media.id.key())?;
                jobs.remove(id.key())?;
            }
            cards::refresh(&txn, media.story_id)?;
            txn.commit()?;
            Ok(true)
        })
        .await
    }

    /// Make a failed clip again with `job` (a new submission); the picture is
    /// untouched. False when the scene is gone or its clip did not fail.
    pub async fn retry_video(&self, scene_id: SceneId, job: VideoJob) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut scenes = txn.open_table(tables::SCENES)?;
                match get::<Scene>(&scenes, scene_id.key())? {
                    Some(Scene { video: Some(video), .. }) if video.status == VideoStatus::Failed => {}
                    _ => return Ok(false),
                }
                let job_id = job.id;
                set_scene_video(&mut scenes, scene_id, |video| *video = VideoState { job: Some(job_id), ..VideoState::pending() })?;
                let mut jobs = txn.open_table(tables::VIDEO_JOBS)?;
                let old: Vec<u128> = jobs
                    .iter()?
                    .filter_map(|entry| {
                        let (key, value) = entry.ok()?;
                        let old: VideoJob = codec::decode(value.value()).ok()?;
                        (old.scene_id == scene_id).then_some(key.value())
                    })
                    .collect();
                for key in old {
                    jobs.remove(key)?;
                }
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
            }
            cards::refresh(&txn, job.story_id)?;
            txn.commit()?;
            Ok(true)
        })
        .await
    }

    /// At start-up: every `Pending` and `Generating` clip job is run again.
    /// One the provider had accepted keeps its provider job id (it is polled,
    /// not submitted again); an interrupted submission that had used every
    /// attempt fails with a reason.
    pub async fn recover_video_jobs(&self) -> Result<VideoRecovery> {
        self.run(|db| {
            let txn = db.begin_write()?;
            let mut recovery = VideoRecovery::default();
            let mut touched = Vec::new();
            {
                let mut jobs = txn.open_table(tables::VIDEO_JOBS)?;
                let mut scenes = txn.open_table(tables::SCENES)?;
                let all: Vec<VideoJob> =
                    jobs.iter()?.map(|entry| -> Result<VideoJob> { Ok(codec::decode(entry?.1.value())?) }).collect::<Result<_>>()?;
                let mut pending = Vec::new();
                for mut job in all {
                    match (job.status, &job.provider_job) {
                        (VideoStatus::Generating, Some(_)) => {
                            recovery.resumed += 1;
                            pending.push((job.created_at, job.id));
                            continue;
                        }
                        (VideoStatus::Generating, None) if job.attempts >= MAX_ATTEMPTS => {
                            let message = "The video was interrupted by a restart too many times; try the video again.";
                            job.status = VideoStatus::Failed;
                            job.error = Some(message.into());
                            set_scene_video(&mut scenes, job.scene_id, |video| {
                                video.status = VideoStatus::Failed;
                                video.error = Some(message.into());
                            })?;
                            recovery.failed += 1;
                        }
                        (VideoStatus::Generating, None) => {
                            job.status = VideoStatus::Pending;
                            set_scene_video(&mut scenes, job.scene_id, |video| video.status = VideoStatus::Pending)?;
                            pending.push((job.created_at, job.id));
                        }
                        (VideoStatus::Pending, _) => {
                            pending.push((job.created_at, job.id));
                            continue;
                        }
                        (VideoStatus::Complete | VideoStatus::Failed, _) => continue,
                    }
                    job.updated_at = now();
                    jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                    touched.push(job.story_id);
                }
                pending.sort();
                recovery.pending = pending.into_iter().map(|(_, id)| id).collect();
            }
            cards::refresh_all(&txn, touched)?;
            txn.commit()?;
            Ok(recovery)
        })
        .await
    }

    /// A clip job by id (tests and diagnostics).
    pub async fn video_job(&self, id: JobId) -> Result<Option<VideoJob>> {
        self.run(move |db| get(&db.begin_read()?.open_table(tables::VIDEO_JOBS)?, id.key())).await
    }

    /// Change a clip job and its scene's clip state in one transaction (nothing when the job is gone).
    async fn update_video_job(&self, id: JobId, change: impl FnOnce(&mut VideoJob, &mut VideoState) + Send + 'static) -> Result<()> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let story = {
                let mut jobs = txn.open_table(tables::VIDEO_JOBS)?;
                let Some(mut job) = get::<VideoJob>(&jobs, id.key())? else { return Ok(()) };
                let mut scenes = txn.open_table(tables::SCENES)?;
                let mut change = Some(change);
                set_scene_video(&mut scenes, job.scene_id, |video| {
                    if let Some(change) = change.take() {
                        change(&mut job, video);
                    }
                })?;
                if let Some(change) = change.take() {
                    change(&mut job, &mut VideoState::pending());
                }
                job.updated_at = now();
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                job.story_id
            };
            cards::refresh(&txn, story)?;
            txn.commit()?;
            Ok(())
        })
        .await
    }
}

/// When the scene's picture is settled (complete, or failed for good), start
/// its clip in the same transaction: a new `VideoJob` for a video-mode story
/// whose scene waits for one. Returns the new job's id (the caller queues it).
pub(super) fn queue_clip(txn: &redb::WriteTransaction, scene_id: SceneId) -> Result<Option<JobId>> {
    let mut scenes = txn.open_table(tables::SCENES)?;
    let Some(mut scene) = get::<Scene>(&scenes, scene_id.key())? else { return Ok(None) };
    let Some(video) = scene.video.as_mut().filter(|v| v.status == VideoStatus::Pending && v.job.is_none()) else { return Ok(None) };
    let Some(story) = get::<Story>(&txn.open_table(tables::STORIES)?, scene.story_id.key())? else { return Ok(None) };
    let Some(model) = story.video_model.as_deref() else { return Ok(None) };
    let job = VideoJob::new(&scene.tier, story.id, scene.id, model, now());
    video.job = Some(job.id);
    scenes.insert(scene.id.key(), codec::encode(&scene)?.as_slice())?;
    txn.open_table(tables::VIDEO_JOBS)?.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
    Ok(Some(job.id))
}

/// Update a scene's clip state in an open write transaction; `None` when the
/// scene is gone. Words of an earlier state (error, notice) do not outlive it.
fn set_scene_video(
    scenes: &mut redb::Table<u128, &'static [u8]>,
    scene_id: SceneId,
    change: impl FnOnce(&mut VideoState),
) -> Result<Option<Scene>> {
    let Some(mut scene) = get::<Scene>(scenes, scene_id.key())? else { return Ok(None) };
    let mut video = scene.video.take().unwrap_or_else(VideoState::pending);
    video.error = None;
    video.detail = None;
    video.notice = None;
    change(&mut video);
    scene.video = Some(video);
    scenes.insert(scene_id.key(), codec::encode(&scene)?.as_slice())?;
    Ok(Some(scene))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Choice, ChoiceId, ImageState, Job, StoryId};
    use crate::tier::TierId;

    /// A stored video-mode story (or a picture-only one) with one scene and its picture job.
    async fn story(store: &Store, video: bool) -> (Scene, Job) {
        let tier = TierId::parse("kids").unwrap();
        let (story_id, scene_id) = (StoryId::new(), SceneId::new());
        let scene = Scene {
            id: scene_id,
            story_id,
            tier: tier.clone(),
            parent: None,
            via_choice: None,
            number: 1,
            text: "A snail races a firefly.".into(),
            image_prompt: "a snail and a firefly".into(),
            choices: vec![Choice { id: ChoiceId::new(), text: "Go".into(), child: None }],
            is_ending: false,
            image: ImageState::pending(),
            created_at: now(),
            video: video.then(VideoState::pending),
            look_reset: false,
            target: None,
            length_change: None,
        };
        let story = Story {
            id: story_id,
            tier: tier.clone(),
            title: "Race".into(),
            prompt: "race".into(),
            target_scenes: 3,
            story_model: "storyteller".into(),
            image_model: "picture-book".into(),
            root_scene: scene_id,
            created_at: now(),
            finished_at: None,
            ending_scene: None,
            video_model: video.then(|| "pan-and-zoom".to_string()),
            video_note: None,
            memory_mode: false,
            characters: Vec::new(),
            photos: Vec::new(),
            profile: None,
            family_mode: false,
            bedtime: false,
        };
        let job = Job::scene_image(&tier, story_id, scene_id, now());
        store.create_story(story, scene.clone(), job.clone()).await.unwrap();
        (scene, job)
    }

    fn failure(message: &str) -> Failure {
        Failure { message: message.into(), detail: None }
    }

    #[tokio::test]
    async fn a_clip_job_starts_once_when_the_picture_is_settled_and_only_in_video_mode() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();

        // Picture-only story: settling the picture starts nothing.
        let (_, job) = story(&store, false).await;
        store.start_job(job.id).await.unwrap();
        assert_eq!(store.fail_job(job.id, failure("no")).await.unwrap(), None);

        // Video mode: the picture fails for good → a clip job (from the words alone), once.
        let (scene, job) = story(&store, true).await;
        store.start_job(job.id).await.unwrap();
        let clip = store.fail_job(job.id, failure("no")).await.unwrap().expect("a clip job");
        let stored = store.scene(scene.id).await.unwrap().unwrap();
        assert_eq!(stored.video.as_ref().and_then(|v| v.job), Some(clip));
        let clip_job = store.video_job(clip).await.unwrap().unwrap();
        assert_eq!((clip_job.status, clip_job.model.as_str(), clip_job.attempts), (VideoStatus::Pending, "pan-and-zoom", 0));
        // The picture retried and failing again does not start a second clip.
        let again = Job::scene_image(&scene.tier, scene.story_id, scene.id, now());
        assert!(store.retry_image(scene.id, again.clone()).await.unwrap());
        store.start_job(again.id).await.unwrap();
        assert_eq!(store.fail_job(again.id, failure("no")).await.unwrap(), None);
    }

    #[tokio::test]
    async fn a_restart_polls_an_accepted_clip_again_and_resubmits_only_an_interrupted_one() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("store.redb")).unwrap();
        let mut clips = Vec::new();
        for _ in 0..3 {
            let (_, job) = story(&store, true).await;
            store.start_job(job.id).await.unwrap();
            clips.push(store.fail_job(job.id, failure("no")).await.unwrap().unwrap());
        }
        // Clip 0: accepted by its provider. Clip 1: interrupted mid-submission. Clip 2: interrupted too often.
        store.claim_video_job(clips[0]).await.unwrap().unwrap();
        store.video_polling(clips[0], "req-42".into(), Some(30), now() + 5_000).await.unwrap();
        store.claim_video_job(clips[1]).await.unwrap().unwrap();
        for _ in 1..MAX_ATTEMPTS {
            store.claim_video_job(clips[2]).await.unwrap().unwrap();
            store.recover_video_jobs().await.unwrap();
        }
        store.claim_video_job(clips[2]).await.unwrap().unwrap();

        let recovery = store.recover_video_jobs().await.unwrap();
        assert_eq!((recovery.resumed, recovery.failed), (1, 1), "{recovery:?}");
        assert!(recovery.pending.contains(&clips[0]) && recovery.pending.contains(&clips[1]));
        assert!(!recovery.pending.contains(&clips[2]));
        let accepted = store.video_job(clips[0]).await.unwrap().unwrap();
        assert_eq!((accepted.status, accepted.provider_job.as_deref(), accepted.attempts), (VideoStatus::Generating, Some("req-42"), 1));
        // Claimed again, it is handed back for a poll: no new attempt, no second submission.
        let start = store.claim_video_job(clips[0]).await.unwrap().unwrap();
        assert_eq!((start.job.attempts, start.job.provider_job.as_deref()), (1, Some("req-42")));
        let interrupted = store.video_job(clips[1]).await.unwrap().unwrap();
        assert_eq!((interrupted.status, interrupted.provider_job), (VideoStatus::Pending, None));
        let given_up = store.video_job(clips[2]).await.unwrap().unwrap();
        assert_eq!(given_up.status, VideoStatus::Failed);
        let scene = store.scene(given_up.scene_id).await.unwrap().unwrap();
        assert!(scene.video.unwrap().error.unwrap().contains("interrupted by a restart"));
    }
}

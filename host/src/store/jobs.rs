//! Job transitions, each one transaction that also updates the scene's
//! picture state, so a job and the page that shows it never disagree.
//!
//! Invariant kept here: no job stays `Running` across a restart (`recover`),
//! and a scene shows "complete" only once its blob is durable and its media
//! row committed (`finish_image`).

use redb::{ReadableDatabase, ReadableTable};

use super::{ImageStatus, MediaRecord, Scene, Story, now};
use super::{Job, JobId, JobState, MAX_ATTEMPTS, MediaId, SceneId};
use super::{Result, Store, codec, get, tables};

/// A job that was just marked running, with what it works on.
#[derive(Debug, Clone)]
pub struct JobStart {
    pub job: Job,
    pub story: Story,
    pub scene: Scene,
}

/// What start-up recovery found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Recovery {
    /// Jobs to run, oldest first (interrupted ones re-queued).
    pub pending: Vec<JobId>,
    /// Interrupted jobs that had used all attempts and were marked failed.
    pub failed: usize,
    pub requeued: usize,
}

impl Store {
    /// At start-up: every `Running` job was interrupted. Re-queue it, or fail it
    /// (and its scene's picture) once it has used all attempts. Returns the
    /// jobs to run.
    pub async fn recover_jobs(&self) -> Result<Recovery> {
        self.run(|db| {
            let txn = db.begin_write()?;
            let mut recovery = Recovery::default();
            {
                let mut jobs = txn.open_table(tables::JOBS)?;
                let mut scenes = txn.open_table(tables::SCENES)?;
                let all: Vec<Job> =
                    jobs.iter()?.map(|entry| -> Result<Job> { Ok(codec::decode(entry?.1.value())?) }).collect::<Result<_>>()?;
                let mut pending: Vec<Job> = Vec::new();
                for mut job in all {
                    match job.state {
                        JobState::Running if job.attempts >= MAX_ATTEMPTS => {
                            job.state = JobState::Failed;
                            job.error = Some("interrupted by a restart too many times".into());
                            set_scene_image(&mut scenes, job.scene_id, ImageStatus::Failed, None, job.error.clone())?;
                            recovery.failed += 1;
                        }
                        JobState::Running => {
                            job.state = JobState::Pending;
                            set_scene_image(&mut scenes, job.scene_id, ImageStatus::Pending, None, None)?;
                            recovery.requeued += 1;
                            pending.push(job.clone());
                        }
                        JobState::Pending => pending.push(job.clone()),
                        JobState::Done | JobState::Failed => continue,
                    }
                    job.updated_at = now();
                    jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                }
                pending.sort_by_key(|j| (j.created_at, j.id));
                recovery.pending = pending.into_iter().map(|j| j.id).collect();
            }
            txn.commit()?;
            Ok(recovery)
        })
        .await
    }

    /// Mark a pending job running (one more attempt) and its scene's picture
    /// "generating". `None` when the job is gone (story deleted) or not pending.
    pub async fn start_job(&self, id: JobId) -> Result<Option<JobStart>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let start;
            {
                let mut jobs = txn.open_table(tables::JOBS)?;
                let Some(mut job) = get::<Job>(&jobs, id.key())? else { return Ok(None) };
                if job.state != JobState::Pending {
                    return Ok(None);
                }
                let Some(story) = get::<Story>(&txn.open_table(tables::STORIES)?, job.story_id.key())? else { return Ok(None) };
                let mut scenes = txn.open_table(tables::SCENES)?;
                let Some(scene) = set_scene_image(&mut scenes, job.scene_id, ImageStatus::Generating, None, None)? else {
                    return Ok(None);
                };
                job.state = JobState::Running;
                job.attempts += 1;
                job.updated_at = now();
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                start = JobStart { job, story, scene };
            }
            txn.commit()?;
            Ok(Some(start))
        })
        .await
    }

    /// The picture is durable on disk: record it, show it, drop the job.
    /// Returns false when the story was deleted meanwhile (the caller then
    /// deletes the blob it wrote).
    pub async fn finish_image(&self, job_id: JobId, media: MediaRecord) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut jobs = txn.open_table(tables::JOBS)?;
                if get::<Job>(&jobs, job_id.key())?.is_none() {
                    return Ok(false);
                }
                let mut scenes = txn.open_table(tables::SCENES)?;
                if set_scene_image(&mut scenes, media.scene_id, ImageStatus::Complete, Some(media.id), None)?.is_none() {
                    return Ok(false);
                }
                txn.open_table(tables::MEDIA)?.insert(media.id.key(), codec::encode(&media)?.as_slice())?;
                txn.open_multimap_table(tables::STORY_MEDIA)?.insert(media.story_id.key(), media.id.key())?;
                jobs.remove(job_id.key())?;
            }
            txn.commit()?;
            Ok(true)
        })
        .await
    }

    /// The job failed for good: keep the reason on the job and the scene.
    pub async fn fail_job(&self, job_id: JobId, message: String) -> Result<()> {
        self.job_back(job_id, JobState::Failed, message).await
    }

    /// The attempt failed but may succeed later: back to pending.
    pub async fn retry_job(&self, job_id: JobId, message: String) -> Result<()> {
        self.job_back(job_id, JobState::Pending, message).await
    }

    async fn job_back(&self, job_id: JobId, state: JobState, message: String) -> Result<()> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut jobs = txn.open_table(tables::JOBS)?;
                let Some(mut job) = get::<Job>(&jobs, job_id.key())? else { return Ok(()) };
                job.state = state;
                job.error = Some(message.clone());
                job.updated_at = now();
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                let (status, error) = match state {
                    JobState::Failed => (ImageStatus::Failed, Some(message)),
                    _ => (ImageStatus::Pending, None),
                };
                set_scene_image(&mut txn.open_table(tables::SCENES)?, job.scene_id, status, None, error)?;
            }
            txn.commit()?;
            Ok(())
        })
        .await
    }

    /// Try a failed picture again: the scene goes back to "pending" with a new
    /// job, in one transaction. False when the scene is gone or its picture did not fail.
    pub async fn retry_image(&self, scene_id: SceneId, job: Job) -> Result<bool> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut scenes = txn.open_table(tables::SCENES)?;
                match get::<Scene>(&scenes, scene_id.key())? {
                    Some(scene) if scene.image.status == ImageStatus::Failed => {}
                    _ => return Ok(false),
                }
                set_scene_image(&mut scenes, scene_id, ImageStatus::Pending, None, None)?;
                txn.open_table(tables::JOBS)?.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
            }
            txn.commit()?;
            Ok(true)
        })
        .await
    }

    /// A job by id (tests and diagnostics).
    pub async fn job(&self, id: JobId) -> Result<Option<Job>> {
        self.run(move |db| get(&db.begin_read()?.open_table(tables::JOBS)?, id.key())).await
    }
}

/// Update a scene's picture state in an open write transaction; `None` when the scene is gone.
fn set_scene_image(
    scenes: &mut redb::Table<u128, &'static [u8]>,
    scene_id: SceneId,
    status: ImageStatus,
    media: Option<MediaId>,
    error: Option<String>,
) -> Result<Option<Scene>> {
    let Some(mut scene) = get::<Scene>(scenes, scene_id.key())? else { return Ok(None) };
    scene.image.status = status;
    scene.image.media = media;
    scene.image.error = error;
    scenes.insert(scene_id.key(), codec::encode(&scene)?.as_slice())?;
    Ok(Some(scene))
}

//! Job transitions, each one transaction that also updates the scene's
//! picture state, so a job and the page that shows it never disagree (and
//! rewrites the story's gallery card, `cards::refresh`).
//!
//! Invariant kept here: no job stays `Running` across a restart (`recover`),
//! and a scene shows "complete" only once its blob is durable and its media
//! row committed (`finish_image`). A job's retry time and the models that
//! declined its scene are stored on it, so a restart keeps both.
//!
//! "Paint it again" (`regenerate_image`): the scene's picture goes back to
//! pending with its new job, remembering the picture it replaces
//! (`ImageState::replaces`), whose row and file stay until the new picture's
//! row is committed (`finish_image` removes the old row in that same
//! transaction and hands back its file for deletion after the commit). A
//! repaint that fails for good shows the old picture again (`fail_job`,
//! `recover_jobs`), so the family never loses it.

use redb::{ReadableDatabase, ReadableTable, WriteTransaction};

use super::video_jobs::queue_clip;
use super::{Declined, ImageState, ImageStatus, MediaId, MediaRecord, Scene, Story, Timestamp, now};
use super::{Job, JobId, JobState, MAX_ATTEMPTS, SceneId};
use super::{Result, Store, cards, codec, get, tables};

/// A failed attempt as the family sees it: the sentence and what is behind its details toggle.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Failure {
    /// Short sentence for parents, by kind.
    pub message: String,
    /// The provider's words or technical detail.
    pub detail: Option<String>,
}

/// Who painted a finished picture (display names), for the scene's "Painted by" line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Painted {
    pub by: String,
    /// The models that declined the scene first, the story's own model first.
    pub declined_by: Vec<String>,
    /// A paid model was passed over: the tier's daily limit for paid pictures was reached.
    pub over_budget: bool,
}

/// What the scene shows when a repaint could not be made and the picture from before is back.
pub const REPAINT_FAILED: &str = "We couldn't paint it again, so here is the picture from before.";

/// A picture that was just recorded (see [`Store::finish_image`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Finished {
    /// The scene's clip job to queue (video-mode stories).
    pub clip: Option<JobId>,
    /// The files of the picture this one replaced ("Paint it again") and of
    /// its thumbnail, whose rows are gone: the caller deletes them.
    pub replaced: Vec<String>,
}

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
            let mut touched = Vec::new();
            {
                let mut jobs = txn.open_table(tables::JOBS)?;
                let mut scenes = txn.open_table(tables::SCENES)?;
                let all: Vec<Job> =
                    jobs.iter()?.map(|entry| -> Result<Job> { Ok(codec::decode(entry?.1.value())?) }).collect::<Result<_>>()?;
                let mut pending: Vec<Job> = Vec::new();
                for mut job in all {
                    match job.state {
                        JobState::Running if job.attempts >= MAX_ATTEMPTS => {
                            let message = "The picture was interrupted by a restart too many times; try the picture again.";
                            job.state = JobState::Failed;
                            job.error = Some(message.into());
                            let mut restored = false;
                            set_scene_image(&mut scenes, job.scene_id, |image| {
                                restored = fail_or_restore(image, Failure { message: message.into(), detail: None });
                            })?;
                            if let Some(words) = job.replaced_prompt.take().filter(|_| restored) {
                                put_back_words(&mut scenes, job.scene_id, words)?;
                            }
                            recovery.failed += 1;
                        }
                        JobState::Running => {
                            job.state = JobState::Pending;
                            set_scene_image(&mut scenes, job.scene_id, |image| image.status = ImageStatus::Pending)?;
                            recovery.requeued += 1;
                            pending.push(job.clone());
                        }
                        JobState::Pending => pending.push(job.clone()),
                        JobState::Done | JobState::Failed => continue,
                    }
                    job.updated_at = now();
                    jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                    touched.push(job.story_id);
                }
                pending.sort_by_key(|j| (j.created_at, j.id));
                recovery.pending = pending.into_iter().map(|j| j.id).collect();
            }
            cards::refresh_all(&txn, touched)?;
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
                let Some(scene) = set_scene_image(&mut scenes, job.scene_id, |image| image.status = ImageStatus::Generating)? else {
                    return Ok(None);
                };
                job.state = JobState::Running;
                job.attempts += 1;
                job.updated_at = now();
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                start = JobStart { job, story, scene };
            }
            cards::refresh(&txn, start.story.id)?;
            txn.commit()?;
            Ok(Some(start))
        })
        .await
    }

    /// The picture (and its thumbnail, when one was made) is durable on
    /// disk: record it, show it (with who painted it), drop the job, and in a
    /// video-mode story start the scene's clip. A repaint's old picture and
    /// thumbnail rows go in the same transaction (their files are returned for
    /// the caller to delete after the commit). Returns `None` when the story
    /// was deleted meanwhile (the caller then deletes the blobs it wrote).
    pub async fn finish_image(
        &self,
        job_id: JobId,
        media: MediaRecord,
        thumb: Option<MediaRecord>,
        painted: Painted,
    ) -> Result<Option<Finished>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let finished = record_image(&txn, job_id, media, thumb, painted)?;
            if finished.is_some() {
                txn.commit()?;
            }
            Ok(finished)
        })
        .await
    }

    /// The job failed for good: keep the reason on the job and the scene, and
    /// in a video-mode story start the scene's clip from its words alone. A
    /// repaint that failed shows the picture from before again, with a notice.
    /// Returns the new clip job to queue, if any.
    pub async fn fail_job(&self, job_id: JobId, failure: Failure) -> Result<Option<JobId>> {
        self.update_job(job_id, true, move |job, image| {
            job.state = JobState::Failed;
            job.error = Some(failure.message.clone());
            job.detail = failure.detail.clone();
            let restored = fail_or_restore(image, failure);
            job.replaced_prompt.take().filter(|_| restored)
        })
        .await
    }

    /// The attempt failed but may succeed later: back to pending, not to be
    /// started before `not_before`; meanwhile the scene shows `notice`, not a failure.
    pub async fn retry_job(&self, job_id: JobId, failure: Failure, notice: String, not_before: Option<Timestamp>) -> Result<()> {
        self.update_job(job_id, false, move |job, image| {
            job.state = JobState::Pending;
            job.error = Some(failure.message);
            job.detail = failure.detail;
            job.not_before = not_before;
            image.status = ImageStatus::Pending;
            image.notice = Some(notice);
            None
        })
        .await
        .map(drop)
    }

    /// The current model refused the scene: remember it and ask the next model
    /// (a fresh count of attempts, no wait); the scene shows `notice` meanwhile.
    pub async fn fall_back(&self, job_id: JobId, declined: Declined, notice: String) -> Result<()> {
        self.update_job(job_id, false, move |job, image| {
            job.state = JobState::Pending;
            job.attempts = 0;
            job.not_before = None;
            job.error = None;
            job.detail = None;
            job.declined.push(declined);
            image.status = ImageStatus::Pending;
            image.notice = Some(notice);
            None
        })
        .await
        .map(drop)
    }

    /// Change a job and its scene's picture in one transaction (nothing when
    /// the job is gone); when the change `settles` the picture, start the
    /// scene's clip too (see `queue_clip`) and return its job. A change that
    /// returns words puts them back as the scene's picture description (a
    /// failed repaint's old picture came back with its own words).
    async fn update_job(
        &self,
        job_id: JobId,
        settles: bool,
        change: impl FnOnce(&mut Job, &mut ImageState) -> Option<String> + Send + 'static,
    ) -> Result<Option<JobId>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            let (scene_id, story) = {
                let mut jobs = txn.open_table(tables::JOBS)?;
                let Some(mut job) = get::<Job>(&jobs, job_id.key())? else { return Ok(None) };
                let mut scenes = txn.open_table(tables::SCENES)?;
                let scene_id = job.scene_id;
                let mut change = Some(change);
                let mut words = None;
                set_scene_image(&mut scenes, scene_id, |image| {
                    if let Some(change) = change.take() {
                        words = change(&mut job, image);
                    }
                })?;
                // The scene may be gone (story deleted meanwhile): the job still changes.
                if let Some(change) = change.take() {
                    change(&mut job, &mut ImageState::pending());
                }
                if let Some(words) = words {
                    put_back_words(&mut scenes, scene_id, words)?;
                }
                job.updated_at = now();
                jobs.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
                (scene_id, job.story_id)
            };
            let clip = if settles { queue_clip(&txn, scene_id)? } else { None };
            cards::refresh(&txn, story)?;
            txn.commit()?;
            Ok(clip)
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
                set_scene_image(&mut scenes, scene_id, |image| image.status = ImageStatus::Pending)?;
                txn.open_table(tables::JOBS)?.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
            }
            cards::refresh(&txn, job.story_id)?;
            txn.commit()?;
            Ok(true)
        })
        .await
    }

    /// "Paint it again": a finished picture goes back to pending, remembering
    /// the picture it replaces, with `job` to paint the new one, in one
    /// transaction. With `prompt`, the scene's picture description becomes it.
    /// The job gets its variation here: the next one after the current
    /// picture's when the description stays the same (so even a deterministic
    /// painter paints something else), none for a new description. `None`
    /// (nothing changed) when the scene is gone, its picture is not complete,
    /// or it has a clip (clips are left as they are).
    pub async fn regenerate_image(&self, scene_id: SceneId, prompt: Option<String>, mut job: Job) -> Result<Option<Job>> {
        self.run(move |db| {
            let txn = db.begin_write()?;
            {
                let mut scenes = txn.open_table(tables::SCENES)?;
                let Some(mut scene) = get::<Scene>(&scenes, scene_id.key())? else { return Ok(None) };
                let old = match (scene.image.status, scene.image.media) {
                    (ImageStatus::Complete, Some(old)) if scene.video.is_none() => old,
                    _ => return Ok(None),
                };
                let same_words = prompt.as_ref().is_none_or(|p| *p == scene.image_prompt);
                job.variation = if same_words { scene.image.variation.saturating_add(1) } else { 0 };
                if let Some(prompt) = prompt.filter(|_| !same_words) {
                    job.replaced_prompt = Some(std::mem::replace(&mut scene.image_prompt, prompt));
                }
                let previous = std::mem::replace(&mut scene.image, ImageState::pending());
                scene.image.replaces = Some(old);
                scene.image.variation = previous.variation;
                // Kept for the old picture, should it have to come back.
                scene.image.painted_by = previous.painted_by;
                scene.image.declined_by = previous.declined_by;
                scene.image.over_budget = previous.over_budget;
                scene.image.description = previous.description;
                scene.image.thumb = previous.thumb;
                scenes.insert(scene_id.key(), codec::encode(&scene)?.as_slice())?;
                txn.open_table(tables::JOBS)?.insert(job.id.key(), codec::encode(&job)?.as_slice())?;
            }
            cards::refresh(&txn, job.story_id)?;
            txn.commit()?;
            Ok(Some(job))
        })
        .await
    }

    /// A job by id (tests and diagnostics).
    pub async fn job(&self, id: JobId) -> Result<Option<Job>> {
        self.run(move |db| get(&db.begin_read()?.open_table(tables::JOBS)?, id.key())).await
    }
}

/// A picture job failed for good: the picture fails, or, for a repaint, the
/// picture it was to replace is shown again with a notice (the provider's
/// words are in the log, not on the scene). True when the old picture is back,
/// with its description (kept on the state through the repaint).
fn fail_or_restore(image: &mut ImageState, failure: Failure) -> bool {
    match image.replaces.take() {
        Some(old) => {
            image.status = ImageStatus::Complete;
            image.media = Some(old);
            image.error = None;
            image.detail = None;
            image.notice = Some(REPAINT_FAILED.into());
            true
        }
        None => {
            image.status = ImageStatus::Failed;
            image.error = Some(failure.message);
            image.detail = failure.detail;
            image.description = None;
            false
        }
    }
}

/// The old picture of a failed repaint is back: so are the words it was painted from (its `alt`).
fn put_back_words(scenes: &mut redb::Table<u128, &'static [u8]>, scene_id: SceneId, words: String) -> Result<()> {
    if let Some(mut scene) = get::<Scene>(scenes, scene_id.key())? {
        scene.image_prompt = words;
        scenes.insert(scene_id.key(), codec::encode(&scene)?.as_slice())?;
    }
    Ok(())
}

/// Update a scene's picture state in an open write transaction; `None` when
/// the scene is gone. Every change starts from a clean state (no media, error,
/// notice or painter), so no stale word outlives the status it belonged to;
/// only a repaint's memory of the picture it replaces (and that picture's
/// painter, description and variation) is carried over.
fn set_scene_image(
    scenes: &mut redb::Table<u128, &'static [u8]>,
    scene_id: SceneId,
    change: impl FnOnce(&mut ImageState),
) -> Result<Option<Scene>> {
    let Some(mut scene) = get::<Scene>(scenes, scene_id.key())? else { return Ok(None) };
    let mut image = ImageState::pending();
    image.variation = scene.image.variation;
    if let Some(old) = scene.image.replaces {
        image.replaces = Some(old);
        image.painted_by = scene.image.painted_by.take();
        image.declined_by = std::mem::take(&mut scene.image.declined_by);
        image.over_budget = scene.image.over_budget;
        image.description = scene.image.description.take();
        image.thumb = scene.image.thumb.take();
    }
    change(&mut image);
    scene.image = image;
    scenes.insert(scene_id.key(), codec::encode(&scene)?.as_slice())?;
    Ok(Some(scene))
}

#[cfg(test)]
#[path = "jobs_tests.rs"]
mod tests;

/// [`Store::finish_image`]'s writes, in `txn`; nothing is written when it returns `None`.
pub(super) fn record_image(
    txn: &WriteTransaction,
    job_id: JobId,
    media: MediaRecord,
    thumb: Option<MediaRecord>,
    painted: Painted,
) -> Result<Option<Finished>> {
    let mut replaced: Option<MediaId> = None;
    let mut old_thumb: Option<MediaId> = None;
    let mut replaced_files = Vec::new();
    {
        let mut jobs = txn.open_table(tables::JOBS)?;
        let Some(job) = get::<Job>(&jobs, job_id.key())? else { return Ok(None) };
        let mut scenes = txn.open_table(tables::SCENES)?;
        let shown = set_scene_image(&mut scenes, media.scene_id, |image| {
            replaced = image.replaces.take();
            old_thumb = image.thumb.take();
            image.thumb = thumb.as_ref().map(|t| t.id);
            image.status = ImageStatus::Complete;
            image.media = Some(media.id);
            image.painted_by = Some(painted.by);
            image.declined_by = painted.declined_by;
            image.over_budget = painted.over_budget;
            image.variation = job.variation;
            // The new picture's own description (none: its alt is the picture prompt); the old one's goes.
            image.description = media.description.clone();
        })?;
        if shown.is_none() {
            return Ok(None);
        }
        let mut media_table = txn.open_table(tables::MEDIA)?;
        let mut story_media = txn.open_multimap_table(tables::STORY_MEDIA)?;
        for row in std::iter::once(&media).chain(thumb.as_ref()) {
            media_table.insert(row.id.key(), codec::encode(row)?.as_slice())?;
            story_media.insert(row.story_id.key(), row.id.key())?;
        }
        for old in [replaced, old_thumb].into_iter().flatten().filter(|old| *old != media.id) {
            if let Some(guard) = media_table.remove(old.key())? {
                replaced_files.push(codec::decode::<MediaRecord>(guard.value())?.file);
            }
            story_media.remove(media.story_id.key(), old.key())?;
        }
        jobs.remove(job_id.key())?;
    }
    let clip = queue_clip(txn, media.scene_id)?;
    cards::refresh(txn, media.story_id)?;
    Ok(Some(Finished { clip, replaced: replaced_files }))
}

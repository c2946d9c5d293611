//! One scene-picture job: plugin call → checked picture (true type from its
//! bytes, size capped: `blobs::sniff`, `picture_check`) → blob written
//! atomically → media row and scene state committed together, in that order.
//!
//! When it fails: a refusal sends the job to the next model of the fallback
//! chain (`fallback`), each model asked once; a retryable failure waits (our
//! backoff up to `max_backoff`, or the provider's `Retry-After` in full,
//! stored on the job as its retry time) and tries again; anything else, or a
//! retryable failure out of attempts, fails the picture with the parents'
//! sentence and the detail behind it.
//!
//! A "Paint it again" job carries a variation (`Job::variation`): a short
//! hint about the view (`variation_hint`) is added to the words sent to the
//! model, never to the scene's stored description, so even a painter that
//! draws the same picture for the same words paints a new one. Once the new
//! picture's row is committed, the file of the picture it replaced is deleted.
//!
//! The painter's own description of the picture (contract 0.3) is plugin
//! output: cleaned and capped (`clean_description`) before it is stored on the
//! media row and the scene, where it becomes the picture's alt text.

use std::time::Duration;

use super::fallback;
use super::picture_check::check_picture;
use super::references;
use super::{JobQueue, after, requeue_after, wait_until};
use crate::blobs::Blobs;
use crate::blobs::sniff::{self, MediaKind};
use crate::plugin_host::retry::backoff;
use crate::plugin_host::trust::labels::clean_label;
use crate::plugin_host::{ModelKind, Picture, PictureCall, PluginError, Plugins, ProviderFailure, waiting_for_parents};
use crate::store::{Declined, Failure, JobState, MAX_ATTEMPTS, Painted};
use crate::store::{JobId, MediaId, Store};
use crate::store::{MediaRecord, now};
use crate::tier::Tiers;
use crate::usage::{Ledger, Metered};

/// What workers need.
pub struct WorkerContext {
    pub store: Store,
    pub blobs: Blobs,
    pub plugins: Plugins,
    pub tiers: Tiers,
    /// Longest wait of our own backoff between retries. A provider's
    /// `Retry-After` is honoured in full even when it is longer.
    pub max_backoff: Duration,
    /// Where a scene's clip job goes once its picture is settled (video-mode stories).
    pub clips: JobQueue,
}

/// Pictures are asked for at this size (plugins pick the closest they offer).
const IMAGE_SIDE: u32 = 1024;

#[tracing::instrument(skip(ctx, queue), fields(job = %id))]
pub async fn run(ctx: &WorkerContext, queue: &JobQueue, id: JobId) {
    // A stored retry time is honoured (after a restart too): the job waits
    // without using an attempt or a worker.
    match ctx.store.job(id).await {
        Ok(Some(job)) if job.state == JobState::Pending => {
            if let Some(wait) = job.not_before.and_then(wait_until) {
                tracing::debug!(wait_ms = wait.as_millis() as u64, "picture job waits for its retry time");
                requeue_after(queue, id, wait);
                return;
            }
        }
        Ok(_) => {}
        Err(err) => {
            tracing::error!("could not read the job: {err}");
            return;
        }
    }
    let start = match ctx.store.start_job(id).await {
        Ok(Some(start)) => start,
        Ok(None) => return,
        Err(err) => {
            tracing::error!("could not start job: {err}");
            return;
        }
    };
    let chain = fallback::chain(&start.story.image_model, ctx.plugins.now().models());
    let Some(model) = fallback::next(&chain, &start.job.declined).map(str::to_string) else {
        // Every model declined (the chain can shrink across a restart).
        let result = fail(ctx, id, refused_by_all(&start.job.declined)).await;
        if let Err(err) = result {
            tracing::error!("could not record the job's outcome: {err}");
        }
        return;
    };
    let style = super::style::story_style(&ctx.tiers, &start.story);
    let limit = ctx.plugins.now().models().find(|m| m.key == model).map_or(0, |m| m.max_reference_images as usize);
    let memory = match references::gather(&ctx.store, &ctx.blobs, &start.story, &start.scene, limit).await {
        Ok(memory) => memory,
        Err(err) => {
            // The store could not be read: the picture is still painted, from the words alone.
            tracing::error!("could not gather the story's references: {err}");
            references::Memory::default()
        }
    };
    let described = references::with_cast(&start.scene.image_prompt, &memory.cast);
    let described = match variation_hint(start.job.variation) {
        Some(hint) => format!("{}. {hint}.", described.trim_end_matches('.')),
        None => described,
    };
    let style = match (memory.art_style.as_deref(), style.as_str()) {
        (Some(own), "") => own.to_string(),
        (Some(own), tier_style) => format!("{own}; {tier_style}"),
        (None, _) => style,
    };
    let prompt = match style.as_str() {
        "" => described,
        style => format!("{}. Style: {style}.", described.trim_end_matches('.')),
    };
    let request = PictureCall { prompt, width: IMAGE_SIDE, height: IMAGE_SIDE, aspect_ratio: "1:1".into(), references: memory.references };
    let outcome = match paint(ctx, &start, &model, request).await {
        Ok(picture) => save(ctx, &start, &model, picture).await,
        Err(err) => Err(err),
    };
    let result = match outcome {
        Ok(()) => {
            after_ending(ctx, &start).await;
            Ok(())
        }
        Err(err) if err.is_refusal() => {
            let declined = Declined {
                model: model.clone(),
                name: ctx.plugins.now().display_name(&model),
                detail: err.failure().detail,
                over_budget: matches!(err, JobError::OverBudget(_)),
            };
            let mut all_declined = start.job.declined.clone();
            all_declined.push(declined.clone());
            match fallback::next(&chain, &all_declined) {
                Some(next) => {
                    tracing::info!(model, next, "picture refused, asking the next model: {err}");
                    let next_name = ctx.plugins.now().display_name(next);
                    let notice = match &err {
                        JobError::OverBudget(limit) => format!("{limit} {next_name} is painting this one instead."),
                        _ => format!("{} declined this scene; {next_name} is painting it instead.", declined.name),
                    };
                    let stored = ctx.store.fall_back(id, declined, notice).await;
                    queue.enqueue(id);
                    stored
                }
                None => {
                    tracing::warn!(model, "picture refused by every model: {err}");
                    after_ending(ctx, &start).await;
                    fail(ctx, id, refused_by_all(&all_declined)).await
                }
            }
        }
        Err(err) if err.is_retryable() && start.job.attempts < MAX_ATTEMPTS => {
            let wait = backoff(start.job.attempts, err.retry_after(), ctx.max_backoff);
            let failure = err.failure();
            tracing::info!(
                model,
                attempt = start.job.attempts,
                wait_ms = wait.as_millis() as u64,
                detail = failure.detail.as_deref().unwrap_or(""),
                "picture failed, will retry: {err}"
            );
            let not_before = after(wait);
            let stored = ctx.store.retry_job(id, failure, err.waiting(), Some(not_before)).await;
            requeue_after(queue, id, wait);
            stored
        }
        Err(err) => {
            let failure = err.failure();
            tracing::warn!(model, detail = failure.detail.as_deref().unwrap_or(""), "picture failed: {err}");
            after_ending(ctx, &start).await;
            fail(ctx, id, failure).await
        }
    };
    if let Err(err) = result {
        tracing::error!("could not record the job's outcome: {err}");
    }
}

/// Ask `model` for the picture, unless the tier's daily budget for it (a
/// paid model) is spent; the call is counted in the usage ledger.
async fn paint(ctx: &WorkerContext, start: &crate::store::JobStart, model: &str, request: PictureCall) -> Result<Picture, JobError> {
    let host = ctx.plugins.now();
    let (entry, tier) = (host.model_entry(model), ctx.tiers.get(start.job.tier.as_str()));
    let metered = Ledger::new(ctx.store.clone()).metered(tier.as_ref(), entry, 1, host.generate_image(model, request)).await;
    match metered.map_err(|e| JobError::storage("read the tier's budget", e))? {
        Metered::OverBudget(refusal) => Err(JobError::OverBudget(refusal)),
        Metered::Called(result) => result.map_err(JobError::Plugin),
    }
}

/// Once an ending's picture is settled, the photos uploaded for this story
/// only have done their work: their rows and files go.
async fn after_ending(ctx: &WorkerContext, start: &crate::store::JobStart) {
    if !start.scene.is_ending || start.story.photos.is_empty() {
        return;
    }
    match ctx.store.drop_story_photos(start.story.id).await {
        Ok(files) => ctx.blobs.delete(files).await,
        Err(err) => tracing::error!(story = %start.story.id, "could not remove the story's own photos: {err}"),
    }
}

/// Fail the picture for good; in a video-mode story its clip then starts from the words alone.
async fn fail(ctx: &WorkerContext, id: JobId, failure: Failure) -> crate::store::Result<()> {
    let clip = ctx.store.fail_job(id, failure).await?;
    if let Some(clip) = clip {
        ctx.clips.enqueue(clip);
    }
    Ok(())
}

/// How a "Paint it again" sees the scene: where the painter stands and when.
/// Each variation is a different pair, so one repaint never repeats the last.
const VIEWS: [&str; 4] =
    ["Seen from a little further away", "Seen from a little closer", "Seen from a little to the left", "Seen from a little to the right"];
const MOMENTS: [&str; 3] = ["", "a moment later", "in a slightly different light"];

/// The hint added to the words of variation `variation` (none for 0, a first painting or a new description).
pub(crate) fn variation_hint(variation: u32) -> Option<String> {
    let n = usize::try_from(variation.checked_sub(1)?).ok()?;
    let view = VIEWS[n % VIEWS.len()];
    Some(match MOMENTS[(n / VIEWS.len()) % MOMENTS.len()] {
        "" => view.to_string(),
        moment => format!("{view}, {moment}"),
    })
}

/// Every model refused the scene: the refusal sentence, with each model's words behind it.
fn refused_by_all(declined: &[Declined]) -> Failure {
    let refused =
        PluginError::Provider { plugin: String::new(), kind: ProviderFailure::Refused, message: String::new(), retry_after: None };
    let details: Vec<String> = declined
        .iter()
        .map(|d| match &d.detail {
            Some(detail) => format!("{}: {detail}", d.name),
            None => format!("{} declined", d.name),
        })
        .collect();
    Failure { message: refused.for_parents(ModelKind::Image), detail: (!details.is_empty()).then(|| details.join(" · ")) }
}

/// Why a picture job failed: the model (or what it sent), or the server's own
/// storage. Both are shown on the scene; only the storage detail goes to the log.
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    #[error("{0}")]
    Plugin(#[from] PluginError),
    /// Writing the picture or its record failed: the server's disk or store, not the model.
    #[error("the server could not save the picture: its storage failed")]
    Storage(String),
    /// The tier's daily limit for paid picture models is reached (the sentence says so); the next model paints it.
    #[error("{0}")]
    OverBudget(String),
}

impl JobError {
    /// Whether another attempt may succeed (a full disk may be cleared; a refusal will not change).
    fn is_retryable(&self) -> bool {
        match self {
            JobError::Plugin(err) => err.is_retryable(),
            JobError::Storage(_) => true,
            JobError::OverBudget(_) => false,
        }
    }

    /// Whether the model refused the scene, or may not paint it today (another model may paint it).
    fn is_refusal(&self) -> bool {
        matches!(self, JobError::Plugin(PluginError::Provider { kind: ProviderFailure::Refused, .. }) | JobError::OverBudget(_))
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            JobError::Plugin(err) => err.retry_after(),
            JobError::Storage(_) | JobError::OverBudget(_) => None,
        }
    }

    /// What the scene shows while the next try waits.
    fn waiting(&self) -> String {
        match self {
            JobError::Plugin(_) | JobError::OverBudget(_) => waiting_for_parents(ModelKind::Image),
            JobError::Storage(_) => "The server could not save the picture, we'll try again.".into(),
        }
    }

    /// What the scene shows: the parents' sentence and the detail behind it
    /// (none for storage: its cause, with paths, is only logged).
    fn failure(&self) -> Failure {
        match self {
            JobError::Plugin(err) => Failure { message: err.for_parents(ModelKind::Image), detail: err.detail() },
            JobError::Storage(_) => Failure {
                message: "The picture was made, but the server could not save the picture: its storage failed.".into(),
                detail: None,
            },
            JobError::OverBudget(message) => Failure { message: message.clone(), detail: None },
        }
    }

    /// A storage failure, with its cause logged.
    fn storage(what: &str, cause: impl std::fmt::Display) -> Self {
        tracing::error!("could not {what}: {cause}");
        JobError::Storage(format!("could not {what}: {cause}"))
    }
}

/// Check the picture (its type from its bytes, then its size), write it, then
/// commit its row, saying which model painted it.
async fn save(ctx: &WorkerContext, start: &crate::store::JobStart, model: &str, picture: Picture) -> Result<(), JobError> {
    let Picture { media, description } = picture;
    let description = description.as_deref().and_then(clean_description);
    let shown = ctx.plugins.now().display_name(model);
    let bad = |message: String| PluginError::BadOutput { plugin: shown.clone(), message };
    let media_type = sniff::true_type(MediaKind::Picture, &media.media_type, &media.bytes).map_err(|e| bad(e.to_string()))?;
    if !media_type.matches_declared(&media.media_type) {
        let declared = sniff::shown(&media.media_type);
        tracing::warn!(
            model,
            ?declared,
            actual = media_type.mime(),
            "the plugin mislabelled its picture; stored under the type of its bytes"
        );
    }
    let (picture, width, height) = check_picture(media.bytes, media_type).await.map_err(bad)?;
    tracing::debug!(model, described = description.is_some(), "picture checked");
    let media_id = MediaId::new();
    let bytes = picture.len() as u64;
    let for_thumb = picture.clone();
    let file = ctx
        .blobs
        .put(&start.job.tier, start.story.id, start.scene.id, media_id, media_type, picture)
        .await
        .map_err(|e| JobError::storage("write the picture", e))?;
    let record = MediaRecord {
        id: media_id,
        tier: start.job.tier.clone(),
        story_id: start.story.id,
        scene_id: start.scene.id,
        file: file.clone(),
        media_type: media_type.mime().to_string(),
        bytes,
        width,
        height,
        model: model.to_string(),
        created_at: now(),
        description,
        thumbnail: false,
    };
    let declined = &start.job.declined;
    let painted = Painted {
        by: shown.clone(),
        declined_by: declined.iter().filter(|d| !d.over_budget).map(|d| d.name.clone()).collect(),
        over_budget: declined.iter().any(|d| d.over_budget),
    };
    let thumb = super::thumbnail::make(&ctx.blobs, &record, for_thumb).await;
    let written: Vec<String> = std::iter::once(file).chain(thumb.as_ref().map(|t| t.file.clone())).collect();
    match ctx.store.finish_image(start.job.id, record, thumb, painted).await {
        Ok(Some(finished)) => {
            if let Some(clip) = finished.clip {
                ctx.clips.enqueue(clip);
            }
            if !finished.replaced.is_empty() {
                tracing::info!(scene = %start.scene.id, "picture painted again; the one it replaces is deleted");
                ctx.blobs.delete(finished.replaced).await;
            }
            Ok(())
        }
        Ok(None) => {
            // The story was deleted while the picture was being made.
            ctx.blobs.delete(written).await;
            Ok(())
        }
        Err(err) => {
            ctx.blobs.delete(written).await;
            Err(JobError::storage("record the picture", err))
        }
    }
}

/// Longest picture description kept, in characters (an alt text, not a story).
pub const MAX_DESCRIPTION: usize = 300;

/// A painter's description of its picture, fit for an alt text: control and
/// bidirectional-override characters removed, whitespace collapsed to single
/// spaces, cut at [`MAX_DESCRIPTION`] characters (with `…`). `None` when
/// nothing is left (the scene's picture prompt is the alt text then).
pub fn clean_description(text: &str) -> Option<String> {
    let cleaned = clean_label(text, MAX_DESCRIPTION);
    (!cleaned.is_empty()).then_some(cleaned)
}

#[cfg(test)]
mod tests {
    use super::{MAX_DESCRIPTION, clean_description, variation_hint};

    #[test]
    fn a_description_is_one_clean_line_of_at_most_the_cap() {
        assert_eq!(clean_description("a girl in a red coat").as_deref(), Some("a girl in a red coat"));
        assert_eq!(
            clean_description("  a girl\n\tin a\u{1b}[31m red\u{7} coat\u{202e} \r\n").as_deref(),
            Some("a girl in a[31m red coat"),
            "line breaks become spaces, escape, bell and bidi override characters go"
        );
        assert_eq!(clean_description(" \u{0}\n\u{200b} "), None, "nothing left: no description");
        let long = clean_description(&"a rocket ".repeat(100)).unwrap_or_default();
        assert_eq!(long.chars().count(), MAX_DESCRIPTION + 1, "{long}");
        assert!(long.ends_with('…') && long.starts_with("a rocket a rocket"));
    }

    #[test]
    fn each_repaint_in_a_row_gets_other_words_and_a_first_painting_none() {
        assert_eq!(variation_hint(0), None);
        let hints: Vec<String> = (1..=12).map(|v| variation_hint(v).unwrap_or_default()).collect();
        for (i, hint) in hints.iter().enumerate() {
            assert!(!hint.is_empty(), "variation {}", i + 1);
            assert_eq!(hints.iter().filter(|h| *h == hint).count(), 1, "{hint:?} once in twelve repaints");
        }
        assert_eq!(variation_hint(13), variation_hint(1));
        assert!(variation_hint(u32::MAX).is_some());
    }
}

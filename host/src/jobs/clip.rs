//! One scene-clip job, run as often as it takes: the first run submits the
//! clip to the story's video model (the scene picture as its first frame when
//! there is one, else the scene's words alone); while the provider works, each
//! run is one poll (a fresh plugin call) at the interval the plugin asked for,
//! with the provider's job id stored so a restart polls it again instead of
//! paying twice. A finished clip comes back as bytes (the built-in maker) or as
//! a link the host downloads itself, streamed to a temp file, size-capped and
//! checked to be an MP4 before it gets its blob name.
//!
//! A provider that keeps the clip past the poll budget fails it with a clear
//! reason; a retryable failure waits (our backoff, or the provider's
//! `Retry-After` in full) and tries again; anything else fails the clip with
//! the parents' sentence and the detail behind it. The picture is never touched.

use std::time::Duration;

use super::{JobQueue, after, requeue_after, wait_until};
use crate::blobs::Blobs;
use crate::blobs::sniff::{self, MediaKind, MediaType};
use crate::plugin_host::retry::backoff;
use crate::plugin_host::{Media, ModelKind, PluginError, Plugins, VideoCall, VideoLink, VideoProgress, waiting_for_parents};
use crate::store::{Failure, ImageStatus, JobId, MAX_ATTEMPTS, MediaId, MediaRecord, Store, VideoStart, VideoStatus, now};
use crate::tier::Tiers;
use crate::usage::{Ledger, Metered};

/// What clip workers need.
pub struct ClipContext {
    pub store: Store,
    pub blobs: Blobs,
    pub plugins: Plugins,
    pub tiers: Tiers,
    /// Longest wait of our own backoff between retries.
    pub max_backoff: Duration,
    /// How long a provider may keep a clip before it is given up, from its acceptance.
    pub poll_budget: Duration,
}

/// Clips are asked for this long, in seconds.
const CLIP_SECONDS: u32 = 8;
/// Largest clip downloaded from a provider's link, in bytes.
const MAX_CLIP_BYTES: u64 = 100 * 1024 * 1024;

#[tracing::instrument(skip(ctx, queue), fields(clip_job = %id))]
pub async fn run(ctx: &ClipContext, queue: &JobQueue, id: JobId) {
    // The next poll or retry time is honoured (after a restart too) without holding a worker.
    match ctx.store.video_job(id).await {
        Ok(Some(job)) if matches!(job.status, VideoStatus::Pending | VideoStatus::Generating) => {
            if let Some(wait) = job.not_before.and_then(wait_until) {
                requeue_after(queue, id, wait);
                return;
            }
        }
        Ok(_) => return,
        Err(err) => {
            tracing::error!("could not read the clip job: {err}");
            return;
        }
    }
    let start = match ctx.store.claim_video_job(id).await {
        Ok(Some(start)) => start,
        Ok(None) => return,
        Err(err) => {
            tracing::error!("could not start the clip job: {err}");
            return;
        }
    };
    let model = start.job.model.clone();
    let outcome = match &start.job.provider_job {
        Some(provider_job) if past_budget(ctx, &start) => {
            tracing::warn!(model, provider_job, "clip past its poll budget; given up");
            Err(ClipError::TooSlow(ctx.poll_budget))
        }
        Some(provider_job) => ctx.plugins.now().poll_video(&model, provider_job).await.map_err(ClipError::Plugin),
        None => match video_call(ctx, &start).await {
            Ok(call) => submit(ctx, &start, call).await,
            Err(err) => Err(err),
        },
    };
    let result = match outcome {
        Ok(VideoProgress::Pending { job_id, poll_after, percent }) => {
            let poll_after = poll_after.clamp(Duration::from_secs(1), Duration::from_secs(60));
            tracing::debug!(model, provider_job = job_id, ?percent, "clip in progress");
            let next = after(poll_after);
            let stored = ctx.store.video_polling(id, job_id, percent, next).await;
            requeue_after(queue, id, poll_after);
            stored.map_err(|e| ClipError::storage("record the clip's progress", e))
        }
        Ok(VideoProgress::Done(media)) => save_bytes(ctx, &start, media).await,
        Ok(VideoProgress::Ready(link)) => save_link(ctx, &start, &link).await,
        Err(err) => Err(err),
    };
    let Err(err) = result else { return };
    // Every failed try counts, the submission's and the polls' alike (a poll
    // that keeps failing is usually a job the provider let expire or fail):
    // `MAX_ATTEMPTS` in all, then the clip fails with its reason and the
    // family can try the video again. Pending polls count nothing.
    let saving_failed = matches!(err, ClipError::Storage);
    let polling = start.job.provider_job.is_some();
    let counted = start.job.attempts + u32::from(polling);
    let may_retry = err.is_retryable() && counted < MAX_ATTEMPTS;
    let stored = if may_retry {
        let wait = backoff(start.job.attempts.max(1), err.retry_after(), ctx.max_backoff);
        let failure = err.failure();
        tracing::info!(
            model,
            wait_ms = wait.as_millis() as u64,
            detail = failure.detail.as_deref().unwrap_or(""),
            "clip failed, will retry: {err}"
        );
        let not_before = after(wait);
        let notice = if saving_failed {
            "The server could not save the clip, we'll try again.".to_string()
        } else {
            waiting_for_parents(ModelKind::Video)
        };
        let stored = ctx.store.retry_video_job(id, failure, notice, not_before, polling).await;
        requeue_after(queue, id, wait);
        stored
    } else {
        let failure = err.failure();
        tracing::warn!(model, detail = failure.detail.as_deref().unwrap_or(""), "clip failed: {err}");
        ctx.store.fail_video_job(id, failure).await
    };
    if let Err(err) = stored {
        tracing::error!("could not record the clip job's outcome: {err}");
    }
}

/// Submit the clip to its model, unless the tier's daily budget of paid
/// video is spent; the submission is counted in the usage ledger (as
/// [`CLIP_SECONDS`] of video when accepted).
async fn submit(ctx: &ClipContext, start: &VideoStart, call: VideoCall) -> Result<VideoProgress, ClipError> {
    let model = start.job.model.as_str();
    let host = ctx.plugins.now();
    let (entry, tier) = (host.model_entry(model), ctx.tiers.get(start.job.tier.as_str()));
    let seconds = u64::from(CLIP_SECONDS);
    let metered = Ledger::new(ctx.store.clone()).metered(tier.as_ref(), entry, seconds, host.submit_video(model, call)).await;
    match metered.map_err(|e| ClipError::storage("read the tier's budget", e))? {
        Metered::OverBudget(refusal) => Err(ClipError::OverBudget(refusal)),
        Metered::Called(result) => result.map_err(ClipError::Plugin),
    }
}

fn past_budget(ctx: &ClipContext, start: &VideoStart) -> bool {
    let budget = i64::try_from(ctx.poll_budget.as_millis()).unwrap_or(i64::MAX);
    start.job.submitted_at.is_some_and(|at| now().saturating_sub(at) > budget)
}

/// The request: the scene's picture prompt in the story's style (`style`), and the picture itself when it is finished.
async fn video_call(ctx: &ClipContext, start: &VideoStart) -> Result<VideoCall, ClipError> {
    let style = super::style::story_style(&ctx.tiers, &start.story);
    let prompt = match style.as_str() {
        "" => start.scene.image_prompt.clone(),
        style => format!("{}. Style: {style}. Gentle, slow camera movement.", start.scene.image_prompt.trim_end_matches('.')),
    };
    let image = match (start.scene.image.status, start.scene.image.media) {
        (ImageStatus::Complete, Some(media_id)) => picture(ctx, media_id).await?,
        _ => None,
    };
    Ok(VideoCall { prompt, image, duration_secs: CLIP_SECONDS, aspect_ratio: "1:1".into() })
}

/// The scene's finished picture, as the clip's first frame.
async fn picture(ctx: &ClipContext, media_id: MediaId) -> Result<Option<Media>, ClipError> {
    let Some(record) = ctx.store.media(media_id).await.map_err(|e| ClipError::storage("read the picture's record", e))? else {
        return Ok(None);
    };
    let bytes = ctx.blobs.read(&record.file).await.map_err(|e| ClipError::storage("read the picture", e))?;
    Ok(Some(Media { media_type: record.media_type, bytes }))
}

/// A clip the plugin sent whole: check it is an MP4, write it atomically, record it.
async fn save_bytes(ctx: &ClipContext, start: &VideoStart, media: Media) -> Result<(), ClipError> {
    let media_type = sniff::true_type(MediaKind::Clip, &media.media_type, &media.bytes).map_err(|e| {
        ClipError::Plugin(PluginError::BadOutput { plugin: ctx.plugins.now().display_name(&start.job.model), message: e.to_string() })
    })?;
    let media_id = MediaId::new();
    let bytes = media.bytes.len() as u64;
    let file = ctx
        .blobs
        .put(&start.job.tier, start.story.id, start.scene.id, media_id, media_type, media.bytes)
        .await
        .map_err(|e| ClipError::storage("write the clip", e))?;
    record(ctx, start, media_id, media_type, file, bytes).await
}

/// A clip at a link: the host downloads it (declared origins only, the key
/// only where it is bound) into a temp file, checks it is an MP4, then names it.
async fn save_link(ctx: &ClipContext, start: &VideoStart, link: &VideoLink) -> Result<(), ClipError> {
    let media_id = MediaId::new();
    let staged = ctx
        .blobs
        .stage(&start.job.tier, start.story.id, start.scene.id, media_id, MediaType::Mp4)
        .await
        .map_err(|e| ClipError::storage("prepare the clip's file", e))?;
    let downloaded = ctx.plugins.now().download_clip(&start.job.model, link, staged.temp_path(), MAX_CLIP_BYTES).await;
    let bytes = match downloaded {
        Ok((bytes, _content_type)) => bytes,
        // The host's own write failed (a full disk): the server's storage, not the model.
        Err(PluginError::Host(cause)) => {
            staged.discard().await;
            return Err(ClipError::storage("write the downloaded clip", cause));
        }
        Err(err) => {
            staged.discard().await;
            return Err(ClipError::Plugin(err));
        }
    };
    if staged.media_type().await != Some(MediaType::Mp4) {
        staged.discard().await;
        let message = "the clip it linked to is not an MP4 video".to_string();
        return Err(ClipError::Plugin(PluginError::BadOutput { plugin: ctx.plugins.now().display_name(&start.job.model), message }));
    }
    let file = staged.commit().await.map_err(|e| ClipError::storage("save the clip", e))?;
    record(ctx, start, media_id, MediaType::Mp4, file, bytes).await
}

/// Commit the clip's media row and show it; a story deleted meanwhile loses the file.
async fn record(
    ctx: &ClipContext,
    start: &VideoStart,
    id: MediaId,
    media_type: MediaType,
    file: String,
    bytes: u64,
) -> Result<(), ClipError> {
    let record = MediaRecord {
        id,
        tier: start.job.tier.clone(),
        story_id: start.story.id,
        scene_id: start.scene.id,
        file: file.clone(),
        media_type: media_type.mime().to_string(),
        bytes,
        // Clips are not measured; their pages size them by CSS.
        width: 0,
        height: 0,
        model: start.job.model.clone(),
        created_at: now(),
        description: None,
        thumbnail: false,
    };
    match ctx.store.finish_video(start.job.id, record).await {
        Ok(true) => {
            tracing::info!(model = start.job.model, bytes, "clip ready");
            Ok(())
        }
        Ok(false) => {
            ctx.blobs.delete(vec![file]).await;
            Ok(())
        }
        Err(err) => {
            ctx.blobs.delete(vec![file]).await;
            Err(ClipError::storage("record the clip", err))
        }
    }
}

/// Why a clip job failed.
#[derive(Debug, thiserror::Error)]
enum ClipError {
    #[error("{0}")]
    Plugin(#[from] PluginError),
    #[error("the provider kept the clip longer than {0:?}")]
    TooSlow(Duration),
    #[error("the server could not save the clip: its storage failed")]
    Storage,
    /// The tier's daily limit of paid video is reached (the sentence says so).
    #[error("{0}")]
    OverBudget(String),
}

impl ClipError {
    /// A storage failure, with its cause logged (paths stay out of the page).
    fn storage(what: &str, cause: impl std::fmt::Display) -> Self {
        tracing::error!("could not {what}: {cause}");
        ClipError::Storage
    }

    fn is_retryable(&self) -> bool {
        match self {
            ClipError::Plugin(err) => err.is_retryable(),
            ClipError::TooSlow(_) | ClipError::OverBudget(_) => false,
            ClipError::Storage => true,
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            ClipError::Plugin(err) => err.retry_after(),
            _ => None,
        }
    }

    /// The parents' sentence and the detail behind it.
    fn failure(&self) -> Failure {
        match self {
            ClipError::Plugin(err) => Failure { message: err.for_parents(ModelKind::Video), detail: err.detail() },
            ClipError::TooSlow(budget) => Failure {
                message: "The video service took too long to make this clip; try the video again.".into(),
                detail: Some(format!("no finished clip within {} minutes", budget.as_secs().div_ceil(60))),
            },
            ClipError::Storage => Failure { message: "The server could not save the clip: its storage failed.".into(), detail: None },
            ClipError::OverBudget(message) => Failure { message: format!("{message} This scene has no clip."), detail: None },
        }
    }
}

//! One scene-picture job: plugin call → checked picture (true type from its
//! bytes, size capped: `blobs::sniff`, `picture_check`) → blob written
//! atomically → media row and scene state committed together, in that order.

use std::sync::Arc;
use std::time::Duration;

use super::JobQueue;
use super::picture_check::check_picture;
use crate::blobs::Blobs;
use crate::blobs::sniff::{self, MediaKind};
use crate::plugin_host::retry::backoff;
use crate::plugin_host::{Media, PictureCall, PluginError, PluginHost};
use crate::store::MAX_ATTEMPTS;
use crate::store::{JobId, MediaId, Store};
use crate::store::{MediaRecord, now};
use crate::tier::Tiers;

/// What workers need.
pub struct WorkerContext {
    pub store: Store,
    pub blobs: Blobs,
    pub plugins: Arc<PluginHost>,
    pub tiers: Tiers,
    /// Longest wait between retries of a rate-limited or transient failure.
    pub max_backoff: Duration,
}

/// Pictures are asked for at this size (plugins pick the closest they offer).
const IMAGE_SIDE: u32 = 1024;

#[tracing::instrument(skip(ctx, queue), fields(job = %id))]
pub async fn run(ctx: &WorkerContext, queue: &JobQueue, id: JobId) {
    let start = match ctx.store.start_job(id).await {
        Ok(Some(start)) => start,
        Ok(None) => return,
        Err(err) => {
            tracing::error!("could not start job: {err}");
            return;
        }
    };
    let style = ctx.tiers.get(start.job.tier.as_str()).map(|t| t.image_style.clone()).unwrap_or_default();
    let prompt = match style.as_str() {
        "" => start.scene.image_prompt.clone(),
        style => format!("{}. Style: {style}.", start.scene.image_prompt.trim_end_matches('.')),
    };
    let request = PictureCall { prompt, width: IMAGE_SIDE, height: IMAGE_SIDE, aspect_ratio: "1:1".into(), references: Vec::new() };
    let outcome = match ctx.plugins.generate_image(&start.story.image_model, request).await {
        Ok(media) => save(ctx, &start, media).await,
        Err(err) => Err(JobError::Plugin(err)),
    };
    let result = match outcome {
        Ok(()) => Ok(()),
        Err(err) if err.is_retryable() && start.job.attempts < MAX_ATTEMPTS => {
            let wait = backoff(start.job.attempts, err.retry_after(), ctx.max_backoff);
            tracing::info!(attempt = start.job.attempts, wait_ms = wait.as_millis() as u64, "picture failed, will retry: {err}");
            let stored = ctx.store.retry_job(id, err.to_string()).await;
            let queue = queue.clone();
            tokio::spawn(async move {
                tokio::time::sleep(wait).await;
                queue.enqueue(id);
            });
            stored
        }
        Err(err) => {
            tracing::warn!("picture failed: {err}");
            ctx.store.fail_job(id, err.to_string()).await
        }
    };
    if let Err(err) = result {
        tracing::error!("could not record the job's outcome: {err}");
    }
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
}

impl JobError {
    /// Whether another attempt may succeed (a full disk may be cleared; a refusal will not change).
    fn is_retryable(&self) -> bool {
        match self {
            JobError::Plugin(err) => err.is_retryable(),
            JobError::Storage(_) => true,
        }
    }

    fn retry_after(&self) -> Option<Duration> {
        match self {
            JobError::Plugin(err) => err.retry_after(),
            JobError::Storage(_) => None,
        }
    }

    /// A storage failure, with its cause logged.
    fn storage(what: &str, cause: impl std::fmt::Display) -> Self {
        tracing::error!("could not {what}: {cause}");
        JobError::Storage(format!("could not {what}: {cause}"))
    }
}

/// Check the picture (its type from its bytes, then its size), write it, then commit its row.
async fn save(ctx: &WorkerContext, start: &crate::store::JobStart, media: Media) -> Result<(), JobError> {
    let plugin = start.story.image_model.clone();
    let shown = ctx.plugins.model(&plugin).map_or_else(|| plugin.clone(), |m| m.display_name.clone());
    let bad = |message: String| PluginError::BadOutput { plugin: shown.clone(), message };
    let media_type = sniff::true_type(MediaKind::Picture, &media.media_type, &media.bytes).map_err(|e| bad(e.to_string()))?;
    if !media_type.matches_declared(&media.media_type) {
        let declared = sniff::shown(&media.media_type);
        tracing::warn!(model = %plugin, ?declared, actual = media_type.mime(), "the plugin mislabelled its picture; stored under the type of its bytes");
    }
    let (picture, width, height) = check_picture(media.bytes, media_type).await.map_err(bad)?;
    let media_id = MediaId::new();
    let bytes = picture.len() as u64;
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
        model: start.story.image_model.clone(),
        created_at: now(),
    };
    match ctx.store.finish_image(start.job.id, record).await {
        Ok(true) => Ok(()),
        Ok(false) => {
            // The story was deleted while the picture was being made.
            ctx.blobs.delete(vec![file]).await;
            Ok(())
        }
        Err(err) => {
            ctx.blobs.delete(vec![file]).await;
            Err(JobError::storage("record the picture", err))
        }
    }
}

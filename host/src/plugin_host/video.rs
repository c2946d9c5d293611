//! Video calls in the host's terms: [`VideoCall`] (what clip to make),
//! [`VideoProgress`] (where a clip stands: pending with the provider's job
//! id and progress, done with the clip, or ready as a link), and the
//! `PluginHost` methods the video job worker uses: `submit_video`,
//! `poll_video` (each one sandboxed call under `LimitsByKind.video`) and
//! `download_clip` (the host's own download of a finished clip's link,
//! through the HTTP gate, streamed to a file, so a clip never passes through
//! guest memory).
//!
//! Every plugin-supplied value is checked here before the worker sees it:
//! the job id's length, the poll interval (clamped), the percent (capped).

use std::path::Path;
use std::time::Duration;

use tokio::io::AsyncWriteExt;

use super::bindings::wit_types;
use super::call::{Answer, Call};
use super::error::{PluginError, ProviderFailure};
use super::net::{self, DownloadError, GateError};
use super::registry::{self, LoadedPlugin};
use super::{Media, ModelEntry, ModelKind, PluginHost, guest_error, trust};

/// Shortest wait between polls the host keeps to, whatever the plugin asks.
pub const MIN_POLL_AFTER: Duration = Duration::from_millis(250);
/// Longest wait between polls the host keeps to, whatever the plugin asks.
pub const MAX_POLL_AFTER: Duration = Duration::from_secs(60);
/// Longest provider job id accepted, in bytes.
pub const MAX_JOB_ID_BYTES: usize = 1024;

/// Make a clip for a scene.
#[derive(Debug, Clone)]
pub struct VideoCall {
    /// What happens in the scene, in words.
    pub prompt: String,
    /// The scene's picture (the clip's first frame), when there is one.
    pub image: Option<Media>,
    /// Length asked for, in seconds (the plugin picks the closest its provider offers).
    pub duration_secs: u32,
    /// e.g. "1:1".
    pub aspect_ratio: String,
}

/// Where a clip stands after `submit_video` or `poll_video`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VideoProgress {
    /// Not finished: poll `job_id` again after `poll_after`.
    Pending {
        /// The provider's job id (1 to [`MAX_JOB_ID_BYTES`] bytes); keep it to poll after a restart.
        job_id: String,
        /// The plugin's advice, clamped to [`MIN_POLL_AFTER`]..=[`MAX_POLL_AFTER`].
        poll_after: Duration,
        /// The provider's progress, 0–100, when it reports one.
        percent: Option<u8>,
    },
    /// The clip itself (made within the call, e.g. by the offline maker); its bytes are not checked yet.
    Done(Media),
    /// Finished at the provider: download it at once with [`PluginHost::download_clip`] (links expire).
    Ready(VideoLink),
}

/// A finished clip's link, as the plugin gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoLink {
    /// http or https; its origin must be one the plugin declared.
    pub url: String,
    /// The plugin's credential the link needs, sent only to an origin it is bound to.
    pub credential: Option<String>,
}

impl VideoCall {
    /// The WIT record for `model`, with the plugin's `settings`.
    fn into_wit(self, model: &str, settings: Vec<wit_types::Setting>) -> wit_types::VideoRequest {
        wit_types::VideoRequest {
            model: model.to_string(),
            prompt: self.prompt,
            image: self.image,
            duration_secs: self.duration_secs,
            aspect_ratio: self.aspect_ratio,
            settings,
        }
    }
}

impl PluginHost {
    /// Ask a video model for a clip of a scene: one sandboxed call under
    /// `LimitsByKind.video`. The answer is the clip (`Done`), a link to
    /// download (`Ready`) or a job to poll (`Pending`). Errors: the model is
    /// unknown, not a video model, unapproved or without its key; the call hit
    /// a limit; the plugin's own error (`PluginError::Provider`); an unusable
    /// answer (`PluginError::BadOutput`: an empty or over-long job id).
    #[tracing::instrument(skip(self, call), fields(kind = "video", plugin))]
    pub async fn submit_video(&self, model: &str, call: VideoCall) -> Result<VideoProgress, PluginError> {
        let (plugin, entry) = self.plugin_for(model, ModelKind::Video)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        let req = call.into_wit(model, registry::call_settings(&plugin.grants.settings));
        let answer = self.traced(plugin, model, "video", self.limits.video, Call::SubmitVideo(&req)).await?;
        video_answer(plugin, entry, answer)
    }

    /// Ask a video model whether the job `job_id` (from an earlier `Pending`)
    /// is finished: one fresh sandboxed call under `LimitsByKind.video`.
    /// Answers and errors as [`PluginHost::submit_video`].
    #[tracing::instrument(skip(self), fields(kind = "video", plugin))]
    pub async fn poll_video(&self, model: &str, job_id: &str) -> Result<VideoProgress, PluginError> {
        let (plugin, entry) = self.plugin_for(model, ModelKind::Video)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        let req = wit_types::VideoPoll {
            model: model.to_string(),
            job_id: job_id.to_string(),
            settings: registry::call_settings(&plugin.grants.settings),
        };
        let answer = self.traced(plugin, model, "video", self.limits.video, Call::PollVideo(&req)).await?;
        video_answer(plugin, entry, answer)
    }

    /// Download a finished clip's link through the HTTP gate (only an origin
    /// the model's plugin declared, at every redirect too; the credential only
    /// where it is bound), streamed into `file` (created or truncated by this
    /// call, and fsynced; the caller renames it into place after checking it),
    /// at most `max_bytes`, within `LimitsByKind.video.wall`. Returns the byte
    /// count and the answer's content type.
    ///
    /// On any error the file is removed. Errors: an undeclared or private
    /// origin (`HostNotDeclared`, `DestinationProhibited`); a credential not
    /// granted, not set or not bound to the link's origin (`Provider`,
    /// unauthorized); a non-2xx answer, e.g. an expired link, or a dropped
    /// connection (`Provider`, transient); no full answer in time (`Timeout`);
    /// a clip over `max_bytes` or an unusable URL (`BadOutput`); the file could
    /// not be written, e.g. a full disk (`Host`).
    #[tracing::instrument(skip(self, link, file), fields(kind = "video", plugin))]
    pub async fn download_clip(
        &self,
        model: &str,
        link: &VideoLink,
        file: &Path,
        max_bytes: u64,
    ) -> Result<(u64, Option<String>), PluginError> {
        let (plugin, entry) = self.plugin_for(model, ModelKind::Video)?;
        tracing::Span::current().record("plugin", plugin.id.as_str());
        let req = net::OutRequest {
            method: net::Method::Get,
            url: link.url.clone(),
            headers: Vec::new(),
            body: Vec::new(),
            credential: link.credential.clone(),
            timeout_ms: None,
        };
        let limit = self.limits.video.wall;
        let mut out = tokio::fs::File::create(file).await.map_err(|e| write_error(file, &e))?;
        let written = async {
            let (result, last_origin) = plugin.net.gate.download_traced(&plugin.net.policy, req, &mut out, max_bytes, limit).await;
            let done = result.map_err(|err| download_error(plugin, entry, limit, last_origin, err))?;
            out.flush().await.map_err(|e| write_error(file, &e))?;
            out.sync_all().await.map_err(|e| write_error(file, &e))?;
            Ok((done.bytes, done.content_type))
        }
        .await;
        drop(out);
        if written.is_err() {
            // Nothing partial stays behind: the caller only ever sees a whole, checked clip.
            if let Err(err) = tokio::fs::remove_file(file).await
                && err.kind() != std::io::ErrorKind::NotFound
            {
                tracing::warn!(file = %file.display(), "could not remove a failed clip download: {err}");
            }
        }
        written
    }
}

/// A video answer in the host's terms, with the plugin's values checked.
fn video_answer(plugin: &LoadedPlugin, entry: &ModelEntry, answer: Answer) -> Result<VideoProgress, PluginError> {
    let status = match answer {
        Answer::Video(Ok(status)) => status,
        Answer::Video(Err(err)) => return Err(guest_error(&plugin.id, err)),
        _ => return Err(PluginError::Host("wrong answer kind".into())),
    };
    Ok(match status {
        wit_types::VideoStatus::Pending(progress) => {
            if progress.job_id.is_empty() || progress.job_id.len() > MAX_JOB_ID_BYTES {
                return Err(PluginError::BadOutput {
                    plugin: entry.display_name.clone(),
                    message: format!("a video job id of {} bytes (1 to {MAX_JOB_ID_BYTES} expected)", progress.job_id.len()),
                });
            }
            VideoProgress::Pending {
                job_id: progress.job_id,
                poll_after: Duration::from_millis(progress.poll_after_ms).clamp(MIN_POLL_AFTER, MAX_POLL_AFTER),
                percent: progress.percent.map(|p| p.min(100)),
            }
        }
        wit_types::VideoStatus::Done(media) => VideoProgress::Done(media),
        wit_types::VideoStatus::Ready(link) => VideoProgress::Ready(VideoLink { url: link.url, credential: link.credential }),
    })
}

fn write_error(file: &Path, err: &std::io::Error) -> PluginError {
    PluginError::Host(format!("the clip could not be written to {}: {err}", file.display()))
}

/// A failed download in the host's terms (see [`PluginHost::download_clip`]).
fn download_error(
    plugin: &LoadedPlugin,
    entry: &ModelEntry,
    limit: Duration,
    last_origin: Option<String>,
    err: DownloadError,
) -> PluginError {
    let id = plugin.id.clone();
    let provider = |kind: ProviderFailure, message: &str| PluginError::Provider {
        plugin: id.clone(),
        kind,
        message: trust::labels::clean_label(message, trust::labels::MAX_MESSAGE),
        retry_after: None,
    };
    let origin = || last_origin.clone().unwrap_or_else(|| "an unknown origin".to_string());
    match err {
        DownloadError::Gate(GateError::HostNotDeclared(_)) => PluginError::HostNotDeclared { plugin: id.clone(), origin: origin() },
        DownloadError::Gate(GateError::DestinationProhibited(_)) => {
            PluginError::DestinationProhibited { plugin: id.clone(), origin: origin() }
        }
        DownloadError::Gate(GateError::CredentialUnavailable(m)) => provider(ProviderFailure::Unauthorized, &m),
        DownloadError::Gate(GateError::InvalidRequest(m)) => {
            PluginError::BadOutput { plugin: entry.display_name.clone(), message: format!("an unusable clip link: {m}") }
        }
        DownloadError::Gate(GateError::Timeout(_)) => PluginError::Timeout { plugin: id.clone(), limit },
        DownloadError::Gate(GateError::Transport(m)) => provider(ProviderFailure::Transient, &m),
        DownloadError::Status { status, .. } => provider(
            ProviderFailure::Transient,
            &format!("the clip's link at {} answered {status} (an expired link answers 403, 404 or 410)", origin()),
        ),
        err @ DownloadError::TooLarge { .. } => PluginError::BadOutput { plugin: entry.display_name.clone(), message: err.to_string() },
        DownloadError::Write(e) => PluginError::Host(format!("the clip could not be written: {e}")),
    }
}

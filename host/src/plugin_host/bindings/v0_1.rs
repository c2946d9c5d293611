//! Host bindings for the plugin contract `storyloom:plugin@0.1.0` (`wit/0.1`),
//! kept so that plugins built for 0.1 keep loading and running. Everything is
//! converted at this edge to and from the latest types (`since_v0_1`):
//!
//! - requests go out as 0.1 records (field for field the same, except that
//!   the story hints' `seed`, new in 0.3, is dropped);
//! - `generate-image`'s `media` becomes a `picture` with no description;
//! - `submit-video`'s `video-job` becomes `pending` with that job id, no
//!   progress; `poll-video`'s `pending(ms)` becomes `pending` with the polled
//!   job id, no progress (0.1 has no `ready` link: its clips come as `done`);
//! - its `http.fetch` and `logging.log` imports convert and delegate to the
//!   latest implementation on the same `CallState`, so the gate, the CPU meter
//!   and the call's budgets are one.

use wasmtime::Store;

use super::v0_3::storyloom::plugin as latest;
use crate::plugin_host::call::{Answer, Call, CallState};

wasmtime::component::bindgen!({
    world: "plugin",
    path: "../wit/0.1",
    imports: { default: async | trappable },
    exports: { default: async },
    additional_derives: [PartialEq, Eq],
});

use storyloom::plugin::{http, logging, types};

/// Instantiate a 0.1 plugin and make `call`, answering in the latest terms.
pub(super) async fn run(pre: &PluginPre<CallState>, store: &mut Store<CallState>, call: Call<'_>) -> wasmtime::Result<Answer> {
    let instance = pre.instantiate_async(&mut *store).await?;
    Ok(match call {
        Call::Describe => Answer::Describe(since_v0_1::plugin_info(instance.call_describe(&mut *store).await?)),
        Call::Story(req) => {
            let answer = instance.call_generate_story(&mut *store, &since_v0_1::story_request(req)).await?;
            Answer::Story(answer.map(|r| latest::types::StoryReply { text: r.text }).map_err(since_v0_1::plugin_error))
        }
        Call::Image(req) => {
            let answer = instance.call_generate_image(&mut *store, &since_v0_1::image_request(req)).await?;
            Answer::Image(answer.map(since_v0_1::picture).map_err(since_v0_1::plugin_error))
        }
        Call::SubmitVideo(req) => {
            let answer = instance.call_submit_video(&mut *store, &since_v0_1::video_request(req)).await?;
            Answer::Video(answer.map(since_v0_1::video_job).map_err(since_v0_1::plugin_error))
        }
        Call::PollVideo(req) => {
            let answer = instance.call_poll_video(&mut *store, &since_v0_1::video_poll(req)).await?;
            Answer::Video(answer.map(|status| since_v0_1::video_status(status, &req.job_id)).map_err(since_v0_1::plugin_error))
        }
    })
}

impl types::Host for CallState {}

impl http::Host for CallState {
    async fn fetch(&mut self, req: http::Request) -> wasmtime::Result<Result<http::Response, http::HttpError>> {
        let answer = <CallState as latest::http::Host>::fetch(self, since_v0_1::http_request(req)).await?;
        Ok(answer.map(since_v0_1::http_response).map_err(since_v0_1::http_error))
    }
}

impl logging::Host for CallState {
    async fn log(&mut self, level: logging::Level, message: String) -> wasmtime::Result<()> {
        <CallState as latest::logging::Host>::log(self, since_v0_1::level(level), message).await
    }
}

/// The conversions between 0.1's records and the latest ones, one function per record.
pub(crate) mod since_v0_1 {
    use super::super::v0_3::storyloom::plugin::{http as new_http, logging as new_logging, types as new};
    use super::{http, logging, types as old};

    // ---- answers and imports: 0.1 → latest ----

    pub fn plugin_info(info: old::PluginInfo) -> new::PluginInfo {
        new::PluginInfo {
            id: info.id,
            version: info.version,
            models: info.models.into_iter().map(model_info).collect(),
            credentials: info
                .credentials
                .into_iter()
                .map(|c| new::Credential { name: c.name, header: c.header, prefix: c.prefix })
                .collect(),
            settings: info.settings.into_iter().map(|s| new::SettingDecl { name: s.name, default_value: s.default_value }).collect(),
            hosts: info
                .hosts
                .into_iter()
                .map(|rule| match rule {
                    old::HostRule::Origin(o) => new::HostRule::Origin(o),
                    old::HostRule::FromSetting(s) => new::HostRule::FromSetting(s),
                })
                .collect(),
        }
    }

    fn model_info(model: old::ModelInfo) -> new::ModelInfo {
        new::ModelInfo {
            key: model.key,
            display_name: model.display_name,
            provider_group: model.provider_group,
            kind: match model.kind {
                old::ModelKind::Story => new::ModelKind::Story,
                old::ModelKind::Image => new::ModelKind::Image,
                old::ModelKind::Video => new::ModelKind::Video,
            },
            credential: model.credential,
            capabilities: new::Capabilities {
                max_reference_images: model.capabilities.max_reference_images,
                input_fidelity: model.capabilities.input_fidelity,
                aspect_ratios: model.capabilities.aspect_ratios,
            },
        }
    }

    pub fn media(media: old::Media) -> new::Media {
        new::Media { media_type: media.media_type, bytes: media.bytes }
    }

    /// A 0.1 `generate-image` answer: the picture, with no description of its own.
    pub fn picture(media_: old::Media) -> new::Picture {
        new::Picture { media: media(media_), description: None }
    }

    pub fn plugin_error(err: old::PluginError) -> new::PluginError {
        match err {
            old::PluginError::RateLimited(r) => {
                new::PluginError::RateLimited(new::RateLimit { retry_after_ms: r.retry_after_ms, message: r.message })
            }
            old::PluginError::Transient(m) => new::PluginError::Transient(m),
            old::PluginError::Unauthorized(m) => new::PluginError::Unauthorized(m),
            old::PluginError::InvalidRequest(m) => new::PluginError::InvalidRequest(m),
            old::PluginError::Refused(m) => new::PluginError::Refused(m),
            old::PluginError::Unsupported(m) => new::PluginError::Unsupported(m),
        }
    }

    /// A 0.1 `submit-video` answer: the job, pending, with no progress.
    pub fn video_job(job: old::VideoJob) -> new::VideoStatus {
        new::VideoStatus::Pending(new::VideoProgress { job_id: job.id, poll_after_ms: job.poll_after_ms, percent: None })
    }

    /// A 0.1 `poll-video` answer about `job_id`: still pending (same job, no progress) or done.
    pub fn video_status(status: old::VideoStatus, job_id: &str) -> new::VideoStatus {
        match status {
            old::VideoStatus::Pending(ms) => {
                new::VideoStatus::Pending(new::VideoProgress { job_id: job_id.to_string(), poll_after_ms: ms, percent: None })
            }
            old::VideoStatus::Done(m) => new::VideoStatus::Done(media(m)),
        }
    }

    pub fn http_request(req: http::Request) -> new_http::Request {
        new_http::Request {
            method: match req.method {
                http::Method::Get => new_http::Method::Get,
                http::Method::Post => new_http::Method::Post,
                http::Method::Put => new_http::Method::Put,
                http::Method::Patch => new_http::Method::Patch,
                http::Method::Delete => new_http::Method::Delete,
                http::Method::Head => new_http::Method::Head,
            },
            url: req.url,
            headers: req.headers,
            body: req.body,
            credential: req.credential,
            timeout_ms: req.timeout_ms,
        }
    }

    pub fn level(level: logging::Level) -> new_logging::Level {
        match level {
            logging::Level::Trace => new_logging::Level::Trace,
            logging::Level::Debug => new_logging::Level::Debug,
            logging::Level::Info => new_logging::Level::Info,
            logging::Level::Warn => new_logging::Level::Warn,
            logging::Level::Error => new_logging::Level::Error,
        }
    }

    // ---- requests and import answers: latest → 0.1 ----

    pub fn http_response(resp: new_http::Response) -> http::Response {
        http::Response { status: resp.status, headers: resp.headers, body: resp.body, truncated: resp.truncated }
    }

    pub fn http_error(err: new_http::HttpError) -> http::HttpError {
        match err {
            new_http::HttpError::HostNotDeclared(m) => http::HttpError::HostNotDeclared(m),
            new_http::HttpError::DestinationProhibited(m) => http::HttpError::DestinationProhibited(m),
            new_http::HttpError::CredentialUnavailable(m) => http::HttpError::CredentialUnavailable(m),
            new_http::HttpError::InvalidRequest(m) => http::HttpError::InvalidRequest(m),
            new_http::HttpError::Timeout(m) => http::HttpError::Timeout(m),
            new_http::HttpError::Transport(m) => http::HttpError::Transport(m),
        }
    }

    fn settings(settings: &[new::Setting]) -> Vec<old::Setting> {
        settings.iter().map(|s| old::Setting { name: s.name.clone(), value: s.value.clone() }).collect()
    }

    fn old_media(media: &new::Media) -> old::Media {
        old::Media { media_type: media.media_type.clone(), bytes: media.bytes.clone() }
    }

    pub fn story_request(req: &new::StoryRequest) -> old::StoryRequest {
        old::StoryRequest {
            model: req.model.clone(),
            system: req.system.clone(),
            messages: req.messages.iter().map(|m| old::Message { role: m.role.clone(), content: m.content.clone() }).collect(),
            json_schema: req.json_schema.clone(),
            max_tokens: req.max_tokens,
            hints: old::StoryHints {
                premise: req.hints.premise.clone(),
                path: req.hints.path.clone(),
                scene_number: req.hints.scene_number,
                target_scenes: req.hints.target_scenes,
                tier: req.hints.tier.clone(),
            },
            settings: settings(&req.settings),
        }
    }

    pub fn image_request(req: &new::ImageRequest) -> old::ImageRequest {
        old::ImageRequest {
            model: req.model.clone(),
            prompt: req.prompt.clone(),
            width: req.width,
            height: req.height,
            aspect_ratio: req.aspect_ratio.clone(),
            references: req.references.iter().map(old_media).collect(),
            settings: settings(&req.settings),
        }
    }

    pub fn video_request(req: &new::VideoRequest) -> old::VideoRequest {
        old::VideoRequest {
            model: req.model.clone(),
            prompt: req.prompt.clone(),
            image: req.image.as_ref().map(old_media),
            duration_secs: req.duration_secs,
            aspect_ratio: req.aspect_ratio.clone(),
            settings: settings(&req.settings),
        }
    }

    pub fn video_poll(req: &new::VideoPoll) -> old::VideoPoll {
        old::VideoPoll { model: req.model.clone(), job_id: req.job_id.clone(), settings: settings(&req.settings) }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_video_job_becomes_pending_with_its_id_and_no_progress() {
            let status = video_job(old::VideoJob { id: "job-7".into(), poll_after_ms: 5000 });
            assert_eq!(
                status,
                new::VideoStatus::Pending(new::VideoProgress { job_id: "job-7".into(), poll_after_ms: 5000, percent: None })
            );
        }

        #[test]
        fn a_pending_poll_keeps_the_polled_job_id_and_done_keeps_the_clip() {
            let pending = video_status(old::VideoStatus::Pending(1500), "abc");
            assert_eq!(pending, new::VideoStatus::Pending(new::VideoProgress { job_id: "abc".into(), poll_after_ms: 1500, percent: None }));
            let clip = old::Media { media_type: "video/mp4".into(), bytes: vec![1, 2, 3] };
            let done = video_status(old::VideoStatus::Done(clip), "abc");
            assert_eq!(done, new::VideoStatus::Done(new::Media { media_type: "video/mp4".into(), bytes: vec![1, 2, 3] }));
        }

        #[test]
        fn requests_go_out_field_for_field() {
            let req = new::VideoRequest {
                model: "clip".into(),
                prompt: "a fox".into(),
                image: Some(new::Media { media_type: "image/png".into(), bytes: vec![9] }),
                duration_secs: 8,
                aspect_ratio: "1:1".into(),
                settings: vec![new::Setting { name: "BASE_URL".into(), value: "https://x.test".into() }],
            };
            let old = video_request(&req);
            assert_eq!(
                (old.model.as_str(), old.prompt.as_str(), old.duration_secs, old.aspect_ratio.as_str()),
                ("clip", "a fox", 8, "1:1")
            );
            assert_eq!(old.image.map(|m| (m.media_type, m.bytes)), Some(("image/png".to_string(), vec![9])));
            assert_eq!(old.settings, vec![old::Setting { name: "BASE_URL".into(), value: "https://x.test".into() }]);
            let poll = video_poll(&new::VideoPoll { model: "clip".into(), job_id: "j".into(), settings: Vec::new() });
            assert_eq!((poll.model.as_str(), poll.job_id.as_str()), ("clip", "j"));
        }

        #[test]
        fn errors_keep_their_kind_and_wait() {
            let err = plugin_error(old::PluginError::RateLimited(old::RateLimit { retry_after_ms: Some(30), message: "slow".into() }));
            assert_eq!(err, new::PluginError::RateLimited(new::RateLimit { retry_after_ms: Some(30), message: "slow".into() }));
            assert_eq!(plugin_error(old::PluginError::Refused("no".into())), new::PluginError::Refused("no".into()));
            let http = http_error(new_http::HttpError::HostNotDeclared("x".into()));
            assert!(matches!(http, http::HttpError::HostNotDeclared(m) if m == "x"));
        }
    }
}

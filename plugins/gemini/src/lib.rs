//! The Gemini plugin, on the Storyloom plugin SDK. It offers the image model
//! `gemini` (API model `gemini-2.5-flash-image`), the story model
//! `gemini-story` (API model `gemini-2.5-flash`) and the video model `veo`
//! (API model `veo-3.1-generate-preview`), all behind the
//! `GEMINI_API_KEY` credential (added by the host as `x-goog-api-key`), and
//! reaches the origin of `GEMINI_BASE_URL`. This file only wires the calls to
//! the modules: `catalog` (models, settings, the `generateContent` request),
//! `images` (picture calls), `chat` (story calls), `answer` (sending and
//! reading `generateContent` answers), `errors` (Google's error answers),
//! `video` (Veo's long-running clip jobs, their polling and their answers).

mod answer;
mod catalog;
mod chat;
mod errors;
mod images;
mod video;

use storyloom_plugin_sdk::describe::{image_model, story_model, video_model};
use storyloom_plugin_sdk::http::Host;
use storyloom_plugin_sdk::{
    ImageRequest, Picture, Plugin, PluginError, PluginInfo, StoryReply, StoryRequest, VideoPoll, VideoRequest, VideoStatus, export_plugin,
    failure,
};

use crate::catalog::{BASE_URL_SETTING, CREDENTIAL, PROVIDER_GROUP};

struct Gemini;

impl Plugin for Gemini {
    fn describe() -> PluginInfo {
        let image = image_model(catalog::IMAGE_KEY, catalog::IMAGE_DISPLAY_NAME, PROVIDER_GROUP)
            .needs(CREDENTIAL)
            .references(catalog::MAX_REFERENCE_IMAGES)
            .aspect_ratios(&catalog::IMAGE_ASPECT_RATIOS);
        let video = video_model(catalog::VIDEO_KEY, catalog::VIDEO_DISPLAY_NAME, PROVIDER_GROUP)
            .needs(CREDENTIAL)
            .aspect_ratios(&video::VIDEO_ASPECT_RATIOS);
        PluginInfo::new("gemini", "0.1.0")
            .model(image)
            .model(story_model(catalog::STORY_KEY, catalog::STORY_DISPLAY_NAME, PROVIDER_GROUP).needs(CREDENTIAL))
            .model(video)
            .credential(CREDENTIAL, catalog::CREDENTIAL_HEADER, catalog::CREDENTIAL_PREFIX)
            .setting(BASE_URL_SETTING, catalog::DEFAULT_BASE_URL)
            .setting(video::POLL_SETTING, &video::DEFAULT_POLL_MS.to_string())
            .host_from_setting(BASE_URL_SETTING)
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        if req.model != catalog::STORY_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not a Gemini story model", req.model)));
        }
        let base_url = catalog::base_url(&req.settings);
        let call = chat::StoryCall {
            base_url: &base_url,
            system: &req.system,
            messages: req.messages.iter().map(|m| (m.role.as_str(), m.content.as_str())).collect(),
            json_schema: &req.json_schema,
            max_tokens: req.max_tokens,
        };
        chat::write(&Host, &call).map(|text| StoryReply { text })
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        if req.model != catalog::IMAGE_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not a Gemini image model", req.model)));
        }
        images::generate(&Host, &req).map(Picture::from)
    }

    fn submit_video(req: VideoRequest) -> Result<VideoStatus, PluginError> {
        if req.model != catalog::VIDEO_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not a Gemini video model", req.model)));
        }
        video::submit(&Host, &req)
    }

    fn poll_video(req: VideoPoll) -> Result<VideoStatus, PluginError> {
        if req.model != catalog::VIDEO_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not a Gemini video model", req.model)));
        }
        video::poll(&Host, &req)
    }
}

export_plugin!(Gemini);

#[cfg(test)]
mod tests {
    use super::*;
    use storyloom_plugin_sdk::{HostRule, ModelKind};

    #[test]
    fn describe_offers_every_model_behind_the_google_key() {
        let info = Gemini::describe();
        assert_eq!((info.id.as_str(), info.version.as_str(), info.models.len()), ("gemini", "0.1.0", 3));
        let veo = &info.models[2];
        assert_eq!((veo.key.as_str(), veo.kind, veo.credential.as_deref()), ("veo", ModelKind::Video, Some(CREDENTIAL)));
        assert_eq!((veo.display_name.as_str(), veo.provider_group.as_str()), ("Veo 3.1", "Google"));
        assert_eq!(veo.capabilities.aspect_ratios, ["16:9", "9:16"]);
        assert_eq!((info.settings[1].name.as_str(), info.settings[1].default_value.as_str()), ("GEMINI_VIDEO_POLL_MS", "10000"));
        let (image, story) = (&info.models[0], &info.models[1]);
        assert_eq!((image.key.as_str(), image.kind, image.credential.as_deref()), ("gemini", ModelKind::Image, Some(CREDENTIAL)));
        assert_eq!((image.capabilities.max_reference_images, image.capabilities.aspect_ratios.len()), (3, 10));
        assert_eq!((story.key.as_str(), story.kind, story.credential.as_deref()), ("gemini-story", ModelKind::Story, Some(CREDENTIAL)));
        assert_eq!((story.capabilities.max_reference_images, story.capabilities.aspect_ratios.len()), (0, 0));
        let key = &info.credentials[0];
        assert_eq!((key.name.as_str(), key.header.as_str(), key.prefix.as_str()), ("GEMINI_API_KEY", "x-goog-api-key", ""));
        assert_eq!(info.hosts, [HostRule::FromSetting(BASE_URL_SETTING.into())]);
        assert_eq!(
            (info.settings[0].name.as_str(), info.settings[0].default_value.as_str()),
            (BASE_URL_SETTING, catalog::DEFAULT_BASE_URL)
        );
    }

    #[test]
    fn video_calls_for_another_model_are_unsupported() {
        let req = VideoRequest {
            model: "gemini".into(),
            prompt: "p".into(),
            image: None,
            duration_secs: 8,
            aspect_ratio: "1:1".into(),
            settings: Vec::new(),
        };
        assert!(matches!(Gemini::submit_video(req), Err(PluginError::Unsupported(_))));
        let poll = VideoPoll { model: "gemini-story".into(), job_id: "models/veo-3/operations/x".into(), settings: Vec::new() };
        assert!(matches!(Gemini::poll_video(poll), Err(PluginError::Unsupported(_))));
    }
}

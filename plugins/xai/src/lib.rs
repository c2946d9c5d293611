//! The xAI plugin on the Storyloom plugin SDK. It offers the image model
//! `grok-imagine` (API model `grok-imagine-image`), the video model
//! `grok-imagine-video` and the chat story model `grok`, all behind the
//! `XAI_API_KEY` credential, and reaches the origins of `XAI_BASE_URL` (the
//! API), `XAI_IMAGE_CDN_URL` (where temporary picture links live) and
//! `XAI_VIDEO_CDN_URL` (where finished clips' links live). The work lives in
//! plain modules: `catalog` (models, settings, API requests), `images` and
//! `picture` (picture calls), `video` (clip jobs), `chat` (story calls),
//! `errors` (xAI's own error rules on top of the SDK's).

mod catalog;
mod chat;
mod errors;
mod images;
mod picture;
mod video;

use storyloom_plugin_sdk::describe::{image_model, story_model, video_model};
use storyloom_plugin_sdk::http::Host;
use storyloom_plugin_sdk::{
    ImageRequest, Picture, Plugin, PluginError, PluginInfo, StoryReply, StoryRequest, VideoPoll, VideoRequest, VideoStatus, export_plugin,
    failure, settings,
};

use crate::catalog::{
    BASE_URL_SETTING, CREDENTIAL, DEFAULT_BASE_URL, DEFAULT_IMAGE_CDN_URL, DEFAULT_VIDEO_CDN_URL, IMAGE_CDN_SETTING, PROVIDER_GROUP,
    VIDEO_CDN_SETTING,
};

struct Xai;

impl Plugin for Xai {
    fn describe() -> PluginInfo {
        let imagine = image_model(catalog::IMAGE_KEY, catalog::IMAGE_DISPLAY_NAME, PROVIDER_GROUP)
            .needs(CREDENTIAL)
            .references(catalog::MAX_REFERENCE_IMAGES)
            .aspect_ratios(&catalog::IMAGE_ASPECT_RATIOS);
        let imagine_video = video_model(catalog::VIDEO_KEY, catalog::VIDEO_DISPLAY_NAME, PROVIDER_GROUP)
            .needs(CREDENTIAL)
            .aspect_ratios(&[catalog::VIDEO_ASPECT_RATIO]);
        PluginInfo::new("xai", "0.1.0")
            .model(imagine)
            .model(imagine_video)
            .model(story_model(catalog::STORY_KEY, catalog::STORY_DISPLAY_NAME, PROVIDER_GROUP).needs(CREDENTIAL))
            .credential(CREDENTIAL, catalog::CREDENTIAL_HEADER, catalog::CREDENTIAL_PREFIX)
            .setting(BASE_URL_SETTING, DEFAULT_BASE_URL)
            .setting(IMAGE_CDN_SETTING, DEFAULT_IMAGE_CDN_URL)
            .setting(VIDEO_CDN_SETTING, DEFAULT_VIDEO_CDN_URL)
            .host_from_setting(BASE_URL_SETTING)
            .host_from_setting(IMAGE_CDN_SETTING)
            .host_from_setting(VIDEO_CDN_SETTING)
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        if req.model != catalog::STORY_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not an xAI story model", req.model)));
        }
        let base_url = settings::base_url(&req.settings, BASE_URL_SETTING, DEFAULT_BASE_URL);
        chat::write(&Host, &base_url, &req).map(|text| StoryReply { text })
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        if req.model != catalog::IMAGE_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not an xAI image model", req.model)));
        }
        images::generate(&Host, &req).map(Picture::from)
    }

    fn submit_video(req: VideoRequest) -> Result<VideoStatus, PluginError> {
        if req.model != catalog::VIDEO_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not an xAI video model", req.model)));
        }
        video::submit(&Host, &req)
    }

    fn poll_video(req: VideoPoll) -> Result<VideoStatus, PluginError> {
        if req.model != catalog::VIDEO_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not an xAI video model", req.model)));
        }
        video::poll(&Host, &req)
    }
}

export_plugin!(Xai);

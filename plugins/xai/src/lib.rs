//! The xAI plugin on the Storyloom plugin SDK. It offers the image model
//! `grok-imagine` (API model `grok-imagine-image`) and the chat story model
//! `grok`, both behind the `XAI_API_KEY` credential, and reaches the origins
//! of `XAI_BASE_URL` (the API) and `XAI_IMAGE_CDN_URL` (where temporary
//! picture links live). The work lives in plain modules: `catalog` (models,
//! settings, API requests), `images` and `picture` (picture calls), `chat`
//! (story calls), `errors` (xAI's own error rules on top of the SDK's).

mod catalog;
mod chat;
mod errors;
mod images;
mod picture;

use storyloom_plugin_sdk::describe::{image_model, story_model};
use storyloom_plugin_sdk::http::Host;
use storyloom_plugin_sdk::{
    ImageRequest, Media, Plugin, PluginError, PluginInfo, StoryReply, StoryRequest, export_plugin, failure, settings,
};

use crate::catalog::{BASE_URL_SETTING, CREDENTIAL, DEFAULT_BASE_URL, DEFAULT_IMAGE_CDN_URL, IMAGE_CDN_SETTING, PROVIDER_GROUP};

struct Xai;

impl Plugin for Xai {
    fn describe() -> PluginInfo {
        let imagine = image_model(catalog::IMAGE_KEY, catalog::IMAGE_DISPLAY_NAME, PROVIDER_GROUP)
            .needs(CREDENTIAL)
            .references(catalog::MAX_REFERENCE_IMAGES)
            .aspect_ratios(&catalog::IMAGE_ASPECT_RATIOS);
        PluginInfo::new("xai", "0.1.0")
            .model(imagine)
            .model(story_model(catalog::STORY_KEY, catalog::STORY_DISPLAY_NAME, PROVIDER_GROUP).needs(CREDENTIAL))
            .credential(CREDENTIAL, catalog::CREDENTIAL_HEADER, catalog::CREDENTIAL_PREFIX)
            .setting(BASE_URL_SETTING, DEFAULT_BASE_URL)
            .setting(IMAGE_CDN_SETTING, DEFAULT_IMAGE_CDN_URL)
            .host_from_setting(BASE_URL_SETTING)
            .host_from_setting(IMAGE_CDN_SETTING)
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        if req.model != catalog::STORY_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not an xAI story model", req.model)));
        }
        let base_url = settings::base_url(&req.settings, BASE_URL_SETTING, DEFAULT_BASE_URL);
        chat::write(&Host, &base_url, &req).map(|text| StoryReply { text })
    }

    fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
        if req.model != catalog::IMAGE_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not an xAI image model", req.model)));
        }
        images::generate(&Host, &req)
    }
}

export_plugin!(Xai);

//! The Gemini plugin, on the Storyloom plugin SDK. It offers the image model
//! `gemini` (API model `gemini-2.5-flash-image`) and the story model
//! `gemini-story` (API model `gemini-2.5-flash`), both behind the
//! `GEMINI_API_KEY` credential (added by the host as `x-goog-api-key`), and
//! reaches the origin of `GEMINI_BASE_URL`. This file only wires the calls to
//! the modules: `catalog` (models, settings, the `generateContent` request),
//! `images` (picture calls), `chat` (story calls), `answer` (sending and
//! reading `generateContent` answers), `errors` (Google's error answers).
//! Videos are not offered: the SDK's default answers `unsupported`.

mod answer;
mod catalog;
mod chat;
mod errors;
mod images;

use storyloom_plugin_sdk::describe::{image_model, story_model};
use storyloom_plugin_sdk::http::Host;
use storyloom_plugin_sdk::{ImageRequest, Media, Plugin, PluginError, PluginInfo, StoryReply, StoryRequest, export_plugin, failure};

use crate::catalog::{BASE_URL_SETTING, CREDENTIAL, PROVIDER_GROUP};

struct Gemini;

impl Plugin for Gemini {
    fn describe() -> PluginInfo {
        let image = image_model(catalog::IMAGE_KEY, catalog::IMAGE_DISPLAY_NAME, PROVIDER_GROUP)
            .needs(CREDENTIAL)
            .references(catalog::MAX_REFERENCE_IMAGES)
            .aspect_ratios(&catalog::IMAGE_ASPECT_RATIOS);
        PluginInfo::new("gemini", "0.1.0")
            .model(image)
            .model(story_model(catalog::STORY_KEY, catalog::STORY_DISPLAY_NAME, PROVIDER_GROUP).needs(CREDENTIAL))
            .credential(CREDENTIAL, catalog::CREDENTIAL_HEADER, catalog::CREDENTIAL_PREFIX)
            .setting(BASE_URL_SETTING, catalog::DEFAULT_BASE_URL)
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

    fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
        if req.model != catalog::IMAGE_KEY {
            return Err(failure::unsupported(&format!("model {:?} is not a Gemini image model", req.model)));
        }
        images::generate(&Host, &req)
    }
}

export_plugin!(Gemini);

#[cfg(test)]
mod tests {
    use super::*;
    use storyloom_plugin_sdk::{HostRule, ModelKind};

    #[test]
    fn describe_offers_both_models_behind_the_google_key() {
        let info = Gemini::describe();
        assert_eq!((info.id.as_str(), info.version.as_str(), info.models.len()), ("gemini", "0.1.0", 2));
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
}

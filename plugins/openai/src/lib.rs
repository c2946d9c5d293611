//! The OpenAI plugin: the GPT image models (`gpt-image-1`, `gpt-image-1-mini`,
//! `gpt-image-1.5`) and the chat story model `gpt`, all behind the
//! `OPENAI_API_KEY` credential, reaching the origin of `OPENAI_BASE_URL` (and
//! of `OPENAI_IMAGE_CDN_URL`, where picture links of a gateway may live).
//! This file is `describe` and the export; the SDK owns the WIT glue, HTTP
//! through the host and the generic failure mapping. The OpenAI work lives in
//! `catalog` (models and settings), `images` and `multipart` (picture calls),
//! `chat` (story calls) and `errors` (OpenAI's own error codes and headers).

mod catalog;
mod chat;
mod errors;
mod images;
mod multipart;

use storyloom_plugin_sdk::prelude::*;

use crate::catalog::{
    BASE_URL_SETTING, CREDENTIAL, IMAGE_ASPECT_RATIOS, IMAGE_CDN_SETTING, IMAGE_MODELS, MAX_REFERENCE_IMAGES, PROVIDER, STORY_MODEL,
};

struct OpenAi;

impl Plugin for OpenAi {
    fn describe() -> PluginInfo {
        let images = IMAGE_MODELS.iter().map(|m| {
            let model = image_model(m.key, m.display_name, PROVIDER)
                .needs(CREDENTIAL)
                .references(MAX_REFERENCE_IMAGES)
                .aspect_ratios(&IMAGE_ASPECT_RATIOS);
            if m.input_fidelity { model.input_fidelity() } else { model }
        });
        images
            .fold(PluginInfo::new("openai", "0.1.0"), PluginInfo::model)
            .model(story_model(STORY_MODEL.key, STORY_MODEL.display_name, PROVIDER).needs(CREDENTIAL))
            .credential(CREDENTIAL, catalog::CREDENTIAL_HEADER, catalog::CREDENTIAL_PREFIX)
            .setting(BASE_URL_SETTING, catalog::DEFAULT_BASE_URL)
            .setting(IMAGE_CDN_SETTING, catalog::DEFAULT_IMAGE_CDN_URL)
            .host_from_setting(BASE_URL_SETTING)
            .host_from_setting(IMAGE_CDN_SETTING)
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        chat::write(&Host, &req)
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        images::generate(&Host, &req).map(Picture::from)
    }
}

export_plugin!(OpenAi);

#[cfg(test)]
mod tests {
    use super::*;
    use storyloom_plugin_sdk::Capabilities;

    #[test]
    fn describe_lists_every_model_behind_the_key() {
        let info = OpenAi::describe();
        let keys: Vec<(&str, ModelKind, bool)> =
            info.models.iter().map(|m| (m.key.as_str(), m.kind, m.capabilities.input_fidelity)).collect();
        assert_eq!(
            keys,
            [
                ("gpt-image-1-mini", ModelKind::Image, false),
                ("gpt-image-1", ModelKind::Image, true),
                ("gpt-image-1.5", ModelKind::Image, true),
                ("gpt", ModelKind::Story, false)
            ]
        );
        assert!(info.models.iter().all(|m| m.credential.as_deref() == Some(CREDENTIAL) && m.provider_group == "OpenAI"));
        assert_eq!(info.models[0].capabilities.max_reference_images, 16);
        assert_eq!(info.models[0].capabilities.aspect_ratios, ["1:1", "3:2", "2:3"]);
        assert_eq!(info.models[3].capabilities, Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: vec![] });
        assert_eq!(info.credentials, [Credential { name: CREDENTIAL.into(), header: "authorization".into(), prefix: "Bearer ".into() }]);
        let settings = [(BASE_URL_SETTING, "https://api.openai.com/v1"), (IMAGE_CDN_SETTING, "https://api.openai.com/v1")];
        assert_eq!(info.settings, settings.map(|(name, default)| SettingDecl { name: name.into(), default_value: default.into() }));
        assert_eq!(info.hosts, [HostRule::FromSetting(BASE_URL_SETTING.into()), HostRule::FromSetting(IMAGE_CDN_SETTING.into())]);
    }
}

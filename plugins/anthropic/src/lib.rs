//! The Anthropic plugin: the Claude story model `claude` behind the
//! `ANTHROPIC_API_KEY` credential (added by the host as `x-api-key`),
//! reaching the origin of `ANTHROPIC_BASE_URL`. This file is the `Plugin`
//! impl only (pictures and videos answer the SDK's `unsupported`); the work
//! lives in `catalog` (model and settings), `messages` (the Messages API
//! call), `schema` (structured-output schema) and `errors` (Anthropic's own
//! error rules on top of the SDK's status table).

mod catalog;
mod errors;
mod messages;
mod schema;

use storyloom_plugin_sdk::prelude::*;

use crate::catalog::{BASE_URL_SETTING, CREDENTIAL, STORY_MODEL};

struct Anthropic;

impl Plugin for Anthropic {
    fn describe() -> PluginInfo {
        PluginInfo::new("anthropic", "0.1.0")
            .model(story_model(STORY_MODEL.key, STORY_MODEL.display_name, catalog::PROVIDER_GROUP).needs(CREDENTIAL))
            .credential(CREDENTIAL, catalog::CREDENTIAL_HEADER, catalog::CREDENTIAL_PREFIX)
            .setting(BASE_URL_SETTING, catalog::DEFAULT_BASE_URL)
            .host_from_setting(BASE_URL_SETTING)
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        let model = STORY_MODEL
            .find(&req.model)
            .ok_or_else(|| failure::unsupported(&format!("model {:?} is not an Anthropic story model", req.model)))?;
        let base_url = catalog::base_url(&req.settings);
        let call = messages::StoryCall {
            model,
            base_url: &base_url,
            system: &req.system,
            messages: req.messages.iter().map(|m| (m.role.as_str(), m.content.as_str())).collect(),
            json_schema: &req.json_schema,
            max_tokens: req.max_tokens,
        };
        messages::write(&Host, &call).map(|text| StoryReply { text })
    }
}

export_plugin!(Anthropic);

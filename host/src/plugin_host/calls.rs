//! The host's own requests to plugins, in the host's terms: what to write or
//! draw. `PluginHost` adds the model key and the plugin's granted settings and
//! turns them into the WIT records only at the call, so no caller ever fills
//! in a contract record half-way.

use super::bindings::wit_types;

/// One turn of a story conversation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// "user" or "assistant".
    pub role: String,
    pub content: String,
}

/// Facts about the scene to write, for plugins that do not call a model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SceneHints {
    /// The family's prompt that started the story.
    pub premise: String,
    /// Text of every choice taken so far, oldest first.
    pub path: Vec<String>,
    /// 1-based number of the scene to write.
    pub scene_number: u32,
    /// Scenes the story should have; the last one is the ending.
    pub target_scenes: u32,
    /// Tier id, e.g. "kids".
    pub tier: String,
    /// The story's seed: fixed when the story starts, the same for every
    /// scene and branch of it (see `story::prompt::story_seed`).
    pub seed: u64,
}

/// Write the next scene.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryCall {
    /// Instructions: the tier's content rules and the JSON shape of a scene.
    pub system: String,
    /// The story so far, ending with the request for the next scene.
    pub messages: Vec<Turn>,
    /// JSON Schema of the expected answer.
    pub json_schema: String,
    pub max_tokens: u32,
    pub hints: SceneHints,
}

/// Draw a picture.
#[derive(Debug, Clone)]
pub struct PictureCall {
    pub prompt: String,
    /// Size asked for, in pixels (the plugin picks the closest its provider offers).
    pub width: u32,
    pub height: u32,
    /// e.g. "1:1".
    pub aspect_ratio: String,
    /// Reference photos, at most the model's `max_reference_images`.
    pub references: Vec<wit_types::Media>,
}

impl StoryCall {
    /// The WIT record for `model`, with the plugin's `settings`.
    pub(super) fn into_wit(self, model: &str, settings: Vec<wit_types::Setting>) -> wit_types::StoryRequest {
        let hints = self.hints;
        wit_types::StoryRequest {
            model: model.to_string(),
            system: self.system,
            messages: self.messages.into_iter().map(|t| wit_types::Message { role: t.role, content: t.content }).collect(),
            json_schema: self.json_schema,
            max_tokens: self.max_tokens,
            hints: wit_types::StoryHints {
                premise: hints.premise,
                path: hints.path,
                scene_number: hints.scene_number,
                target_scenes: hints.target_scenes,
                tier: hints.tier,
                seed: hints.seed,
            },
            settings,
        }
    }
}

impl PictureCall {
    /// The WIT record for `model`, with the plugin's `settings`.
    pub(super) fn into_wit(self, model: &str, settings: Vec<wit_types::Setting>) -> wit_types::ImageRequest {
        wit_types::ImageRequest {
            model: model.to_string(),
            prompt: self.prompt,
            width: self.width,
            height: self.height,
            aspect_ratio: self.aspect_ratio,
            references: self.references,
            settings,
        }
    }
}

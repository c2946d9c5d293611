//! The built-in offline storyteller plugin: its `describe` and the one call it
//! answers. It offers one story model, `storyteller`, that writes scenes from
//! templates with no network, seeded by the story's own seed and the SDK's
//! deterministic `rng`: the Bible tier retells real Bible stories (`bible/`),
//! every other tier gets an adventure built from the premise (`story.rs` and
//! the modules it uses). Pictures and videos get the SDK's `unsupported` answers.

mod bank;
mod bible;
mod cast;
mod lines;
mod premise;
mod situation;
mod story;
mod text;
mod words;

#[cfg(test)]
mod tests;

use storyloom_plugin_sdk::prelude::*;

/// The model key this plugin answers to.
const MODEL_KEY: &str = "storyteller";

struct Storyteller;

impl Plugin for Storyteller {
    fn describe() -> PluginInfo {
        PluginInfo::new("builtin-story", "0.1.0").model(story_model(MODEL_KEY, "Storyteller (offline)", "Built-in"))
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        if req.model != MODEL_KEY {
            return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-story", req.model)));
        }
        let hints = story::Hints {
            premise: &req.hints.premise,
            path: &req.hints.path,
            scene_number: req.hints.scene_number,
            target_scenes: req.hints.target_scenes,
        };
        // The story's own seed (contract 0.3): the same prompt twice gives two stories, one story stays the same.
        let seed = req.hints.seed;
        let json = match req.hints.tier.as_str() {
            "bible" => serde_json::to_string(&bible::write_scene(hints, seed)),
            _ => story::scene_json_seeded(hints, seed),
        };
        json.map(|text| StoryReply { text }).map_err(|e| PluginError::InvalidRequest(format!("could not encode the scene: {e}")))
    }
}

export_plugin!(Storyteller);

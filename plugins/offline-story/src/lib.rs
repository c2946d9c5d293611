//! The built-in offline storyteller plugin: its `describe` and the one call it
//! answers. It offers one story model, `storyteller`, that writes scenes from
//! templates with no network, seeded by the story's own seed and the SDK's
//! deterministic `rng`: the Bible tier retells real Bible stories (`bible/`),
//! every other tier gets an adventure built from the premise (`story.rs` and
//! the modules it uses). Pictures and videos get the SDK's `unsupported` answers.

mod already;
mod arrived;
mod asking;
mod bank;
mod bedtime;
mod bible;
mod bodies;
mod cast;
mod choices;
mod chosen;
mod doing;
mod ending;
mod events;
mod fear;
mod fetched;
mod going;
mod held;
mod helpers;
mod here;
mod home_lines;
mod host_note;
mod idea;
mod intro;
mod lines;
mod member;
mod picture;
mod place;
mod plan;
mod polish;
mod premise;
mod premise_lookup;
mod promises;
mod react;
mod scene_parts;
mod scene_words;
mod sea_and_space;
mod shown;
mod situation;
mod situation_steps;
mod steps;
mod story;
mod text;
mod travel;
mod typed;
mod typed_feelings;
mod typed_tales;
mod typed_verbs;
mod underwater;
mod weather;
mod window;
mod words;

#[cfg(test)]
mod tests;

use storyloom_plugin_sdk::Message;
use storyloom_plugin_sdk::prelude::*;

/// The model key this plugin answers to.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the plugin's tests call it
const MODEL_KEY: &str = "storyteller";

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the plugin's tests call it
struct Storyteller;

impl Plugin for Storyteller {
    fn describe() -> PluginInfo {
        PluginInfo::new("builtin-story", "0.1.0").model(story_model(MODEL_KEY, "Storyteller (offline)", "Built-in"))
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        if req.model != MODEL_KEY {
            return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-story", req.model)));
        }
        let told = earlier_scenes(&req.messages, req.hints.path.len());
        let hints = story::Hints {
            premise: &req.hints.premise,
            path: &req.hints.path,
            scene_number: req.hints.scene_number,
            target_scenes: req.hints.target_scenes,
            told: &told,
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

/// The text of the scenes already told, oldest first: the host replays the
/// path as one answer (a scene as JSON) per scene before its own request, so
/// the first `scenes` answers are the path's scenes (a retry's rejected
/// answer comes after them). An answer that is not a scene gives an empty text.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the plugin's tests call it
fn earlier_scenes(messages: &[Message], scenes: usize) -> Vec<String> {
    let text = |content: &str| {
        serde_json::from_str::<serde_json::Value>(content)
            .ok()
            .and_then(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .unwrap_or_default()
    };
    messages.iter().filter(|m| m.role == "assistant").take(scenes).map(|m| text(&m.content)).collect()
}

/// One scene a storyteller→painter check can read: its text, picture prompt, choices and whether it ends the story.
#[derive(Debug, Clone)]
pub struct WrittenScene {
    pub text: String,
    pub picture_prompt: String,
    pub choices: Vec<String>,
    pub is_ending: bool,
}

/// Scene `scene_number` of `target_scenes` for `premise` on tier `tier`
/// ("bible" or any other for the kids' adventures) after the chosen choice
/// texts `path`, with the story's `seed`: the scenes before it are written
/// first along the path, as the host replays them to `generate_story`.
pub fn write_scene(tier: &str, premise: &str, path: &[String], scene_number: u32, target_scenes: u32, seed: u64) -> WrittenScene {
    let mut told: Vec<String> = Vec::new();
    let mut scene = None;
    for k in 1..=scene_number.max(1) {
        let taken = path.get(..k as usize - 1).unwrap_or(path);
        let hints = story::Hints { premise, path: taken, scene_number: k, target_scenes, told: &told };
        let written = if tier == "bible" { bible::write_scene(hints, seed) } else { story::write_scene_seeded(hints, seed) };
        told.push(written.text.clone());
        scene = Some(written);
    }
    let scene =
        scene.unwrap_or_else(|| story::write_scene_seeded(story::Hints { premise, path, scene_number, target_scenes, told: &[] }, seed));
    WrittenScene { text: scene.text, picture_prompt: scene.image_prompt, choices: scene.choices, is_ending: scene.is_ending }
}

// Only the WebAssembly build exports the plugin, so a native test can link both offline plugins.
#[cfg(target_arch = "wasm32")]
export_plugin!(Storyteller);

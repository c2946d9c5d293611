//! A plugin built for version 0.3.0 of the contract through the SDK, for the
//! host's tests of what 0.3 added: plugin `describer`, with the models
//! `describer-story` and `describer-image`. It is never bundled.
//!
//! - `describer-story` answers a calm scene whose text names the story's
//!   `seed` and scene number (`seed 123; scene 2`), and whose picture prompt
//!   is the story's premise, so a test picks the picture's behaviour below.
//! - `describer-image` answers a real 64×64 PNG; the prompt's first word picks
//!   its description: `described` a plain one ([`PLAIN`]), `undescribed`
//!   none, `long` one of 1,500 characters, `control` one full of line breaks,
//!   escape sequences and bidirectional overrides, `blank` only whitespace.

use storyloom_plugin_sdk::StoryHints;
use storyloom_plugin_sdk::prelude::*;

/// The plain description `described` answers.
pub const PLAIN: &str = "a girl in a red coat beside a cardboard rocket on the moon";

/// A valid 64×64 RGB PNG (the hostile guest's).
const PICTURE_PNG: &[u8] = include_bytes!("../../hostile-guest/media/picture-64.png");

struct Describer;

/// The description the prompt's first word asks for.
fn description(prompt: &str) -> Option<String> {
    let first = prompt.trim().split(['.', ' ', ',']).next().unwrap_or("");
    match first {
        "described" => Some(PLAIN.to_string()),
        "long" => Some("a long description ".repeat(79)),
        "control" => Some("a fox\n\tin a\u{1b}[2J wood\u{7} at\u{202e} night\r\n".to_string()),
        "blank" => Some(" \n\t ".to_string()),
        _ => None,
    }
}

/// A calm scene that shows the hints' seed and scene number; the premise is its picture prompt.
fn scene(hints: &StoryHints) -> String {
    let ending = hints.scene_number >= hints.target_scenes;
    let choices: &[&str] = if ending { &[] } else { &["Left", "Right", "Up"] };
    serde_json::json!({
        "title": "Seeded",
        "text": format!("seed {}; scene {}", hints.seed, hints.scene_number),
        "image_prompt": hints.premise,
        "choices": choices,
        "is_ending": ending,
    })
    .to_string()
}

impl Plugin for Describer {
    fn describe() -> PluginInfo {
        PluginInfo::new("describer", "0.3.0").model(story_model("describer-story", "Describer Story", "Test")).model(image_model(
            "describer-image",
            "Describer Image",
            "Test",
        ))
    }

    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        Ok(StoryReply { text: scene(&req.hints) })
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        let media = Media { media_type: "image/png".into(), bytes: PICTURE_PNG.to_vec() };
        Ok(Picture { media, description: description(&req.prompt) })
    }
}

export_plugin!(Describer);

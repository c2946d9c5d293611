//! The built-in tiers, `kids` and `bible`: their names, looks, content
//! rules, picture styles, preferred models and start-form ideas.

use super::{TierConfig, TierId, default_characters_label, default_prompt_example, default_prompt_ideas};

/// `kids` and `bible`, always present unless a configured tier replaces them.
pub fn builtin() -> Vec<TierConfig> {
    vec![
        TierConfig {
            id: TierId::builtin("kids"),
            name: "Kids Adventures".into(),
            theme: "theme-kids".into(),
            listed: true,
            audience: String::new(),
            content_guidelines: "The audience is children aged 3 to 6. Use simple words and short sentences. \
                Keep tension gentle: no violence, horror, romance or mature themes; turn anything scary into something \
                playful. Characters are kind and helpful. Every ending is positive and warm. Write 1 or 2 short paragraphs per scene."
                .into(),
            image_style: "bright, colourful children's book illustration, friendly and cheerful, soft shapes, nothing scary".into(),
            story_models: vec!["claude".into(), "gpt".into(), "storyteller".into()],
            image_models: vec!["gpt-image-1".into(), "picture-book".into()],
            video_allowed: true,
            video_models: vec!["grok-imagine-video".into(), "veo".into(), "pan-and-zoom".into()],
            prompt_example: default_prompt_example(),
            prompt_ideas: default_prompt_ideas(),
            characters_label: "My characters".into(),
        },
        TierConfig {
            id: TierId::builtin("bible"),
            name: "Bible Stories".into(),
            theme: "theme-bible".into(),
            listed: true,
            audience: String::new(),
            content_guidelines: "The audience is children aged 3 to 8. Follow the real biblical narrative. Every scene \
                quotes one verse from the World English Bible and names its book, chapter and verse. Choices explore feelings \
                and perspectives, not changes to the events, and the next scene gently returns to scripture. Handle violence, \
                judgment and sacrifice gently and hopefully. Write 2 or 3 short paragraphs per scene."
                .into(),
            image_style: "warm, reverent children's Bible watercolour, golden light, earth tones, no scary or violent imagery".into(),
            story_models: vec!["claude".into(), "gpt".into(), "storyteller".into()],
            image_models: vec!["gpt-image-1".into(), "picture-book".into()],
            video_allowed: true,
            video_models: vec!["grok-imagine-video".into(), "veo".into(), "pan-and-zoom".into()],
            prompt_example: "Noah builds a big boat, and the animals come two by two…".into(),
            prompt_ideas: [
                "David, the shepherd boy, and the giant Goliath",
                "Jonah and the big fish",
                "Baby Jesus is born in Bethlehem",
                "The shepherd who looks for his lost sheep",
            ]
            .map(String::from)
            .to_vec(),
            characters_label: default_characters_label(),
        },
    ]
}

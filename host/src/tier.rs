//! Tiers: each audience (`kids`, `bible`, …) with its own URL namespace,
//! content rules, image style, look and default models, and the `Tier`
//! extractor that turns the `/{tier}` path segment into one (or a 404).

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use axum::extract::{FromRef, FromRequestParts, Path};
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// First path segments the server uses itself, so never a tier's id.
const RESERVED: &[&str] = &["parent", "static"];

/// An audience's id (`kids`, `bible`, …): 1-32 lowercase letters, digits and
/// `-`, and none of [`RESERVED`]. It names the URL namespace and the media
/// folder, so nothing else is ever one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct TierId(String);

impl TierId {
    /// The id, if `text` is a valid one.
    pub fn parse(text: &str) -> Option<Self> {
        let valid = !text.is_empty()
            && text.len() <= 32
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !RESERVED.contains(&text);
        valid.then(|| Self(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A built-in tier's id, known valid.
    fn builtin(id: &'static str) -> Self {
        Self(id.to_string())
    }
}

impl TryFrom<String> for TierId {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        Self::parse(&text)
            .ok_or_else(|| format!("tier id {text:?} must be 1-32 lowercase letters, digits or '-', and not {}", RESERVED.join(" or ")))
    }
}

impl From<TierId> for String {
    fn from(id: TierId) -> String {
        id.0
    }
}

impl fmt::Display for TierId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for TierId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for TierId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// One audience's settings.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct TierConfig {
    /// URL segment and storage key, e.g. "kids".
    pub id: TierId,
    /// Shown in every page header, e.g. "Kids Adventures".
    pub name: String,
    /// CSS theme class on `<body>`.
    #[serde(default = "default_theme")]
    pub theme: String,
    /// Rules the story model must follow for this audience.
    pub content_guidelines: String,
    /// Appended to every picture prompt.
    pub image_style: String,
    /// Whether the landing page at `/` links to this tier (the built-in ones do).
    #[serde(default)]
    pub listed: bool,
    /// Preferred story models, first available wins.
    #[serde(default)]
    pub story_models: Vec<String>,
    /// Preferred image models, first available wins.
    #[serde(default)]
    pub image_models: Vec<String>,
    /// Whether families may turn video mode on, until a parent changes it on
    /// the tier's settings page (then the stored `TierSettings` win). Default on.
    #[serde(default = "default_video_allowed")]
    pub video_allowed: bool,
    /// Preferred video models, first available wins.
    #[serde(default)]
    pub video_models: Vec<String>,
    /// An example idea, shown in the empty prompt field.
    #[serde(default = "default_prompt_example")]
    pub prompt_example: String,
    /// A few more ideas under the prompt field; a tap puts one in the field.
    #[serde(default = "default_prompt_ideas")]
    pub prompt_ideas: Vec<String>,
    /// What the roster is called in the header and on its page.
    #[serde(default = "default_characters_label")]
    pub characters_label: String,
}

fn default_characters_label() -> String {
    "Characters".to_string()
}

fn default_prompt_example() -> String {
    "A brave bunny named Pip finds a glowing door in the garden…".to_string()
}

fn default_prompt_ideas() -> Vec<String> {
    [
        "Two sisters build a cardboard rocket and fly to the moon",
        "A little crab who wants to see the top of the lighthouse",
        "My dog Max finds a map to a treasure under the sea",
        "A dragon who is afraid of the dark learns to love the stars",
    ]
    .map(String::from)
    .to_vec()
}

fn default_theme() -> String {
    "theme-default".to_string()
}

fn default_video_allowed() -> bool {
    true
}

/// All configured tiers, by id.
#[derive(Debug, Clone)]
pub struct Tiers(Arc<BTreeMap<TierId, TierConfig>>);

impl Tiers {
    pub fn new(tiers: impl IntoIterator<Item = TierConfig>) -> anyhow::Result<Self> {
        let mut map = BTreeMap::new();
        for tier in tiers {
            map.insert(tier.id.clone(), tier);
        }
        anyhow::ensure!(!map.is_empty(), "at least one tier must be configured");
        Ok(Self(Arc::new(map)))
    }

    /// The built-in tiers plus those in `extra` (which may replace them).
    pub fn with_builtin(extra: Vec<TierConfig>) -> anyhow::Result<Self> {
        Self::new(builtin().into_iter().chain(extra))
    }

    /// The tier with this id (any string: an unknown or malformed one is `None`).
    pub fn get(&self, id: &str) -> Option<&TierConfig> {
        self.0.get(&TierId::parse(id)?)
    }

    pub fn iter(&self) -> impl Iterator<Item = &TierConfig> {
        self.0.values()
    }
}

/// `kids` and `bible`, always present unless a configured tier replaces them.
pub fn builtin() -> Vec<TierConfig> {
    vec![
        TierConfig {
            id: TierId::builtin("kids"),
            name: "Kids Adventures".into(),
            theme: "theme-kids".into(),
            listed: true,
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

/// The tier named by the request's first path segment. Unknown tier → 404,
/// so no handler can forget the check.
#[derive(Debug, Clone)]
pub struct Tier(pub TierConfig);

impl std::ops::Deref for Tier {
    type Target = TierConfig;
    fn deref(&self) -> &TierConfig {
        &self.0
    }
}

impl<S> FromRequestParts<S> for Tier
where
    Tiers: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(params) = Path::<BTreeMap<String, String>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound)?;
        let id = params.get("tier").ok_or(AppError::NotFound)?;
        let tiers = Tiers::from_ref(state);
        let tier = tiers.get(id).cloned().ok_or(AppError::NotFound)?;
        Ok(Tier(tier))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_server_s_own_paths_are_never_tier_ids() {
        assert!(TierId::parse("parent").is_none() && TierId::parse("static").is_none());
        assert!(TierId::parse("parents").is_some());
    }

    #[test]
    fn builtin_tiers_are_valid_and_distinct() {
        let tiers = Tiers::with_builtin(Vec::new()).unwrap();
        assert_eq!(tiers.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["bible", "kids"]);
    }

    #[test]
    fn rejects_ids_that_could_escape_a_path() {
        for bad in ["", "../x", "Kids", "a/b", "a b"] {
            let json = format!(r#"[{{"id": {bad:?}, "name": "X", "content_guidelines": "", "image_style": ""}}]"#);
            assert!(serde_json::from_str::<Vec<TierConfig>>(&json).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn tier_ids_are_checked() {
        assert_eq!(TierId::parse("kids").unwrap().as_str(), "kids");
        for bad in ["", "Kids", "../etc", "a b", &"x".repeat(33)] {
            assert!(TierId::parse(bad).is_none(), "{bad:?}");
        }
        assert!(serde_json::from_str::<TierId>("\"Bad\"").is_err());
        assert_eq!(serde_json::to_string(&TierId::parse("bible").unwrap()).unwrap(), "\"bible\"");
    }
}

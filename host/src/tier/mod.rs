//! Tiers: each audience (`kids`, `bible`, …) with its own URL namespace,
//! content rules, image style, look and default models (`TierConfig`); the
//! server's set of them (`Tiers`, `registry`); the built-in ones (`builtin`);
//! and the `Tier` extractor that turns the `/{tier}` path segment into one
//! (or a 404).

use std::collections::BTreeMap;
use std::fmt;

use axum::extract::{FromRef, FromRequestParts, Path};
use axum::http::request::Parts;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

mod builtin;
mod registry;

pub use builtin::builtin;
pub use registry::{TierTaken, Tiers};

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
    /// Who the stories are for, in words ("children aged 7 to 10"), told to
    /// the story model before the rules; empty when the rules say it.
    #[serde(default)]
    pub audience: String,
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

pub(crate) fn default_characters_label() -> String {
    "Characters".to_string()
}

pub(crate) fn default_prompt_example() -> String {
    "A brave bunny named Pip finds a glowing door in the garden…".to_string()
}

pub(crate) fn default_prompt_ideas() -> Vec<String> {
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
        let tier = tiers.get(id).ok_or(AppError::NotFound)?;
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
        assert_eq!(tiers.all().iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["bible", "kids"]);
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

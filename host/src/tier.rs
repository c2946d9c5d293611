//! Tiers: each audience (`kids`, `bible`, …) with its own URL namespace,
//! content rules, image style, look and default models, and the `Tier`
//! extractor that turns the `/{tier}` path segment into one (or a 404).

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::extract::{FromRef, FromRequestParts, Path};
use axum::http::request::Parts;
use serde::Deserialize;

use crate::error::AppError;

/// One audience's settings.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
pub struct TierConfig {
    /// URL segment and storage key, e.g. "kids". Lowercase letters, digits and '-'.
    pub id: String,
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
}

fn default_theme() -> String {
    "theme-default".to_string()
}

/// All configured tiers, by id.
#[derive(Debug, Clone)]
pub struct Tiers(Arc<BTreeMap<String, TierConfig>>);

impl Tiers {
    pub fn new(tiers: impl IntoIterator<Item = TierConfig>) -> anyhow::Result<Self> {
        let mut map = BTreeMap::new();
        for tier in tiers {
            anyhow::ensure!(is_valid_id(&tier.id), "tier id {:?} must be lowercase letters, digits or '-'", tier.id);
            map.insert(tier.id.clone(), tier);
        }
        anyhow::ensure!(!map.is_empty(), "at least one tier must be configured");
        Ok(Self(Arc::new(map)))
    }

    /// The built-in tiers plus those in `extra` (which may replace them).
    pub fn with_builtin(extra: Vec<TierConfig>) -> anyhow::Result<Self> {
        Self::new(builtin().into_iter().chain(extra))
    }

    pub fn get(&self, id: &str) -> Option<&TierConfig> {
        self.0.get(id)
    }

    pub fn iter(&self) -> impl Iterator<Item = &TierConfig> {
        self.0.values()
    }
}

fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 32 && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// `kids` and `bible`, always present unless a configured tier replaces them.
pub fn builtin() -> Vec<TierConfig> {
    vec![
        TierConfig {
            id: "kids".into(),
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
        },
        TierConfig {
            id: "bible".into(),
            name: "Bible Stories".into(),
            theme: "theme-bible".into(),
            listed: true,
            content_guidelines: "The audience is children aged 3 to 8. Follow the real biblical narrative and name the book \
                and chapter each scene draws on. Choices explore feelings and perspectives, not changes to the events, and the \
                next scene gently returns to scripture. Handle violence, judgment and sacrifice gently and hopefully. Write 2 or 3 \
                short paragraphs per scene."
                .into(),
            image_style: "warm, reverent children's Bible watercolour, golden light, earth tones, no scary or violent imagery".into(),
            story_models: vec!["claude".into(), "gpt".into(), "storyteller".into()],
            image_models: vec!["gpt-image-1".into(), "picture-book".into()],
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
        let Path(params) =
            Path::<BTreeMap<String, String>>::from_request_parts(parts, state).await.map_err(|_| AppError::NotFound { tier: None })?;
        let id = params.get("tier").ok_or(AppError::NotFound { tier: None })?;
        let tiers = Tiers::from_ref(state);
        let tier = tiers.get(id).cloned().ok_or(AppError::NotFound { tier: None })?;
        Ok(Tier(tier))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_tiers_are_valid_and_distinct() {
        let tiers = Tiers::with_builtin(Vec::new()).unwrap();
        assert_eq!(tiers.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(), ["bible", "kids"]);
    }

    #[test]
    fn rejects_ids_that_could_escape_a_path() {
        for bad in ["", "../x", "Kids", "a/b", "a b"] {
            let mut tier = builtin().remove(0);
            tier.id = bad.to_string();
            assert!(Tiers::new([tier]).is_err(), "{bad:?} accepted");
        }
    }
}

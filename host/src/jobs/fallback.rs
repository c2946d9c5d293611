//! Which picture models a scene's job asks, in order, when models refuse it:
//! the story's own picture model first, then every other available picture
//! model in the host's order (providers in load order, each plugin's models in
//! its own order), the built-in offline painter last since it never refuses.
//! Each model is asked once; the models that declined are stored on the job
//! (`Job::declined`), so the chain resumes where it was after a restart.

use crate::plugin_host::{ModelEntry, ModelKind};
use crate::store::Declined;

/// The provider group of the bundled offline models (see `plugin_host::trust::identity`).
const BUILT_IN: &str = "Built-in";

/// The fallback chain for a story whose picture model is `story_model`.
pub fn chain<'a>(story_model: &str, models: impl Iterator<Item = &'a ModelEntry>) -> Vec<String> {
    let mut others: Vec<&ModelEntry> = models.filter(|m| m.kind == ModelKind::Image && m.available && m.key != story_model).collect();
    others.sort_by_key(|m| (m.provider_group == BUILT_IN, m.order));
    std::iter::once(story_model.to_string()).chain(others.into_iter().map(|m| m.key.clone())).collect()
}

/// The first model of `chain` that has not declined the scene yet.
pub fn next<'a>(chain: &'a [String], declined: &[Declined]) -> Option<&'a str> {
    chain.iter().map(String::as_str).find(|key| !declined.iter().any(|d| d.model == *key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, group: &str, kind: ModelKind, available: bool, order: usize) -> ModelEntry {
        ModelEntry {
            key: key.into(),
            display_name: key.to_uppercase(),
            provider_group: group.into(),
            kind,
            credential: None,
            approved: true,
            available,
            plugin_id: group.to_lowercase(),
            max_reference_images: 0,
            order,
        }
    }

    fn declined(keys: &[&str]) -> Vec<Declined> {
        keys.iter().map(|k| Declined { model: k.to_string(), name: k.to_uppercase(), detail: None }).collect()
    }

    #[test]
    fn the_chain_starts_with_the_story_model_and_ends_with_the_offline_painter() {
        let models = [
            entry("picture-book", BUILT_IN, ModelKind::Image, true, 0),
            entry("storyteller", BUILT_IN, ModelKind::Story, true, 1),
            entry("gpt-image-1", "OpenAI", ModelKind::Image, true, 2),
            entry("gpt-image-1-mini", "OpenAI", ModelKind::Image, false, 3),
            entry("grok-imagine", "xAI", ModelKind::Image, true, 4),
            entry("gemini", "Google", ModelKind::Image, true, 5),
        ];
        // (story's model, expected chain)
        let cases: [(&str, &[&str]); 4] = [
            ("gpt-image-1", &["gpt-image-1", "grok-imagine", "gemini", "picture-book"]),
            ("grok-imagine", &["grok-imagine", "gpt-image-1", "gemini", "picture-book"]),
            ("picture-book", &["picture-book", "gpt-image-1", "grok-imagine", "gemini"]),
            // A model no longer available is still asked first (its failure says why), never twice.
            ("gpt-image-1-mini", &["gpt-image-1-mini", "gpt-image-1", "grok-imagine", "gemini", "picture-book"]),
        ];
        for (first, expected) in cases {
            assert_eq!(chain(first, models.iter()), expected, "{first}");
        }
    }

    #[test]
    fn each_model_is_asked_once_until_the_chain_is_exhausted() {
        let chain: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        // (declined so far, next model)
        let cases: [(&[&str], Option<&str>); 5] =
            [(&[], Some("a")), (&["a"], Some("b")), (&["a", "b"], Some("c")), (&["a", "c"], Some("b")), (&["a", "b", "c"], None)];
        for (done, expected) in cases {
            assert_eq!(next(&chain, &declined(done)), expected, "{done:?}");
        }
    }
}

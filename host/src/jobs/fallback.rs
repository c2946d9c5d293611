//! Which picture models a scene's job asks, in order, when models refuse it:
//! the story's own picture model first, then one model of each other
//! provider (plugin) in the host's order, its first available picture model,
//! the built-in offline painter last since it never refuses. Another model of
//! the provider that refused shares its content policy and would refuse too
//! (and cost another call), so it is not asked; the app this grows from tried
//! GPT Image 1, then Grok Imagine.
//! Each model is asked once; the models that declined are stored on the job
//! (`Job::declined`), so the chain resumes where it was after a restart.

use crate::plugin_host::{ModelEntry, ModelKind};
use crate::store::Declined;

/// The provider group of the bundled offline models (see `plugin_host::trust::identity`).
const BUILT_IN: &str = "Built-in";

/// The fallback chain for a story whose picture model is `story_model`.
pub fn chain<'a>(story_model: &str, models: impl Iterator<Item = &'a ModelEntry>) -> Vec<String> {
    let models: Vec<&ModelEntry> = models.collect();
    let refusing_plugin = models.iter().find(|m| m.key == story_model).map(|m| m.plugin_id.clone());
    let mut others: Vec<&ModelEntry> = models
        .into_iter()
        .filter(|m| m.kind == ModelKind::Image && m.available && m.key != story_model && Some(&m.plugin_id) != refusing_plugin.as_ref())
        .collect();
    others.sort_by_key(|m| (m.provider_group == BUILT_IN, m.order));
    let mut chain = vec![story_model.to_string()];
    let mut plugins_in_chain: Vec<&str> = Vec::new();
    for model in others {
        if !plugins_in_chain.contains(&model.plugin_id.as_str()) {
            plugins_in_chain.push(&model.plugin_id);
            chain.push(model.key.clone());
        }
    }
    chain
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
        keys.iter().map(|k| Declined { model: k.to_string(), name: k.to_uppercase(), detail: None, over_budget: false }).collect()
    }

    #[test]
    fn the_chain_starts_with_the_story_model_and_ends_with_the_offline_painter() {
        let models = [
            entry("picture-book", BUILT_IN, ModelKind::Image, true, 0),
            entry("storyteller", BUILT_IN, ModelKind::Story, true, 1),
            entry("gpt-image-1", "OpenAI", ModelKind::Image, true, 2),
            entry("gpt-image-1-mini", "OpenAI", ModelKind::Image, false, 3),
            entry("gpt-image-1.5", "OpenAI", ModelKind::Image, true, 4),
            entry("grok-imagine", "xAI", ModelKind::Image, true, 5),
            entry("grok-imagine-pro", "xAI", ModelKind::Image, true, 6),
            entry("gemini", "Google", ModelKind::Image, true, 7),
        ];
        // (story's model, expected chain): one model per other provider, the offline painter last.
        let cases: [(&str, &[&str]); 5] = [
            ("gpt-image-1", &["gpt-image-1", "grok-imagine", "gemini", "picture-book"]),
            ("gpt-image-1.5", &["gpt-image-1.5", "grok-imagine", "gemini", "picture-book"]),
            ("grok-imagine-pro", &["grok-imagine-pro", "gpt-image-1", "gemini", "picture-book"]),
            ("picture-book", &["picture-book", "gpt-image-1", "grok-imagine", "gemini"]),
            // A model no longer available is still asked first (its failure says why); its provider is not asked again.
            ("gpt-image-1-mini", &["gpt-image-1-mini", "grok-imagine", "gemini", "picture-book"]),
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

//! Which models a tier offers on its start form: every available model of a
//! kind, narrowed to those a parent offers in the tier (`TierSettings`), and
//! the one picked first. A story start takes only an offered model.

use super::StoryEngine;
use crate::plugin_host::{ModelEntry, ModelKind};
use crate::store::{ModelOffer, TierSettings};
use crate::tier::TierConfig;

/// The models a tier's home page offers, with the tier's defaults.
#[derive(Debug, Clone)]
pub struct ModelChoices {
    pub story: Vec<ModelEntry>,
    pub image: Vec<ModelEntry>,
    pub video: Vec<ModelEntry>,
    pub default_story: Option<String>,
    pub default_image: Option<String>,
    pub default_video: Option<String>,
}

impl ModelChoices {
    /// The models of `kind` on offer, and the one picked first.
    pub fn of(&self, kind: ModelKind) -> (&[ModelEntry], &Option<String>) {
        match kind {
            ModelKind::Story => (&self.story, &self.default_story),
            ModelKind::Image => (&self.image, &self.default_image),
            ModelKind::Video => (&self.video, &self.default_video),
        }
    }
}

impl StoryEngine {
    /// Every available model of `kind`, offered or not: providers in load
    /// order, each plugin's models in its own order, built-in ones last.
    pub fn available_models(&self, kind: ModelKind) -> Vec<ModelEntry> {
        let mut models: Vec<ModelEntry> = self.plugins.now().models().filter(|m| m.kind == kind && m.available).cloned().collect();
        models.sort_by_key(|m| (m.provider_group == "Built-in", m.order));
        models
    }

    /// Every model that needs a key (costs money), its key set or not, by
    /// provider in load order.
    pub fn paid_models(&self) -> Vec<ModelEntry> {
        let mut models: Vec<ModelEntry> = self.plugins.now().models().filter(|m| m.credential.is_some()).cloned().collect();
        models.sort_by_key(|m| m.order);
        models
    }

    /// The models `tier` offers with `settings`, and its defaults: the
    /// parent's pick, else the tier's first preferred model on offer, else the first on offer.
    pub fn model_choices(&self, tier: &TierConfig, settings: &TierSettings) -> ModelChoices {
        let story = offered(self.available_models(ModelKind::Story), &settings.story);
        let image = offered(self.available_models(ModelKind::Image), &settings.image);
        let video = offered(self.available_models(ModelKind::Video), &settings.video);
        ModelChoices {
            default_story: pick(&story, &settings.story, &tier.story_models),
            default_image: pick(&image, &settings.image, &tier.image_models),
            default_video: pick(&video, &settings.video, &tier.video_models),
            story,
            image,
            video,
        }
    }
}

/// `models` narrowed to `offer` (an empty offer: none of the kind). When none
/// of the offered ones is available any more (uninstalled, a key removed),
/// the models that need no key, which cost nothing.
fn offered(models: Vec<ModelEntry>, offer: &ModelOffer) -> Vec<ModelEntry> {
    let Some(only) = &offer.only else { return models };
    let kept: Vec<ModelEntry> = models.iter().filter(|m| only.contains(&m.key)).cloned().collect();
    if !kept.is_empty() || only.is_empty() {
        return kept;
    }
    tracing::warn!(offered = ?only, "no model a parent offers is available; offering the models that need no key");
    models.into_iter().filter(|m| m.credential.is_none()).collect()
}

fn pick(models: &[ModelEntry], offer: &ModelOffer, preferred: &[String]) -> Option<String> {
    let on_offer = |key: &String| models.iter().any(|m| &m.key == key);
    offer.default.iter().chain(preferred).find(|key| on_offer(key)).cloned().or_else(|| models.first().map(|m| m.key.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(key: &str, credential: Option<&str>) -> ModelEntry {
        ModelEntry {
            key: key.into(),
            display_name: key.into(),
            provider_group: "Test".into(),
            kind: ModelKind::Story,
            credential: credential.map(String::from),
            approved: true,
            available: true,
            plugin_id: "test".into(),
            max_reference_images: 0,
            order: 0,
        }
    }

    fn keys(models: &[ModelEntry]) -> Vec<&str> {
        models.iter().map(|m| m.key.as_str()).collect()
    }

    #[test]
    fn a_parent_s_offer_narrows_the_models_and_picks_the_default() {
        let all = vec![model("gpt", Some("OPENAI_API_KEY")), model("claude", Some("ANTHROPIC_API_KEY")), model("storyteller", None)];
        assert_eq!(keys(&offered(all.clone(), &ModelOffer::default())), ["gpt", "claude", "storyteller"], "no offer: all");
        let offer = ModelOffer { only: Some(vec!["claude".into(), "storyteller".into()]), default: Some("storyteller".into()) };
        let narrowed = offered(all.clone(), &offer);
        assert_eq!(keys(&narrowed), ["claude", "storyteller"]);
        assert_eq!(pick(&narrowed, &offer, &["gpt".into(), "claude".into()]).as_deref(), Some("storyteller"), "the parent's default wins");
        let no_default = ModelOffer { default: None, ..offer.clone() };
        assert_eq!(
            pick(&narrowed, &no_default, &["gpt".into(), "claude".into()]).as_deref(),
            Some("claude"),
            "then the tier's preference on offer"
        );
        let gone_default = ModelOffer { default: Some("gpt".into()), ..offer };
        assert_eq!(pick(&narrowed, &gone_default, &[]).as_deref(), Some("claude"), "a default not on offer is passed over");
    }

    #[test]
    fn an_empty_offer_offers_none_of_the_kind() {
        let all = vec![model("pan-and-zoom", None)];
        assert!(offered(all, &ModelOffer { only: Some(Vec::new()), default: None }).is_empty());
    }

    #[test]
    fn when_no_offered_model_is_left_only_the_free_ones_are_offered() {
        let all = vec![model("gpt", Some("OPENAI_API_KEY")), model("storyteller", None)];
        let offer = ModelOffer { only: Some(vec!["removed-model".into()]), default: None };
        assert_eq!(keys(&offered(all, &offer)), ["storyteller"]);
    }
}

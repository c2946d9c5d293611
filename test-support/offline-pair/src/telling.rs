//! Telling every premise: each premise × seed × path (always the first
//! choice, always the last) for five scenes, keeping each scene's picture
//! prompt beside the painter's alt text for it.

use crate::premises::{PREMISES, SCENES, SEEDS, Tier};

/// Which choice a path takes at every scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    First,
    Last,
}

/// One told scene, with what the painter said it drew.
#[derive(Debug, Clone)]
pub struct Told {
    pub tier: Tier,
    pub premise: &'static str,
    pub seed: u64,
    pub pick: Pick,
    pub scene: u32,
    pub prompt: String,
    pub alt: String,
}

/// One story of `premise`, scene by scene along the path `pick` takes.
pub fn tell(tier: Tier, premise: &'static str, seed: u64, pick: Pick) -> Vec<Told> {
    let mut path: Vec<String> = Vec::new();
    let mut told = Vec::new();
    for scene in 1..=SCENES {
        let written = offline_story::write_scene(tier.id(), premise, &path, scene, SCENES, seed);
        let alt = offline_picture::describe(&written.picture_prompt);
        told.push(Told { tier, premise, seed, pick, scene, prompt: written.picture_prompt, alt });
        let chosen = match pick {
            Pick::First => written.choices.first(),
            Pick::Last => written.choices.last(),
        };
        match chosen {
            Some(choice) if !written.is_ending => path.push(choice.clone()),
            _ => break,
        }
    }
    told
}

/// Every scene of every premise, seed and path.
pub fn tell_all() -> Vec<Told> {
    let mut all = Vec::new();
    for &(tier, premise) in PREMISES {
        for seed in SEEDS {
            for pick in [Pick::First, Pick::Last] {
                all.extend(tell(tier, premise, seed, pick));
            }
        }
    }
    all
}

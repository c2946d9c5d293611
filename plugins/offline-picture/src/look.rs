//! The hero's look, read from the cast a picture prompt ends with in a
//! memory-mode story ("… The characters: Mia: a brave girl (red hair, fair
//! skin, wears a superhero cape); Leo: …"): hair and skin colour, long or
//! short hair, clothes, and a seed from the hero's name, so that whatever
//! the words leave open is still the same in every scene.

use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

use crate::canvas::Rgb;

/// What the prompt says the main character looks like; `None`: not said.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Look {
    /// From the hero's name: the same hero is drawn alike in every picture.
    pub seed: Option<u64>,
    pub hair: Option<Rgb>,
    pub skin: Option<Rgb>,
    pub clothes: Option<Rgb>,
    pub long_hair: Option<bool>,
    pub dress: Option<bool>,
}

/// Words of a description and the colour they paint (longest phrases first).
const HAIR: &[(&str, Rgb)] = &[
    ("black hair", Rgb(45, 35, 35)),
    ("brown hair", Rgb(120, 70, 40)),
    ("blond hair", Rgb(240, 200, 110)),
    ("blonde hair", Rgb(240, 200, 110)),
    ("red hair", Rgb(200, 80, 35)),
    ("ginger hair", Rgb(200, 80, 35)),
    ("grey hair", Rgb(175, 175, 175)),
    ("gray hair", Rgb(175, 175, 175)),
];
const SKIN: &[(&str, Rgb)] = &[
    ("dark brown skin", Rgb(110, 66, 42)),
    ("brown skin", Rgb(160, 102, 66)),
    ("fair skin", Rgb(255, 226, 200)),
    ("light skin", Rgb(243, 200, 160)),
    ("olive skin", Rgb(214, 164, 116)),
    ("tan skin", Rgb(198, 136, 92)),
];
const CLOTHES: &[(&str, Rgb)] = &[
    ("raincoat", Rgb(250, 200, 40)),
    ("dungarees", Rgb(70, 110, 180)),
    ("dress", Rgb(240, 130, 190)),
    ("cape", Rgb(215, 45, 50)),
    ("jumper", Rgb(80, 160, 95)),
    ("sweater", Rgb(80, 160, 95)),
    ("sporty", Rgb(250, 140, 50)),
];

impl Look {
    /// The main character's look from `prompt`; empty when it names no cast.
    pub fn read(prompt: &str) -> Look {
        let lower = prompt.to_lowercase();
        let Some(start) = lower.find("the characters:") else { return Look::default() };
        let cast = &lower[start + "the characters:".len()..];
        let cast = cast.split(". style:").next().unwrap_or(cast);
        let hero = cast.split(';').next().unwrap_or(cast).trim();
        let (name, description) = hero.split_once(':').unwrap_or((hero, ""));
        let find = |table: &[(&str, Rgb)]| table.iter().find(|(words, _)| description.contains(words)).map(|(_, colour)| *colour);
        let long_hair = if description.contains("long") || description.contains("braid") {
            Some(true)
        } else if description.contains("short hair") {
            Some(false)
        } else {
            None
        };
        Look {
            seed: Some(fnv1a(FNV_START, name.trim().as_bytes())).filter(|_| !name.trim().is_empty()),
            hair: find(HAIR),
            skin: find(SKIN),
            clothes: find(CLOTHES),
            long_hair,
            dress: description.contains("dress").then_some(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_heros_description_sets_the_look_and_the_name_the_rest() {
        let look = Look::read(
            "a girl on a beach. The characters: Mia: a brave girl (red hair, long braids, fair skin, wears a superhero cape); Leo: black hair. Style: bright",
        );
        assert_eq!(
            (look.hair, look.skin, look.clothes, look.long_hair),
            (Some(Rgb(200, 80, 35)), Some(Rgb(255, 226, 200)), Some(Rgb(215, 45, 50)), Some(true))
        );
        assert_eq!(look.seed, Look::read("The characters: Mia").seed, "the name alone gives the same seed");
        assert_ne!(look.seed, Look::read("The characters: Leo: black hair").seed);
        assert_eq!(Look::read("The characters: Leo: black hair").hair, Some(Rgb(45, 35, 35)), "Leo's, not Mia's");
        assert_eq!(Look::read("a girl on a beach"), Look::default());
        assert_eq!(Look::read("The characters: Ana: dark brown skin").skin, Some(Rgb(110, 66, 42)));
    }
}

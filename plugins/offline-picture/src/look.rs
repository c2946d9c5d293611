//! A character's look, read from its own words only ("with olive skin and
//! curly black hair in a yellow raincoat", "a small orange crab with a blue
//! bow", or a memory-mode cast note "Mia: a brave girl (red hair, fair skin,
//! wears a superhero cape)"), so the same words draw the same figure in
//! every scene. What the words leave open comes from a hash of the words.

use crate::canvas::Rgb;
use crate::catalog;
use crate::read_words::{hair_in, skin_in};
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

/// What the prompt says a character looks like; `None`: not said.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Look {
    /// A creature's colour (or a person's clothes colour when said before the noun).
    pub body: Option<Rgb>,
    pub skin: Option<Rgb>,
    pub hair: Option<Rgb>,
    /// "curly", "long", "braided", "short"…
    pub style: Option<&'static str>,
    /// What it wears, with the colour: ("raincoat", yellow), ("bow", blue).
    pub wear: Vec<(&'static str, Rgb)>,
    pub beard: Option<Rgb>,
    /// "big" or "small" when said.
    pub big: Option<bool>,
    /// "with blue stripes".
    pub stripes: Option<Rgb>,
    /// The second of two alike in one picture ("a kind man … beside a hurt man"): drawn in other clothes and hair.
    pub variant: u8,
    /// A hash of the character's name when it has one: what the words leave open follows the name, in every scene.
    pub name: u64,
    /// "frightened", "afraid", in a storm: a worried face, not a smile.
    pub afraid: bool,
    /// A bird said to fly ("flying back", "flew", "sent out a dove"): up in the air with its wings spread.
    pub flying: bool,
    /// "yawning", "sleepy", "drowsy": still up and about (standing, walking) with half-closed eyes.
    pub sleepy: bool,
    /// "noses to the glass", "looking out of the window": seen from behind, facing the window.
    pub back: bool,
    /// "laughing", "giggling", a joke told: a wide open laughing mouth.
    pub laughing: bool,
    /// Bible times and nothing else said worn: a robe of this colour (drawn, not said in the alt).
    pub robe: Option<Rgb>,
}

const STYLES: &[&str] = &["curly", "straight", "wavy", "short", "long", "braided", "braids", "fluffy", "tuft", "ponytail"];

/// Things in a hand or moves of a scene, kept with what is worn but no part of the look.
const HELD: &[&str] = &["sling", "staff", "whirl", "olive leaf", "fishing rod"];

/// The garments that colour a person's body, first found wins.
pub const GARMENTS: &[&str] = &[
    "space suit",
    "armour",
    "raincoat",
    "dress",
    "robe",
    "outfit",
    "jumper",
    "sweater",
    "t shirt",
    "hoodie",
    "dungarees",
    "jacket",
    "cardigan",
    "shirt",
    "coat",
    "onesie",
];

impl Look {
    /// Skin, hair, beard and stripes from a character's own words.
    pub fn read_words(&mut self, text: &str) {
        let text = format!(" {text} ");
        self.skin = self.skin.or_else(|| skin_in(&text));
        if text.contains(" hair") {
            self.hair = self.hair.or_else(|| hair_in(&text));
            self.style = self.style.or_else(|| STYLES.iter().copied().find(|s| text.contains(&format!(" {s} "))));
        }
        if let Some(at) = text.find(" beard") {
            let grey = text.contains("grey beard") || text.contains("white beard");
            // "a brown beard", "a black beard": its own colour, and the hair (when not said) the same.
            let before = &text[..at];
            let said = crate::colours::HAIR.iter().filter(|(k, _)| before.ends_with(k)).max_by_key(|(k, _)| k.len()).map(|h| h.1);
            self.beard = Some(if grey { Rgb(200, 200, 205) } else { said.or(self.hair).unwrap_or(Rgb(120, 80, 50)) });
            if !grey {
                self.hair = self.hair.or(said);
            }
        }
        if let Some(at) = text.find(" stripes") {
            self.stripes = catalog::COLOURS.iter().find(|(k, _)| text[..at].ends_with(k)).map(|c| c.1);
        }
    }

    /// A memory-mode cast note: the hero's description after "The characters:".
    pub fn read_cast(&mut self, cast: &str) {
        let lower = cast.to_lowercase();
        let hero = lower.split(';').next().unwrap_or(&lower).trim();
        let description = hero.split_once(':').map_or("", |(_, d)| d);
        let d = format!(" {description} ");
        self.skin = skin_in(&d).or(self.skin);
        if let Some(h) = hair_in(&d.replace(',', " ")) {
            self.hair = Some(h);
        }
        if d.contains("long") || d.contains("braid") {
            self.style = Some("long");
        } else if d.contains("short hair") {
            self.style = Some("short");
        }
        for g in ["raincoat", "dress", "cape", "jumper", "sweater", "dungarees", "hoodie", "jacket", "crown"] {
            if d.contains(g) && !self.wear.iter().any(|w| w.0 == g) {
                let colour = catalog::entry(g).map_or(Rgb(215, 45, 50), |e| e.2);
                self.wear.push((catalog::entry(g).map_or("cape", |e| e.0), colour));
            }
        }
    }

    /// The main garment and its colour.
    pub fn garment(&self) -> Option<(&'static str, Rgb)> {
        GARMENTS.iter().find_map(|g| self.wear.iter().find(|w| w.0 == *g).copied())
    }

    pub fn wears(&self, noun: &str) -> Option<Rgb> {
        self.wear.iter().find(|w| w.0 == noun).map(|w| w.1)
    }

    /// A seed from the look's kept words alone (colours, hair, what is worn, the name), for whatever they leave
    /// open: a mood, a yawn, flying or facing away this scene never changes how someone looks.
    pub fn key(&self, noun: &str) -> u64 {
        // What is held or done this scene (a sling, its whirl, a snack: pushed in black, drawn in its own colours) is
        // not how someone looks.
        let held = |w: &&(&str, Rgb)| HELD.contains(&w.0) || w.1 == Rgb(0, 0, 0);
        let worn: Vec<&(&str, Rgb)> = self.wear.iter().filter(|w| !held(w)).collect();
        let kept = (self.body, self.skin, self.hair, self.style, worn, self.beard, self.big, self.stripes, self.variant, self.name);
        fnv1a(fnv1a(FNV_START, noun.as_bytes()), format!("{kept:?}").as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cast_note_sets_the_heros_look() {
        let mut look = Look::default();
        look.read_cast(" Mia: a brave girl (red hair, long braids, fair skin, wears a superhero cape); Leo: black hair");
        assert_eq!((look.hair, look.skin, look.style), (Some(Rgb(200, 80, 35)), Some(Rgb(255, 226, 200)), Some("long")));
        assert_eq!(look.wears("cape"), Some(Rgb(215, 45, 50)));
        let mut leo = Look::default();
        leo.read_cast(" Leo: black hair");
        assert_eq!(leo.hair, Some(Rgb(45, 35, 35)), "Leo's, not Mia's");
    }

    #[test]
    fn words_set_skin_hair_and_beard() {
        let mut look = Look::default();
        look.read_words("a man with dark brown skin and curly black hair and a grey beard");
        assert_eq!((look.skin, look.hair, look.style), (Some(Rgb(110, 66, 42)), Some(Rgb(45, 35, 35)), Some("curly")));
        assert_eq!(look.beard, Some(Rgb(200, 200, 205)));
    }

    #[test]
    fn a_beards_colour_is_its_own_and_the_hairs_when_hair_is_not_said() {
        let mut look = Look::default();
        look.read_words("a man with a black beard");
        assert_eq!((look.beard, look.hair), (Some(Rgb(45, 35, 35)), Some(Rgb(45, 35, 35))));
        let mut look = Look::default();
        look.read_words("a man with red hair and a brown beard");
        assert_eq!(look.hair, Some(Rgb(200, 80, 35)));
        assert_ne!(look.beard, look.hair);
    }
}

//! Feelings and doings read from the words: fear (frightened faces awake in
//! a storm), laughter (wide open mouths), a bird flying or a creature
//! leaping, the Bible's old men greyed, and which words say someone is busy
//! doing something (so a sleep word later is not theirs). Called by
//! `read_cues::pose`.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::read::Figure;
use crate::read_words::Tok;
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

/// Words of fear: the people awake in the picture look frightened, not smiling.
const FEAR: &[&str] = &["frightened", "afraid", "scared", "terrified", "worried", "tossed"];
/// Words of laughter: everyone awake laughs with a wide open mouth.
const LAUGH: &[&str] = &[
    "laughing",
    "laughed",
    "laughs",
    "laugh",
    "giggling",
    "giggled",
    "giggles",
    "giggle",
    "joke",
    "jokes",
    "joking",
    "chuckling",
    "chuckled",
];
/// Words of a bird in flight.
const FLY: &[&str] = &["flying", "flew", "flies", "fly", "soaring", "swooping", "swooped", "gliding", "flapping", "flutters", "fluttering"];
/// Words of a sea creature leaping out of the water.
const LEAP: &[&str] = &["jumping", "jumped", "jumps", "hopped", "hopping", "leaping", "leapt", "leaped", "leaps"];
/// Old men of the Bible stories, drawn with a grey beard when their look does not say.
const ELDERS: &[&str] = &["noah", "abraham", "moses", "elijah", "simeon", "zechariah"];

/// Birds in flight and a dove's olive leaf, frightened faces ("frightened men holding on", "a ship tossed by big waves") and the old men's grey beards.
pub(crate) fn feelings(figures: &mut [Figure], toks: &[Tok]) {
    let afraid = toks.iter().any(|t| FEAR.contains(&t.w.as_str())) || toks.windows(2).any(|w| w[0].w == "holding" && w[1].w == "on");
    let flying = toks.iter().any(|t| FLY.contains(&t.w.as_str())) || toks.windows(2).any(|w| w[0].w == "sent" && w[1].w == "out");
    let leaping = toks.iter().any(|t| LEAP.contains(&t.w.as_str()));
    // "a white dove with an olive leaf": the leaf is a bird's only when said of it, now ("penguins jumping into a pool,
    // just after holding out a leaf for a giraffe" gives the penguins no leaf).
    let leaf = toks.iter().enumerate().any(|(l, t)| matches!(t.w.as_str(), "leaf" | "twig") && crate::read_absent::bird_holds(toks, l));
    let laughing = toks.iter().any(|t| LAUGH.contains(&t.w.as_str()));
    for f in figures.iter_mut() {
        f.look.laughing = laughing && !f.asleep && !afraid;
        if f.fam == Fam::Person && afraid && !f.asleep {
            f.look.afraid = true;
        }
        // "dolphins jumping out of the sea", "hopped out of the water": leaping above the water.
        if crate::shore::swimmer(f.noun) && leaping {
            f.look.flying = true;
        }
        if f.fam == Fam::Bird && flying && crate::birds_fly::can_fly(f.noun) {
            f.look.flying = true;
        }
        if f.fam == Fam::Bird && leaf && !f.look.wear.iter().any(|w| w.0 == "olive leaf") {
            f.look.wear.push(("olive leaf", Rgb(90, 165, 70)));
        }
        let elder = ELDERS.iter().any(|n| f.look.name == fnv1a(FNV_START, n.as_bytes()));
        if elder && f.look.beard.is_none() {
            f.look.beard = Some(Rgb(200, 200, 205));
            f.look.hair = f.look.hair.or(Some(Rgb(200, 200, 205)));
        }
    }
}

/// "holding", "working", "rowing": a word of doing (not a thing like "king", "sling" or "evening").
pub(crate) fn doing(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && !matches!(
            w,
            "wearing"
                | "morning"
                | "evening"
                | "nothing"
                | "something"
                | "everything"
                | "string"
                | "spring"
                | "ceiling"
                | "building"
                | "clothing"
                | "pudding"
                | "stocking"
                | "stockings"
                | "matching"
                | "sparkling"
                | "shining"
                | "smiling"
        )
}

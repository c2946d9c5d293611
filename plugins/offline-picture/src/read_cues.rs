//! Words that say what is happening rather than who or what is there: the
//! light of the scene, a rocket launching, someone hurt or lying down, a
//! group of children who are the ones already named, and things only
//! dreamed of. Read by `read.rs`.

use crate::place::Place;
use crate::read::Time;

/// Words that put a rocket up in the air.
pub(crate) const LAUNCH: &[&str] = &[
    "blasting off",
    "blast off",
    "blasts off",
    "blasted off",
    "lift off",
    "lifting off",
    "lifted off",
    "took off",
    "taking off",
    "rising into",
    "rose into",
    "rises into",
    "zooming up",
    "zoomed up",
    "soaring",
    "flying to",
    "flew to",
];
/// Someone in the water up to the waist.
pub(crate) const WET: &[&str] = &[
    "splashing",
    "swimming",
    "swims",
    "paddling",
    "wading",
    "thrown into",
    "threw",
    "in the water",
    "in the sea",
    "into the sea",
    "into the water",
];
/// A person hurt or lying down is drawn lying, eyes closed, not smiling.
pub(crate) const HURT: &[&str] = &["hurt", "injured", "wounded", "lying", "fallen"];
/// Children's words: a group of these after two named children is those children.
pub(crate) const KIDS: &[&str] = &["child", "kid", "girl", "boy", "sister", "brother", "friend", "twin"];
/// "dreaming of", "thinking of": what follows is only wished for.
pub(crate) const WISH: &[&str] = &["dreaming", "dreams", "dreamed", "dreamt", "thinking", "thought", "dream"];

pub(crate) fn time(lower: &str, place: Place) -> Time {
    let has = |k: &str| lower.contains(&format!(" {k} "));
    if ["night", "midnight", "bedtime", "nighttime", "night sky"].iter().any(|k| has(k)) {
        Time::Night
    } else if ["sunset", "evening", "dusk", "twilight"].iter().any(|k| has(k)) {
        Time::Sunset
    } else if ["dawn", "sunrise", "morning"].iter().any(|k| has(k)) && place != Place::Underwater {
        Time::Dawn
    } else if ["moonlit", "moonlight", "starry", "in the dark"].iter().any(|k| has(k)) {
        Time::Night
    } else {
        Time::Day
    }
}

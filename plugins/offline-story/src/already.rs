//! What the story is heading for that is already around the hero from the
//! first scene: a wish to see the snow in a story set in the snowy hills, a
//! fear of the dark in a story told at night. Then no middle scene pictures
//! it from afar, and the ending never says it came "at last".

use crate::premise::Premise;
use crate::situation::Kind;
use crate::words::Time;

/// Steps of a wish already met where the story is set: being there, not dreaming of it.
pub const WISH_HERE_STEPS: &[&str] = &[
    "{name} looked all around and took a deep, happy breath. \"I'm really here,\" {name} whispered.",
    "\"You wanted this for so long, and here we are!\" said {friend}.",
    "{name} wanted to see every little bit of it, and not miss a thing.",
    "{name} pinched {hero_their} arm, just to check. It was all real!",
];

/// The ending of a wish met from the first scene.
pub const WISH_HERE_DONE: &str = "{name} had wanted to {wish} for such a long time. And today, {name} had seen every bit of it!";

/// The ending of a fear of the dark in a story told at night: the dark was there all along.
pub const DARK_HERE_DONE: &str = "And there, in the middle of the night, {name} was not scared of {what} any more. {name} stood tall and smiled. \"I can be brave,\" {name} said.";

/// Whether the wish is to see what the story's own place is ("see the snow" in the snowy hills).
pub fn wish_here(p: &Premise) -> bool {
    let Some((wish, false)) = &p.wish else { return false };
    let Some(rest) = wish.strip_prefix("see ") else { return false };
    let thing = rest.split_whitespace().find(|w| !["the", "a", "an", "some", "lots", "of"].contains(w)).unwrap_or("").to_lowercase();
    thing.len() > 2 && (p.place.name.to_lowercase().contains(&thing) || p.place.title.to_lowercase().contains(&thing))
}

/// Whether the story is about a fear of the dark and the dark is there already:
/// a story set at night, or an earlier scene `told` that said it was night.
pub fn dark_here(p: &Premise, told: &[String]) -> bool {
    let Some(s) = &p.situation else { return false };
    let dark = s.kind == Kind::Fear && ["dark", "night"].iter().any(|w| s.what.contains(w));
    dark && (p.time == Some(Time::Night) || told.iter().any(|t| t.to_lowercase().contains("night")))
}

//! What the story is heading for that is already around the hero from the
//! first scene: a wish to see the snow in a story set in the snowy hills, a
//! fear of the dark in a story told at night. Then no middle scene pictures
//! it from afar, and the ending never says it came "at last". Likewise a wish
//! an earlier scene told happening (the ride, the visit, the sight): the
//! ending remembers it and never tells it again as new.

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

/// The ending of a wish an earlier scene told happening: remembered, not new.
pub const WISH_MET_DONE: &[&str] = &[
    "{name} had wanted to {wish} for such a long time, and today it had really happened. {name} would never forget it!",
    "\"Did that really happen?\" {name} whispered. \"It really did,\" said {friend}. {name}'s wish had come true.",
    "{name} kept thinking about it, and smiling. {name} had wanted to {wish}, and now {hero_they} had!",
];

/// Steps of a middle scene after the wish came true: remembering it, not nearing it.
pub const WISH_MET_STEPS: &[&str] = &[
    "{name} could not stop smiling. It had really, truly happened!",
    "\"Did you see that?\" {name} whispered to {friend}. \"I'll never forget it.\"",
    "{name} wanted to tell everyone at home all about it.",
    "{name} felt as light as a feather, just from remembering it.",
];

/// A middle scene's nudge once the wish came true: the day goes on, happily.
pub const MET_PROGRESS: &[&str] = &[
    "{name} stayed close to {friend}. What a day it was turning out to be!",
    "There was still so much fun left in the day.",
    "{name} hummed a happy little tune, still thinking about it.",
];

/// Whether a scene after the first (`told`) told the wish happening: the ride
/// ("hopped on", "the ride was over"), or its verb done to its thing ("visited
/// the zoo", "saw a rainbow"), or the wish said come true ("got to ride a whale").
pub fn wish_met(p: &Premise, told: &[String]) -> bool {
    let Some((wish, false)) = &p.wish else { return false };
    let verb = wish.split_whitespace().next().unwrap_or_default();
    let thing = wish.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let done = crate::situation::past(verb).map(|v| format!("{v} "));
    told.iter().skip(1).any(|t| {
        let t = t.to_lowercase();
        let rode = verb == "ride" && ["hopped on,", "ride was over", " rode "].iter().any(|s| t.contains(s));
        // "climb to the top of the lighthouse": being at its very top.
        let top = wish.contains("the top of")
            && [format!("at the very top of the {thing}"), format!("right to the top of the {thing}")]
                .iter()
                .any(|s| t.contains(s.as_str()));
        rode || top || t.contains(&format!("got to {wish}")) || done.as_ref().is_some_and(|d| t.contains(d.as_str()) && t.contains(&thing))
    })
}

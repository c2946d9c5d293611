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
/// Words that make a balloon one someone rides: a hot-air balloon.
pub(crate) const BALLOON_RIDE: &[&str] =
    &["climbed into", "climbs into", "ride", "rides", "riding", "rode", "floated up", "float up", "above the clouds", "hot air"];
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

/// Words that say it is night: drawn with a dark sky, the moon and stars.
const NIGHT: &[&str] = &[
    "night",
    "nights",
    "midnight",
    "bedtime",
    "nighttime",
    "night time",
    "tonight",
    "goodnight",
    "overnight",
    "after dark",
    "in the dark",
    "dark sky",
    "dark night",
    "it was dark",
    "it is dark",
    "getting dark",
];
/// Words that only hint at night (stars, moonlight): a day word said with them wins.
const NIGHTISH: &[&str] = &["moonlit", "moonlight", "starry", "starlight", "starlit", "under the stars", "looking at the stars"];
/// Words that say it is day: a day sky even with a hint of night ("a starry dress on a sunny day").
const DAY: &[&str] =
    &["sunny", "day", "daytime", "daylight", "morning", "afternoon", "noon", "midday", "blue sky", "bright sky", "sunshine", "sunlight"];

/// The light of the scene: night only when the words say night (or hint at it with no day word), a sunset
/// for the evening, a dawn for dawn or sunrise ("morning" is a day sky), and a day sky when nothing is said.
pub(crate) fn time(lower: &str, place: Place) -> Time {
    let has = |k: &str| lower.contains(&format!(" {k} "));
    let day = DAY.iter().any(|k| has(k));
    if NIGHT.iter().any(|k| has(k)) {
        Time::Night
    } else if ["sunset", "evening", "dusk", "twilight", "sundown", "sun sank", "sun set"].iter().any(|k| has(k)) {
        Time::Sunset
    } else if ["dawn", "sunrise", "daybreak", "first light"].iter().any(|k| has(k)) && place != Place::Underwater {
        Time::Dawn
    } else if !day && (NIGHTISH.iter().any(|k| has(k)) || place == Place::NightSky) {
        Time::Night
    } else {
        Time::Day
    }
}

//! Words that say what is happening rather than who or what is there: the
//! light of the scene, a rocket launching, someone hurt or lying down, a
//! group of children who are the ones already named, and things only
//! dreamed of, and who has fallen down. Read by `read.rs`.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::place::Place;
use crate::read::{Figure, Time};
use crate::read_words::Tok;

/// Words of water splashing: a pool, a bath, a spray from a trunk.
pub(crate) const SPLASH: &[&str] =
    &["spraying", "sprayed", "sprays", "spray", "bath", "splash", "splashing", "splashed", "splashes", "pool", "into the water"];

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
/// Words that fly a kite high on its string.
pub(crate) const WINDY: &[&str] = &["wind", "windy", "breeze", "high", "holding up", "held up", "flying", "flies", "soaring"];
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
    "dark hillside",
    "dark hill",
    "dark hills",
    "dark field",
    "dark fields",
    "darkness",
];
/// Words that only hint at night (stars, moonlight): a day word said with them wins.
const NIGHTISH: &[&str] = &[
    "moonlit",
    "moonlight",
    "starry",
    "starlight",
    "starlit",
    "under the stars",
    "looking at the stars",
    "sky full of stars",
    "full of stars",
    "twinkling stars",
    "night sky",
];
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
    } else if [
        "sunset",
        "evening",
        "dusk",
        "twilight",
        "sundown",
        "sun sank",
        "sun set",
        "sun sets",
        "sun setting",
        "setting sun",
        "sun goes down",
        "sun going down",
        "sun went down",
    ]
    .iter()
    .any(|k| has(k))
    {
        Time::Sunset
    } else if ["dawn", "sunrise", "daybreak", "first light"].iter().any(|k| has(k)) && place != Place::Underwater {
        Time::Dawn
    } else if !day && (NIGHTISH.iter().any(|k| has(k)) || place == Place::NightSky) {
        Time::Night
    } else {
        Time::Day
    }
}

/// Words that say someone is asleep or dropping off: drawn with closed eyes, lying or curled up.
const SLEEP: &[&str] = &["sleeping", "asleep", "snoring", "sleeps", "sleep", "slept", "napping", "dozing", "snoozing", "slumbering"];
/// Words of someone sleepy but still up: standing or walking with half-closed eyes, never lying down.
const DROWSY: &[&str] = &["yawning", "yawns", "yawned", "yawn", "drowsy", "sleepy", "tired", "sleepily", "yawny"];
/// Two-word sayings of sleep ("eyes closed", "curled up", "drifting off").
const SLEEP_PAIRS: &[(&str, &str)] = &[
    ("eyes", "closed"),
    ("closed", "eyes"),
    ("closes", "eyes"),
    ("closed", "her"),
    ("closed", "his"),
    ("closed", "their"),
    ("curled", "up"),
    ("curling", "up"),
    ("curls", "up"),
    ("curl", "up"),
    ("drifting", "off"),
    ("drifted", "off"),
    ("drift", "off"),
    ("nodding", "off"),
    ("dozing", "off"),
];
/// Words between a group and its sleep word that say someone else is the one asleep ("a mother watching her cub sleep").
const AWAKE: &[&str] = &[
    "watching", "watches", "reading", "reads", "tucking", "tucks", "singing", "sings", "while", "as", "kisses", "hugs", "says", "whispers",
    "where",
];

/// "a sleeping cat": said only of the noun right after it.
fn of_next(toks: &[Tok], k: usize) -> bool {
    matches!(toks[k].w.as_str(), "sleeping" | "sleepy" | "dozing")
        && toks
            .get(k + 1)
            .is_some_and(|t| !toks[k].brk && (crate::catalog::entry(&t.w).is_some() || crate::catalog::singular(&t.w).is_some()))
}

/// Whether token `k` starts a saying of sleep.
fn sleep_at(toks: &[Tok], k: usize) -> bool {
    let w = toks[k].w.as_str();
    let next = toks.get(k + 1).map_or("", |t| t.w.as_str());
    // "dreaming of the moon" is a wish, "sleep" as a noun after "to" or "go" still sleep.
    let half = k > 0 && toks[k - 1].w == "half";
    (SLEEP.contains(&w) && !half) || SLEEP_PAIRS.iter().any(|p| p.0 == w && p.1 == next)
}

/// Each figure's pose from its own words (tokens `spans`) and the sleep words said after it in the same sentence:
/// asleep, hurt (lying, eyes closed) or in the water up to the waist.
pub(crate) fn pose(figures: &mut [Figure], toks: &[Tok], spans: &[(usize, usize)]) {
    for (f, &(a, b)) in figures.iter_mut().zip(spans) {
        let own = &toks[a.min(toks.len())..b.min(toks.len())];
        let text = own.iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" ");
        let before = a.checked_sub(1).map_or("", |p| toks[p].w.as_str());
        f.asleep = matches!(before, "sleeping" | "dozing") || (a..b.min(toks.len())).any(|k| sleep_at(toks, k) && !of_next(toks, k));
        // "a hurt man", "a man lying by the road": said right by the noun, not of someone later.
        f.hurt = HURT.contains(&before) || text.split(' ').take(3).any(|t| HURT.contains(&t));
        f.asleep |= f.hurt;
        let near = format!(" {} ", text.split(' ').take(6).collect::<Vec<_>>().join(" "));
        f.wet = f.fam == Fam::Person && WET.iter().any(|w| near.contains(&format!(" {w} ")));
    }
    // "Mia and Leo fall asleep", "Bruno yawns and curls up": a sleep word later in the sentence is theirs,
    // back to the sentence's start or a word that says someone else sleeps.
    for k in (0..toks.len()).filter(|&k| sleep_at(toks, k)) {
        // "a sleeping cat": only the one it is said of.
        if of_next(toks, k) {
            continue;
        }
        let mut from = k;
        while from > 0 && !toks[from - 1].stop && !AWAKE.contains(&toks[from - 1].w.as_str()) {
            from -= 1;
        }
        for (f, s) in figures.iter_mut().zip(spans) {
            // "sailors holding on and Jonah fast asleep": the sailors are doing something else, awake.
            let busy = (s.0..k).any(|j| {
                crate::read_moods::doing(&toks[j].w) && !sleep_at(toks, j) && !crate::read_words::DESCRIBERS.contains(&toks[j].w.as_str())
            });
            if s.0 >= from && s.0 <= k && !busy {
                f.asleep = true;
            }
        }
    }
    drowsy(figures, toks, spans);
    fallen(figures, toks, spans);
    crate::read_moods::feelings(figures, toks);
    crate::snack::read(toks, figures);
}

/// "everyone yawning softly", "a sleepy bunny", "half asleep": the ones not asleep are sleepy, up on their feet.
fn drowsy(figures: &mut [Figure], toks: &[Tok], spans: &[(usize, usize)]) {
    let said = |k: usize| DROWSY.contains(&toks[k].w.as_str()) || (toks[k].w == "asleep" && k > 0 && toks[k - 1].w == "half");
    // "a sleepy bear snoring": only the one it is said of; "sleepy and yawning", "yawning": everyone.
    let all = (0..toks.len()).any(|k| said(k) && !(toks[k].w == "sleepy" && of_next(toks, k)));
    for (f, &(a, _)) in figures.iter_mut().zip(spans) {
        let before = a.checked_sub(1).is_some_and(&said);
        f.look.sleepy = !f.asleep && (all || before);
    }
}

/// Sayings of falling down or lying on the ground ("toppled over", "fell to the ground", "lay on the ground").
const FALL: &[(&str, &str)] = &[
    ("toppled", ""),
    ("topples", ""),
    ("toppling", ""),
    ("fallen", ""),
    ("collapsed", ""),
    ("fell", "down"),
    ("fell", "over"),
    ("fell", "to"),
    ("fell", "flat"),
    ("falls", "down"),
    ("falls", "over"),
    ("falling", "down"),
    ("tumbled", "down"),
    ("lay", "on"),
    ("lay", "down"),
    ("lay", "flat"),
    ("lies", "on"),
    ("lying", "on"),
    ("lying", "flat"),
];

/// The one a fall word is said of lies on the ground: the last character named before it in the sentence,
/// with no other thing between ("the giant toppled over", not "the snow fell down").
fn fallen(figures: &mut [Figure], toks: &[Tok], spans: &[(usize, usize)]) {
    for k in 0..toks.len() {
        let next = toks.get(k + 1).map_or("", |t| t.w.as_str());
        if !FALL.iter().any(|p| p.0 == toks[k].w && (p.1.is_empty() || p.1 == next)) {
            continue;
        }
        let mut from = k;
        while from > 0 && !toks[from - 1].stop {
            from -= 1;
        }
        let Some(at) = spans.iter().take(figures.len()).rposition(|s| s.0 >= from && s.0 < k) else { continue };
        let thing_between = (spans[at].0 + 1..k).any(|j| {
            crate::read_words::noun_at(toks, j)
                .and_then(|n| crate::catalog::entry(n.0))
                .is_some_and(|e| !e.1.is_character() && e.1 != Fam::Wear)
        });
        // The word before says who fell: a character, a name or what one wears, not "the snow".
        let mut b = k;
        while b > from && matches!(toks[b - 1].w.as_str(), "then" | "suddenly" | "slowly" | "had" | "has" | "was" | "were" | "just" | "all")
        {
            b -= 1;
        }
        let subject = b.checked_sub(1).is_some_and(|p| {
            toks[p].cap
                || crate::read_words::noun_at(toks, p)
                    .and_then(|n| crate::catalog::entry(n.0))
                    .is_some_and(|e| e.1.is_character() || e.1 == Fam::Wear)
                || crate::catalog::singular(&toks[p].w).and_then(crate::catalog::entry).is_some_and(|e| e.1.is_character())
        });
        // "…in a valley, and the great giant toppled over": said again by its own noun, it is that one.
        let own = |w: &str| w == figures[at].noun || crate::catalog::singular(w) == Some(figures[at].noun);
        // Or its own look words end right there ("Goliath, a giant … with a bronze helmet, lay").
        let again = b.checked_sub(1).is_some_and(|p| own(&toks[p].w) || (p < spans[at].1 && toks[p].brk));
        let thing_between = !again && (thing_between || !subject);
        if let Some(f) = figures.get_mut(at).filter(|_| !thing_between) {
            f.fallen = true;
            f.asleep = true;
        }
    }
}

/// "a shepherd boy with a sling": the sling is in his hand, swung round, not standing on the ground.
/// "with his sling and staff beside him": laid down, it stays on the ground.
pub(crate) fn sling_in_hand(lower: &str, figures: &mut [Figure], pairs: &mut Vec<(crate::read::Thing, usize)>) {
    let laid = [" beside him", " beside her", " by his side", " at his feet"].iter().any(|k| lower.contains(k));
    if let Some(k) = pairs.iter().position(|t| t.0.noun == "sling").filter(|_| !laid) {
        let slinger = figures.iter_mut().find(|f| f.fam == Fam::Person && !crate::people_arms::armoured(f.noun, &f.look));
        if let Some(f) = slinger.filter(|f| f.noun != "giant") {
            f.look.wear.push(("sling", pairs[k].0.colour));
            // "swinging his sling round and round", "whirr": the sling whirls; once the stone flies, it has let go.
            let whirls = [" swinging ", " swung ", " swings ", " round and round ", " whirling ", " whirled ", " whirr "];
            let gone = [" flies ", " flying ", " flew ", " let go "].iter().any(|k| lower.contains(k));
            if !gone && whirls.iter().any(|k| lower.contains(k)) {
                f.look.wear.push(("whirl", Rgb(250, 250, 255)));
            }
            pairs.remove(k);
        }
    }
}

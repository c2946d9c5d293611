//! The words of a prompt, before they are read into a picture: tokens (with
//! capitals and the commas after them), the word lists (adjectives, numbers,
//! possessives, describers), the noun at a token with its plural, the words
//! that make a fish food, and the skin and hair colours a look's words name.
//! The colour and count said before a noun are `read_before.rs` (re-exported).

use crate::canvas::Rgb;
use crate::catalog::{self, COLOURS, Fam, HAIR, SKINS};

pub(crate) use crate::read_before::{colour_before, count_before, phrase_start};

#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub w: String,
    pub(crate) cap: bool,
    /// A comma, colon, semicolon or full stop right after the word.
    pub(crate) brk: bool,
    /// A full stop, "!" or "?" right after the word: the sentence ends.
    pub(crate) stop: bool,
}

/// Words that may stand between a colour and its noun ("a bright red shiny balloon").
pub(crate) const ADJECTIVES: &[&str] = &[
    "bright",
    "shiny",
    "little",
    "small",
    "big",
    "tiny",
    "huge",
    "soft",
    "fluffy",
    "pointy",
    "striped",
    "glowing",
    "old",
    "new",
    "cardboard",
    "wooden",
    "magic",
    "giant",
    "sparkly",
    "light",
    "dark",
    "pale",
    "cozy",
    "happy",
    "friendly",
    "brave",
    "curly",
    "straight",
    "wavy",
    "short",
    "long",
    "braided",
    "many",
    "colourful",
    "woolly",
    "round",
    "spotty",
    "tall",
    "great",
    "kind",
    "honey",
    "rainbow",
    "chocolate",
    "grey",
    "smiling",
    "sleepy",
    "wise",
];
/// Number words and how many they say. Characters are drawn as many as said, up to [`MOST_OF_A_KIND`].
pub(crate) const NUMBERS: &[(&str, usize)] = &[
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("dozen", 12),
    ("twenty", 20),
    ("thirty", 30),
    ("fifty", 50),
    ("hundred", 100),
    ("hundreds", 100),
    ("many", 5),
    ("lots", 6),
    ("some", 3),
    ("few", 3),
    ("several", 4),
];
/// The most of one kind drawn ("twelve disciples"); a crowd is drawn as [`CROWD`].
pub(crate) const MOST_OF_A_KIND: usize = 12;
pub(crate) const CROWD: usize = 8;
/// Words that say whose a thing is: "his sling", "its door", "Noah's family".
pub const POSSESSIVES: &[&str] = &["his", "her", "its", "their", "my", "our", "your"];
/// Words that may describe a thing before its colour ("a giant shimmering bubble", "tall fruit trees").
pub(crate) const DESCRIBERS: &[&str] = &[
    "shimmering",
    "glowing",
    "sparkling",
    "twinkling",
    "fruit",
    "storm",
    "olive",
    "stone",
    "fishing",
    "fine",
    "grand",
    "open",
    "simple",
    "warm",
    "quiet",
    "smooth",
    "dry",
    "calm",
    "paper",
    "glass",
    "runaway",
    "whispering",
    "fat",
    "thin",
    "crying",
    "silver",
    "young",
];
/// Nouns that stand for a group: drawn as a few of them.
pub const GROUPS: &[&str] = &["person", "animal"];
/// Words before "light" that make it the scene's light, not a thing.
const NOT_A_LIGHT: &[&str] =
    &["morning", "golden", "soft", "warm", "evening", "different", "afternoon", "dappled", "moon", "sun", "gentle", "bright", "dim"];

pub(crate) fn tokens(text: &str) -> Vec<Tok> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let parts: Vec<&str> = chunk.split(|c: char| !c.is_alphanumeric()).filter(|p| !p.is_empty()).collect();
        let ends = chunk.ends_with([',', ':', ';', '.', '!', '?', ')']) || chunk.starts_with('(');
        let stop = chunk.ends_with(['.', '!', '?']);
        for (i, part) in parts.iter().enumerate() {
            let cap = part.chars().next().is_some_and(char::is_uppercase);
            let last = i + 1 == parts.len();
            out.push(Tok { w: part.to_lowercase(), cap, brk: ends && last, stop: stop && last });
        }
    }
    // "picture-book illustration" is a style, not a book.
    let mut i = 0;
    while i + 1 < out.len() {
        if out[i].w == "picture" && out[i + 1].w == "book" {
            out.drain(i..i + 2);
        } else {
            i += 1;
        }
    }
    out
}

/// The prompt's scene, without the cast note, the style and a retake's hint.
pub fn scene_part(prompt: &str) -> (&str, Option<&str>) {
    let lower = prompt.to_ascii_lowercase();
    // The bedtime style said after a comma ("…, soft warm night-time light, pastel colours…") is style too.
    let cut = [
        ". the characters:",
        ". style:",
        ". seen from",
        "the characters:",
        "style:",
        ", soft warm night-time light",
        "soft warm night-time light",
    ]
    .iter()
    .filter_map(|k| lower.find(k))
    .min()
    .unwrap_or(prompt.len());
    let cast = lower.find("the characters:").map(|i| &prompt[i + "the characters:".len()..]);
    let cast = cast.map(|c| c.split(". Style:").next().unwrap_or(c));
    (&prompt[..cut], cast)
}

/// The noun at token `i` (two words first), how many tokens it takes, and whether it was plural.
pub(crate) fn noun_at(toks: &[Tok], i: usize) -> Option<(&'static str, usize, bool)> {
    // "an ice-cream stand", "the ice cream van": three words, one stand.
    let word = |k: usize| toks.get(i + k).map_or("", |t| t.w.as_str());
    if word(0) == "ice" && word(1) == "cream" && matches!(word(2), "stand" | "stall" | "van" | "cart" | "kiosk") {
        return Some(("ice cream stand", 3, false));
    }
    if let Some(next) = toks.get(i + 1) {
        let two = format!("{} {}", toks[i].w, next.w);
        if let Some(e) = catalog::entry(&two) {
            return Some((e.0, 2, false));
        }
        if let Some(one) = catalog::singular(&two) {
            return Some((one, 2, true));
        }
    }
    let w = toks[i].w.as_str();
    // "an astronaut boy", "a pirate girl": the costume is the kind.
    if let (Some(e), Some(n)) = (catalog::entry(w), toks.get(i + 1).filter(|_| !toks[i].brk))
        && e.1 == Fam::Person
        && ["girl", "boy", "child", "kid", "man", "woman"].contains(&n.w.as_str())
    {
        return Some((e.0, 2, false));
    }
    let prev = i.checked_sub(1).map(|p| toks[p].w.as_str()).unwrap_or("");
    if w == "well" && !matches!(prev, "a" | "the" | "old" | "stone" | "deep" | "village" | "water" | "big") {
        return None;
    }
    let next = toks.get(i + 1).filter(|_| !toks[i].brk).map(|n| n.w.as_str()).unwrap_or("");
    if w == "light" && (NOT_A_LIGHT.contains(&prev) || COLOURS.iter().any(|c| c.0 == next) || matches!(next, "skin" | "hair")) {
        return None;
    }
    // "a giant shimmering bubble", "a ring of mushrooms", "a rainbow crayon", "a honey brown bear": the first word only describes.
    const JOINS: &[&str] = &[
        "and",
        "with",
        "in",
        "on",
        "at",
        "by",
        "beside",
        "near",
        "under",
        "over",
        "of",
        "who",
        "named",
        "is",
        "was",
        "holding",
        "wearing",
        "from",
        "to",
        "that",
        "sits",
        "stands",
        "flying",
        "playing",
        "exploring",
        "discovering",
        // "the fallen giant lying flat on the ground": the giant is the one lying.
        "lying",
        "lay",
        "lies",
    ];
    // "the fallen giant Goliath": a kind said right before a name is the one named, not a look word.
    let name_next = toks.get(i + 1).is_some_and(|n| n.cap && !toks[i].brk) && catalog::entry(w).is_some_and(|e| e.1.is_character());
    if ADJECTIVES.contains(&w) && !next.is_empty() && !JOINS.contains(&next) && !name_next {
        return None;
    }
    if next == "of" && w == "ring" {
        return None;
    }
    // "a family of ducks": the ducks are who is there, not a family of people.
    let creature = |n: &Tok| {
        catalog::entry(&n.w)
            .or_else(|| catalog::singular(&n.w).and_then(catalog::entry))
            .is_some_and(|e| e.1.is_character() && e.1 != Fam::Person)
    };
    if matches!(w, "family" | "families") && next == "of" && toks.get(i + 2).is_some_and(creature) {
        return None;
    }
    if !next.is_empty()
        && (catalog::entry(next).is_some() || catalog::singular(next).is_some())
        && catalog::entry(w).is_some_and(|e| e.1 != Fam::Wear)
    {
        return None;
    }
    if matches!(w, "honey" | "rainbow" | "golden" | "chocolate") && toks.get(i + 1).is_some_and(|n| COLOURS.iter().any(|c| c.0 == n.w)) {
        return None;
    }
    if let Some(e) = catalog::entry(w) {
        let plural = catalog::SAME_PLURAL.contains(&w) && NUMBERS.iter().any(|(n, _)| *n == prev);
        return Some((e.0, 1, plural));
    }
    catalog::singular(w).map(|one| (one, 1, true))
}

const FOOD: &[&str] = &[
    "bread",
    "loaf",
    "loaves",
    "dinner",
    "lunch",
    "supper",
    "breakfast",
    "meal",
    "food",
    "eat",
    "eats",
    "ate",
    "eating",
    "cooked",
    "cooking",
    "picnic",
    "plate",
    "feast",
    "feed",
    "feeds",
    "fed",
    "feeding",
    "hungry",
    "grilled",
    "fried",
    "share",
    "shared",
    "sharing",
];

/// Whether the fish ending before token `end` is food: food words in the prompt, and the fish itself not swimming or jumping.
pub(crate) fn eaten(lower: &str, toks: &[Tok], end: usize) -> bool {
    let alive =
        toks[end..toks.len().min(end + 2)].iter().any(|t| matches!(t.w.as_str(), "swimming" | "swims" | "jumping" | "jumps" | "leaping"));
    !alive && !lower.contains(" under the sea ") && FOOD.iter().any(|k| lower.contains(&format!(" {k} ")))
}

pub(crate) fn capitalised(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Skin, hair and colour words for `Look`.
pub(crate) fn skin_in(text: &str) -> Option<Rgb> {
    SKINS.iter().find(|(k, _)| text.contains(k)).map(|s| s.1)
}

pub(crate) fn hair_in(text: &str) -> Option<Rgb> {
    let at = text.find(" hair").or_else(|| text.find(" beard"))?;
    let before = &text[..at];
    HAIR.iter().filter(|(k, _)| before.ends_with(k)).max_by_key(|(k, _)| k.len()).map(|h| h.1)
}

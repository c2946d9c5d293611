//! Words for people who are not in the picture: the cast said again
//! ("Twinkle and Noodle, two little friends", "the little explorers"), a
//! likeness ("tucked in like two little babies"), a greeting ("Hello, little
//! ones") and a place's name ("Teddy Hill", "Grandma's Meadow"), and a thing
//! said of an earlier moment or of someone else (the leaf held "just after…"
//! is no bird's). The painter draws only the ones the prompt says are there.

use crate::read_who::in_place_name;
use crate::read_words::{ADJECTIVES, NUMBERS, POSSESSIVES, Tok};

/// Words for the cast itself, said again: never someone more when others are already there.
const COMPANIONS: &[&str] = &["friend", "pal", "buddy", "explorer", "adventurer", "traveller", "companion", "sleepyhead", "playmate"];

/// Words that may stand between a companion word and what comes before it ("the two little friends").
fn describes(w: &str) -> bool {
    ADJECTIVES.contains(&w)
        || NUMBERS.iter().any(|n| n.0 == w)
        || matches!(w, "a" | "an" | "the" | "best" | "good" | "old" | "dear" | "brave" | "sleepy" | "little" | "two" | "both")
}

/// The word just before the phrase of the noun at token `i` ("," when a comma ends it, "" at the start).
fn before_phrase(toks: &[Tok], i: usize) -> &str {
    let mut j = i;
    while j > 0 && i - j < 5 && !toks[j - 1].brk && describes(&toks[j - 1].w) {
        j -= 1;
    }
    match j.checked_sub(1).map(|p| &toks[p]) {
        None => "",
        Some(t) if t.brk => ",",
        Some(t) => t.w.as_str(),
    }
}

/// Whether the character word `noun` at token `i` names no one new: `cast` characters are already there.
pub(crate) fn absent(toks: &[Tok], i: usize, noun: &str, cast: usize) -> bool {
    let before = before_phrase(toks, i);
    // "snug as two little babies", "like a little prince": a likeness, no one more.
    if matches!(before, "like" | "as") {
        return true;
    }
    // "just after asking the tortoise the way", "after meeting the owl": who was met before, not here now.
    if recalled(toks, i) {
        return true;
    }
    // "Grandma's Meadow", "Teddy Hill": part of a place's name.
    if toks[i].cap && in_place_name(toks, i) {
        return true;
    }
    // "Mia and her friends", "playing with friends": more people. "Twinkle and Noodle, two little friends": the same two.
    let best = before == "of" && i >= 2 && toks.get(i.wrapping_sub(2)).is_some_and(|t| t.w == "best");
    let more = !best && (POSSESSIVES.contains(&before) || matches!(before, "with" | "and" | "meets" | "meeting" | "met" | "of"));
    COMPANIONS.contains(&noun) && cast > 0 && !more
}

/// Whether token `i` is in a clause telling what happened just before ("just after asking the tortoise the way").
pub(crate) fn recalled(toks: &[Tok], i: usize) -> bool {
    let mut k = i;
    while k > 0 && !toks[k - 1].brk {
        k -= 1;
        let start = k == 0 || toks[k - 1].brk;
        if toks[k].w == "after" && (start || (k > 0 && matches!(toks[k - 1].w.as_str(), "just" | "right" | "soon"))) {
            return true;
        }
    }
    false
}

/// Greetings and calls at the start of a prompt: never a name ("Hello, little ones", "Goodnight, moon").
/// Words that start a sentence ("Out came Noah's family", "Then…") are never names either.
pub(crate) const GREETINGS: &[&str] = &[
    "hello",
    "hi",
    "goodnight",
    "good",
    "look",
    "oh",
    "wow",
    "shh",
    "hush",
    "hooray",
    "yes",
    "no",
    "sleep",
    "out",
    "up",
    "down",
    "off",
    "then",
    "now",
    "soon",
    "here",
    "so",
    "and",
    "but",
    "when",
    "after",
    "as",
    "suddenly",
    "together",
    "everyone",
    "inside",
    "outside",
    "far",
    "high",
    "just",
    "all",
    "away",
    "back",
    "today",
    "tonight",
    "later",
    "finally",
    "meanwhile",
    "next",
    "from",
    "with",
    "by",
];

/// Whether the leaf at token `l` is a bird's: said now (not in a "just after…" clause), and the last creature said
/// before it is a bird.
pub(crate) fn bird_holds(toks: &[Tok], l: usize) -> bool {
    if recalled(toks, l) {
        return false;
    }
    let said = (0..l)
        .rev()
        .find_map(|k| crate::read_words::noun_at(toks, k).and_then(|n| crate::catalog::entry(n.0)).filter(|e| e.1.is_character()));
    said.is_some_and(|e| e.1 == crate::catalog::Fam::Bird)
}

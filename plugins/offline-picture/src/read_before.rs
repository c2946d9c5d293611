//! What is said right before a noun: its colour (skipping adjectives), where
//! its phrase starts, and how many ("three sheep", "a pair of doves", a
//! plural with no number drawn as three). Re-exported by `read_words.rs`.

use crate::canvas::Rgb;
use crate::catalog::{self, COLOURS};
use crate::read_words::{ADJECTIVES, CROWD, DESCRIBERS, NUMBERS, POSSESSIVES, Tok};

/// A colour word right before token `end` (skipping adjectives), and where its phrase starts.
pub(crate) fn colour_before(toks: &[Tok], end: usize) -> (Option<Rgb>, usize) {
    let mut start = end;
    let mut colour = None;
    let mut pair = false;
    while start > 0 && end - start < 5 {
        let t = &toks[start - 1];
        if t.brk {
            break;
        }
        // "black and white penguin": its own two colours, drawn as the creature usually is.
        if t.w == "and" && colour.is_some() && start >= 2 && COLOURS.iter().any(|(k, _)| *k == toks[start - 2].w) {
            pair = true;
            start -= 1;
            continue;
        }
        let two = start.checked_sub(2).map(|s| format!("{} {}", toks[s].w, t.w));
        if let Some(c) = two.as_deref().and_then(|tw| COLOURS.iter().find(|(k, _)| *k == tw)) {
            colour = colour.or(Some(c.1));
            start -= 2;
            continue;
        }
        if let Some(c) = COLOURS.iter().find(|(k, _)| *k == t.w) {
            colour = colour.or(Some(c.1));
        } else if !ADJECTIVES.contains(&t.w.as_str()) {
            break;
        }
        start -= 1;
    }
    (if pair { None } else { colour }, start)
}

/// Where a thing's own words start: up to two more describing words before its colour ("a giant shimmering bubble"),
/// or a possessive ("his sling", "Noah's family").
pub(crate) fn phrase_start(toks: &[Tok], start: usize) -> usize {
    let mut at = start;
    while at > 0 && start - at < 2 {
        let t = &toks[at - 1];
        let w = t.w.as_str();
        if t.brk {
            break;
        }
        if POSSESSIVES.contains(&w) || w == "s" && at >= 2 && toks[at - 2].cap {
            return at - if w == "s" { 2 } else { 1 };
        }
        let describes = ADJECTIVES.contains(&w)
            || DESCRIBERS.contains(&w)
            || (w.ends_with('y') && w.len() > 3 && !matches!(w, "very" | "every" | "they" | "only"));
        let noun = !ADJECTIVES.contains(&w) && (catalog::entry(w).is_some() || catalog::singular(w).is_some());
        if !describes || t.cap || noun || NUMBERS.iter().any(|n| n.0 == w) {
            break;
        }
        at -= 1;
    }
    at
}

pub(crate) fn count_before(toks: &[Tok], start: usize, plural: bool) -> usize {
    let word = |back: usize| start.checked_sub(back).and_then(|p| toks.get(p)).map_or("", |t| t.w.as_str());
    // "a crowd of people", "lots of children", "a group of ten friends".
    if word(1) == "of" && matches!(word(2), "crowd" | "crowds" | "lots" | "throng" | "crowded") {
        return CROWD;
    }
    if word(1) == "of" && word(2) == "group" {
        return 5;
    }
    // "five smooth stones", "two big round rocks": the number before the describing words.
    let mut at = start;
    while at > 0
        && start - at < 3
        && (ADJECTIVES.contains(&toks[at - 1].w.as_str())
            || matches!(toks[at - 1].w.as_str(), "smooth" | "round" | "little" | "small" | "big" | "tiny" | "shiny" | "flat"))
    {
        at -= 1;
    }
    let n = at.checked_sub(1).and_then(|p| NUMBERS.iter().find(|(k, _)| *k == toks[p].w)).map(|n| n.1);
    n.unwrap_or(if plural { 3 } else { 1 })
}

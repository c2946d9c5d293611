//! Picking the characters out of a premise: splitting it into words, finding
//! creatures with their names and adjectives ("a brave bunny named Pip"),
//! bare names ("Mia and her dog"), pronouns, and the premise as a noun phrase.

use crate::text::{lower_first, title_case};
use crate::words::*;

/// One word of the premise.
pub struct Tok {
    pub raw: String,
    pub low: String,
    cap: bool,
    starts_sentence: bool,
    possessive: bool,
}

/// A character the premise mentions.
#[derive(Default)]
pub struct Character {
    pub name: Option<String>,
    pub kind: Option<(&'static str, Pron)>,
    pub adj: Option<String>,
}

pub fn tokenize(premise: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut starts_sentence = true;
    for chunk in premise.replace(['’', '‘'], "'").split_whitespace() {
        let word = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        let (word, possessive) = match word.strip_suffix("'s") {
            Some(w) => (w, true),
            None => (word, false),
        };
        if !word.is_empty() {
            let cap = word.chars().next().is_some_and(char::is_uppercase);
            toks.push(Tok { raw: word.to_string(), low: word.to_lowercase(), cap, starts_sentence, possessive });
            starts_sentence = false;
        }
        if chunk.ends_with(['.', '!', '?']) {
            starts_sentence = true;
        }
    }
    toks
}

fn creature(low: &str) -> Option<(&'static str, Pron)> {
    CREATURES.iter().find_map(|&(word, kind, pron)| {
        let plural = low == format!("{word}s")
            || low == format!("{word}es")
            || word.strip_suffix('y').is_some_and(|stem| low == format!("{stem}ies"));
        (low == word || plural).then_some((kind, pron))
    })
}

fn is_keyword(low: &str) -> bool {
    creature(low).is_some()
        || PLACES.iter().any(|p| p.words.contains(&low))
        || TREASURES.iter().any(|t| t.0.contains(&low))
        || TIMES.iter().any(|t| t.0 == low)
}

fn name_like(t: &Tok) -> bool {
    t.cap && t.raw.len() >= 2 && t.raw.chars().all(char::is_alphabetic) && !NOT_NAMES.contains(&t.low.as_str()) && !is_keyword(&t.low)
}

pub fn characters(toks: &[Tok]) -> Vec<Character> {
    let mut chars: Vec<Character> = Vec::new();
    let mut taken = vec![false; toks.len()];
    for i in 0..toks.len() {
        let t = &toks[i];
        if let Some(kind) = creature(&t.low) {
            let mut c = Character { kind: Some(kind), ..Character::default() };
            let next = toks.get(i + 1);
            if next.is_some_and(|n| n.low == "named" || n.low == "called") {
                if let Some(n) = toks.get(i + 2).filter(|n| n.raw.chars().all(char::is_alphabetic)) {
                    c.name = Some(title_case(&n.low));
                    taken[i + 2] = true;
                }
            } else if let Some(n) = next.filter(|n| name_like(n)) {
                c.name = Some(n.raw.clone());
                taken[i + 1] = true;
            } else if i >= 2 && toks[i - 1].low == "the" && name_like(&toks[i - 2]) {
                c.name = Some(toks[i - 2].raw.clone());
                if chars.last().is_some_and(|l| l.kind.is_none() && l.name == c.name) {
                    chars.pop();
                }
            }
            if let Some(p) = i.checked_sub(1).map(|p| &toks[p]) {
                let plain = !p.cap && p.low.len() >= 3 && p.low.chars().all(char::is_alphabetic);
                if plain && !NOT_ADJS.contains(&p.low.as_str()) && creature(&p.low).is_none() {
                    c.adj = Some(p.low.clone());
                }
            }
            chars.push(c);
        } else if !taken[i] && name_like(t) {
            let next = toks.get(i + 1);
            let accepted = if t.starts_sentence {
                t.possessive || next.is_none_or(|n| NAME_VERBS.contains(&n.low.as_str()))
            } else {
                let prev = toks.get(i.wrapping_sub(1)).map_or("", |p| p.low.as_str());
                !["to", "in", "at", "from", "of", "on", "into", "near", "visit", "visits"].contains(&prev)
            };
            if accepted {
                chars.push(Character { name: Some(t.raw.clone()), ..Character::default() });
            }
        }
    }
    chars
}

pub fn pronoun_in_text(toks: &[Tok]) -> Option<Pron> {
    let she = toks.iter().filter(|t| t.low == "she" || t.low == "her").count();
    let he = toks.iter().filter(|t| t.low == "he" || t.low == "him" || t.low == "his").count();
    match she.cmp(&he) {
        std::cmp::Ordering::Greater => Some(Pron::She),
        std::cmp::Ordering::Less => Some(Pron::He),
        std::cmp::Ordering::Equal => None,
    }
}

pub fn echo(premise: &str) -> Option<String> {
    let mut p = premise.trim().trim_end_matches(['.', '!', ' ']).to_string();
    for lead in [
        "tell me a story about ",
        "write a story about ",
        "make up a story about ",
        "a story about ",
        "story about ",
        "once upon a time there was ",
        "once upon a time, there was ",
    ] {
        if p.to_lowercase().starts_with(lead) {
            p = p[lead.len()..].to_string();
        }
    }
    let words: Vec<String> = p.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase()).collect();
    let first = words.first().map_or("", String::as_str);
    // A verb before any "who"/"that" means a sentence ("a bunny explores ..."), not a noun phrase.
    let mut head = words.iter().take_while(|w| !["who", "that", "which", "whose"].contains(&w.as_str()));
    let verb = head.any(|w| SENTENCE_VERBS.contains(&w.as_str()));
    let np = !verb && ["a", "an", "the", "two", "three", "some"].contains(&first);
    (np && p.len() <= 140 && !p.contains(['"', '\n'])).then(|| lower_first(&p))
}

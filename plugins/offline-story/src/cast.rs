//! Picking the characters out of a premise: splitting it into words, finding
//! creatures and people with their names and adjectives ("a brave bunny
//! named Pip", "my dog Max", "his owl friend Hoot"), groups ("two sisters",
//! "three friends", "twins"), bare names ("Mia, Leo and Sam"), the host's
//! "(starring …; with …)" note (read in `host_note.rs`), the hero's wish, and the premise as a noun phrase.

pub use crate::host_note::{HostNote, host_note};

use crate::text::{lower_first, title_case};
use crate::words::creatures::{Creature, creature, name_pron};
use crate::words::things::thing;
use crate::words::*;

/// One word of the premise.
pub struct Tok {
    pub raw: String,
    pub low: String,
    cap: bool,
    starts_sentence: bool,
    possessive: bool,
    comma: bool,
}

/// A character the premise mentions, before names and looks are chosen.
#[derive(Default, Clone)]
pub struct Character {
    pub name: Option<String>,
    pub creature: Option<&'static Creature>,
    pub adj: Option<String>,
    pub pron: Option<Pron>,
    /// One of a group whose kind is a person of either kind ("three friends").
    pub kid: bool,
    /// The child telling the story ("Grandma and me").
    pub me: bool,
}

/// The characters, and which words were read as names (never as things).
pub struct Reading {
    pub chars: Vec<Character>,
    pub names: Vec<bool>,
    /// What a group of the premise's characters are ("sisters", "twins", "friends").
    pub group: Option<&'static str>,
}

pub fn tokenize(premise: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut starts_sentence = true;
    for chunk in premise.replace(['’', '‘'], "'").split(|c: char| c.is_whitespace() || c == '-') {
        let word = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        let (word, possessive) = match word.strip_suffix("'s") {
            Some(w) => (w, true),
            None => (word, false),
        };
        if !word.is_empty() {
            let cap = word.chars().next().is_some_and(char::is_uppercase);
            let comma = chunk.ends_with([',', ';', ':']);
            toks.push(Tok { raw: word.to_string(), low: word.to_lowercase(), cap, starts_sentence, possessive, comma });
            starts_sentence = false;
        }
        if chunk.ends_with(['.', '!', '?']) {
            starts_sentence = true;
        }
    }
    toks
}

/// Words that are names more often than things when they start a premise.
const NAME_WORDS: &[&str] = &["star", "sky", "sunny", "bear", "pearl", "rose", "teddy", "max", "coco", "ginger", "pepper", "bean"];

/// Words after which a capitalised word is a thing, not a name.
const DETERMINERS: &[&str] = &["a", "an", "the", "my", "his", "her", "their", "our", "your", "this", "that"];

/// Group nouns that mean children: "three friends", "two kids".
const GROUP_NOUNS: &[&str] = &["friends", "kids", "children", "siblings", "cousins", "pals", "buddies", "twins", "explorers"];

fn is_keyword(low: &str) -> bool {
    creature(low).is_some()
        || thing(low).is_some()
        || PLACES.iter().any(|p| p.words.contains(&low))
        || TREASURES.iter().any(|t| t.0.contains(&low))
        || TIMES.iter().any(|t| t.0 == low)
}

fn plain_name(t: &Tok) -> bool {
    t.cap && t.raw.len() >= 2 && t.raw.chars().all(char::is_alphabetic) && !NOT_NAMES.contains(&t.low.as_str())
}

fn known_name(low: &str) -> bool {
    name_pron(low).is_some() || NAME_WORDS.contains(&low)
}

/// Whether token `i` names someone ("Max" in "my dog Max", "Bear" in "Mia and Bear").
fn is_name(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if !plain_name(t) || creature(&t.low).is_some_and(|(c, _)| c.title.is_some()) {
        return false;
    }
    let prev = i.checked_sub(1).and_then(|p| toks.get(p)).map_or("", |p| p.low.as_str());
    if t.starts_sentence {
        return !is_keyword(&t.low) || known_name(&t.low);
    }
    !DETERMINERS.contains(&prev)
}

/// Whether token `i` is a name in this position: mid-sentence any capitalised
/// name-like word (not after "the", "to", "in"…); at the start, one followed
/// by a verb, "and", a comma or "the <creature>" ("Pip the hedgehog").
fn name_here(toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if !is_name(toks, i) {
        return false;
    }
    let next = toks.get(i + 1);
    if t.starts_sentence {
        let the_kind = next.is_some_and(|n| n.low == "the") && toks.get(i + 2).is_some_and(|n| creature(&n.low).is_some());
        t.possessive || t.comma || the_kind || next.is_none_or(|n| NAME_VERBS.contains(&n.low.as_str()))
    } else {
        let prev = toks[i - 1].low.as_str();
        !["to", "in", "at", "from", "of", "on", "into", "near", "visit", "visits", "over", "across"].contains(&prev)
    }
}

fn number(low: &str) -> Option<usize> {
    match low {
        "two" | "both" | "twin" | "pair" => Some(2),
        "three" => Some(3),
        "four" => Some(4),
        "five" => Some(5),
        "six" => Some(6),
        _ => None,
    }
}

pub fn characters(toks: &[Tok]) -> Reading {
    let mut chars: Vec<Character> = Vec::new();
    let mut names = vec![false; toks.len()];
    let mut plural_kind = None;
    let mut group_word = None;
    // "five friends" are five: the counted group is everyone (up to six), else three at most.
    let mut counted = 3;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let prev = i.checked_sub(1).map_or("", |p| toks[p].low.as_str());
        // "two sisters", "three little pigs", "twins".
        let group = number(&t.low).map(|n| (n, i + 1)).or_else(|| (t.low == "twins").then_some((2, i)));
        if let Some((count, from)) = group {
            let noun = (from..toks.len().min(from + 3))
                .find(|&j| creature(&toks[j].low).is_some_and(|c| c.1) || GROUP_NOUNS.contains(&toks[j].low.as_str()));
            if let Some(j) = noun {
                let adj = (j > from).then(|| toks[j - 1].low.clone()).filter(|a| !NOT_ADJS.contains(&a.as_str()) && !is_keyword(a));
                let kind = creature(&toks[j].low).map(|c| c.0);
                group_word = Some(match (t.low.as_str(), toks[j].low.as_str()) {
                    ("twin" | "twins", _) | (_, "twins") => "twins",
                    (_, "sisters") => "sisters",
                    (_, "brothers") => "brothers",
                    (_, "cousins") => "cousins",
                    _ => "friends",
                });
                counted = counted.max(count);
                for _ in 0..count {
                    chars.push(Character { creature: kind, adj: adj.clone(), kid: kind.is_none(), ..Character::default() });
                }
                i = j + 1;
                continue;
            }
        }
        if ["his", "her"].contains(&t.low.as_str()) {
            let pron = if t.low == "his" { Pron::He } else { Pron::She };
            if let Some(owner) = chars.iter_mut().rev().find(|c| c.creature.is_none_or(|k| k.pron == Pron::They)) {
                owner.pron.get_or_insert(pron);
            }
        }
        // "Grandma and me": the child telling the story is in it too.
        if ["me", "i"].contains(&t.low.as_str()) && (prev == "and" || toks.get(i + 1).is_some_and(|n| n.low == "and")) {
            if !chars.iter().any(|c| c.me) {
                chars.push(Character { kid: true, me: true, ..Character::default() });
            }
            i += 1;
            continue;
        }
        // "twins build a snowman": what is built is a thing, not a character.
        let built = (1..=3).any(|k| {
            i.checked_sub(k)
                .is_some_and(|j| ["build", "builds", "built", "make", "makes", "made", "building"].contains(&toks[j].low.as_str()))
        });
        let found = creature(&t.low).filter(|_| !name_here(toks, i) && !built);
        match found {
            Some((kind, true)) => {
                plural_kind.get_or_insert(kind);
            }
            Some((kind, false)) => {
                let mut c = Character { creature: Some(kind), ..Character::default() };
                let next = toks.get(i + 1).map_or("", |n| n.low.as_str());
                let mut skip = 0;
                if next == "named" || next == "called" {
                    if let Some(n) = toks.get(i + 2).filter(|n| n.raw.chars().all(char::is_alphabetic)) {
                        c.name = Some(title_case(&n.low));
                        names[i + 2] = true;
                        skip = 2;
                    }
                } else if ["friend", "pal", "buddy"].contains(&next) && is_name(toks, i + 2) {
                    c.name = Some(toks[i + 2].raw.clone());
                    names[i + 2] = true;
                    skip = 2;
                } else if is_name(toks, i + 1) && !toks[i + 1].starts_sentence {
                    c.name = Some(toks[i + 1].raw.clone());
                    names[i + 1] = true;
                    skip = 1;
                } else if i >= 2 && (prev == "the" || (["a", "an"].contains(&prev) && toks[i - 2].comma)) && names[i - 2] {
                    // "Pip the hedgehog", "Shelly, a crab": the bare name read just before.
                    if chars.last().is_some_and(|l| l.creature.is_none() && l.name.as_deref() == Some(toks[i - 2].raw.as_str())) {
                        let bare = chars.pop().unwrap_or_default();
                        c.name = bare.name;
                        c.pron = bare.pron;
                    }
                }
                if let Some(p) = i.checked_sub(1).map(|p| &toks[p]) {
                    let plain = !p.cap && p.low.len() >= 3 && p.low.chars().all(char::is_alphabetic);
                    if plain && !NOT_ADJS.contains(&p.low.as_str()) && !is_keyword(&p.low) {
                        c.adj = Some(p.low.clone());
                    }
                }
                chars.push(c);
                i += 1 + skip;
                continue;
            }
            None if !names[i] && name_here(toks, i) => {
                names[i] = true;
                chars.push(Character { name: Some(t.raw.clone()), pron: name_pron(&t.low), ..Character::default() });
            }
            None => {}
        }
        i += 1;
    }
    if chars.is_empty()
        && let Some(kind) = plural_kind
    {
        chars.push(Character { creature: Some(kind), ..Character::default() });
    }
    // The same name twice ("Mia ... Mia's kite") is one character.
    let mut seen: Vec<String> = Vec::new();
    chars.retain(|c| match &c.name {
        Some(n) if seen.contains(n) => false,
        Some(n) => {
            seen.push(n.clone());
            true
        }
        None => true,
    });
    chars.truncate(counted);
    Reading { chars, names, group: group_word }
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

/// What the hero wants or learns: ("see the top of the lighthouse", learns).
pub fn wish(premise: &str) -> Option<(String, bool)> {
    let low = premise.to_lowercase();
    // (what the premise says, the verb its wish is told with, whether it is learnt).
    let leads = [
        (" wants to ", "", false),
        (" want to ", "", false),
        (" wanted to ", "", false),
        (" wishes to ", "", false),
        (" hopes to ", "", false),
        (" dreams of being ", "be ", false),
        (" learns to ", "", true),
        (" learn to ", "", true),
        (" learns how to ", "", true),
        // "a sleepy bunny looks for the moon": the search is the wish.
        (" looks for ", "find ", false),
        (" look for ", "find ", false),
        (" looking for ", "find ", false),
        (" searches for ", "find ", false),
        (" searching for ", "find ", false),
        (" hunts for ", "find ", false),
        // "a girl at the window watching snow": what she watches is the wish.
        (" watching ", "watch ", false),
        (" watches ", "watch ", false),
    ];
    let (at, lead, verb, learn) =
        leads.iter().filter_map(|(l, v, learn)| low.find(l).map(|at| (at, *l, *v, *learn))).min_by_key(|x| x.0)?;
    let rest = &premise[at + lead.len()..];
    let end = rest.find(['.', ',', ';', '(', '!', '?', ':']).unwrap_or(rest.len());
    // The time and the place said after it are the story's, not the wish's ("watching snow at night").
    let stops: &[&str] = if verb.is_empty() {
        &["but", "so", "because"]
    } else {
        &["but", "so", "because", "at", "in", "on", "tonight", "from", "through", "out", "with", "and"]
    };
    let words: Vec<&str> = rest[..end].split_whitespace().take_while(|w| !stops.contains(&w.to_lowercase().as_str())).take(10).collect();
    let the = match words.first().map(|w| w.to_lowercase()) {
        // "watching snow" → "watch the snow"; "looks for Mummy" keeps the name.
        Some(w) if !verb.is_empty() && words.len() == 1 && w == words[0] && !DETS.contains(&w.as_str()) => "the ",
        _ => "",
    };
    (!words.is_empty()).then(|| (format!("{verb}{the}{}", words.join(" ")), learn))
}

/// Words that already say which one ("the moon", "her teddy").
const DETS: &[&str] = &["a", "an", "the", "my", "his", "her", "their", "our", "your", "some", "its"];

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
    // "a dragon who is afraid of the dark learns to love the stars": a second verb in the
    // "who" part gets its "and" ("... of the dark and learns to love the stars").
    let mut out: Vec<&str> = Vec::new();
    let mut verbs = 0;
    let mut after_who = false;
    for word in p.split_whitespace() {
        let low = word.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase();
        if ["who", "that", "which"].contains(&low.as_str()) {
            after_who = true;
        } else if after_who
            && (SENTENCE_VERBS.contains(&low.as_str())
                || low.ends_with("s") && ["learns", "wants", "loves", "likes"].contains(&low.as_str()))
        {
            verbs += 1;
            if verbs > 1 && out.last().is_some_and(|w| !["and", "or", "to"].contains(&w.to_lowercase().as_str())) {
                out.push("and");
            }
        }
        out.push(word);
    }
    let p = out.join(" ");
    (np && p.len() <= 140 && !p.contains(['"', '\n'])).then(|| lower_first(&p))
}

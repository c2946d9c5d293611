//! Every word the storyteller's picture prompts use, decided (`words.txt`):
//! a thing the painter must draw, with the alt-text words that count for it,
//! or not (verbs, function words, and describing words the painter shows
//! elsewhere). A word missing from the table fails the check.

/// What kind of thing a thing-word names, for the miss counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    Person,
    Creature,
    Vehicle,
    Place,
    Object,
}

/// How a prompt word is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A thing to draw; the alt must hold the word itself or one of these phrases.
    Thing(Group, Vec<String>),
    /// Not a thing to draw.
    Other,
}

const TABLE: &str = include_str!("words.txt");

/// The table: each word (in its base form, see `prompt_words::base`) and its kind.
pub fn table() -> Vec<(String, Kind)> {
    let mut out = Vec::new();
    for line in TABLE.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let Some((label, rest)) = line.split_once(':') else { continue };
        let group = match label {
            "person" => Some(Group::Person),
            "creature" => Some(Group::Creature),
            "vehicle" => Some(Group::Vehicle),
            "place" => Some(Group::Place),
            "object" => Some(Group::Object),
            _ => None,
        };
        match group {
            Some(group) => {
                for entry in rest.split(',') {
                    let (word, also) = entry.split_once('=').unwrap_or((entry, ""));
                    let also = also.split('/').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect();
                    out.push((word.trim().to_string(), Kind::Thing(group, also)));
                }
            }
            None => out.extend(rest.split_whitespace().map(|w| (w.to_string(), Kind::Other))),
        }
    }
    out
}

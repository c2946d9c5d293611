//! A picture prompt's (or alt text's) words as the check compares them:
//! lower case, plurals and possessives brought to one base form ("lions'" →
//! "lion", "men" → "man"), and whether each is negated ("no rain", "the rain
//! stopped", "after the rain").

/// One word of a prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromptWord {
    pub base: String,
    pub negated: bool,
}

/// Plurals that do not just add "s".
const IRREGULAR: &[(&str, &str)] = &[
    ("men", "man"),
    ("women", "woman"),
    ("children", "child"),
    ("geese", "goose"),
    ("mice", "mouse"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("wolves", "wolf"),
    ("leaves", "leaf"),
    ("loaves", "loaf"),
    ("shelves", "shelf"),
    ("knives", "knife"),
    ("calves", "calf"),
    ("elves", "elf"),
    ("scarves", "scarf"),
    ("halves", "half"),
    ("fishes", "fish"),
    ("cookies", "cookie"),
    ("pies", "pie"),
    ("ties", "tie"),
    ("bonnies", "bonnie"),
];

/// Words that end in "s" but are not plurals.
const NOT_PLURAL: &[&str] = &[
    "glass",
    "grass",
    "dress",
    "moss",
    "cross",
    "bus",
    "octopus",
    "cactus",
    "walrus",
    "platypus",
    "this",
    "was",
    "is",
    "his",
    "has",
    "as",
    "its",
    "us",
    "yes",
    "moses",
    "jesus",
    "zacchaeus",
    "goliath",
    "always",
    "across",
    "overalls",
    "lens",
    "chess",
    "less",
    "mess",
    "dais",
    "oasis",
    "iris",
    "nas",
];

/// The one form a word is compared in.
pub fn base(word: &str) -> String {
    let w = word.to_lowercase();
    if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == w) {
        return (*one).to_string();
    }
    if NOT_PLURAL.contains(&w.as_str()) || w.len() <= 3 || w.ends_with("ss") {
        return w;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["ches", "shes", "xes", "zes", "sses"] {
        if w.ends_with(ending) {
            return w[..w.len() - 2].to_string();
        }
    }
    w.strip_suffix('s').map(str::to_string).unwrap_or(w)
}

/// The words of `text` in order, each in its base form.
pub fn bases(text: &str) -> Vec<String> {
    split(text).into_iter().map(|w| base(&w)).collect()
}

fn split(text: &str) -> Vec<String> {
    let text = text.to_lowercase().replace("'s ", " ").replace('’', "'");
    text.split(|c: char| !(c.is_alphabetic() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Words that negate the rest of their clause: "just after climbing into the wagon".
const PAST: &[&str] = &["after", "before"];
/// Words that negate what follows up to the next "and"/"with": "no rain".
const NEGATORS: &[&str] = &["no", "without", "not"];
/// Words that negate the word just before them: "the rain stopped".
const ENDERS: &[&str] = &["stopped", "gone", "ended"];

/// Whether the word at `at` in `prompt` is a character's name: capitalised,
/// and followed by ", a …" ("Max, a small dog").
fn is_name(prompt: &str, at: usize, word: &str) -> bool {
    let rest = prompt.get(at + word.len()..).unwrap_or("");
    word.starts_with(|c: char| c.is_uppercase()) && (rest.starts_with(", a ") || rest.starts_with(", an "))
}

/// The word tokens of `text` with their byte offsets.
fn tokens(text: &str) -> Vec<(usize, &str)> {
    let in_word = |c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’');
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (in_word(c), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    out.retain(|(_, t)| t.chars().any(char::is_alphabetic));
    out
}

/// The words of a picture prompt, each with whether it is negated; names are left out.
pub fn prompt_words(prompt: &str) -> Vec<PromptWord> {
    let mut out = Vec::new();
    let mut offset = 0;
    for clause in prompt.split_inclusive([',', ';', '.', '(', ')']) {
        let mut past = false;
        let mut negating = false;
        let tokens = tokens(clause);
        for (i, &(at, token)) in tokens.iter().enumerate() {
            let word = split(token).into_iter().next().unwrap_or_default();
            if PAST.contains(&word.as_str()) {
                past = true;
                continue;
            }
            if NEGATORS.contains(&word.as_str()) {
                negating = true;
                continue;
            }
            if matches!(word.as_str(), "and" | "with" | "or") {
                negating = false;
            }
            if is_name(prompt, offset + at, token) {
                continue;
            }
            let ended = tokens.get(i + 1).is_some_and(|(_, next)| ENDERS.contains(&next.to_lowercase().as_str()));
            out.push(PromptWord { base: base(&word), negated: past || negating || ended });
        }
        offset += clause.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::prompt_words;

    fn negated(prompt: &str, word: &str) -> Option<bool> {
        prompt_words(prompt).into_iter().find(|w| w.base == word).map(|w| w.negated)
    }

    #[test]
    fn negations_past_actions_and_names_are_read() {
        assert_eq!(negated("a hill with no rain", "rain"), Some(true));
        assert_eq!(negated("a hill after the rain, a rainbow", "rain"), Some(true));
        assert_eq!(negated("the rain stopped over the hill", "rain"), Some(true));
        assert_eq!(negated("a hill in the rain", "rain"), Some(false));
        assert_eq!(negated("a castle, just after climbing into the wagon, at night", "wagon"), Some(true));
        assert_eq!(negated("a castle, just after climbing into the wagon, at night", "castle"), Some(false));
        assert_eq!(negated("Max, a small dog, and Star, a bunny", "max"), None);
        assert_eq!(negated("a bunny under a star", "star"), Some(false));
        assert_eq!(negated("three lions' paws", "lion"), Some(false));
    }
}

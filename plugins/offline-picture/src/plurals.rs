//! Plurals: the singular of a plural word the painter knows ("mice",
//! "bunnies", "loaves", "a crowd" of people), and the plural a description
//! says. Re-exported by `catalog.rs`.

use crate::catalog::entry;

/// Plurals that do not just add "s" or "es".
const IRREGULAR: &[(&str, &str)] = &[
    ("mice", "mouse"),
    ("children", "child"),
    ("women", "woman"),
    ("men", "man"),
    ("geese", "goose"),
    ("wolves", "wolf"),
    ("shelves", "shelf"),
    ("people", "person"),
    ("crowd", "person"),
    ("crowds", "person"),
    ("family", "person"),
    ("families", "person"),
    ("teeth", "tooth"),
    ("loaves", "bread"),
    ("kids", "kid"),
    ("fishermen", "fisherman"),
    ("wise men", "wise man"),
    ("magi", "wise man"),
    ("fish to eat", "fish to eat"),
    ("baskets of bread", "basket of bread"),
    ("baskets of fish", "basket of fish"),
];

/// Nouns that are the same in the plural: a prompt's "sheep" may be many.
pub const SAME_PLURAL: &[&str] = &["sheep", "fish", "deer", "bread", "grain", "honey", "seaweed", "light", "armour"];

/// The singular of a plural word, when the singular is a known noun.
pub fn singular(word: &str) -> Option<&'static str> {
    if let Some((_, one)) = IRREGULAR.iter().find(|(many, _)| *many == word) {
        return entry(one).map(|e| e.0);
    }
    let tries = [
        word.strip_suffix("ies").map(|s| format!("{s}y")),
        word.strip_suffix("es").map(str::to_string),
        word.strip_suffix('s').map(str::to_string),
    ];
    tries.into_iter().flatten().find_map(|s| entry(&s).map(|e| e.0))
}

/// The plural a description uses.
pub fn plural(noun: &str) -> String {
    if let Some((many, _)) = IRREGULAR.iter().find(|(_, one)| *one == noun) {
        return (*many).to_string();
    }
    if SAME_PLURAL.contains(&noun) {
        return noun.to_string();
    }
    if let Some(stem) = noun.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        return format!("{stem}ies");
    }
    if noun.ends_with("sh") || noun.ends_with("ch") || noun.ends_with('x') || noun.ends_with('s') {
        return format!("{noun}es");
    }
    format!("{noun}s")
}

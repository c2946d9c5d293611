//! The things a scene's words are about are in its picture prompt too (the
//! painter draws only what the prompt says): the fishing rods when they fish,
//! the lighthouse keeper and the twisty stairs inside, the zoo keeper, the
//! ice-cream stand, a lantern, a wagon, a diving mask, a map held up high.

/// (words of the text, words the picture must already have, what the picture adds).
const SHOWN: &[(&[&str], &[&str], &str)] = &[
    (&["fishing", "fishing rod", "fishing rods"], &["fishing rod"], "with fishing rods, their lines in the water"),
    (&["lighthouse keeper", "white beard"], &["keeper"], "with the kind old lighthouse keeper, who has a white beard"),
    (&["twisty stairs", "the stairs", "stairs went round"], &["stairs"], "on the twisty stairs inside the lighthouse"),
    (&["zoo keeper", "the keeper"], &["keeper"], "with the friendly zoo keeper in a green uniform"),
    (&["ice-cream stand", "ice cream"], &["ice cream", "ice-cream"], "beside an ice-cream stand, with ice creams in their hands"),
    (&["lantern"], &["lantern"], "with a glowing lantern"),
    (&["wagon"], &["wagon"], "with a little wooden wagon"),
    (&["diving mask"], &["diving mask"], "one of them wearing a diving mask"),
    (&["map up high", "held the map", "held up the map"], &["map"], "holding the map up high"),
    (&["map into", "tucked the map", "map safely in"], &["bag"], "with the map tucked safely into a bag"),
];

/// Sentences about something not there: wished for, feared, or only thought about.
const NOT_THERE: &[&str] = &["wanted to", "wants to", "wish", "thinking about", "scared of", "afraid of", "maybe", "if "];

/// The picture prompt with what the scene's `text` names and the prompt leaves out, before its closing words.
pub fn add(prompt: &str, text: &str) -> String {
    let there: String = text
        .split_inclusive(['.', '!', '?'])
        .filter(|s| !NOT_THERE.iter().any(|n| s.to_lowercase().contains(n)))
        .collect::<String>()
        .to_lowercase();
    let low = prompt.to_lowercase();
    let missing: Vec<&str> = SHOWN
        .iter()
        .filter(|(told, has, _)| told.iter().any(|t| there.contains(t)) && !has.iter().any(|h| low.contains(h)))
        .map(|(_, _, shown)| *shown)
        .collect();
    if missing.is_empty() {
        return prompt.to_string();
    }
    let clause = missing.join(", ");
    match prompt.rfind(", soft picture-book illustration") {
        Some(at) => format!("{}, {clause}{}", &prompt[..at], &prompt[at..]),
        None => format!("{}, {clause}.", prompt.trim_end().trim_end_matches('.')),
    }
}

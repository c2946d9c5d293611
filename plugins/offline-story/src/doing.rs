//! The choice taken, as a picture's action: "Dance a happy little dance" →
//! "dancing a happy little dance", "Have a snack and make a plan" → "having
//! a snack and making a plan", so each scene's picture shows what the child
//! chose, not only the event it continues.

/// Short verbs whose last letter doubles before "-ing" ("hop" → "hopping").
const DOUBLED: &[&str] = &[
    "stop", "hop", "sit", "put", "swim", "run", "skip", "hug", "clap", "pat", "dig", "nod", "wag", "chat", "drop", "get", "jog", "tap",
    "spin", "win", "plan", "grab", "hum", "nap", "dip", "zip", "step", "drum", "set", "cut", "let", "shut", "hit", "beg",
];

/// Verbs that may follow "and" in a choice ("… and make a plan").
const SECOND: &[&str] = &["make", "look", "wave", "listen", "count", "get", "go", "say", "sing", "dance", "share", "watch", "wait", "rest"];

/// "dance" → "dancing", "hop" → "hopping", "lie" → "lying", "look" → "looking".
pub fn ing(verb: &str) -> String {
    let low = verb.to_lowercase();
    match low.as_str() {
        "lie" => return "lying".into(),
        "be" => return "being".into(),
        "see" | "flee" | "agree" => return format!("{low}ing"),
        _ => {}
    }
    if DOUBLED.contains(&low.as_str()) {
        let last = low.chars().next_back().map(String::from).unwrap_or_default();
        return format!("{low}{last}ing");
    }
    match low.strip_suffix('e') {
        Some(stem) if !stem.ends_with(['e', 'o', 'y']) && !stem.is_empty() => format!("{stem}ing"),
        _ => format!("{low}ing"),
    }
}

/// The choice as a doing: its first word and any verb after "and" made "-ing";
/// None for a question or an empty choice.
pub fn doing(choice: &str) -> Option<String> {
    let choice = choice.trim().trim_end_matches(['.', '!']);
    if choice.is_empty() || choice.ends_with('?') {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    let mut after_and = false;
    for (i, word) in choice.split_whitespace().enumerate() {
        let low = word.to_lowercase();
        let verb = i == 0 || (after_and && SECOND.contains(&low.as_str()));
        out.push(if verb { ing(word) } else { word.to_string() });
        after_and = low == "and";
    }
    Some(out.join(" "))
}

/// The choice as the picture says it: the friend's name is "each other" (the cast is named already).
pub fn shown(p: &crate::premise::Premise, choice: &str) -> Option<String> {
    doing(choice).map(|d| d.replace(&format!(" {}", p.friend().name), " each other").replace(" together", ""))
}

#[cfg(test)]
mod tests {
    use super::doing;

    #[test]
    fn a_choice_becomes_a_doing() {
        assert_eq!(doing("Dance a happy little dance").as_deref(), Some("dancing a happy little dance"));
        assert_eq!(doing("Have a snack and make a plan").as_deref(), Some("having a snack and making a plan"));
        assert_eq!(doing("Make footprints in the moon dust").as_deref(), Some("making footprints in the moon dust"));
        assert_eq!(doing("Snuggle under a soft blanket").as_deref(), Some("snuggling under a soft blanket"));
        assert_eq!(doing("Stop and look all around").as_deref(), Some("stopping and looking all around"));
        assert_eq!(doing("Set off with it right away").as_deref(), Some("setting off with it right away"));
        assert_eq!(doing("Why is the sky blue?"), None);
    }
}

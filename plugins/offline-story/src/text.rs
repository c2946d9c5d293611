//! Small text helpers: filling `{key}` templates, fixing capital letters at
//! sentence starts, articles ("a"/"an"), mending joined fragments, and
//! turning a choice into a phrase.

/// Replace every `{key}` in `template` with `lookup(key)`. Unknown keys are
/// left out so a gap never shows braces to a child.
pub fn fill(template: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                if let Some(value) = lookup(&after[..close]) {
                    out.push_str(&value);
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// One of the written variants of each `[a|b|c]` group in `template`, chosen
/// by the story's `seed` (each group on its own), so a stock line is not told
/// word for word in every story. A template without brackets comes back as is.
pub fn vary(template: &str, seed: u64) -> String {
    let mut out = String::with_capacity(template.len());
    let (mut rest, mut k) = (template, 0u64);
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) => {
                let options: Vec<&str> = after[..close].split('|').collect();
                let at = storyloom_plugin_sdk::rng::fnv1a(seed.wrapping_add(k), &after.as_bytes()[..close]) as usize;
                out.push_str(options.get(at % options.len().max(1)).copied().unwrap_or(""));
                rest = &after[close + 1..];
                k += 1;
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Uppercase the first letter of the text and of every sentence in it
/// (after `.`, `!` or `?` and a space, skipping opening quotes). A closing
/// quote does not end a sentence, so `"Ooh!" said Hoot` keeps its small "said".
pub fn sentence_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut capitalise = true;
    let mut prev_end = false;
    let mut last = ' ';
    for ch in text.chars() {
        if capitalise && ch.is_alphabetic() {
            out.extend(ch.to_uppercase());
            capitalise = false;
            prev_end = false;
            continue;
        }
        if ch.is_alphanumeric() {
            capitalise = false;
        }
        if prev_end && ch == ' ' {
            capitalise = true;
        }
        // An ellipsis ("Step... step...") is a pause, not the end of a sentence.
        prev_end = matches!(ch, '!' | '?') || (ch == '.' && last != '.');
        last = ch;
        out.push(ch);
    }
    out
}

/// Uppercase the first letter only.
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Lowercase the first letter only.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// "a" or "an" for the word that follows ("an owl", "a unicorn", "an hour").
pub fn article(word: &str) -> &'static str {
    let low = word.to_lowercase();
    if ["uni", "use", "usu", "eu", "one", "once", "uk"].iter().any(|p| low.starts_with(p)) {
        return "a";
    }
    if ["hour", "honest", "heir"].iter().any(|p| low.starts_with(p)) {
        return "an";
    }
    match low.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// Mend what joining fragments can break: doubled words ("the the"), the
/// wrong article ("a owl"), and doubled spaces.
pub fn tidy(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, word) in words.iter().enumerate() {
        let bare = |w: &str| w.chars().all(char::is_alphabetic);
        if i > 0 && bare(word) && bare(words[i - 1]) && word.eq_ignore_ascii_case(words[i - 1]) {
            continue;
        }
        let next = words.get(i + 1).map(|n| n.trim_start_matches(|c: char| !c.is_alphanumeric())).unwrap_or("");
        let fixed = match *word {
            "a" | "an" if !next.is_empty() => article(next).to_string(),
            "A" | "An" if !next.is_empty() => upper_first(article(next)),
            _ => word.to_string(),
        };
        out.push(fixed);
    }
    out.join(" ")
}

/// Title Case every word ("moonlit garden" → "Moonlit Garden").
pub fn title_case(s: &str) -> String {
    s.split(' ').map(upper_first).collect::<Vec<_>>().join(" ")
}

/// Words a title keeps in lower case unless they start it.
const SMALL_WORDS: &[&str] = &["and", "or", "the", "a", "an", "of", "in", "on", "to", "with", "at", "for", "by", "from", "under", "over"];

/// A title's casing: every word starts with a capital but the small words
/// ("and", "the", "of"…), which stay lower case unless they come first; the
/// rest of each word is kept as written, so names keep their own case
/// ("Dot and the yellow and blue kite" → "Dot and the Yellow and Blue Kite").
pub fn headline(s: &str) -> String {
    s.split(' ')
        .enumerate()
        .map(|(i, w)| {
            let low = w.to_lowercase();
            if i > 0 && SMALL_WORDS.contains(&low.as_str()) { low } else { upper_first(w) }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a typed word reads as a word (or a name), not keyboard mashing
/// ("asdfgh", "qwerty", "zzzz"): it has a vowel, no five consonants in a
/// row, no run of five keys along a keyboard row, no letter three times running.
pub fn looks_like_a_word(word: &str) -> bool {
    let low: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    if low.is_empty() {
        return false;
    }
    let vowel = |c: &char| "aeiouy".contains(*c);
    let mut run = 0;
    for c in &low {
        run = if vowel(c) { 0 } else { run + 1 };
        if run >= 5 {
            return false;
        }
    }
    let text: String = low.iter().collect();
    let rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    let mashed = rows.iter().any(|row| (0..row.len().saturating_sub(4)).any(|i| text.contains(&row[i..i + 5])));
    let tripled = low.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
    low.iter().any(vowel) && !mashed && !tripled
}

/// Words that cannot start an imperative choice ("decided to ...").
const NOT_VERBS: &[&str] = &[
    "i", "we", "you", "he", "she", "they", "it", "the", "a", "an", "my", "our", "what", "why", "how", "where", "who", "when", "if",
    "maybe", "don't", "do", "no", "yes", "is", "are", "can",
];

/// Turn a choice ("Follow the glowing footprints!") into the end of a
/// sentence: `Some("follow the glowing footprints")` when it reads as an
/// imperative, `None` when it should be quoted instead.
pub fn choice_as_action(choice: &str) -> Option<String> {
    let trimmed = choice.trim().trim_end_matches(['.', '!', ' ']);
    let trimmed = trimmed.strip_prefix("Let's ").or_else(|| trimmed.strip_prefix("let's ")).unwrap_or(trimmed);
    if trimmed.is_empty() || trimmed.ends_with('?') || trimmed.contains('"') {
        return None;
    }
    let mut words = trimmed.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    if NOT_VERBS.contains(&first.as_str()) || !first.chars().all(|c| c.is_alphabetic()) {
        return None;
    }
    // "Pip finds a unicorn", "the dragon is sleepy": a statement someone typed, not a thing to do.
    let second = words.next().unwrap_or_default();
    // "Give Bubbles a hug": a capitalised second word is a name, not a verb ending in "s".
    let named = trimmed.split_whitespace().nth(1).is_some_and(|w| w.starts_with(char::is_uppercase));
    let statement =
        (!named && second.len() > 2 && second.ends_with('s') && !second.ends_with("ss") && !STILL_ACTIONS.contains(&second.as_str()))
            || ["is", "was", "are", "were", "has", "had"].contains(&second.as_str());
    if statement {
        return None;
    }
    Some(lower_first(trimmed))
}

/// Second words ending in "s" that still follow a verb ("Walk towards…", "Hug his friend").
const STILL_ACTIONS: &[&str] = &[
    "hands",
    "turns",
    "towards",
    "backwards",
    "forwards",
    "upwards",
    "downwards",
    "upstairs",
    "downstairs",
    "outdoors",
    "indoors",
    "always",
    "sideways",
    "this",
    "his",
    "its",
    "hers",
    "ours",
    "yours",
    "theirs",
    "perhaps",
    "besides",
    "whiskers",
    "rocks",
    "stars",
    "flowers",
    "leaves",
    "shells",
    "berries",
    "clues",
    "footprints",
    "bubbles",
    "friends",
    "lots",
    "pebbles",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_and_drops_unknown() {
        let f = |k: &str| (k == "name").then(|| "Pip".to_string());
        assert_eq!(fill("Hi {name}, {nope}!", &f), "Hi Pip, !");
        assert_eq!(fill("open { brace", &f), "open { brace");
    }

    #[test]
    fn typed_statements_are_not_read_as_actions() {
        assert_eq!(choice_as_action("Pip finds a unicorn"), None);
        assert_eq!(choice_as_action("The dragon is sleepy"), None);
        assert_eq!(choice_as_action("Give Bubbles a big hug").as_deref(), Some("give Bubbles a big hug"));
        assert_eq!(choice_as_action("Tiptoe carefully around the mushrooms").as_deref(), Some("tiptoe carefully around the mushrooms"));
        assert_eq!(choice_as_action("Bounce across the big mushrooms").as_deref(), Some("bounce across the big mushrooms"));
        assert_eq!(choice_as_action("Walk towards the light").as_deref(), Some("walk towards the light"));
        assert_eq!(choice_as_action("Count stars with Hoot").as_deref(), Some("count stars with Hoot"));
    }

    #[test]
    fn capitalises_sentences() {
        assert_eq!(sentence_case("hello. \"yes!\" she said. ok"), "Hello. \"Yes!\" she said. Ok");
        assert_eq!(sentence_case("step... step... step."), "Step... step... step.");
        assert_eq!(sentence_case("\"ooh!\" said Hoot. \"look!\""), "\"Ooh!\" said Hoot. \"Look!\"");
    }

    #[test]
    fn choices_become_actions() {
        assert_eq!(choice_as_action("Follow the glowing footprints."), Some("follow the glowing footprints".into()));
        assert_eq!(choice_as_action("Let's go home!"), Some("go home".into()));
        assert_eq!(choice_as_action("What is that?"), None);
        assert_eq!(choice_as_action("I want cake"), None);
    }

    #[test]
    fn keyboard_mashing_is_not_a_word() {
        for mashed in ["asdfgh", "qwerty", "zxcvb", "hjkl", "zzzz", "xkcdfgt"] {
            assert!(!looks_like_a_word(mashed), "{mashed}");
        }
        for word in ["dinosaurs", "liberty", "strength", "Zorp", "pizza", "rhythm"] {
            assert!(looks_like_a_word(word), "{word}");
        }
    }

    #[test]
    fn articles() {
        assert_eq!(article("owl"), "an");
        assert_eq!(article("bunny"), "a");
        assert_eq!(article("unicorn"), "a");
        assert_eq!(tidy("Pip saw a owl and the the moon.  A apple"), "Pip saw an owl and the moon. An apple");
    }
}

//! A family's own typed idea woven into a Bible story as one real sentence
//! of it: a hope, a wondering or a listener's point of view, in the child's
//! own words in quotes, with their names and "I" capitalised and their
//! capitals kept; a question is wondered about, and a long idea is never
//! pasted in (the story says a listener had a whole idea of their own).

use super::Story;
use crate::text::upper_first;

/// More words than this and the idea is not quoted.
const LONGEST: usize = 14;

/// Sentences for a short idea, one per scene number in turn: `{idea}` is the idea in the child's words.
const SAID: &[&str] = &[
    "Perhaps you are thinking, “{idea}.” What a lovely thought! Now let's hear what {hero} did next.",
    "{Hero} wondered about it too: “{idea}?” It was a lovely thing to wonder, and God knew the answer all along.",
    "If you had been there, you might have said, “{idea}!” {Hero} would have smiled to hear it.",
    "Someone listening to this story once said, “{idea}.” {Hero} would have smiled to hear it. Now, here is what happened.",
];

/// A wish or a feeling of the child's own ("I want…", "I would…").
const WISHED: &str = "Someone listening said, “{idea}.” {Hero} would have been glad to hear it, because God loves every wish we share.";

/// A question.
const ASKED: &str = "“{idea}?” {Hero} might have wondered that too. It is a good question to bring to God, who always listens.";

/// A long idea, not pasted in.
const LONG: &str =
    "Someone listening had a whole big idea of their own to add to the story. {Hero} would have listened to every word, and so does God.";

/// The idea's words cleaned: no braces or quote marks, single spaces, no end marks, shouting lowered,
/// and the story's names and "I" capitalised ("jesus goes to zacchaeus house" → "Jesus goes to Zacchaeus house").
fn cleaned(story: &Story, typed: &str) -> String {
    let words: String = typed.chars().filter(|c| !matches!(c, '{' | '}' | '“' | '”' | '"')).collect();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words.trim_end_matches(['.', '!', '?', ',', ';', ':', ' ']);
    let letters: Vec<char> = words.chars().filter(|c| c.is_alphabetic()).collect();
    let shouted = letters.len() > 3 && letters.iter().filter(|c| c.is_uppercase()).count() * 10 > letters.len() * 6;
    let words = if shouted { words.to_lowercase() } else { words.to_string() };
    let hero = story.hero.to_lowercase();
    let named = |w: &str| {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        // Any Bible person's name ("zacchaeus" typed in another story too).
        bare == hero
            || bare == "god"
            || super::stories().any(|s| s.hero.eq_ignore_ascii_case(&bare) || s.names.iter().any(|n| !n.contains(' ') && *n == bare))
    };
    let out: Vec<String> = words
        .split(' ')
        .map(|w| match w {
            "i" | "i'm" | "i'll" | "i'd" | "i've" => upper_first(w),
            _ if named(w) => upper_first(w),
            _ => w.to_string(),
        })
        .collect();
    upper_first(&out.join(" "))
}

/// The sentence that weaves the family's typed idea into scene `n`; in the
/// story of God making the world, everyone there feels and wonders with the child.
pub fn woven(story: &Story, typed: &str, n: u32) -> String {
    let template = chosen(story, typed, n);
    let hero = if story.hero == "God" { "everyone there" } else { story.hero };
    template.replace("{Hero}", &upper_first(hero)).replace("{hero}", hero)
}

/// The template for the typed idea, with the idea in it.
fn chosen(story: &Story, typed: &str, n: u32) -> String {
    let idea = cleaned(story, typed);
    if idea.split_whitespace().count() > LONGEST {
        return LONG.to_string();
    }
    let first = idea.split_whitespace().next().unwrap_or("").to_lowercase();
    let template = if typed.trim_end().ends_with('?') {
        ASKED
    } else if ["i", "i'd", "i'm", "i'll", "we"].contains(&first.as_str()) {
        WISHED
    } else {
        SAID.get(n as usize % SAID.len()).copied().unwrap_or(WISHED)
    };
    template.replace("{idea}", &idea)
}

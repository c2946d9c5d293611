//! Which Bible story a premise asks for: the one it names, else one of the
//! closest in meaning, else any, chosen by the seed; and the host's note in
//! the premise (the family's names, a bedtime story).

use super::{EMPTY, Story, stories};
use storyloom_plugin_sdk::rng::Rng;

/// The premise without the host's "(bedtime; starring …; with …)" note, and the family names from that note.
fn split_family(premise: &str) -> (String, Option<String>) {
    let note = crate::cast::host_note(premise);
    let names = crate::premise::and_list(&note.starring);
    (note.base, (!names.is_empty()).then_some(names))
}

/// Whether the host asked for a bedtime story.
pub(super) fn bedtime(premise: &str) -> bool {
    crate::cast::host_note(premise).bedtime
}

/// " noah builds a big boat " in lower case, and the same with plurals made singular.
fn word_lines(premise: &str) -> (String, String) {
    let clean: String = premise
        .chars()
        .filter(|c| *c != '\'' && *c != '’')
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect();
    let words: Vec<&str> = clean.split_whitespace().collect();
    let single: Vec<&str> =
        words.iter().map(|w| if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") { &w[..w.len() - 1] } else { w }).collect();
    (format!(" {} ", words.join(" ")), format!(" {} ", single.join(" ")))
}

/// How close a story is to the premise: a named story far above any theme.
/// A name several stories share ("jesus") says less than one only this
/// story has ("peter"), so "Jesus and Peter on the lake" is Peter's story.
fn score(story: &Story, lines: &(String, String)) -> usize {
    // Names are matched word for word ("shepherds" is the nativity, "shepherd" the lost sheep); themes also in the singular.
    let named = |k: &str| lines.0.contains(&format!(" {k} "));
    let close = |k: &str| named(k) || lines.1.contains(&format!(" {k} "));
    let weight = |k: &&str| if stories().filter(|s| s.names.contains(k)).count() > 1 { 100 } else { 1000 };
    story.names.iter().filter(|k| named(k)).map(weight).sum::<usize>() + story.themes.iter().filter(|k| close(k)).count()
}

/// Whether the premise names any story's name.
fn names_a_story(lines: &(String, String)) -> bool {
    stories().any(|s| s.names.iter().any(|k| lines.0.contains(&format!(" {k} "))))
}

/// The story a premise asks for: the one it names (ties broken by the
/// seed), else one of the closest in meaning (every story within one theme
/// word of the best, chosen by the seed, so "being brave" is not always
/// Daniel), else any story, chosen by the seed.
pub fn pick_story(premise: &str, seed: u64) -> &'static Story {
    let mut lines = word_lines(&split_family(premise).0);
    // Nothing named: the nearest things a story has for what no story is about ("spaceship" is close to the stars).
    if !names_a_story(&lines) {
        lines = (super::honest::with_near_words(&lines.0), super::honest::with_near_words(&lines.1));
    }
    let all: Vec<&'static Story> = stories().collect();
    let best = all.iter().map(|s| score(s, &lines)).max().unwrap_or(0);
    let close = |s: usize| if best >= 100 { s == best } else { s == best || (s > 0 && s + 1 >= best) };
    let closest: Vec<&'static Story> = all.iter().copied().filter(|s| close(score(s, &lines))).collect();
    let mut rng = Rng::new(seed ^ 0x7374_6f72_7900);
    rng.pick(&closest).or(all.first()).copied().unwrap_or(&EMPTY)
}

/// The one honest sentence scene 1 opens with when the premise names no
/// Bible story or person and comes close to none; `None` when it does.
pub(super) fn not_in_the_bible(premise: &str, story: &Story) -> Option<String> {
    let base = split_family(premise).0;
    let lines = word_lines(&base);
    // Close to no story, or about something no story is about ("dinosaurs", "a rocket").
    let close = stories().any(|s| score(s, &lines) > 0);
    let elsewhere = super::honest::with_near_words(&lines.0) != lines.0;
    if names_a_story(&lines) || (close && !elsewhere) { None } else { super::honest::sentence(&base, story) }
}

/// "Ana, Ben and Dad": the names to greet, from the premise's "(starring …)".
pub(super) fn family(premise: &str) -> Option<String> {
    split_family(premise).1
}

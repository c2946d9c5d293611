//! Tests of the verses as read aloud: each quoted once in curly quotes with
//! the WEB's own words, never shared between beats, and short.

use super::quote;
use super::tests::is_reference;
use super::{extra, stories};
use std::collections::HashSet;

#[test]
fn verses_are_quoted_once_in_curly_quotes() {
    let words = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    let verses = stories().flat_map(|s| s.beats.iter().map(|b| (b.verse, b.reference)));
    for (verse, reference) in verses.chain(extra::REFLECTIONS.iter().map(|r| (r.verse, r.reference))) {
        let shown = quote(verse, reference);
        let (text, _) = shown.rsplit_once(" (").unwrap_or_else(|| panic!("{shown}"));
        assert!(text.starts_with('“') && text.ends_with('”') && !text.contains('"'), "{shown}");
        assert!(!text.contains("““") && !text.contains("””") && !text.contains("‘‘"), "{shown}");
        assert_eq!(words(text), words(verse), "the WEB's words change: {shown}");
        // Balanced: every “ closed, never a ” before its “.
        let mut depth = 0i32;
        for c in text.chars() {
            depth += match c {
                '“' => 1,
                '”' => -1,
                _ => 0,
            };
            assert!(depth >= 0, "{shown}");
        }
        assert_eq!(depth, 0, "{shown}");
    }
    let shown_as = |verse: &str| quote(verse, "X 1:1").trim_end_matches(" (X 1:1, WEB)").to_string();
    let jonah = "“Arise, go to Nineveh, that great city, and preach against it, for their wickedness has come up before me.”";
    assert_eq!(shown_as(jonah), jonah, "a whole speech gets no second pair");
    assert_eq!(shown_as("God said, “Let there be light,” and there was light."), "“God said, ‘Let there be light,’ and there was light.”");
    assert_eq!(shown_as("He said, “A certain man had two sons."), "“He said, ‘A certain man had two sons.’”");
    assert_eq!(
        shown_as("For the Son of Man came to seek and to save that which was lost.”"),
        "“For the Son of Man came to seek and to save that which was lost.”"
    );
    assert_eq!(
        shown_as("for this, my son, was dead, and is alive again. He was lost, and is found.’ Then they began to celebrate."),
        "“for this, my son, was dead, and is alive again. He was lost, and is found. Then they began to celebrate.”"
    );
    assert_eq!(
        shown_as(
            "But when he came to himself he said, ‘How many hired servants of my father’s have bread enough to spare, and I’m dying with hunger!"
        ),
        "“But when he came to himself he said, ‘How many hired servants of my father’s have bread enough to spare, and I’m dying with hunger!’”"
    );
    assert_eq!(
        shown_as("In the beginning, God created the heavens and the earth."),
        "“In the beginning, God created the heavens and the earth.”"
    );
}

#[test]
fn verses_are_not_shared_and_quotes_are_short() {
    let mut seen = HashSet::new();
    for story in stories() {
        for b in story.beats {
            assert!(is_reference(b.reference), "{}", b.reference);
            assert!(seen.insert(b.reference), "{} used twice", b.reference);
            assert!(b.verse.len() < 280, "{} is long", b.reference);
            assert!(b.text.split(". ").count() <= 6, "{}: too many sentences", b.reference);
        }
    }
    for r in extra::REFLECTIONS {
        assert!(is_reference(r.reference) && seen.insert(r.reference), "{}", r.reference);
    }
    // A choice names the beat it follows (where the story is after it): never two beats' or a reflective one's.
    for story in stories() {
        let mut choices: HashSet<&str> = extra::CHOICES.iter().map(|c| c.0).collect();
        for c in story.beats.iter().flat_map(|b| b.choices) {
            assert!(choices.insert(c.0), "{}: {:?} twice", story.title, c.0);
        }
    }
}

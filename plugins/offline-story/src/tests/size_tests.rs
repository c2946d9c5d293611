//! A creature is drawn the size the story calls it: "a little dragon" is a
//! small dragon in every picture prompt, not the big one dragons usually are.

use super::premise_tests::play;
use crate::words::looks::size;

#[test]
fn a_size_word_wins_over_the_kinds_usual_size() {
    assert_eq!(size("dragon", Some("little")), "small");
    assert_eq!(size("elephant", Some("tiny")), "small");
    assert_eq!(size("mouse", Some("huge")), "big");
    assert_eq!(size("dragon", Some("purple")), "big", "a colour says nothing of size");
    assert_eq!(size("dragon", None), "big");
    assert_eq!(size("crab", None), "small");
}

/// Every picture prompt of stories about a creature that is usually big.
fn prompts(premise: &str) -> Vec<String> {
    (1..=6u64).flat_map(|seed| play(premise, seed, 4, seed as usize)).map(|s| s.image_prompt).collect()
}

#[test]
fn a_little_hero_is_small_in_every_picture() {
    // The text calls a hero with no word of its own "a little dragon" (the newcomer's dragon stories).
    for premise in ["a dragon who is scared of the dark", "a little dragon who wants to fly", "a tiny elephant at the seaside"] {
        let kind = if premise.contains("elephant") { "elephant" } else { "dragon" };
        for prompt in prompts(premise) {
            assert!(!prompt.contains(&format!("big {kind}")), "{premise}: {prompt}");
            assert_eq!(look_size(&prompt, kind), Some("small"), "{premise}: the hero is drawn small: {prompt}");
        }
    }
}

/// The size word of the look of `kind` in a picture prompt ("a small blue dragon with …").
fn look_size(prompt: &str, kind: &str) -> Option<&'static str> {
    let at = prompt.find(&format!(" {kind} with "))?;
    let before = &prompt[..at];
    let look = &before[before.rfind(", a ").or_else(|| before.rfind("a "))?..];
    ["small", "big"].into_iter().find(|size| look.contains(size))
}

#[test]
fn a_big_friend_stays_big() {
    let mut seen = 0;
    for prompt in prompts("a bunny and her friend the dragon go to the castle") {
        if let Some(size) = look_size(&prompt, "dragon") {
            assert_eq!(size, "big", "the friend dragon, with no size word, is big: {prompt}");
            seen += 1;
        }
    }
    assert!(seen > 0, "the friend dragon is in the pictures");
}

//! Typed choices become the scene's event (a whale gives a ride), an unkind
//! idea is turned gently, unreadable text is a made-up magic word, and
//! a single named character keeps their own pronoun (no "Luna made up their mind").

use super::premise_tests::{play, scene};
use crate::premise::Premise;

const BEACH: &str = "a seal named Pepper and a crab named Pickle at the beach";

fn after(typed: &str, seed: u64) -> crate::story::Scene {
    scene(BEACH, seed, &[typed.to_string()], 2, 5)
}

#[test]
fn a_typed_wish_becomes_the_scene_and_its_picture() {
    for seed in 0..8 {
        let s = after("I want to ride the whale", seed);
        let first = s.text.split("\n\n").next().unwrap_or("");
        assert!(first.contains("a whale came by") && first.contains("Off they went"), "{}", s.text);
        assert!(!s.text.contains("I want") && !s.text.contains("ride the whale!"), "{}", s.text);
        // The whale leads the picture (issue 17).
        assert!(s.image_prompt.starts_with("A friendly whale giving Pepper"), "{}", s.image_prompt);
        let s = after("find a golden key", seed);
        assert!(s.text.contains("there it was: a golden key!") && s.image_prompt.contains("finding a golden key"), "{}", s.text);
        let s = after("Pickle flies to the moon", seed);
        assert!(s.text.contains("Pickle took a big breath") && s.text.contains("all the way to the moon"), "{}", s.text);
    }
}

#[test]
fn an_unkind_idea_is_turned_gently_never_cheered() {
    for seed in 0..8 {
        for typed in ["the seal gets angry and bites the crab", "Pepper hits Pickle", "steal the crab's shell"] {
            let s = after(typed, seed);
            let low = s.text.to_lowercase();
            for cheer in ["grinned", "what luck", "hooray", "bites pickle", "good idea", "splendid"] {
                assert!(!low.contains(cheer), "{typed}: {cheer}: {}", s.text);
            }
            assert!(low.contains("took a deep breath") && low.contains("sorry"), "{typed}: {}", s.text);
            assert!(s.image_prompt.contains("gentle hug"), "{}", s.image_prompt);
        }
        let s = after("the seal gets angry and bites the crab", seed);
        assert!(s.text.starts_with("Pepper felt cross") && s.text.contains("But biting hurts, so Pepper"), "{}", s.text);
        let s = after("a scary monster comes", seed);
        assert!(s.text.contains("brave together") && !s.text.contains("monster comes"), "{}", s.text);
    }
}

#[test]
fn unreadable_text_is_a_made_up_magic_word_not_a_pasted_idea() {
    let s = after("asdfgh qwerty", 1);
    assert!(s.text.starts_with("Pepper made up a brand-new magic word") && s.text.contains("\"Asdfgh qwerty!\""), "{}", s.text);
    assert!(!s.text.contains("had an idea"), "{}", s.text);
    assert!(s.text.ends_with('?') && !s.choices.is_empty(), "{}", s.text);
}

/// Sentences where one named character is followed by "their" in the same clause.
fn their_after_one_name(text: &str, names: &[String]) -> Vec<String> {
    let mut bad = Vec::new();
    for clause in text.split(['.', '!', '?', ',', ':', '"']) {
        for n in names {
            if let Some(at) = clause.find(&format!("{n} ")) {
                let rest = &clause[at + n.len()..];
                let one = !rest.contains(" and ") && !rest.contains("they") && !clause[..at].trim_end().ends_with("and");
                if one && (rest.contains(" their mind") || rest.contains(" their eyes") || rest.contains(" their ")) {
                    bad.push(clause.trim().to_string());
                }
            }
        }
    }
    bad
}

#[test]
fn a_named_character_keeps_their_own_pronoun_and_never_asks_themselves() {
    let premises = [
        "two sisters build a cardboard rocket and fly to the moon",
        "a girl named Luna who wants to fly",
        "Luna and her friend Poppy go to the forest",
        "three friends go to the forest",
        "a little crab who wants to see the top of the lighthouse",
        "a brave bunny named Pip explores a moonlit garden",
    ];
    let mut failures = Vec::new();
    for premise in premises {
        for seed in 0..12 {
            let p = Premise::read(premise, seed);
            let names: Vec<String> = p.cast.iter().map(|m| m.name.clone()).collect();
            for pick in 0..3 {
                for s in play(premise, seed, 6, pick) {
                    for bad in their_after_one_name(&s.text, &names) {
                        failures.push(format!("{premise} seed {seed}: {bad}"));
                    }
                    for n in &names {
                        if s.text.contains(&format!("went to ask {n}")) && s.text.contains(&format!("said {n}. Together")) {
                            failures.push(format!("{premise} seed {seed}: {n} asks themselves: {}", s.text));
                        }
                    }
                    if s.text.contains("whispered") && s.text.contains("\" they whispered") {
                        failures.push(format!("{premise} seed {seed}: they whispered: {}", s.text));
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(15)].join("\n"));
}

/// `cargo test -p offline-story -- --ignored --nocapture show_typed_story` to read a story with typed choices.
#[test]
#[ignore]
fn show_typed_story() {
    let premise = "a little crab who wants to see the top of the lighthouse";
    for s in super::repeat_tests::play_told(premise, 3, 5, 0, Some((2, "I want to ride the whale"))) {
        println!("=== {} ===\n{}\n[picture] {}\n[choices] {:?}\n", s.title, s.text, s.image_prompt, s.choices);
    }
}

/// A typed question in the Bible tier is quoted once, with its question mark inside the quotes.
#[test]
fn a_typed_bible_question_has_one_pair_of_quotes() {
    for seed in 0..3 {
        let scenes =
            super::repeat_tests::play_tier("Noah builds a big boat", "bible", seed, 3, 0, Some((2, "Can the dove bring back a leaf?")));
        let asked = &scenes[2].text;
        assert!(asked.contains("“Can the dove bring back a leaf?”"), "{asked}");
        assert!(!asked.contains("““") && !asked.contains("”?”"), "{asked}");
    }
}

//! Small text glitches a parent reading aloud trips on, checked over many
//! premises, seeds and choices: a line said by "someone", "went to" with an
//! action after it ("went to make up a silly rhyme"), a helper who "stayed to
//! help" with nothing to help with, and empty filler ("Everywhere X looked,
//! there was something new to see").

use super::repeat_tests::play_told;
use super::stock_tests::MANY;

/// Words that may follow "went to": places and seeing, never an action ("went to hold out a leaf").
const AFTER_WENT_TO: &[&str] =
    &["see", "find", "meet", "visit", "look", "sleep", "bed", "the", "a", "an", "live", "explore", "say", "their", "his", "her", "school"];

/// Scene 1 of a story of 3 scenes.
fn first_scene(premise: &str, seed: u64) -> String {
    let hints = crate::story::Hints { premise, path: &[], scene_number: 1, target_scenes: 3, told: &[] };
    crate::story::write_scene_seeded(hints, seed).text
}

/// Every scene text of many stories, with where it came from.
fn many_stories() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for premise in MANY {
        for seed in 0..6 {
            for (pick, target) in [(0, 3), (1, 5), (2, 4), (3, 6)] {
                for s in play_told(premise, seed, target, pick, None) {
                    out.push((format!("{premise} seed {seed} pick {pick}"), s.text));
                }
            }
        }
    }
    out
}

#[test]
fn nobody_speaks_as_someone_and_nobody_went_to_do_an_action() {
    let mut bad = Vec::new();
    for (here, text) in many_stories() {
        if text.contains("said someone") {
            bad.push(format!("{here}: said someone"));
        }
        for (i, _) in text.match_indices("went to ") {
            let next = text[i + 8..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if !AFTER_WENT_TO.contains(&next.to_lowercase().as_str()) {
                bad.push(format!("{here}: went to {next}…"));
            }
        }
        if text.contains("something new to see") {
            bad.push(format!("{here}: empty filler: {text}"));
        }
    }
    bad.dedup();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn a_typed_friend_met_does_not_stay_to_help_with_nothing_to_help() {
    for typed in ["Meet a friendly alien", "Visit the wise old owl", "Meet a friendly robot"] {
        for premise in [MANY[0], MANY[2], MANY[5], MANY[7]] {
            for seed in 0..4 {
                for s in play_told(premise, seed, 4, 1, Some((2, typed))) {
                    assert!(!s.text.contains("stayed to help"), "{premise} seed {seed}, typed {typed:?}: {}", s.text);
                }
            }
        }
    }
}

#[test]
fn scene_one_invents_no_hobby_the_story_never_comes_back_to() {
    for premise in MANY {
        for seed in 0..24 {
            let first = first_scene(premise, seed);
            for hobby in crate::words::HOBBIES {
                assert!(!first.contains(hobby), "{premise} seed {seed}: {hobby}: {first}");
            }
        }
    }
}

#[test]
fn a_hero_who_lives_at_the_place_does_not_set_off_for_it() {
    for premise in ["a little crab who lives by a lighthouse", "a bunny who lives in the forest", "a penguin who lives in the snow"] {
        for seed in 0..12 {
            let first = first_scene(premise, seed);
            for going in ["all the way to", "set off to explore", "were going to"] {
                assert!(!first.contains(going), "{premise} seed {seed}: {going}: {first}");
            }
        }
    }
}

#[test]
fn a_discovery_fits_its_place_no_tree_inside_a_castle() {
    use crate::plan::{INDOORS, OUTDOOR_WORDS};
    let mut checked = 0;
    for premise in
        ["a sleepy bunny wants to find the moon (bedtime)", "purple", "a brave little mouse", "a kitten who wants to find a friend"]
    {
        for seed in 0..40 {
            let p = crate::premise::Premise::read(premise, seed);
            if !INDOORS.contains(&p.place.title) {
                continue;
            }
            checked += 1;
            let first = first_scene(premise, seed).to_lowercase();
            // The discovery's own sentences, not the treasure it might lead to ("the missing rainbow crayon").
            let hook = first.split("\n\n").last().unwrap_or("").split("could it").next().unwrap_or("");
            for word in OUTDOOR_WORDS {
                assert!(!hook.contains(word), "{premise} seed {seed} in {}: {word}: {hook}", p.place.title);
            }
        }
    }
    assert!(checked > 5, "only {checked} stories indoors");
}

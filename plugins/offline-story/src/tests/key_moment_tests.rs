//! The picture shows the scene's key moment (issue 17, round 8): the whale
//! ride in the sea even when the ending tells it, the rocket half-built while
//! it is being made, the cloud staircase as a staircase; a window story goes
//! back to the window; a map story goes down to the sea once.

use super::repeat_tests::play_told;

#[test]
fn the_key_moment_is_in_the_picture() {
    let crab = "a little crab wants to climb to the top of the lighthouse";
    for seed in 0..6 {
        for target in [3, 5] {
            for s in play_told(crab, seed, target, 0, Some((2, "I want to ride a whale"))) {
                if s.text.contains("Off they went on its back") {
                    assert!(s.image_prompt.contains("a ride on its back, swimming through the sea waves"), "{}", s.image_prompt);
                }
            }
            for pick in 0..3 {
                for s in play_told("two sisters build a cardboard rocket and fly to the moon", seed, target, pick, None) {
                    if s.text.contains("They cut and folded") {
                        assert!(s.image_prompt.contains("half-built cardboard rocket"), "{}", s.image_prompt);
                    }
                }
                for s in play_told("a dragon who is afraid of the dark", seed, target, pick, None) {
                    if s.text.contains("staircase made of fluffy white clouds") {
                        assert!(s.image_prompt.contains("staircase of fluffy white clouds curling up"), "{}", s.image_prompt);
                    }
                }
            }
        }
    }
}

#[test]
fn a_window_story_goes_back_to_the_window_in_every_middle_scene() {
    for premise in ["a girl at the window watching snow at night", "A girl at the window watching snow at night (bedtime)"] {
        for seed in 0..6 {
            for (target, pick) in [(3, 0), (5, 1), (5, 2)] {
                let scenes = play_told(premise, seed, target, pick, None);
                for s in &scenes[1..scenes.len() - 1] {
                    let low = s.text.to_lowercase();
                    assert!(low.contains("window") && low.contains("snow"), "{premise} seed {seed}: no snow at the window:\n{}", s.text);
                    assert!(s.image_prompt.contains("snowflakes falling outside the big window"), "{}", s.image_prompt);
                }
            }
        }
    }
}

#[test]
fn a_map_story_goes_down_to_the_sea_once() {
    for premise in ["a dog finds a treasure map under the sea", "a mermaid finds an old paper map of the bottom of the sea"] {
        for seed in 0..6 {
            for (target, pick) in [(3, 2), (5, 2), (3, 0), (5, 1)] {
                let scenes = play_told(premise, seed, target, pick, None);
                for s in &scenes {
                    assert!(s.text.matches("bottom of the sea").count() <= 1, "{premise} seed {seed}: said twice:\n{}", s.text);
                }
                for s in &scenes[1..] {
                    assert!(!s.text.contains("Off they went to the bottom of the sea"), "{premise} seed {seed}: down again:\n{}", s.text);
                }
            }
        }
    }
}

//! The goal met "at last" never contradicts the scenes before it: a wish to
//! see the snow in a story set in the snow from scene 1 is not pictured from
//! afar nor reached "at last", and the dark does not "come at last" in a
//! story told at night from its first line.

use super::repeat_tests::play_told;
use crate::premise::Premise;

#[test]
fn a_wish_met_from_the_first_scene_is_never_dreamed_of_or_reached_at_last() {
    let mut checked = 0;
    for premise in ["a girl who wants to see the snow", "a boy who wants to see the snow", "a little fox who wants to see the snow"] {
        for seed in 0..10 {
            // Only a story set in the snow from scene 1 (the premise places it there).
            let p = Premise::read(premise, seed);
            if p.place.title != "Snow" {
                continue;
            }
            checked += 1;
            for (pick, target) in [(0, 5), (1, 4), (2, 3), (3, 6)] {
                for (i, s) in play_told(premise, seed, target, pick, None).iter().enumerate().skip(1) {
                    for bad in ["pictured it", "got to see the snow", "what it would be like to see"] {
                        assert!(!s.text.contains(bad), "{premise} seed {seed} scene {}: {bad}: {}", i + 1, s.text);
                    }
                }
            }
        }
    }
    assert!(checked > 10, "only {checked} stories in the snow");
}

#[test]
fn the_dark_does_not_come_at_last_in_a_story_already_at_night() {
    let mut checked = 0;
    for premise in ["a dragon who is afraid of the dark", "a bunny who is scared of the dark", "a little owl afraid of the dark at night"] {
        for seed in 0..16 {
            for (pick, target) in [(0, 5), (1, 4), (2, 3)] {
                let scenes = play_told(premise, seed, target, pick, None);
                let Some((last, before)) = scenes.split_last() else { continue };
                if !before.iter().any(|s| s.text.to_lowercase().contains("night")) {
                    continue;
                }
                checked += 1;
                assert!(!last.text.contains("came at last"), "{premise} seed {seed}: {}", last.text);
            }
        }
    }
    assert!(checked > 10, "only {checked} stories at night");
}

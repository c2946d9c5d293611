//! The picture shows the scene's key moment (issue 17, round 8): the whale
//! ride in the sea even when the ending tells it, the rocket half-built while
//! it is being made, the cloud staircase as a staircase.

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

//! A promise is kept (round 12): a helper who promises to show or give
//! something comes back and does it before the story ends, never vanishing.

use super::repeat_tests::play_told;

/// Promises as helpers say them, and the helper who must come back after saying it.
const PROMISES: &[(&str, &str)] = &[
    ("I'll show you something wonderful", "fox"),
    ("Let me show you the way", "cloud"),
    ("I'll give you a ride", "bear"),
    ("I know a secret place", "comet"),
    ("Want to see my spaceship", "spaceship"),
    ("I will help you when you need me most", "map"),
    ("the Moon Fox always knows the way", "Moon Fox"),
];

/// Premises whose first scene is a discovery with a helper.
const PREMISES: &[&str] = &[
    "a dragon who is afraid of the dark",
    "a brave bunny named Pip explores a moonlit garden",
    "a rocket trip to the moon",
    "Dinosaurs!",
    "",
    "a little girl who wants to find the way home in a snowy forest",
    "Leo's first trip to space",
];

#[test]
fn a_helper_who_promises_comes_back_and_does_it_before_the_end() {
    let (mut made, mut broken) = (0, Vec::new());
    for premise in PREMISES {
        for seed in 0..8 {
            for target in [2, 3, 4, 6] {
                for pick in 0..4 {
                    let scenes = play_told(premise, seed, target, pick, None);
                    let story: String = scenes.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n\n");
                    for (promise, helper) in PROMISES {
                        let Some(at) = story.find(promise) else { continue };
                        made += 1;
                        // After the promise's own sentence, the helper is back.
                        let after = &story[at + promise.len()..];
                        let next = after.find(['.', '!', '?']).map_or("", |end| &after[end..]);
                        if !next.contains(helper) {
                            broken.push(format!("{premise:?} seed {seed} target {target} pick {pick}: {promise:?}\n{story}"));
                        }
                    }
                }
            }
        }
    }
    assert!(made > 20, "only {made} promises made: the test no longer sees them");
    assert!(broken.is_empty(), "{} of {made} promises broken:\n{}", broken.len(), broken.join("\n\n"));
}

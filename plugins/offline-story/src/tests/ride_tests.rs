//! A typed ride ("Ask the whale for a ride") is drawn: the scene's picture
//! names the whale and the hero riding on its back, in the ending of a short
//! story too, and never another of the cast as the mount.

use super::repeat_tests::play_told;
use crate::premise::Premise;

#[test]
fn a_typed_whale_ride_is_drawn_with_the_hero_on_its_back() {
    let mut failures = Vec::new();
    for premise in ["a little crab who wants to see the top of the lighthouse", "a little crab wants to climb to the top of the lighthouse"]
    {
        for seed in 0..10 {
            let hero = Premise::read(premise, seed).cast.first().map(|m| m.kind).unwrap_or("crab");
            for target in [3, 4, 5] {
                for typed in ["Ask the whale for a ride", "Ride the whale"] {
                    let scenes = play_told(premise, seed, target, 0, Some((2, typed)));
                    let prompt = scenes.get(2).map(|s| s.image_prompt.to_lowercase()).unwrap_or_default();
                    let ok = prompt.contains("whale") && prompt.contains(&format!("{hero} riding on the whale's back"));
                    if !ok {
                        failures.push(format!("{premise} seed {seed} of {target}, typed {typed}: {prompt}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.iter().take(6).cloned().collect::<Vec<_>>().join("\n\n"));
}

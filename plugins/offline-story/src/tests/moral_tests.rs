//! The ending's lesson fits the story: a hunt that was never scary does not
//! end on "Being brave is easier with a friend".

use super::premise_tests::play;

/// Premises with nothing scary in them.
const UNAFRAID: &[&str] = &[
    "a fox finds a bell",
    "a pirate looking for treasure on an island",
    "a brave bunny named Pip explores a moonlit garden",
    "a kitten explores the farm",
    "a rocket trip to the moon",
    "",
];

#[test]
fn a_story_that_was_never_scary_does_not_end_on_being_brave() {
    let (mut wrong, mut stories) = (Vec::new(), 0);
    for premise in UNAFRAID {
        for seed in 0..8 {
            for pick in 0..3 {
                stories += 1;
                let story = play(premise, seed, 4, pick);
                let all = story.iter().map(|s| s.text.to_lowercase()).collect::<Vec<_>>().join(" ");
                let scary = ["scared", "afraid", "scary", "frightened"].iter().any(|w| all.contains(w));
                if !scary && all.contains("being brave is easier") {
                    wrong.push(format!("{premise:?} / {seed} / {pick}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {stories} stories end on being brave:\n{}", wrong.len(), wrong.join("\n"));
}

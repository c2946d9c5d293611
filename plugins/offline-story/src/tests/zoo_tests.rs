//! A zoo story whose wish is to see all the animals never says it came true
//! "at last" after only two: the rest of the animals are seen, by name, first.

use super::premise_tests::play;

#[test]
fn all_the_animals_are_only_seen_once_they_are_named() {
    let (mut wrong, mut stories) = (Vec::new(), 0);
    for premise in ["we go to the zoo", "a day at the zoo", "a kitten visits the zoo"] {
        for seed in 0..6 {
            for (pick, target) in [(0, 3), (1, 4), (2, 5)] {
                stories += 1;
                let story = play(premise, seed, target, pick);
                let end = &story[story.len() - 1].text;
                if end.contains("see all the animals!") || end.contains("seen them all") && !end.contains("zebras") {
                    wrong.push(format!("{premise} / {seed} / {pick}: {end}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {stories} zoo stories:\n{}", wrong.len(), wrong.join("\n\n"));
}

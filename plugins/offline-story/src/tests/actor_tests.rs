//! Who acts after a choice: the child chooses for the hero, so the hero
//! decides (a group of friends takes turns), and the one a choice names
//! ("Say something kind to Theo") is the one who reacts.

use super::repeat_tests::play_told;
use crate::premise::Premise;

const PREMISES: &[&str] = &[
    "five friends visit the zoo",
    "a dragon who is afraid of the dark",
    "a little crab who wants to see the top of the lighthouse",
    "a penguin who wants to fly a kite",
    "a brave bunny named Pip explores a moonlit garden",
    "Mia and her dog Rex go to the beach",
    "two sisters build a cardboard rocket and fly to the moon",
    "a girl named Ivy wants to watch the snow from the big window at night with her squirrel",
];

/// The one who decides in a scene's first paragraph, if its decision names one.
fn decider<'a>(first: &str, cast: &'a [String]) -> Option<&'a String> {
    cast.iter().find(|n| {
        [
            format!("{n} decided"),
            format!("said {n}, and so they did"),
            format!("{n} thought for a moment"),
            format!("said {n}. \"We'll"),
            format!("So {n} made up"),
            format!("{n} had an idea"),
            format!("{n} knew just what"),
        ]
        .iter()
        .any(|d| {
            first.starts_with(d.as_str())
                || first.contains(&format!("\"I know,\" {d}"))
                || (d.starts_with("said") && first.contains(d.as_str()))
        })
    })
}

fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric()).collect()
}

#[test]
fn the_one_who_chose_acts_and_the_one_addressed_reacts() {
    let mut failures = Vec::new();
    for premise in PREMISES {
        for seed in 0..8 {
            let p = Premise::read(premise, seed);
            let cast: Vec<String> = p.cast.iter().map(|m| m.name.clone()).collect();
            let Some(hero) = cast.first() else { continue };
            for pick in 0..4 {
                for target in [3, 5] {
                    let scenes = play_told(premise, seed, target, pick, None);
                    for i in 1..scenes.len() {
                        let prev = &scenes[i - 1].choices;
                        let Some(label) = prev.get(pick % prev.len().max(1)) else { continue };
                        let first = scenes[i].text.split("\n\n").next().unwrap_or("");
                        let here = format!("{premise} seed {seed} pick {pick} of {target} scene {}: {label}\n{first}", i + 1);
                        let addressed: Vec<&String> = cast.iter().filter(|n| *n != hero && words(label).contains(&n.as_str())).collect();
                        match decider(first, &cast) {
                            Some(d) if addressed.contains(&d) => failures.push(format!("the one addressed decides: {here}")),
                            Some(d) if d != hero && (!p.is_group() || !addressed.is_empty()) => {
                                failures.push(format!("{d} decides, not the hero {hero}: {here}"))
                            }
                            _ => {}
                        }
                        // Only the hero and the one addressed act in the choice's outcome.
                        if !addressed.is_empty() {
                            let others: Vec<&String> = cast
                                .iter()
                                .filter(|n| *n != hero && !addressed.contains(n) && words(first).contains(&n.as_str()))
                                .collect();
                            if !others.is_empty() {
                                failures.push(format!("{others:?} act in a choice about {addressed:?}: {here}"));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.iter().take(12).cloned().collect::<Vec<_>>().join("\n\n"));
}

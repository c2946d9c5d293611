//! Stock lines across stories: over many premises and seeds, no sentence
//! (its characters' names masked) is told in more than a third of the stories.

use super::repeat_tests::play_told;
use crate::premise::Premise;
use std::collections::{BTreeMap, BTreeSet};

pub(super) const MANY: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a little crab who wants to see the top of the lighthouse",
    "a sleepy bunny wants to find the moon (bedtime)",
    "a dragon who is afraid of the dark",
    "a girl named Ivy wants to watch the snow from the big window at night with her squirrel",
    "five friends visit the zoo",
    "a penguin who wants to fly a kite",
    "a brave bunny named Pip explores a moonlit garden",
    "Mia and her dog Rex go to the beach",
    "a pirate looking for treasure on an island",
    "a little girl who wants to find the way home in a snowy forest",
    "a firefly and a squirrel play in the sunny meadow",
];

/// A story's sentences with the cast's names masked; questions to the child are left out.
fn masked(text: &str, names: &[String]) -> BTreeSet<String> {
    text.split_inclusive(['.', '!', '?'])
        .map(|s| {
            let words: Vec<&str> = s
                .split(' ')
                .map(|w| if names.iter().any(|n| w.trim_matches(|c: char| !c.is_alphanumeric()) == n) { "X" } else { w })
                .collect();
            words.join(" ").trim().trim_matches('"').trim().to_lowercase()
        })
        .filter(|s| s.split_whitespace().count() > 4 && !s.ends_with('?'))
        .collect()
}

#[test]
fn no_sentence_is_told_in_more_than_a_third_of_stories() {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut stories = 0;
    for premise in MANY {
        for seed in 0..6 {
            for (pick, target) in [(0, 3), (1, 5), (2, 4)] {
                let seed = seed * 7 + pick as u64;
                let scenes = play_told(premise, seed, target, pick, None);
                let names: Vec<String> = Premise::read(premise, seed).cast.iter().map(|m| m.name.clone()).collect();
                let told: BTreeSet<String> = scenes.iter().flat_map(|s| masked(&s.text, &names)).collect();
                for s in told {
                    *counts.entry(s).or_default() += 1;
                }
                stories += 1;
            }
        }
    }
    let mut over: Vec<(usize, String)> = counts.into_iter().filter(|(_, n)| n * 3 > stories).map(|(s, n)| (n, s)).collect();
    over.sort_unstable_by(|a, b| b.cmp(a));
    assert!(over.is_empty(), "of {stories} stories:\n{}", over.iter().map(|(n, s)| format!("{n}: {s}")).collect::<Vec<_>>().join("\n"));
}

//! Stock lines across stories: over many premises and seeds, no sentence
//! (its characters' names masked) is told in more than a quarter of the stories.

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
fn no_sentence_is_told_in_more_than_a_quarter_of_stories() {
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
    let mut over: Vec<(usize, String)> = counts.into_iter().filter(|(_, n)| n * 4 > stories).map(|(s, n)| (n, s)).collect();
    over.sort_unstable_by(|a, b| b.cmp(a));
    assert!(over.is_empty(), "of {stories} stories:\n{}", over.iter().map(|(n, s)| format!("{n}: {s}")).collect::<Vec<_>>().join("\n"));
}

/// The stock lines a newcomer heard word for word in story after story: each now has written variants chosen by seed.
const HEARD_TOO_OFTEN: &[&str] = &[
    "had an idea, and it was a good one",
    "grinned from ear to ear",
    "did a happy little twirl",
    "they laughed until their tummies hurt",
    "drew a wiggly map with a stick",
    "painted the sky pink and gold",
    "none of it would have been half as much fun",
    "smiled the biggest smile",
    "whispered the plan into",
    "wanted to remember it for ever and ever",
    "and it was time to sleep",
    "soon everyone was fast asleep, smiling",
];

#[test]
fn the_stock_lines_heard_in_story_after_story_are_in_few_stories_now() {
    let mut counts = vec![0usize; HEARD_TOO_OFTEN.len()];
    let mut stories = 0;
    for premise in MANY {
        for seed in 0..8 {
            for (pick, target) in [(0, 3), (1, 5), (2, 4), (3, 6)] {
                let text: String =
                    play_told(premise, seed * 5 + pick as u64, target, pick, None).iter().map(|s| s.text.to_lowercase()).collect();
                for (i, line) in HEARD_TOO_OFTEN.iter().enumerate() {
                    counts[i] += usize::from(text.contains(line));
                }
                assert!(!text.contains(['[', ']', '|']), "{premise}: a variant left unchosen: {text}");
                stories += 1;
            }
        }
    }
    let over: Vec<String> =
        HEARD_TOO_OFTEN.iter().zip(&counts).filter(|(_, n)| **n * 12 > stories).map(|(l, n)| format!("{n}: {l}")).collect();
    assert!(over.is_empty(), "of {stories} stories:\n{}", over.join("\n"));
}

//! Variety across stories (issue 17, round 8): invented names change with the
//! story's seed (one seed still gives one story) and are never a place's word;
//! stock lines are varied by seed and fit the scene (no "best day" at night).

use super::repeat_tests::play_told;
use crate::premise::Premise;

const NAMED_BY_US: &[&str] = &[
    "a sleepy bunny wants to find the moon (bedtime)",
    "a dragon who is afraid of the dark",
    "a little crab wants to climb to the top of the lighthouse",
    "a firefly and a squirrel play in the sunny meadow",
    "a bunny climbs a mountain",
];

#[test]
fn invented_names_vary_by_seed_and_are_never_places() {
    for premise in NAMED_BY_US {
        let mut heroes = std::collections::BTreeSet::new();
        for seed in 0..60 {
            let p = Premise::read(premise, seed);
            let again = Premise::read(premise, seed);
            for (m, n) in p.cast.iter().zip(&again.cast) {
                assert_eq!(m.name, n.name, "one seed, one story");
                assert!(!crate::words::place_word(&m.name), "{premise} seed {seed}: {} is a place's word", m.name);
                let title = p.title();
                let place_words = p.place.name.split(' ').chain(title.rsplit(" the ").next().unwrap_or("").split(' '));
                assert!(place_words.clone().all(|w| w != m.name), "{premise}: {} in {title}", m.name);
            }
            heroes.extend(p.cast.first().map(|m| m.name.clone()));
        }
        assert!(heroes.len() >= 24, "{premise}: only {} names over 60 seeds: {heroes:?}", heroes.len());
    }
}

const STORIES: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a little crab wants to climb to the top of the lighthouse",
    "a sleepy bunny wants to find the moon (bedtime)",
    "a dragon who is afraid of the dark",
    "a girl watches the snow from the window at night",
    "a pirate looking for treasure on an island",
    "a brave bunny named Pip explores a moonlit garden",
];

#[test]
fn no_stock_line_is_in_every_story_and_sea_creatures_sleep_in_the_sea() {
    let banned = [
        "laughed too",
        "only one thing for it",
        "heart full of wonder",
        "even better than a dream",
        "Good friends make everything easier",
        "very best of friends",
        "another adventure tomorrow",
    ];
    let mut closings = std::collections::BTreeMap::<String, usize>::new();
    let mut stories = 0;
    for premise in STORIES {
        for seed in 0..6 {
            for target in [3, 5] {
                let scenes = play_told(premise, seed, target, seed as usize % 3, None);
                let all = scenes.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n");
                for line in banned {
                    assert!(!all.contains(line), "{premise} seed {seed}: {line:?} in\n{all}");
                }
                let last = scenes.last().map(|s| s.text.clone()).unwrap_or_default();
                if premise.contains("crab") {
                    assert!(!last.contains("in bed") && !last.contains(" bed "), "a crab is not in a bed: {last}");
                }
                let closing = last.rsplit("\n\n").next().unwrap_or("").split(['.', '!']).nth(1).unwrap_or("").trim().to_string();
                *closings.entry(closing).or_default() += 1;
                stories += 1;
            }
        }
    }
    // No closing sentence in more than a third of the stories.
    for (line, n) in &closings {
        assert!(*n * 3 <= stories, "{n} of {stories} stories close with {line:?}");
    }
}

#[test]
fn a_story_at_night_has_no_best_day() {
    for premise in
        ["a girl at the window watching snow at night", "a brave bunny named Pip explores a moonlit garden", "an owl flies at midnight"]
    {
        for seed in 0..8 {
            for pick in 0..3 {
                for s in play_told(premise, seed, 5, pick, None) {
                    assert!(!s.text.contains("Best day ever") && !s.text.contains("good day"), "{premise} seed {seed}: {}", s.text);
                }
            }
        }
    }
}

#[test]
fn two_premises_told_with_one_seed_seldom_share_an_invented_name() {
    let mut premises: Vec<&str> = STORIES.iter().chain(NAMED_BY_US).copied().collect();
    premises.sort_unstable();
    premises.dedup();
    let (mut pairs, mut shared, mut examples) = (0, 0, Vec::new());
    for seed in 0..40 {
        // The names the storyteller invented (not the premise's own), with their creature.
        let names: Vec<Vec<(String, &str)>> = premises
            .iter()
            .map(|premise| {
                let p = Premise::read(premise, seed);
                p.cast.iter().filter(|m| !premise.contains(m.name.as_str())).map(|m| (m.name.clone(), m.kind)).collect()
            })
            .collect();
        for a in 0..names.len() {
            for b in a + 1..names.len() {
                pairs += 1;
                if let Some(n) = names[a].iter().find(|n| names[b].iter().any(|m| m.0 == n.0)) {
                    shared += 1;
                    examples.push(format!("seed {seed}: {} in '{}' and '{}'", n.0, premises[a], premises[b]));
                }
            }
        }
    }
    assert!(
        shared * 10 <= pairs,
        "{shared} of {pairs} pairs share a name:\n{}",
        examples.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// The same zoo trip twice is two plots: the seed orders the animals (it was always giraffes, penguins, elephant),
/// or tells another plot (a lost baby penguin, feeding time in the rain).
#[test]
fn the_same_zoo_premise_twice_sees_its_animals_in_other_orders() {
    let mut plots = std::collections::BTreeSet::new();
    for seed in 0..12 {
        let scenes = super::repeat_tests::play_told("five friends visit the zoo", seed, 5, 1, None);
        let mut plot: Vec<(usize, &str)> = ["giraffe", "penguin", "elephant", "lion", "monkey", "sea lion", "butterfl", "ice cream"]
            .into_iter()
            .filter_map(|a| scenes[1..4].iter().position(|s| s.text.contains(a)).map(|at| (at, a)))
            .collect();
        plot.sort_unstable();
        plots.insert(format!("{plot:?}"));
    }
    assert!(plots.len() >= 4, "{plots:?}");
}

/// Over about 200 premises x seeds, no name the storyteller invents is in more than 3% of the stories
/// (a newcomer met Freya in 3 stories of 7, and Iris, Maya and Mochi again and again).
#[test]
fn no_invented_name_is_in_more_than_3_percent_of_stories() {
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    let mut stories = 0;
    for premise in super::stock_tests::MANY {
        for seed in 0..18u64 {
            let p = crate::premise::Premise::read(premise, seed * 7919 + 3);
            for m in &p.cast {
                if !premise.contains(m.name.as_str()) {
                    *counts.entry(m.name.clone()).or_default() += 1;
                }
            }
            stories += 1;
        }
    }
    let over: Vec<String> = counts.iter().filter(|(_, n)| **n * 100 > stories * 3).map(|(name, n)| format!("{name}: {n}")).collect();
    assert!(over.is_empty(), "of {stories} stories: {over:?}");
}

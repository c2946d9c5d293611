//! One premise, many plots (round 12): the seed chooses among clearly
//! different middle plots (other obstacles, helpers and places, not only
//! other words or another order), so the crab's lighthouse, the zoo and the
//! dragon are not the same story every time.

use super::repeat_tests::play_told;
use crate::premise::Premise;
use std::collections::BTreeSet;

const FAMILIES: &[&str] = &[
    "a little crab wants to climb to the top of the lighthouse",
    "a trip to the zoo",
    "Mia and her dog Rex go to the zoo",
    "a dragon who is afraid of the dark",
    "a dragon who is afraid of the dark learns to love the stars",
];

#[test]
fn twelve_seeds_of_one_premise_tell_at_least_3_different_middle_plots() {
    for premise in FAMILIES {
        for target in [5, 6] {
            let mut plots: BTreeSet<BTreeSet<&str>> = BTreeSet::new();
            for seed in 0..12 {
                let scenes = play_told(premise, seed, target, 0, None);
                let told: Vec<String> = scenes.iter().map(|s| s.text.clone()).collect();
                let p = Premise::read(premise, seed);
                // The set of middle events told, whatever their order: a shuffle is not another plot.
                let events: BTreeSet<&str> = (2..target)
                    .filter_map(|k| crate::events::for_scene(&p, k, target, &told[..k as usize - 1]))
                    .map(|e| e.visual)
                    .collect();
                plots.insert(events);
            }
            assert!(plots.len() >= 3, "{premise} ({target} scenes): only {} middle plots over 12 seeds: {plots:?}", plots.len());
        }
    }
}

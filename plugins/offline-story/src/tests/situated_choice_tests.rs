//! Choices come from the story's own situation (its place, object, helpers
//! and goal): over the newcomer's kids premises, few offered choices are ones
//! any story could offer, and no one choice turns up in story after story.

use super::premise_tests::play;
use crate::bank::{ALONG, ANYWHERE};
use std::collections::BTreeMap;

/// The newcomer parent's kids premises (round 12).
pub(super) const KIDS: &[&str] = &[
    "a dragon who is afraid of the dark learns to love the stars",
    "a little crab who wants to see the top of the lighthouse",
    "we go to the zoo",
    "a fox and a squirrel in the snowy woods",
    "a little boy and his grandpa go fishing on a lake",
    "two sisters build a cardboard rocket and fly to the moon",
    "My dog Max finds a map to a treasure under the sea",
    "a kitten explores the farm",
    "a bear cub has a picnic in the park",
];

/// The most of the offered choices that may be ones any story could offer.
const MOST_GENERIC_SHARE: f64 = 0.20;
/// The most of the stories one choice text may be offered in.
const MOST_STORIES_SHARE: f64 = 0.25;

#[test]
fn offered_choices_come_from_the_storys_own_situation() {
    let generic: Vec<&str> = ANYWHERE.iter().chain(ALONG).map(|c| c.text).collect();
    let (mut offered, mut general, mut stories) = (0usize, 0usize, 0usize);
    let mut in_stories: BTreeMap<String, usize> = BTreeMap::new();
    for premise in KIDS {
        for seed in 0..4 {
            for pick in 0..3 {
                stories += 1;
                let mut this: Vec<String> = Vec::new();
                for s in play(premise, seed, 5, pick) {
                    for c in &s.choices {
                        offered += 1;
                        // A generic choice names the friend: compare its template's fixed words.
                        if generic.iter().any(|g| same_template(g, c)) {
                            general += 1;
                        }
                        this.push(c.clone());
                    }
                }
                this.sort();
                this.dedup();
                for c in this {
                    *in_stories.entry(c).or_default() += 1;
                }
            }
        }
    }
    let share = general as f64 / offered as f64;
    let mut common: Vec<(usize, String)> =
        in_stories.into_iter().filter(|(_, n)| *n as f64 > MOST_STORIES_SHARE * stories as f64).map(|(c, n)| (n, c)).collect();
    common.sort();
    assert!(
        share <= MOST_GENERIC_SHARE && common.is_empty(),
        "{general} of {offered} offered choices are generic ({:.0}%); in more than {:.0}% of {stories} stories: {common:?}",
        share * 100.0,
        MOST_STORIES_SHARE * 100.0
    );
}

/// Whether `choice` is `template` filled ("Tell {friend} a silly joke" → "Tell Kiki a silly joke").
fn same_template(template: &str, choice: &str) -> bool {
    match template.split_once('{') {
        None => template.eq_ignore_ascii_case(choice),
        Some((before, rest)) => {
            let after = rest.split_once('}').map(|(_, a)| a).unwrap_or("");
            choice.starts_with(before) && choice.ends_with(after) && choice.len() > before.len() + after.len()
        }
    }
}

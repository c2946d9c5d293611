//! The check: every thing-word of every told scene's picture prompt (not
//! negated) is in the painter's alt text; every prompt word is in the table.

use std::collections::{BTreeMap, BTreeSet};

use crate::prompt_words::{bases, prompt_words};
use crate::telling::tell_all;
use crate::words::{Group, Kind, table};

/// Whether the alt's words hold `phrase` (in base forms) as consecutive words.
fn holds(alt: &[String], phrase: &str) -> bool {
    let wanted = bases(phrase);
    !wanted.is_empty() && alt.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

/// Words naming a group of what follows "of": only the members are checked.
const COLLECTIVES: &[&str] = &["family", "flock", "crowd", "group", "herd"];

/// The most thing-words of each group the alt texts may miss over every told
/// scene: what the painter reaches now. A change that misses more fails.
const MISS_BOUND: [(Group, usize); 5] =
    [(Group::Person, 0), (Group::Creature, 0), (Group::Vehicle, 0), (Group::Place, 268), (Group::Object, 337)];

#[test]
fn every_thing_a_prompt_names_is_in_the_alt() {
    let told = tell_all();
    let table: BTreeMap<String, Kind> = table().into_iter().collect();
    let mut unclassified: BTreeSet<String> = BTreeSet::new();
    let mut misses: BTreeMap<(Group, String), usize> = BTreeMap::new();
    let mut examples: BTreeMap<String, String> = BTreeMap::new();
    for scene in &told {
        let alt = bases(&scene.alt);
        let words = prompt_words(&scene.prompt);
        for (i, word) in words.iter().enumerate() {
            let kind = table.get(&word.base);
            let before_a_thing = words.get(i + 1).and_then(|next| table.get(&next.base)).is_some_and(|k| matches!(k, Kind::Thing(..)));
            // "a family of ducks", "a flock of sheep": the ducks and sheep are what is drawn.
            let collective = COLLECTIVES.contains(&word.base.as_str()) && words.get(i + 1).is_some_and(|w| w.base == "of");
            if (before_a_thing || collective) && matches!(kind, Some(Kind::Thing(..))) {
                continue;
            }
            match kind {
                None => {
                    unclassified.insert(word.base.clone());
                }
                Some(Kind::Thing(group, also)) if !word.negated => {
                    let found = holds(&alt, &word.base) || also.iter().any(|p| holds(&alt, p));
                    if !found {
                        // ALT_CHECK_WORD=sea,house prints every scene that misses one of those words.
                        if std::env::var("ALT_CHECK_WORD").is_ok_and(|w| w.split(',').any(|w| w == word.base)) {
                            println!("MISS {}: {} | {}", word.base, scene.prompt, scene.alt);
                        }
                        *misses.entry((*group, word.base.clone())).or_default() += 1;
                        examples.entry(word.base.clone()).or_insert_with(|| {
                            let (tier, premise, seed, pick, n) = (scene.tier, scene.premise, scene.seed, scene.pick, scene.scene);
                            format!("{tier:?} \"{premise}\" seed {seed} {pick:?} scene {n}: {} | {}", scene.prompt, scene.alt)
                        });
                    }
                }
                Some(_) => {}
            }
        }
    }
    println!("{} scenes told", told.len());
    assert!(unclassified.is_empty(), "classify these prompt words in words.rs: {:?}", unclassified);
    let mut by_group: BTreeMap<Group, usize> = BTreeMap::new();
    for ((group, word), n) in &misses {
        *by_group.entry(*group).or_default() += n;
        println!("{group:?} {word}: {n} missed, e.g. {}", examples.get(word).map(String::as_str).unwrap_or(""));
    }
    println!("misses by group: {by_group:?}");
    for (group, bound) in MISS_BOUND {
        let missed = by_group.get(&group).copied().unwrap_or(0);
        assert!(missed <= bound, "{missed} {group:?} words missed from the alt text, more than the {bound} reached");
    }
}

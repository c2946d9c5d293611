//! Animals act with their own bodies (issue 17 round 11: an owl "squeezed
//! Clara's hand", a squirrel's "shoes got wet", a puppy "clapped", a whale's
//! "ear"): over premises with animal heroes and friends, seeds and paths, no
//! sentence gives an animal of the cast hands, shoes, claps, high fives or an
//! ear, and no choice asks an animal to hold hands or high-five.

use super::repeat_tests::play_told;
use crate::premise::Premise;

const PREMISES: &[&str] = &[
    "a little crab who wants to ride a whale",
    "a puppy and a kitten play in the snow",
    "a girl named Clara and her owl watch the snow",
    "five friends visit the zoo",
    "a dragon who is afraid of the dark",
    "a penguin who wants to fly a kite",
    "Mia and her dog Rex go to the beach",
    "a squirrel and a fox go to the zoo",
    "a firefly and a squirrel play in the sunny meadow",
    "a sleepy bunny wants to find the moon (bedtime)",
];

const HUMAN: &[&str] = &["hand", "shoes", "clapped", "high five", "'s ear"];

#[test]
fn animals_have_no_hands_shoes_claps_or_ears() {
    let mut failures = Vec::new();
    for premise in PREMISES {
        for seed in 0..8 {
            let p = Premise::read(premise, seed);
            let animals: Vec<String> = p
                .cast
                .iter()
                .filter(|m| {
                    crate::words::creatures::creature(m.kind).is_some_and(|(c, _)| c.class == crate::words::creatures::Class::Creature)
                })
                .map(|m| m.name.clone())
                .collect();
            if animals.is_empty() {
                continue;
            }
            for pick in 0..4 {
                for s in play_told(premise, seed, 5, pick, None) {
                    for sentence in s.text.split_inclusive(['.', '!', '?']) {
                        let named = animals.iter().any(|n| sentence.contains(n.as_str()));
                        if let Some(bad) = HUMAN.iter().find(|h| named && sentence.contains(*h)) {
                            failures.push(format!("{premise} seed {seed} pick {pick}: {bad:?} in {sentence:?}"));
                        }
                    }
                    for c in &s.choices {
                        if c.contains("high five") || c.contains("Hold hands") {
                            failures.push(format!("{premise} seed {seed} pick {pick}: choice {c:?}"));
                        }
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.iter().take(20).cloned().collect::<Vec<_>>().join("\n"));
}

/// Every body-aware slot said of an animal of the cast gives it no hands, shoes, claps or ears
/// ("cheered and clapped" was told of a puppy), over premises and seeds, whoever leads the line.
#[test]
fn body_slots_of_an_animal_never_give_it_hands() {
    let slots = [
        "name_clapped",
        "friend_clapped",
        "friend_clapped_twice",
        "friend_squeezed_hand",
        "name_hand",
        "friend_shoes_wet",
        "name_sand",
        "into_friend_ear",
        "high_five",
        "hands_held",
    ];
    let mut failures = Vec::new();
    for premise in PREMISES {
        for seed in 0..8 {
            let p = Premise::read(premise, seed);
            for (a, b) in [(0, 1), (1, 0)] {
                let (Some(name), Some(friend)) = (p.cast.get(a), p.cast.get(b)) else { continue };
                let animal = |m: &crate::premise::Member| !crate::bodies::handed(m);
                for slot in slots {
                    let said = crate::bodies::slot(slot, name, friend, &p).unwrap_or_default();
                    let of_animal = (slot.starts_with("name") && animal(name))
                        || (slot.starts_with("friend") || slot.starts_with("into")) && animal(friend);
                    let everyone = ["high_five", "hands_held"].contains(&slot) && (animal(name) || animal(friend));
                    if let Some(bad) = HUMAN.iter().chain(&["held hands"]).find(|h| (of_animal || everyone) && said.contains(*h)) {
                        failures.push(format!("{premise} seed {seed}: {slot} says {bad:?}: {said:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

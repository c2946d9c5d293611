//! Repetition across a whole story, played as the host plays it (with the
//! scenes already told): no sentence twice, stock lines once, and the
//! object's full name at most twice a scene.

use crate::premise::Premise;
use crate::story::{Hints, Scene, write_scene_seeded};

/// Play a story as the host does, passing the scenes told so far.
pub(super) fn play_told(premise: &str, seed: u64, target: u32, pick: usize, typed: Option<(usize, &str)>) -> Vec<Scene> {
    play_tier(premise, "kids", seed, target, pick, typed)
}

/// Play a story of the `tier` ("kids" or "bible") as the host does.
pub(super) fn play_tier(premise: &str, tier: &str, seed: u64, target: u32, pick: usize, typed: Option<(usize, &str)>) -> Vec<Scene> {
    let (mut path, mut told, mut scenes) = (Vec::<String>::new(), Vec::<String>::new(), Vec::new());
    for n in 1..=target {
        let h = Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &told };
        let s = if tier == "bible" { crate::bible::write_scene(h, seed) } else { write_scene_seeded(h, seed) };
        let choice = match typed {
            Some((at, text)) if at == n as usize => Some(text.to_string()),
            _ => s.choices.get(pick % s.choices.len().max(1)).cloned(),
        };
        if let Some(c) = choice {
            path.push(c);
        }
        told.push(s.text.clone());
        scenes.push(s);
    }
    scenes
}

fn sentences(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '!', '?'])
        .map(|s| s.trim().trim_matches('"').trim().to_lowercase())
        .filter(|s| s.split_whitespace().count() > 3)
        .collect()
}

#[test]
fn no_sentence_twice_in_a_story_and_the_object_named_in_full_at_most_twice_a_scene() {
    let premises = [
        "two sisters build a cardboard rocket and fly to the moon",
        "a little crab who wants to see the top of the lighthouse",
        "a penguin who wants to fly a kite",
        "a brave bunny named Pip explores a moonlit garden",
        "Mia and her dog Rex go to the beach",
        "a dragon who is afraid of the dark",
    ];
    let stock = ["grinned from ear to ear", "a whole lot curious", "gasped", "adventures are better together"];
    let mut failures = Vec::new();
    for premise in premises {
        for seed in 0..6 {
            let p = Premise::read(premise, seed);
            for pick in 0..3 {
                for target in [5, 8] {
                    let scenes = play_told(premise, seed, target, pick, None);
                    let mut seen = std::collections::BTreeSet::new();
                    for s in scenes.iter().flat_map(|s| sentences(&s.text)) {
                        if !s.ends_with('?') && !seen.insert(s.clone()) {
                            failures.push(format!("{premise} seed {seed} pick {pick} of {target}: twice: {s}"));
                        }
                    }
                    let all = scenes.iter().map(|s| s.text.to_lowercase()).collect::<Vec<_>>().join(" ");
                    for line in stock {
                        if all.matches(line).count() > 1 {
                            failures.push(format!("{premise} seed {seed} pick {pick} of {target}: {line:?} more than once"));
                        }
                    }
                    if let Some(o) = &p.object {
                        for (i, s) in scenes.iter().enumerate() {
                            let n = s.text.matches(o.phrase.as_str()).count();
                            if n > 2 {
                                failures.push(format!("{premise} seed {seed} scene {}: {:?} {n} times", i + 1, o.phrase));
                            }
                        }
                    }
                }
            }
        }
    }
    failures.sort();
    failures.dedup();
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures[..failures.len().min(20)].join("\n"));
}

#[test]
fn a_ride_story_never_walks_on_before_the_ride_nor_hops_back_in_after_landing() {
    for premise in ["two sisters build a cardboard rocket and fly to the moon", "a bear who sails a little boat to an island"] {
        for seed in 0..8 {
            for pick in 0..4 {
                for s in play_told(premise, seed, 6, pick, None) {
                    for moving in crate::bank::MOVING {
                        assert!(!s.choices.iter().any(|c| c == moving), "{premise} seed {seed}: {:?}", s.choices);
                    }
                    assert!(!s.text.contains("tiptoed forward") && !s.text.contains("hopped back into"), "{}", s.text);
                }
            }
        }
    }
}

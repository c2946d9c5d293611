//! The middle scenes of a kids story tell events of its own premise (the
//! rocket is built, blasts off and lands on the moon; the crab climbs the
//! rocks and the lighthouse stairs), in story order, each once along a path,
//! also when "Keep going" or "Wrap it up" changes the length on the way.

use super::premise_tests::play;
use crate::events::{Event, all_events, all_moments, sequence};
use crate::premise::Premise;
use crate::story::{Hints, Scene, write_scene_seeded};
use crate::text::fill;

const PREMISES: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a crab who wants to see the top of the lighthouse",
    "a penguin who wants to fly a kite",
    "a pirate and a parrot sail a wooden ship",
    "a girl named Zoe rides a bright red balloon over the town",
    "twins ride a red train to the mountains",
    "Bear and Pearl go to the beach",
    "a princess and a knight in a castle",
    "a cow, a pig and a sheep on the farm",
    "a brave bunny named Pip explores a moonlit garden",
    "a mermaid and a seahorse under the sea",
    "Noah and his sister build a sandcastle",
    "a monkey who wants to swing in the jungle",
    "a bear who goes skating",
];

/// The event's words as a scene of this premise says them (the object named
/// in full once, then short: "the cardboard rocket", then "the rocket").
pub(super) fn said(p: &Premise, e: &Event) -> String {
    crate::polish::shorten(p, &crate::text::sentence_case(&fill(e.text, &|k| p.lookup(k))))
}

/// Which scene tells each event of the premise that is told, in scene order.
pub(super) fn told(p: &Premise, scenes: &[Scene], here: &str) -> Vec<(usize, usize)> {
    let mut at = Vec::new();
    for (k, e) in sequence(p).into_iter().enumerate() {
        let text = said(p, e);
        // Its arrival left out where they already were, the rest of the event is still it.
        let there = crate::arrived::as_told_there(&text);
        let found: Vec<usize> =
            scenes.iter().enumerate().filter(|(_, s)| s.text.contains(&text) || s.text.contains(&there)).map(|(i, _)| i).collect();
        assert!(found.len() <= 1, "{here}: told {} times: {text}", found.len());
        at.extend(found.into_iter().map(|i| (i, k)));
    }
    at.sort_unstable();
    at
}

#[test]
fn middle_scenes_tell_the_premises_own_events_in_order_and_once() {
    for premise in PREMISES {
        for seed in [3, 4, 5] {
            let p = Premise::read(premise, seed);
            let mut names: Vec<String> = vec![p.place.name.to_lowercase(), p.place.title.to_lowercase()];
            names.extend(p.object.as_ref().and_then(|o| o.phrase.rsplit(' ').next()).map(str::to_string));
            names.extend(p.wish.as_ref().map(|w| w.0.to_lowercase()));
            for target in [4, 5, 6] {
                for pick in [0, 1, 2] {
                    let scenes = play(premise, seed, target, pick);
                    let here = format!("{premise:?} seed {seed} target {target} pick {pick}");
                    let at = told(&p, &scenes, &here);
                    for (i, s) in scenes.iter().enumerate().take(target as usize - 1).skip(1) {
                        let low = s.text.to_lowercase();
                        assert!(
                            names.iter().any(|n| low.contains(n.as_str())),
                            "{here}: scene {} names none of {names:?}:\n{}",
                            i + 1,
                            s.text
                        );
                        // An event, or (when a choice about a character left a part short) one of its small moments.
                        let moment = all_moments().any(|m| s.text.contains(&said(&p, m)));
                        assert!(
                            at.iter().any(|&(scene, _)| scene == i) || moment,
                            "{here}: scene {} tells no event or moment of the premise:\n{}",
                            i + 1,
                            s.text
                        );
                    }
                    // In story order: a later scene never tells an earlier event.
                    assert!(at.windows(2).all(|w| w[0].1 < w[1].1), "{here}: out of order {at:?}");
                }
            }
        }
    }
}

#[test]
fn the_rocket_is_built_before_it_flies_and_lands_on_the_moon() {
    let premise = "two sisters build a cardboard rocket and fly to the moon";
    for seed in 1..=5 {
        let scenes = play(premise, seed, 5, 0);
        let middle: Vec<&str> = scenes[1..4].iter().map(|s| s.text.as_str()).collect();
        assert!(middle[0].contains("had to build the cardboard rocket"), "{}", middle[0]);
        assert!(middle[1].contains("blast off"), "{}", middle[1]);
        assert!(middle[2].contains("landed softly on the moon"), "{}", middle[2]);
        // Built and launched at home, painted there; the landing is painted on the moon.
        assert!(scenes[1].image_prompt.contains("back garden") && !scenes[1].image_prompt.contains("moon"), "{}", scenes[1].image_prompt);
        assert!(scenes[3].image_prompt.contains("on the grey moon"), "{}", scenes[3].image_prompt);
    }
    // The lighthouse's plot of rocks, stairs, keeper and light (the seed may choose a storm or the tide instead).
    let steps = ["climb the rocks", "staircase", "lighthouse keeper", "top of the lighthouse was the great big light"];
    let mut climbed = 0;
    for seed in 0..12 {
        let crab = play("a crab who wants to see the top of the lighthouse", seed, 6, 1);
        if !crab[1].text.contains(steps[0]) {
            continue;
        }
        climbed += 1;
        for (s, step) in crab[1..5].iter().zip(steps) {
            assert!(s.text.contains(step), "{step}: {}", s.text);
        }
    }
    assert!(climbed > 0, "no seed told the plot of the rocks and the stairs");
}

/// Play with "Keep going" or "Wrap it up" on scene `on`, passing the scenes told as the host does.
pub(super) fn play_changing(premise: &str, seed: u64, first: u32, then: u32, on: u32) -> Vec<Scene> {
    let (mut path, mut told, mut scenes) = (Vec::<String>::new(), Vec::<String>::new(), Vec::<Scene>::new());
    for n in 1..=then.max(first) {
        let target = if n <= on { first } else { then };
        let s = write_scene_seeded(Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &told }, seed);
        told.push(s.text.clone());
        path.extend(s.choices.first().cloned());
        let ending = s.is_ending;
        scenes.push(s);
        if ending {
            break;
        }
    }
    scenes
}

#[test]
fn a_length_change_never_tells_an_event_twice() {
    for premise in PREMISES {
        for (first, then, on) in [(4, 7, 2), (5, 8, 3), (8, 5, 3), (7, 4, 2), (6, 9, 4)] {
            for seed in [1, 2] {
                let here = format!("{premise:?} {first}→{then} on scene {on} seed {seed}");
                let scenes = play_changing(premise, seed, first, then, on);
                assert!(scenes.last().is_some_and(|s| s.is_ending), "{here}");
                let p = Premise::read(premise, seed);
                told(&p, &scenes, &here);
                // No event sentence of any premise is said twice either.
                for e in all_events() {
                    let text = said(&p, e);
                    assert!(scenes.iter().filter(|s| s.text.contains(&text)).count() <= 1, "{here}: {text}");
                }
            }
        }
    }
}

#[test]
fn every_event_reads_well() {
    let p = Premise::read("two sisters build a cardboard rocket and fly to the moon", 1);
    for e in all_events() {
        for text in [said(&p, e), fill(e.choice.outcome, &|k| p.lookup(k))] {
            assert!(!text.contains(['{', '}']) && !text.contains("  "), "{text}");
            let longest = text.split(['.', '!', '?']).map(|x| x.split_whitespace().count()).max().unwrap_or(0);
            assert!(longest <= 20, "{longest} words: {text}");
        }
        // A choice reads as something to do, so the next scene can say "chose to …".
        assert!(crate::text::choice_as_action(e.choice.text).is_some(), "{}", e.choice.text);
    }
}

/// `cargo test -p offline-story -- --ignored --nocapture show_rocket` to read a whole story.
#[test]
#[ignore]
fn show_rocket() {
    for s in play("two sisters build a cardboard rocket and fly to the moon", 9, 5, 0) {
        println!("=== {} ===\n{}\n[choices] {:?}\n", s.title, s.text, s.choices);
    }
}

#[test]
fn keep_going_still_tells_the_objects_own_events_in_their_order() {
    let kite = "a penguin who wants to fly a kite";
    let rocket = "two sisters build a cardboard rocket and fly to the moon";
    for seed in [1, 2, 3] {
        for (first, then, on) in [(5, 12, 3), (4, 10, 2), (5, 9, 3)] {
            let here = format!("seed {seed} {first}→{then} on {on}");
            let p = Premise::read(kite, seed);
            let own = sequence(&p).iter().take_while(|e| e.choice.text != "Say hello to the busiest bee").count();
            let at = told(&p, &play_changing(kite, seed, first, then, on), &here);
            let kite_events: Vec<usize> = at.iter().filter(|x| x.1 < own).map(|x| x.1).collect();
            // Every event of the kite is told, in its own order, even after the length changed.
            assert_eq!(kite_events, (0..own).collect::<Vec<_>>(), "{here}: {at:?}");
            // The rocket never blasts off after it has landed, nor is built after it flew.
            let scenes = play_changing(rocket, seed, first, then, on);
            let find = |text: &str| scenes.iter().position(|s| s.text.contains(text));
            let (built, blast, landed) = (find("had to build"), find("blast off"), find("landed softly on the moon"));
            assert!(built < blast && blast < landed && built.is_some(), "{here}: {built:?} {blast:?} {landed:?}");
        }
    }
}

//! An activity the premise names is the story (issue 17 round 11: "go
//! fishing on a lake" became a hunt for a rainbow crayon by the waves):
//! scene 1 starts it, the ending completes it, at the premise's own place,
//! and no stock treasure is hunted instead, over many premises, seeds and paths.

use super::premise_tests::play;

/// (premise, a word of the activity, the premise's place).
const ACTIVITIES: &[(&str, &str, &str)] = &[
    ("a little boy and his grandpa go fishing on a lake", "fish", "lake"),
    ("a girl and her dad go camping in the forest", "camp", "forest"),
    ("two friends bake a cake in the kitchen", "bak", "kitchen"),
    ("a bear and his mum go sailing on the sea", "sail", "sea"),
    ("a girl and her grandma plant a garden", "plant", "garden"),
    ("a boy and his sister go swimming at the beach", "swim", "beach"),
    ("a penguin and his friend fly a kite in the park", "kite", "park"),
    ("a mouse and a frog go skating on a frozen pond", "skat", "pond"),
    ("a girl and her dad go hiking in the mountains", "hik", "mountain"),
    ("two brothers build a sandcastle at the beach", "sandcastle", "beach"),
];

/// The stock things a story with nothing to do hunts for.
const STOCK: &[&str] = &["moonbeam", "golden acorn", "rainbow crayon", "wishing stone", "silver bell", "whispering feather", "treasure"];

#[test]
fn an_activity_the_premise_names_is_the_story() {
    let mut failures = Vec::new();
    for (premise, act, place) in ACTIVITIES {
        for seed in [1, 2, 3, 4] {
            for (target, pick) in [(3, 0), (5, 1), (5, 2)] {
                let scenes = play(premise, seed, target, pick);
                let low = |i: usize| scenes[i].text.to_lowercase();
                let tag = format!("{premise:?} seed {seed} target {target} pick {pick}");
                if !low(0).contains(act) {
                    failures.push(format!("{tag}: scene 1 lacks {act:?}\n{}", scenes[0].text));
                }
                if !low(0).contains(place) {
                    failures.push(format!("{tag}: scene 1 lacks {place:?}\n{}", scenes[0].text));
                }
                let last = scenes.len() - 1;
                if !low(last).contains(act) {
                    failures.push(format!("{tag}: the ending lacks {act:?}\n{}", scenes[last].text));
                }
                // Going out to do it: every middle scene is a moment of it.
                for (i, s) in scenes.iter().enumerate().take(last).skip(1) {
                    if premise.contains(" go ") && !s.text.to_lowercase().contains(act) {
                        failures.push(format!("{tag}: scene {} is not {act:?}\n{}", i + 1, s.text));
                    }
                }
                for s in &scenes {
                    let t = s.text.to_lowercase();
                    if let Some(bad) = STOCK.iter().find(|b| t.contains(*b)) {
                        failures.push(format!("{tag}: has {bad:?}\n{}", s.text));
                    }
                    if *place == "lake" && t.contains("waves") {
                        failures.push(format!("{tag}: waves on a lake\n{}", s.text));
                    }
                }
            }
        }
    }
    let per: Vec<String> =
        ACTIVITIES.iter().map(|(p, ..)| format!("{p}: {}", failures.iter().filter(|f| f.starts_with(&format!("{p:?}"))).count())).collect();
    assert!(
        failures.is_empty(),
        "{} failures ({}):\n{}",
        per.join("; "),
        failures.len(),
        failures.iter().take(12).cloned().collect::<Vec<_>>().join("\n\n")
    );
}

/// `cargo test -p offline-story -- --ignored --nocapture print_activities` to read them.
#[test]
#[ignore]
fn print_activities() {
    for (premise, ..) in ACTIVITIES.iter().take(3) {
        for s in play(premise, 2, 5, 1) {
            println!("{}\n[img] {}\n[choices] {:?}\n", s.text, s.image_prompt, s.choices);
        }
        println!("##########");
    }
}

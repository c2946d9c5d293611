//! Once the story has them at or inside a place (the lighthouse door opened,
//! inside the castle, at the zoo's gate, on the moon), no later line has them
//! arriving there again, and "at last they reached" is told only once.

use super::repeat_tests::play_told;

/// Words that have them at or in a place, by place.
const AT_OR_IN: &[(&str, &[&str])] = &[
    ("lighthouse", &["lighthouse door", "inside the lighthouse", "lighthouse stairs", "lighthouse rock", "creak went the door"]),
    ("castle", &["inside the castle", "drawbridge", "great hall of the castle", "in the old stone castle"]),
    ("zoo", &["at the gate of the zoo", "at the zoo"]),
    ("moon", &["landed softly on the moon", "on the moon"]),
    ("beach", &["on the sandy beach", "onto the sandy beach"]),
];

/// Words of arriving at or going into a place, by place.
const ARRIVING: &[(&str, &[&str])] = &[
    (
        "lighthouse",
        &["climb the rocks to the lighthouse", "reached the lighthouse", "along the rocks to the lighthouse", "across to the lighthouse"],
    ),
    ("castle", &["walked across it, over the water of the moat", "reached the castle"]),
    ("zoo", &["arrived at the zoo", "reached the zoo"]),
    ("moon", &["arrived at the moon", "reached the moon"]),
    ("beach", &["arrived at the beach", "reached the beach"]),
];

const PREMISES: &[&str] = &[
    "a little crab who wants to see the top of the lighthouse",
    "a little crab wants to climb to the top of the lighthouse",
    "a knight and a princess visit the old stone castle",
    "a little dragon lives in a castle",
    "we go to the zoo",
    "a rocket trip to the moon",
    "Mia and her dog Rex go to the beach",
];

/// The first repeated arrival in `story`, with its scene number.
fn arrives_again(story: &[String]) -> Option<String> {
    let mut reached: Vec<&str> = Vec::new();
    let mut at_last = false;
    for (n, scene) in story.iter().enumerate() {
        for s in scene.split_inclusive(['.', '!', '?']) {
            let lower = s.to_lowercase();
            for (place, words) in ARRIVING {
                if reached.contains(place) && words.iter().any(|w| lower.contains(w)) {
                    return Some(format!("scene {}: {}", n + 1, s.trim()));
                }
            }
            if at_last && lower.contains("at last they reached") {
                return Some(format!("scene {}: second 'at last': {}", n + 1, s.trim()));
            }
            at_last |= lower.contains("at last they reached");
            for (place, words) in AT_OR_IN.iter().chain(ARRIVING) {
                if words.iter().any(|w| lower.contains(w)) && !reached.contains(place) {
                    reached.push(place);
                }
            }
        }
    }
    None
}

#[test]
fn no_story_arrives_again_where_they_already_are() {
    let (mut failures, mut stories) = (Vec::new(), 0);
    for premise in PREMISES {
        for seed in 0..8 {
            for target in [3, 5, 7] {
                for pick in 0..3 {
                    stories += 1;
                    let scenes = play_told(premise, seed, target, pick, None);
                    let story: Vec<String> = scenes.iter().map(|s| s.text.clone()).collect();
                    if let Some(line) = arrives_again(&story) {
                        failures.push(format!("{premise}, seed {seed} of {target}, pick {pick}: {line}"));
                    }
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {stories} stories arrive again:\n{}",
        failures.len(),
        failures.iter().take(8).cloned().collect::<Vec<_>>().join("\n")
    );
}

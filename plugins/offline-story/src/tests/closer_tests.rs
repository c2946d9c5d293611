//! Never "getting closer" once the goal is reached (round 12): "Step by
//! step, Nugget was getting closer" was told in the very scene of the whale
//! ride. From the scene where the ride, the visit, the sight or the top of
//! the lighthouse happens, no line says the goal is still ahead.

use super::repeat_tests::play_told;

/// (premise, a typed choice that makes the goal happen, or none when the premise's own events reach it).
const GOALS: &[(&str, Option<&str>)] = &[
    ("a little crab who wants to ride a whale", Some("Ask the whale for a ride")),
    ("a little crab who wants to ride a whale", Some("Ride the whale")),
    ("a girl who wants to ride a horse", Some("Ride the horse")),
    ("a bunny who wants to ride a dolphin", Some("Hop on the dolphin for a ride")),
    ("a boy who wants to visit the zoo", Some("Visit the zoo")),
    ("a penguin who wants to see a rainbow", Some("See the rainbow")),
    ("a kitten who wants to meet a unicorn", Some("Meet the unicorn")),
    ("a little crab wants to climb to the top of the lighthouse", Some("I want to ride a whale")),
    ("a little crab wants to climb to the top of the lighthouse", None),
    ("two sisters build a cardboard rocket and fly to the moon", None),
];

/// Whether a scene tells the goal happening.
fn reached(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "hopped on,",
        " rode ",
        "ride was over",
        "visited",
        " saw a",
        " met a",
        "got to ",
        "at the very top of the lighthouse",
        "landed softly on the moon",
    ]
    .iter()
    .any(|s| t.contains(s))
}

/// Lines that say the goal is still ahead.
const AHEAD: &[&str] = &["getting closer", "not far now", "right track", "could almost", "are we nearly there"];

#[test]
fn no_scene_says_getting_closer_once_the_goal_is_reached() {
    let (mut stories, mut failures) = (0, Vec::new());
    for (premise, typed) in GOALS {
        for seed in 0..6 {
            for target in [3, 4, 5, 6] {
                for pick in [0, 1, 2] {
                    let scenes = play_told(premise, seed, target, pick, typed.map(|t| (2, t)));
                    let Some(first) = scenes.iter().skip(1).position(|s| reached(&s.text)).map(|i| i + 1) else { continue };
                    stories += 1;
                    for (i, s) in scenes.iter().enumerate().skip(first) {
                        let low = s.text.to_lowercase();
                        if let Some(ahead) = AHEAD.iter().find(|a| low.contains(*a)) {
                            failures.push(format!(
                                "{premise} seed {seed} of {target} pick {pick}: reached in scene {}, {ahead:?} in scene {}:\n{}",
                                first + 1,
                                i + 1,
                                s.text
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(stories > 100, "only {stories} stories reach their goal");
    assert!(
        failures.is_empty(),
        "{} of {stories} stories:\n{}",
        failures.len(),
        failures.iter().take(5).cloned().collect::<Vec<_>>().join("\n\n")
    );
}

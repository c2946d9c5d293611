//! Helpers and typed "ask" (issue 17, round d): a helper met in scene 1 helps
//! and is said goodbye to by name in scene 2 (and waves in its picture); a
//! typed "ask X" is answered with the way or the idea itself, X there to say it.

use super::repeat_tests::play_told;

const MET: &[&str] = &[
    "a sleepy bunny wants to find the moon (bedtime)",
    "a bunny wants to find the moon",
    "a dragon who is afraid of the dark",
    "a kitten who can't find her mittens",
];

#[test]
fn a_helper_met_in_scene_1_helps_and_is_said_goodbye_to() {
    let mut met = 0;
    for premise in MET {
        for seed in 0..16 {
            for (pick, target) in [(0, 3), (1, 5), (2, 3)] {
                let scenes = play_told(premise, seed, target, pick, None);
                let Some(name) = crate::helpers::named_in(&scenes[0].text) else { continue };
                met += 1;
                let second = &scenes[1];
                assert!(second.text.contains(&format!("goodbye to {name}")), "{premise} seed {seed}: {name} vanished:\n{}", second.text);
                assert!(second.image_prompt.contains(&format!("{name} waving goodbye")), "{}", second.image_prompt);
            }
        }
    }
    assert!(met >= 6, "only {met} helpers met");
}

#[test]
fn a_typed_ask_is_answered_by_the_one_asked() {
    for seed in 0..8 {
        // The bear was met, the tortoise is asked: the tortoise comes and says the way.
        let scenes = play_told("a sleepy bunny wants to find the moon (bedtime)", seed, 3, 0, Some((1, "Ask the tortoise the way")));
        let s = &scenes[1];
        assert!(s.text.contains("tortoise came along") && s.text.contains("Follow the little path"), "{}", s.text);
        assert!(s.text.contains("find the moon") && !s.text.contains("splendid idea"), "{}", s.text);
        assert!(s.image_prompt.contains("tortoise"), "{}", s.image_prompt);
        // A character of the story answers with the idea itself.
        let scenes = play_told("Mia and her dog Rex go to the beach", seed, 4, 0, Some((2, "Ask Rex for some help")));
        let s = &scenes[2];
        assert!(s.text.contains("Mia asked Rex") && s.text.contains("Here is my idea"), "{}", s.text);
        assert!(!s.text.contains("came along, as if"), "{}", s.text);
    }
    // Asked for a ride, the whale gives the ride.
    let s = &play_told("a little crab wants to climb to the top of the lighthouse", 1, 4, 0, Some((2, "Ask the whale for a ride")))[2];
    assert!(s.text.contains("Off they went on its back") && !s.text.contains("good question"), "{}", s.text);
    // An offered "ask for an idea" or "tell the plan" says the idea or the plan.
    for premise in ["two sisters build a cardboard rocket and fly to the moon", "a little crab wants to climb to the top of the lighthouse"]
    {
        for seed in 0..6 {
            for pick in 0..4 {
                for s in play_told(premise, seed, 5, pick, None) {
                    assert!(!s.text.contains("one step at a time.\""), "an empty idea: {}", s.text);
                    if s.text.contains("plan into") {
                        assert!(s.text.contains("First we"), "an empty plan: {}", s.text);
                    }
                }
            }
        }
    }
}

/// Scene 1's discovery (a tiny red door, a rainbow like a bridge, something sparkling under the water)
/// comes back in scene 2 whichever choice was taken.
#[test]
fn scene_ones_discovery_comes_back_in_scene_two() {
    let mut checked = 0;
    for premise in [
        "a sleepy bunny wants to find the moon (bedtime)",
        "purple",
        "a dragon who is afraid of the dark",
        "a kitten who wants to find a friend",
    ] {
        for seed in 0..12 {
            for pick in 0..4 {
                let scenes = super::repeat_tests::play_told(premise, seed, 4, pick, None);
                let first = &scenes[0].text;
                let Some(d) = crate::bank::discoveries().find(|d| {
                    let opening: String = d.intro.trim_start_matches("{they} ").chars().take_while(|c| *c != '{').take(28).collect();
                    opening.len() > 12 && first.contains(&opening)
                }) else {
                    continue;
                };
                checked += 1;
                let second = scenes[1].text.to_lowercase();
                // Its own choice's outcome told (opened, followed, used), or the discovery named again.
                let outcome = |c: &crate::bank::Choice| {
                    c.outcome.split(['{', '}']).find(|part| part.len() > 12).is_some_and(|part| second.contains(&part.to_lowercase()))
                };
                let named = d
                    .visual
                    .split(' ')
                    .filter(|w| w.len() > 3 && !["path", "with", "into", "over", "under"].contains(w))
                    .any(|w| second.contains(w));
                assert!(
                    named || d.choices.iter().any(outcome),
                    "{premise} seed {seed} pick {pick}: {} never comes back:\n{}",
                    d.visual,
                    scenes[1].text
                );
            }
        }
    }
    assert!(checked > 20, "only {checked} stories open with a discovery");
}

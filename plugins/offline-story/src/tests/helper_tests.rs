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

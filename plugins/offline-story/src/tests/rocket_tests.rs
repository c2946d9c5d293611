//! A rocket trip: the pictures put the heroes inside the rocket while it
//! flies and carry no houses to the moon, and the trip home is a little
//! moment of its own, not one sentence.

use super::repeat_tests::play_told;

const ROCKETS: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a boy builds a rocket and flies to the moon",
    "a rocket trip to the moon",
];

#[test]
fn in_flight_they_are_inside_the_rocket_and_the_moon_has_no_houses() {
    for premise in ROCKETS {
        for seed in 0..6 {
            for (pick, target, typed) in [(0, 5, None), (2, 5, None), (1, 6, None), (0, 5, Some((3, "Meet a friendly alien")))] {
                let scenes = play_told(premise, seed, target, pick, typed);
                let mut landed = false;
                for (i, s) in scenes.iter().enumerate() {
                    landed |= s.text.contains("on the moon");
                    let here = format!("{premise} seed {seed} pick {pick} scene {}", i + 1);
                    if landed {
                        assert!(!s.image_prompt.contains("houses"), "{here}: houses on the moon: {}", s.image_prompt);
                    }
                    let flying = ["flying", "blasting off", "outer space"].iter().any(|w| s.image_prompt.contains(w));
                    if flying && !s.image_prompt.contains("moon") {
                        assert!(s.image_prompt.contains("inside") && s.image_prompt.contains("window"), "{here}: {}", s.image_prompt);
                    }
                }
            }
        }
    }
}

#[test]
fn the_trip_home_from_the_moon_is_a_little_moment() {
    for premise in ROCKETS {
        for seed in 0..6 {
            for (pick, target) in [(0, 3), (1, 5), (2, 6)] {
                let scenes = play_told(premise, seed, target, pick, None);
                let last = scenes.last().map(|s| s.text.as_str()).unwrap_or("");
                if !last.contains("moon") {
                    continue;
                }
                assert!(last.contains("climbed back into") && last.contains("Earth grew big and blue"), "{premise} seed {seed}: {last}");
            }
        }
    }
}

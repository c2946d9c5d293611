//! A hunt for the moon: the moon is not in a picture before the scene that
//! finds it (nor a night sky, where the painter always puts one), and the last picture has everyone curled up asleep
//! (a painter draws a plain "asleep" animal on its back, like a fallen toy).

use super::repeat_tests::play_told;

const SEEKERS: &[&str] = &[
    "a sleepy bunny wants to find the moon (bedtime)",
    "A sleepy bunny looks for the moon (bedtime)",
    "a little owl who wants to find the moon (bedtime)",
    "a bear cub looks for the moon",
];

#[test]
fn the_moon_looked_for_is_not_in_a_picture_before_it_is_found() {
    for premise in SEEKERS {
        for seed in 0..8 {
            for (pick, target, typed) in [(0, 3, None), (1, 4, None), (2, 5, None), (0, 3, Some((1, "Ask the tortoise the way")))] {
                let scenes = play_told(premise, seed, target, pick, typed);
                for (i, s) in scenes.iter().enumerate() {
                    if s.text.contains("at last") && s.text.contains("moon") {
                        break;
                    }
                    // Nor a night sky: the painter puts a moon in every one.
                    let low = s.image_prompt.to_lowercase();
                    assert!(
                        !low.contains("moon") && !low.contains("at night"),
                        "{premise} seed {seed} scene {}: {}",
                        i + 1,
                        s.image_prompt
                    );
                }
            }
        }
    }
}

#[test]
fn the_last_bedtime_picture_has_animals_curled_up_asleep() {
    for premise in [SEEKERS[0], SEEKERS[2], "a seagull and a crab at the beach (bedtime)", "a little fox in the forest (bedtime)"] {
        for seed in 0..8 {
            let scenes = play_told(premise, seed, 3, seed as usize, None);
            let last = &scenes[2].image_prompt;
            assert!(last.contains("curled up") || last.contains("tucked up"), "{premise} seed {seed}: {last}");
        }
    }
}

//! The picture shows the choice taken (issue 17, round c): no two pictures
//! in a row are the same, and a middle scene's picture says what the child
//! chose there (dancing, a snack, footprints, snuggling under a blanket),
//! unless it was a choice of a place the story has left (the houses below).

use super::repeat_tests::play_told;

const PREMISES: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a little crab wants to climb to the top of the lighthouse",
    "A sleepy bunny looks for the moon (bedtime)",
    "a brave bunny named Pip explores a moonlit garden",
    "Five friends at the zoo: giraffe, penguin, lion",
    "A girl at the window watching snow at night (bedtime)",
];

#[test]
fn each_picture_shows_the_choice_taken_and_differs_from_the_last() {
    let mut failures = Vec::new();
    for premise in PREMISES {
        for seed in 0..5 {
            for pick in 0..3 {
                for target in [3, 5, 7] {
                    let scenes = play_told(premise, seed, target, pick, None);
                    let here = format!("{premise} seed {seed} pick {pick} of {target}");
                    for (k, pair) in scenes.windows(2).enumerate() {
                        let (before, now) = (&pair[0], &pair[1]);
                        if before.image_prompt == now.image_prompt {
                            failures.push(format!("{here}: scenes {} and {} share a picture: {}", k + 1, k + 2, now.image_prompt));
                        }
                        if now.is_ending {
                            continue;
                        }
                        let taken = &before.choices[pick % before.choices.len()];
                        // A choice of a place on the way ("Wave goodbye to the houses below") stays there (round 10).
                        if crate::events::all_events().any(|e| e.at.is_some() && e.choice.text.eq_ignore_ascii_case(taken)) {
                            continue;
                        }
                        let low = now.image_prompt.to_lowercase();
                        let keys: Vec<String> = taken
                            .split(|c: char| !c.is_alphabetic())
                            .filter(|w| w.len() >= 5 && w.chars().next().is_some_and(char::is_lowercase))
                            .map(|w| w.trim_end_matches('e').to_lowercase())
                            .collect();
                        if !keys.is_empty() && !keys.iter().any(|k| low.contains(k.as_str())) {
                            failures.push(format!("{here}: scene {} took {taken:?} but shows: {}", k + 2, now.image_prompt));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.iter().take(12).cloned().collect::<Vec<_>>().join("\n"));
}

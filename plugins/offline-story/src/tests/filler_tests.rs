//! Stock lines that did not connect (issue 17, round c): no practising out
//! of nowhere, no "made a plan… even better", no "What an adventure!" filler,
//! no default story-making hobby or tingly waking up, a group hug only with
//! three or more, the closing question fits the choices, the rocket is not
//! gathered for twice, and a found map says why they go where they go.

use super::repeat_tests::play_told;

const PREMISES: &[&str] = &[
    "two sisters build a cardboard rocket and fly to the moon",
    "a little crab wants to climb to the top of the lighthouse",
    "a dragon who is afraid of the dark learns to love the stars",
    "a dog named Max finds a treasure map at the bottom of the sea",
    "A girl at the window watching snow at night",
    "a penguin who wants to fly a kite",
    "a brave bunny named Pip explores a moonlit garden",
];

const NEVER: &[&str] = &[
    "practised and practised",
    "made it even better",
    "What an adventure!",
    "loved making up stories",
    "tingly, wiggly feeling",
    "hoped to learn to",
    "They gathered boxes",
];

fn plays() -> impl Iterator<Item = (String, Vec<crate::story::Scene>)> {
    PREMISES.iter().flat_map(|premise| {
        (0..5u64).flat_map(move |seed| {
            (0..3).flat_map(move |pick| {
                [3, 5].into_iter().map(move |target| {
                    let typed = (seed == 2).then_some((2, "I want to ride a whale"));
                    (format!("{premise} seed {seed} pick {pick} of {target}"), play_told(premise, seed, target, pick, typed))
                })
            })
        })
    })
}

#[test]
fn no_stock_line_that_does_not_connect() {
    for (here, scenes) in plays() {
        for s in &scenes {
            for never in NEVER {
                assert!(!s.text.contains(never), "{here}: {never:?} in\n{}", s.text);
            }
        }
    }
}

#[test]
fn a_group_hug_needs_three() {
    for (here, scenes) in plays() {
        for s in &scenes {
            let two = !s.text.contains(',') || scenes[0].text.contains("two sisters");
            if s.choices.iter().any(|c| c.contains("group hug")) || s.text.contains("group hug") {
                assert!(!two || s.text.matches(" and ").count() > 1, "{here}: a group hug with two:\n{}", s.text);
            }
        }
    }
    for seed in 0..6 {
        for pick in 0..4 {
            for s in play_told("a little crab wants to climb to the top of the lighthouse", seed, 5, pick, None) {
                assert!(!s.text.contains("group hug") && !s.choices.iter().any(|c| c.contains("group hug")), "{}", s.text);
            }
        }
    }
}

/// "Which way should they go?" only before choices that are ways to go.
#[test]
fn the_closing_question_fits_the_choices() {
    let ways = ["way", "path", "follow", "go ", "climb", "keep going", "left", "right"];
    for (here, scenes) in plays() {
        for s in &scenes {
            if s.text.trim_end().ends_with("Which way should they go?") {
                let travel = s.choices.iter().all(|c| ways.iter().any(|w| c.to_lowercase().contains(w)));
                assert!(travel, "{here}: {:?}\n{}", s.choices, s.text);
            }
        }
    }
}

#[test]
fn a_found_map_says_why_they_go() {
    for seed in 0..6 {
        let first = &play_told("a dog named Max finds a treasure map at the bottom of the sea", seed, 3, 0, None)[0];
        if first.text.contains("map") && first.text.contains("Down, down, down") {
            assert!(first.text.contains("marked the spot"), "{}", first.text);
        }
    }
}

/// "Today is going to be a good day" is never said at night, and at most once in a story.
#[test]
fn a_good_day_is_never_said_at_night_and_at_most_once() {
    for seed in 0..12 {
        for pick in 0..3 {
            let night = super::repeat_tests::play_tier("a girl at the window watching snow at night", "kids", seed, 3, pick, None);
            assert!(night.iter().all(|s| !s.text.contains("good day")), "a good day at night (seed {seed}): {}", night[0].text);
            let day =
                super::repeat_tests::play_tier("two sisters build a cardboard rocket and fly to the moon", "kids", seed, 5, pick, None);
            let times = day.iter().map(|s| s.text.matches("going to be a good day").count()).sum::<usize>();
            assert!(times <= 1, "said {times} times (seed {seed})");
        }
    }
}

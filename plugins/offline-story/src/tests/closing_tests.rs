//! A day's adventure does not always end in bed (issue 17 round 13: all 13
//! kids stories a newcomer played without bedtime ended with goodnight or
//! falling asleep): over day premises, seeds and lengths, the last paragraph
//! closes awake about as often as asleep. Bedtime stories still end asleep
//! (`bedtime_tests`).

use super::repeat_tests::play_told;

const DAY_PREMISES: &[&str] = &[
    "a little crab who wants to see the top of the lighthouse",
    "we go to the zoo",
    "two sisters build a cardboard rocket and fly to the moon",
    "a little boy and his grandpa go fishing on a lake",
    "my dog Max finds a map to a treasure under the sea",
    "a fox and a squirrel in the snowy woods",
    "a girl named Zoe rides a bright red balloon over the town",
    "a snail who goes on a big adventure",
];

/// Whether a closing paragraph puts someone to sleep or says goodnight.
fn asleep(paragraph: &str) -> bool {
    let p = paragraph.to_lowercase();
    ["asleep", "snoring", "sleep", "dream", "goodnight", "night-night", " bed", "yawn"].iter().any(|w| p.contains(w))
}

#[test]
fn a_days_adventure_does_not_always_end_in_bed() {
    let (mut endings, mut in_bed) = (0, 0);
    for premise in DAY_PREMISES {
        for seed in 0..6 {
            for target in [3, 5] {
                let scenes = play_told(premise, seed, target, 0, None);
                let last = scenes.last().expect("a story has scenes");
                assert!(last.is_ending, "{premise} seed {seed}: the last scene ends the story");
                let closing = last.text.split("\n\n").last().unwrap_or_default();
                endings += 1;
                in_bed += usize::from(asleep(closing));
            }
        }
    }
    let share = in_bed * 100 / endings;
    println!("{in_bed} of {endings} day stories end asleep ({share}%)");
    assert!((25..=75).contains(&share), "{in_bed} of {endings} day stories end asleep ({share}%)");
}

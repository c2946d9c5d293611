//! A typed choice happens where the characters are now and never jumps
//! ahead of the premise's own order (issue 17, round c): meeting an alien
//! before the rocket has flown brings the alien to the garden, and the
//! flight is told before anything on the moon; no event is told twice.

use super::repeat_tests::play_told;

const ROCKET: &str = "two sisters build a cardboard rocket and fly to the moon";

#[test]
fn a_typed_meeting_comes_to_where_they_are_and_the_order_holds() {
    for seed in 0..6 {
        for target in [4, 5, 7] {
            for at in 1..target as usize - 1 {
                for pick in 0..3 {
                    let scenes = play_told(ROCKET, seed, target, pick, Some((at, "We meet a friendly alien")));
                    let here = format!("seed {seed} pick {pick} typed at {at} of {target}");
                    let texts: Vec<&str> = scenes.iter().map(|s| s.text.as_str()).collect();
                    let when = |x: &str| texts.iter().position(|t| t.contains(x));
                    let (blast, landed) = (when("blast off"), when("landed softly on the moon"));
                    if let Some(landed) = landed {
                        assert!(blast.is_some_and(|b| b < landed), "{here}: landed before flying:\n{}", texts.join("\n---\n"));
                    }
                    let met = &scenes[at];
                    assert!(!met.text.contains("Off they went to meet"), "{here}: {}", met.text);
                    if blast.is_none_or(|b| b > at) {
                        assert!(!met.image_prompt.contains("on the grey moon"), "{here}: on the moon before flying: {}", met.image_prompt);
                    }
                }
            }
        }
    }
}

#[test]
fn no_event_is_told_twice_along_a_path() {
    let events = ["blast off", "landed softly on the moon", "had to build", "began to look just right"];
    for seed in 0..6 {
        for target in [3, 5, 7] {
            for pick in 0..3 {
                for typed in [None, Some((2, "We meet a friendly alien")), Some((3, "I want to ride a whale"))] {
                    let scenes = play_told(ROCKET, seed, target, pick, typed);
                    for e in events {
                        let n: usize = scenes.iter().map(|s| s.text.matches(e).count()).sum();
                        assert!(n <= 1, "seed {seed} pick {pick} of {target} {typed:?}: {e:?} {n} times");
                    }
                }
            }
        }
    }
}

/// Once the rocket has blasted off, nobody builds it any more: no building line after blast-off.
#[test]
fn no_building_lines_after_blast_off() {
    const BUILDING: &[&str] = &[
        "held the pieces steady",
        "first pieces together",
        "take shape",
        "part wobbled",
        "finishing touches",
        "nearly done",
        "gathered everything",
    ];
    let premise = "two sisters build a cardboard rocket and fly to the moon";
    for seed in 0..6 {
        for pick in 0..3 {
            for typed in [None, Some((3, "I want to meet an alien"))] {
                for target in [5, 6] {
                    let scenes = super::repeat_tests::play_tier(premise, "kids", seed, target, pick, typed);
                    let Some(off) = scenes.iter().position(|s| s.text.contains("blast off")) else { continue };
                    for s in &scenes[off + 1..] {
                        assert!(
                            !BUILDING.iter().any(|b| s.text.contains(b)),
                            "built after blast-off (seed {seed}, pick {pick}): {}",
                            s.text
                        );
                    }
                }
            }
        }
    }
}

/// The moon visit has its own moments (bouncing, footprints, the Earth) before they zoom home.
#[test]
fn the_moon_visit_has_its_own_moments_before_home() {
    for seed in 0..6 {
        for pick in 0..3 {
            for target in [3, 5] {
                let scenes = super::repeat_tests::play_tier(ROCKET, "kids", seed, target, pick, None);
                let end = &scenes.last().expect("an ending").text;
                let home = end.find("climbed back into").expect("they fly home");
                for moment in ["bounced", "footprints", "Earth"] {
                    assert!(end[..home].contains(moment), "no {moment} on the moon (seed {seed}, pick {pick}): {end}");
                }
            }
        }
    }
}

/// A typed meeting after blast-off is drawn where they are (in the rocket among the
/// stars, or on the moon), with the alien named first.
#[test]
fn a_typed_meeting_after_blast_off_is_drawn_where_they_are_alien_first() {
    let mut checked = 0;
    for seed in 0..6 {
        for pick in 0..3 {
            for (at, target) in [(3, 5), (4, 5), (4, 6)] {
                let scenes = super::repeat_tests::play_tier(ROCKET, "kids", seed, target, pick, Some((at, "I want to meet an alien")));
                let met = &scenes[at];
                if met.is_ending || !scenes[..at].iter().any(|s| s.text.contains("blast off")) {
                    continue;
                }
                checked += 1;
                let pic = met.image_prompt.to_lowercase();
                let alien = pic.find("alien").expect("the alien is drawn");
                let first_name = pic.find(',').unwrap_or(pic.len());
                assert!(alien < first_name, "the alien is not named first (seed {seed}, pick {pick}): {}", met.image_prompt);
                for elsewhere in ["rooftops", "garden", "meadow"] {
                    assert!(!pic.contains(elsewhere), "drawn at the take-off (seed {seed}, pick {pick}): {}", met.image_prompt);
                }
            }
        }
    }
    assert!(checked > 0);
}

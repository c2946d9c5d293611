//! Bedtime stories (the host's "(bedtime)" note): the note is read wherever
//! it stands, the story is soothing and slow in both tiers, its choices are
//! calm, every picture is in the evening or at night, each scene is sleepier
//! than the one before, and the last scene ends with everyone asleep.

use super::repeat_tests::{play_tier, play_told};
use crate::bedtime::soften::has_danger;
use crate::cast::host_note;
use crate::story::Scene;

const ROCKET: &str = "two sisters build a cardboard rocket and fly to the moon (bedtime; starring Daisy and Hazel)";
const CRAB: &str = "a little crab wants to climb to the top of the lighthouse (bedtime)";
const KIDS: &[&str] =
    &[ROCKET, CRAB, "a brave bunny named Pip explores a moonlit garden (bedtime)", "Mia and her dog Rex go to the beach (bedtime)"];

fn stories(premise: &str) -> Vec<Vec<Scene>> {
    let mut out = Vec::new();
    for seed in 1..=3 {
        for (target, pick) in [(3, 0), (3, 1), (5, 2)] {
            out.push(play_told(premise, seed, target, pick, None));
        }
    }
    out
}

#[test]
fn the_bedtime_note_is_read_wherever_it_stands() {
    let n = host_note("a rocket trip (bedtime)");
    assert!(n.bedtime && n.base == "a rocket trip" && n.starring.is_empty());
    let n = host_note("a rocket trip (bedtime; starring Mia and Leo; with dinosaurs)");
    assert!(n.bedtime && n.base == "a rocket trip");
    assert_eq!((n.starring, n.with), (vec!["Mia".to_string(), "Leo".to_string()], vec!["dinosaurs".to_string()]));
    let n = host_note("a rocket trip (starring Ana; bedtime)");
    assert!(n.bedtime && n.starring == ["Ana"]);
    let n = host_note("a rocket trip (starring Ana; with cats)");
    assert!(!n.bedtime && n.starring == ["Ana"] && n.with == ["cats"]);
    // A bracket of the family's own stays in the premise.
    let n = host_note("a rocket trip (a very big one)");
    assert!(!n.bedtime && n.base == "a rocket trip (a very big one)");
    // The words of the note are never the story's: no third sister, no "Moonlit" title from "bedtime".
    let s = &play_told(ROCKET, 1, 3, 0, None)[0];
    assert!(s.text.contains("two sisters") && !s.text.contains("bedtime"), "{}", s.text);
}

#[test]
fn a_bedtime_story_is_soothing_and_slow() {
    for premise in KIDS {
        for story in stories(premise) {
            for s in &story {
                let all = format!("{} {} {}", s.text, s.image_prompt, s.choices.join(" "));
                assert!(!has_danger(&all), "{premise}: {all}");
                assert!(!all.contains('!'), "{premise}: {all}");
                for loud in ["Whoosh", "BANG", "brave little song", "Wheee", "tiptoe", "zoom"] {
                    assert!(!all.to_lowercase().contains(&loud.to_lowercase()), "{loud} in {all}");
                }
            }
        }
    }
}

#[test]
fn the_premises_own_adventure_still_happens() {
    let rocket = play_told(ROCKET, 1, 3, 0, None).iter().map(|s| s.text.clone()).collect::<Vec<_>>().join(" ");
    assert!(rocket.contains("cardboard rocket was finished") && rocket.contains("all the way to the moon"), "{rocket}");
    let crab = play_told(CRAB, 1, 3, 0, None).iter().map(|s| s.text.clone()).collect::<Vec<_>>().join(" ");
    assert!(crab.contains("got to climb to the top of the lighthouse"), "{crab}");
}

#[test]
fn bedtime_choices_are_calm_and_of_the_premise() {
    for (premise, own) in [(ROCKET, ["rocket", "moon", "stars"]), (CRAB, ["lighthouse", "waves", "water"])] {
        for story in stories(premise) {
            for s in &story[..story.len() - 1] {
                assert!((3..=4).contains(&s.choices.len()), "{:?}", s.choices);
                assert!(s.choices.iter().any(|c| own.iter().any(|w| c.contains(w))), "{premise}: {:?}", s.choices);
            }
        }
    }
}

#[test]
fn the_last_scene_ends_asleep_and_every_picture_is_evening_or_night() {
    for premise in KIDS {
        for story in stories(premise) {
            for s in &story {
                assert!(s.image_prompt.contains(" evening") || s.image_prompt.contains(" night"), "{}", s.image_prompt);
            }
            let end = story.last().expect("an ending");
            let last = end.text.rsplit("\n\n").next().unwrap_or("");
            assert!(last.contains("fast asleep") && last.contains("Goodnight,"), "{last}");
            assert!(end.image_prompt.contains("asleep"), "{}", end.image_prompt);
        }
    }
    let sisters = play_told(ROCKET, 1, 3, 0, None);
    let end = sisters.last().expect("an ending");
    assert!(end.text.contains("Goodnight, Daisy. Goodnight, Hazel.") && end.text.contains("snuggled down"), "{}", end.text);
    assert!(end.image_prompt.contains("fast asleep, tucked up in bed") && end.image_prompt.contains("cosy bedroom at night"));
    let crab = play_told(CRAB, 1, 3, 0, None);
    let end = crab.last().expect("an ending");
    assert!(end.text.contains("curled up") && end.image_prompt.contains("curled up asleep in a cosy shell nook"), "{}", end.image_prompt);
}

/// How sleepy a scene's words are.
fn sleepiness(text: &str) -> usize {
    let low = text.to_lowercase();
    ["yawn", "sleepy", "heavy", "hushed", "still", "stars", "asleep", "snuggled", "quiet"].iter().map(|w| low.matches(w).count()).sum()
}

#[test]
fn each_bedtime_scene_is_calmer_than_the_one_before() {
    for premise in KIDS {
        for story in stories(premise) {
            assert!(story[0].text.contains("evening"), "{}", story[0].text);
            let sleepy: Vec<usize> = story.iter().map(|s| sleepiness(&s.text)).collect();
            let later = &story[1..story.len() - 1];
            assert!(later.iter().all(|s| ["yawn", "stars", "heavy", "hushed"].iter().any(|w| s.text.contains(w))), "{premise}");
            assert!(sleepy.last() > sleepy.first(), "{premise}: {sleepy:?}");
        }
    }
}

#[test]
fn a_typed_danger_turns_gentle_at_bedtime() {
    let story = play_told(KIDS[2], 1, 4, 0, Some((2, "a dragon attacks")));
    let s = &story[2];
    assert!(s.text.contains("sleepiest, friendliest dragon") && !has_danger(&s.text), "{}", s.text);
    assert!(s.image_prompt.contains("sleepy, friendly dragon"), "{}", s.image_prompt);
}

#[test]
fn a_bible_story_at_bedtime_keeps_its_order_and_verses_and_says_goodnight() {
    for premise in ["Noah builds a big boat", "David and Goliath", "Jonah and the big fish"] {
        for seed in 1..=2 {
            let plain = play_tier(premise, "bible", seed, 3, 0, None);
            let bedtime = play_tier(&format!("{premise} (bedtime)"), "bible", seed, 3, 0, None);
            assert_eq!(plain.len(), bedtime.len());
            for (p, b) in plain.iter().zip(&bedtime) {
                let verses = |s: &Scene| s.text.split("\n\n").filter(|t| t.ends_with("WEB)")).map(str::to_string).collect::<Vec<_>>();
                assert_eq!(verses(p), verses(b), "{premise}");
                assert!(!verses(b).is_empty());
                let told: Vec<&str> = b.text.split("\n\n").filter(|t| !t.ends_with("WEB)")).collect();
                assert!(told.iter().all(|t| !t.contains('!')), "{}", b.text);
                let low = b.image_prompt.to_lowercase();
                assert!(crate::bedtime::bible::TIMES_OF_DAY.iter().any(|t| low.contains(t)), "{}", b.image_prompt);
                assert!(b.choices.iter().all(|c| !has_danger(c)), "{:?}", b.choices);
            }
            let end = bedtime.last().expect("an ending");
            assert!(end.text.contains("God keeps watch through the night") && end.text.contains("Goodnight"), "{}", end.text);
        }
    }
    let named = play_tier("Noah builds a big boat (bedtime; starring Mia and Leo)", "bible", 1, 3, 0, None);
    assert!(named.last().is_some_and(|s| s.text.contains("Goodnight, Mia and Leo.")));
}

#[test]
fn a_typed_whale_scene_has_substance_and_the_lighthouse_is_painted_once() {
    let story = play_told("a little crab wants to climb to the top of the lighthouse", 1, 5, 0, Some((2, "I want to ride a whale")));
    let second = story[2].text.split("\n\n").nth(1).unwrap_or("");
    assert!(second.matches(['.', '!', '?']).count() >= 2, "{second}");
    for s in &story[..2] {
        assert_eq!(s.image_prompt.matches("lighthouse").count(), 1, "{}", s.image_prompt);
    }
}

/// The moon the bedtime story is looking for is not already glowing before it is found:
/// before the ending, the moon is only ever the thing to find.
#[test]
fn a_moon_to_find_is_not_there_before_it_is_found() {
    for premise in ["a sleepy bunny wants to find the moon (bedtime)", "a little bunny on a mountain wants to find the moon (bedtime)"] {
        for seed in 0..8 {
            for pick in 0..3 {
                let scenes = play_tier(premise, "kids", seed, 3, pick, None);
                assert!(scenes[0].text.contains("find the moon"), "{}", scenes[0].text);
                for s in &scenes[..scenes.len() - 1] {
                    for sentence in s.text.split_inclusive(['.', '?', '!']) {
                        let low = sentence.to_lowercase();
                        assert!(
                            !low.contains("moon") || low.contains("find the moon"),
                            "the moon is there before it is found (seed {seed}, pick {pick}): {sentence}"
                        );
                    }
                    assert!(s.choices.iter().all(|c| !c.to_lowercase().contains("moon")), "{:?}", s.choices);
                }
            }
        }
    }
}

/// Round 8: the middle pictures show everyone awake on their way (a painter
/// draws "yawning" as asleep), only the last one asleep; a character without
/// a known pronoun is never "Pip closed Pip's eyes".
#[test]
fn middle_pictures_are_awake_and_nobody_is_named_twice_in_a_clause() {
    let premises =
        [CRAB, ROCKET, "a sleepy bunny wants to find the moon (bedtime)", "a brave bunny named Pip explores a moonlit garden (bedtime)"];
    for premise in premises {
        for seed in 0..8 {
            for pick in 0..4 {
                let scenes = play_told(premise, seed, 3, pick, None);
                let cast = crate::premise::Premise::read(premise, seed).cast;
                let first = scenes[0].text.to_lowercase();
                let times = first.matches("evening").count() + first.matches(" night").count();
                assert!(times <= 1, "{premise}: the time of day said {times} times: {}", scenes[0].text);
                for (i, s) in scenes.iter().enumerate() {
                    if !s.is_ending {
                        for sleepy in ["yawning", "drowsy", "sleepy eyes", "sleepy flowers", "everyone asleep"] {
                            assert!(!s.image_prompt.contains(sleepy), "{premise} scene {}: {sleepy} in {}", i + 1, s.image_prompt);
                        }
                        assert!(i == 0 || s.image_prompt.contains("awake"), "{}", s.image_prompt);
                    }
                    for m in &cast {
                        let words: Vec<&str> = s.text.split(' ').collect();
                        let twice = words.windows(3).any(|w| w[0] == m.name && w[2] == format!("{}'s", m.name));
                        assert!(!twice, "{premise}: {} named twice in a clause: {}", m.name, s.text);
                    }
                }
            }
        }
    }
}

/// A Bible picture at bedtime shows one time of day: the morning its text
/// tells of stays morning (round 13: "… at sunrise, in the soft evening light"),
/// and a calmed storm is not called a storm.
#[test]
fn a_bible_picture_at_bedtime_shows_one_time_of_day() {
    let mut problems = Vec::new();
    // Creation's pictures show the day and the night themselves, side by side.
    for story in crate::bible::stories().filter(|s| s.names[0] != "creation") {
        let premise = format!("{} (bedtime)", story.names[0]);
        for target in [3, 5, 7] {
            for s in play_tier(&premise, "bible", 1, target, 0, None) {
                let low = s.image_prompt.to_lowercase();
                let day = ["morning", "sunrise", "dawn", "daybreak", "midday", "noon"].iter().any(|t| low.contains(t));
                let late = ["evening", "night", "dusk", "sunset"].iter().any(|t| low.contains(t));
                let calmed = low.contains("calm") && low.contains("storm");
                if day && late || calmed {
                    problems.push(format!("{premise} ({target} scenes): {}", s.image_prompt));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} pictures:\n{}", problems.len(), problems.join("\n"));
}

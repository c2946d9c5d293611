//! What a newcomer's phone play showed (issue 17, round b): the picture leads
//! with the newest event and has the time of day the text has, nothing is
//! shown built before it is built, vehicles are where they go, every line of
//! wonder names what it wonders at, no choice comes twice along a path, every
//! hero takes part, and a typed idea in a short story gets a whole paragraph.

use super::repeat_tests::play_told;
use crate::premise::Premise;
use crate::story::Scene;

const ROCKET: &str = "two sisters build a cardboard rocket and fly to the moon";
const CRAB: &str = "a little crab wants to climb to the top of the lighthouse";
const WHALE: &str = "I want to ride a whale";

/// Every way through a story: seeds, picks, lengths.
fn plays(premise: &str) -> impl Iterator<Item = (String, Vec<Scene>)> + '_ {
    (0..6u64).flat_map(move |seed| {
        (0..3).flat_map(move |pick| {
            [3, 5, 7]
                .into_iter()
                .map(move |target| (format!("{premise} seed {seed} pick {pick} of {target}"), play_told(premise, seed, target, pick, None)))
        })
    })
}

#[test]
fn the_picture_leads_with_the_newest_event() {
    for seed in 0..8 {
        for target in [3, 5, 7] {
            let scenes = play_told(CRAB, seed, target, 0, Some((2, WHALE)));
            let whale = &scenes[2];
            if !whale.is_ending {
                assert!(whale.image_prompt.starts_with("A friendly whale giving"), "{}", whale.image_prompt);
            }
            let last = scenes.last().expect("an ending");
            let cast_at = last.image_prompt.find("crab").unwrap_or(0);
            let top = last.image_prompt.find("at the very top of the lighthouse");
            assert!(top.is_some_and(|top| top > cast_at), "{}", last.image_prompt);
        }
    }
    for (here, scenes) in plays(ROCKET) {
        for s in &scenes {
            if s.text.contains("blast off") {
                let flying =
                    s.image_prompt.starts_with("A cardboard rocket blasting off into the sky") && s.image_prompt.contains("inside it");
                assert!(flying && !s.image_prompt.contains("garden") && !s.image_prompt.contains("beside"), "{here}: {}", s.image_prompt);
            }
            if s.text.contains("landed softly on the moon") {
                assert!(s.image_prompt.contains("bouncing on the grey moon"), "{here}: {}", s.image_prompt);
            }
        }
    }
}

#[test]
fn the_time_of_day_follows_the_text() {
    use crate::picture::said_time;
    use crate::words::Time;
    assert_eq!(said_time("One bright morning they set off. That night, they slept."), Some(Time::Night));
    assert_eq!(said_time("The sun sank low."), Some(Time::Sunset));
    assert_eq!(said_time("They built a rocket."), None);
    assert_eq!(Premise::read(ROCKET, 1).time, None, "the moon they fly to is a place, not the night");
    for (here, scenes) in plays(ROCKET).chain(plays(CRAB)) {
        for s in &scenes {
            let shown = if s.is_ending { s.text.rsplit_once("\n\n").map_or(s.text.as_str(), |x| x.0) } else { &s.text };
            if s.image_prompt.contains("at night") {
                assert!(said_time(shown) == Some(Time::Night), "{here}: night in the picture only: {}\n{}", s.image_prompt, s.text);
            }
        }
    }
    let bunny = play_told("a brave bunny named Pip explores a moonlit garden", 1, 4, 0, None);
    assert!(bunny[..3].iter().all(|s| s.image_prompt.contains("at night")), "{}", bunny[1].image_prompt);
}

#[test]
fn nothing_is_shown_built_before_it_is_built() {
    for (here, scenes) in plays(ROCKET) {
        for (i, s) in scenes.iter().enumerate() {
            let built =
                scenes[..=i].iter().any(|s| ["blast off", "began to look just right", "was finished"].iter().any(|x| s.text.contains(x)));
            if built {
                continue;
            }
            let whole = s.image_prompt.replace("half-built cardboard rocket", "");
            assert!(!whole.contains("cardboard rocket"), "{here} scene {}: {}", i + 1, s.image_prompt);
            if i == 0 || s.text.contains("had to build") {
                assert!(s.image_prompt.contains("boxes"), "{here} scene {}: {}", i + 1, s.image_prompt);
            }
        }
    }
}

#[test]
fn vehicles_are_where_they_go() {
    let boat = "a pirate and a parrot sail a wooden ship to an island";
    let mut seen = 0;
    for (here, scenes) in plays(boat) {
        for s in scenes.iter().filter(|s| s.text.contains("over the waves") || s.text.contains("just under the water")) {
            seen += 1;
            let afloat = s.image_prompt.contains("out on the waves") || s.image_prompt.contains("out on the sparkling");
            assert!(
                afloat && s.image_prompt.contains("aboard") && !s.image_prompt.contains("beside a wooden ship,"),
                "{here}: {}",
                s.image_prompt
            );
        }
    }
    assert!(seen > 0);
    for (here, scenes) in plays(ROCKET) {
        for s in scenes.iter().filter(|s| s.text.contains("Up, up, up went")) {
            assert!(s.image_prompt.contains("inside it") && s.image_prompt.contains("outer space"), "{here}: {}", s.image_prompt);
        }
    }
}

/// Stock lines of wonder that point at nothing.
const POINTLESS: &[&str] = &["What do you think it means?", "\"Look!\" gasped", "Well, I never!\" said", "It must be just over there"];

#[test]
fn every_line_of_wonder_names_what_it_wonders_at() {
    use crate::lines::{EVENT_FEELINGS, STAY_CLOSE, WONDERS};
    for line in EVENT_FEELINGS.iter().chain(STAY_CLOSE).chain(crate::events::starts::FEELINGS) {
        assert!(!POINTLESS.iter().any(|x| line.contains(x)), "{line}");
    }
    assert!(WONDERS.iter().all(|line| line.contains("{found}")));
    for premise in [ROCKET, CRAB, "a dragon who is afraid of the dark", "purple", "Mia and her dog Rex go to the beach"] {
        for (here, scenes) in plays(premise) {
            for s in &scenes {
                for x in POINTLESS {
                    assert!(!s.text.contains(x), "{here}: {x}: {}", s.text);
                }
            }
        }
    }
}

#[test]
fn no_choice_is_offered_twice_and_a_brave_song_needs_something_scary() {
    let scary = ["scar", "dark", "slippery", "storm", "oh no", "nervous", "lost", "alone", "wobbl", "gust", "tangled", "sniffle", "steep"];
    for premise in [ROCKET, CRAB, "a penguin who wants to fly a kite", "Bear and Pearl go to the beach"] {
        for (here, scenes) in plays(premise) {
            // A long story may run out of fresh choices: then none comes back in the very next scene.
            let long = scenes.len() > 5;
            let mut offered = std::collections::BTreeSet::new();
            for (i, s) in scenes.iter().enumerate() {
                for c in &s.choices {
                    let fresh = offered.insert(c.clone());
                    let again_at_once = i > 0 && scenes[i - 1].choices.contains(c);
                    assert!(fresh || long && !again_at_once, "{here}: {c:?} offered twice");
                    if c == "Sing a brave little song" {
                        assert!(scary.iter().any(|w| s.text.to_lowercase().contains(w)), "{here}: a brave song after: {}", s.text);
                    }
                }
            }
        }
    }
}

/// Whether `name` does or says something of their own in `text` ("Lila added", "said Lila"), not only "Tilly and Lila".
fn acts(text: &str, name: &str) -> bool {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect();
    (0..words.len()).any(|i| {
        let (before, after) = (i.checked_sub(1).map(|b| words[b]), words.get(i + 1).copied());
        let spoke = before.is_some_and(|b| {
            ["said", "whispered", "called", "asked", "laughed", "cheered", "gasped", "cried", "wondered", "mumbled", "giggled"].contains(&b)
        });
        // "Tilly and Lila had" is the two together; "Wren wiggled and Rosie twirled" is Rosie's own.
        let together = before == Some("and") && i >= 2 && words[i - 2].chars().next().is_some_and(char::is_uppercase);
        let did = after.is_some_and(|a| a.chars().next().is_some_and(char::is_lowercase) && !["and", "too"].contains(&a)) && !together;
        words[i] == name && (spoke || did)
    })
}

fn p_len(premise: &str, seed: u64) -> usize {
    Premise::read(premise, seed).cast.len()
}

#[test]
fn every_named_hero_takes_part_in_most_scenes() {
    for premise in [ROCKET, CRAB, "three friends build a sandcastle on the beach"] {
        for (here, scenes) in plays(premise) {
            let seed = here.split("seed ").nth(1).and_then(|s| s.split(' ').next()).and_then(|s| s.parse().ok()).unwrap_or(0);
            for m in &Premise::read(premise, seed).cast {
                let active = scenes.iter().filter(|s| acts(&s.text, &m.name)).count();
                // Two heroes: everyone in all scenes but one at most; three: everyone in about half (scene 1 only introduces them).
                let most = if p_len(premise, seed) >= 3 { active * 2 + 1 >= scenes.len() } else { active + 1 >= scenes.len() };
                assert!(most, "{here}: {} acts in {active} of {} scenes", m.name, scenes.len());
            }
        }
    }
}

#[test]
fn a_typed_idea_in_a_short_story_gets_a_whole_paragraph() {
    for seed in 0..6 {
        for typed in [WHALE, "find a golden key", "sing a song about the sea", "asdfgh qwerty", "the seal bites the crab"] {
            let scenes = play_told(CRAB, seed, 3, 0, Some((2, typed)));
            let end = &scenes[2];
            let first = end.text.split("\n\n").next().unwrap_or("");
            let sentences = first.matches(['.', '!', '?']).count();
            assert!(sentences >= 4, "{typed}: {first}");
            assert!(end.text.split("\n\n").count() >= 3, "{typed}: {}", end.text);
        }
        let scenes = play_told(CRAB, seed, 3, 0, Some((2, WHALE)));
        assert!(scenes[2].text.contains("let them off, right where they needed to be"), "{}", scenes[2].text);
    }
}

#[test]
fn every_quote_says_who_speaks_and_nobody_is_asked_to_join_themselves() {
    for (here, scenes) in plays(CRAB).chain(plays(ROCKET)) {
        let s = &scenes[0].text;
        assert!(!s.contains("\"Can I come too?\" \"Of course!\""), "{here}: {s}");
        for s in &scenes {
            let p = Premise::read(CRAB, 0);
            assert!(!s.text.contains(&format!("\"Let's tell {}", p.friend().name)), "{here}: {}", s.text);
        }
    }
}

#[test]
fn every_choice_reads_as_something_to_do() {
    let all = crate::bank::ANYWHERE.iter().chain(crate::bank::ALONG).chain(crate::events::starts::SHARED);
    for c in all.chain(crate::events::all_choices()) {
        assert!(crate::text::choice_as_action(c.text).is_some(), "{}", c.text);
    }
}

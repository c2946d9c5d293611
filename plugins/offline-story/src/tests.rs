//! Tests of the storyteller's output: JSON shape, determinism, variety, and
//! that scenes follow the premise and the choices taken.

mod activity_tests;
mod actor_tests;
mod arrival_tests;
mod bedtime_tests;
mod body_tests;
mod cast_tests;
mod choice_picture_tests;
mod closer_tests;
mod closing_tests;
mod continuity_tests;
mod ending_tests;
mod event_tests;
mod fear_tests;
mod filler_tests;
mod glitch_tests;
mod helper_tests;
mod idea_tests;
mod key_moment_tests;
mod memory_tests;
mod moon_tests;
mod moral_tests;
mod newcomer_tests;
mod opening_tests;
mod picture_shown_tests;
mod place_title_tests;
mod plot_tests;
mod premise_kept_tests;
mod premise_tests;
mod promise_tests;
mod repeat_tests;
mod ride_tests;
mod rocket_tests;
mod sameness_tests;
mod show_tests;
mod situated_choice_tests;
mod situation_tests;
mod size_tests;
mod stock_tests;
mod time_tests;
mod typed_idea_tests;
mod typed_tests;
mod variety_tests;
mod weather_tests;
mod wish_met_tests;
mod zoo_tests;

use crate::story::{Hints, Scene, scene_json, write_scene};

fn scene(premise: &str, path: &[&str], n: u32, target: u32) -> Scene {
    let path: Vec<String> = path.iter().map(|s| s.to_string()).collect();
    write_scene(Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &[] })
}

/// Play a whole story always taking choice `pick % len`.
fn play(premise: &str, target: u32, pick: usize) -> Vec<Scene> {
    let mut path: Vec<String> = Vec::new();
    let mut scenes = Vec::new();
    for n in 1..=target {
        let s = write_scene(Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &[] });
        if let Some(c) = s.choices.get(pick % s.choices.len().max(1)) {
            path.push(c.clone());
        }
        scenes.push(s);
    }
    scenes
}

const PREMISES: &[&str] = &[
    "a brave bunny named Pip explores a moonlit garden",
    "a dragon who is afraid of the dark",
    "Mia and her dog Rex go to the beach",
    "a rocket trip to the moon",
    "",
    "Tell me a story about a pirate looking for treasure on an island",
    "a little girl who wants to find the way home in a snowy forest",
];

#[test]
fn json_has_the_host_shape() {
    for premise in PREMISES {
        let path: Vec<String> = Vec::new();
        let json = scene_json(Hints { premise, path: &path, scene_number: 1, target_scenes: 5, told: &[] }).expect("json");
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid json");
        let obj = v.as_object().expect("object");
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 5, "{keys:?}");
        for k in ["title", "text", "image_prompt", "choices", "is_ending"] {
            assert!(obj.contains_key(k), "missing {k}");
        }
        assert!(v["is_ending"].is_boolean() && v["choices"].is_array());
    }
}

#[test]
fn every_scene_has_3_or_4_short_distinct_choices_and_the_last_ends() {
    let mut counts = std::collections::BTreeSet::new();
    for premise in PREMISES {
        for pick in 0..4 {
            let scenes = play(premise, 6, pick);
            for (i, s) in scenes.iter().enumerate() {
                // Scene 1 has a paragraph more than before: it introduces the whole cast, the object and the place.
                let paragraphs = s.text.split("\n\n").count();
                assert!((2..=4).contains(&paragraphs), "{paragraphs} paragraphs: {}", s.text);
                assert!(!s.text.contains('{') && !s.text.contains('}'), "unfilled: {}", s.text);
                assert!(!s.image_prompt.is_empty());
                if i + 1 == scenes.len() {
                    assert!(s.is_ending && s.choices.is_empty());
                    // The page prints "The End" itself (issue 17), so the text no longer does.
                    assert!(!s.text.contains("The End"), "{}", s.text);
                } else {
                    assert!(!s.is_ending);
                    assert!((3..=4).contains(&s.choices.len()), "{:?}", s.choices);
                    counts.insert(s.choices.len());
                    let distinct: std::collections::BTreeSet<_> = s.choices.iter().collect();
                    assert_eq!(distinct.len(), s.choices.len());
                    for c in &s.choices {
                        assert!(c.len() < 90 && !c.contains('{'), "{c}");
                    }
                }
            }
        }
    }
    assert_eq!(counts.len(), 2, "both 3 and 4 choices should occur");
}

#[test]
fn a_story_kept_going_to_25_scenes_still_offers_3_or_4_distinct_choices() {
    for premise in PREMISES {
        for pick in 0..5 {
            let scenes = play(premise, 25, pick);
            for s in &scenes[..scenes.len() - 1] {
                let distinct: std::collections::BTreeSet<_> = s.choices.iter().collect();
                assert!((3..=4).contains(&distinct.len()) && distinct.len() == s.choices.len(), "{premise}, pick {pick}: {:?}", s.choices);
            }
            assert!(scenes[24].is_ending);
        }
    }
}

#[test]
fn same_inputs_same_output() {
    for premise in PREMISES {
        assert_eq!(
            play(premise, 5, 1).iter().map(|s| s.text.clone()).collect::<Vec<_>>(),
            play(premise, 5, 1).iter().map(|s| s.text.clone()).collect::<Vec<_>>()
        );
    }
    let a = scene_json(Hints {
        premise: "a cat in a castle",
        path: &["Look around carefully for clues".into()],
        scene_number: 2,
        target_scenes: 4,
        told: &[],
    });
    let b = scene_json(Hints {
        premise: "a cat in a castle",
        path: &["Look around carefully for clues".into()],
        scene_number: 2,
        target_scenes: 4,
        told: &[],
    });
    assert_eq!(a.expect("a"), b.expect("b"));
}

#[test]
fn premises_and_paths_change_the_scene() {
    let texts: std::collections::BTreeSet<String> = PREMISES.iter().map(|p| scene(p, &[], 1, 5).text).collect();
    assert_eq!(texts.len(), PREMISES.len());
    let premise = PREMISES[0];
    let first = scene(premise, &[], 1, 5);
    let nexts: std::collections::BTreeSet<String> = first.choices.iter().map(|c| scene(premise, &[c.as_str()], 2, 5).text).collect();
    assert_eq!(nexts.len(), first.choices.len());
    let texts = |pick| play(premise, 5, pick).into_iter().map(|s| s.text).collect::<Vec<_>>();
    assert_ne!(texts(0), texts(1));
}

#[test]
fn next_scene_follows_the_last_choice() {
    for premise in PREMISES {
        let first = scene(premise, &[], 1, 4);
        for c in &first.choices {
            let next = scene(premise, &[c.as_str()], 2, 4);
            // "Take off your shoes" is told as "take off our shoes" or "take off her shoes".
            let low = c.to_lowercase();
            let phrase = low.split(" your ").next().unwrap_or(&low);
            assert!(next.text.to_lowercase().contains(phrase), "{c:?} not in {}", next.text);
        }
    }
    // A choice the plugin did not write (another model's, say) is still followed.
    // Typed, it is told as what the hero did.
    let s = scene(PREMISES[0], &["Climb the tallest tree"], 2, 4);
    assert!(s.text.contains("Pip climbed the tallest tree"), "{}", s.text);
    let s = scene(PREMISES[0], &["What is behind the door?"], 2, 4);
    assert!(s.text.contains("What is behind the door?"), "{}", s.text);
}

#[test]
fn named_characters_are_used() {
    let s = scene("a brave bunny named Pip explores a moonlit garden", &[], 1, 4);
    assert!(s.text.contains("Pip") && s.text.contains("bunny") && s.text.contains("brave"), "{}", s.text);
    assert_eq!(s.title, "Pip and the Moonlit Garden");
    assert!(s.image_prompt.contains("bunny") && s.image_prompt.contains("garden") && s.image_prompt.contains("night"));
    let s = scene("Mia and her dog Rex go to the beach", &[], 1, 4);
    assert!(s.text.contains("Mia") && s.text.contains("Rex"), "{}", s.text);
    let s = scene("Pip the hedgehog finds a key", &[], 1, 4);
    assert!(s.text.contains("Pip") && s.text.contains("hedgehog"), "{}", s.text);
    let s = scene("a girl and her dragon named Spark", &[], 1, 4);
    assert!(s.text.contains("Spark"), "{}", s.text);
}

#[test]
fn title_is_stable_across_the_story() {
    for premise in PREMISES {
        let scenes = play(premise, 5, 2);
        assert!(scenes.iter().all(|s| s.title == scenes[0].title), "{premise}");
        assert!(!scenes[0].title.is_empty());
    }
}

#[test]
fn ending_ties_back_and_odd_hints_are_safe() {
    let end = play("a pirate looking for treasure on an island", 3, 0).pop().expect("ending");
    assert!(end.is_ending && end.text.contains("treasure"), "{}", end.text);
    // Degenerate hints never panic and still give a valid scene.
    for (n, t) in [(0, 0), (1, 1), (9, 3), (2, 0), (u32::MAX, u32::MAX)] {
        let s = scene("", &[], n, t);
        assert!(!s.text.is_empty());
        let _ = scene("   ", &["", "!!!", "?"], n, t);
    }
}

/// `cargo test -p offline-story -- --ignored --nocapture print_stories` to read a few stories.
#[test]
#[ignore]
fn print_stories() {
    for (i, premise) in PREMISES.iter().enumerate() {
        for s in play(premise, 5, i) {
            println!("=== {} ===\n{}\n[img] {}\n[choices] {:?}\n", s.title, s.text, s.image_prompt, s.choices);
        }
        println!("##########################");
    }
}

/// `cargo test -p offline-story -- --ignored --nocapture print_openings` to read first scenes.
#[test]
#[ignore]
fn print_openings() {
    for premise in [
        "a lost puppy trying to find its way home",
        "Leo's first trip to space",
        "a day in Grandma's garden",
        "Dinosaurs!",
        "the princess and the dragon",
        "a brave bunny named Pip explores a moonlit garden",
        "Sam the robot builds a sandcastle at the beach",
        "a shy octopus who wants to make friends under the sea",
    ] {
        let s = scene(premise, &[], 1, 4);
        println!("=== {} === ({premise})\n{}\n[img] {}\n[choices] {:?}\n", s.title, s.text, s.image_prompt, s.choices);
        let e = scene(premise, &[s.choices[0].as_str()], 2, 2);
        println!("--- ending ---\n{}\n[img] {}\n", e.text, e.image_prompt);
    }
}

/// The stories themselves are pinned: a change to the templates or to the
/// SDK's `rng` that alters them shows up here (update the hash only on purpose).
/// Last updated on purpose when scene 1 began with the premise's own first
/// step (no discovery), long stories filled their gaps with the premise's
/// moments, choices naming a character as a thing were dropped, and scenes
/// of the premise's own events stopped offering a treasure hunt's choices;
/// and again when the hero's own pronoun followed the hero's name in a group
/// story ("Luna closed her eyes", not "their eyes"), and when the object's
/// full name was said once a paragraph and a told sentence not said again,
/// and when a wish come true got its own paragraph and the last line the title;
/// and when a story of riding its object stopped offering choices that walk on
/// (and its blast-off picture showed the rocket flying up into the sky);
/// and when pictures began leading with the newest event, the heroes took
/// turns, and no choice was offered twice along a path (issue 17, round b);
/// and when the premise's own goal replaced stock ones and filler lines went, and
/// each picture began to show the choice taken (round c); and when a story at
/// night stopped saying "Today is going to be a good day" (round d); and when
/// invented names came from a longer list, stock lines were varied by seed, a
/// helper met in scene 1 was said goodbye to and a typed "ask" was answered (round 8),
/// and when bedtime middle pictures stayed awake and key moments led the pictures;
/// and when the hero decided every choice (a group of friends taking turns),
/// invented names were salted with the premise and the creature, and a typed
/// ride drew the hero on the creature's back, and stock lines (skies, the way
/// home, the wish's moment, feelings, jokes) became banks by seed (round e);
/// and when "said someone", "went to + action" and empty filler went, stock
/// lines got written variants by seed and the zoo's animals an order by seed, and
/// a wish met or a dark already there from scene 1 stopped coming "at last", and
/// the trip home from the moon became a moment with no houses on the moon, invented
/// names came from lists three times longer, a hunt for the moon was pictured at dusk,
/// scene 1 stopped inventing a hobby and a hero at home stopped setting off for home,
/// and scene 1's discovery came back in scene 2 and fitted its place, and a
/// hero the text calls little was drawn small (round 10); and animals stopped
/// holding hands, clapping, high-fiving and wearing shoes, and the biggest smile,
/// the whispered plan and the friend who made it fun got more variants (round 11);
/// and when a fear took real small steps that fit it, in order, and a line about hands
/// took its body-aware slot as it was written (round 12); and when scenes began
/// offering what there is to do in the story's own place (the rock pool, the
/// moon dust once landed) instead of stock choices, and decisions got two more
/// variants, titles stopped promising magic the premise does not have, and a hunt
/// that was never scary stopped ending on "Being brave is easier" (round 13);
/// about half of the day stories began closing awake, not in bed (round 13);
/// and when facing the dark at the end was told in parts picked by seed (round 13b).
#[test]
fn output_is_pinned() {
    let scenes = PREMISES.iter().flat_map(|p| play(p, 5, 1)).map(|s| serde_json::to_string(&s).expect("json")).collect::<Vec<_>>();
    assert_eq!(storyloom_plugin_sdk::rng::hash_parts(scenes.iter().map(String::as_str)), 13_322_914_084_247_033_658);
}

#[test]
fn the_earlier_scenes_are_read_from_the_hosts_story_so_far() {
    use storyloom_plugin_sdk::Message;
    let turn = |role: &str, content: &str| Message { role: role.into(), content: content.into() };
    let messages = [
        turn("user", "Start a new story from this idea: Jonah\n\nWrite scene 1 of 4."),
        turn("assistant", r#"{"text":"Jonah ran away.","image_prompt":"a boat","choices":["a","b","c"],"is_ending":false}"#),
        turn("user", "The reader chose: a\n\nWrite scene 2 of 4."),
        turn("assistant", "not a scene"),
        turn("user", "The reader chose: b\n\nWrite scene 3 of 4."),
        // A retry's rejected answer comes after the path's scenes and is not one of them.
        turn("assistant", r#"{"text":"rejected","choices":[]}"#),
        turn("user", "That answer could not be used."),
    ];
    assert_eq!(crate::earlier_scenes(&messages, 2), ["Jonah ran away.".to_string(), String::new()]);
    assert_eq!(crate::earlier_scenes(&messages, 0), Vec::<String>::new());
}

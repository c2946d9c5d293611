//! The storyteller follows the premise: a table of kids premises with what
//! scene 1 must and must not say, looks kept across scenes, seeds, and text
//! checks (no "The End", no braces, pronouns that match, short sentences).

use crate::premise::Premise;
use crate::story::{Hints, Scene, write_scene_seeded};
use crate::words::Pron;

pub(super) fn scene(premise: &str, seed: u64, path: &[String], n: u32, target: u32) -> Scene {
    write_scene_seeded(Hints { premise, path, scene_number: n, target_scenes: target, told: &[] }, seed)
}

/// Play a whole story with `seed`, always taking choice `pick % len`.
pub(super) fn play(premise: &str, seed: u64, target: u32, pick: usize) -> Vec<Scene> {
    let mut path: Vec<String> = Vec::new();
    let mut scenes = Vec::new();
    for n in 1..=target {
        let s = scene(premise, seed, &path, n, target);
        if let Some(c) = s.choices.get(pick % s.choices.len().max(1)) {
            path.push(c.clone());
        }
        scenes.push(s);
    }
    scenes
}

/// `cargo test -p offline-story -- --ignored --nocapture show_table` to read the stories.
#[test]
#[ignore]
fn show_table() {
    for row in TABLE {
        for s in play(row.premise, 7, 3, 1) {
            println!("=== {} === ({})\n{}\n[img] {}\n[choices] {:?}\n", s.title, row.premise, s.text, s.image_prompt, s.choices);
        }
        println!("##########################");
    }
}

struct Row {
    premise: &'static str,
    /// Words scene 1's text must contain.
    text: &'static [&'static str],
    /// Words scene 1's picture must contain.
    picture: &'static [&'static str],
    /// Words neither may contain.
    not: &'static [&'static str],
}

const fn row(premise: &'static str, text: &'static [&'static str], picture: &'static [&'static str], not: &'static [&'static str]) -> Row {
    Row { premise, text, picture, not }
}

const TABLE: &[Row] = &[
    row(
        "two sisters build a cardboard rocket and fly to the moon",
        &["sisters", "cardboard rocket", "the moon"],
        // Not built yet: its boxes are in the picture, not the rocket (issue 17).
        &["girl", "boxes", "moon"],
        &["explorer", "beside a cardboard rocket"],
    ),
    row("Mia, Leo and Sam go camping", &["Mia", "Leo", "Sam", "campsite"], &["Mia, a girl", "Leo, a boy", "Sam, a child", "tent"], &[]),
    row("Noah and his sister build a sandcastle", &["Noah", "sister", "sandcastle"], &["Noah, a boy", "girl", "sandcastle"], &[]),
    row(
        "a little crab who wants to see the top of the lighthouse",
        &["crab", "see the top of the lighthouse", "lighthouse"],
        &["crab", "lighthouse"],
        &["bear"],
    ),
    row(
        "my dog Max finds a map to a treasure under the sea",
        &["Max", "dog", "map", "bottom of the sea"],
        &["Max, a", "dog", "map", "under the water"],
        &[],
    ),
    row("a dragon who is afraid of the dark learns to love the stars", &["dragon", "love the stars"], &["dragon"], &["explorer"]),
    row("Teddy and his owl friend Hoot", &["Teddy", "Hoot", "owl"], &["Teddy, a boy", "Hoot, a", "owl"], &["bear"]),
    row("a unicorn and a robot", &["unicorn", "robot"], &["unicorn", "robot"], &["an unicorn"]),
    row("three friends and a runaway kite", &["runaway", "kite"], &["runaway", "kite"], &[]),
    row(
        "a girl named Zoe rides a bright red balloon over the town",
        &["Zoe", "bright red balloon", "town"],
        &["Zoe, a girl", "bright red balloon", "town"],
        &["blue balloon"],
    ),
    row(
        "a brave bunny named Pip explores a moonlit garden",
        &["Pip", "brave bunny", "garden"],
        &["Pip, a", "bunny", "garden", "night"],
        &[],
    ),
    row("a snail who goes on a big adventure", &["snail"], &["snail"], &[]),
    row("a coral reef story about a little fish", &["fish", "coral reef"], &["fish", "under the water"], &["on the water"]),
    row("a boy and his grandma", &["boy", "Grandma"], &["boy", "Grandma, a grandma"], &[]),
    row("twins ride a red train to the mountains", &["twins", "red train", "Mountain"], &["red train"], &[]),
    row(
        "a brave bunny named Star and a kitten called Rose",
        &["Star", "Rose", "bunny", "kitten"],
        &["Star, a", "Rose, a"],
        &["fallen star", "flowers"],
    ),
    row("Bear and Pearl go to the beach", &["Bear", "Pearl", "beach"], &["Bear, a", "Pearl, a"], &["bear with", "seashell"]),
    row("a princess and a knight in a castle", &["princess", "knight", "castle"], &["princess", "knight", "castle"], &[]),
    row("a pirate and a parrot sail a wooden ship", &["pirate", "parrot", "wooden ship"], &["pirate", "parrot", "wooden ship"], &[]),
    row("an astronaut and her robot", &["astronaut", "robot"], &["astronaut", "robot", "space"], &[]),
    row(
        "a mermaid and a seahorse under the sea",
        &["mermaid", "seahorse", "bottom of the sea"],
        &["mermaid", "seahorse", "under the water"],
        &[],
    ),
    row("a cow, a pig and a sheep on the farm", &["cow", "pig", "sheep", "farm"], &["cow", "pig", "sheep"], &[]),
    row("a penguin who wants to fly", &["penguin", "to fly"], &["penguin"], &[]),
    row("a little lost puppy", &["puppy"], &["puppy"], &[]),
    row("bunny", &["bunny"], &["bunny"], &[]),
    row("purple", &["purple"], &[], &[]),
    row("the best day ever", &["the best day ever"], &[], &[]),
    // The park is a place of its own now (issue 17: "the bakery", "the zoo", "the park" are kept), no longer the meadow.
    row("a bunny and a fox go to the park", &["bunny", "fox", "the park"], &["bunny", "fox", "park"], &["explorer", "meadow"]),
    row("", &[], &[], &[]),
    row(
        "a dragon who is afraid of the dark (starring Ana, Ben and Dad; with dinosaurs)",
        &["dragon", "Ana", "Ben", "Dad", "dinosaurs"],
        &["Ana, a girl", "Ben, a boy", "Dad, a dad", "dragon", "dinosaurs"],
        &[],
    ),
    row(
        "two sisters build a cardboard rocket (starring Ana and Mia)",
        &["Ana", "Mia", "sisters", "cardboard rocket"],
        &["Ana, a girl", "Mia, a girl", "boxes"],
        &["beside a cardboard rocket"],
    ),
    row(
        "so there is this kid and he really likes trucks and also the park and maybe there is a big puddle and his cat comes too and they find a yellow umbrella and it rains and rains",
        &["cat", "yellow umbrella"],
        &["cat", "yellow umbrella"],
        &[],
    ),
];

#[test]
fn scene_one_follows_the_premise() {
    let mut failures = Vec::new();
    for row in TABLE {
        for seed in [1, 2, 3] {
            let path: Vec<String> = Vec::new();
            let s = scene(row.premise, seed, &path, 1, 5);
            for want in row.text {
                if !s.text.contains(want) {
                    failures.push(format!("{:?} seed {seed}: text lacks {want:?}\n{}", row.premise, s.text));
                }
            }
            for want in row.picture {
                if !s.image_prompt.contains(want) {
                    failures.push(format!("{:?} seed {seed}: picture lacks {want:?}\n{}", row.premise, s.image_prompt));
                }
            }
            for bad in row.not {
                if s.text.contains(bad) || s.image_prompt.contains(bad) {
                    failures.push(format!("{:?} seed {seed}: has {bad:?}\n{}\n{}", row.premise, s.text, s.image_prompt));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n\n"));
}

/// Every premise of the table, played along several paths with several seeds.
fn stories() -> impl Iterator<Item = (&'static str, u64, Vec<Scene>)> {
    TABLE.iter().flat_map(|row| {
        [11, 12].into_iter().flat_map(move |seed| (0..3).map(move |pick| (row.premise, seed, play(row.premise, seed, 5, pick))))
    })
}

#[test]
fn looks_names_and_object_are_kept_in_every_scene() {
    for (premise, seed, scenes) in stories() {
        let p = Premise::read(premise, seed);
        for (i, s) in scenes.iter().enumerate() {
            for m in &p.cast {
                assert!(s.image_prompt.contains(&m.painted()), "{premise:?} scene {}: {:?} not in {}", i + 1, m.painted(), s.image_prompt);
                assert!(s.text.contains(&m.name), "{premise:?} scene {}: {} not in {}", i + 1, m.name, s.text);
            }
            // An object still to be built shows its boxes until it is begun.
            let unbuilt = p.object.as_ref().is_some_and(|o| o.made) && s.image_prompt.contains("boxes");
            if let Some(o) = p.object.as_ref().filter(|_| !unbuilt) {
                assert!(s.image_prompt.contains(&o.phrase), "{premise:?} scene {}: {:?} not in {}", i + 1, o.phrase, s.image_prompt);
                assert!(s.text.contains(&o.phrase), "{premise:?} scene {}: {:?} not in {}", i + 1, o.phrase, s.text);
            }
            if p.place.underwater {
                assert!(s.image_prompt.contains("under the water"), "{}", s.image_prompt);
            }
            assert!(!s.image_prompt.contains("on the water") && !s.image_prompt.contains("standing"), "{}", s.image_prompt);
        }
        assert!(scenes[0].text.contains(p.place.name), "{premise:?}: the place is named in scene 1: {}", scenes[0].text);
    }
}

#[test]
fn under_the_sea_is_under_the_water() {
    for premise in ["a mermaid under the sea", "a coral reef adventure", "Leo explores the ocean floor", "a yellow submarine"] {
        for (i, s) in play(premise, 5, 4, 0).iter().enumerate() {
            assert!(s.image_prompt.contains("under the water"), "{premise} scene {}: {}", i + 1, s.image_prompt);
            assert!(!s.text.contains("waves"), "{premise} scene {}: {}", i + 1, s.text);
        }
    }
}

#[test]
fn seeds_vary_the_story_and_repeat_it_exactly() {
    for row in TABLE {
        let a = play(row.premise, 1, 4, 1);
        let b = play(row.premise, 2, 4, 1);
        let again = play(row.premise, 1, 4, 1);
        let json = |v: &[Scene]| v.iter().map(|s| serde_json::to_string(s).unwrap_or_default()).collect::<Vec<_>>();
        assert_eq!(json(&a), json(&again), "{:?}", row.premise);
        assert_ne!(json(&a), json(&b), "{:?}", row.premise);
        // The looks differ between two stories of one premise.
        assert_ne!(a[0].image_prompt, b[0].image_prompt, "{:?}", row.premise);
    }
}

/// Third parties of the discoveries have pronouns of their own ("the tortoise ... she said").
const OTHERS: &[&str] = &["tortoise", "whale", "crab", "turtle", "mama", "fox", "bear", "alien", "robot", "clam", "cloud", "comet", "map"];

fn words_of(sentence: &str) -> Vec<String> {
    sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

#[test]
fn text_is_clean_and_pronouns_match() {
    for (premise, seed, scenes) in stories() {
        let p = Premise::read(premise, seed);
        let hero = p.hero();
        let wrong: &[&str] = match hero.pron {
            Pron::She => &["he", "him", "his"],
            Pron::He => &["she", "her"],
            Pron::They => &["he", "him", "his", "she", "her", "they was"],
        };
        for s in &scenes {
            assert!(!s.text.contains("The End"), "{}", s.text);
            for field in [&s.text, &s.image_prompt, &s.title] {
                assert!(!field.contains(['{', '}']) && !field.contains("  "), "{field}");
                for bad in
                    [" a a", " a an", " an a ", " the the ", " a e", " a o", " a i", " an b", " an r", " an g", "they was", " .", " ,"]
                {
                    assert!(!field.contains(bad), "{bad:?} in {field}");
                }
            }
            for sentence in s.text.split(['.', '!', '?']) {
                let words = words_of(sentence);
                let alone = words.iter().any(|w| *w == hero.name.to_lowercase())
                    && p.cast.iter().skip(1).all(|m| !words.contains(&m.name.to_lowercase()))
                    && !words.iter().any(|w| OTHERS.contains(&w.as_str()));
                if alone {
                    for w in wrong {
                        assert!(!words.contains(&w.to_string()), "{premise:?}: {w:?} for {} ({:?}) in {sentence:?}", hero.name, hero.pron);
                    }
                }
            }
        }
    }
}

#[test]
fn choices_stay_short_distinct_and_new() {
    for (premise, _, scenes) in stories() {
        for s in scenes.iter().filter(|s| !s.is_ending) {
            assert!((3..=4).contains(&s.choices.len()), "{:?}", s.choices);
            for c in &s.choices {
                assert!(c.split_whitespace().count() <= 8, "{premise:?}: long choice {c:?}");
            }
            let distinct: std::collections::BTreeSet<_> = s.choices.iter().collect();
            assert_eq!(distinct.len(), s.choices.len());
        }
    }
    // A path that takes choices: none comes back.
    for row in TABLE {
        let mut path: Vec<String> = Vec::new();
        for n in 1..6 {
            let s = scene(row.premise, 4, &path, n, 6);
            for c in &s.choices {
                assert!(!path.contains(c), "{:?}: {c:?} offered again after {path:?}", row.premise);
            }
            if let Some(c) = s.choices.last() {
                path.push(c.clone());
            }
        }
    }
}

/// Sentences stay short for ages 3–6, in every scene alike.
#[test]
fn reading_level_is_even() {
    for (premise, _, scenes) in stories() {
        let mut means = Vec::new();
        for s in &scenes {
            let lengths: Vec<usize> = s.text.split(['.', '!', '?']).map(|x| x.split_whitespace().count()).filter(|n| *n > 0).collect();
            let longest = lengths.iter().copied().max().unwrap_or(0);
            assert!(longest <= 24, "{premise:?}: a sentence of {longest} words in {}", s.text);
            means.push(lengths.iter().sum::<usize>() as f32 / lengths.len().max(1) as f32);
        }
        let (lo, hi) = means.iter().fold((f32::MAX, 0f32), |(lo, hi), m| (lo.min(*m), hi.max(*m)));
        assert!(hi <= 13.0 && hi - lo <= 6.0, "{premise:?}: mean sentence lengths {means:?}");
    }
}

/// `cargo test -p offline-story -- --ignored --nocapture summary` for the table's cast, object and place.
#[test]
#[ignore]
fn summary() {
    for row in TABLE {
        let p = Premise::read(row.premise, 1);
        let cast: Vec<String> = p.cast.iter().map(|m| format!("{} ({}, {:?})", m.name, m.kind, m.pron)).collect();
        let object = p.object.as_ref().map_or("-".to_string(), |o| o.phrase.clone());
        println!("| {} | {} | {} | {} |", row.premise, cast.join(", "), object, p.place.name);
    }
}

//! Typed ideas happen in the scene in the child's own words: the object named
//! is used and drawn, the person named does the action (grandpa tells a tiny
//! story), nothing contradicts the idea, a long idea is distilled and never
//! pasted, names typed are kept, and no "had an idea" template is left.

use super::premise_tests::{play, scene};
use crate::idea::MOST_WORDS;

const PREMISES: &[&str] = &[
    "My dog Max finds a map to a treasure under the sea",
    "a little boy and his grandpa go fishing on a lake",
    "a dragon who is afraid of the dark",
    "a little crab wants to see the top of the lighthouse",
    "two sisters build a cardboard rocket",
];

/// The scene after `typed` is taken at scene 3 (of 5).
fn after(premise: &str, seed: u64, typed: &str) -> crate::story::Scene {
    let mut path: Vec<String> = play(premise, seed, 2, (seed % 3) as usize).iter().filter_map(|s| s.choices.first().cloned()).collect();
    path.truncate(1);
    path.push(typed.to_string());
    scene(premise, seed, &path, 3, 5)
}

/// The longest run of the typed words the text may repeat as they were typed.
const MOST_PASTED: usize = 8;

/// (typed idea, words the text must say, words the picture must say).
const IDEAS: &[(&str, &[&str], &[&str])] = &[
    ("Max puts on a diving mask and swims down", &["diving mask"], &["diving mask"]),
    ("grandpa tells a story about when he was little", &["Grandpa", "\"When I was little,\""], &["Grandpa telling a story"]),
    ("Grandma tells a story about a dragon", &["Grandma", "dragon"], &["Grandma telling a story"]),
    ("sing a song about the moon", &["sing", "moon"], &["singing"]),
    ("draw a big whale", &["whale"], &["whale"]),
    ("build a sandcastle", &["sandcastle"], &["sandcastle"]),
    ("find a golden key", &["golden key"], &["golden key"]),
    ("can we go to the moon?", &["moon"], &["moon"]),
    ("where is the treasure?", &["treasure"], &["treasure"]),
    ("a purple elephant with a hat", &["purple elephant"], &["purple elephant"]),
    ("Leo and Emma come and play football", &["Leo", "Emma", "football"], &["Leo", "football"]),
    (
        "My daughter Emma who is five loves unicorns and her brother Leo is three and loves trucks and they both want a story where they go to the beach and find a shell that talks and then the shell takes them under the sea to meet a friendly whale",
        &["Emma", "Leo", "beach"],
        &["Emma", "beach"],
    ),
    ("they catch a huge fish with the fishing rod", &["huge fish", "fishing rod"], &["fish", "fishing rod"]),
    ("tell a joke", &["joke"], &["joke"]),
    ("asdfgh qwerty", &["Asdfgh qwerty"], &["sparkles"]),
    ("I want to ride the whale", &["whale"], &["whale"]),
    ("swim with a dolphin", &["dolphin"], &["dolphin"]),
    ("Dad builds a treehouse", &["Dad", "treehouse"], &["Dad", "treehouse"]),
    ("we make pancakes", &["pancakes"], &["pancakes"]),
    ("the dragon puts on a party hat and dances", &["party hat", "danced"], &["party hat"]),
];

/// (typed words, words that contradict them in the same scene).
const CONTRADICTIONS: &[(&str, &str)] =
    &[("swims down", "climbed out"), ("swims down", "dripping"), ("tells a story", "great fun"), ("puts on", "great fun")];

/// The longest run of the typed idea's words said in the text as typed.
fn pasted(typed: &str, text: &str) -> usize {
    let words =
        |s: &str| s.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).map(str::to_lowercase).collect::<Vec<_>>();
    let (typed, text) = (words(typed), words(text));
    let mut most = 0;
    for i in 0..typed.len() {
        for j in 0..text.len() {
            let run = typed[i..].iter().zip(&text[j..]).take_while(|(a, b)| a == b).count();
            most = most.max(run);
        }
    }
    most
}

#[test]
fn a_typed_idea_happens_in_the_scene_and_its_picture_in_natural_words() {
    let (mut failures, mut scenes) = (Vec::new(), 0);
    for premise in PREMISES {
        for seed in 0..4 {
            for (typed, text_says, picture_says) in IDEAS {
                let s = after(premise, seed, typed);
                scenes += 1;
                let low = s.text.to_lowercase();
                let img = s.image_prompt.to_lowercase();
                let mut why = Vec::new();
                why.extend(text_says.iter().filter(|w| !low.contains(&w.to_lowercase())).map(|w| format!("text lacks {w:?}")));
                why.extend(picture_says.iter().filter(|w| !img.contains(&w.to_lowercase())).map(|w| format!("picture lacks {w:?}")));
                if low.contains("had an idea") || s.text.contains("idea: \"") {
                    why.push("the idea template".into());
                }
                if pasted(typed, &s.text) > MOST_PASTED {
                    why.push(format!("{} typed words pasted", pasted(typed, &s.text)));
                }
                for (said, not) in CONTRADICTIONS {
                    if typed.contains(said) && low.contains(not) {
                        why.push(format!("{said:?} then {not:?}"));
                    }
                }
                if !why.is_empty() {
                    failures.push(format!("{premise} / {seed} / {typed}: {why:?}\n{}\n[img] {}", s.text, s.image_prompt));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {scenes} scenes:\n{}", failures.len(), failures.join("\n\n"));
}

/// Long premises a parent may paste, with the names they type.
const LONG: &[(&str, &[&str])] = &[
    (
        "My daughter Emma who is five loves unicorns and her brother Leo is three and loves trucks and they both want a story where they go to the beach and find a shell that talks and then the shell takes them under the sea to meet a friendly whale.",
        &["Emma", "Leo"],
    ),
    (
        "Our son Noah is four and he loves dinosaurs so much, he wants a story where he finds a baby dinosaur in the garden and helps it get home to its mummy.",
        &["Noah"],
    ),
    (
        "My girls Ruby and Mia are six and eight. They want a story about a picnic in the park where a squirrel steals their sandwiches. My girls Ruby and Mia are six and eight.",
        &["Ruby", "Mia"],
    ),
];

#[test]
fn a_long_premise_keeps_its_names_and_is_never_pasted() {
    let (mut failures, mut scenes) = (Vec::new(), 0);
    for (premise, names) in LONG {
        for seed in 0..4 {
            for pick in 0..2 {
                let story = play(premise, seed, 4, pick);
                let first = &story[0].text;
                for name in *names {
                    if !first.contains(name) {
                        failures.push(format!("{seed}: {name} lost: {first}"));
                    }
                }
                for s in &story {
                    scenes += 1;
                    let low = s.text.to_lowercase();
                    if pasted(premise, &s.text) > MOST_WORDS || low.contains("want a story") || low.contains("good friends") {
                        failures.push(format!("{seed}: pasted {}: {}", pasted(premise, &s.text), s.text));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} in {scenes} scenes:\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
#[ignore]
fn print_typed() {
    let typed = std::env::var("TYPED").unwrap_or_else(|_| "Max puts on a diving mask and swims down".into());
    let which: usize = std::env::var("PREMISE").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    for typed in typed.split('|') {
        let s = after(PREMISES[which % PREMISES.len()], 1, typed);
        let first = s.text.split("\n\n").next().unwrap_or("");
        println!("=== {typed}\n{first}\n[img] {}\n", s.image_prompt);
    }
}

/// `STORY="…" cargo test -p offline-story -- --ignored --nocapture print_premise` to read one premise's story.
#[test]
#[ignore]
fn print_premise() {
    let premise = std::env::var("STORY").unwrap_or_else(|_| PREMISES[0].to_string());
    let seed: u64 = std::env::var("SEED").ok().and_then(|n| n.parse().ok()).unwrap_or(0);
    let target: u32 = std::env::var("TARGET").ok().and_then(|n| n.parse().ok()).unwrap_or(5);
    let pick: usize = std::env::var("PICK").ok().and_then(|n| n.parse().ok()).unwrap_or(seed as usize);
    for s in play(&premise, seed, target, pick) {
        println!("=== {}\n{}\n[img] {}\n[choices] {:?}\n", s.title, s.text, s.image_prompt, s.choices);
    }
}

//! Tests of a family's typed idea in a Bible story (round 13): woven in as
//! one real sentence of the story, never the "Imagine it: … What a
//! picture!" template, with its grammar right (a capital to start, one end
//! mark, names and "I" capitalised, quotes paired) and never pasted in
//! when long; over many ideas × every Bible story × several scenes.

use super::stories;
use super::tests::scene;

/// Ideas as children type them: short, long, lower and upper case, with and without the hero's name, questions, wishes.
fn ideas(hero: &str) -> Vec<String> {
    vec![
        format!("{hero} goes home for dinner"),
        format!("{} gets a big hug", hero.to_lowercase()),
        "Jesus goes to Zacchaeus house for dinner".to_string(),
        "a rainbow comes out".to_string(),
        "THE ANIMALS ALL DANCE".to_string(),
        format!("i want to be friends with {}", hero.to_lowercase()),
        "I wish I could see it".to_string(),
        "why was everyone so scared?".to_string(),
        format!("Does {hero} have a dog?"),
        "everyone sings and eats cake!!".to_string(),
        "the little donkey gets an apple.".to_string(),
        "we all go to the beach and build a sandcastle and then a big wave comes and a dolphin jumps out and says hello to everyone on the beach".to_string(),
    ]
}

/// What is wrong with the sentence a typed idea became, if anything.
fn problems_in(text: &str, idea: &str) -> Vec<String> {
    let mut found = Vec::new();
    let opening = text.split("\n\n").next().unwrap_or("");
    for template in ["Imagine it", "What a picture", "Let's picture it", "You thought of it", "What if "] {
        if opening.contains(template) {
            found.push(format!("template {template:?}"));
        }
    }
    for bad in [
        "?!",
        "!.",
        ".!",
        "?.",
        "..",
        "!!",
        "  ",
        " i ",
        "“ ",
        " ”",
        "God would have listened to every word, and so does God",
        "God might have wondered",
    ] {
        if opening.contains(bad) {
            found.push(format!("{bad:?} in it"));
        }
    }
    if opening.matches('“').count() != opening.matches('”').count() {
        found.push("unpaired quotes".into());
    }
    // Every sentence starts with a capital ("the shepherd would have smiled" after a quote did not).
    for sentence in opening.split_inclusive(['.', '!', '?']).map(|s| s.trim_start_matches(['”', '’', ' '])) {
        if sentence.chars().next().is_some_and(|c| c.is_lowercase()) {
            found.push(format!("a sentence starts in lower case: {sentence:?}"));
        }
    }
    let words: Vec<&str> = idea.split_whitespace().collect();
    if words.len() > 14 {
        // Never pasted in: no run of six of its words.
        let low = opening.to_lowercase();
        if words.windows(6).any(|w| low.contains(&w.join(" ").to_lowercase())) {
            found.push("a long idea pasted in".into());
        }
    } else {
        // A short idea is in the sentence, in the child's words.
        let core = idea.trim_end_matches(['.', '!', '?']).to_lowercase();
        if !opening.to_lowercase().contains(&core) {
            found.push("the idea's words are missing".into());
        }
    }
    found
}

#[test]
fn a_typed_idea_is_one_real_sentence_of_the_story() {
    let mut bad = Vec::new();
    let mut tried = 0;
    for story in stories() {
        for idea in ideas(story.hero) {
            for (n, target) in [(2, 5), (3, 5), (4, 7), (5, 7)] {
                let path: Vec<String> = (1..n).map(|k| if k + 1 == n { idea.clone() } else { String::new() }).collect();
                let s = scene(story.names[0], &path, n, target, 7);
                tried += 1;
                let found = problems_in(&s.text, &idea);
                if !found.is_empty() {
                    bad.push(format!("{} scene {n}, {idea:?}: {found:?}\n  {}", story.title, s.text.split("\n\n").next().unwrap_or("")));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{} of {tried} typed ideas read badly:\n{}", bad.len(), bad.join("\n"));
}

#[test]
#[ignore]
fn show_woven() {
    for story in stories().take(24).step_by(4) {
        for idea in ideas(story.hero) {
            let s = scene(story.names[0], std::slice::from_ref(&idea), 2, 5, 3);
            println!("{idea:?} → {}", s.text.split("\n\n").next().unwrap_or(""));
        }
    }
}

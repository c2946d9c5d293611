//! Tests of round 13's smaller Bible faults, over every story, length and
//! early path: the ending and the welcome say what a story is about and
//! never paste its title into a sentence; every quoted verse starts with a
//! capital and reads as a whole sentence; and no choice offers something
//! that already happened in this scene or an earlier one.

use super::tests::scene;
use super::{extra, stories};

/// Every scene of a story played along the first, second or third choice each time.
fn paths(premise: &str, target: u32, seed: u64) -> Vec<Vec<crate::story::Scene>> {
    (0..3)
        .map(|pick| {
            let (mut path, mut told, mut scenes) = (Vec::<String>::new(), Vec::<String>::new(), Vec::new());
            for n in 1..=target {
                let h = crate::story::Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &told };
                let s = super::write_scene(h, seed);
                path.extend(s.choices.get(pick % s.choices.len().max(1)).cloned());
                told.push(s.text.clone());
                scenes.push(s);
            }
            scenes
        })
        .collect()
}

#[test]
fn no_sentence_pastes_a_story_title() {
    let mut pasted = Vec::new();
    for story in stories() {
        let named = format!("{} (starring Ana and Ben)", story.names[0]);
        let bedtime = format!("{} (bedtime; starring Ana)", story.names[0]);
        for premise in [story.names[0], named.as_str(), bedtime.as_str()] {
            for target in [2, 3, 5, 8] {
                let first = scene(premise, &[], 1, target, 4);
                let last = scene(premise, &[], target, target, 4);
                for s in [first, last] {
                    if s.text.contains(&format!("story of {}", story.title)) {
                        pasted.push(format!("{premise:?} {target}: {}", s.text.lines().last().unwrap_or("")));
                    }
                }
            }
        }
    }
    assert!(pasted.is_empty(), "{} scenes paste a title:\n{}", pasted.len(), pasted.join("\n"));
}

/// Whether a verse starts with a capital and ends a sentence (its closing quote marks aside).
fn whole_sentence(verse: &str) -> bool {
    let starts = verse.trim_start_matches(['“', '‘']).chars().next().is_some_and(char::is_uppercase);
    let ends = verse.trim_end_matches(['”', '’', ' ']).ends_with(['.', '!', '?']);
    starts && ends
}

#[test]
fn every_verse_starts_with_a_capital_and_reads_as_a_whole_sentence() {
    let beats = stories().flat_map(|s| s.beats.iter().map(|b| (b.reference, b.verse)));
    let reflections = extra::REFLECTIONS.iter().map(|r| (r.reference, r.verse));
    let broken: Vec<String> = beats.chain(reflections).filter(|(_, v)| !whole_sentence(v)).map(|(r, v)| format!("{r}: {v}")).collect();
    assert!(broken.is_empty(), "{} verses start or stop mid-sentence:\n{}", broken.len(), broken.join("\n"));
    // As quoted in every scene too.
    for story in stories() {
        for scenes in paths(story.names[0], 8, 2) {
            for s in scenes {
                for verse in s.text.split("\n\n").filter(|p| p.ends_with(", WEB)")) {
                    let quoted = verse.rsplit_once(" (").map_or(verse, |(q, _)| q);
                    assert!(whole_sentence(quoted), "{}: {quoted}", story.title);
                }
            }
        }
    }
}

/// Movements a choice can offer ("Hurry down the tree"): the direction and what it is done to.
const MOVES: &[&str] = &["down", "up", "into", "out of", "across", "over", "onto", "off"];

/// Verbs that offer to go somewhere, not to look or wonder ("Peek into the den" goes nowhere).
const GOING: &[&str] = &["climb", "hurry", "run", "walk", "go", "jump", "step", "come", "scramble", "get", "swim", "sail", "ride", "march"];

/// The (direction, thing) a choice offers to do, if it offers a movement.
fn movement(choice: &str) -> Option<(&'static str, String)> {
    let low = format!(" {} ", choice.to_lowercase());
    let verb = low.split_whitespace().next().unwrap_or("");
    if !GOING.contains(&verb) {
        return None;
    }
    MOVES.iter().find_map(|m| {
        let at = low.find(&format!(" {m} the "))?;
        let thing = low[at + m.len() + 6..].split_whitespace().next()?.to_string();
        Some((*m, thing))
    })
}

/// Whether `text` already tells that movement done ("scrambled down" and, in the same sentence, the tree).
fn already(text: &str, (m, thing): &(&str, String)) -> bool {
    text.split_inclusive(['.', '!', '?']).any(|sentence| {
        let low = sentence.to_lowercase();
        let words: Vec<&str> = low.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let past =
            words.iter().any(|w| w.ends_with("ed") || ["ran", "went", "came", "got", "climbed", "jumped", "fell", "stepped"].contains(w));
        past && low.contains(&format!(" {m} ")) && (words.contains(&thing.as_str()) || *m == "down" && thing == "tree")
    })
}

#[test]
fn no_choice_offers_what_already_happened() {
    let mut offered = Vec::new();
    let mut checked = 0;
    for story in stories() {
        for target in [3, 5, 7, 10] {
            for scenes in paths(story.names[0], target, 6) {
                let mut told = String::new();
                for (k, s) in scenes.iter().enumerate() {
                    told.push_str(&s.text);
                    told.push(' ');
                    for choice in &s.choices {
                        checked += 1;
                        if let Some(m) = movement(choice).filter(|m| already(&told, m)) {
                            offered.push(format!("{} ({target} scenes) scene {}: {choice:?} after {m:?}", story.title, k + 1));
                        }
                    }
                }
            }
        }
    }
    offered.sort();
    offered.dedup();
    assert!(offered.is_empty(), "{} of {checked} choices offer what already happened:\n{}", offered.len(), offered.join("\n"));
}

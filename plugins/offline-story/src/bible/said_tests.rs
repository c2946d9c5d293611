//! Tests that a Bible picture prompt says what its scene's text says (round
//! 13; the painter draws only what the prompt says): night and dark, rain
//! that has stopped, kneeling and praying, and the counts the text gives;
//! and that each named person keeps one look in every picture of a story.

use super::{looks, stories, write_scene};
use crate::story::Hints;

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// (words in the text, words one of which the picture must then say).
const RULES: &[(&[&str], &[&str])] = &[
    (&["night", "dark", "midnight"], &["night", "dark"]),
    (&["kneel", "knelt", "kneeling", "bowed"], &["kneeling", "bowing"]),
    (&["pray", "prayed", "praying", "worshipped", "worshiped"], &["praying", "kneeling"]),
    (&["two"], &["two"]),
    (&["three"], &["three"]),
    (&["five"], &["five"]),
    (&["seven"], &["seven"]),
    (&["twelve"], &["twelve"]),
    (&["thousand", "thousands", "crowd", "crowds"], &["crowd"]),
];

/// Words the painter draws rain for ("rainbow" is not one).
const RAIN: &[&str] = &["rain", "raining", "rained", "rainy", "downpour"];

/// What a beat's picture leaves out of its text.
fn missing(text: &str, picture: &str) -> Vec<String> {
    let (told, shown) = (words(text), words(picture));
    let mut out = Vec::new();
    for (said, needed) in RULES {
        if told.iter().any(|w| said.contains(&w.as_str())) && !shown.iter().any(|w| needed.contains(&w.as_str())) {
            out.push(format!("{said:?} but none of {needed:?}"));
        }
    }
    let low = text.to_lowercase();
    let stopped = ["rain stopped", "stopped raining", "no more rain"].iter().any(|s| low.contains(s));
    // Dry and sunny, and no word of rain at all (the painter draws rain for "rain", even "no rain").
    if stopped && (shown.iter().any(|w| RAIN.contains(&w.as_str())) || !picture.contains("sun")) {
        out.push("the rain stopped but the picture is not dry and sunny".into());
    }
    out
}

#[test]
fn every_picture_says_the_night_the_rain_stopping_the_kneeling_and_the_counts_its_text_tells() {
    let mut wrong = Vec::new();
    let mut beats = 0;
    for story in stories() {
        for (b, beat) in story.beats.iter().enumerate() {
            beats += 1;
            let found = missing(beat.text, &looks::dress(story.title, beat.picture));
            if !found.is_empty() {
                wrong.push(format!("{} beat {b}: {found:?}\n  {}\n  {}", story.title, beat.text, beat.picture));
            }
        }
    }
    // As sent to the painter, in every scene of a short and a long telling: rain that stopped is not added back.
    for story in stories() {
        for target in [3, 5, 9] {
            let (mut path, mut told) = (Vec::<String>::new(), Vec::<String>::new());
            for n in 1..=target {
                let s = write_scene(Hints { premise: story.names[0], path: &path, scene_number: n, target_scenes: target, told: &told }, 5);
                let low = s.text.to_lowercase();
                let stopped = ["rain stopped", "stopped raining", "no more rain"].iter().any(|w| low.contains(w));
                if stopped && words(&s.image_prompt).iter().any(|w| RAIN.contains(&w.as_str())) {
                    wrong.push(format!(
                        "{} scene {n} of {target}: the rain stopped, the picture rains: {}\n{}",
                        story.title, s.image_prompt, s.text
                    ));
                }
                path.extend(s.choices.first().cloned());
                told.push(s.text);
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {beats} beats' pictures leave out what the text says:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn each_named_person_keeps_one_look_in_every_picture_of_a_story() {
    let mut changed = Vec::new();
    for story in stories() {
        let pictures: Vec<String> = story.beats.iter().map(|b| looks::dress(story.title, b.picture)).collect();
        // "David, a young shepherd boy … tunic," : the look said after a name, up to its comma.
        let mut seen: Vec<(String, String)> = Vec::new();
        for p in &pictures {
            for (at, _) in p.match_indices(", a ") {
                let name = p[..at].rsplit(' ').next().unwrap_or("");
                if !name.chars().next().is_some_and(char::is_uppercase) {
                    continue;
                }
                let look = p[at + 2..].split(',').next().unwrap_or("").to_string();
                match seen.iter().find(|(n, _)| n == name) {
                    Some((_, first)) if *first != look => changed.push(format!("{}: {name} is {first:?}, then {look:?}", story.title)),
                    Some(_) => {}
                    None => seen.push((name.to_string(), look)),
                }
            }
        }
    }
    // Grown-ups are drawn as grown-ups: Daniel is a grown man with a beard, and his king one king.
    let daniel: Vec<String> = stories()
        .filter(|s| s.title == "Daniel and the Lions")
        .flat_map(|s| s.beats.iter().map(move |b| looks::dress(s.title, b.picture)))
        .collect();
    for p in &daniel {
        if p.replace("King Darius, a grown man", "").contains(" man")
            && !p.contains("Daniel, a grown man with a short dark beard")
            && !p.contains("grown men")
        {
            changed.push(format!("Daniel not drawn as the same grown man: {p}"));
        }
        if p.to_lowercase().contains("king") && !p.contains("King Darius, a grown man with a grey beard") {
            changed.push(format!("the king not drawn as the same king: {p}"));
        }
    }
    assert!(changed.is_empty(), "{} looks change:\n{}", changed.len(), changed.join("\n"));
}

//! Verses a small child can hear (round 12): no verse read aloud in a Bible
//! story says "Yahweh of Armies" (David facing the giant quotes 1 Samuel
//! 17:42, and the retelling says the battle belongs to God),
//! and a retelling next to a verse that says "Yahweh" makes clear it is God.

use super::{extra, stories};

#[test]
fn no_verse_in_any_bible_story_says_of_armies() {
    let beats = stories().flat_map(|s| s.beats.iter().map(move |b| (s.title, b.verse, b.reference, b.text)));
    let mut armies = Vec::new();
    for (title, verse, reference, _) in beats {
        if verse.contains("of Armies") {
            armies.push(format!("{title}: {reference}"));
        }
    }
    armies.extend(extra::REFLECTIONS.iter().filter(|r| r.verse.contains("of Armies")).map(|r| r.reference.to_string()));
    assert!(armies.is_empty(), "verses with \"of Armies\": {armies:?}");
    // Every scene as told, at every length, too.
    for story in stories() {
        for target in [2, 4, 8] {
            let (mut path, mut told) = (Vec::<String>::new(), Vec::<String>::new());
            for n in 1..=target {
                let h = crate::story::Hints { premise: story.title, path: &path, scene_number: n, target_scenes: target, told: &told };
                let s = super::write_scene(h, 3);
                assert!(!s.text.contains("of Armies"), "{} scene {n} of {target}: {}", story.title, s.text);
                path.extend(s.choices.first().cloned());
                told.push(s.text);
            }
        }
    }
}

#[test]
fn a_retelling_next_to_a_verse_saying_yahweh_makes_clear_it_is_god() {
    let unclear: Vec<&str> = stories()
        .flat_map(|s| s.beats.iter())
        .filter(|b| b.verse.contains("Yahweh") && !b.text.contains("God") && !b.text.contains("Yahweh"))
        .map(|b| b.reference)
        .collect();
    assert!(unclear.is_empty(), "the retelling never says it is God: {unclear:?}");
}

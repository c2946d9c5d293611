//! Tests of a family's typed choices in a Bible story: a warm answer and a
//! valid scene, and a typed deed told as done by its person before the story goes on.

use super::stories;
use super::tests::{references, scene};

#[test]
fn typed_choices_get_a_warm_answer_and_a_valid_scene() {
    let long = "please make the lion purple and friendly ".repeat(80);
    for typed in ["I want the lion to be my friend {really}", "", "   ", long.as_str(), "Why is the sky blue?", "🦁🐑"] {
        for story in stories() {
            let path = vec![typed.to_string()];
            for target in [2, 3, 7] {
                let s = scene(story.names[0], &path, 2, target, 5);
                let paragraphs = s.text.split("\n\n").count();
                assert!((2..=4).contains(&paragraphs), "{typed:?}: {}", s.text);
                assert_eq!(references(&s.text).len(), 1, "{}", s.text);
                assert!(!s.text.contains('{') && !s.text.contains('}'), "{}", s.text);
                assert!(s.text.len() < 2500, "{}", s.text.len());
                assert_eq!(s.is_ending, target == 2);
                assert_eq!(s.choices.len(), if s.is_ending { 0 } else { 3 });
            }
        }
    }
    let s = scene("Jonah", &["i want the fish to sing".to_string()], 2, 5, 1);
    assert!(s.text.contains("I want the fish to sing"), "{}", s.text);
}

#[test]
fn a_typed_deed_is_told_as_done_by_its_person_and_the_story_goes_on() {
    // (typed, the story it is typed in, words the next scene must say).
    let cases = [
        ("David prays to God first", "David", "David prayed to God"),
        ("Pray to God", "Daniel", "Daniel prayed to God"),
        ("Noah sings a song to God", "Noah", "Noah sang a song of praise"),
        ("Thank God for the animals", "Noah", "Noah said thank you to God"),
        ("Ask God for help", "Jonah", "Jonah asked God for help"),
        ("Esther prays before she goes to the king", "Esther", "Esther prayed to God"),
        ("Help Noah", "Noah", "Everyone around Noah helped"),
        ("Share the bread", "Ruth", "Ruth shared"),
    ];
    for (typed, premise, said) in cases {
        for (target, seed) in [(3, 1), (5, 2), (7, 3)] {
            let s = scene(premise, &[typed.to_string()], 2, target, seed);
            assert!(s.text.contains(said), "{typed:?} in {premise}: {}", s.text);
            for waved in ["Imagine it", "What a picture", "Let's picture it", "What if"] {
                assert!(!s.text.contains(waved), "{typed:?}: only waved at: {}", s.text);
            }
            // The real story goes on: the scene still has its verse.
            assert_eq!(references(&s.text).len(), 1, "{}", s.text);
        }
    }
}

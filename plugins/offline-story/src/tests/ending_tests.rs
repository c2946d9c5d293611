//! Endings: the wish come true has its own paragraph and picture, the last
//! line names the story by its title (never the prompt as typed), and
//! keyboard mashing is never echoed as "a big idea".

use super::premise_tests::play;
use crate::premise::Premise;

#[test]
fn the_wish_come_true_has_its_own_paragraph_and_picture() {
    let premise = "a little crab who wants to see the top of the lighthouse";
    for seed in 0..8 {
        for pick in 0..3 {
            let scenes = play(premise, seed, 5, pick);
            let last = scenes.last().expect("an ending");
            let own = last
                .text
                .split("\n\n")
                .any(|para| para.starts_with("And then, at last,") && para.contains("see the top of the lighthouse"));
            assert!(own, "seed {seed}: {}", last.text);
            // The picture shows the wish come true: everyone at the top (issue 17).
            assert!(last.image_prompt.contains("at the very top of the lighthouse"), "{}", last.image_prompt);
            assert!(!last.text.contains("the story of a little crab who wants"), "{}", last.text);
            let title = Premise::read(premise, seed).title();
            assert!(last.text.ends_with(&format!("And that is the story of {title}.")), "{}", last.text);
        }
    }
}

#[test]
fn keyboard_mashing_is_never_echoed() {
    for seed in 0..6 {
        for s in play("asdfgh qwerty", seed, 4, 0) {
            let low = s.text.to_lowercase();
            assert!(!low.contains("asdfgh") && !low.contains("qwerty") && !low.contains("big idea"), "{}", s.text);
        }
        // The words it can read still shape the story.
        let s = &play("asdfgh dinosaurs", seed, 4, 0)[0];
        assert!(s.text.contains("dinosaur") && !s.text.contains("asdfgh"), "{}", s.text);
    }
}

//! Each scene's verse matches the moment told, no event is told twice along
//! a path (also after a typed choice), a typed choice is woven into the
//! scene in its own words, and the pictures show people as the text implies
//! (issue 17, round c).

use crate::story::Hints;

/// Play a Bible story as the host does, with the scenes told so far and the `pick`th choice (or a typed one).
fn play(premise: &str, seed: u64, target: u32, pick: usize, typed: Option<(usize, &str)>) -> Vec<crate::story::Scene> {
    let (mut path, mut told, mut scenes) = (Vec::<String>::new(), Vec::<String>::new(), Vec::new());
    for n in 1..=target {
        let s = super::write_scene(Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &told }, seed);
        match typed {
            Some((at, text)) if at == n as usize => path.push(text.to_string()),
            _ => path.extend(s.choices.get(pick % s.choices.len().max(1)).cloned()),
        }
        told.push(s.text.clone());
        scenes.push(s);
    }
    scenes
}

#[test]
fn the_verse_matches_the_moment_told() {
    for seed in 0..6 {
        for target in [3, 5, 7, 9] {
            for pick in 0..3 {
                for s in play("Noah builds a big boat", seed, target, pick, Some((3, "The rain stops and a dove flies out"))) {
                    if s.text.contains("The waters subsided") {
                        assert!(s.text.contains("water began to go down"), "{}", s.text);
                    }
                }
                for s in play("David and Goliath", seed, target, pick, None) {
                    if s.text.contains("1 Samuel 17:48") {
                        assert!(s.text.contains("came closer"), "the approach's verse without the approach:\n{}", s.text);
                    }
                }
            }
        }
    }
}

#[test]
fn no_event_is_told_twice() {
    let twice = |texts: &[String], event: &str| texts.iter().map(|t| t.matches(event).count()).sum::<usize>() > 1;
    for seed in 0..6 {
        for target in [3, 4, 5, 7] {
            for pick in 0..3 {
                for typed in [None, Some((2, "The rain stops and a dove flies out")), Some((3, "David throws a stone"))] {
                    let david: Vec<String> = play("David and Goliath", seed, target, pick, typed).into_iter().map(|s| s.text).collect();
                    assert!(!twice(&david, "THUD") && !twice(&david, "toppled"), "{}", david.join("\n---\n"));
                    let noah: Vec<String> = play("Noah builds a big boat", seed, target, pick, typed).into_iter().map(|s| s.text).collect();
                    let flights = noah.iter().map(|t| t.matches("dove flew").count() + t.matches("sent out a dove").count()).sum::<usize>();
                    assert!(flights <= 1, "{}", noah.join("\n---\n"));
                }
            }
        }
    }
}

#[test]
fn a_typed_choice_is_woven_in_with_its_words() {
    for seed in 0..4 {
        let scenes = play("Noah builds a big boat", seed, 5, 0, Some((2, "The rain stops and a dove flies out")));
        let third = &scenes[2].text;
        assert!(third.to_lowercase().contains("the rain stops and a dove flies out"), "{third}");
        assert!(!third.contains("keep it in our hearts") && !third.contains("Let's hold on to it"), "{third}");
        let scenes = play("Daniel and the lions", seed, 4, 0, Some((1, "Daniel prays by the window")));
        // Something Daniel can do is told as done (round 10), not only pictured.
        assert!(scenes[1].text.contains("Daniel prayed to God"), "{}", scenes[1].text);
    }
}

#[test]
fn the_pictures_show_people_as_the_text_implies() {
    for seed in 0..6 {
        for s in play("David and Goliath", seed, 7, 0, None) {
            if s.image_prompt.contains("Goliath") {
                assert!(s.image_prompt.contains("stern") && s.image_prompt.contains("warrior"), "{}", s.image_prompt);
            }
            if s.image_prompt.contains("soldiers") {
                assert!(s.image_prompt.contains("grown men in armour"), "{}", s.image_prompt);
            }
            if s.text.contains("five smooth stones") && !s.text.contains("18:14") {
                assert!(s.image_prompt.contains("five smooth stones"), "{}", s.image_prompt);
            }
            if s.image_prompt.contains("David") {
                assert!(s.image_prompt.contains("young shepherd boy"), "{}", s.image_prompt);
            }
        }
        for s in play("Jonah and the big fish", seed, 7, 0, None) {
            if s.text.contains("sailors were very frightened") {
                assert!(s.image_prompt.contains("frightened sailors wide awake"), "{}", s.image_prompt);
            }
        }
        for s in play("the lost sheep", seed, 7, 0, None) {
            if s.text.contains("One evening") {
                assert!(s.image_prompt.contains("evening") && s.image_prompt.contains("one orange sun"), "{}", s.image_prompt);
            }
        }
        let last = play("Noah builds a big boat", seed, 5, 0, None).pop().map(|s| s.image_prompt).unwrap_or_default();
        assert!(last.starts_with("Noah"), "{last}");
    }
}

#[test]
fn the_giants_fall_has_its_own_verse_and_leads_the_picture() {
    for seed in 0..6 {
        for target in [3, 4, 5, 7] {
            for pick in 0..3 {
                for s in play("David and Goliath", seed, target, pick, None) {
                    if s.text.contains("toppled over") {
                        // The crate's WEB text has no 17:49 or 17:50: the fall's verse is 18:14, never the approach's 17:48.
                        assert!(!s.text.contains("17:48") && s.text.contains("1 Samuel 18:14"), "{}", s.text);
                        assert!(s.image_prompt.starts_with("The fallen giant Goliath"), "{}", s.image_prompt);
                    }
                }
            }
        }
    }
}

//! Bible picture prompts: the scene's key moment, one look per person in
//! every scene of a story, and looks that tell two people apart.

use super::write_scene;
use crate::story::Hints;

fn pictures(premise: &str, target: u32) -> Vec<String> {
    (1..=target)
        .map(|n| write_scene(Hints { premise, path: &[], scene_number: n, target_scenes: target, told: &[] }, 7).image_prompt)
        .collect()
}

#[test]
#[ignore]
fn show_bible_pictures() {
    for premise in ["Jonah and the whale", "the good samaritan", "baby moses", "David and Goliath"] {
        for target in [3, 5] {
            for (i, p) in pictures(premise, target).iter().enumerate() {
                println!("{premise} {target} #{}: {p}", i + 1);
            }
        }
    }
}

/// (premise, scenes, scene) → words its picture prompt must contain.
const MUST: &[(&str, u32, u32, &[&str])] = &[
    (
        "Jonah and the whale",
        5,
        2,
        &["storm with huge waves", "sailors in a wooden ship throwing Jonah, a bearded man in a brown robe", "into the sea"],
    ),
    ("Jonah and the whale", 3, 1, &["storm clouds", "Jonah, a bearded man in a brown robe, fast asleep"]),
    ("Jonah and the whale", 5, 3, &["big blue fish", "Jonah, a bearded man in a brown robe"]),
    ("the good samaritan", 5, 1, &["hurt man in a torn white tunic lying hurt by the road"]),
    ("the good samaritan", 5, 3, &["Samaritan man in a blue and green striped robe", "hurt man in a torn white tunic"]),
    ("David and Goliath", 5, 3, &["David, a young shepherd boy", "Goliath, a huge grown-up warrior"]),
    ("baby moses", 5, 1, &["Moses' mother, a grown woman"]),
    ("baby moses", 5, 5, &["his mother, a grown woman"]),
];

#[test]
fn each_picture_shows_its_moment_and_each_person_keeps_one_look() {
    for (premise, target, scene, words) in MUST {
        let all = pictures(premise, *target);
        let picture = &all[*scene as usize - 1];
        for w in *words {
            assert!(picture.contains(w), "{premise} {target} #{scene}: {w:?} not in {picture}");
        }
    }
    // Jonah is the same bearded man in a brown robe wherever a man is painted, at every length.
    for target in 2..=8 {
        for picture in pictures("Jonah and the whale", target) {
            if picture.to_lowercase().contains(" man") {
                assert!(picture.contains("Jonah, a bearded man in a brown robe"), "{target}: {picture}");
            }
        }
    }
}

/// A ship that has sailed off is out on the water in its picture, never still at the harbour.
#[test]
fn a_ship_that_sails_off_is_out_on_the_water() {
    let sailing = ["sailed off", "out at sea", "set off across"];
    let mut checked = 0;
    for beat in super::stories().flat_map(|s| s.beats.iter()) {
        if sailing.iter().any(|w| beat.text.contains(w)) {
            checked += 1;
            let on_water = ["sailing", "tossed by", "out on the"].iter().any(|w| beat.picture.contains(w));
            assert!(on_water && !beat.picture.contains("climbing onto"), "{}: {}", beat.text, beat.picture);
        }
    }
    assert!(checked >= 2, "{checked}");
}

#[test]
fn a_short_noah_ends_with_the_dove_and_its_olive_leaf_in_the_picture() {
    for seed in 0..6 {
        for target in [2, 3, 4, 5] {
            let (mut path, mut told) = (Vec::<String>::new(), Vec::<String>::new());
            for n in 1..=target {
                let s = write_scene(Hints { premise: "Noah", path: &path, scene_number: n, target_scenes: target, told: &told }, seed);
                path.extend(s.choices.first().cloned());
                told.push(s.text.clone());
                if s.text.contains("olive leaf") {
                    assert!(
                        s.image_prompt.contains("dove") && s.image_prompt.contains("olive leaf"),
                        "{target} scenes: {}\n{}",
                        s.text,
                        s.image_prompt
                    );
                }
            }
        }
    }
}

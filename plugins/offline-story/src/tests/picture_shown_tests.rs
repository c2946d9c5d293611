//! Each picture prompt says what its scene's words are about: the fishing
//! rods, the keepers, the ice-cream stand, the lantern, the wagon, the mask.

use super::premise_tests::play;
use super::situated_choice_tests::KIDS;

/// (what the scene's text says, what its picture prompt must then say).
const MUST_SHOW: &[(&str, &str)] = &[
    ("fishing", "fishing rod"),
    ("lighthouse keeper", "keeper"),
    ("zoo keeper", "keeper"),
    ("ice cream", "ice cream"),
    ("lantern", "lantern"),
    ("wagon", "wagon"),
    ("diving mask", "diving mask"),
    ("twisty stairs", "stairs"),
];

#[test]
fn a_picture_shows_the_things_its_scene_is_about() {
    let (mut wrong, mut scenes) = (Vec::new(), 0);
    for premise in KIDS.iter().chain(&["a little crab who wants to see the top of the lighthouse (bedtime)"]) {
        for seed in 0..4 {
            for pick in 0..4 {
                let story = play(premise, seed, 5, pick);
                for (n, s) in story.iter().enumerate() {
                    scenes += 1;
                    // The ending's last paragraph is the way home: its picture is the moment before.
                    let paragraphs: Vec<&str> = s.text.split("\n\n").collect();
                    let shown = if s.is_ending && paragraphs.len() > 1 { &paragraphs[..paragraphs.len() - 1] } else { &paragraphs[..] };
                    let text = shown.join(" ").to_lowercase();
                    let prompt = s.image_prompt.to_lowercase();
                    for (said, drawn) in MUST_SHOW {
                        if text.contains(said) && !prompt.contains(drawn) {
                            wrong.push(format!("{premise} / {seed} / {pick} / scene {}: {said:?} not drawn: {}", n + 1, s.image_prompt));
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} in {scenes} scenes:\n{}", wrong.len(), wrong.join("\n"));
}

//! Tests of the inside of a lighthouse: "a twisty staircase inside a
//! lighthouse" is drawn from inside (a curved stone wall, a spiral stair, a
//! small round window), not the beach outside; a keeper there is inside too.

use crate::place::Place;
use crate::read::Spec;
use crate::tests::{decode, near_in_rows};

const WHO: &[&str] = &[
    "Pebble, a small orange crab with a teal scarf,",
    "Pumpkin, a small orange crab with a green bandana, and a kind lighthouse keeper with a white beard,",
    "A girl in a yellow raincoat and her little brother",
    "A puffin and a seal",
    "Two brothers and a worried keeper",
];
const WHERE: &[&str] = &[
    "climbing a twisty staircase inside a lighthouse",
    "on a winding back stair inside a lighthouse",
    "climbing the twisty stairs inside a lighthouse, rain on its little round windows, a worried keeper at the top, by a tall red and white lighthouse on the rocks by the sea",
    "going up the spiral stairs inside the old lighthouse",
];
const WHEN: &[&str] = &["on a rainy afternoon", "in the morning", "at sunset"];

fn prompts() -> Vec<String> {
    let mut out = Vec::new();
    for (i, who) in WHO.iter().enumerate() {
        for (j, place) in WHERE.iter().enumerate() {
            let when = WHEN[(i + j) % WHEN.len()];
            out.push(format!("{who} {place}, {when}, soft picture-book illustration."));
        }
    }
    out
}

#[test]
fn a_stair_inside_a_lighthouse_is_drawn_from_inside_not_the_beach() {
    let mut wrong = Vec::new();
    let all = prompts();
    for prompt in &all {
        let spec = Spec::read(prompt);
        let (png, alt) = crate::picture(prompt, 512, 512).expect("png");
        let px = decode(&png).2;
        // Nobody stands up on a rock of their own (the rocks are outside). No beach sand in front, no sea at the horizon; the curved stone wall fills the top half.
        let sand = near_in_rows(&px, [246, 222, 160], 60, (0.8, 1.0));
        let stone = near_in_rows(&px, crate::tower_inside::STONE, 70, (0.0, 0.5));
        if spec.place != Place::TowerInside || spec.climbing || sand > 2000 || stone < 20_000 || !alt.contains("inside a lighthouse") {
            wrong.push(format!("{prompt}: {:?}, sand {sand}, stone {stone}: {alt}", spec.place));
        }
    }
    assert!(wrong.is_empty(), "{} of {} drawn outside:\n{}", wrong.len(), all.len(), wrong.join("\n"));
}

#[test]
fn a_lighthouse_seen_from_outside_is_still_by_the_sea() {
    for prompt in [
        "A little crab by a tall red and white lighthouse on the rocks by the sea.",
        "Shelly, a small red crab, at the top of the lighthouse, by the sea.",
        "Pebble, a small orange crab, climbing wet rocks towards a tall red and white lighthouse, by the sea on a sunny afternoon.",
        "A kind old lighthouse keeper waving from the door of a tall lighthouse by the sea.",
    ] {
        assert_eq!(Spec::read(prompt).place, Place::Lighthouse, "{prompt}");
    }
}

#[test]
#[ignore]
fn print_tower_inside() {
    for (i, prompt) in prompts().iter().enumerate().step_by(3) {
        let png = crate::picture(prompt, 1024, 1024).expect("png").0;
        std::fs::write(format!("/tmp/wt-painter-png/tower{i}.png"), png).expect("write");
    }
}

//! Tests of the stable drawn from inside: "shepherds kneeling in the stable"
//! shows wooden walls, a beam, straw and an animal or two, not the sky.

use crate::place::Place;
use crate::tests::{decode, near_in_rows};

const WHO: &[&str] = &[
    "Shepherds kneeling by a manger",
    "Mary and Joseph smiling at a baby in a manger",
    "Three wise men bringing gifts to a baby",
    "A little lamb and a donkey beside a manger",
];
const WHERE: &[&str] =
    &["in a stable", "in a little stable in Bethlehem", "in a stable where a baby sleeps, with Mary, Joseph and a little lamb"];
const WHEN: &[&str] = &["", " at night", " under a bright star"];

#[test]
fn a_stable_is_drawn_from_inside_with_wooden_walls_not_the_sky() {
    let mut wrong = Vec::new();
    let mut n = 0;
    for (i, who) in WHO.iter().enumerate() {
        for (j, place) in WHERE.iter().enumerate() {
            let prompt = format!("{who} {place}{}.", WHEN[(i + j) % WHEN.len()]);
            n += 1;
            let spec = crate::read::Spec::read(&prompt);
            let px = decode(&crate::picture(&prompt, 512, 512).expect("png").0).2;
            // Sky blue (day) or night blue at the top means outdoors; the planks fill the top instead.
            let sky = px[..512 * 3 * 150].chunks(3).filter(|c| i32::from(c[2]) > i32::from(c[0]) + 40).count();
            let planks = near_in_rows(&px, crate::stable_inside::PLANK, 90, (0.0, 0.4));
            if spec.place != Place::Stable || sky > 500 || planks < 30_000 {
                wrong.push(format!("{prompt}: sky {sky}, planks {planks}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {n} stables drawn outdoors:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
#[ignore]
fn print_stable_inside() {
    for (i, prompt) in
        ["Shepherds kneeling by a manger in a stable where a baby sleeps, with Mary, Joseph and a little lamb."].iter().enumerate()
    {
        let png = crate::picture(prompt, 1024, 1024).expect("png").0;
        std::fs::write(format!("/tmp/wt-painter-png/stable{i}.png"), png).expect("write");
    }
}

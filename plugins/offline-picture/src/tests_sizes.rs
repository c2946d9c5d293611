//! Tests of sizes beside each other: a baby or little animal that is small
//! in life ("a baby penguin", "a little lamb") is never drawn taller than
//! the children standing beside it.

use crate::cast::{Piece, plan};
use crate::catalog::Fam;
use crate::read::Spec;

const YOUNG: &[&str] = &[
    "a baby penguin",
    "a lost baby penguin",
    "a little penguin",
    "a baby seal",
    "a little lamb",
    "a baby goat",
    "a baby rabbit",
    "a little duckling",
    "a baby fox",
    "a little piglet",
    "a baby owl",
    "a baby turtle",
];
const KIDS: &[&str] = &[
    "two children",
    "a girl in a yellow raincoat and her little brother",
    "Luna, a girl with curly black hair, and Poppy, a girl with a red bow,",
    "a boy and his sister",
];
const WHERE: &[&str] = &["at the zoo", "at a zoo with animal enclosures, trees and paths on a sunny afternoon", "on a farm", "in a meadow"];

/// Each figure's drawn height in pixels on a 512×512 picture, with its kind and whether it is in a zoo's enclosure.
fn heights(spec: &Spec) -> Vec<(&'static str, Fam, f32, bool)> {
    let row = plan(spec, 512, 512).pieces.into_iter().filter_map(|(piece, at)| match piece {
        Piece::Figure { f, .. } => Some((f.noun, f.fam, at.bbox.y1 - at.bbox.y0, false)),
        _ => None,
    });
    let penned = crate::zoo::kept(spec).into_iter().filter_map(|i| spec.figures.get(i)).map(|f| {
        // Drawn as `zoo.rs` draws it, with the unit of a 512×512 picture.
        let up = crate::layout::measure(|p, x, y, u| crate::cast::figure(p, f, x, y, u * 5.12 * crate::zoo::pen_size(f), false, false)).up;
        (f.noun, f.fam, up, true)
    });
    row.chain(penned).collect()
}

#[test]
fn a_baby_or_little_animal_is_never_taller_than_the_children_beside_it() {
    let mut wrong = Vec::new();
    let mut n = 0;
    for (i, young) in YOUNG.iter().enumerate() {
        for (j, kids) in KIDS.iter().enumerate() {
            let place = WHERE[(i + j) % WHERE.len()];
            for prompt in [format!("{kids} looking at {young} {place}."), format!("{young} waddling beside {kids} {place}.")] {
                n += 1;
                let spec = Spec::read(&prompt);
                let hs = heights(&spec);
                let child = hs.iter().filter(|h| h.1 == Fam::Person && h.0 != "baby").map(|h| h.2).fold(f32::MAX, f32::min);
                // Beside the children no taller than the shortest; in an enclosure further back, at most half as tall.
                let animal = hs.iter().filter(|h| h.1 != Fam::Person).map(|h| if h.3 { h.2 * 2.0 } else { h.2 }).fold(0.0, f32::max);
                if child == f32::MAX || animal == 0.0 || animal > child + 0.5 {
                    wrong.push(format!("{prompt}: {hs:?}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {n} with the young animal taller than a child:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
#[ignore]
fn print_sizes() {
    for (i, prompt) in [
        "Two children looking at a baby penguin at the zoo.",
        "A girl in a yellow raincoat and her little brother with a baby rabbit in a meadow.",
        "Mia and her brother Sam feeding a baby penguin at the zoo on a sunny afternoon.",
    ]
    .iter()
    .enumerate()
    {
        let png = crate::picture(prompt, 1024, 1024).expect("png").0;
        std::fs::write(format!("/tmp/wt-painter-png/sizes{i}.png"), png).expect("write");
    }
}

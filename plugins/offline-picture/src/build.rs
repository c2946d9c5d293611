//! Something being made: "cutting and taping big cardboard boxes together and
//! painting them", "building a cardboard rocket". The boxes are drawn stacked
//! into a rocket that is not finished yet (a cardboard nose cone, strips of
//! tape over the seams, paint on half of it) with a paint pot and brush at its
//! foot. A rocket said to be built already ("the rocket they had built") is
//! the finished one.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::paint::Pen;
use crate::read::Thing;

/// The noun of the rocket being made.
pub const NOUN: &str = "rocket being built";

/// Words of making something with your hands, still going on.
const MAKING: &[&str] = &[
    "building",
    "build",
    "builds",
    "cutting",
    "taping",
    "sticking",
    "gluing",
    "folding",
    "painting",
    "making",
    "hammering",
    "assembling",
    "constructing",
    "decorating",
    "make",
];

/// Cardboard, tape and the paint.
const CARDBOARD: Rgb = Rgb(205, 165, 115);
const TAPE: Rgb = Rgb(232, 224, 196);

/// Whether the prompt (`lower`, words with a space either side) says something is being made now.
fn making(lower: &str) -> bool {
    MAKING.iter().any(|k| lower.contains(&format!(" {k} ")))
}

/// Boxes or a rocket being made become one rocket under construction (the boxes are in it);
/// `up` when the rocket is already flying. `pairs` are the things with where each was said.
pub fn read(lower: &str, pairs: &mut Vec<(Thing, usize)>, up: bool) {
    if up || !making(lower) {
        return;
    }
    // Something else is being made from the boxes ("a cardboard castle"): leave it be.
    if pairs.iter().any(|t| t.0.noun != "rocket" && matches!(t.0.fam, Fam::Vehicle | Fam::Big)) {
        return;
    }
    let rocket = pairs.iter().position(|t| t.0.noun == "rocket");
    let Some(k) = rocket.or_else(|| pairs.iter().position(|t| t.0.noun == "box")) else {
        return;
    };
    let paint = rocket.and_then(|r| pairs.get(r)).map_or(Rgb(230, 70, 70), |t| t.0.colour);
    if let Some(t) = pairs.get_mut(k) {
        t.0 = Thing {
            noun: NOUN,
            fam: Fam::Vehicle,
            count: 1,
            colour: paint,
            words: "cardboard rocket being built, with tape and a pot of paint".into(),
        };
    }
    pairs.retain(|t| t.0.noun != "box");
}

/// A cardboard rocket half made: two boxes stacked, a cone on top, tape over the seams, paint on the bottom,
/// one fin taped on, and a paint pot with its brush at its foot. Base at (0, 0), about 110 units tall.
pub fn draw(pen: &mut Pen<'_>, paint: Rgb) {
    // The fin taped on, and the bottom box half painted.
    pen.poly(&[(-20.0, -34.0), (-36.0, 0.0), (-20.0, -6.0)], CARDBOARD.darker(0.08));
    pen.rect(-20.0, -36.0, 20.0, 0.0, CARDBOARD);
    pen.flat_poly(&[(-20.0, -36.0), (2.0, -36.0), (10.0, 0.0), (-20.0, 0.0)], paint);
    pen.rect(-16.0, -74.0, 16.0, -36.0, CARDBOARD.darker(0.04));
    // Flaps of the upper box, folded in.
    pen.flat_poly(&[(-16.0, -74.0), (-6.0, -74.0), (-10.0, -68.0)], CARDBOARD.darker(0.2));
    pen.circle(0.0, -55.0, 7.5, Rgb(150, 200, 230));
    pen.poly(&[(-17.0, -74.0), (17.0, -74.0), (0.0, -106.0)], CARDBOARD.darker(0.12));
    // Strips of tape over the seams.
    pen.flat_poly(&[(-22.0, -39.0), (22.0, -39.0), (22.0, -33.0), (-22.0, -33.0)], TAPE);
    pen.flat_poly(&[(-18.0, -77.0), (18.0, -77.0), (18.0, -71.0), (-18.0, -71.0)], TAPE);
    pen.flat_poly(&[(8.0, -52.0), (14.0, -52.0), (14.0, -20.0), (8.0, -20.0)], TAPE);
    // Drips of paint on the ground and the pot with its brush.
    pen.flat_ellipse(-4.0, 1.0, 10.0, 2.0, paint);
    pen.rect(26.0, -14.0, 42.0, 0.0, Rgb(190, 195, 205));
    pen.ellipse(34.0, -14.0, 8.0, 2.5, paint);
    pen.poly(&[(33.0, -14.0), (35.0, -14.0), (48.0, -38.0), (46.0, -39.0)], Rgb(170, 120, 70));
    pen.poly(&[(45.0, -38.0), (49.0, -37.0), (52.0, -46.0), (47.0, -47.0)], paint);
}

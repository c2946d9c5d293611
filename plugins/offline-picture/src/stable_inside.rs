//! Inside the stable ("shepherds kneeling by a manger in a stable"): wooden
//! plank walls under a beam and posts, straw heaped along the walls, a hay
//! rack, and an ox and a donkey looking over their stall at the back.

use crate::canvas::{Rgb, Shape};
use crate::catalog::{self, Fam};
use crate::look::Look;
use crate::paint::Painter;
use crate::read::Figure;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// The stable's planks, before the light of the hour tints them.
pub(crate) const PLANK: [u8; 3] = [140, 95, 58];

/// Paint the stable's walls, beams, straw and the animals in their stall, down to where the floor starts.
pub fn walls(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = lay.horizon + u * 14.0;
    let wood = p.lit(Rgb(PLANK[0], PLANK[1], PLANK[2]));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), wood);
    for i in 0..(w / (u * 6.0)) as usize + 1 {
        let x = i as f32 * u * 6.0;
        p.cv.fill(&Shape::rect(x, 0.0, x + u * 0.4, top), wood.darker(0.3));
    }
    // The roof beam and the posts holding it up.
    let beam = wood.darker(0.45);
    p.cv.fill(&Shape::rect(0.0, u * 4.0, w, u * 9.0), beam);
    for x in [w * 0.12, w * 0.88] {
        p.cv.fill(&Shape::rect(x - u * 2.2, 0.0, x + u * 2.2, top), beam);
    }
    // A hay rack on the wall, hay poking out of it.
    let hay = p.lit(Rgb(235, 200, 110));
    let rack = (w * rng.range(0.3, 0.4), u * 20.0);
    p.cv.fill(&Shape::Ellipse { x: rack.0, y: rack.1 - u * 1.5, rx: u * 9.0, ry: u * 3.0 }, hay);
    p.cv.fill(
        &Shape::Poly(vec![
            (rack.0 - u * 10.0, rack.1),
            (rack.0 + u * 10.0, rack.1),
            (rack.0 + u * 7.0, rack.1 + u * 6.0),
            (rack.0 - u * 7.0, rack.1 + u * 6.0),
        ]),
        beam,
    );
    stall(p, top);
    // Straw heaped along the foot of the walls.
    for _ in 0..8 {
        let x = rng.range(0.0, w);
        p.cv.fill(&Shape::Ellipse { x, y: top, rx: u * rng.range(6.0, 11.0), ry: u * 3.0 }, hay);
    }
}

/// An ox and a donkey looking over a low plank stall at the back.
fn stall(p: &mut Painter, top: f32) {
    let (w, u) = (p.w(), p.unit());
    let floor = top - u * 1.0;
    for (k, noun) in ["cow", "donkey"].into_iter().enumerate() {
        let fam = catalog::entry(noun).map_or(Fam::Beast, |e| e.1);
        let f = Figure {
            noun,
            fam,
            count: 1,
            look: Look::default(),
            named: false,
            asleep: false,
            hurt: false,
            fallen: false,
            wet: false,
            pose: Default::default(),
        };
        crate::cast::figure(p, &f, w * (0.6 + 0.18 * k as f32), floor, u * 0.2, k == 1, false);
    }
    let board = p.lit(Rgb(PLANK[0], PLANK[1], PLANK[2])).lighter(0.12);
    let (x0, x1) = (w * 0.52, w * 0.84);
    p.cv.outlined(&Shape::rect(x0, top - u * 6.0, x1, top), board, u * 0.4);
    p.cv.fill(&Shape::rect(x0, top - u * 3.2, x1, top - u * 2.6), board.darker(0.3));
}

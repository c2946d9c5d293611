//! A kite flown by a character: up in the sky on a string that runs down to
//! the character's paw or hand, its tail of bows fluttering. "holding up a
//! kite in the wind" flies it high with wind streaks; "holding a kite" keeps
//! it low, just above the one holding it, so the two pictures differ.

use crate::canvas::{Rgb, Shape};
use crate::layout::Placed;
use crate::paint::Painter;

const INK: Rgb = Rgb(70, 60, 70);

/// Fly a kite of colour `c` from the character placed at `at` (its box), high or low.
pub fn flown(p: &mut Painter, c: Rgb, at: &Placed, high: bool) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let b = &at.bbox;
    // The hand: the top of the character's box, on the side towards the middle of the picture.
    let toward = if (b.x0 + b.x1) * 0.5 < w * 0.5 { 1.0 } else { -1.0 };
    let hand = (if toward > 0.0 { b.x1 } else { b.x0 } - toward * u * 2.0, b.y0 + (b.y1 - b.y0) * 0.35);
    let kite = if high {
        ((hand.0 + toward * w * 0.25).clamp(w * 0.15, w * 0.85), h * 0.18)
    } else {
        ((hand.0 + toward * w * 0.12).clamp(w * 0.1, w * 0.9), (b.y0 - u * 12.0).max(h * 0.2))
    };
    // The string, sagging a little on its way down.
    let steps = 90;
    for k in 0..steps {
        let t = k as f32 / steps as f32;
        let sag = (t * (1.0 - t)) * u * if high { 10.0 } else { 4.0 };
        let x = kite.0 + (hand.0 - kite.0) * t;
        let y = kite.1 + (hand.1 - kite.1) * t + sag;
        p.cv.fill(&Shape::Circle { x, y, r: u * 0.22 }, INK);
    }
    // The kite: a diamond with a lighter half and a cross of sticks.
    let s = u * if high { 7.0 } else { 6.0 };
    let (x, y) = kite;
    let tilt = toward * s * 0.25;
    let top = (x - tilt, y - s * 1.2);
    let bottom = (x + tilt, y + s * 1.3);
    p.cv.outlined(&Shape::Poly(vec![top, (x + s, y), bottom, (x - s, y)]), c, u * 0.4);
    p.cv.fill(&Shape::Poly(vec![top, bottom, (x - s, y)]), c.lighter(0.3));
    // Its tail of bows, blown away from the string.
    for k in 1..=4 {
        let (tx, ty) = (bottom.0 - toward * u * 2.5 * k as f32, bottom.1 + u * 2.6 * k as f32);
        p.cv.fill(&Shape::Circle { x: tx, y: ty, r: u * 0.3 }, INK);
        let bow = if k % 2 == 0 { Rgb(250, 220, 80) } else { Rgb(90, 170, 240) };
        p.cv.fill(&Shape::Poly(vec![(tx, ty), (tx - u * 1.6, ty - u * 1.1), (tx - u * 1.6, ty + u * 1.1)]), bow);
        p.cv.fill(&Shape::Poly(vec![(tx, ty), (tx + u * 1.6, ty - u * 1.1), (tx + u * 1.6, ty + u * 1.1)]), bow);
    }
    if high {
        // Wind streaks across the sky.
        for k in 0..3 {
            let (sx, sy) = (w * (0.2 + 0.25 * k as f32), h * (0.3 + 0.05 * k as f32));
            p.cv.fill(&Shape::Ellipse { x: sx, y: sy, rx: u * 7.0, ry: u * 0.35 }, Rgb(250, 250, 255));
        }
    }
}

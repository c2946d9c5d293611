//! An ice-cream stand (a counter under a striped awning, cones on show) and
//! an ice cream in its cone, for a day out at the zoo, the park or the beach.

use crate::canvas::Rgb;
use crate::paint::Pen;

const WAFER: Rgb = Rgb(225, 170, 95);

/// An ice-cream stand: a striped awning of `c` and white on poles over a counter with cones on show.
pub fn stall(pen: &mut Pen<'_>, c: Rgb) {
    pen.rect(-30.0, -28.0, 30.0, 0.0, Rgb(245, 240, 230));
    pen.rect(-30.0, -28.0, 30.0, -24.0, c.darker(0.2));
    for x in [-28.0, 26.0] {
        pen.rect(x, -62.0, x + 2.0, -28.0, Rgb(150, 150, 160));
    }
    for k in 0..6 {
        let x = -36.0 + k as f32 * 12.0;
        let stripe = if k % 2 == 0 { c } else { Rgb(250, 250, 250) };
        pen.poly(&[(x, -70.0), (x + 12.0, -70.0), (x + 12.0, -58.0), (x, -58.0)], stripe);
    }
    for x in [-16.0, 0.0, 16.0] {
        cone_at(pen, x, -28.0, 0.7, [Rgb(250, 180, 200), Rgb(250, 245, 220), Rgb(140, 90, 60)][((x + 16.0) / 16.0) as usize % 3]);
    }
}

/// An ice cream: a scoop of `c` in a wafer cone.
pub fn cone(pen: &mut Pen<'_>, c: Rgb) {
    cone_at(pen, 0.0, 0.0, 1.0, c);
}

fn cone_at(pen: &mut Pen<'_>, x: f32, y: f32, s: f32, c: Rgb) {
    pen.poly(&[(x - 7.0 * s, y - 20.0 * s), (x + 7.0 * s, y - 20.0 * s), (x, y)], WAFER);
    pen.circle(x, y - 25.0 * s, 8.0 * s, c);
}

//! Food drawn as food: a cooked fish lying on a plate (no face, grill
//! stripes), and a basket heaped with bread or fish over its rim. Called by
//! `objects.rs`; about 40 units tall, around the base.

use crate::canvas::Rgb;
use crate::paint::Pen;

/// A cooked fish on its plate, in colour `c`.
pub(crate) fn fish_to_eat(pen: &mut Pen<'_>, c: Rgb) {
    // A cooked fish lying on a plate: no face, grill stripes, its tail flat.
    pen.ellipse(0.0, -5.0, 24.0, 6.0, Rgb(245, 245, 240));
    pen.flat_ellipse(0.0, -6.0, 18.0, 3.5, Rgb(225, 228, 230));
    pen.ellipse(-3.0, -11.0, 15.0, 6.5, c);
    pen.poly(&[(10.0, -11.0), (21.0, -17.0), (21.0, -5.0)], c.darker(0.15));
    for x in [-10.0, -4.0, 2.0] {
        pen.flat_poly(&[(x, -16.0), (x + 2.0, -16.0), (x + 4.0, -6.0), (x + 2.0, -6.0)], c.darker(0.35));
    }
}

/// A basket of colour `c` heaped with bread (`bread`) or with fish.
pub(crate) fn food_basket(pen: &mut Pen<'_>, c: Rgb, bread: bool) {
    // The basket with its food heaped up inside, over the rim.
    pen.p.cv.ring(pen.ox, pen.oy - 20.0 * pen.u, 14.0 * pen.u, 2.5 * pen.u, c.darker(0.2));
    if bread {
        for (x, y) in [(-9.0, -22.0), (8.0, -23.0), (0.0, -27.0)] {
            pen.ellipse(x, y, 10.0, 6.0, Rgb(215, 150, 80));
            pen.flat_poly(&[(x - 3.0, y - 4.0), (x - 1.0, y - 4.0), (x + 1.0, y), (x - 1.0, y)], Rgb(235, 190, 130));
        }
    } else {
        for (x, y, flip) in [(-6.0, -22.0, 1.0), (6.0, -26.0, -1.0)] {
            pen.ellipse(x, y, 11.0, 4.5, Rgb(200, 150, 90));
            pen.poly(&[(x + 9.0 * flip, y), (x + 16.0 * flip, y - 5.0), (x + 16.0 * flip, y + 5.0)], Rgb(170, 125, 75));
            for k in [-4.0, 0.0] {
                let sx = x + k * flip;
                pen.flat_poly(&[(sx, y - 4.0), (sx + 1.5, y - 4.0), (sx + 3.0, y + 3.0), (sx + 1.5, y + 3.0)], Rgb(140, 95, 55));
            }
        }
    }
    pen.poly(&[(-20.0, -20.0), (20.0, -20.0), (14.0, 0.0), (-14.0, 0.0)], c);
    for y in [-14.0, -7.0] {
        pen.flat_poly(&[(-18.0, y), (18.0, y), (18.0, y + 1.5), (-18.0, y + 1.5)], c.darker(0.2));
    }
}

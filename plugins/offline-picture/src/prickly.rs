//! The hedgehog: a low round body under a dome of dark spines, a pale pointed
//! snout with a black nose, little feet, so it is never taken for a squirrel.
//! About 80 units across and 50 tall, drawn around the feet.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const INK: Rgb = Rgb(45, 35, 45);

pub fn hedgehog(pen: &mut Pen<'_>, fur: Rgb, look: &Look) {
    let spine = fur.darker(0.4);
    // Spines all over the back, each pointing out from the middle.
    for i in 0..15 {
        let a = std::f32::consts::PI * (1.05 + 0.9 * i as f32 / 14.0);
        let (c, s) = (a.cos(), a.sin());
        let (bx, by) = (-8.0 + c * 28.0, -22.0 + s * 20.0);
        let side = (-s * 5.0, c * 5.0);
        pen.poly(&[(bx + side.0, by + side.1), (bx - side.0, by - side.1), (-8.0 + c * 42.0, -22.0 + s * 34.0)], spine);
    }
    pen.ellipse(-14.0, -3.0, 7.0, 4.0, fur.darker(0.2));
    pen.ellipse(12.0, -3.0, 7.0, 4.0, fur.darker(0.2));
    pen.ellipse(-8.0, -22.0, 32.0, 20.0, spine.lighter(0.1));
    // The pale face, coming to a point at the nose.
    let face = Rgb(232, 205, 165);
    pen.poly(&[(14.0, -36.0), (14.0, -8.0), (46.0, -17.0)], face);
    pen.ellipse(18.0, -22.0, 10.0, 13.0, face);
    pen.dot(46.0, -17.0, 3.2, INK);
    pen.dot(24.0, -27.0, 2.6, INK);
    pen.circle(14.0, -37.0, 4.0, face.darker(0.1));
    wear::front(pen, look, Head { x: 18.0, y: -24.0, r: 12.0 });
}

//! Hand-sized things drawn lying on the ground, small beside the characters
//! (`cast.rs` draws them at a hand's size): a crayon (a rainbow one in the
//! rainbow's colours) and a feather. Called by `objects.rs`.

use crate::canvas::Rgb;
use crate::paint::Pen;

const INK: Rgb = Rgb(60, 50, 60);

/// A crayon lying on the ground, a little tilted: its coloured body and pointed tip, a paper wrapper round the middle
/// (a rainbow crayon's body is all the rainbow's colours, in bands). About 30 units long and 7 thick: hand-sized.
pub(crate) fn crayon(pen: &mut Pen<'_>, rainbow: bool, c: Rgb) {
    pen.poly(&[(-15.0, -1.0), (10.0, -4.0), (10.0, -11.0), (-15.0, -8.0)], c);
    if rainbow {
        let bands = [Rgb(230, 60, 60), Rgb(245, 160, 50), Rgb(245, 220, 70), Rgb(90, 190, 90), Rgb(70, 130, 230), Rgb(150, 90, 200)];
        for (k, b) in bands.iter().enumerate() {
            let x = -15.0 + k as f32 * 25.0 / 6.0;
            let (y0, y1) = (-1.0 - k as f32 * 0.5, -1.0 - (k + 1) as f32 * 0.5);
            pen.flat_poly(&[(x, y0), (x + 25.0 / 6.0, y1), (x + 25.0 / 6.0, y1 - 7.0), (x, y0 - 7.0)], *b);
        }
    } else {
        pen.flat_poly(&[(-9.0, -1.8), (4.0, -3.3), (4.0, -10.3), (-9.0, -8.8)], Rgb(250, 246, 235));
    }
    for x in [-7.0, 2.0] {
        pen.flat_poly(&[(x, -2.0), (x + 0.8, -2.1), (x + 0.8, -9.1), (x, -9.0)], INK);
    }
    let tip = if rainbow { Rgb(150, 90, 200) } else { c.darker(0.2) };
    pen.poly(&[(10.0, -4.0), (17.0, -7.0), (10.0, -11.0)], tip);
}

/// A feather lying on the ground: a curved quill with soft vanes either side and a few notches. About 28 units long.
pub(crate) fn feather(pen: &mut Pen<'_>, c: Rgb) {
    pen.poly(&[(-12.0, -2.0), (-6.0, -8.0), (2.0, -15.0), (10.0, -21.0), (15.0, -24.0), (12.0, -16.0), (5.0, -9.0), (-3.0, -4.0)], c);
    pen.flat_poly(&[(-12.0, -2.0), (-6.0, -5.0), (-6.0, -7.5)], c.darker(0.15));
    for (x, y) in [(-2.0, -7.0), (4.0, -12.0), (9.0, -17.0)] {
        pen.flat_poly(&[(x, y), (x + 3.0, y - 4.0), (x + 4.0, y - 3.0)], c.lighter(0.35));
    }
    pen.flat_poly(&[(-16.0, 0.0), (-15.0, -1.0), (14.0, -23.0), (13.0, -22.0)], c.darker(0.35));
}

//! A scarf as it is worn: wrapped round the neck in a soft curved band with
//! fold lines, tied in a knot at one side, its two ends hanging down (one a
//! little swung out), each shaded down one side and fringed at the bottom.
//! Drawn by `wear::front` on any body, from its head.

use crate::canvas::Rgb;
use crate::paint::Pen;
use crate::wear::Head;

/// Draw the scarf of colour `c` under the head `h`.
pub fn draw(pen: &mut Pen<'_>, c: Rgb, h: Head) {
    let (x, y, r) = (h.x, h.y, h.r);
    let at = |dx: f32, dy: f32| (x + dx * r, y + dy * r);
    // The two ends first, hanging from the knot behind it.
    let ends: [[(f32, f32); 4]; 2] =
        [[(0.22, 1.25), (0.52, 1.25), (0.6, 2.3), (0.28, 2.34)], [(0.42, 1.22), (0.7, 1.2), (1.0, 2.12), (0.72, 2.22)]];
    for end in ends {
        pen.poly(&end.map(|(dx, dy)| at(dx, dy)), c);
        // A fold shadow down one side of the end.
        let [a, _, _, d] = end;
        pen.flat_poly(&[at(a.0, a.1 + 0.08), at(a.0 + 0.1, a.1 + 0.08), at(d.0 + 0.1, d.1 - 0.06), at(d.0, d.1 - 0.06)], c.darker(0.2));
        // The fringe.
        for k in 0..3 {
            let t = 0.2 + 0.3 * k as f32;
            let (fx, fy) = (d.0 + (end[2].0 - d.0) * t, d.1 + (end[2].1 - d.1) * t);
            pen.flat_poly(
                &[at(fx - 0.03, fy - 0.02), at(fx + 0.03, fy - 0.02), at(fx + 0.03, fy + 0.16), at(fx - 0.03, fy + 0.16)],
                c.darker(0.1),
            );
        }
    }
    // The band round the neck, its lower edge curving down in front.
    let top = [(-0.88, 0.84), (-0.45, 0.96), (0.0, 1.0), (0.45, 0.96), (0.88, 0.84)];
    let bottom = [(0.84, 1.26), (0.42, 1.4), (0.0, 1.43), (-0.42, 1.4), (-0.84, 1.26)];
    let band: Vec<(f32, f32)> = top.iter().chain(bottom.iter()).map(|&(dx, dy)| at(dx, dy)).collect();
    pen.poly(&band, c);
    // Two fold lines following the curve of the band.
    for mid in [1.1, 1.24] {
        let line: Vec<(f32, f32)> = [-0.8, -0.4, 0.0, 0.4, 0.8]
            .iter()
            .map(|&dx: &f32| at(dx, mid + 0.12 * (1.0 - dx * dx / 0.64)))
            .chain([0.8, 0.4, 0.0, -0.4, -0.8].iter().map(|&dx: &f32| at(dx, mid + 0.05 + 0.12 * (1.0 - dx * dx / 0.64))))
            .collect();
        pen.flat_poly(&line, c.darker(0.18));
    }
    // The knot at the side, over the band.
    let (kx, ky) = at(0.46, 1.28);
    pen.ellipse(kx, ky, r * 0.24, r * 0.2, c.darker(0.06));
    pen.flat_ellipse(kx - r * 0.06, ky - r * 0.05, r * 0.1, r * 0.07, c.lighter(0.25));
}

//! The inside of a lighthouse ("a twisty staircase inside a lighthouse"): a
//! curved stone wall with its courses bending round, a spiral stair winding
//! up along it and a small round window. `place_read.rs` says when the
//! picture is inside; `scene.rs` paints the stone floor.

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::scene::Layout;
use std::f32::consts::PI;
use storyloom_plugin_sdk::rng::Rng;

/// The wall's stone, before the light of the hour tints it.
pub(crate) const STONE: [u8; 3] = [214, 204, 186];

/// "inside a lighthouse", "inside the old lighthouse", "into the lighthouse": the words before
/// "lighthouse" (up to four) say someone is in it, with nothing like "by" or "towards" between.
pub fn inside(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().filter(|(_, w)| **w == "lighthouse").any(|(i, _)| {
        words[i.saturating_sub(4)..i]
            .iter()
            .rev()
            .take_while(|w| !matches!(**w, "outside" | "beside" | "near" | "by" | "towards" | "past" | "to" | "of" | "from" | "at"))
            .any(|w| matches!(*w, "inside" | "into" | "within"))
    })
}

/// Paint the curved wall, the spiral stair and the round window down to where the floor starts.
pub fn walls(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = lay.horizon + u * 14.0;
    let stone = p.lit(Rgb(STONE[0], STONE[1], STONE[2]));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), stone);
    // The wall curves away at both sides: darker towards the edges.
    for k in 0..20 {
        let (x0, x1) = (w * k as f32 / 20.0, w * (k + 1) as f32 / 20.0);
        let off = ((x0 + x1) / w - 1.0).abs();
        if off > 0.4 {
            p.cv.fill(&Shape::rect(x0, 0.0, x1 + 1.0, top), stone.darker((off - 0.4) * 0.5));
        }
    }
    courses(p, top, stone.darker(0.18));
    window(p, rng, lay, top);
    stair(p, top);
}

/// The courses of stone, bending down in the middle as a round wall seen from inside does.
fn courses(p: &mut Painter, top: f32, mortar: Rgb) {
    let (w, u) = (p.w(), p.unit());
    let rise = u * 7.0;
    let sag = |x: f32| u * 3.0 * (1.0 - ((x - w * 0.5) / (w * 0.5)).powi(2));
    for row in 0..(top / rise) as usize + 1 {
        let y0 = row as f32 * rise;
        // The canvas fills convex shapes: the bent line is drawn a short straight piece at a time.
        for i in 0..16 {
            let (x0, x1) = (w * i as f32 / 16.0, w * (i + 1) as f32 / 16.0);
            let (y0a, y1a) = (y0 + sag(x0), y0 + sag(x1));
            p.cv.fill(&Shape::Poly(vec![(x0, y0a), (x1, y1a), (x1, y1a + u * 0.45), (x0, y0a + u * 0.45)]), mortar);
        }
        // Joints between the stones, staggered row by row, narrower towards the sides.
        for k in 0..9 {
            let t = (k as f32 + if row % 2 == 0 { 0.25 } else { 0.75 }) / 9.0;
            let x = w * 0.5 - (PI * (t - 0.5)).sin() * w * 0.5;
            let y = y0 + sag(x);
            p.cv.fill(&Shape::rect(x - u * 0.22, y, x + u * 0.22, (y + rise).min(top)), mortar);
        }
    }
}

/// A small round window deep in the wall, the sky and the sea outside.
fn window(p: &mut Painter, rng: &mut Rng, lay: &Layout, top: f32) {
    let (w, u) = (p.w(), p.unit());
    let x = if lay.light_x > w * 0.5 { w * rng.range(0.62, 0.7) } else { w * rng.range(0.3, 0.38) };
    let (y, r) = (top * 0.3, u * 5.5);
    p.cv.halo(x, y, r, u * 16.0, Rgb(255, 244, 210), 0.3);
    p.cv.fill(&Shape::Circle { x, y, r: r + u * 1.4 }, p.lit(Rgb(150, 140, 128)));
    p.cv.fill(&Shape::Circle { x, y, r }, p.lit(Rgb(170, 215, 245)));
    // The sea outside fills the window's lower half.
    let half: Vec<(f32, f32)> =
        (0..=12).map(|i| PI * i as f32 / 12.0).map(|a| (x + a.cos() * r, y + u * 0.8 + a.sin() * (r - u * 0.8))).collect();
    p.cv.fill(&Shape::Poly(half), p.lit(Rgb(50, 120, 190)));
    let frame = p.lit(Rgb(90, 80, 70));
    p.cv.ring(x, y, r, u * 0.7, frame);
    p.cv.fill(&Shape::rect(x - r, y - u * 0.3, x + r, y + u * 0.3), frame);
    p.cv.fill(&Shape::rect(x - u * 0.3, y - r, x + u * 0.3, y + r), frame);
}

/// A spiral stair winding up round the wall: wooden treads on the far side of the tower, from
/// the floor at the left up and round to the top at the right, with its rail.
fn stair(p: &mut Painter, top: f32) {
    let (w, u) = (p.w(), p.unit());
    let wood = p.lit(Rgb(150, 100, 60));
    let rail = p.lit(Rgb(80, 60, 45));
    let steps = 26;
    let at = |k: f32| {
        // One and a half turns; the far side of the wall is where the angle's cosine is positive.
        let a = -PI * 0.5 + k / steps as f32 * PI * 2.2;
        let x = w * 0.5 - a.sin() * w * 0.44;
        let y = top - u * 1.0 - k / steps as f32 * (top - u * 4.0);
        (x, y, a.cos())
    };
    for k in 0..steps {
        let (x, y, depth) = at(k as f32);
        if depth < -0.15 {
            continue;
        }
        // Treads face us in the middle, narrow at the sides where they turn away.
        let half = u * (1.5 + 3.5 * depth.max(0.0));
        let riser = u * 2.2;
        p.cv.fill(&Shape::rect(x - half, y - riser, x + half, y), wood.darker(0.25));
        p.cv.fill(&Shape::rect(x - half, y - riser - u * 0.9, x + half, y - riser), wood.lighter(0.15));
        // The rail's post.
        p.cv.fill(&Shape::rect(x - u * 0.25, y - riser - u * 7.0, x + u * 0.25, y - riser), rail);
    }
    for k in 0..steps - 1 {
        let ((x0, y0, d0), (x1, y1, d1)) = (at(k as f32), at(k as f32 + 1.0));
        if d0 < -0.15 || d1 < -0.15 {
            continue;
        }
        let (r0, r1) = (y0 - u * 9.2, y1 - u * 9.2);
        p.cv.fill(&Shape::Poly(vec![(x0, r0), (x1, r1), (x1, r1 + u * 0.6), (x0, r0 + u * 0.6)]), rail);
    }
}

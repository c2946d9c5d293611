//! Climbing: "climbing wet rocks towards the lighthouse", "they had to climb
//! the rocks". Each character stands up on a grey rock of its own, one higher
//! than the next, the rocks shining wet when the prompt says so.

use crate::canvas::{Rgb, Shape};
use crate::layout::Placed;
use crate::paint::Painter;

/// Words of climbing.
const CLIMB: &[&str] = &["climbing", "climb", "climbed", "climbs", "clambering", "scrambling", "scrambled"];

/// Whether the prompt (`lower`, words with a space either side) says the characters climb rocks.
pub fn said(lower: &str) -> bool {
    let rocks = [" rocks ", " rocky ", " rock ", " boulders ", " cliff "].iter().any(|k| lower.contains(k));
    rocks && CLIMB.iter().any(|k| lower.contains(&format!(" {k} ")))
}

/// How far up the `k`th climber stands, in its own units.
pub fn height(k: usize) -> f32 {
    [34.0, 64.0, 46.0, 76.0][k % 4]
}

/// Paint the rock the `k`th climber stands on, under its base point at `at`; returns how far up (pixels) it stands.
pub fn rock(p: &mut Painter, at: &Placed, k: usize) -> f32 {
    // Never so high that the head leaves the picture.
    let (u, up) = (at.u, (height(k) * at.u).min((at.bbox.y0 - at.u * 6.0).max(0.0)));
    let w = (at.bbox.x1 - at.bbox.x0).max(u * 20.0) * 0.6;
    let (x, y) = (at.x, at.y);
    let stone = p.lit(Rgb(125, 128, 138));
    let top = y - up;
    let shape = Shape::Poly(vec![
        (x - w * 1.1, y + u * 2.0),
        (x - w * 0.95, top + u * 6.0),
        (x - w * 0.5, top - u * 1.0),
        (x + w * 0.45, top - u * 1.5),
        (x + w * 1.0, top + u * 5.0),
        (x + w * 1.15, y + u * 2.0),
    ]);
    p.cv.outlined(&shape, stone, (u * 0.6).clamp(1.0, 4.0));
    p.cv.fill(&Shape::Poly(vec![(x - w * 0.5, top), (x + w * 0.45, top - u * 0.5), (x + w * 0.2, top + u * 3.0)]), stone.darker(0.12));
    // Wet: shining streaks on the rock.
    for (dx, dy) in [(-0.55, 0.35), (0.4, 0.55), (-0.1, 0.75)] {
        let s = Shape::Ellipse { x: x + dx * w, y: top + dy * up.max(u * 8.0), rx: w * 0.16, ry: u * 0.9 };
        p.cv.fill_grown(&s, 0.0, Rgb(235, 245, 255), 0.8);
    }
    up
}

//! By the sea: sea creatures (dolphins, whales, sharks, fish) drawn in a
//! patch of water with foam around them wherever they are placed, never
//! lying on the sand, and rocks on the shore (or grass, or snow) when the
//! prompt says "the rocks by the sea". Called by `draw.rs`.

use crate::canvas::{Rgb, Shape};
use crate::catalog_kin::drawn_as;
use crate::layout::Placed;
use crate::paint::Painter;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// Creatures that live only in the water.
pub(crate) fn swimmer(noun: &str) -> bool {
    matches!(drawn_as(noun), "whale" | "dolphin" | "shark" | "fish" | "big fish")
}

/// The sea reaching in from the horizon to just under a sea creature placed at `at`, drawn before it: it swims in
/// the sea, not on the sand.
pub(crate) fn inlet(p: &mut Painter, at: &Placed, horizon: f32, stormy: bool) {
    let b = &at.bbox;
    let u = p.unit();
    let sea = p.lit(if stormy { Rgb(40, 80, 120) } else { Rgb(60, 150, 210) });
    let (x0, x1, bottom) = (b.x0 - u * 3.0, b.x1 + u * 3.0, b.y1 + u * 2.0);
    // A bay with a natural shoreline: wide where it meets the sea, narrowing and wavering down to a rounded end
    // (several creatures' bays run together into one). Never a box with straight sides.
    for piece in bay(x0, x1, horizon, bottom, u) {
        p.cv.fill(&piece, sea);
    }
}

/// A bay from `x0`..`x1` at its end up to the horizon, where it is wider: wavy sides (drawn as strips, each a
/// trapezoid, since a shape is filled convex) and a round end.
fn bay(x0: f32, x1: f32, horizon: f32, bottom: f32, u: f32) -> Vec<Shape> {
    const STEPS: usize = 16;
    let (cx, half) = ((x0 + x1) / 2.0, (x1 - x0) / 2.0);
    let end = bottom - u * 3.0;
    let side = |t: f32, s: f32| {
        // t runs from the horizon (0) to the end (1); the bay widens towards the sea and wavers.
        let wide = half + u * 8.0 * (1.0 - t) + u * 1.4 * (t * std::f32::consts::PI * 3.0).sin() * s;
        (cx + s * wide, horizon + (end - horizon) * t)
    };
    let mut shapes: Vec<Shape> = (0..STEPS)
        .map(|k| {
            let (t0, t1) = (k as f32 / STEPS as f32, (k + 1) as f32 / STEPS as f32);
            let (a, b, c, d) = (side(t0, -1.0), side(t0, 1.0), side(t1, 1.0), side(t1, -1.0));
            // A pixel of overlap so no seam shows between strips.
            Shape::Poly(vec![a, b, (c.0, c.1 + 1.0), (d.0, d.1 + 1.0)])
        })
        .collect();
    let (l, r) = (side(1.0, -1.0), side(1.0, 1.0));
    shapes.push(Shape::Ellipse { x: (l.0 + r.0) / 2.0, y: end, rx: (r.0 - l.0) / 2.0, ry: u * 3.0 });
    shapes
}

/// Water around the lower half of a creature placed at `at`: it swims (or leaps) in the sea, not on the sand.
pub(crate) fn pool(p: &mut Painter, at: &Placed, stormy: bool, leaping: bool) {
    let b = &at.bbox;
    let u = p.unit();
    // Leaping: the water's surface just under its belly, splashing.
    let top = b.y0 + (b.y1 - b.y0) * if leaping { 0.8 } else { 0.6 };
    let (x0, x1) = (b.x0 - u * 3.0, b.x1 + u * 3.0);
    let bottom = b.y1 + u * 2.0;
    let sea = p.lit(if stormy { Rgb(40, 80, 120) } else { Rgb(60, 150, 210) });
    // The lower half of an oval: full width at the waterline, rounding away below like the bay it lies in,
    // never a box with straight sides and a flat bottom.
    let (cx, rx, ry) = ((x0 + x1) / 2.0, (x1 - x0) / 2.0, bottom - top + u * 2.0);
    let half: Vec<(f32, f32)> = (0..=24)
        .map(|k| {
            let a = std::f32::consts::PI * k as f32 / 24.0;
            (cx + rx * a.cos(), top + u + ry * a.sin())
        })
        .collect();
    p.cv.fill(&Shape::Poly(half), sea);
    let foam = p.lit(Rgb(240, 248, 255));
    let n = ((x1 - x0) / (u * 4.0)).max(1.0) as usize;
    for k in 0..=n {
        let x = x0 + u * 2.0 + (x1 - x0 - u * 4.0) * k as f32 / n as f32;
        p.cv.fill(&Shape::Ellipse { x, y: top + u * 1.2, rx: u * 2.2, ry: u * 0.8 }, foam);
    }
    for (dx, dy, r) in [(-1.0, -2.5, 1.1), (1.2, -3.5, 0.9), (0.0, -5.0, 0.6)] {
        p.cv.fill(&Shape::Circle { x: if dx < 0.0 { b.x0 } else { b.x1 } + dx * u, y: top + dy * u, r: r * u }, foam);
    }
}

/// Whether rocks are drawn on the ground: the prompt says rocks, and the ground is open sand, grass or snow
/// ("rocks by the sea", "among rocks and bushes on a hillside", "a goat on a rock").
pub(crate) fn rocks_drawn(spec: &crate::read::Spec) -> bool {
    use crate::place::Ground;
    let open = matches!(crate::place::ground_of(spec), Ground::Beach | Ground::Grass | Ground::Snow | Ground::Desert);
    spec.rocky && open && !spec.place.enclosed()
}

/// Grey rocks on the ground, big and small, at both sides.
pub(crate) fn rocks(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let grey = p.lit(Rgb(128, 124, 130));
    for k in 0..7 {
        let left = k % 2 == 0;
        let x = if left { rng.range(0.0, w * 0.3) } else { rng.range(w * 0.7, w) };
        let y = lay.horizon + u * rng.range(4.0, 14.0);
        let (rx, ry) = (u * rng.range(4.0, 9.0), u * rng.range(3.0, 5.5));
        p.cv.fill(&Shape::Ellipse { x, y, rx, ry }, grey.darker(0.25));
        p.cv.fill(&Shape::Ellipse { x: x - rx * 0.15, y: y - ry * 0.2, rx: rx * 0.85, ry: ry * 0.75 }, grey);
        p.cv.fill(&Shape::Ellipse { x: x - rx * 0.35, y: y - ry * 0.45, rx: rx * 0.3, ry: ry * 0.2 }, grey.lighter(0.3));
    }
}

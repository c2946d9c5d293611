//! Two backdrops that say where the scene is at a glance: a zoo (animals in
//! their enclosures behind green railings, a sign with a lion's face on it)
//! and a dusty road winding across the ground ("a hurt man on a dusty road").

use crate::canvas::{Rgb, Shape};
use crate::catalog::{self, Fam};
use crate::look::Look;
use crate::paint::Painter;
use crate::read::Figure;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// The zoo animals peeking over the railings, one per enclosure.
const ZOO_ANIMALS: &[&str] = &["giraffe", "elephant", "lion", "zebra", "penguin"];

/// Enclosures behind green railings, an animal in each, and a sign with a lion's face.
pub fn zoo(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    let y = hz + u * 9.0;
    // The animals stand in their enclosures, behind the railings.
    let start = rng.below(ZOO_ANIMALS.len());
    for k in 0..3 {
        let noun = ZOO_ANIMALS[(start + k) % ZOO_ANIMALS.len()];
        let fam = catalog::entry(noun).map_or(Fam::Beast, |e| e.1);
        let f = Figure { noun, fam, count: 1, look: Look::default(), named: false, asleep: false, hurt: false, fallen: false, wet: false };
        let x = w * (0.2 + 0.3 * k as f32);
        crate::cast::figure(p, &f, x, y - u * 1.0, u * 0.2, k % 2 == 1, false);
    }
    // The railings: two green rails and a bar every few units, posts between the enclosures.
    let rail = p.lit(Rgb(60, 110, 80));
    p.cv.fill(&Shape::rect(0.0, y - u * 9.0, w, y - u * 8.0), rail);
    p.cv.fill(&Shape::rect(0.0, y - u * 1.5, w, y - u * 0.5), rail);
    for i in 0..=(w / (u * 3.0)) as usize {
        let x = i as f32 * u * 3.0;
        p.cv.fill(&Shape::rect(x, y - u * 10.0, x + u * 0.6, y), rail);
    }
    for k in 1..3 {
        let x = w * (0.05 + 0.3 * k as f32);
        p.cv.fill(&Shape::rect(x - u * 0.9, y - u * 13.0, x + u * 0.9, y), rail.darker(0.2));
    }
    // The zoo sign on its post: a board with a lion's face.
    let sx = w * if rng.coin() { 0.08 } else { 0.92 };
    let wood = p.lit(Rgb(150, 100, 60));
    p.cv.fill(&Shape::rect(sx - u * 0.8, y - u * 16.0, sx + u * 0.8, y + u * 2.0), wood);
    p.cv.outlined(&Shape::rect(sx - u * 6.0, y - u * 24.0, sx + u * 6.0, y - u * 14.0), p.lit(Rgb(250, 235, 190)), u * 0.6);
    let (cx, cy) = (sx, y - u * 19.0);
    p.cv.fill(&Shape::Circle { x: cx, y: cy, r: u * 3.6 }, p.lit(Rgb(200, 110, 40)));
    p.cv.fill(&Shape::Circle { x: cx, y: cy, r: u * 2.4 }, p.lit(Rgb(245, 190, 80)));
    for dx in [-0.9, 0.9] {
        p.cv.fill(&Shape::Circle { x: cx + dx * u, y: cy - u * 0.5, r: u * 0.35 }, Rgb(40, 30, 30));
    }
    p.cv.fill(&Shape::Circle { x: cx, y: cy + u * 0.7, r: u * 0.5 }, Rgb(90, 50, 40));
}

/// A dusty road across the ground, wide at the front and narrowing to the hills.
pub fn road(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    let dust = p.lit(Rgb(214, 184, 130));
    let bend = rng.range(-0.15, 0.15);
    let far = w * (0.5 + bend);
    p.cv.fill(
        &Shape::Poly(vec![
            (far - u * 3.0, hz + u * 2.0),
            (far + u * 3.0, hz + u * 2.0),
            (w * 1.05, lay.base + u * 6.0),
            (-w * 0.05, lay.base + u * 6.0),
        ]),
        dust,
    );
    for _ in 0..14 {
        let t = rng.unit();
        let x = far + (rng.range(-0.5, 0.5) * w) * t;
        let y = hz + u * 2.0 + (lay.base - hz) * t;
        p.cv.fill(&Shape::Ellipse { x, y, rx: u * (0.4 + t), ry: u * (0.25 + 0.5 * t) }, dust.darker(0.15));
    }
}

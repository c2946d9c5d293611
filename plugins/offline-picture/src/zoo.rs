//! Two backdrops that say where the scene is at a glance: a zoo (animals in
//! their enclosures behind green railings, the prompt's own animals among them,
//! a pool and a spray of water when a splash is said, a sign with a lion's face on it)
//! and a dusty road winding across the ground ("a hurt man on a dusty road").

use crate::canvas::{Rgb, Shape};
use crate::catalog::{self, Fam};
use crate::catalog_kin::drawn_as;
use crate::look::Look;
use crate::paint::Painter;
use crate::place::Place;
use crate::read::{Figure, Spec};
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// The zoo animals peeking over the railings, one per enclosure.
const ZOO_ANIMALS: &[&str] = &["giraffe", "elephant", "lion", "zebra", "penguin"];
/// How big the zoo's own animals are drawn in their enclosures, as a share of the unit.
pub(crate) const ZOO_OWN: f32 = 0.2;

/// The animals the prompt names at the zoo: drawn in their enclosures behind the railings, never out among the
/// children (one being ridden stays with its rider; a named friend or a pet stays with the children). Indexes into `Spec::figures`, at most three kinds.
pub fn kept(spec: &Spec) -> Vec<usize> {
    if spec.place != Place::Zoo {
        return Vec::new();
    }
    // A named friend ("Skipper, a small firefly") or a pet who came along is with the children, not in a cage.
    let pet = |f: &Figure| f.named || matches!(drawn_as(f.noun), "dog" | "puppy" | "cat" | "kitten");
    let animal = |(i, f): &(usize, &Figure)| !matches!(f.fam, Fam::Person | Fam::Fantasy) && !pet(f) && !crate::ride::takes(spec, *i);
    spec.figures.iter().enumerate().filter(animal).map(|(i, _)| i).take(3).collect()
}

/// How big an animal the prompt names is drawn in its enclosure, as a share of the unit: a few of a kind smaller,
/// a young or little one smaller than the zoo's own grown animals.
pub fn pen_size(f: &Figure) -> f32 {
    crate::young::zoo_pen(f, if f.count > 1 { 0.21 } else { 0.34 }, ZOO_OWN * 0.8)
}

/// Enclosures behind green railings, an animal in each (the prompt's own first, a few of a group), a sign with a
/// lion's face; with a splash said, a pool in the first enclosure and a spray of water over an elephant.
pub fn zoo(p: &mut Painter, rng: &mut Rng, lay: &Layout, spec: &Spec) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    let y = hz + u * 9.0;
    // The animals stand in their enclosures, behind the railings.
    let start = rng.below(ZOO_ANIMALS.len());
    let mut pens: Vec<(Figure, f32)> =
        kept(spec).into_iter().filter_map(|i| spec.figures.get(i)).map(|f| (f.clone(), pen_size(f))).collect();
    for k in 0..ZOO_ANIMALS.len() {
        let noun = ZOO_ANIMALS[(start + k) % ZOO_ANIMALS.len()];
        if pens.len() < 3 && !pens.iter().any(|f| drawn_as(f.0.noun) == noun) {
            let fam = catalog::entry(noun).map_or(Fam::Beast, |e| e.1);
            let f = Figure {
                noun,
                fam,
                count: 1,
                look: Look::default(),
                named: false,
                asleep: false,
                hurt: false,
                fallen: false,
                wet: false,
                pose: Default::default(),
            };
            pens.push((f, ZOO_OWN));
        }
    }
    if spec.splash {
        waters(p, w * 0.2, y, u);
    }
    for (k, (f, size)) in pens.iter().enumerate() {
        let x = w * (0.2 + 0.3 * k as f32);
        let n = f.count.clamp(1, 3);
        let elephant = drawn_as(f.noun) == "elephant";
        for m in 0..n {
            let dx = (m as f32 - (n - 1) as f32 / 2.0) * u * 8.0;
            crate::cast::figure(p, f, x + dx, y - u * 1.0, u * size, k % 2 == 1, false);
            // The splash each one makes jumping in (the elephant's spray is its own, below).
            if spec.splash && k == 0 && *size > 0.2 && !elephant {
                spray(p, x + dx, y - u * 19.0, u * 0.5);
            }
        }
        // Over the elephant, water sprayed up high from its trunk.
        if spec.splash && k == 0 && *size > 0.2 && elephant {
            spray(p, x, y - u * 26.0, u);
        }
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

/// A pool in an enclosure, its edge rounded like a pond's, with a light rim and ripples.
fn waters(p: &mut Painter, x: f32, y: f32, u: f32) {
    let water = p.lit(Rgb(90, 170, 230));
    p.cv.fill(&Shape::Ellipse { x, y: y - u * 2.0, rx: u * 14.0, ry: u * 3.6 }, p.lit(Rgb(200, 230, 245)));
    p.cv.fill(&Shape::Ellipse { x, y: y - u * 2.0, rx: u * 13.0, ry: u * 3.0 }, water);
    for dx in [-6.0, 1.0, 7.0] {
        p.cv.fill(&Shape::Ellipse { x: x + dx * u, y: y - u * (2.0 + dx * 0.1), rx: u * 2.2, ry: u * 0.35 }, water.lighter(0.35));
    }
}

/// Water sprayed up high from a trunk: arcs of droplets rising over the animal and falling either side.
fn spray(p: &mut Painter, x: f32, top: f32, u: f32) {
    let drop = p.lit(Rgb(120, 190, 245));
    for side in [-1.0, 1.0] {
        for k in 0..9 {
            let t = k as f32 / 8.0;
            let (dx, dy) = (side * t * u * 11.0, -(1.0 - (2.0 * t - 1.0).powi(2)) * u * 10.0 + t * t * u * 8.0);
            p.cv.fill(&Shape::Circle { x: x + dx, y: top + dy, r: u * (1.3 - 0.5 * t) }, drop);
        }
    }
}

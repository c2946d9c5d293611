//! Things the prompt puts in the sky, drawn big and clear on top of the
//! scene's own sky: rainbow, rainbow bridge, stars, a moon, the sun, clouds,
//! a comet, a moonbeam and a glowing light; and a staircase of clouds
//! ("a staircase made of fluffy white clouds curled up and up into the sky"),
//! its cloud steps rising from the ground into the sky.

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::scene::Layout;

const BANDS: [Rgb; 6] = [Rgb(230, 60, 60), Rgb(245, 150, 40), Rgb(250, 220, 60), Rgb(80, 180, 80), Rgb(60, 120, 220), Rgb(140, 80, 200)];

fn star(p: &mut Painter, x: f32, y: f32, r: f32, c: Rgb) {
    let pts: Vec<(f32, f32)> = (0..10)
        .map(|i| {
            let a = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
            let rr = if i % 2 == 0 { r } else { r * 0.45 };
            (x + a.cos() * rr, y + a.sin() * rr)
        })
        .collect();
    p.cv.glow(&Shape::Circle { x, y, r: r * 0.5 }, c, r * 0.8, 0.3);
    for i in 0..5 {
        let tri = Shape::Poly(vec![(x, y), pts[(2 * i + 9) % 10], pts[2 * i], pts[2 * i + 1]]);
        p.cv.fill_grown(&tri, r * 0.08, c.darker(0.4), 1.0);
    }
    for i in 0..5 {
        p.cv.fill(&Shape::Poly(vec![(x, y), pts[(2 * i + 9) % 10], pts[2 * i], pts[2 * i + 1]]), c);
    }
}

/// The noun of a staircase of clouds.
pub const STAIRS: &str = "cloud staircase";

/// "a staircase of fluffy clouds", "cloud steps": the clouds are one staircase rising into the sky.
pub fn read_stairs(lower: &str, pairs: &mut [(crate::read::Thing, usize)]) {
    // The stairs said of the clouds: "a staircase made of fluffy white clouds", "cloud steps", not "the steps of her house".
    let words: Vec<&str> = lower.split_whitespace().collect();
    let cloud = |w: &&str| matches!(*w, "cloud" | "clouds");
    let stairs = words.iter().enumerate().any(|(i, w)| {
        matches!(*w, "staircase" | "stairs" | "stairway" | "steps" | "step")
            && (words[i + 1..(i + 6).min(words.len())].iter().any(cloud) || i.checked_sub(1).is_some_and(|p| cloud(&words[p])))
    });
    if let Some(t) = pairs.iter_mut().map(|t| &mut t.0).find(|t| t.noun == "cloud").filter(|_| stairs) {
        t.noun = STAIRS;
        t.count = 1;
        t.words = "staircase of fluffy clouds rising into the sky".into();
    }
}

/// Cloud steps from the ground at `x` up to the top of the sky, climbing toward the middle.
fn stairs(p: &mut Painter, c: Rgb, x: f32, lay: &Layout) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let toward = if x < w * 0.5 { 1.0 } else { -1.0 };
    let (x0, y0, y1) = (if toward > 0.0 { w * 0.12 } else { w * 0.88 }, lay.horizon + u * 4.0, h * 0.08);
    const STEPS: usize = 7;
    for i in 0..STEPS {
        let k = i as f32 / (STEPS - 1) as f32;
        let (cx, cy) = (x0 + toward * k * w * 0.6, y0 + (y1 - y0) * k);
        let r = u * (4.2 - 1.4 * k);
        let puffs = [(-1.4, 0.2, 0.8), (-0.5, -0.2, 1.0), (0.5, -0.2, 1.0), (1.4, 0.2, 0.8), (0.0, 0.45, 0.9)];
        for (dx, dy, pr) in puffs {
            p.cv.fill_grown(&Shape::Circle { x: cx + dx * r, y: cy + dy * r, r: pr * r }, u * 0.5, Rgb(150, 170, 200), 1.0);
        }
        for (dx, dy, pr) in puffs {
            p.cv.fill(&Shape::Circle { x: cx + dx * r, y: cy + dy * r, r: pr * r }, c);
        }
        // The flat top of the step to stand on.
        p.cv.fill(&Shape::rect(cx - r * 1.9, cy - r * 0.75, cx + r * 1.9, cy - r * 0.35), c);
        p.cv.fill(&Shape::rect(cx - r * 1.9, cy - r * 0.4, cx + r * 1.9, cy - r * 0.3), Rgb(205, 215, 235));
    }
}

/// Draw sky thing `noun` (`count` of them), painted `c`, at horizontal position `x`.
/// The sky things the prompt names, drawn over the sky (`lights`: the sky's own sun or moon disc; the named
/// ones are added): on the moon the moon is the ground and at night the sky's own moon is the one named, by day
/// the sky's own sun is the one named (never two), and a cloud staircase rises in front of the scenery (later).
pub fn named(p: &mut Painter, spec: &crate::read::Spec, lay: &Layout, lights: &mut Vec<(f32, f32, f32)>) {
    use crate::catalog::Fam;
    use crate::place::Place;
    use crate::read::Time;
    let (wf, hf, unit) = (p.w(), p.h(), p.unit());
    let shown: Vec<(f32, &crate::read::Thing)> = spec
        .things
        .iter()
        .filter(|t| t.fam == Fam::Sky && !spec.place.hides(t))
        .enumerate()
        .filter(|(_, t)| !(t.noun == "moon" && (spec.place == Place::Moon || spec.time == Time::Night)))
        .filter(|(_, t)| !((t.noun == "sun" && spec.time != Time::Night) || t.noun == STAIRS))
        .map(|(i, t)| (if i == 0 { wf - lay.light_x } else { wf * (0.3 + 0.4 * (i % 2) as f32) }, t))
        .collect();
    // Named stars keep clear of every sun and moon in the sky.
    lights.extend(shown.iter().filter_map(|(x, t)| match t.noun {
        "moon" => Some((*x, hf * 0.16, unit * 9.0)),
        "sun" => Some((*x, hf * 0.15, unit * 8.0 * 1.7)),
        _ => None,
    }));
    for (x, t) in shown {
        let colour = p.lit(t.colour);
        draw(p, t.noun, t.count, colour, x, lay, lights);
    }
}

/// Where `count` named stars shine (x, y, radius) in a sky `(w, h, unit)`: one at `x`, more spread across the sky,
/// all clear of the sun and moon discs in `avoid` (x, y, radius): a star is never pasted over either.
pub fn star_spots(count: usize, x: f32, (w, h, u): (f32, f32, f32), avoid: &[(f32, f32, f32)]) -> Vec<(f32, f32, f32)> {
    let n = count.max(1);
    let r = u * if n == 1 { 7.0 } else { 4.5 };
    // The stretches of sky left free of every disc (and of the picture's edges).
    let mut free = vec![(w * 0.06 + r, w * 0.94 - r)];
    for &(ax, _, ar) in avoid {
        let (a, b) = (ax - ar - r - u * 2.0, ax + ar + r + u * 2.0);
        free = free.into_iter().flat_map(|(l, rr)| [(l, rr.min(a)), (l.max(b), rr)]).filter(|(l, rr)| rr > l).collect();
    }
    let (l, rr) = free.iter().copied().max_by(|p, q| (p.1 - p.0).total_cmp(&(q.1 - q.0))).unwrap_or((w * 0.2, w * 0.8));
    let inside = |sx: f32| free.iter().any(|&(a, b)| (a..=b).contains(&sx));
    (0..n)
        .map(|i| {
            let sx = match n {
                1 if inside(x) => x,
                1 => (l + rr) * 0.5,
                _ => l + (rr - l) * i as f32 / (n - 1) as f32,
            };
            (sx, h * (0.12 + 0.06 * (i % 2) as f32), r)
        })
        .collect()
}

/// Draw the sky thing `noun` (`count` of them) at `x`; stars keep clear of the sun and moon discs in `avoid`.
pub fn draw(p: &mut Painter, noun: &str, count: usize, c: Rgb, x: f32, lay: &Layout, avoid: &[(f32, f32, f32)]) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    match noun {
        STAIRS => stairs(p, c, x, lay),
        "rainbow" | "rainbow bridge" => {
            let (cx, cy, r) = (w * 0.5, lay.horizon + u * 4.0, w * 0.42);
            let band = u * 2.4;
            for (i, b) in BANDS.iter().enumerate() {
                p.cv.ring(cx, cy, r - i as f32 * band, band + 0.8, *b);
            }
        }
        "star" => {
            for (sx, sy, r) in star_spots(count, x, (w, h, u), avoid) {
                star(p, sx, sy, r, c);
            }
        }
        "moon" => {
            let (mx, my, r) = (x, h * 0.16, u * 9.0);
            p.cv.halo(mx, my, r, r * 2.0, c, 0.4);
            p.cv.fill(&Shape::Circle { x: mx, y: my, r }, c);
            p.cv.fill_grown(&Shape::Circle { x: mx - r * 0.3, y: my + r * 0.2, r: r * 0.18 }, 0.0, c.darker(0.15), 0.8);
        }
        "sun" => {
            let (sx, sy, r) = (x, h * 0.15, u * 8.0);
            for i in 0..12 {
                let a = i as f32 * std::f32::consts::TAU / 12.0;
                let tip = (sx + a.cos() * r * 1.7, sy + a.sin() * r * 1.7);
                let l = (sx + (a - 0.15).cos() * r * 1.1, sy + (a - 0.15).sin() * r * 1.1);
                let rr = (sx + (a + 0.15).cos() * r * 1.1, sy + (a + 0.15).sin() * r * 1.1);
                p.cv.fill(&Shape::tri(l, tip, rr), c);
            }
            p.cv.outlined(&Shape::Circle { x: sx, y: sy, r }, c, u * 0.5);
        }
        "cloud" => {
            for i in 0..count.max(1) {
                let cx = if count > 1 { w * (0.2 + 0.3 * i as f32) } else { x };
                let cy = h * (0.14 + 0.05 * (i % 2) as f32);
                let r = u * 5.0;
                for (dx, dy, pr) in [(-1.6, 0.3, 0.75), (-0.7, -0.35, 1.0), (0.4, -0.55, 1.15), (1.4, 0.0, 0.85), (0.0, 0.35, 0.9)] {
                    p.cv.fill_grown(&Shape::Circle { x: cx + dx * r, y: cy + dy * r, r: pr * r }, u * 0.5, Rgb(150, 170, 200), 1.0);
                }
                for (dx, dy, pr) in [(-1.6, 0.3, 0.75), (-0.7, -0.35, 1.0), (0.4, -0.55, 1.15), (1.4, 0.0, 0.85), (0.0, 0.35, 0.9)] {
                    p.cv.fill(&Shape::Circle { x: cx + dx * r, y: cy + dy * r, r: pr * r }, c);
                }
            }
        }
        "comet" => {
            let (cx, cy) = (x, h * 0.14);
            p.cv.fill_grown(&Shape::Poly(vec![(cx, cy - u * 2.0), (cx, cy + u * 2.0), (cx - u * 30.0, cy - u * 8.0)]), 0.0, c, 0.6);
            p.cv.halo(cx, cy, u * 2.5, u * 5.0, c, 0.6);
            p.cv.fill(&Shape::Circle { x: cx, y: cy, r: u * 2.5 }, Rgb(255, 255, 240));
        }
        _ => {
            // A moonbeam or a glowing light: a soft beam of light down to the ground.
            let beam = Shape::Poly(vec![(x - u * 3.0, 0.0), (x + u * 3.0, 0.0), (x + u * 10.0, lay.base), (x - u * 10.0, lay.base)]);
            p.cv.fill_grown(&beam, 0.0, c, 0.35);
            p.cv.halo(x, h * 0.12, u * 3.0, u * 8.0, c, 0.7);
            p.cv.fill(&Shape::Circle { x, y: h * 0.12, r: u * 3.0 }, c);
        }
    }
}

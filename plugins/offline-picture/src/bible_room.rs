//! A room in Bible times: plain plastered walls over mud brick (a few bricks
//! showing where the plaster has worn), a beaten-earth floor with a woven
//! mat, a small clay oil lamp burning in a niche, and a window that is only an
//! opening in the wall, with no glass, bars or curtains. Nothing modern: no
//! wallpaper, skirting board, plank floor or bedside lamp (`rooms.rs` and
//! `position_draw.rs` call here when the picture is a Bible story's).

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// The walls' plaster, the mud brick under it, the beaten earth floor and the mat.
pub const PLASTER: Rgb = Rgb(226, 200, 156);
const BRICK: Rgb = Rgb(170, 120, 80);
const EARTH: Rgb = Rgb(178, 142, 102);
pub const MAT: Rgb = Rgb(214, 178, 104);
/// The oil lamp's flame.
pub const FLAME: Rgb = Rgb(255, 206, 80);

/// The walls down to the floor: plaster with worn patches of brick, a niche with a lamp, a small opening.
pub fn walls(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = lay.horizon + u * 14.0;
    let plaster = p.lit(PLASTER);
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), plaster);
    // Worn patches where the mud bricks show through, two rows of three, each row shifted by half a brick.
    let brick = p.lit(BRICK);
    for _ in 0..3 {
        let (x, y) = (rng.range(0.05, 0.85) * w, rng.range(0.08, 0.45) * top);
        for row in 0..2 {
            for k in 0..3 {
                let bx = x + (k as f32 + if row == 1 { 0.5 } else { 0.0 }) * u * 6.0;
                let by = y + row as f32 * u * 3.2;
                p.cv.outlined(&Shape::rect(bx, by, bx + u * 5.6, by + u * 2.8), brick, u * 0.3);
            }
        }
    }
    // A darker band of earth plaster along the foot of the wall.
    p.cv.fill(&Shape::rect(0.0, top - u * 3.0, w, top), plaster.darker(0.12));
    let right = lay.light_x > w * 0.5;
    if lay.window {
        let x = if right { w * rng.range(0.7, 0.82) } else { w * rng.range(0.18, 0.3) };
        let (y0, y1) = (lay.horizon - u * 30.0, lay.horizon - u * 14.0);
        opening(p, (x - u * 7.0, y0, x + u * 7.0, y1), Rgb(120, 185, 238), Rgb(206, 232, 250));
    }
    // The niche on the other side, its lamp burning.
    let x = if right { w * 0.12 } else { w * 0.88 };
    let (y0, y1) = (lay.horizon - u * 22.0, lay.horizon - u * 12.0);
    p.cv.fill(&Shape::rect(x - u * 5.0, y0 + u * 3.0, x + u * 5.0, y1), plaster.darker(0.22));
    p.cv.fill(&Shape::Ellipse { x, y: y0 + u * 3.0, rx: u * 5.0, ry: u * 3.0 }, plaster.darker(0.22));
    oil_lamp(p, x, y1, u);
}

/// An opening in the wall at (x0, y0)-(x1, y1): the sky seen through it (from `top` to `low`), a deep
/// plastered reveal round it and a wooden lintel over it. No glass, no bars, no curtains.
pub fn opening(p: &mut Painter, rect: (f32, f32, f32, f32), top: Rgb, low: Rgb) {
    let (x0, y0, x1, y1) = rect;
    let u = p.unit();
    let reveal = p.lit(PLASTER.darker(0.25));
    p.cv.fill(&Shape::rect(x0 - u * 1.5, y0 - u * 1.5, x1 + u * 1.5, y1 + u * 1.0), reveal);
    for k in 0..8 {
        let (a, b) = (y0 + (y1 - y0) * k as f32 / 8.0, y0 + (y1 - y0) * (k + 1) as f32 / 8.0);
        p.cv.fill(&Shape::rect(x0, a, x1, b + 1.0), top.mix(low, k as f32 / 7.0));
    }
    p.cv.outlined(&Shape::rect(x0 - u * 3.0, y0 - u * 3.5, x1 + u * 3.0, y0 - u * 1.5), p.lit(Rgb(130, 90, 55)), u * 0.3);
}

/// A small clay oil lamp resting at (x, y), its flame burning with a warm glow.
pub fn oil_lamp(p: &mut Painter, x: f32, y: f32, u: f32) {
    let clay = p.lit(Rgb(175, 105, 62));
    p.cv.halo(x + u * 2.0, y - u * 3.5, u * 1.5, u * 12.0, Rgb(255, 220, 140), 0.45);
    p.cv.outlined(&Shape::Ellipse { x, y: y - u * 1.3, rx: u * 3.2, ry: u * 1.4 }, clay, (u * 0.3).max(1.0));
    p.cv.outlined(&Shape::Poly(vec![(x + u * 2.0, y - u * 2.2), (x + u * 4.5, y - u * 2.0), (x + u * 2.4, y - u * 0.6)]), clay, u * 0.3);
    let flame =
        Shape::Poly(vec![(x + u * 4.0, y - u * 5.8), (x + u * 5.1, y - u * 3.2), (x + u * 4.0, y - u * 2.1), (x + u * 2.9, y - u * 3.2)]);
    p.cv.fill(&flame, FLAME);
}

/// A sleeping mat at (x0, y0)-(x1, y1): a low straw-filled pallet on the floor, woven in bands, instead of a bed.
pub fn sleeping_mat(p: &mut Painter, rect: (f32, f32, f32, f32)) {
    let (x0, y0, x1, y1) = rect;
    let u = p.unit();
    let (mat, top) = (p.lit(MAT), y1 - u * 5.0);
    p.cv.outlined(&Shape::rect(x0, top.min(y0 + u * 2.0), x1, y1), mat, u * 0.5);
    for k in 1..4 {
        let y = top + (y1 - top) * k as f32 / 4.0;
        p.cv.fill(&Shape::rect(x0 + u, y - u * 0.2, x1 - u, y + u * 0.2), mat.darker(0.18));
    }
}

/// The beaten-earth floor and a woven mat under the characters (over the floor `scene.rs` laid).
pub fn floor(p: &mut Painter, lay: &Layout, middle: f32) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let top = lay.horizon + u * 14.0;
    let earth = p.lit(EARTH);
    p.cv.fill(&Shape::rect(0.0, top, w, h), earth);
    for k in 0..40 {
        let (fx, fy) = ((k * 37 % 41) as f32 / 41.0, (k * 53 % 43) as f32 / 43.0);
        p.cv.fill(&Shape::Ellipse { x: w * fx, y: top + (h - top) * fy, rx: u * 1.2, ry: u * 0.4 }, earth.darker(0.1));
    }
    // The mat, in perspective, its straw woven in bands.
    let mat = p.lit(MAT);
    let (y0, y1) = (lay.base - u * 9.0, (lay.base + u * 5.0).min(h - u));
    let (half_far, half_near) = (w * 0.3, w * 0.36);
    let x = middle.clamp(half_near, w - half_near);
    let corners = vec![(x - half_far, y0), (x + half_far, y0), (x + half_near, y1), (x - half_near, y1)];
    p.cv.outlined(&Shape::Poly(corners), mat, u * 0.4);
    for k in 1..6 {
        let t = k as f32 / 6.0;
        let y = y0 + (y1 - y0) * t;
        let half = half_far + (half_near - half_far) * t;
        p.cv.fill(&Shape::rect(x - half + u, y - u * 0.25, x + half - u, y + u * 0.25), mat.darker(0.18));
    }
}

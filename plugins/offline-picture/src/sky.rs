//! Things the prompt puts in the sky, drawn big and clear on top of the
//! scene's own sky: rainbow, rainbow bridge, stars, a moon, the sun, clouds,
//! a comet, a moonbeam and a glowing light.

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

/// Draw sky thing `noun` (`count` of them), painted `c`, at horizontal position `x`.
pub fn draw(p: &mut Painter, noun: &str, count: usize, c: Rgb, x: f32, lay: &Layout) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    match noun {
        "rainbow" | "rainbow bridge" => {
            let (cx, cy, r) = (w * 0.5, lay.horizon + u * 4.0, w * 0.42);
            let band = u * 2.4;
            for (i, b) in BANDS.iter().enumerate() {
                p.cv.ring(cx, cy, r - i as f32 * band, band + 0.8, *b);
            }
        }
        "star" => {
            let n = count.max(1);
            for i in 0..n {
                let sx = if n == 1 { x } else { w * (0.2 + 0.6 * i as f32 / (n - 1) as f32) };
                let sy = h * (0.12 + 0.06 * (i % 2) as f32);
                star(p, sx, sy, u * if n == 1 { 7.0 } else { 4.5 }, c);
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

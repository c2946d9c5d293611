//! The backdrop of a picture: sky gradient, sun or moon, stars, clouds, and
//! the ground (grassy hills, beach, sea, snow, desert or a little planet).

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::place::Ground;
use crate::read::Time;
use storyloom_plugin_sdk::rng::Rng;

/// Where things sit, in pixels.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    /// The horizon line.
    pub horizon: f32,
    /// Where the main subject's feet (or waterline) are.
    pub base: f32,
    /// The sun or moon's centre x, kept away from the subject.
    pub light_x: f32,
    /// How blue-green (0) or yellow-green (1) the grass is.
    pub green: f32,
    /// Whether a room has its own small window (not when a position draws a big one).
    pub window: bool,
}

/// Paint the sky with its light (sun, moon, stars, clouds); the sun's or moon's disc (x, y, radius), when drawn.
pub fn sky(p: &mut Painter, look: (Time, Ground), rng: &mut Rng, lay: &Layout) -> Option<(f32, f32, f32)> {
    let (time, gr) = look;
    let shift = rng.range(-12.0, 12.0);
    let j = |c: Rgb| Rgb((f32::from(c.0) + shift).clamp(0.0, 255.0) as u8, c.1, (f32::from(c.2) - shift).clamp(0.0, 255.0) as u8);
    let (h, u) = (p.h(), p.unit());
    let space = matches!(gr, Ground::Space | Ground::Moon);
    let stops: Vec<(f32, Rgb)> = match (space, time) {
        (true, _) => vec![(0.0, Rgb(10, 8, 32)), (0.6, Rgb(38, 24, 84)), (1.0, Rgb(70, 40, 110))],
        (_, Time::Night) => vec![(0.0, j(Rgb(12, 18, 52))), (1.0, j(Rgb(48, 66, 128)))],
        (_, Time::Sunset) => vec![(0.0, j(Rgb(72, 62, 142))), (0.55, j(Rgb(232, 118, 128))), (1.0, Rgb(255, 190, 100))],
        (_, Time::Dawn) => vec![(0.0, j(Rgb(128, 168, 226))), (0.6, j(Rgb(246, 196, 206))), (1.0, Rgb(255, 226, 180))],
        (_, Time::Day) => vec![(0.0, j(Rgb(86, 158, 232))), (1.0, j(Rgb(196, 230, 250)))],
    };
    let sky_end = if space { h as u32 } else { (lay.horizon + u * 2.0) as u32 };
    p.cv.gradient(0, sky_end, &stops);

    let light_y = h * rng.range(0.12, 0.2);
    let dark = space || time == Time::Night;
    if dark {
        let count = (p.w() * h / 2600.0) as usize;
        for _ in 0..count {
            let (x, y) = (rng.range(0.0, p.w()), rng.range(0.0, lay.horizon * 0.95));
            let r = rng.range(0.2, 0.55) * u;
            let a = rng.range(0.4, 1.0);
            p.cv.fill_grown(&Shape::Circle { x, y, r }, 0.0, Rgb(255, 250, 220), a);
        }
        for _ in 0..5 {
            let (x, y) = (rng.range(0.0, p.w()), rng.range(0.0, lay.horizon * 0.7));
            twinkle(p, x, y, rng.range(1.2, 2.2) * u);
        }
    }

    let light = match (space, time) {
        // Standing on the moon, the sky has the Earth (`place.rs`), never a second moon.
        _ if gr == Ground::Moon => None,
        (false, Time::Night) | (true, _) => {
            let (x, y, r) = (lay.light_x, light_y, u * 7.0);
            let moon = Shape::Circle { x, y, r };
            p.cv.halo(x, y, r, r * 2.2, Rgb(250, 240, 200), 0.4);
            p.cv.fill(&moon, Rgb(250, 244, 214));
            for (dx, dy, cr) in [(-0.35, -0.2, 0.22), (0.3, 0.25, 0.16), (0.05, 0.45, 0.1)] {
                p.cv.fill_grown(&Shape::Circle { x: x + dx * r, y: y + dy * r, r: cr * r }, 0.0, Rgb(220, 214, 180), 0.7);
            }
            Some((x, y, r))
        }
        (_, Time::Day) => {
            let (x, y, r) = (lay.light_x, light_y, u * 7.5);
            let sun = Shape::Circle { x, y, r };
            p.cv.halo(x, y, r, r * 2.4, Rgb(255, 245, 180), 0.55);
            p.cv.fill(&sun, Rgb(255, 222, 92));
            Some((x, y, r))
        }
        (_, time) => {
            let r = u * 11.0;
            let (x, y) = (lay.light_x, lay.horizon - r * 0.35);
            let sun = Shape::Circle { x, y, r };
            let c = if time == Time::Sunset { Rgb(255, 150, 70) } else { Rgb(255, 205, 120) };
            p.cv.halo(x, y, r, r * 2.6, c.lighter(0.2), 0.5);
            p.cv.fill(&sun, c.lighter(0.25));
            Some((x, y, r))
        }
    };

    if !space {
        let (n, tone, alpha) = match time {
            Time::Night => (2, Rgb(120, 130, 170), 0.35),
            Time::Sunset => (3, Rgb(255, 200, 200), 0.9),
            Time::Dawn => (3, Rgb(255, 240, 240), 0.9),
            Time::Day => (3 + (rng.next_u64() % 2) as usize, Rgb(255, 255, 255), 0.95),
        };
        // Spread clouds over slots across the sky, leaving out the slot nearest a high sun or moon.
        let high = matches!(time, Time::Day | Time::Night);
        let slots = n + usize::from(high);
        let skip = if high { ((lay.light_x / p.w()) * slots as f32) as usize } else { usize::MAX };
        for i in (0..slots).filter(|&i| i != skip) {
            let x = p.w() * (i as f32 + rng.range(0.25, 0.75)) / slots as f32;
            let mut y = h * rng.range(0.1, 0.3);
            if high && (x - lay.light_x).abs() < u * 28.0 {
                y = light_y + u * 20.0; // below the sun or moon, never over it
            }
            cloud(p, x, y, u * rng.range(4.0, 6.5), tone, alpha, rng);
        }
    }
    light
}

fn twinkle(p: &mut Painter, x: f32, y: f32, r: f32) {
    let c = Rgb(255, 250, 220);
    p.cv.fill(&Shape::Poly(vec![(x, y - r), (x + r * 0.22, y), (x, y + r), (x - r * 0.22, y)]), c);
    p.cv.fill(&Shape::Poly(vec![(x - r, y), (x, y - r * 0.22), (x + r, y), (x, y + r * 0.22)]), c);
}

fn cloud(p: &mut Painter, x: f32, y: f32, r: f32, c: Rgb, alpha: f32, rng: &mut Rng) {
    let puffs = [(-1.6, 0.3, 0.75), (-0.7, -0.35, 1.0), (0.4, -0.55, 1.15), (1.4, 0.0, 0.85), (0.0, 0.35, 0.9)];
    let shade = c.darker(0.18);
    for (pass, col, dy) in [(0, shade, r * 0.22), (1, c, 0.0)] {
        for &(dx, py, pr) in &puffs {
            let wob = if pass == 0 { 1.0 } else { rng.range(0.95, 1.05) };
            p.cv.fill_grown(&Shape::Circle { x: x + dx * r, y: y + py * r + dy, r: pr * r * wob }, 0.0, col, alpha);
        }
    }
}

fn land_colours(ground: Ground, g: f32) -> (Rgb, Rgb, Rgb) {
    match ground {
        Ground::Snow => (Rgb(200, 215, 240), Rgb(225, 235, 250), Rgb(246, 250, 255)),
        Ground::Desert => (Rgb(230, 170, 110), Rgb(240, 190, 120), Rgb(248, 208, 140)),
        _ => (Rgb(140, 196, 150).mix(Rgb(120, 180, 170), g), Rgb(120, 196, 100), Rgb(104, 186, 84).mix(Rgb(130, 196, 80), g)),
    }
}

fn hill(p: &mut Painter, x: f32, top: f32, rx: f32, c: Rgb) {
    let c = p.lit(c);
    p.cv.fill(&Shape::Ellipse { x, y: top + rx * 0.5, rx, ry: rx * 0.5 }, c);
}

/// Paint the far hills, which a backdrop stands on (land scenes only).
pub fn far_hills(p: &mut Painter, gr: Ground, rng: &mut Rng, lay: &Layout) {
    if !matches!(gr, Ground::Grass | Ground::Snow | Ground::Desert) {
        return;
    }
    let (far, _, _) = land_colours(gr, lay.green);
    for i in 0..3 {
        let x = p.w() * (i as f32 * 0.45 + rng.range(-0.1, 0.15));
        hill(p, x, lay.horizon - p.unit() * rng.range(6.0, 14.0), p.w() * rng.range(0.35, 0.5), far);
    }
}

/// Paint the ground in front: near hills, sea, sand, snow or a planet.
pub fn ground(p: &mut Painter, look: (Time, Ground), rng: &mut Rng, lay: &Layout) {
    let (time, gr) = look;
    let (w, h, u, hz) = (p.w(), p.h(), p.unit(), lay.horizon);
    match gr {
        Ground::Grass | Ground::Snow | Ground::Desert => {
            let (_, near, front) = land_colours(gr, lay.green);
            for i in 0..2 {
                let x = w * (i as f32 * 0.8 + rng.range(0.0, 0.25));
                hill(p, x, hz - u * rng.range(0.0, 4.0), w * rng.range(0.45, 0.6), near);
            }
            let c = p.lit(front);
            p.cv.fill(&Shape::Ellipse { x: w * rng.range(0.4, 0.6), y: hz + u * 4.0 + w * 0.9, rx: w * 1.3, ry: w * 0.9 }, c);
            p.cv.fill(&Shape::rect(0.0, hz + u * 14.0, w, h), c);
        }
        Ground::Beach | Ground::Water => {
            let top = p.lit(Rgb(70, 150, 210));
            let deep = p.lit(Rgb(40, 100, 180));
            let stops = [(0.0, top), (1.0, deep)];
            let end = if gr == Ground::Water { h as u32 } else { (hz + u * 16.0) as u32 };
            p.cv.gradient(hz as u32, h as u32, &stops);
            let foam = p.lit(Rgb(200, 230, 250));
            for _ in 0..(w / u / 3.0) as usize {
                let (x, y) = (rng.range(0.0, w), rng.range(hz + u * 1.5, end as f32));
                let rx = rng.range(1.5, 4.0) * u * (0.5 + (y - hz) / (h - hz));
                p.cv.fill_grown(&Shape::Ellipse { x, y, rx, ry: u * 0.35 }, 0.0, foam, 0.6);
            }
            if time != Time::Day {
                let glint = if time == Time::Night { Rgb(250, 244, 214) } else { Rgb(255, 200, 120) };
                for i in 0..10 {
                    let y = hz + u * (1.5 + i as f32 * 2.2);
                    let rx = u * (6.0 - i as f32 * 0.4) * rng.range(0.6, 1.1);
                    p.cv.fill_grown(&Shape::Ellipse { x: lay.light_x, y, rx, ry: u * 0.45 }, 0.0, glint, 0.55);
                }
            }
            if gr == Ground::Beach {
                let sand = p.lit(Rgb(246, 222, 160));
                p.cv.fill(
                    &Shape::Ellipse { x: w * rng.range(0.3, 0.7), y: hz + u * 16.0 + w, rx: w * 1.4, ry: w },
                    p.lit(Rgb(230, 236, 240)),
                );
                p.cv.fill(&Shape::Ellipse { x: w * rng.range(0.3, 0.7), y: hz + u * 18.0 + w, rx: w * 1.4, ry: w }, sand);
                p.cv.fill(&Shape::rect(0.0, hz + u * 30.0, w, h), sand);
            }
        }
        Ground::Floor => {
            let wood = p.lit(Rgb(200, 150, 100));
            p.cv.fill(&Shape::rect(0.0, hz + u * 14.0, w, h), wood);
            for i in 0..6 {
                let y = hz + u * 14.0 + (h - hz) * i as f32 / 6.0;
                p.cv.fill(&Shape::rect(0.0, y, w, y + u * 0.3), wood.darker(0.2));
            }
        }
        Ground::Stone => {
            let stone = p.lit(Rgb(200, 190, 175));
            let top = hz + u * 14.0;
            p.cv.fill(&Shape::rect(0.0, top, w, h), stone);
            for i in 0..5 {
                let y = top + (h - top) * i as f32 / 5.0;
                p.cv.fill(&Shape::rect(0.0, y, w, y + u * 0.3), stone.darker(0.2));
                let step = u * (10.0 + i as f32 * 3.0);
                for k in 0..(w / step) as usize + 1 {
                    let x = k as f32 * step + if i % 2 == 0 { 0.0 } else { step * 0.5 };
                    p.cv.fill(&Shape::rect(x, y, x + u * 0.3, y + (h - top) / 5.0), stone.darker(0.2));
                }
            }
        }
        Ground::Flesh => {
            // The soft red floor of a great fish, with a little pool of sea water.
            let top = hz + u * 14.0;
            let floor = p.lit(Rgb(200, 80, 100));
            p.cv.fill(&Shape::Ellipse { x: w * 0.5, y: top + w * 0.9, rx: w * 1.2, ry: w * 0.92 }, floor);
            p.cv.fill(&Shape::rect(0.0, top + u * 6.0, w, h), floor);
            for i in 0..3 {
                let y = top + u * (6.0 + i as f32 * 9.0);
                p.cv.fill_grown(&Shape::Ellipse { x: w * rng.range(0.3, 0.7), y, rx: w * 0.6, ry: u * 1.2 }, 0.0, floor.darker(0.2), 0.5);
            }
            let pool = p.lit(Rgb(80, 150, 160));
            let (x, y) = (if lay.light_x > w * 0.5 { w * 0.22 } else { w * 0.78 }, h - u * 5.0);
            p.cv.fill(&Shape::Ellipse { x, y, rx: w * 0.2, ry: u * 4.0 }, pool);
            for _ in 0..5 {
                let dx = rng.range(-0.15, 0.15) * w;
                p.cv.fill_grown(
                    &Shape::Ellipse { x: x + dx, y: y + rng.range(-2.0, 2.0) * u, rx: u * 2.0, ry: u * 0.3 },
                    0.0,
                    Rgb(220, 240, 245),
                    0.7,
                );
            }
        }
        Ground::Seabed => {}
        Ground::Space | Ground::Moon => {
            if gr == Ground::Moon {
                moon_surface(p, rng, lay);
                return;
            }
            let away = if lay.light_x > w * 0.5 { rng.range(0.12, 0.3) } else { rng.range(0.7, 0.88) };
            let (x, y, r) = (w * away, h * rng.range(0.2, 0.3), u * rng.range(6.0, 9.0));
            let tone = rng.pick_or(&[Rgb(240, 170, 110), Rgb(130, 200, 230), Rgb(200, 150, 230)], Rgb(240, 170, 110));
            p.cv.outlined(&Shape::Circle { x, y, r }, tone, u * 0.6);
            p.cv.fill_grown(&Shape::Ellipse { x, y: y + r * 0.1, rx: r * 1.25, ry: r * 0.12 }, 0.0, tone.darker(0.2), 0.5);
            p.cv.fill_grown(&Shape::Ellipse { x, y, rx: r * 1.9, ry: r * 0.28 }, 0.0, Rgb(250, 230, 180), 0.8);
            moon_surface(p, rng, lay);
        }
    }
}

/// The grey cratered ground of the moon (or a little planet in space).
fn moon_surface(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    {
        {
            let moon = Rgb(176, 168, 196);
            let cr = w * 1.1;
            p.cv.outlined(&Shape::Circle { x: w * 0.5, y: lay.base - u * 6.0 + cr, r: cr }, moon, u * 0.8);
            for _ in 0..7 {
                let (cx, cy) = (rng.range(0.0, w), rng.range(lay.base - u * 2.0, h));
                let rx = rng.range(2.0, 5.0) * u;
                p.cv.fill_grown(&Shape::Ellipse { x: cx, y: cy, rx, ry: rx * 0.4 }, 0.0, moon.darker(0.25), 0.6);
            }
        }
    }
}

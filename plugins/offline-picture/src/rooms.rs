//! The backdrops of enclosed places, painted over the sky down to where the
//! floor starts: a den or cave of rock, a room with a window, the red ribbed
//! belly of a great fish, the ark's wooden hold, a palace hall, a temple, a
//! prison and the inside of a tent. `scene.rs` paints their floors.

use crate::buildings;
use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::place::Place;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// Paint an enclosed place's walls (other places paint nothing here).
/// A Bible story's room (`old`) is plastered mud brick (`bible_room.rs`).
pub fn backdrop(p: &mut Painter, place: Place, rng: &mut Rng, lay: &Layout, old: bool) {
    match place {
        Place::Den => den(p, rng, lay),
        Place::Cave => cave(p, rng, lay),
        Place::Indoors if old => crate::bible_room::walls(p, rng, lay),
        Place::Indoors => room(p, rng, lay),
        Place::Belly => belly(p, rng, lay),
        Place::Hold => hold(p, rng, lay),
        Place::ThroneRoom => hall(p, lay, true),
        Place::Temple => hall(p, lay, false),
        Place::Prison => prison(p, rng, lay),
        Place::TentInside => tent(p, rng, lay),
        Place::TowerInside => crate::tower_inside::walls(p, rng, lay),
        Place::Stable => crate::stable_inside::walls(p, rng, lay),
        _ => {}
    }
}

/// Where the walls end and the floor begins.
fn floor_top(p: &Painter, lay: &Layout) -> f32 {
    lay.horizon + p.unit() * 14.0
}

fn rocks(p: &mut Painter, rng: &mut Rng, bottom: f32) -> Rgb {
    let (w, u) = (p.w(), p.unit());
    let rock = p.lit(Rgb(120, 100, 85));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, bottom), rock);
    for _ in 0..14 {
        let (x, y) = (rng.range(0.0, w), rng.range(0.0, bottom));
        let r = u * rng.range(3.0, 8.0);
        p.cv.fill_grown(&Shape::Ellipse { x, y, rx: r * 1.4, ry: r }, 0.0, rock.darker(rng.range(0.1, 0.3)), 0.8);
    }
    rock
}

/// Rock walls over the sky, with an opening of light at the top.
fn den(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    rocks(p, rng, lay.horizon + u * 6.0);
    let (x, y) = (w * rng.range(0.35, 0.65), u * 4.0);
    p.cv.halo(x, y, u * 10.0, u * 26.0, Rgb(255, 240, 190), 0.45);
    p.cv.fill(&Shape::Ellipse { x, y, rx: u * 14.0, ry: u * 7.0 }, Rgb(170, 215, 245));
}

/// Rock all round, the way out a bright arch at the back.
fn cave(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = floor_top(p, lay);
    let rock = rocks(p, rng, top);
    let (x, rx, ry) = (w * rng.range(0.4, 0.6), w * 0.16, (top - lay.horizon) + u * 18.0);
    let arch = |k: f32| {
        let mut pts: Vec<(f32, f32)> =
            (0..=16).map(|i| std::f32::consts::PI * i as f32 / 16.0).map(|a| (x - a.cos() * rx * k, top - a.sin() * ry * k)).collect();
        pts.push((x + rx * k, top));
        pts
    };
    p.cv.fill(&Shape::Poly(arch(1.15)), rock.darker(0.35));
    let out = p.lit(Rgb(190, 225, 245));
    p.cv.fill(&Shape::Poly(arch(1.0)), out);
    let grass = p.lit(Rgb(120, 190, 100));
    p.cv.fill(&Shape::Ellipse { x, y: top, rx: rx * 0.95, ry: u * 5.0 }, grass);
}

/// A room: striped wallpaper, a skirting board and a window.
fn room(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    let top = floor_top(p, lay);
    let wall = p.lit(Rgb(250, 228, 200));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), wall);
    let stripe = p.lit(Rgb(244, 214, 180));
    for i in 0..(w / (u * 8.0)) as usize {
        let x = i as f32 * u * 8.0;
        p.cv.fill(&Shape::rect(x, 0.0, x + u * 3.0, top), stripe);
    }
    p.cv.fill(&Shape::rect(0.0, top - u * 2.0, w, top), p.lit(Rgb(190, 140, 100)));
    let x = if lay.light_x > w * 0.5 { w * rng.range(0.7, 0.85) } else { w * rng.range(0.15, 0.3) };
    if lay.window {
        let mut pen = p.pen(x, hz - u * 4.0, u * 0.3, false);
        buildings::draw(&mut pen, "window", None, rng, false);
    }
}

/// A band along the top half of an ellipse: one rib of a belly, one arch of a hall.
fn arch_band(p: &mut Painter, centre: (f32, f32), r: (f32, f32), thick: f32, c: Rgb) {
    let (cx, cy) = centre;
    let pi = std::f32::consts::PI;
    let outer = (0..=24).map(|i| pi * i as f32 / 24.0).map(|a| (cx - a.cos() * r.0, cy - a.sin() * r.1));
    let inner = (0..=24).rev().map(|i| pi * i as f32 / 24.0).map(|a| (cx - a.cos() * (r.0 - thick), cy - a.sin() * (r.1 - thick)));
    p.cv.fill(&Shape::Poly(outer.chain(inner).collect()), c);
}

/// Inside a great fish: dark red all round, pale ribs arching over, soft light in the middle.
fn belly(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = floor_top(p, lay);
    let deep = p.lit(Rgb(90, 20, 40));
    let warm = p.lit(Rgb(190, 70, 90));
    p.cv.gradient(0, top as u32 + 1, &[(0.0, deep), (1.0, warm)]);
    // The curved inside, lighter towards the middle.
    p.cv.fill_grown(&Shape::Ellipse { x: w * 0.5, y: top, rx: w * 0.62, ry: top * 0.9 }, 0.0, p.lit(Rgb(210, 100, 115)), 0.55);
    p.cv.fill_grown(&Shape::Ellipse { x: w * 0.5, y: top, rx: w * 0.4, ry: top * 0.6 }, 0.0, p.lit(Rgb(235, 140, 150)), 0.5);
    // Ribs, far ones small and dim, near ones big and pale.
    for k in 0..4 {
        let t = k as f32 / 3.0;
        let r = (w * (0.22 + 0.2 * t), top * (0.5 + 0.42 * t));
        let rib = p.lit(Rgb(240, 200, 200).mix(Rgb(170, 80, 95), 0.6 - 0.6 * t));
        arch_band(p, (w * 0.5, top + u * 2.0), r, u * (1.2 + 1.6 * t), rib);
    }
    let glow = (w * 0.5 + rng.range(-5.0, 5.0) * u, top - u * 14.0);
    p.cv.halo(glow.0, glow.1, u * 4.0, u * 30.0, Rgb(255, 220, 200), 0.35);
}

/// The ark's hold: plank walls, beams, a small bright window, straw.
fn hold(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = floor_top(p, lay);
    let wood = p.lit(Rgb(150, 100, 60));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), wood);
    for i in 0..(w / (u * 7.0)) as usize + 1 {
        let x = i as f32 * u * 7.0;
        p.cv.fill(&Shape::rect(x, 0.0, x + u * 0.4, top), wood.darker(0.3));
    }
    let beam = wood.darker(0.4);
    p.cv.fill(&Shape::rect(0.0, u * 6.0, w, u * 10.0), beam);
    for x in [w * 0.2, w * 0.8] {
        p.cv.fill(&Shape::rect(x - u * 2.0, 0.0, x + u * 2.0, top), beam);
    }
    let x = w * rng.range(0.4, 0.6);
    let window = Shape::rect(x - u * 6.0, u * 16.0, x + u * 6.0, u * 26.0);
    p.cv.outlined(&window, p.lit(Rgb(170, 215, 245)), u * 1.2);
    p.cv.halo(x, u * 21.0, u * 6.0, u * 18.0, Rgb(255, 240, 190), 0.3);
    straw(p, rng, top);
}

fn straw(p: &mut Painter, rng: &mut Rng, top: f32) {
    let (w, u) = (p.w(), p.unit());
    let hay = p.lit(Rgb(235, 200, 110));
    for _ in 0..6 {
        let x = rng.range(0.0, w);
        p.cv.fill(&Shape::Ellipse { x, y: top, rx: u * rng.range(5.0, 9.0), ry: u * 2.5 }, hay);
    }
}

/// A hall of tall pillars: a palace's has red curtains (its throne is the place's building), a temple's golden lamps.
fn hall(p: &mut Painter, lay: &Layout, palace: bool) {
    let (w, u) = (p.w(), p.unit());
    let top = floor_top(p, lay);
    let wall = p.lit(if palace { Rgb(240, 220, 180) } else { Rgb(236, 214, 170) });
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), wall);
    // Arches along the back wall.
    for i in 0..4 {
        let x = w * (0.125 + 0.25 * i as f32);
        arch_band(p, (x, top - u * 8.0), (w * 0.1, top * 0.55), u * 1.5, wall.darker(0.15));
    }
    let pillars = if palace { 2 } else { 4 };
    let stone = p.lit(Rgb(250, 244, 230));
    for i in 0..pillars {
        let x = w * (0.08 + 0.84 * i as f32 / (pillars - 1) as f32);
        p.cv.outlined(&Shape::rect(x - u * 4.0, u * 6.0, x + u * 4.0, top), stone, u * 0.6);
        p.cv.outlined(&Shape::rect(x - u * 5.5, u * 3.0, x + u * 5.5, u * 6.0), stone, u * 0.6);
        p.cv.outlined(&Shape::rect(x - u * 5.5, top - u * 2.5, x + u * 5.5, top), stone, u * 0.6);
    }
    if palace {
        let red = p.lit(Rgb(180, 30, 50));
        p.cv.fill(&Shape::Poly(vec![(0.0, 0.0), (w, 0.0), (w, u * 5.0), (w * 0.5, u * 9.0), (0.0, u * 5.0)]), red);
    } else {
        for i in 0..3 {
            let x = w * (0.3 + 0.2 * i as f32);
            p.cv.halo(x, u * 20.0, u * 1.2, u * 7.0, Rgb(255, 220, 120), 0.5);
            p.cv.fill(&Shape::Ellipse { x, y: u * 21.5, rx: u * 2.5, ry: u * 1.2 }, p.lit(Rgb(220, 170, 60)));
            p.cv.fill(&Shape::Circle { x, y: u * 20.0, r: u * 1.0 }, Rgb(255, 230, 140));
        }
    }
}

/// Grey stone blocks and a small barred window high up.
fn prison(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = floor_top(p, lay);
    let stone = p.lit(Rgb(130, 130, 140));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), stone);
    let (bw, bh) = (u * 12.0, u * 6.0);
    for row in 0..(top / bh) as usize + 1 {
        let y = row as f32 * bh;
        p.cv.fill(&Shape::rect(0.0, y, w, y + u * 0.5), stone.darker(0.3));
        let shift = if row % 2 == 0 { 0.0 } else { bw * 0.5 };
        for i in 0..(w / bw) as usize + 2 {
            let x = i as f32 * bw - shift;
            p.cv.fill(&Shape::rect(x, y, x + u * 0.5, y + bh), stone.darker(0.3));
            if rng.coin() {
                p.cv.fill_grown(&Shape::rect(x + u, y + u, x + bw - u, y + bh - u), 0.0, stone.lighter(0.1), 0.5);
            }
        }
    }
    let x = if lay.light_x > w * 0.5 { w * 0.72 } else { w * 0.28 };
    let (y0, y1) = (u * 12.0, u * 26.0);
    p.cv.halo(x, (y0 + y1) / 2.0, u * 6.0, u * 20.0, Rgb(255, 240, 200), 0.3);
    p.cv.outlined(&Shape::rect(x - u * 8.0, y0, x + u * 8.0, y1), p.lit(Rgb(170, 205, 235)), u * 1.0);
    let bars = p.lit(Rgb(60, 60, 70));
    for i in 0..4 {
        let bx = x - u * 6.0 + i as f32 * u * 4.0;
        p.cv.fill(&Shape::rect(bx - u * 0.6, y0, bx + u * 0.6, y1), bars);
    }
}

/// Inside a tent: cloth sloping up to the pole, the door flap open at the back.
fn tent(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u) = (p.w(), p.unit());
    let top = floor_top(p, lay);
    let cloth = p.lit(Rgb(225, 200, 160));
    p.cv.fill(&Shape::rect(0.0, 0.0, w, top), cloth);
    let seam = cloth.darker(0.15);
    for i in 0..9 {
        let x = w * i as f32 / 8.0;
        p.cv.fill(&Shape::Poly(vec![(w * 0.5 - u * 0.4, 0.0), (w * 0.5 + u * 0.4, 0.0), (x + u * 0.8, top), (x - u * 0.8, top)]), seam);
    }
    let stripe = p.lit(Rgb(180, 90, 60));
    p.cv.fill(&Shape::rect(0.0, top * 0.6, w, top * 0.6 + u * 3.0), stripe);
    let x = w * rng.range(0.4, 0.6);
    let door = Shape::Poly(vec![(x, top * 0.45), (x + u * 10.0, top), (x - u * 10.0, top)]);
    p.cv.fill(&door, p.lit(Rgb(170, 210, 240)));
    p.cv.fill(&Shape::rect(w * 0.5 - u * 1.2, 0.0, w * 0.5 + u * 1.2, top), p.lit(Rgb(140, 100, 60)));
}

//! Water that does something: a storm on the sea or lake (dark clouds over
//! the sky, big waves, rain, a flash of lightning), the sea parted into
//! two tall walls of water with a dry path between, the little waves a
//! boat floats in, and a lake or pond lying still in the grass.

use crate::canvas::{Rgb, Shape};
use crate::paint::Painter;
use crate::scene::Layout;
use storyloom_plugin_sdk::rng::Rng;

/// Dark storm clouds over the whole sky and a flash of lightning.
pub fn storm_sky(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, u, hz) = (p.w(), p.unit(), lay.horizon);
    let dark = p.lit(Rgb(60, 66, 84));
    let low = p.lit(Rgb(110, 116, 130));
    p.cv.gradient(0, (hz + u * 2.0) as u32, &[(0.0, dark), (1.0, low)]);
    for _ in 0..9 {
        let (x, y) = (rng.range(0.0, w), rng.range(0.0, hz * 0.6));
        let r = u * rng.range(8.0, 14.0);
        p.cv.fill_grown(&Shape::Ellipse { x, y, rx: r * 1.6, ry: r }, 0.0, dark.darker(rng.range(0.05, 0.25)), 0.85);
    }
    let x = w * rng.range(0.2, 0.8);
    let bolt = [(0.0, 0.0), (3.0, 0.0), (0.5, 10.0), (4.0, 10.0), (-2.5, 24.0), (-0.5, 13.0), (-3.5, 13.0)];
    let y0 = hz * 0.2;
    p.cv.glow(&Shape::Poly(bolt.iter().map(|(dx, dy)| (x + dx * u, y0 + dy * u)).collect()), Rgb(255, 250, 200), u * 3.0, 0.4);
    p.cv.fill(&Shape::Poly(bolt.iter().map(|(dx, dy)| (x + dx * u, y0 + dy * u)).collect()), Rgb(255, 245, 170));
}

/// A rainy day: a low grey sky over everything (no sun showing), grey clouds, and rain falling.
pub fn rain_sky(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, h, u, hz) = (p.w(), p.h(), p.unit(), lay.horizon);
    let (grey, low) = (p.lit(Rgb(130, 138, 150)), p.lit(Rgb(175, 180, 188)));
    p.cv.gradient(0, (hz + u * 2.0) as u32, &[(0.0, grey), (1.0, low)]);
    for _ in 0..7 {
        let (x, y, r) = (rng.range(0.0, w), rng.range(0.0, hz * 0.5), u * rng.range(8.0, 13.0));
        p.cv.fill_grown(&Shape::Ellipse { x, y, rx: r * 1.7, ry: r }, 0.0, grey.darker(rng.range(0.05, 0.2)), 0.85);
    }
    rain(p, rng, w, h, u);
}

/// Big dark waves with white crests over the water, and slanting rain over everything.
pub fn storm_water(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, h, u, hz) = (p.w(), p.h(), p.unit(), lay.horizon);
    let sea = p.lit(Rgb(40, 80, 120));
    for row in 0..3 {
        let y = hz + u * (2.0 + row as f32 * 5.0);
        let size = u * (3.0 + row as f32 * 1.5);
        let n = (w / (size * 3.0)) as usize + 2;
        let shift = rng.range(0.0, size * 3.0);
        for i in 0..n {
            let x = i as f32 * size * 3.0 - shift;
            p.cv.fill(&Shape::tri((x - size * 1.8, y + size), (x + size * 1.8, y + size), (x + size * 0.6, y - size)), sea);
            p.cv.fill(&Shape::Ellipse { x: x + size * 0.5, y: y - size * 0.8, rx: size * 0.6, ry: size * 0.3 }, Rgb(235, 245, 250));
        }
    }
    rain(p, rng, w, h, u);
}

fn rain(p: &mut Painter, rng: &mut Rng, w: f32, h: f32, u: f32) {
    for _ in 0..90 {
        let (x, y) = (rng.range(0.0, w), rng.range(0.0, h));
        let len = u * rng.range(2.0, 4.0);
        let s = Shape::Poly(vec![(x, y), (x + u * 0.3, y), (x - len * 0.3 + u * 0.3, y + len), (x - len * 0.3, y + len)]);
        p.cv.fill_grown(&s, 0.0, Rgb(200, 215, 235), 0.6);
    }
}

/// Two tall walls of blue water, left and right, with fish in them; the dry path runs between.
pub fn parted(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let top = lay.horizon - u * 30.0;
    let deep = p.lit(Rgb(30, 90, 170));
    let light = p.lit(Rgb(90, 170, 230));
    for side in [0.0, 1.0] {
        let (inner, outer) = if side == 0.0 { (w * 0.3, -u) } else { (w * 0.7, w + u) };
        let lean = if side == 0.0 { -u * 4.0 } else { u * 4.0 };
        let mut pts = vec![(outer, h), (outer, top + u * 4.0)];
        for i in 0..=6 {
            let t = i as f32 / 6.0;
            let x = outer + (inner - outer) * t;
            pts.push((x, top + if i % 2 == 0 { 0.0 } else { u * 2.5 }));
        }
        pts.push((inner + lean, h));
        p.cv.outlined(&Shape::Poly(pts.clone()), deep, u * 0.8);
        let face =
            Shape::Poly(vec![(inner - lean * 0.5, top + u * 2.0), (inner, top + u * 2.0), (inner + lean, h), (inner + lean * 2.5, h)]);
        p.cv.fill_grown(&face, 0.0, light, 0.7);
        for k in 0..3 {
            let x = (outer + inner) / 2.0 + rng.range(-6.0, 6.0) * u;
            let y = top + u * (10.0 + k as f32 * 12.0) + rng.range(-2.0, 2.0) * u;
            let fish = p.lit(Rgb(250, 170, 80));
            p.cv.fill(&Shape::Ellipse { x, y, rx: u * 2.4, ry: u * 1.2 }, fish);
            p.cv.fill(&Shape::tri((x + u * 2.0, y), (x + u * 3.6, y - u * 1.2), (x + u * 3.6, y + u * 1.2)), fish);
        }
        for _ in 0..12 {
            let (x, y) = ((outer + inner) / 2.0 + rng.range(-10.0, 10.0) * u, rng.range(top + u * 4.0, h));
            p.cv.ring(x, y, u * rng.range(0.4, 1.0), (u * 0.25).max(1.0), Rgb(200, 235, 255));
        }
    }
}

/// Someone in the sea ("splashing in the water", "thrown into the sea"): the
/// sea comes up to their waist across the whole front, with foam and splashes.
pub fn waist_deep(p: &mut Painter, at: &crate::layout::Placed, stormy: bool) {
    let b = &at.bbox;
    let (w, h, u) = (p.w(), p.h(), p.unit());
    let top = b.y0 + (b.y1 - b.y0) * 0.55;
    let sea = p.lit(if stormy { Rgb(40, 80, 120) } else { Rgb(60, 150, 210) });
    p.cv.fill(&Shape::rect(0.0, top + u * 1.5, w, h), sea);
    p.cv.gradient((top + u * 8.0) as u32, h as u32, &[(0.0, sea), (1.0, sea.darker(0.25))]);
    let foam = p.lit(Rgb(240, 248, 255));
    let n = (w / (u * 5.0)) as usize;
    for k in 0..=n {
        let x = w * k as f32 / n as f32;
        p.cv.fill(&Shape::Ellipse { x, y: top + u * 1.8, rx: u * 2.6, ry: u * 0.9 }, foam);
        p.cv.fill(&Shape::Ellipse { x: x + u * 2.5, y: top + u * 9.0, rx: u * 2.0, ry: u * 0.5 }, sea.lighter(0.25));
    }
    for (dx, dy, r) in [(-1.0, -3.0, 1.2), (-1.3, -6.0, 0.8), (1.0, -4.0, 1.1), (1.4, -7.0, 0.7)] {
        let x = if dx < 0.0 { b.x0 } else { b.x1 } + dx * u;
        p.cv.fill(&Shape::Circle { x, y: top + dy * u, r: r * u }, foam);
    }
}

/// A boat afloat: rounded waves of the sea's own colour lapping over its waterline, from `x0` to `x1` at
/// `y`, a few white crests among them.
pub fn waterline(p: &mut Painter, x0: f32, x1: f32, y: f32, stormy: bool) {
    let u = p.unit();
    // The sea beside the boat, so the waves are of the same water.
    let (cw, ch) = (p.cv.w as usize, p.cv.h as usize);
    let (sx, sy) = ((x1 + u * 6.0).min(p.w() - 1.0).max(0.0) as usize, ((y + u * 4.0) as usize).min(ch - 1));
    let at = (sy * cw + sx) * 3;
    let sea = match p.cv.px.get(at..at + 3) {
        Some(&[r, g, b]) if !stormy => Rgb(r, g, b),
        _ => p.lit(Rgb(40, 80, 120)),
    };
    let foam = p.lit(Rgb(235, 245, 252));
    let step = u * 6.0;
    let n = ((x1 - x0) / step).ceil().max(1.0) as usize;
    for k in 0..=n {
        let x = x0 + (x1 - x0) * k as f32 / n as f32;
        p.cv.fill(&Shape::Ellipse { x, y: y + u * 1.6, rx: step * 0.7, ry: u * 2.4 }, sea);
        if k % 2 == 0 {
            p.cv.fill_grown(&Shape::Ellipse { x: x - step * 0.15, y: y - u * 0.5, rx: step * 0.3, ry: u * 0.45 }, 0.0, foam, 0.85);
        }
    }
    p.cv.fill(&Shape::rect(x0 - step * 0.7, y + u * 1.6, x1 + step * 0.7, y + u * 4.0), sea);
}

/// Where the lake or pond lies: its centre and half-widths.
fn lake_oval(p: &Painter, lay: &Layout) -> (f32, f32, f32, f32) {
    let (w, u) = (p.w(), p.unit());
    (w * 0.5, lay.horizon + u * 14.0, w * 0.42, u * 9.0)
}

/// Round green lily pads floating on the pond, each with its notch, one with a pink flower.
pub fn lily_pads(p: &mut Painter, lay: &Layout) {
    let u = p.unit();
    let (cx, cy, rx, ry) = lake_oval(p, lay);
    let (pad, notch) = (p.lit(Rgb(70, 150, 60)), p.lit(Rgb(80, 160, 220)));
    for (k, (dx, dy)) in [(-0.45, 0.1), (-0.15, -0.3), (0.3, 0.2), (0.55, -0.15)].into_iter().enumerate() {
        let (x, y) = (cx + dx * rx, cy + dy * ry);
        p.cv.fill(&Shape::Ellipse { x, y, rx: u * 4.2, ry: u * 1.7 }, pad);
        p.cv.fill(&Shape::tri((x, y), (x + u * 4.4, y - u * 0.8), (x + u * 4.4, y + u * 0.5)), notch);
        if k == 1 {
            p.cv.fill(&Shape::Circle { x: x - u * 0.8, y: y - u * 0.6, r: u * 0.9 }, Rgb(240, 150, 190));
        }
    }
}

/// A lake or pond: a wide oval of still water in the grass behind the characters, shore all round it, reeds at its ends.
pub fn lake(p: &mut Painter, rng: &mut Rng, lay: &Layout) {
    let u = p.unit();
    let (cx, cy, rx, ry) = lake_oval(p, lay);
    p.cv.fill(&Shape::Ellipse { x: cx, y: cy, rx: rx + u * 0.8, ry: ry + u * 0.8 }, p.lit(Rgb(120, 150, 90)));
    p.cv.fill(&Shape::Ellipse { x: cx, y: cy, rx, ry }, p.lit(Rgb(80, 160, 220)));
    for _ in 0..8 {
        let (x, y) = (cx + rng.range(-0.7, 0.7) * rx, cy + rng.range(-0.5, 0.5) * ry);
        p.cv.fill_grown(&Shape::Ellipse { x, y, rx: u * 2.5, ry: u * 0.3 }, 0.0, Rgb(220, 240, 255), 0.7);
    }
    let reed = p.lit(Rgb(110, 150, 70));
    for side in [-1.0, 1.0] {
        for k in 0..4 {
            let x = cx + side * (rx * 0.82 - k as f32 * u * 1.2);
            let base = cy - ry * 0.2 + k as f32 * u;
            let tall = u * rng.range(5.0, 8.0);
            p.cv.fill(&Shape::rect(x, base - tall, x + u * 0.5, base), reed);
            p.cv.fill(&Shape::Ellipse { x: x + u * 0.25, y: base - tall, rx: u * 0.6, ry: u * 1.6 }, Rgb(140, 100, 60));
        }
    }
}

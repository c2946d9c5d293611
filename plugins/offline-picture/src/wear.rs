//! What characters wear, drawn on any body from its head: capes, wings,
//! backpacks and tails behind; hats, crowns, bows, scarves, bandanas, bow ties
//! and beards in front. Colours are the look's own.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;

/// Where a body's head is, in its pen's units: centre and radius.
#[derive(Debug, Clone, Copy)]
pub struct Head {
    pub x: f32,
    pub y: f32,
    pub r: f32,
}

const GOLD: Rgb = Rgb(245, 200, 60);

/// Capes, wings and backpacks, before the body.
pub fn behind(pen: &mut Pen<'_>, look: &Look, h: Head) {
    let (x, y, r) = (h.x, h.y, h.r);
    if let Some(c) = look.wears("cape") {
        pen.poly(&[(x - r * 0.7, y + r * 1.1), (x + r * 0.7, y + r * 1.1), (x + r * 1.5, y + r * 4.2), (x - r * 1.5, y + r * 4.2)], c);
    }
    if let Some(c) = look.wears("wings") {
        for s in [-1.0, 1.0] {
            pen.ellipse(x + s * r * 1.2, y + r * 1.6, r * 0.8, r * 1.2, c);
        }
    }
    if let Some(c) = look.wears("backpack") {
        pen.rect(x - r * 1.3, y + r * 1.4, x - r * 0.4, y + r * 2.8, c);
        pen.rect(x - r * 1.2, y + r * 2.0, x - r * 0.5, y + r * 2.5, c.darker(0.2));
    }
}

/// Three curved motion lines on a circle of radius `rr` round (cx, cy).
fn whirl(pen: &mut Pen<'_>, cx: f32, cy: f32, rr: f32) {
    let line = Rgb(250, 250, 255);
    for (a0, a1) in [(-2.6_f32, -1.7_f32), (-1.2, -0.3), (0.2, 1.0)] {
        let steps = 6;
        for k in 0..steps {
            let (t0, t1) = (a0 + (a1 - a0) * k as f32 / steps as f32, a0 + (a1 - a0) * (k + 1) as f32 / steps as f32);
            let (w0, w1) = (rr * 0.93, rr * 1.07);
            pen.flat_poly(
                &[
                    (cx + t0.cos() * w0, cy + t0.sin() * w0),
                    (cx + t1.cos() * w0, cy + t1.sin() * w0),
                    (cx + t1.cos() * w1, cy + t1.sin() * w1),
                    (cx + t0.cos() * w1, cy + t0.sin() * w1),
                ],
                line,
            );
        }
    }
}

/// A diving mask's glass.
pub const MASK_GLASS: Rgb = Rgb(170, 225, 245);

/// Hats, crowns, bows, scarves, bow ties and beards, after the body.
pub fn front(pen: &mut Pen<'_>, look: &Look, h: Head) {
    crate::snack::draw(pen, look, h);
    let (x, y, r) = (h.x, h.y, h.r);
    if let Some(c) = look.beard {
        pen.group(&[(x - r * 0.45, y + r * 0.55, r * 0.4), (x + r * 0.45, y + r * 0.55, r * 0.4), (x, y + r * 0.85, r * 0.45)], c);
        pen.smile(x, y + r * 0.45, r * 0.15, c);
    }
    // A sling swung round from the raised hand: its cords and the pouch with a stone, over the head.
    if let Some(c) = look.wears("sling") {
        let (hx, hy) = (x + r * 1.5, y + r * 1.2);
        let (px, py) = (x + r * 1.9, y - r * 1.4);
        pen.flat_poly(&[(hx - r * 0.06, hy), (hx + r * 0.06, hy), (px + r * 0.06, py), (px - r * 0.06, py)], c.darker(0.2));
        pen.flat_poly(
            &[(hx - r * 0.06, hy), (hx + r * 0.06, hy), (px + r * 0.5, py + r * 0.1), (px + r * 0.38, py + r * 0.1)],
            c.darker(0.2),
        );
        pen.ellipse(px + r * 0.22, py, r * 0.4, r * 0.22, c);
        pen.dot(px + r * 0.22, py - r * 0.08, r * 0.16, Rgb(160, 160, 165));
        pen.dot(hx, hy, r * 0.2, c.darker(0.3));
        // "swung it round and round": whirling lines round the pouch's path over the head.
        if look.wears("whirl").is_some() {
            whirl(pen, (hx + px) * 0.5, (hy + py) * 0.5 - r * 0.6, r * 1.5);
        }
    }
    if let Some(c) = look.wears("scarf") {
        crate::scarf::draw(pen, c, h);
    }
    if look.wears(crate::fishing::ROD).is_some() {
        crate::fishing::rod(pen, h);
    }
    // A diving mask over the eyes: its strap round the head, a coloured frame, glass and the eyes behind it.
    if let Some(c) = look.wears("diving mask").or(look.wears("mask")) {
        pen.rect(x - r * 1.02, y - r * 0.2, x + r * 1.02, y - r * 0.02, c.darker(0.3));
        pen.rect(x - r * 0.8, y - r * 0.5, x + r * 0.8, y + r * 0.25, c);
        pen.rect(x - r * 0.62, y - r * 0.36, x + r * 0.62, y + r * 0.11, MASK_GLASS);
        pen.dot(x - r * 0.3, y - r * 0.12, r * 0.12, Rgb(40, 40, 50));
        pen.dot(x + r * 0.3, y - r * 0.12, r * 0.12, Rgb(40, 40, 50));
    }
    if let Some(c) = look.wears("bandana") {
        pen.poly(&[(x - r * 0.75, y + r * 0.9), (x + r * 0.75, y + r * 0.9), (x, y + r * 1.5)], c);
    }
    if let Some(c) = look.wears("bow tie") {
        pen.poly(&[(x, y + r * 1.05), (x - r * 0.45, y + r * 0.85), (x - r * 0.45, y + r * 1.25)], c);
        pen.poly(&[(x, y + r * 1.05), (x + r * 0.45, y + r * 0.85), (x + r * 0.45, y + r * 1.25)], c);
        pen.dot(x, y + r * 1.05, r * 0.12, c.darker(0.3));
    }
    if let Some(c) = look.wears("hat").filter(|_| look.wears("mittens").is_some()) {
        woolly_hat(pen, c, h);
    } else if let Some(c) = look.wears("hat") {
        pen.ellipse(x, y - r * 0.8, r * 1.2, r * 0.22, c);
        pen.rect(x - r * 0.65, y - r * 1.5, x + r * 0.65, y - r * 0.8, c);
        pen.flat_poly(
            &[(x - r * 0.65, y - r * 1.0), (x + r * 0.65, y - r * 1.0), (x + r * 0.65, y - r * 0.85), (x - r * 0.65, y - r * 0.85)],
            c.lighter(0.4),
        );
    }
    if let Some(c) = look.wears("crown") {
        pen.rect(x - r * 0.55, y - r * 1.15, x + r * 0.55, y - r * 0.85, c);
        for dx in [-0.45, 0.0, 0.45] {
            pen.poly(&[(x + (dx - 0.15) * r, y - r * 1.1), (x + (dx + 0.15) * r, y - r * 1.1), (x + dx * r, y - r * 1.55)], c);
        }
        pen.dot(x, y - r * 1.0, r * 0.08, Rgb(220, 50, 70));
    }
    if let Some(c) = look.wears("bow") {
        let (bx, by) = (x + r * 0.55, y - r * 0.85);
        pen.poly(&[(bx, by), (bx - r * 0.45, by - r * 0.3), (bx - r * 0.45, by + r * 0.3)], c);
        pen.poly(&[(bx, by), (bx + r * 0.45, by - r * 0.3), (bx + r * 0.45, by + r * 0.3)], c);
        pen.circle(bx, by, r * 0.13, c.darker(0.15));
    }
}

/// Dressed for the cold (mittens on), a hat is a knitted one: a dome over the hair, a ribbed band, a bobble.
fn woolly_hat(pen: &mut Pen<'_>, c: Rgb, h: Head) {
    let (x, y, r) = (h.x, h.y, h.r);
    pen.ellipse(x, y - r * 0.62, r * 1.04, r * 0.72, c);
    pen.rect(x - r * 1.06, y - r * 0.62, x + r * 1.06, y - r * 0.32, c.darker(0.15));
    for k in 0..7 {
        let rx = x - r * 0.9 + k as f32 * r * 0.3;
        pen.flat_poly(
            &[(rx - r * 0.03, y - r * 0.6), (rx + r * 0.03, y - r * 0.6), (rx + r * 0.03, y - r * 0.34), (rx - r * 0.03, y - r * 0.34)],
            c.darker(0.3),
        );
    }
    pen.circle(x, y - r * 1.38, r * 0.3, c.lighter(0.45));
}

/// A gold crown that sits on a head (kings, queens, princes, princesses).
pub fn crown(pen: &mut Pen<'_>, h: Head) {
    let look = Look { wear: vec![("crown", GOLD)], ..Look::default() };
    front(pen, &look, h);
}

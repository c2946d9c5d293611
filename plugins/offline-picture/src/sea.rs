//! Sea creatures and shelled friends: crab, lobster, fish, big fish, whale,
//! dolphin, shark, octopus, starfish, jellyfish, seahorse, turtle, sea turtle
//! and tortoise. About 60–100 units across, drawn around a base point.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const INK: Rgb = Rgb(45, 35, 45);

pub fn creature(pen: &mut Pen<'_>, noun: &str, c: Rgb, look: &Look) {
    let head = match noun {
        "crab" | "lobster" => Head { x: 0.0, y: -34.0, r: 14.0 },
        "octopus" | "jellyfish" => Head { x: 0.0, y: -56.0, r: 20.0 },
        "starfish" => Head { x: 0.0, y: -34.0, r: 12.0 },
        "seahorse" => Head { x: 4.0, y: -74.0, r: 10.0 },
        "turtle" | "sea turtle" | "tortoise" => Head { x: 34.0, y: -26.0, r: 10.0 },
        _ => Head { x: 18.0, y: -46.0, r: 14.0 },
    };
    // Leaping out of the water: up above the waves.
    if look.flying {
        pen.oy -= 16.0 * pen.u;
    }
    wear::behind(pen, look, head);
    match noun {
        "crab" | "lobster" => {
            for s in [-1.0, 1.0] {
                for k in 0..3 {
                    let x = s * (14.0 + k as f32 * 6.0);
                    pen.poly(&[(x, -20.0), (x + s * 2.0, -20.0), (x + s * 10.0, -2.0), (x + s * 7.0, -2.0)], c.darker(0.1));
                }
                let claw = if noun == "lobster" { 12.0 } else { 9.0 };
                pen.poly(&[(s * 18.0, -34.0), (s * 22.0, -34.0), (s * 30.0, -50.0), (s * 26.0, -50.0)], c);
                pen.circle(s * 30.0, -56.0, claw, c);
                pen.flat_poly(&[(s * 30.0, -56.0), (s * 38.0, -70.0), (s * 24.0, -68.0)], Rgb(150, 200, 240));
            }
            if noun == "lobster" {
                pen.ellipse(0.0, -8.0, 10.0, 14.0, c.darker(0.1));
                for dx in [-6.0, 6.0] {
                    pen.rect(dx - 0.8, -70.0, dx + 0.8, -40.0, c.darker(0.2));
                }
            }
            pen.ellipse(0.0, -28.0, 26.0, 16.0, c);
            for dx in [-7.0, 7.0] {
                pen.rect(dx - 1.0, -50.0, dx + 1.0, -40.0, c.darker(0.2));
                pen.circle(dx, -50.0, 4.0, Rgb(255, 255, 255));
                pen.dot(dx, -50.0, 2.0, INK);
            }
            pen.smile(0.0, -26.0, 4.0, c);
        }
        "octopus" | "jellyfish" => {
            for k in 0..6 {
                let x = -20.0 + k as f32 * 8.0;
                if noun == "octopus" {
                    pen.group(&[(x, -34.0, 4.5), (x - 2.0, -24.0, 4.0), (x + 1.0, -14.0, 3.5), (x + 4.0, -6.0, 3.0)], c);
                } else {
                    pen.poly(&[(x - 1.0, -44.0), (x + 1.0, -44.0), (x + 4.0, -6.0), (x + 2.0, -6.0)], c.lighter(0.3));
                }
            }
            if noun == "octopus" {
                pen.ellipse(0.0, -56.0, 24.0, 26.0, c);
            } else {
                pen.ellipse(0.0, -54.0, 26.0, 18.0, c);
                pen.flat_poly(&[(-26.0, -54.0), (26.0, -54.0), (26.0, -44.0), (-26.0, -44.0)], c);
            }
            pen.eyes(0.0, -54.0, 8.0, 3.5);
            pen.smile(0.0, -46.0, 3.5, c);
        }
        "starfish" => {
            let pts: Vec<(f32, f32)> = (0..10)
                .map(|i| {
                    let a = -std::f32::consts::FRAC_PI_2 + i as f32 * std::f32::consts::PI / 5.0;
                    let r = if i % 2 == 0 { 34.0 } else { 14.0 };
                    (a.cos() * r, -34.0 + a.sin() * r)
                })
                .collect();
            for i in 0..5 {
                let (a, b, cc) = (pts[2 * i], pts[(2 * i + 1) % 10], pts[(2 * i + 9) % 10]);
                pen.poly(&[(0.0, -34.0), cc, a, b], c);
            }
            pen.eyes(0.0, -36.0, 5.0, 2.5);
            pen.smile(0.0, -28.0, 3.0, c);
        }
        "seahorse" => {
            pen.group(&[(0.0, -54.0, 12.0), (-2.0, -38.0, 10.0), (-6.0, -24.0, 7.0), (-2.0, -12.0, 5.0), (6.0, -8.0, 4.0)], c);
            pen.circle(4.0, -74.0, 10.0, c);
            pen.poly(&[(10.0, -76.0), (24.0, -72.0), (24.0, -66.0), (10.0, -68.0)], c);
            pen.poly(&[(-8.0, -70.0), (-14.0, -60.0), (-10.0, -48.0)], c.darker(0.2));
            pen.eyes(6.0, -76.0, 0.0, 2.5);
        }
        "tortoise" => tortoise(pen, c),
        "turtle" | "sea turtle" => {
            let flipper = noun == "sea turtle";
            let skin = Rgb(140, 200, 140);
            for x in [-20.0, 20.0] {
                if flipper {
                    pen.ellipse(x, -14.0, 14.0, 5.0, skin);
                } else {
                    pen.rect(x - 5.0, -16.0, x + 5.0, 0.0, skin);
                }
            }
            pen.ellipse(34.0, -26.0, 10.0, 9.0, skin);
            pen.ellipse(0.0, -18.0, 32.0, 18.0, c);
            pen.flat_poly(&[(-32.0, -18.0), (32.0, -18.0), (32.0, -10.0), (-32.0, -10.0)], c.darker(0.2));
            for (x, y) in [(-12.0, -26.0), (8.0, -28.0), (0.0, -18.0)] {
                pen.flat_ellipse(x, y, 6.0, 4.0, c.lighter(0.25));
            }
            pen.eyes(36.0, -28.0, 0.0, 2.2);
        }
        _ => fishlike(pen, noun, c),
    }
    wear::front(pen, look, head);
}

/// A tortoise: a high domed shell of ringed plates on a dark rim, four stubby olive legs, a tail, and its head
/// out on a neck, so it is never a boulder.
fn tortoise(pen: &mut Pen<'_>, c: Rgb) {
    let skin = Rgb(150, 165, 100);
    for (x, back) in [(-24.0, true), (-10.0, true), (10.0, false), (24.0, false)] {
        pen.rect(x - 5.0, -16.0, x + 5.0, 0.0, if back { skin.darker(0.15) } else { skin });
    }
    pen.poly(&[(-30.0, -14.0), (-40.0, -10.0), (-30.0, -20.0)], skin);
    pen.poly(&[(22.0, -18.0), (32.0, -36.0), (40.0, -32.0), (30.0, -12.0)], skin);
    pen.ellipse(42.0, -36.0, 11.0, 9.0, skin);
    pen.eyes(45.0, -38.0, 0.0, 2.2);
    // The dome is the top half of an oval, so the legs show under its rim.
    let dome: Vec<(f32, f32)> = (0..=16).map(|k| (31.0 * (k as f32 * 0.196).cos(), -14.0 - 34.0 * (k as f32 * 0.196).sin())).collect();
    pen.poly(&dome, c);
    pen.flat_poly(&[(-33.0, -18.0), (33.0, -18.0), (33.0, -10.0), (-33.0, -10.0)], c.darker(0.35));
    let hex = |x: f32, y: f32, r: f32| {
        (0..6).map(|k| (x + r * (k as f32 * 1.047).cos(), y + r * 0.85 * (k as f32 * 1.047).sin())).collect::<Vec<_>>()
    };
    for (x, y, r) in [(0.0, -32.0, 10.0), (-18.0, -26.0, 8.0), (18.0, -26.0, 8.0), (-9.0, -44.0, 6.0), (9.0, -44.0, 6.0)] {
        pen.flat_poly(&hex(x, y, r + 2.0), c.darker(0.3));
        pen.flat_poly(&hex(x, y, r), c.lighter(0.25));
    }
}

/// Fish, big fish, whales, dolphins and sharks: one swimming body.
fn fishlike(pen: &mut Pen<'_>, noun: &str, c: Rgb) {
    let (rx, ry) = match noun {
        "whale" => (46.0, 26.0),
        "big fish" => (40.0, 26.0),
        "dolphin" | "shark" => (40.0, 14.0),
        _ => (30.0, 18.0),
    };
    let y = -46.0;
    let tail = -rx + 6.0;
    if matches!(noun, "whale" | "dolphin") {
        pen.poly(&[(tail, y), (tail - 18.0, y - 14.0), (tail - 10.0, y), (tail - 18.0, y + 10.0)], c.darker(0.1));
    } else {
        pen.poly(&[(tail, y), (tail - 20.0, y - 18.0), (tail - 20.0, y + 18.0)], c.darker(0.1));
    }
    let fin = if noun == "shark" { 20.0 } else { 12.0 };
    pen.poly(&[(-8.0, y - ry + 3.0), (10.0, y - ry + 3.0), (-4.0, y - ry - fin)], c.darker(0.1));
    pen.ellipse(0.0, y, rx, ry, c);
    pen.flat_ellipse(4.0, y + ry * 0.45, rx * 0.75, ry * 0.42, c.lighter(0.5));
    if noun == "whale" {
        for (dx, h) in [(-4.0, 14.0), (0.0, 20.0), (4.0, 14.0)] {
            pen.poly(&[(18.0 + dx * 0.3, y - ry), (20.0 + dx * 0.3, y - ry), (20.0 + dx, y - ry - h)], Rgb(180, 220, 250));
        }
    }
    if noun == "dolphin" {
        pen.ellipse(rx - 2.0, y + 4.0, 10.0, 4.0, c);
    }
    if matches!(noun, "fish" | "big fish") {
        for x in [-12.0, 0.0] {
            pen.flat_ellipse(x, y, 3.0, ry * 0.8, c.lighter(0.45));
        }
    }
    pen.eyes(rx * 0.55, y - ry * 0.25, 0.0, 4.0);
    pen.smile(rx * 0.75, y + ry * 0.3, 3.0, c);
}

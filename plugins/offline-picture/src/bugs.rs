//! Small creatures drawn big enough to be friends: frog, snail, butterfly,
//! caterpillar, bee, ladybug, ladybird, ant, beetle, spider, worm, firefly,
//! dragonfly, grasshopper and snake. About 60–80 units tall, around the feet.

use crate::canvas::{Rgb, Shape};
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const INK: Rgb = Rgb(45, 35, 45);

pub fn bug(pen: &mut Pen<'_>, noun: &str, c: Rgb, look: &Look) {
    let head = match noun {
        "snail" => Head { x: 24.0, y: -30.0, r: 9.0 },
        "frog" => Head { x: 0.0, y: -46.0, r: 16.0 },
        "snake" | "worm" | "caterpillar" => Head { x: 30.0, y: -24.0, r: 10.0 },
        "butterfly" | "dragonfly" => Head { x: 0.0, y: -70.0, r: 7.0 },
        _ => Head { x: 22.0, y: -30.0, r: 10.0 },
    };
    wear::behind(pen, look, head);
    match noun {
        "frog" => {
            for s in [-1.0, 1.0] {
                pen.ellipse(s * 18.0, -8.0, 12.0, 6.0, c.darker(0.1));
            }
            pen.ellipse(0.0, -26.0, 24.0, 20.0, c);
            pen.flat_ellipse(0.0, -20.0, 14.0, 11.0, c.lighter(0.5));
            pen.ellipse(0.0, -44.0, 20.0, 13.0, c);
            for s in [-1.0, 1.0] {
                pen.circle(s * 10.0, -56.0, 7.0, c);
                pen.dot(s * 10.0, -56.0, 4.5, Rgb(255, 255, 255));
                pen.dot(s * 10.0, -56.0, 2.5, INK);
            }
            pen.smile(0.0, -42.0, 6.0, c);
        }
        "snail" => {
            pen.ellipse(4.0, -8.0, 30.0, 7.0, c);
            let shell = look.body.map_or(Rgb(200, 130, 80), |b| b.darker(0.2));
            pen.circle(-4.0, -30.0, 22.0, shell);
            pen.p.cv.ring(pen.ox - 4.0 * pen.u * pen.flip, pen.oy - 30.0 * pen.u, 12.0 * pen.u, 2.5 * pen.u, shell.darker(0.35));
            pen.dot(-4.0, -30.0, 4.0, shell.darker(0.35));
            pen.poly(&[(18.0, -14.0), (30.0, -14.0), (28.0, -30.0), (20.0, -30.0)], c);
            pen.circle(24.0, -30.0, 9.0, c);
            for dx in [20.0, 28.0] {
                pen.rect(dx - 0.8, -50.0, dx + 0.8, -36.0, c);
                pen.dot(dx, -50.0, 2.0, INK);
            }
            pen.eyes(24.0, -32.0, 3.5, 1.8);
            pen.smile(27.0, -26.0, 2.0, c);
        }
        "butterfly" | "dragonfly" => {
            let wings: &[(f32, f32, f32, f32)] = if noun == "butterfly" {
                &[(-18.0, -62.0, 16.0, 18.0), (18.0, -62.0, 16.0, 18.0), (-14.0, -36.0, 11.0, 12.0), (14.0, -36.0, 11.0, 12.0)]
            } else {
                &[(-24.0, -58.0, 22.0, 6.0), (24.0, -58.0, 22.0, 6.0), (-22.0, -46.0, 20.0, 5.0), (22.0, -46.0, 20.0, 5.0)]
            };
            for &(x, y, rx, ry) in wings {
                pen.ellipse(x, y, rx, ry, if noun == "butterfly" { c } else { Rgb(200, 235, 250) });
                if noun == "butterfly" {
                    pen.dot(x, y, rx * 0.35, c.lighter(0.5));
                }
            }
            pen.ellipse(
                0.0,
                if noun == "butterfly" { -44.0 } else { -30.0 },
                4.0,
                if noun == "butterfly" { 22.0 } else { 34.0 },
                if noun == "butterfly" { INK } else { c },
            );
            pen.circle(0.0, -70.0, 7.0, if noun == "butterfly" { INK } else { c });
            pen.eyes(0.0, -71.0, 3.0, 1.6);
        }
        "snake" | "worm" | "caterpillar" => {
            let n = if noun == "snake" { 8 } else { 6 };
            let mut segs = Vec::new();
            for i in 0..n {
                let x = -30.0 + i as f32 * 60.0 / n as f32;
                let y = -10.0 - ((i as f32) * 1.3).sin().abs() * if noun == "snake" { 6.0 } else { 10.0 };
                segs.push((x, y, if noun == "worm" { 7.0 } else { 9.0 }));
            }
            if noun == "caterpillar" {
                for (k, &(x, y, r)) in segs.iter().enumerate() {
                    pen.circle(x, y, r, if k % 2 == 0 { c } else { c.lighter(0.25) });
                }
            } else {
                pen.group(&segs, c);
                if noun == "snake" {
                    for &(x, y, _) in segs.iter().step_by(2) {
                        pen.dot(x, y - 2.0, 2.5, c.darker(0.3));
                    }
                }
            }
            pen.circle(head.x, head.y, head.r, c);
            pen.eyes(head.x + 2.0, head.y - 2.0, 3.5, 2.0);
            if noun == "snake" {
                pen.flat_poly(
                    &[(head.x + 9.0, head.y + 3.0), (head.x + 16.0, head.y + 1.0), (head.x + 16.0, head.y + 5.0)],
                    Rgb(230, 60, 80),
                );
            }
            if noun == "caterpillar" {
                pen.rect(head.x - 1.0, head.y - 18.0, head.x + 1.0, head.y - 8.0, INK);
            }
        }
        _ => insect(pen, noun, c, head),
    }
    wear::front(pen, look, head);
}

/// Bees, ladybirds, ants, beetles, spiders, fireflies and grasshoppers.
fn insect(pen: &mut Pen<'_>, noun: &str, c: Rgb, head: Head) {
    let legs = if noun == "spider" { 4 } else { 3 };
    for i in 0..legs {
        let x = -14.0 + i as f32 * 12.0;
        pen.poly(&[(x, -16.0), (x + 2.0, -16.0), (x - 4.0, 0.0), (x - 6.0, 0.0)], INK);
    }
    if noun == "grasshopper" {
        pen.poly(&[(-6.0, -24.0), (-2.0, -24.0), (-20.0, -44.0), (-26.0, -2.0), (-22.0, -2.0)], c.darker(0.2));
    }
    if matches!(noun, "bee" | "firefly") {
        let wing = Rgb(220, 240, 255);
        pen.ellipse(-6.0, -44.0, 10.0, 14.0, wing);
        pen.ellipse(8.0, -46.0, 10.0, 14.0, wing);
    }
    if noun == "firefly" {
        pen.p.cv.glow(
            &Shape::Circle { x: pen.ox - 16.0 * pen.u * pen.flip, y: pen.oy - 24.0 * pen.u, r: 10.0 * pen.u },
            Rgb(255, 250, 150),
            12.0 * pen.u,
            0.6,
        );
    }
    let (rx, ry) = if noun == "ant" { (10.0, 9.0) } else { (22.0, 16.0) };
    pen.ellipse(-4.0, -22.0, rx, ry, c);
    if noun == "ant" {
        pen.ellipse(-20.0, -24.0, 12.0, 9.0, c);
    }
    match noun {
        "bee" => {
            for x in [-12.0, -2.0, 8.0] {
                pen.flat_poly(&[(x, -36.0), (x + 4.0, -36.0), (x + 4.0, -8.0), (x, -8.0)], INK);
            }
        }
        "ladybug" | "ladybird" | "beetle" => {
            pen.flat_poly(&[(-4.5, -38.0), (-3.5, -38.0), (-3.5, -6.0), (-4.5, -6.0)], INK);
            if noun != "beetle" {
                for (x, y) in [(-14.0, -28.0), (6.0, -28.0), (-12.0, -16.0), (4.0, -16.0)] {
                    pen.dot(x, y, 3.5, INK);
                }
            } else {
                pen.flat_ellipse(-10.0, -30.0, 5.0, 3.0, c.lighter(0.5));
            }
        }
        "firefly" => pen.circle(-16.0, -24.0, 8.0, Rgb(255, 250, 150)),
        "spider" => {
            pen.rect(-5.0, -80.0, -3.0, -38.0, Rgb(220, 220, 230));
        }
        _ => {}
    }
    let hc = if matches!(noun, "ladybug" | "ladybird" | "bee") { INK } else { c };
    pen.circle(head.x, head.y, head.r, hc);
    for dx in [-3.0, 3.0] {
        pen.rect(head.x + dx - 0.8, head.y - head.r - 10.0, head.x + dx + 0.8, head.y - head.r + 1.0, INK);
        pen.dot(head.x + dx, head.y - head.r - 10.0, 2.0, INK);
    }
    pen.eyes(head.x + 2.0, head.y - 1.0, 3.5, 2.2);
}

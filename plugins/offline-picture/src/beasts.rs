//! Four-legged animals standing side-on, one body told apart by neck, legs,
//! ears, horns, trunk, hump, stripes, spots and wool: deer, wolf, cow, sheep,
//! lamb, goat, horse, pony, donkey, unicorn, elephant, giraffe, zebra,
//! hippo, rhino, camel and crocodile. About 100 units wide, around the feet.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const DARK: Rgb = Rgb(55, 45, 50);
const HORN: Rgb = Rgb(245, 235, 210);

/// How long a four-legged animal's legs are, in its units.
pub fn leg(noun: &str) -> f32 {
    match noun {
        "giraffe" => 34.0,
        "horse" | "unicorn" | "camel" | "deer" => 30.0,
        "pony" | "donkey" | "zebra" | "goat" | "wolf" => 24.0,
        "sheep" | "lamb" | "cow" => 20.0,
        _ => 18.0,
    }
}

fn neck(noun: &str) -> f32 {
    match noun {
        "giraffe" => 52.0,
        "horse" | "unicorn" | "camel" | "deer" => 22.0,
        "pony" | "donkey" | "zebra" | "goat" | "wolf" => 16.0,
        "sheep" | "lamb" | "cow" => 8.0,
        _ => 4.0,
    }
}

pub fn beast(pen: &mut Pen<'_>, noun: &str, fur: Rgb, look: &Look) {
    if noun == "crocodile" {
        crocodile(pen, fur, look);
        return;
    }
    let heavy = matches!(noun, "elephant" | "hippo" | "rhino");
    let (leg, neck) = (leg(noun), neck(noun));
    let (rx, ry) = if heavy {
        (38.0, 24.0)
    } else if noun == "lamb" {
        (24.0, 15.0)
    } else {
        (32.0, 17.0)
    };
    let body_y = -leg - ry * 0.7;
    let head = Head { x: rx + 4.0, y: body_y - neck - 8.0, r: if heavy { 17.0 } else { 12.0 } };
    wear::behind(pen, look, head);
    let woolly = matches!(noun, "sheep" | "lamb");
    let legc = if woolly { DARK } else { fur.darker(0.1) };
    let lw = if heavy { 7.0 } else { 4.0 };
    for x in [-rx * 0.65, -rx * 0.35, rx * 0.35, rx * 0.65] {
        pen.rect(x - lw, body_y, x + lw, 0.0, legc);
        if matches!(noun, "horse" | "pony" | "donkey" | "unicorn" | "zebra" | "cow" | "goat" | "deer" | "sheep" | "lamb") {
            pen.rect(x - lw, -4.0, x + lw, 0.0, DARK);
        }
    }
    // Tail.
    match noun {
        "horse" | "pony" | "unicorn" | "zebra" => {
            let hair = if noun == "unicorn" { Rgb(240, 150, 210) } else { fur.darker(0.4) };
            pen.poly(&[(-rx, body_y - 6.0), (-rx - 14.0, body_y + 20.0), (-rx - 4.0, body_y + 24.0), (-rx + 4.0, body_y)], hair);
        }
        "wolf" => pen.ellipse(-rx - 10.0, body_y - 2.0, 14.0, 6.0, fur),
        _ => pen.poly(&[(-rx + 2.0, body_y - 4.0), (-rx - 8.0, body_y + 14.0), (-rx - 4.0, body_y + 16.0)], fur.darker(0.2)),
    }
    if woolly {
        let mut puffs = Vec::new();
        for i in 0..7 {
            let x = -rx + i as f32 * rx / 3.0;
            puffs.push((x, body_y - ry * 0.6, ry * 0.6));
            puffs.push((x, body_y + ry * 0.4, ry * 0.6));
        }
        pen.group(&puffs, fur);
    } else {
        pen.ellipse(0.0, body_y, rx, ry, fur);
    }
    if noun == "camel" {
        pen.group(&[(-8.0, body_y - ry, 12.0), (12.0, body_y - ry, 11.0)], fur);
    }
    // Markings.
    match noun {
        "zebra" => {
            for i in 0..6 {
                let x = -rx * 0.8 + i as f32 * rx * 0.3;
                pen.flat_poly(
                    &[(x - 2.0, body_y - ry * 0.9), (x + 2.0, body_y - ry * 0.9), (x + 4.0, body_y + ry * 0.6), (x, body_y + ry * 0.6)],
                    DARK,
                );
            }
        }
        "cow" => {
            for (x, y, r) in [(-12.0, -4.0, 7.0), (10.0, 4.0, 6.0), (-22.0, 5.0, 4.0)] {
                pen.flat_ellipse(x, body_y + y, r, r * 0.8, DARK);
            }
        }
        "giraffe" => {
            for (x, y) in [(-16.0, -4.0), (0.0, 4.0), (14.0, -6.0), (-4.0, -10.0), (22.0, 4.0)] {
                pen.flat_ellipse(x, body_y + y, 4.0, 3.5, Rgb(190, 120, 50));
            }
        }
        "deer" | "lamb" => {
            for (x, y) in [(-10.0, -6.0), (4.0, -8.0), (-2.0, 2.0)] {
                pen.dot(x, body_y + y, 2.0, fur.lighter(0.6));
            }
        }
        _ => {}
    }
    // Neck and head.
    if neck > 6.0 {
        let (nx, ny) = (rx * 0.75, body_y - ry * 0.4);
        pen.poly(&[(nx - 6.0, ny + 4.0), (nx + 6.0, ny + 4.0), (head.x + 4.0, head.y + 4.0), (head.x - 6.0, head.y + 2.0)], fur);
        if matches!(noun, "horse" | "pony" | "unicorn" | "zebra" | "donkey") {
            let mane = match noun {
                "unicorn" => Rgb(240, 150, 210),
                "zebra" => DARK,
                _ => fur.darker(0.4),
            };
            pen.poly(&[(nx - 6.0, ny), (nx - 2.0, ny - 4.0), (head.x - 4.0, head.y - 6.0), (head.x - 8.0, head.y - 2.0)], mane);
        }
        if noun == "giraffe" {
            for k in 1..4 {
                let t = k as f32 / 4.0;
                pen.flat_ellipse(nx + (head.x - nx) * t, ny + (head.y - ny) * t, 3.0, 2.5, Rgb(190, 120, 50));
            }
        }
    }
    let r = head.r;
    match noun {
        "elephant" => {
            pen.ellipse(head.x - 8.0, head.y + 2.0, 12.0, 16.0, fur.darker(0.12));
            pen.poly(
                &[(head.x + 8.0, head.y), (head.x + 16.0, head.y + 2.0), (head.x + 20.0, head.y + 30.0), (head.x + 13.0, head.y + 30.0)],
                fur,
            );
        }
        "rhino" => {
            pen.poly(&[(head.x + r * 0.9, head.y - 2.0), (head.x + r * 1.4, head.y + 2.0), (head.x + r * 1.2, head.y - r * 1.2)], HORN)
        }
        _ => {}
    }
    let snout = matches!(noun, "horse" | "pony" | "unicorn" | "zebra" | "donkey" | "cow" | "hippo" | "camel" | "wolf" | "goat" | "deer");
    pen.circle(head.x, head.y, r, fur);
    if snout {
        let muzzle = if matches!(noun, "cow" | "hippo") { fur.mix(Rgb(250, 190, 190), 0.6) } else { fur.lighter(0.2) };
        pen.ellipse(head.x + r * 0.9, head.y + r * 0.35, r * 0.75, r * 0.55, muzzle);
        pen.dot(head.x + r * 1.3, head.y + r * 0.25, r * 0.1, DARK);
    }
    // Ears, horns and antlers.
    let ear = if noun == "donkey" { 12.0 } else { 6.0 };
    pen.poly(
        &[(head.x - r * 0.5, head.y - r * 0.6), (head.x - r * 0.1, head.y - r * 0.8), (head.x - r * 0.5, head.y - r * 0.8 - ear)],
        fur.darker(0.1),
    );
    match noun {
        "unicorn" => pen.poly(
            &[(head.x + 1.0, head.y - r * 0.8), (head.x + 6.0, head.y - r * 0.8), (head.x + 6.0, head.y - r - 18.0)],
            Rgb(250, 215, 90),
        ),
        "cow" | "goat" => {
            for dx in [-2.0, 4.0] {
                pen.poly(
                    &[(head.x + dx, head.y - r * 0.8), (head.x + dx + 3.0, head.y - r * 0.8), (head.x + dx - 2.0, head.y - r - 9.0)],
                    HORN,
                );
            }
        }
        "deer" => {
            for s in [-3.0, 5.0] {
                pen.rect(head.x + s - 1.0, head.y - r - 16.0, head.x + s + 1.0, head.y - r * 0.7, Rgb(140, 100, 60));
                pen.rect(head.x + s - 6.0, head.y - r - 10.0, head.x + s, head.y - r - 8.0, Rgb(140, 100, 60));
            }
        }
        "giraffe" => {
            for s in [-2.0, 3.0] {
                pen.rect(head.x + s - 1.0, head.y - r - 7.0, head.x + s + 1.0, head.y - r * 0.7, Rgb(170, 110, 50));
                pen.dot(head.x + s, head.y - r - 7.0, 2.0, Rgb(170, 110, 50));
            }
        }
        "wolf" => pen
            .poly(&[(head.x + 2.0, head.y - r * 0.7), (head.x + 8.0, head.y - r * 0.6), (head.x + 5.0, head.y - r - 7.0)], fur.darker(0.1)),
        _ => {}
    }
    if woolly {
        pen.group(&[(head.x - 2.0, head.y - r * 0.8, r * 0.45), (head.x + 4.0, head.y - r * 0.9, r * 0.4)], fur);
    }
    pen.eyes(head.x + r * 0.2, head.y - r * 0.2, 0.0, r * 0.2);
    pen.cheeks(head.x + r * 0.3, head.y + r * 0.3, 0.0, r * 0.2, fur);
    wear::front(pen, look, head);
}

fn crocodile(pen: &mut Pen<'_>, c: Rgb, look: &Look) {
    let head = Head { x: 30.0, y: -24.0, r: 10.0 };
    for x in [-24.0, -8.0, 12.0, 24.0] {
        pen.rect(x - 3.0, -14.0, x + 3.0, 0.0, c.darker(0.1));
    }
    pen.poly(&[(-30.0, -20.0), (-70.0, -10.0), (-30.0, -8.0)], c);
    pen.ellipse(0.0, -16.0, 34.0, 10.0, c);
    for i in 0..6 {
        let x = -24.0 + i as f32 * 9.0;
        pen.poly(&[(x - 3.0, -25.0), (x + 3.0, -25.0), (x, -31.0)], c.darker(0.2));
    }
    pen.poly(&[(26.0, -28.0), (66.0, -22.0), (66.0, -14.0), (26.0, -12.0)], c);
    for i in 0..5 {
        let x = 36.0 + i as f32 * 6.0;
        pen.flat_poly(&[(x, -16.0), (x + 3.0, -16.0), (x + 1.5, -19.0)], Rgb(250, 250, 240));
    }
    pen.circle(34.0, -30.0, 6.0, c);
    pen.eyes(35.0, -31.0, 0.0, 2.5);
    wear::front(pen, look, head);
}

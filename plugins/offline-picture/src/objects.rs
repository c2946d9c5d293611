//! Small things on the ground or in a hand, each its own little drawing:
//! balloon, kite, map, lantern, telescope, umbrella, compass, wand, drum,
//! bucket, key, crown, egg, shells, crystal, books, cookies, ball, acorn,
//! carrot, honey, bone, present, crayon, bell, feather, box, note, letter,
//! footprints, mushroom, bottle, teacup, bubble, seaweed, clam, pearl,
//! signpost, flower, grain, bread, basket (food in one is `food.rs`), jar, sling, stone, staff, ring,
//! scepter, tambourine, coin, cushion, campfire, crater, treasure chest,
//! musical notes and a wishing stone. About 40 units tall, around the base.

use crate::canvas::{Rgb, Shape};
use crate::paint::Pen;

const INK: Rgb = Rgb(60, 50, 60);
const GOLD: Rgb = Rgb(245, 200, 60);
const WOOD: Rgb = Rgb(150, 100, 60);

pub fn object(pen: &mut Pen<'_>, noun: &str, c: Rgb) {
    match noun {
        "balloon" => {
            pen.flat_poly(&[(-0.6, -40.0), (0.6, -40.0), (1.5, 0.0), (0.3, 0.0)], Rgb(80, 70, 70));
            pen.poly(&[(-3.0, -36.0), (3.0, -36.0), (0.0, -41.0)], c);
            pen.ellipse(0.0, -56.0, 14.0, 17.0, c);
            pen.flat_ellipse(-5.0, -62.0, 3.0, 5.0, c.lighter(0.5));
        }
        "kite" => {
            pen.flat_poly(&[(-0.5, -50.0), (0.5, -50.0), (10.0, 0.0), (9.0, 0.0)], INK);
            pen.poly(&[(0.0, -78.0), (14.0, -62.0), (0.0, -40.0), (-14.0, -62.0)], c);
            pen.flat_poly(&[(0.0, -78.0), (0.0, -40.0), (-14.0, -62.0)], c.lighter(0.3));
        }
        "map" | "note" | "letter" => {
            pen.poly(&[(-20.0, -30.0), (20.0, -32.0), (22.0, -2.0), (-18.0, 0.0)], c);
            if noun == "map" {
                // A map reads as a map: fold lines, a green island, a dotted path and a red X.
                for x in [-6.0, 7.0] {
                    pen.flat_poly(&[(x - 0.4, -31.0), (x + 0.4, -31.0), (x + 0.9, -1.0), (x + 0.1, -1.0)], c.darker(0.15));
                }
                pen.flat_ellipse(-2.0, -16.0, 15.0, 10.0, Rgb(150, 200, 120));
                for k in 0..7 {
                    let t = k as f32 / 6.0;
                    pen.dot(-13.0 + 22.0 * t, -9.0 - 12.0 * t + 6.0 * (t * 3.1).sin(), 1.1, Rgb(120, 70, 50));
                }
                for (a, b) in [((6.0, -26.0), (13.0, -19.0)), ((13.0, -26.0), (6.0, -19.0))] {
                    pen.flat_poly(&[(a.0 - 1.0, a.1), (a.0 + 1.0, a.1), (b.0 + 1.0, b.1), (b.0 - 1.0, b.1)], Rgb(220, 40, 40));
                }
            } else {
                for y in [-24.0, -17.0, -10.0] {
                    pen.flat_poly(&[(-14.0, y), (14.0, y - 1.0), (14.0, y + 1.0), (-14.0, y + 2.0)], Rgb(130, 130, 150));
                }
                if noun == "letter" {
                    pen.dot(12.0, -24.0, 4.0, Rgb(220, 60, 60));
                }
            }
        }
        "lantern" => {
            pen.rect(-2.0, -50.0, 2.0, -44.0, INK);
            pen.rect(-12.0, -44.0, 12.0, -40.0, INK);
            pen.light(-9.0, -40.0, 9.0, -10.0, Rgb(255, 220, 110));
            pen.rect(-12.0, -10.0, 12.0, 0.0, c.darker(0.2));
        }
        "telescope" => {
            pen.poly(&[(-20.0, -16.0), (30.0, -46.0), (34.0, -38.0), (-16.0, -8.0)], c);
            pen.poly(&[(28.0, -50.0), (38.0, -54.0), (42.0, -40.0), (32.0, -36.0)], c.darker(0.2));
            for (x0, x1) in [(-4.0, -16.0), (-4.0, 8.0)] {
                pen.poly(&[(x0, -18.0), (x0 + 2.0, -18.0), (x1 + 2.0, 0.0), (x1, 0.0)], WOOD);
            }
        }
        "umbrella" => {
            pen.rect(-1.5, -56.0, 1.5, -6.0, INK);
            pen.ellipse(4.0, -6.0, 5.0, 4.0, INK);
            pen.poly(&[(-30.0, -50.0), (0.0, -72.0), (30.0, -50.0)], c);
            pen.group(&[(-20.0, -50.0, 10.0), (0.0, -50.0, 10.0), (20.0, -50.0, 10.0)], c);
        }
        "compass" | "coin" | "ring" => {
            let r = if noun == "ring" { 10.0 } else { 14.0 };
            if noun == "ring" {
                pen.p.cv.ring(pen.ox, pen.oy - 14.0 * pen.u, r * pen.u, 3.0 * pen.u, c);
                pen.dot(0.0, -26.0, 4.0, Rgb(150, 220, 250));
            } else {
                pen.circle(0.0, -16.0, r, c);
                pen.circle(0.0, -16.0, r * 0.7, if noun == "compass" { Rgb(250, 248, 235) } else { c.lighter(0.3) });
                if noun == "compass" {
                    pen.flat_poly(&[(0.0, -26.0), (3.0, -16.0), (-3.0, -16.0)], Rgb(220, 50, 50));
                    pen.flat_poly(&[(0.0, -6.0), (3.0, -16.0), (-3.0, -16.0)], INK);
                }
            }
        }
        "wand" | "staff" | "scepter" => {
            let top = if noun == "staff" { -90.0 } else { -44.0 };
            pen.poly(&[(-2.0, 0.0), (2.0, 0.0), (3.0, top), (-1.0, top)], if noun == "scepter" { GOLD } else { c });
            match noun {
                "wand" => pen.dot(1.0, top, 5.0, Rgb(255, 235, 110)),
                "staff" => pen.group(&[(4.0, top - 2.0, 4.0), (10.0, top - 6.0, 4.0), (15.0, top - 2.0, 4.0)], c),
                "scepter" => pen.circle(1.0, top - 4.0, 6.0, Rgb(220, 60, 90)),
                _ => pen.poly(&[(-1.0, top), (3.0, top), (1.0, top - 8.0)], c.darker(0.2)),
            }
        }
        "drum" | "bucket" | "jar" | "honey" | "teacup" | "bottle" => match noun {
            "drum" => {
                pen.rect(-18.0, -28.0, 18.0, 0.0, c);
                pen.ellipse(0.0, -28.0, 18.0, 6.0, Rgb(250, 240, 220));
                pen.poly(&[(-16.0, -22.0), (-12.0, -22.0), (12.0, -4.0), (8.0, -4.0)], GOLD);
            }
            "bucket" => {
                pen.poly(&[(-18.0, -30.0), (18.0, -30.0), (13.0, 0.0), (-13.0, 0.0)], c);
                pen.p.cv.ring(pen.ox, pen.oy - 30.0 * pen.u, 16.0 * pen.u, 1.5 * pen.u, INK);
            }
            "jar" | "honey" => {
                pen.ellipse(0.0, -16.0, 16.0, 16.0, c);
                pen.rect(-9.0, -36.0, 9.0, -28.0, if noun == "honey" { Rgb(230, 200, 150) } else { c.darker(0.2) });
                if noun == "honey" {
                    pen.rect(-10.0, -20.0, 10.0, -12.0, Rgb(250, 245, 230));
                }
            }
            "teacup" => {
                pen.ellipse(0.0, -2.0, 20.0, 4.0, c.lighter(0.3));
                pen.poly(&[(-16.0, -24.0), (16.0, -24.0), (10.0, -4.0), (-10.0, -4.0)], c);
                pen.p.cv.ring(pen.ox + 18.0 * pen.u * pen.flip, pen.oy - 16.0 * pen.u, 5.0 * pen.u, 2.0 * pen.u, c.darker(0.2));
            }
            _ => {
                pen.rect(-10.0, -30.0, 10.0, 0.0, c);
                pen.rect(-4.0, -42.0, 4.0, -30.0, c);
                pen.rect(-5.0, -46.0, 5.0, -42.0, WOOD);
                pen.rect(-6.0, -22.0, 6.0, -10.0, Rgb(250, 245, 220));
            }
        },
        "key" => {
            pen.p.cv.ring(pen.ox - 12.0 * pen.u * pen.flip, pen.oy - 16.0 * pen.u, 7.0 * pen.u, 3.0 * pen.u, c);
            pen.rect(-4.0, -18.0, 20.0, -14.0, c);
            pen.rect(12.0, -14.0, 15.0, -8.0, c);
            pen.rect(17.0, -14.0, 20.0, -9.0, c);
        }
        "crown" => {
            pen.rect(-18.0, -12.0, 18.0, 0.0, c);
            for x in [-14.0, 0.0, 14.0] {
                pen.poly(&[(x - 5.0, -11.0), (x + 5.0, -11.0), (x, -28.0)], c);
            }
            pen.dot(0.0, -6.0, 3.0, Rgb(220, 50, 70));
        }
        "egg" | "pearl" | "stone" | "wishing stone" | "ball" => {
            let (rx, ry) = match noun {
                "egg" => (11.0, 15.0),
                "pearl" => (9.0, 9.0),
                "ball" => (14.0, 14.0),
                _ => (16.0, 11.0),
            };
            pen.ellipse(0.0, -ry, rx, ry, c);
            pen.flat_ellipse(-rx * 0.35, -ry * 1.4, rx * 0.25, ry * 0.2, c.lighter(0.6));
            if noun == "ball" {
                pen.flat_poly(&[(-14.0, -16.0), (14.0, -16.0), (14.0, -12.0), (-14.0, -12.0)], Rgb(250, 250, 250));
            }
            if noun == "wishing stone" {
                pen.dot(0.0, -11.0, 3.0, Rgb(255, 240, 150));
            }
        }
        "seashell" | "shell" | "clam" => {
            let fan: Vec<(f32, f32)> = (0..7)
                .map(|i| {
                    let a = std::f32::consts::PI * (1.0 + i as f32 / 6.0);
                    (a.cos() * 16.0, -4.0 + a.sin() * 18.0)
                })
                .collect();
            let mut pts = vec![(0.0, 0.0)];
            pts.extend(fan);
            pen.poly(&pts, c);
            for x in [-8.0, 0.0, 8.0] {
                pen.flat_poly(&[(0.0, -1.0), (x - 1.0, -18.0), (x + 1.0, -18.0)], c.darker(0.15));
            }
            if noun == "clam" {
                pen.dot(0.0, -4.0, 4.0, Rgb(250, 248, 255));
            }
        }
        "crystal" => {
            pen.poly(&[(0.0, -44.0), (12.0, -24.0), (6.0, 0.0), (-6.0, 0.0), (-12.0, -24.0)], c);
            pen.flat_poly(&[(0.0, -44.0), (4.0, -24.0), (0.0, 0.0), (-4.0, -24.0)], c.lighter(0.4));
        }
        "storybook" | "book" => {
            pen.poly(&[(-22.0, -26.0), (0.0, -22.0), (0.0, 0.0), (-22.0, -4.0)], c);
            pen.poly(&[(0.0, -22.0), (22.0, -26.0), (22.0, -4.0), (0.0, 0.0)], c.darker(0.1));
            pen.flat_poly(&[(-18.0, -22.0), (-2.0, -19.0), (-2.0, -16.0), (-18.0, -19.0)], Rgb(250, 245, 230));
        }
        "cookie" => {
            pen.circle(0.0, -12.0, 12.0, c);
            for (x, y) in [(-5.0, -15.0), (4.0, -10.0), (2.0, -18.0), (-3.0, -7.0)] {
                pen.dot(x, y, 1.8, Rgb(90, 55, 40));
            }
        }
        "acorn" => {
            pen.ellipse(0.0, -12.0, 9.0, 12.0, c);
            pen.ellipse(0.0, -22.0, 11.0, 6.0, c.darker(0.3));
            pen.rect(-1.0, -32.0, 1.0, -26.0, WOOD);
        }
        "carrot" => {
            pen.poly(&[(-8.0, -36.0), (8.0, -36.0), (0.0, 0.0)], c);
            pen.group(&[(-4.0, -42.0, 4.0), (0.0, -46.0, 4.0), (4.0, -42.0, 4.0)], Rgb(80, 170, 70));
        }
        "bone" => {
            pen.group(&[(-16.0, -10.0, 5.0), (-16.0, -4.0, 5.0), (16.0, -10.0, 5.0), (16.0, -4.0, 5.0)], c);
            pen.rect(-16.0, -10.0, 16.0, -4.0, c);
        }
        "present" | "gift" | "box" | "treasure chest" => {
            let w = if noun == "treasure chest" { 24.0 } else { 16.0 };
            pen.rect(-w, -28.0, w, 0.0, c);
            if matches!(noun, "present" | "gift") {
                let ribbon = Rgb(250, 220, 80);
                pen.rect(-3.0, -28.0, 3.0, 0.0, ribbon);
                pen.poly(&[(0.0, -28.0), (-10.0, -38.0), (-10.0, -28.0)], ribbon);
                pen.poly(&[(0.0, -28.0), (10.0, -38.0), (10.0, -28.0)], ribbon);
            } else if noun == "treasure chest" {
                pen.ellipse(0.0, -28.0, w, 10.0, c.darker(0.1));
                pen.flat_ellipse(0.0, -30.0, w * 0.8, 4.0, GOLD);
                pen.rect(-3.0, -20.0, 3.0, -12.0, GOLD);
            } else {
                pen.rect(-w, -28.0, w, -24.0, c.darker(0.15));
            }
        }
        "bell" => {
            pen.poly(&[(-14.0, -6.0), (14.0, -6.0), (8.0, -30.0), (-8.0, -30.0)], c);
            pen.circle(0.0, -30.0, 8.0, c);
            pen.dot(0.0, -4.0, 3.5, c.darker(0.3));
        }
        "crayon" | "rainbow crayon" => crate::objects_small::crayon(pen, noun == "rainbow crayon", c),
        "feather" => crate::objects_small::feather(pen, c),
        "footprint" => {
            for (x, y) in [(-10.0, -4.0), (10.0, -14.0)] {
                pen.flat_ellipse(x, y, 4.0, 6.0, c);
                for k in 0..3 {
                    pen.dot(x - 3.0 + k as f32 * 3.0, y - 8.0, 1.3, c);
                }
            }
        }
        "mushroom" => {
            pen.rect(-5.0, -16.0, 5.0, 0.0, Rgb(245, 235, 215));
            pen.ellipse(0.0, -16.0, 17.0, 10.0, c);
            for (x, y) in [(-8.0, -20.0), (5.0, -22.0), (10.0, -14.0)] {
                pen.dot(x, y, 2.4, Rgb(255, 250, 245));
            }
        }
        "bubble" => {
            // A see-through ball with a shimmering rim and a shine.
            let (x, y, r) = (pen.ox, pen.oy - 20.0 * pen.u, 14.0 * pen.u);
            pen.p.cv.fill_grown(&Shape::Circle { x, y, r }, 0.0, c, 0.35);
            pen.p.cv.ring(x, y, r, 1.5 * pen.u, Rgb(170, 130, 230));
            pen.p.cv.ring(x, y, r - 1.5 * pen.u, 1.2 * pen.u, Rgb(140, 210, 240));
            pen.p.cv.fill_grown(&Shape::Circle { x: x - r * 0.4, y: y - r * 0.4, r: r * 0.18 }, 0.0, Rgb(255, 255, 255), 0.9);
        }
        "seaweed" => {
            for k in 0..5 {
                let y = -(k as f32) * 10.0;
                let s = if k % 2 == 0 { 3.0 } else { -3.0 };
                pen.poly(&[(-3.0, y), (3.0, y), (2.0 + s, y - 11.0), (-2.0 + s, y - 11.0)], c);
            }
        }
        "signpost" => {
            pen.rect(-2.0, -50.0, 2.0, 0.0, c.darker(0.2));
            pen.poly(&[(-2.0, -48.0), (20.0, -48.0), (26.0, -42.0), (20.0, -36.0), (-2.0, -36.0)], c);
            pen.poly(&[(2.0, -32.0), (-20.0, -32.0), (-26.0, -26.0), (-20.0, -20.0), (2.0, -20.0)], c);
        }
        "flower" => {
            pen.rect(-1.0, -30.0, 1.0, 0.0, Rgb(80, 160, 80));
            let petals: Vec<(f32, f32, f32)> =
                (0..6).map(|i| i as f32 * std::f32::consts::TAU / 6.0).map(|a| (a.cos() * 6.0, -32.0 + a.sin() * 6.0, 5.0)).collect();
            pen.group(&petals, c);
            pen.circle(0.0, -32.0, 3.5, Rgb(250, 210, 80));
        }
        "grain" => {
            for x in [-6.0, 0.0, 6.0] {
                pen.rect(x - 0.7, -36.0, x + 0.7, 0.0, Rgb(200, 170, 80));
                pen.ellipse(x, -40.0, 3.0, 8.0, c);
            }
        }
        "bread" => {
            pen.ellipse(0.0, -10.0, 20.0, 11.0, c);
            for x in [-8.0, 0.0, 8.0] {
                pen.flat_poly(&[(x - 2.0, -18.0), (x + 1.0, -18.0), (x + 3.0, -12.0), (x, -12.0)], c.lighter(0.35));
            }
        }
        "fish to eat" => crate::food::fish_to_eat(pen, c),
        "basket of bread" | "basket of fish" => crate::food::food_basket(pen, c, noun == "basket of bread"),
        "basket" => {
            pen.p.cv.ring(pen.ox, pen.oy - 20.0 * pen.u, 14.0 * pen.u, 2.5 * pen.u, c.darker(0.2));
            pen.poly(&[(-20.0, -20.0), (20.0, -20.0), (14.0, 0.0), (-14.0, 0.0)], c);
            for y in [-14.0, -7.0] {
                pen.flat_poly(&[(-18.0, y), (18.0, y), (18.0, y + 1.5), (-18.0, y + 1.5)], c.darker(0.2));
            }
        }
        // A shepherd's sling laid down: two cords lying loose on the ground from the leather pouch, a stone in it.
        // Never a fork standing up (that is a catapult, not David's sling).
        "sling" => {
            for (a, b) in [((-26.0, -2.0), (-8.0, -5.0)), ((-22.0, -7.0), (-8.0, -3.0)), ((8.0, -4.0), (26.0, -1.5))] {
                pen.flat_poly(&[(a.0, a.1 - 0.7), (b.0, b.1 - 0.7), (b.0, b.1 + 0.7), (a.0, a.1 + 0.7)], c.darker(0.25));
            }
            pen.dot(-26.0, -2.0, 1.8, c.darker(0.25));
            pen.ellipse(0.0, -4.0, 10.0, 4.0, c);
            pen.dot(0.0, -5.5, 3.0, Rgb(160, 160, 165));
        }
        "tambourine" => {
            pen.circle(0.0, -18.0, 16.0, c);
            pen.circle(0.0, -18.0, 12.0, Rgb(250, 240, 220));
            for a in 0..6 {
                let t = a as f32 * std::f32::consts::TAU / 6.0;
                pen.dot(t.cos() * 14.0, -18.0 + t.sin() * 14.0, 2.5, GOLD);
            }
        }
        "cushion" => {
            pen.ellipse(0.0, -10.0, 22.0, 10.0, c);
            for x in [-20.0, 20.0] {
                pen.dot(x, -14.0, 3.0, GOLD);
            }
        }
        "campfire" => {
            pen.poly(&[(-20.0, -2.0), (-16.0, -8.0), (18.0, 2.0), (14.0, 6.0)], WOOD);
            pen.poly(&[(20.0, -2.0), (16.0, -8.0), (-18.0, 2.0), (-14.0, 6.0)], WOOD.darker(0.1));
            pen.poly(&[(-12.0, -4.0), (12.0, -4.0), (0.0, -36.0)], c);
            pen.poly(&[(-6.0, -4.0), (6.0, -4.0), (0.0, -22.0)], Rgb(255, 230, 110));
        }
        "crater" => {
            pen.flat_ellipse(0.0, -4.0, 24.0, 7.0, c.darker(0.2));
            pen.flat_ellipse(0.0, -3.0, 20.0, 5.0, c);
        }
        "musical notes" => {
            for (x, y) in [(-14.0, -20.0), (6.0, -34.0)] {
                pen.dot(x, y, 5.0, c);
                pen.flat_poly(&[(x + 4.0, y), (x + 5.5, y), (x + 5.5, y - 18.0), (x + 4.0, y - 18.0)], c);
                pen.flat_poly(&[(x + 4.0, y - 18.0), (x + 12.0, y - 14.0), (x + 12.0, y - 11.0), (x + 4.0, y - 15.0)], c);
            }
        }
        "ice cream" => crate::stall::cone(pen, c),
        _ => pen.circle(0.0, -14.0, 14.0, c),
    }
}

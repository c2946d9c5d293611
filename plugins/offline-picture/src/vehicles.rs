//! Things that carry people: rocket, spaceship, submarine, boat, sailboat,
//! ship, sunken ship, raft, canoe, airplane, helicopter, train, bus, car,
//! truck, tractor, bike, scooter, sled, sleigh, wagon and flying carpet.
//! About 100 units across, drawn around the base centre, painted `c`.

use crate::canvas::Rgb;
use crate::paint::Pen;

const GLASS: Rgb = Rgb(150, 210, 245);
const TYRE: Rgb = Rgb(55, 50, 60);
const WOOD: Rgb = Rgb(170, 115, 70);
const WHITE: Rgb = Rgb(245, 245, 248);

fn wheel(pen: &mut Pen<'_>, x: f32, y: f32, r: f32) {
    pen.circle(x, y, r, TYRE);
    pen.dot(x, y, r * 0.4, Rgb(200, 200, 210));
}

/// Whether a vehicle flies, floats or drives.
pub fn flies(noun: &str) -> bool {
    matches!(noun, "airplane" | "helicopter" | "flying carpet" | "spaceship" | "hot air balloon")
}

pub fn floats(noun: &str) -> bool {
    matches!(noun, "boat" | "sailboat" | "ship" | "raft" | "canoe" | "submarine" | "ark")
}

/// Noah's ark with its ramp down ("walking up the ramp into the ark"): it stands on the land beside the ramp,
/// not afloat, unless everything is out on open water.
pub fn ashore(t: &crate::read::Thing, ground: crate::place::Ground) -> bool {
    t.noun == "ark" && t.words.ends_with("with a ramp") && ground != crate::place::Ground::Water
}

/// A launched rocket's trail: white puffs from its flames down to the ground.
pub fn smoke_trail(p: &mut crate::paint::Painter, x: f32, top: f32, ground: f32, unit: f32) {
    let steps = 7;
    for k in 0..steps {
        let f = k as f32 / (steps - 1) as f32;
        let y = top + unit * 8.0 + (ground - top - unit * 8.0) * f;
        let r = unit * (4.0 + 6.0 * f);
        let mut pen = p.pen(x + if k % 2 == 0 { -unit * 1.5 } else { unit * 1.5 }, y, 1.0, false);
        pen.dot(0.0, 0.0, r, Rgb(245, 245, 250));
    }
}

pub fn vehicle(pen: &mut Pen<'_>, noun: &str, c: Rgb) {
    match noun {
        crate::build::NOUN => crate::build::draw(pen, c),
        "rocket" | "parked rocket" => {
            // Flames only when it flies; a parked rocket stands on its fins.
            let flames =
                if noun == "rocket" { &[(Rgb(255, 160, 60), 10.0, 20.0, 4.0), (Rgb(255, 230, 120), 6.0, 12.0, -2.0)][..] } else { &[] };
            for &(f, rx, ry, y) in flames {
                pen.flat_ellipse(0.0, y, rx, ry, f);
            }
            pen.poly(&[(-16.0, -40.0), (-32.0, -4.0), (-16.0, -14.0)], c);
            pen.poly(&[(16.0, -40.0), (32.0, -4.0), (16.0, -14.0)], c);
            // A cardboard rocket is cardboard all over, in every scene, not a white one with brown fins.
            let cardboard = crate::colours::COLOURS.iter().any(|k| k.0 == "cardboard" && k.1 == c);
            pen.rect(-16.0, -84.0, 16.0, -12.0, if cardboard { c.lighter(0.2) } else { WHITE });
            pen.poly(&[(-16.0, -84.0), (16.0, -84.0), (0.0, -122.0)], c);
            pen.circle(0.0, -58.0, 9.0, c.darker(0.2));
            pen.circle(0.0, -58.0, 6.5, GLASS);
        }
        "spaceship" => {
            pen.ellipse(0.0, -30.0, 22.0, 18.0, GLASS);
            pen.ellipse(0.0, -20.0, 50.0, 12.0, c);
            for x in [-30.0, -10.0, 10.0, 30.0] {
                pen.dot(x, -20.0, 3.0, Rgb(255, 230, 120));
            }
        }
        "submarine" => {
            pen.rect(-6.0, -62.0, 10.0, -40.0, c.darker(0.1));
            pen.rect(6.0, -72.0, 9.0, -60.0, c.darker(0.2));
            pen.ellipse(0.0, -30.0, 50.0, 20.0, c);
            for x in [-24.0, 0.0, 24.0] {
                pen.circle(x, -30.0, 6.0, GLASS);
            }
            pen.poly(&[(-48.0, -30.0), (-62.0, -44.0), (-62.0, -16.0)], c.darker(0.15));
        }
        "boat" | "sailboat" | "ship" | "sunken ship" => {
            let sunken = noun == "sunken ship";
            let sail = if sunken { Rgb(200, 190, 170) } else { WHITE };
            let masts: &[f32] = if matches!(noun, "ship" | "sunken ship") { &[-20.0, 20.0] } else { &[0.0] };
            for &m in masts {
                pen.rect(m - 2.0, -112.0, m + 2.0, -22.0, Rgb(120, 80, 50));
                pen.poly(&[(m + 5.0, -104.0), (m + 5.0, -34.0), (m + 36.0, -34.0)], sail);
                pen.poly(&[(m + 2.0, -112.0), (m + 16.0, -107.0), (m + 2.0, -102.0)], Rgb(230, 70, 80));
            }
            pen.poly(&[(-58.0, -26.0), (58.0, -26.0), (42.0, 2.0), (-42.0, 2.0)], c);
            pen.flat_poly(&[(-54.0, -19.0), (54.0, -19.0), (52.0, -15.0), (-52.0, -15.0)], c.lighter(0.5));
            for x in [-28.0, 0.0, 28.0] {
                pen.circle(x, -8.0, 3.5, if sunken { Rgb(40, 60, 80) } else { Rgb(230, 240, 250) });
            }
        }
        "hot air balloon" => {
            // The envelope with stripes, its ropes, and the basket's back (its front is drawn over a rider).
            pen.circle(0.0, -110.0, 44.0, c);
            pen.poly(&[(-38.0, -88.0), (38.0, -88.0), (14.0, -52.0), (-14.0, -52.0)], c);
            for x in [-20.0, 20.0] {
                pen.flat_ellipse(x, -104.0, 7.0, 40.0, c.lighter(0.35));
            }
            for x in [-13.0, 13.0] {
                pen.flat_poly(&[(x - 0.8, -54.0), (x + 0.8, -54.0), (x * 0.9 + 0.8, -26.0), (x * 0.9 - 0.8, -26.0)], Rgb(110, 80, 50));
            }
            basket_front(pen);
        }
        "ark" | "ark with ramp" => {
            // Noah's ark: a big wooden hull with a house on it, its door and windows part of it.
            if noun == "ark with ramp" {
                // The ramp runs from the ground up to the deck, its top edge resting on the hull's side.
                pen.poly(&[(70.0, -52.0), (84.0, -52.0), (150.0, 0.0), (126.0, 0.0)], WOOD);
                for k in 1..5 {
                    let t = k as f32 / 5.0;
                    let (x, y) = (77.0 + 61.0 * t, -52.0 + 52.0 * t);
                    pen.flat_poly(&[(x - 7.0, y - 0.8), (x + 7.0, y - 0.8), (x + 7.0, y + 0.8), (x - 7.0, y + 0.8)], WOOD.darker(0.3));
                }
            }
            pen.poly(&[(-46.0, -44.0), (46.0, -44.0), (46.0, -86.0), (-46.0, -86.0)], c.lighter(0.25));
            pen.poly(&[(-54.0, -84.0), (54.0, -84.0), (38.0, -110.0), (-38.0, -110.0)], c.darker(0.3));
            pen.rect(-8.0, -74.0, 8.0, -44.0, c.darker(0.45));
            for x in [-32.0, -18.0, 18.0, 32.0] {
                pen.rect(x - 4.0, -76.0, x + 4.0, -66.0, Rgb(60, 45, 35));
            }
            pen.poly(&[(-90.0, -50.0), (90.0, -50.0), (72.0, 0.0), (-72.0, 0.0)], c);
            for y in [-38.0, -24.0, -10.0] {
                pen.flat_poly(&[(-86.0, y), (86.0, y), (85.0, y + 1.6), (-85.0, y + 1.6)], c.darker(0.25));
            }
        }
        "raft" => {
            for i in 0..6 {
                let x = -45.0 + i as f32 * 15.0;
                pen.rect(x, -12.0, x + 14.0, 0.0, c.mix(WOOD, (i % 2) as f32 * 0.3));
            }
            pen.rect(-2.0, -70.0, 2.0, -12.0, WOOD);
            pen.poly(&[(2.0, -66.0), (30.0, -40.0), (2.0, -30.0)], WHITE);
        }
        "canoe" => {
            pen.poly(&[(-60.0, -20.0), (60.0, -20.0), (40.0, 0.0), (-40.0, 0.0)], c);
            pen.flat_poly(&[(-52.0, -16.0), (52.0, -16.0), (50.0, -13.0), (-50.0, -13.0)], c.lighter(0.4));
            pen.rect(10.0, -44.0, 13.0, -6.0, WOOD);
            pen.ellipse(11.5, -6.0, 4.0, 8.0, WOOD);
        }
        "airplane" => {
            pen.poly(&[(-10.0, -34.0), (10.0, -34.0), (-4.0, -8.0), (-20.0, -8.0)], c.darker(0.15));
            pen.poly(&[(-52.0, -34.0), (-44.0, -60.0), (-36.0, -34.0)], c);
            pen.ellipse(0.0, -34.0, 54.0, 11.0, c);
            for x in [-20.0, -6.0, 8.0, 22.0] {
                pen.dot(x, -37.0, 3.0, GLASS);
            }
            pen.poly(&[(-10.0, -36.0), (10.0, -36.0), (-2.0, -62.0), (-16.0, -62.0)], c.darker(0.1));
        }
        "helicopter" => {
            pen.rect(-60.0, -38.0, -20.0, -32.0, c);
            pen.rect(-64.0, -46.0, -58.0, -28.0, c.darker(0.2));
            pen.circle(0.0, -34.0, 24.0, c);
            pen.circle(10.0, -38.0, 12.0, GLASS);
            pen.rect(-2.0, -66.0, 2.0, -56.0, TYRE);
            pen.rect(-50.0, -68.0, 50.0, -65.0, TYRE);
            pen.rect(-24.0, -6.0, 24.0, -3.0, TYRE);
            for x in [-14.0, 14.0] {
                pen.rect(x - 1.0, -12.0, x + 1.0, -4.0, TYRE);
            }
        }
        "train" => {
            pen.rect(-50.0, -50.0, -10.0, -10.0, c);
            pen.rect(-10.0, -36.0, 40.0, -10.0, c);
            pen.rect(20.0, -54.0, 30.0, -36.0, TYRE);
            pen.rect(-44.0, -44.0, -16.0, -28.0, GLASS);
            pen.poly(&[(40.0, -10.0), (52.0, -10.0), (40.0, -24.0)], Rgb(220, 60, 60));
            for x in [-40.0, -20.0, 8.0, 28.0] {
                wheel(pen, x, -8.0, 8.0);
            }
            pen.group(&[(25.0, -62.0, 5.0), (32.0, -72.0, 7.0), (42.0, -82.0, 9.0)], Rgb(235, 235, 240));
        }
        "bus" | "car" | "truck" => {
            let (len, tall) = match noun {
                "bus" => (54.0, 50.0),
                "truck" => (48.0, 40.0),
                _ => (40.0, 22.0),
            };
            if noun == "car" {
                pen.poly(&[(-22.0, -30.0), (18.0, -30.0), (28.0, -48.0), (-14.0, -48.0)], c);
                pen.poly(&[(-14.0, -32.0), (2.0, -32.0), (2.0, -44.0), (-10.0, -44.0)], GLASS);
                pen.poly(&[(6.0, -32.0), (18.0, -32.0), (24.0, -44.0), (6.0, -44.0)], GLASS);
            }
            if noun == "truck" {
                pen.rect(-len, -tall - 8.0, 10.0, -8.0, c.lighter(0.3));
                pen.rect(10.0, -36.0, len, -8.0, c);
                pen.rect(18.0, -32.0, len - 4.0, -20.0, GLASS);
            } else {
                pen.rect(-len, -8.0 - if noun == "car" { 22.0 } else { tall }, len, -8.0, c);
            }
            if noun == "bus" {
                for i in 0..5 {
                    let x = -len + 6.0 + i as f32 * 20.0;
                    pen.rect(x, -52.0, x + 14.0, -36.0, GLASS);
                }
            }
            wheel(pen, -len * 0.6, -8.0, 9.0);
            wheel(pen, len * 0.6, -8.0, 9.0);
            pen.dot(len - 2.0, -20.0, 3.0, Rgb(255, 240, 150));
        }
        "tractor" => {
            pen.rect(-30.0, -40.0, 20.0, -14.0, c);
            pen.rect(-30.0, -70.0, -4.0, -40.0, c.darker(0.1));
            pen.rect(-26.0, -64.0, -8.0, -46.0, GLASS);
            pen.rect(12.0, -54.0, 16.0, -40.0, TYRE);
            wheel(pen, -20.0, -20.0, 20.0);
            wheel(pen, 22.0, -12.0, 12.0);
        }
        "bike" | "scooter" => {
            wheel(pen, -26.0, -14.0, 14.0);
            wheel(pen, 26.0, -14.0, 14.0);
            if noun == "bike" {
                pen.poly(&[(-26.0, -16.0), (-22.0, -16.0), (2.0, -40.0), (-2.0, -40.0)], c);
                pen.poly(&[(2.0, -42.0), (6.0, -42.0), (26.0, -16.0), (22.0, -16.0)], c);
                pen.rect(-24.0, -40.0, 8.0, -36.0, c);
                pen.rect(-10.0, -48.0, 2.0, -44.0, TYRE);
                pen.rect(8.0, -54.0, 12.0, -38.0, c);
            } else {
                pen.rect(-30.0, -16.0, 24.0, -10.0, c);
                pen.rect(20.0, -70.0, 25.0, -12.0, c);
                pen.rect(12.0, -72.0, 34.0, -68.0, TYRE);
            }
        }
        "sled" | "sleigh" => {
            pen.rect(-44.0, -6.0, 44.0, -2.0, Rgb(200, 200, 210));
            pen.ellipse(46.0, -10.0, 6.0, 8.0, Rgb(200, 200, 210));
            for x in [-26.0, 20.0] {
                pen.rect(x - 2.0, -16.0, x + 2.0, -4.0, Rgb(200, 200, 210));
            }
            if noun == "sleigh" {
                pen.poly(&[(-44.0, -50.0), (-30.0, -50.0), (-24.0, -30.0), (30.0, -30.0), (40.0, -44.0), (44.0, -16.0), (-40.0, -16.0)], c);
                pen.flat_poly(&[(-36.0, -24.0), (36.0, -24.0), (36.0, -21.0), (-36.0, -21.0)], Rgb(245, 200, 60));
            } else {
                pen.rect(-40.0, -22.0, 40.0, -14.0, c);
            }
        }
        "wagon" => {
            pen.rect(-40.0, -40.0, 36.0, -14.0, c);
            pen.flat_poly(&[(-40.0, -30.0), (36.0, -30.0), (36.0, -27.0), (-40.0, -27.0)], c.darker(0.2));
            pen.rect(36.0, -26.0, 60.0, -23.0, TYRE);
            wheel(pen, -24.0, -10.0, 10.0);
            wheel(pen, 20.0, -10.0, 10.0);
        }
        "flying carpet" => {
            pen.poly(&[(-54.0, -14.0), (50.0, -20.0), (54.0, -8.0), (-50.0, -2.0)], c);
            pen.flat_poly(&[(-46.0, -11.0), (44.0, -16.0), (45.0, -12.0), (-45.0, -7.0)], Rgb(245, 200, 60));
            for x in [-54.0, 54.0] {
                pen.rect(x - 4.0, -10.0, x, -4.0, Rgb(245, 200, 60));
            }
        }
        _ => pen.rect(-30.0, -30.0, 30.0, 0.0, c),
    }
}

/// The hull of a boat or the ark, drawn again over whoever stands in it (a raft has none).
pub fn hull_front(pen: &mut Pen<'_>, noun: &str, c: Rgb) {
    match noun {
        "boat" | "sailboat" | "ship" => {
            pen.poly(&[(-58.0, -26.0), (58.0, -26.0), (42.0, 2.0), (-42.0, 2.0)], c);
            pen.flat_poly(&[(-54.0, -19.0), (54.0, -19.0), (52.0, -15.0), (-52.0, -15.0)], c.lighter(0.5));
            for x in [-28.0, 0.0, 28.0] {
                pen.circle(x, -8.0, 3.5, Rgb(230, 240, 250));
            }
        }
        "canoe" => {
            pen.poly(&[(-60.0, -20.0), (60.0, -20.0), (40.0, 0.0), (-40.0, 0.0)], c);
            pen.flat_poly(&[(-52.0, -16.0), (52.0, -16.0), (50.0, -13.0), (-50.0, -13.0)], c.lighter(0.4));
        }
        "ark" => {
            pen.poly(&[(-90.0, -50.0), (90.0, -50.0), (72.0, 0.0), (-72.0, 0.0)], c);
            for y in [-38.0, -24.0, -10.0] {
                pen.flat_poly(&[(-86.0, y), (86.0, y), (85.0, y + 1.6), (-85.0, y + 1.6)], c.darker(0.25));
            }
        }
        _ => {}
    }
}

/// The front of a hot-air balloon's basket, drawn again over whoever rides in it.
pub fn basket_front(pen: &mut Pen<'_>) {
    pen.rect(-15.0, -26.0, 15.0, 0.0, Rgb(180, 130, 75));
    pen.flat_poly(&[(-15.0, -14.0), (15.0, -14.0), (15.0, -12.0), (-15.0, -12.0)], Rgb(140, 95, 55));
}

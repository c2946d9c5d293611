//! Buildings and big things at the back of a picture, each its own drawing:
//! castle, palace, house, barn, treehouse, lighthouse, fort, tent, stable,
//! sandcastle, snowman, tunnel, door, gate, wall, well, altar, manger,
//! throne, table, window, ramp, trees (leafy, pine, palm), cactus and
//! mountains. About 100 units tall around the base; `c` overrides colour.

use crate::canvas::Rgb;
use crate::paint::Pen;
use storyloom_plugin_sdk::rng::Rng;

const WOOD: Rgb = Rgb(160, 110, 70);
const STONE: Rgb = Rgb(190, 185, 180);

const WINDOW_DAY: Rgb = Rgb(110, 160, 210);
const WINDOW_NIGHT: Rgb = Rgb(255, 214, 110);

fn window(pen: &mut Pen<'_>, x0: f32, y0: f32, x1: f32, y1: f32) {
    let night = pen.p.tint.is_some_and(|t| t.1 > 0.3);
    pen.light(x0, y0, x1, y1, if night { WINDOW_NIGHT } else { WINDOW_DAY });
}

pub fn draw(pen: &mut Pen<'_>, noun: &str, c: Option<Rgb>, rng: &mut Rng, snowy: bool) {
    let usual = crate::catalog::entry(noun).map_or(STONE, |e| e.2);
    let col = c.unwrap_or(usual);
    match noun {
        "castle" => castle(pen, col, rng),
        "drawbridge" | "moat" => {
            castle(pen, col, rng);
            moat(pen, noun == "drawbridge");
        }
        "palace" => {
            castle(pen, col, rng);
            pen.group(&[(-47.0, -126.0, 8.0), (47.0, -126.0, 8.0), (0.0, -140.0, 10.0)], Rgb(245, 200, 60));
        }
        "house" => house(pen, col, rng),
        "mud house" => mud_house(pen, rng),
        "tiny door" => crate::tiny_door::door(pen, col, 0.35),
        "door tree" => {
            tree(pen, None, rng, snowy);
            crate::tiny_door::door(pen, col, 0.42);
        }
        "barn" => {
            pen.rect(-40.0, -50.0, 40.0, 0.0, Rgb(200, 60, 50));
            pen.poly(&[(-46.0, -48.0), (46.0, -48.0), (30.0, -80.0), (-30.0, -80.0)], Rgb(120, 70, 60));
            pen.rect(-14.0, -34.0, 14.0, 0.0, Rgb(245, 240, 230));
            pen.flat_poly(&[(-12.0, -32.0), (-9.0, -32.0), (12.0, -3.0), (9.0, -3.0)], Rgb(200, 60, 50));
        }
        "tree" => tree(pen, c, rng, snowy),
        "pine" => tree(pen, None, rng, true),
        "palm tree" => {
            pen.poly(&[(-4.0, 0.0), (4.0, 0.0), (10.0, -90.0), (4.0, -90.0)], Rgb(150, 105, 65));
            for (dx, dy) in [(-36.0, -76.0), (36.0, -80.0), (-26.0, -104.0), (28.0, -106.0), (0.0, -116.0)] {
                pen.poly(&[(7.0, -92.0), (7.0 + dx, -92.0 - (dy + 92.0) * 0.3 + 6.0), (7.0 + dx * 0.9, dy)], Rgb(60, 160, 80));
            }
            pen.group(&[(3.0, -88.0, 4.0), (11.0, -88.0, 4.0)], Rgb(120, 80, 50));
        }
        "cactus" => {
            let green = Rgb(90, 170, 90);
            pen.group(&[(-16.0, -36.0, 5.0), (-16.0, -28.0, 5.0), (-12.0, -22.0, 5.0), (-6.0, -21.0, 5.0)], green);
            pen.group(&[(14.0, -46.0, 4.5), (14.0, -40.0, 4.5), (10.0, -34.0, 4.5), (5.0, -33.0, 4.5)], green);
            pen.group(&[(0.0, -54.0, 7.0), (0.0, -40.0, 7.0), (0.0, -26.0, 7.0), (0.0, -12.0, 7.0), (0.0, -4.0, 7.0)], green);
        }
        "mountain" => mountain(pen, rng),
        "treehouse" => {
            tree(pen, None, rng, false);
            pen.rect(-20.0, -92.0, 20.0, -66.0, col);
            pen.poly(&[(-26.0, -90.0), (26.0, -90.0), (0.0, -110.0)], Rgb(200, 80, 70));
            window(pen, -6.0, -84.0, 6.0, -74.0);
            for y in [-60.0, -46.0, -32.0, -18.0] {
                pen.rect(-14.0, y, -4.0, y + 2.5, WOOD);
            }
        }
        "lighthouse" => {
            // "a red and white lighthouse" read as white: the tower is white, its stripes red.
            let col = if col.0 > 230 && col.1 > 230 && col.2 > 230 { usual } else { col };
            pen.poly(&[(-16.0, 0.0), (16.0, 0.0), (10.0, -110.0), (-10.0, -110.0)], Rgb(250, 250, 250));
            for y in [-30.0, -70.0] {
                pen.flat_poly(&[(-15.0, y), (15.0, y), (14.0, y - 20.0), (-14.0, y - 20.0)], col);
            }
            pen.light(-9.0, -126.0, 9.0, -110.0, Rgb(255, 230, 120));
            pen.poly(&[(-12.0, -126.0), (12.0, -126.0), (0.0, -140.0)], col);
            pen.rect(-6.0, -20.0, 6.0, 0.0, Rgb(130, 84, 60));
        }
        "tower" => {
            // One tall round-topped castle tower, a window high up and a door.
            let roof = rng.pick_or(&[Rgb(220, 80, 90), Rgb(90, 110, 210), Rgb(150, 90, 200)], Rgb(220, 80, 90));
            pen.rect(-18.0, -118.0, 18.0, 0.0, col);
            for i in 0..3 {
                let x = -18.0 + i as f32 * 14.0;
                pen.rect(x, -126.0, x + 8.0, -117.0, col);
            }
            pen.poly(&[(-22.0, -124.0), (22.0, -124.0), (0.0, -160.0)], roof);
            window(pen, -6.0, -100.0, 6.0, -84.0);
            pen.circle(0.0, -20.0, 9.0, Rgb(130, 84, 60));
            pen.rect(-9.0, -20.0, 9.0, 0.0, Rgb(130, 84, 60));
        }
        "fort" | "sandcastle" => {
            let tone = if noun == "sandcastle" { Rgb(240, 210, 140) } else { col };
            pen.rect(-40.0, -40.0, 40.0, 0.0, tone);
            for x in [-40.0, -20.0, 0.0, 20.0] {
                pen.rect(x, -48.0, x + 10.0, -40.0, tone);
            }
            for x in [-46.0, 34.0] {
                pen.rect(x, -62.0, x + 12.0, 0.0, tone.darker(0.08));
            }
            pen.ellipse(0.0, -14.0, 10.0, 14.0, tone.darker(0.35));
            pen.rect(-1.0, -80.0, 1.0, -62.0, Rgb(90, 70, 60));
            pen.poly(&[(1.0, -80.0), (14.0, -76.0), (1.0, -72.0)], Rgb(220, 60, 60));
        }
        "snowman" => {
            pen.circle(0.0, -22.0, 22.0, col);
            pen.circle(0.0, -58.0, 16.0, col);
            pen.circle(0.0, -84.0, 12.0, col);
            pen.poly(&[(2.0, -84.0), (2.0, -80.0), (16.0, -82.0)], Rgb(245, 140, 40));
            pen.eyes(0.0, -88.0, 4.0, 1.8);
            pen.rect(-12.0, -70.0, 12.0, -66.0, Rgb(220, 60, 60));
            for y in [-62.0, -52.0, -30.0] {
                pen.dot(0.0, y, 2.0, Rgb(50, 45, 55));
            }
        }
        "tunnel" => {
            pen.ellipse(0.0, 0.0, 50.0, 50.0, col);
            pen.ellipse(0.0, 0.0, 30.0, 34.0, Rgb(40, 35, 45));
        }
        "door" | "gate" => {
            let w = if noun == "gate" { 36.0 } else { 20.0 };
            if noun == "gate" {
                for x in [-w - 12.0, w] {
                    pen.rect(x, -90.0, x + 12.0, 0.0, STONE);
                }
            }
            pen.rect(-w, -60.0, w, 0.0, col);
            pen.ellipse(0.0, -60.0, w, w * 0.6, col);
            pen.rect(-w + 0.6, -62.0, w - 0.6, -58.0, col);
            if noun == "gate" {
                for x in [-24.0, -8.0, 8.0, 24.0] {
                    pen.rect(x - 1.5, -76.0, x + 1.5, 0.0, col.darker(0.3));
                }
            } else {
                pen.dot(12.0, -30.0, 2.5, Rgb(245, 200, 60));
            }
        }
        "wall" => {
            pen.rect(-60.0, -50.0, 60.0, 0.0, col);
            for row in 0..4 {
                let y = -12.5 * row as f32;
                let off = if row % 2 == 0 { 0.0 } else { 10.0 };
                for k in 0..6 {
                    let x = -60.0 + off + k as f32 * 20.0;
                    pen.flat_poly(&[(x, y - 1.0), (x + 1.5, y - 1.0), (x + 1.5, y - 12.5), (x, y - 12.5)], col.darker(0.25));
                }
                pen.flat_poly(&[(-60.0, y - 13.0), (60.0, y - 13.0), (60.0, y - 11.5), (-60.0, y - 11.5)], col.darker(0.25));
            }
        }
        "well" => {
            pen.rect(-22.0, -30.0, 22.0, 0.0, col);
            pen.ellipse(0.0, -30.0, 22.0, 6.0, Rgb(50, 70, 110));
            for x in [-20.0, 16.0] {
                pen.rect(x, -70.0, x + 4.0, -30.0, WOOD);
            }
            pen.poly(&[(-30.0, -66.0), (30.0, -66.0), (0.0, -84.0)], Rgb(180, 80, 60));
            pen.rect(-1.0, -66.0, 1.0, -44.0, Rgb(90, 70, 60));
            pen.rect(-5.0, -44.0, 5.0, -36.0, WOOD);
        }
        "altar" => {
            pen.rect(-30.0, -36.0, 30.0, 0.0, col);
            pen.rect(-34.0, -42.0, 34.0, -36.0, col.lighter(0.15));
            pen.poly(&[(-8.0, -42.0), (8.0, -42.0), (0.0, -62.0)], Rgb(250, 170, 60));
        }
        "manger" => {
            pen.poly(&[(-30.0, -30.0), (30.0, -30.0), (20.0, -10.0), (-20.0, -10.0)], col);
            for x in [-22.0, 18.0] {
                pen.rect(x, -12.0, x + 4.0, 0.0, col.darker(0.2));
            }
            pen.group(&[(-18.0, -32.0, 5.0), (-6.0, -34.0, 5.0), (6.0, -34.0, 5.0), (18.0, -32.0, 5.0)], Rgb(240, 210, 110));
        }
        "throne" => {
            pen.rect(-20.0, -80.0, 20.0, -30.0, col);
            pen.rect(-26.0, -34.0, 26.0, -24.0, col);
            pen.rect(-22.0, -24.0, -16.0, 0.0, col.darker(0.2));
            pen.rect(16.0, -24.0, 22.0, 0.0, col.darker(0.2));
            pen.rect(-14.0, -74.0, 14.0, -36.0, Rgb(180, 50, 80));
        }
        "table" => {
            pen.rect(-40.0, -40.0, 40.0, -34.0, col);
            for x in [-34.0, 30.0] {
                pen.rect(x, -34.0, x + 4.0, 0.0, col.darker(0.15));
            }
        }
        // Bible times: a low wooden table, its top a little above the floor, on short thick legs.
        "low table" => {
            pen.rect(-40.0, -18.0, 40.0, -12.0, col);
            for x in [-34.0, 28.0] {
                pen.rect(x, -12.0, x + 6.0, 0.0, col.darker(0.15));
            }
        }
        "window" => {
            pen.rect(-24.0, -60.0, 24.0, 0.0, col);
            pen.light(-20.0, -56.0, 20.0, -4.0, Rgb(150, 205, 245));
            pen.rect(-1.0, -56.0, 1.0, -4.0, col);
            pen.rect(-20.0, -31.0, 20.0, -29.0, col);
        }
        "ramp" => pen.poly(&[(-50.0, 0.0), (50.0, 0.0), (50.0, -40.0)], col),
        "tent" => {
            pen.poly(&[(-44.0, 0.0), (44.0, 0.0), (0.0, -70.0)], col);
            pen.poly(&[(-12.0, 0.0), (12.0, 0.0), (0.0, -40.0)], col.darker(0.4));
            pen.rect(-1.0, -78.0, 1.0, -68.0, WOOD);
        }
        "stable" => {
            pen.rect(-60.0, -60.0, 60.0, 0.0, Rgb(170, 120, 75));
            for k in 0..7 {
                let x = -60.0 + k as f32 * 20.0;
                pen.flat_poly(&[(x, -60.0), (x + 1.5, -60.0), (x + 1.5, 0.0), (x, 0.0)], Rgb(130, 90, 55));
            }
            pen.poly(&[(-70.0, -58.0), (70.0, -58.0), (50.0, -84.0), (-50.0, -84.0)], Rgb(200, 170, 100));
            pen.group(&[(-40.0, -4.0, 10.0), (-20.0, -4.0, 9.0), (30.0, -4.0, 10.0), (48.0, -4.0, 8.0)], Rgb(240, 210, 110));
        }
        "ice cream stand" => crate::stall::stall(pen, col),
        _ => pen.rect(-30.0, -60.0, 30.0, 0.0, col),
    }
}

fn castle(pen: &mut Pen<'_>, stone: Rgb, rng: &mut Rng) {
    let roof = rng.pick_or(&[Rgb(220, 80, 90), Rgb(90, 110, 210), Rgb(150, 90, 200), Rgb(60, 160, 140)], Rgb(220, 80, 90));
    for x in [-47.0, 47.0] {
        pen.rect(x - 13.0, -82.0, x + 13.0, 0.0, stone.darker(0.08));
        pen.poly(&[(x - 17.0, -82.0), (x + 17.0, -82.0), (x, -118.0)], roof);
        window(pen, x - 4.0, -66.0, x + 4.0, -54.0);
    }
    pen.rect(-36.0, -62.0, 36.0, 0.0, stone);
    for i in 0..5 {
        let x = -34.0 + i as f32 * 15.0;
        pen.rect(x, -70.0, x + 8.0, -61.0, stone);
    }
    pen.rect(-12.0, -100.0, 12.0, -60.0, stone.lighter(0.1));
    pen.poly(&[(-16.0, -100.0), (16.0, -100.0), (0.0, -134.0)], roof);
    pen.rect(-0.8, -150.0, 0.8, -132.0, Rgb(90, 70, 60));
    pen.poly(&[(0.8, -150.0), (16.0, -145.0), (0.8, -140.0)], roof.lighter(0.3));
    window(pen, -4.0, -90.0, 4.0, -78.0);
    window(pen, -26.0, -46.0, -18.0, -34.0);
    window(pen, 18.0, -46.0, 26.0, -34.0);
    pen.circle(0.0, -22.0, 10.0, Rgb(130, 84, 60));
    pen.rect(-10.0, -22.0, 10.0, 0.0, Rgb(130, 84, 60));
    pen.flat_ellipse(0.0, -22.0, 9.0, 9.0, Rgb(130, 84, 60));
}

/// "a drawbridge coming down over a moat", "a castle with a moat": the castle's own gate and water, drawn with it.
/// The moat goes into the drawbridge ("a drawbridge over a moat"); both go into a castle said beside them.
pub fn castle_gate(pairs: &mut Vec<(crate::read::Thing, usize)>) {
    if let Some(m) = pairs.iter().position(|t| t.0.noun == "moat").filter(|_| pairs.iter().any(|t| t.0.noun == "drawbridge")) {
        pairs.remove(m);
        if let Some(bridge) = pairs.iter_mut().find(|t| t.0.noun == "drawbridge") {
            bridge.0.words.push_str(" over a moat");
        }
    }
    let gate = pairs.iter().position(|t| matches!(t.0.noun, "drawbridge" | "moat"));
    if let (Some(g), true) = (gate, pairs.iter().any(|t| t.0.noun == "castle")) {
        let gate = pairs.remove(g).0;
        if let Some(castle) = pairs.iter_mut().find(|t| t.0.noun == "castle") {
            castle.0.words = format!("{} with a {}", castle.0.words, gate.words.trim_start_matches("castle "));
        }
    }
}

/// What draws a castle: with its drawbridge down over the moat, or its moat, when its words say so.
pub fn drawn_as<'a>(noun: &'a str, words: &str) -> &'a str {
    match noun {
        "castle" if words.contains("drawbridge") => "drawbridge",
        "castle" if words.contains("moat") => "moat",
        other => other,
    }
}

/// Water round the castle's foot, and (`bridge`) the drawbridge lowered across it from the gate on its chains.
fn moat(pen: &mut Pen<'_>, bridge: bool) {
    pen.flat_ellipse(0.0, 5.0, 74.0, 8.0, MOAT);
    pen.flat_ellipse(-30.0, 4.0, 10.0, 1.2, Rgb(200, 230, 250));
    pen.flat_ellipse(34.0, 6.0, 12.0, 1.2, Rgb(200, 230, 250));
    if bridge {
        pen.poly(&[(-10.0, 0.0), (10.0, 0.0), (13.0, 14.0), (-13.0, 14.0)], PLANKS);
        for y in [4.0, 8.0, 12.0] {
            pen.flat_poly(&[(-12.0, y), (12.0, y), (12.0, y + 0.8), (-12.0, y + 0.8)], PLANKS.darker(0.25));
        }
        for s in [-1.0, 1.0] {
            pen.flat_poly(&[(s * 9.0, -30.0), (s * 10.0, -30.0), (s * 13.0, 13.0), (s * 12.0, 13.0)], Rgb(90, 90, 100));
        }
    }
}

/// A moat's water and a drawbridge's planks.
pub const MOAT: Rgb = Rgb(80, 150, 210);
const PLANKS: Rgb = Rgb(150, 100, 60);

fn house(pen: &mut Pen<'_>, wall: Rgb, rng: &mut Rng) {
    let roof = rng.pick_or(&[Rgb(200, 80, 70), Rgb(90, 100, 170), Rgb(120, 90, 70)], Rgb(200, 80, 70));
    pen.rect(18.0, -92.0, 28.0, -60.0, Rgb(170, 100, 80));
    pen.rect(-36.0, -52.0, 36.0, 0.0, wall);
    pen.poly(&[(-46.0, -50.0), (46.0, -50.0), (0.0, -92.0)], roof);
    pen.rect(-8.0, -30.0, 8.0, 0.0, Rgb(140, 90, 60));
    pen.dot(4.5, -14.0, 1.3, Rgb(240, 200, 80));
    window(pen, -29.0, -40.0, -15.0, -27.0);
    window(pen, 15.0, -40.0, 29.0, -27.0);
    window(pen, -6.0, -74.0, 6.0, -62.0);
}

/// A house of Bible times: mud-brick walls, a flat roof with a low wall round it, small dark windows, no chimney.
fn mud_house(pen: &mut Pen<'_>, rng: &mut Rng) {
    let wall = rng.pick_or(&[Rgb(215, 180, 130), Rgb(200, 160, 110), Rgb(225, 195, 150)], Rgb(215, 180, 130));
    let tall = rng.range(44.0, 60.0);
    pen.rect(-34.0, -tall, 34.0, 0.0, wall);
    pen.rect(-37.0, -tall - 6.0, 37.0, -tall, wall.darker(0.12));
    pen.rect(-8.0, -26.0, 8.0, 0.0, Rgb(110, 75, 50));
    pen.rect(-26.0, -tall + 10.0, -16.0, -tall + 18.0, Rgb(90, 65, 45));
    pen.rect(16.0, -tall + 10.0, 26.0, -tall + 18.0, Rgb(90, 65, 45));
}

fn tree(pen: &mut Pen<'_>, leaf: Option<Rgb>, rng: &mut Rng, snowy: bool) {
    if snowy {
        pen.rect(-5.0, -20.0, 5.0, 0.0, Rgb(120, 80, 55));
        for (i, c) in [Rgb(50, 130, 90), Rgb(60, 145, 100), Rgb(70, 160, 110)].into_iter().enumerate() {
            let (y, wdt) = (-18.0 - i as f32 * 24.0, 34.0 - i as f32 * 8.0);
            pen.poly(&[(-wdt, y), (wdt, y), (0.0, y - 42.0)], c);
            pen.flat_poly(&[(-wdt * 0.35, y - 28.0), (wdt * 0.35, y - 28.0), (0.0, y - 42.0)], Rgb(245, 250, 255));
        }
        return;
    }
    let leaf = leaf.unwrap_or_else(|| rng.pick_or(&[Rgb(80, 170, 80), Rgb(100, 180, 70), Rgb(70, 160, 110)], Rgb(80, 170, 80)));
    pen.poly(&[(-8.0, 0.0), (8.0, 0.0), (5.0, -50.0), (-5.0, -50.0)], Rgb(130, 88, 60));
    pen.group(&[(-22.0, -58.0, 22.0), (22.0, -60.0, 21.0), (0.0, -80.0, 27.0), (-4.0, -52.0, 20.0)], leaf);
    pen.dot(-8.0, -86.0, 9.0, leaf.lighter(0.18));
    if rng.coin() {
        for (x, y) in [(-20.0, -60.0), (14.0, -72.0), (20.0, -52.0), (-4.0, -94.0)] {
            pen.circle(x, y, 3.2, Rgb(230, 60, 60));
        }
    }
}

fn mountain(pen: &mut Pen<'_>, rng: &mut Rng) {
    let rock = rng.pick_or(&[Rgb(130, 140, 170), Rgb(150, 130, 160), Rgb(120, 150, 160)], Rgb(130, 140, 170));
    pen.poly(&[(-70.0, 0.0), (70.0, 0.0), (0.0, -110.0)], rock);
    pen.flat_poly(&[(0.0, -110.0), (70.0, 0.0), (20.0, 0.0)], rock.darker(0.12));
    pen.flat_poly(&[(-21.6, -76.0), (21.6, -76.0), (0.0, -110.0)], Rgb(248, 250, 255));
    for x in [-14.0, 0.0, 14.0] {
        pen.flat_poly(&[(x - 7.6, -76.0), (x + 7.6, -76.0), (x, -68.0)], Rgb(248, 250, 255));
    }
}

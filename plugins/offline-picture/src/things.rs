//! Scenery and vehicles drawn from simple shapes: castle, house, tree, pine,
//! mountain, flower, rocket, boat, fish, mushroom and balloon. Each draws
//! around its base centre, about 100 units tall, y growing downward.

use crate::canvas::Rgb;
use crate::paint::Pen;
use storyloom_plugin_sdk::rng::Rng;

const WINDOW_DAY: Rgb = Rgb(110, 160, 210);
const WINDOW_NIGHT: Rgb = Rgb(255, 214, 110);

fn window(pen: &mut Pen<'_>, x0: f32, y0: f32, x1: f32, y1: f32) {
    let night = pen.p.tint.is_some_and(|t| t.1 > 0.3);
    pen.light(x0, y0, x1, y1, if night { WINDOW_NIGHT } else { WINDOW_DAY });
}

pub fn castle(pen: &mut Pen<'_>, rng: &mut Rng) {
    let stone = rng.pick_or(&[Rgb(200, 196, 210), Rgb(214, 200, 180), Rgb(190, 200, 214)], Rgb(200, 196, 210));
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

pub fn house(pen: &mut Pen<'_>, rng: &mut Rng) {
    let wall = rng.pick_or(&[Rgb(250, 230, 190), Rgb(240, 200, 200), Rgb(200, 225, 245), Rgb(250, 244, 220)], Rgb(250, 230, 190));
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

pub fn tree(pen: &mut Pen<'_>, rng: &mut Rng, snowy: bool) {
    if snowy {
        pen.rect(-5.0, -20.0, 5.0, 0.0, Rgb(120, 80, 55));
        for (i, c) in [Rgb(50, 130, 90), Rgb(60, 145, 100), Rgb(70, 160, 110)].into_iter().enumerate() {
            let (y, wdt) = (-18.0 - i as f32 * 24.0, 34.0 - i as f32 * 8.0);
            pen.poly(&[(-wdt, y), (wdt, y), (0.0, y - 42.0)], c);
            pen.flat_poly(&[(-wdt * 0.35, y - 28.0), (wdt * 0.35, y - 28.0), (0.0, y - 42.0)], Rgb(245, 250, 255));
        }
        return;
    }
    let leaf = rng.pick_or(&[Rgb(80, 170, 80), Rgb(100, 180, 70), Rgb(70, 160, 110)], Rgb(80, 170, 80));
    pen.poly(&[(-8.0, 0.0), (8.0, 0.0), (5.0, -50.0), (-5.0, -50.0)], Rgb(130, 88, 60));
    pen.group(&[(-22.0, -58.0, 22.0), (22.0, -60.0, 21.0), (0.0, -80.0, 27.0), (-4.0, -52.0, 20.0)], leaf);
    pen.dot(-8.0, -86.0, 9.0, leaf.lighter(0.18));
    if rng.coin() {
        for (x, y) in [(-20.0, -60.0), (14.0, -72.0), (20.0, -52.0), (-4.0, -94.0)] {
            pen.circle(x, y, 3.2, Rgb(230, 60, 60));
        }
    }
}

pub fn mountain(pen: &mut Pen<'_>, rng: &mut Rng) {
    let rock = rng.pick_or(&[Rgb(130, 140, 170), Rgb(150, 130, 160), Rgb(120, 150, 160)], Rgb(130, 140, 170));
    pen.poly(&[(-70.0, 0.0), (70.0, 0.0), (0.0, -110.0)], rock);
    pen.flat_poly(&[(0.0, -110.0), (70.0, 0.0), (20.0, 0.0)], rock.darker(0.12));
    pen.flat_poly(&[(-21.6, -76.0), (21.6, -76.0), (0.0, -110.0)], Rgb(248, 250, 255));
    for x in [-14.0, 0.0, 14.0] {
        pen.flat_poly(&[(x - 7.6, -76.0), (x + 7.6, -76.0), (x, -68.0)], Rgb(248, 250, 255));
    }
}

pub fn flower(pen: &mut Pen<'_>, rng: &mut Rng, size: f32) {
    let petal = rng.pick_or(&[Rgb(240, 110, 150), Rgb(250, 200, 70), Rgb(170, 120, 230), Rgb(250, 140, 90)], Rgb(240, 110, 150));
    pen.rect(-1.5 * size, -60.0 * size, 1.5 * size, 0.0, Rgb(80, 160, 80));
    pen.ellipse(-9.0 * size, -22.0 * size, 9.0 * size, 4.0 * size, Rgb(90, 180, 90));
    pen.ellipse(9.0 * size, -34.0 * size, 9.0 * size, 4.0 * size, Rgb(90, 180, 90));
    let petals: Vec<(f32, f32, f32)> = (0..6)
        .map(|i| {
            let a = i as f32 * std::f32::consts::TAU / 6.0;
            (a.cos() * 12.0 * size, -62.0 * size + a.sin() * 12.0 * size, 9.0 * size)
        })
        .collect();
    pen.group(&petals, petal);
    pen.circle(0.0, -62.0 * size, 7.0 * size, Rgb(250, 210, 80));
}

pub fn rocket(pen: &mut Pen<'_>, rng: &mut Rng) {
    let trim = rng.pick_or(&[Rgb(230, 70, 70), Rgb(70, 130, 230), Rgb(250, 170, 50), Rgb(150, 90, 210)], Rgb(230, 70, 70));
    for (c, rx, ry, y) in [(Rgb(255, 160, 60), 10.0, 20.0, 4.0), (Rgb(255, 230, 120), 6.0, 12.0, -2.0)] {
        pen.flat_ellipse(0.0, y, rx, ry, c);
    }
    pen.poly(&[(-16.0, -40.0), (-32.0, -4.0), (-16.0, -14.0)], trim);
    pen.poly(&[(16.0, -40.0), (32.0, -4.0), (16.0, -14.0)], trim);
    pen.rect(-16.0, -84.0, 16.0, -12.0, Rgb(240, 240, 248));
    pen.poly(&[(-16.0, -84.0), (16.0, -84.0), (0.0, -122.0)], trim);
    pen.rect(-10.0, -14.0, 10.0, -8.0, Rgb(120, 120, 140));
    pen.circle(0.0, -58.0, 9.0, trim.darker(0.2));
    pen.circle(0.0, -58.0, 6.5, Rgb(120, 200, 240));
    pen.dot(-2.5, -61.0, 2.0, Rgb(230, 250, 255));
}

pub fn boat(pen: &mut Pen<'_>, rng: &mut Rng) {
    let hull = rng.pick_or(&[Rgb(200, 80, 60), Rgb(70, 110, 190), Rgb(150, 100, 70), Rgb(240, 200, 80)], Rgb(200, 80, 60));
    let sail = rng.pick_or(&[Rgb(250, 250, 245), Rgb(250, 230, 200), Rgb(250, 200, 210)], Rgb(250, 250, 245));
    pen.rect(-2.0, -112.0, 2.0, -22.0, Rgb(120, 80, 50));
    pen.poly(&[(5.0, -108.0), (5.0, -30.0), (50.0, -30.0)], sail);
    pen.poly(&[(-5.0, -94.0), (-5.0, -30.0), (-38.0, -30.0)], sail.darker(0.06));
    pen.poly(&[(2.0, -112.0), (18.0, -107.0), (2.0, -102.0)], Rgb(230, 70, 80));
    pen.poly(&[(-58.0, -26.0), (58.0, -26.0), (42.0, 2.0), (-42.0, 2.0)], hull);
    pen.flat_poly(&[(-54.0, -19.0), (54.0, -19.0), (52.0, -15.0), (-52.0, -15.0)], hull.lighter(0.5));
    for x in [-28.0, 0.0, 28.0] {
        pen.circle(x, -8.0, 3.5, Rgb(230, 240, 250));
    }
    let foam = Rgb(225, 240, 250);
    for i in 0..7 {
        let x = -60.0 + i as f32 * 20.0;
        pen.flat_ellipse(x, 2.0 + (i % 2) as f32, 9.0, 2.5, foam);
    }
}

pub fn fish(pen: &mut Pen<'_>, rng: &mut Rng) {
    let body = rng.pick_or(&[Rgb(250, 150, 60), Rgb(90, 170, 240), Rgb(240, 110, 160), Rgb(250, 210, 70)], Rgb(250, 150, 60));
    pen.poly(&[(-26.0, -50.0), (-52.0, -72.0), (-52.0, -28.0)], body.darker(0.1));
    pen.poly(&[(-8.0, -64.0), (14.0, -64.0), (-2.0, -82.0)], body.darker(0.1));
    pen.ellipse(0.0, -50.0, 32.0, 20.0, body);
    for x in [-12.0, 0.0] {
        pen.flat_ellipse(x, -50.0, 3.0, 16.0, body.lighter(0.45));
    }
    pen.eyes(16.0, -56.0, 0.0, 4.5);
    pen.smile(24.0, -46.0, 3.0, body);
    let foam = Rgb(225, 240, 250);
    pen.flat_ellipse(0.0, 2.0, 34.0, 4.0, foam);
    for (x, y, r) in [(-30.0, -14.0, 3.0), (30.0, -18.0, 2.5), (-18.0, -8.0, 2.0), (20.0, -8.0, 2.0)] {
        pen.circle(x, y, r, foam);
    }
}

pub fn mushroom(pen: &mut Pen<'_>, size: f32) {
    pen.rect(-4.0 * size, -12.0 * size, 4.0 * size, 0.0, Rgb(245, 235, 215));
    pen.ellipse(0.0, -12.0 * size, 13.0 * size, 8.0 * size, Rgb(225, 60, 60));
    for (x, y) in [(-6.0, -15.0), (4.0, -17.0), (8.0, -11.0)] {
        pen.dot(x * size, y * size, 1.8 * size, Rgb(255, 250, 245));
    }
}

pub fn balloon(pen: &mut Pen<'_>, rng: &mut Rng) {
    let c = rng.pick_or(&[Rgb(235, 70, 80), Rgb(250, 190, 60), Rgb(90, 150, 240)], Rgb(235, 70, 80));
    pen.flat_poly(&[(-0.4, -20.0), (0.4, -20.0), (1.5, 30.0), (0.7, 30.0)], Rgb(80, 70, 70));
    pen.poly(&[(-2.5, -17.0), (2.5, -17.0), (0.0, -21.0)], c);
    pen.ellipse(0.0, -32.0, 11.0, 13.0, c);
    pen.flat_ellipse(-4.0, -37.0, 2.5, 4.0, c.lighter(0.5));
}

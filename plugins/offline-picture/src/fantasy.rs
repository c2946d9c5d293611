//! Made-up creatures drawn from simple shapes: dragon, dinosaur, robot, a
//! friendly round alien or monster, ghost, yeti and troll. About 100 units
//! tall, drawn around the feet; colours are the look's.

use crate::canvas::Rgb;
use crate::paint::Pen;

const INK: Rgb = Rgb(45, 35, 45);

pub fn dragon(pen: &mut Pen<'_>, scale: Rgb, dinosaur: bool) {
    let wing = scale.mix(Rgb(250, 200, 120), 0.35);
    if !dinosaur {
        pen.poly(&[(-12.0, -50.0), (-30.0, -102.0), (4.0, -62.0)], wing);
        pen.poly(&[(-30.0, -102.0), (-44.0, -70.0), (-12.0, -50.0)], wing.darker(0.1));
    }
    pen.poly(&[(-20.0, -30.0), (-72.0, -6.0), (-24.0, -14.0)], scale);
    pen.poly(&[(-72.0, -6.0), (-82.0, -18.0), (-78.0, 2.0)], scale.darker(0.2));
    for (x, y) in [(-30.0, -52.0), (-16.0, -60.0), (-2.0, -62.0)] {
        pen.poly(&[(x - 5.0, y + 4.0), (x + 5.0, y + 4.0), (x, y - 8.0)], scale.darker(0.25));
    }
    pen.ellipse(-14.0, -5.0, 10.0, 6.0, scale.darker(0.1));
    pen.ellipse(14.0, -5.0, 10.0, 6.0, scale.darker(0.1));
    pen.ellipse(0.0, -34.0, 30.0, 27.0, scale);
    pen.flat_ellipse(6.0, -28.0, 16.0, 18.0, Rgb(250, 225, 160));
    for y in [-36.0, -28.0, -20.0] {
        pen.flat_ellipse(6.0, y, 12.0, 1.2, Rgb(230, 190, 120));
    }
    pen.ellipse(20.0, -40.0, 6.0, 10.0, scale);
    pen.poly(&[(6.0, -50.0), (24.0, -52.0), (30.0, -66.0), (16.0, -70.0)], scale);
    if !dinosaur {
        for x in [18.0, 30.0] {
            pen.poly(&[(x - 4.0, -84.0), (x + 3.0, -84.0), (x - 3.0, -100.0)], Rgb(250, 230, 170));
        }
    }
    pen.ellipse(24.0, -74.0, 18.0, 15.0, scale);
    pen.ellipse(38.0, -68.0, 12.0, 9.0, scale.lighter(0.1));
    pen.dot(44.0, -71.0, 1.4, INK);
    pen.eyes(24.0, -78.0, 0.0, 4.0);
    pen.smile(36.0, -63.0, 3.0, scale.lighter(0.1));
    pen.cheeks(34.0, -70.0, 0.0, 3.0, scale);
    if !dinosaur {
        for (i, (x, y)) in [(56.0, -78.0), (64.0, -86.0), (70.0, -96.0)].into_iter().enumerate() {
            pen.circle(x, y, 3.5 + i as f32 * 1.5, Rgb(230, 230, 240));
        }
    }
}

pub fn robot(pen: &mut Pen<'_>, metal: Rgb) {
    let glow = Rgb(120, 230, 250);
    pen.rect(-15.0, -14.0, -5.0, 0.0, metal.darker(0.2));
    pen.rect(5.0, -14.0, 15.0, 0.0, metal.darker(0.2));
    pen.rect(-30.0, -54.0, -22.0, -24.0, metal.darker(0.1));
    pen.rect(22.0, -54.0, 30.0, -24.0, metal.darker(0.1));
    pen.rect(-22.0, -60.0, 22.0, -12.0, metal);
    pen.rect(-12.0, -48.0, 12.0, -28.0, metal.darker(0.15));
    for (i, c) in [Rgb(240, 80, 80), Rgb(250, 210, 70), Rgb(90, 200, 120)].into_iter().enumerate() {
        pen.dot(-6.0 + i as f32 * 6.0, -38.0, 2.2, c);
    }
    pen.rect(-1.0, -102.0, 1.0, -88.0, Rgb(90, 90, 100));
    pen.light(-3.5, -107.0, 3.5, -100.0, Rgb(250, 90, 90));
    pen.rect(-19.0, -90.0, 19.0, -62.0, metal.lighter(0.1));
    pen.light(-12.0, -82.0, -5.0, -75.0, glow);
    pen.light(5.0, -82.0, 12.0, -75.0, glow);
    pen.rect(-8.0, -70.0, 8.0, -66.0, Rgb(80, 80, 95));
}

pub fn blob(pen: &mut Pen<'_>, skin: Rgb, alien: bool) {
    if alien {
        for s in [-1.0, 1.0] {
            pen.poly(&[(s * 8.0, -62.0), (s * 10.0, -62.0), (s * 20.0, -92.0), (s * 18.0, -92.0)], skin.darker(0.2));
            pen.circle(s * 19.0, -94.0, 4.5, Rgb(250, 220, 90));
        }
    } else {
        pen.ellipse(4.0, -74.0, 4.0, 8.0, Rgb(100, 190, 90));
    }
    pen.ellipse(-12.0, -3.0, 9.0, 5.0, skin.darker(0.15));
    pen.ellipse(12.0, -3.0, 9.0, 5.0, skin.darker(0.15));
    pen.ellipse(0.0, -34.0, 31.0, 33.0, skin);
    pen.flat_ellipse(-10.0, -50.0, 8.0, 6.0, skin.lighter(0.35));
    pen.ellipse(-30.0, -32.0, 6.0, 9.0, skin);
    pen.ellipse(30.0, -32.0, 6.0, 9.0, skin);
    pen.eyes(0.0, -42.0, 10.0, 4.5);
    pen.smile(0.0, -30.0, 5.0, skin);
    pen.cheeks(0.0, -33.0, 17.0, 4.0, skin);
}

pub fn ghost(pen: &mut Pen<'_>, c: Rgb) {
    pen.poly(&[(-26.0, -50.0), (26.0, -50.0), (26.0, -8.0), (13.0, -16.0), (0.0, -6.0), (-13.0, -16.0), (-26.0, -8.0)], c);
    pen.circle(0.0, -62.0, 26.0, c);
    pen.flat_poly(&[(-24.6, -52.0), (24.6, -52.0), (24.6, -10.0), (-24.6, -10.0)], c);
    pen.eyes(0.0, -64.0, 9.0, 4.5);
    pen.flat_ellipse(0.0, -50.0, 4.0, 5.0, Rgb(70, 60, 80));
}

/// A furry snow giant (`yeti`) or a mossy troll with a big nose.
pub fn furry(pen: &mut Pen<'_>, c: Rgb, troll: bool) {
    pen.ellipse(-12.0, -4.0, 10.0, 6.0, c.darker(0.1));
    pen.ellipse(12.0, -4.0, 10.0, 6.0, c.darker(0.1));
    pen.ellipse(-30.0, -44.0, 8.0, 20.0, c);
    pen.ellipse(30.0, -44.0, 8.0, 20.0, c);
    pen.group(&[(0.0, -40.0, 30.0), (0.0, -76.0, 22.0), (-14.0, -20.0, 14.0), (14.0, -20.0, 14.0)], c);
    let face = if troll { c.lighter(0.25) } else { Rgb(150, 190, 220) };
    pen.flat_ellipse(0.0, -72.0, 15.0, 13.0, face);
    pen.eyes(0.0, -76.0, 6.0, 3.0);
    if troll {
        pen.ellipse(0.0, -68.0, 5.0, 6.0, c.darker(0.1));
        pen.group(&[(-10.0, -96.0, 5.0), (0.0, -99.0, 5.0), (10.0, -96.0, 5.0)], Rgb(120, 80, 60));
    } else {
        pen.smile(0.0, -66.0, 3.5, face);
    }
}

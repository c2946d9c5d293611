//! Characters drawn from simple shapes: a family of round animals sharing one
//! body (bunny, cat, dog, bear, mouse, fox, pig, panda, squirrel, lion), an
//! owl, a dragon, a robot and a friendly round blob. About 100 units tall,
//! drawn around the feet, facing right unless the pen is mirrored.

use crate::canvas::Rgb;
use crate::paint::Pen;
use crate::prompt::Animal;
use storyloom_plugin_sdk::rng::Rng;

const INK: Rgb = Rgb(45, 35, 45);
const PINK: Rgb = Rgb(250, 170, 180);

struct Look {
    fur: Rgb,
    belly: Rgb,
}

fn look(kind: Animal, rng: &mut Rng) -> Look {
    let fur = match kind {
        Animal::Bunny => rng.pick_or(&[Rgb(245, 245, 248), Rgb(210, 180, 150), Rgb(190, 190, 200)], Rgb(245, 245, 248)),
        Animal::Cat => rng.pick_or(&[Rgb(245, 170, 80), Rgb(150, 150, 160), Rgb(90, 80, 90), Rgb(240, 230, 220)], Rgb(245, 170, 80)),
        Animal::Dog => rng.pick_or(&[Rgb(210, 160, 100), Rgb(240, 220, 180), Rgb(160, 110, 80)], Rgb(210, 160, 100)),
        Animal::Bear => rng.pick_or(&[Rgb(170, 115, 75), Rgb(200, 150, 100), Rgb(140, 95, 70)], Rgb(170, 115, 75)),
        Animal::Mouse => rng.pick_or(&[Rgb(185, 180, 190), Rgb(200, 170, 150)], Rgb(185, 180, 190)),
        Animal::Fox => Rgb(240, 130, 50),
        Animal::Pig => Rgb(250, 185, 190),
        Animal::Panda => Rgb(250, 250, 250),
        Animal::Squirrel => Rgb(200, 120, 70),
        Animal::Lion => Rgb(240, 190, 90),
    };
    let belly = match kind {
        Animal::Pig => fur.lighter(0.3),
        Animal::Panda => Rgb(250, 250, 250),
        _ => fur.lighter(0.55),
    };
    Look { fur, belly }
}

pub fn animal(pen: &mut Pen<'_>, kind: Animal, rng: &mut Rng) {
    let Look { fur, belly } = look(kind, rng);
    let limb = if kind == Animal::Panda { Rgb(50, 50, 60) } else { fur };
    // Tail, behind the body.
    match kind {
        Animal::Bunny | Animal::Bear | Animal::Panda => {
            pen.circle(-22.0, -16.0, 7.0, if kind == Animal::Bunny { Rgb(255, 255, 255) } else { fur })
        }
        Animal::Cat | Animal::Mouse | Animal::Lion | Animal::Dog => {
            let (colour, r) = if kind == Animal::Mouse { (PINK, 2.4) } else { (fur, 4.0) };
            let curve: &[(f32, f32)] = if kind == Animal::Dog {
                &[(-18.0, -16.0), (-23.0, -21.0), (-27.0, -27.0), (-29.0, -33.0), (-29.0, -38.0)]
            } else {
                &[(-18.0, -12.0), (-24.0, -15.0), (-30.0, -20.0), (-34.0, -27.0), (-36.0, -35.0), (-35.0, -43.0), (-32.0, -49.0)]
            };
            // Dense circles along the curve make one smooth, round tail.
            let dots: Vec<(f32, f32, f32)> = curve
                .windows(2)
                .flat_map(|w| {
                    let ((x0, y0), (x1, y1)) = (w[0], w[1]);
                    (0..4).map(move |i| {
                        let t = i as f32 / 4.0;
                        (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, r)
                    })
                })
                .chain(curve.last().map(|&(x, y)| (x, y, r)))
                .collect();
            pen.group(&dots, colour);
            if kind == Animal::Lion {
                pen.circle(-32.0, -51.0, 5.5, Rgb(200, 110, 50));
            }
        }
        Animal::Fox => {
            pen.ellipse(-32.0, -26.0, 16.0, 10.0, fur);
            pen.flat_ellipse(-43.0, -29.0, 6.0, 5.5, Rgb(255, 250, 245));
        }
        Animal::Squirrel => pen.group(&[(-26.0, -24.0, 13.0), (-32.0, -44.0, 13.0), (-26.0, -62.0, 10.0)], fur),
        Animal::Pig => pen.circle(-22.0, -20.0, 3.5, fur),
    }
    pen.ellipse(-11.0, -4.0, 9.0, 5.5, limb);
    pen.ellipse(11.0, -4.0, 9.0, 5.5, limb);
    pen.ellipse(0.0, -28.0, 22.0, 25.0, fur);
    pen.flat_ellipse(0.0, -24.0, 13.0, 16.0, belly);
    pen.ellipse(-19.0, -34.0, 6.0, 10.0, limb);
    pen.ellipse(19.0, -34.0, 6.0, 10.0, limb);

    // Ears, behind the head.
    let ear_c = if kind == Animal::Panda { Rgb(50, 50, 60) } else { fur };
    match kind {
        Animal::Bunny => {
            for x in [-9.0, 9.0] {
                pen.ellipse(x, -100.0, 6.5, 19.0, fur);
                pen.flat_ellipse(x, -99.0, 3.2, 14.0, PINK);
            }
        }
        Animal::Cat | Animal::Fox => {
            for s in [-1.0, 1.0] {
                pen.poly(&[(s * 20.0, -76.0), (s * 5.0, -84.0), (s * 18.0, -102.0)], fur);
                pen.flat_poly(&[(s * 16.5, -80.0), (s * 9.0, -84.0), (s * 16.5, -94.0)], PINK);
            }
        }
        Animal::Bear | Animal::Panda | Animal::Lion => {
            if kind == Animal::Lion {
                let mane: Vec<(f32, f32, f32)> = (0..10)
                    .map(|i| {
                        let a = i as f32 * std::f32::consts::TAU / 10.0;
                        (a.cos() * 20.0, -66.0 + a.sin() * 20.0, 10.0)
                    })
                    .collect();
                pen.group(&mane, Rgb(200, 110, 50));
            }
            for x in [-15.0, 15.0] {
                pen.circle(x, -84.0, 7.5, ear_c);
                pen.dot(x, -84.0, 3.5, if kind == Animal::Panda { Rgb(80, 80, 90) } else { PINK });
            }
        }
        Animal::Mouse => {
            for x in [-18.0, 18.0] {
                pen.circle(x, -84.0, 12.0, fur);
                pen.dot(x, -84.0, 7.5, PINK);
            }
        }
        Animal::Pig => {
            for s in [-1.0, 1.0] {
                pen.poly(&[(s * 8.0, -84.0), (s * 20.0, -86.0), (s * 24.0, -72.0)], fur.darker(0.08));
            }
        }
        Animal::Squirrel => {
            for s in [-1.0, 1.0] {
                pen.poly(&[(s * 17.0, -78.0), (s * 7.0, -83.0), (s * 14.0, -96.0)], fur);
            }
        }
        Animal::Dog => {}
    }

    pen.circle(0.0, -66.0, 21.0, fur);
    if kind == Animal::Panda {
        for x in [-8.0, 8.0] {
            pen.flat_ellipse(x, -69.0, 6.0, 7.0, Rgb(50, 50, 60));
        }
    }
    if kind == Animal::Dog {
        for s in [-1.0, 1.0] {
            pen.ellipse(s * 20.0, -64.0, 7.0, 14.0, fur.darker(0.25));
        }
    }
    pen.eyes(0.0, -69.0, 8.0, 3.3);
    let muzzle = if kind == Animal::Fox { Rgb(255, 250, 245) } else { belly };
    match kind {
        Animal::Pig => {
            pen.ellipse(0.0, -59.0, 7.0, 5.0, PINK);
            pen.dot(-2.5, -59.0, 1.3, Rgb(180, 90, 100));
            pen.dot(2.5, -59.0, 1.3, Rgb(180, 90, 100));
        }
        _ => {
            pen.flat_ellipse(0.0, -57.0, 9.0, 6.5, muzzle);
            pen.smile(0.0, -54.5, 3.0, muzzle);
            pen.dot(0.0, -60.0, 2.6, if kind == Animal::Bunny || kind == Animal::Mouse { Rgb(240, 120, 140) } else { INK });
        }
    }
    pen.cheeks(0.0, -60.0, 14.0, 3.5, fur);
}

pub fn owl(pen: &mut Pen<'_>, rng: &mut Rng) {
    let body = rng.pick_or(&[Rgb(160, 110, 80), Rgb(130, 120, 150), Rgb(190, 140, 90)], Rgb(160, 110, 80));
    for s in [-1.0, 1.0] {
        pen.poly(&[(s * 22.0, -62.0), (s * 10.0, -70.0), (s * 24.0, -84.0)], body);
    }
    pen.ellipse(0.0, -40.0, 25.0, 38.0, body);
    pen.flat_ellipse(0.0, -30.0, 16.0, 22.0, body.lighter(0.5));
    for (x, y) in [(-6.0, -34.0), (6.0, -34.0), (0.0, -26.0), (-6.0, -18.0), (6.0, -18.0)] {
        pen.flat_ellipse(x, y, 3.0, 2.0, body.lighter(0.2));
    }
    pen.ellipse(-24.0, -36.0, 7.0, 18.0, body.darker(0.15));
    pen.ellipse(24.0, -36.0, 7.0, 18.0, body.darker(0.15));
    for x in [-10.0, 10.0] {
        pen.circle(x, -58.0, 9.5, Rgb(255, 252, 240));
    }
    pen.eyes(0.0, -58.0, 10.0, 5.0);
    pen.poly(&[(-3.5, -52.0), (3.5, -52.0), (0.0, -45.0)], Rgb(250, 170, 60));
    pen.ellipse(-8.0, -2.0, 5.0, 3.0, Rgb(250, 170, 60));
    pen.ellipse(8.0, -2.0, 5.0, 3.0, Rgb(250, 170, 60));
}

pub fn dragon(pen: &mut Pen<'_>, rng: &mut Rng) {
    let scale =
        rng.pick_or(&[Rgb(110, 190, 110), Rgb(150, 110, 210), Rgb(230, 100, 90), Rgb(70, 170, 180), Rgb(240, 160, 70)], Rgb(110, 190, 110));
    let wing = scale.mix(Rgb(250, 200, 120), 0.35);
    pen.poly(&[(-12.0, -50.0), (-30.0, -102.0), (4.0, -62.0)], wing);
    pen.poly(&[(-30.0, -102.0), (-44.0, -70.0), (-12.0, -50.0)], wing.darker(0.1));
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
    for x in [18.0, 30.0] {
        pen.poly(&[(x - 4.0, -84.0), (x + 3.0, -84.0), (x - 3.0, -100.0)], Rgb(250, 230, 170));
    }
    pen.ellipse(24.0, -74.0, 18.0, 15.0, scale);
    pen.ellipse(38.0, -68.0, 12.0, 9.0, scale.lighter(0.1));
    pen.dot(44.0, -71.0, 1.4, INK);
    pen.eyes(24.0, -78.0, 0.0, 4.0);
    pen.smile(36.0, -63.0, 3.0, scale.lighter(0.1));
    pen.cheeks(34.0, -70.0, 0.0, 3.0, scale);
    for (i, (x, y)) in [(56.0, -78.0), (64.0, -86.0), (70.0, -96.0)].into_iter().enumerate() {
        pen.circle(x, y, 3.5 + i as f32 * 1.5, Rgb(230, 230, 240));
    }
}

pub fn robot(pen: &mut Pen<'_>, rng: &mut Rng) {
    let metal = rng.pick_or(&[Rgb(180, 195, 210), Rgb(200, 190, 170), Rgb(160, 200, 200)], Rgb(180, 195, 210));
    let glow = rng.pick_or(&[Rgb(120, 230, 250), Rgb(140, 250, 160)], Rgb(120, 230, 250));
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

pub fn blob(pen: &mut Pen<'_>, rng: &mut Rng, alien: bool) {
    let skin = if alien {
        Rgb(140, 220, 120)
    } else {
        rng.pick_or(&[Rgb(250, 170, 200), Rgb(140, 210, 230), Rgb(200, 170, 240), Rgb(250, 210, 110)], Rgb(250, 170, 200))
    };
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

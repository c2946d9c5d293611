//! Round sitting animals sharing one body, told apart by ears, tails,
//! muzzles and markings: bunny, rabbit, cat, kitten, dog, puppy, hamster,
//! bear, fox, mouse, squirrel, badger, raccoon, otter, beaver, bat,
//! pig, piglet, lion, tiger, monkey, gorilla, sloth, panda, koala, kangaroo,
//! seal and walrus (the hedgehog is `prickly.rs`, the fox and the squirrel `woodland.rs`). About 100 units tall, drawn around the feet.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::{self, Head};

const INK: Rgb = Rgb(45, 35, 45);
const PINK: Rgb = Rgb(250, 170, 180);

/// The body plan an animal shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Animal {
    Bunny,
    Cat,
    Dog,
    Bear,
    Mouse,
    Fox,
    Pig,
    Panda,
    Squirrel,
    Lion,
}

fn kind(noun: &str) -> Animal {
    match noun {
        "bunny" | "rabbit" | "kangaroo" => Animal::Bunny,
        "cat" | "kitten" | "tiger" => Animal::Cat,
        "dog" | "puppy" | "otter" | "seal" | "walrus" => Animal::Dog,
        "mouse" | "hamster" | "monkey" | "bat" => Animal::Mouse,
        "fox" | "raccoon" | "badger" => Animal::Fox,
        "pig" | "piglet" => Animal::Pig,
        "panda" | "koala" | "sloth" | "gorilla" => Animal::Panda,
        "squirrel" | "beaver" | "hedgehog" => Animal::Squirrel,
        "lion" => Animal::Lion,
        _ => Animal::Bear,
    }
}

/// What sets an animal apart, behind its body: spines, wings, flat tails.
fn extras_behind(pen: &mut Pen<'_>, noun: &str, fur: Rgb) {
    match noun {
        "hedgehog" => {
            for i in 0..9 {
                let a = -2.6 + i as f32 * 0.3;
                let (x, y) = (a.cos() * 30.0, -40.0 + a.sin() * 34.0);
                pen.poly(&[(x * 0.6, y * 0.8 - 8.0), (x * 0.6 + 8.0, y * 0.8 - 4.0), (x * 1.2, y * 1.05 - 6.0)], fur.darker(0.3));
            }
        }
        "bat" => {
            for s in [-1.0, 1.0] {
                pen.poly(&[(s * 14.0, -50.0), (s * 50.0, -70.0), (s * 44.0, -40.0), (s * 34.0, -46.0), (s * 24.0, -30.0)], fur.darker(0.2));
            }
        }
        "beaver" => pen.ellipse(-28.0, -8.0, 16.0, 7.0, Rgb(110, 80, 60)),
        "kangaroo" => pen.poly(&[(-16.0, -14.0), (-50.0, -2.0), (-14.0, -4.0)], fur),
        "monkey" => {
            pen.group(&[(-24.0, -14.0, 3.0), (-32.0, -22.0, 3.0), (-36.0, -34.0, 3.0), (-32.0, -44.0, 3.0), (-26.0, -46.0, 3.0)], fur)
        }
        _ => {}
    }
}

/// Markings on top: stripes, masks, tusks, pouches, face patches.
fn extras_front(pen: &mut Pen<'_>, noun: &str, fur: Rgb) {
    let dark = Rgb(50, 45, 55);
    match noun {
        "tiger" => {
            for (x, y) in [(-14.0, -34.0), (14.0, -34.0), (-16.0, -22.0), (16.0, -22.0), (0.0, -84.0)] {
                pen.flat_poly(&[(x - 3.0, y - 2.0), (x + 3.0, y - 2.0), (x, y + 6.0)], dark);
            }
        }
        "raccoon" => {
            pen.flat_ellipse(0.0, -69.0, 15.0, 5.0, dark);
            pen.eyes(0.0, -69.0, 8.0, 3.3);
        }
        "badger" => {
            pen.flat_poly(&[(-4.0, -86.0), (4.0, -86.0), (3.0, -60.0), (-3.0, -60.0)], Rgb(250, 250, 250));
        }
        "walrus" => {
            for s in [-1.0, 1.0] {
                pen.poly(&[(s * 5.0, -54.0), (s * 9.0, -54.0), (s * 7.0, -38.0)], Rgb(250, 248, 235));
            }
        }
        "kangaroo" => pen.flat_ellipse(0.0, -20.0, 9.0, 6.0, fur.darker(0.15)),
        "beaver" => pen.rect(-2.5, -54.0, 2.5, -49.0, Rgb(250, 250, 245)),
        "monkey" | "gorilla" => pen.flat_ellipse(0.0, -63.0, 13.0, 11.0, Rgb(230, 195, 160).mix(fur, 0.2)),
        "sloth" => {
            for s in [-1.0, 1.0] {
                pen.flat_ellipse(s * 8.0, -69.0, 6.0, 4.0, Rgb(110, 85, 65));
            }
            pen.eyes(0.0, -69.0, 8.0, 3.0);
        }
        "koala" => pen.flat_ellipse(0.0, -60.0, 4.0, 5.0, dark),
        "kitten" | "puppy" | "piglet" => pen.dot(0.0, -40.0, 2.0, fur.lighter(0.3)),
        _ => {}
    }
}

pub fn critter(pen: &mut Pen<'_>, noun: &str, fur: Rgb, look: &Look) {
    match noun {
        "hedgehog" => return crate::prickly::hedgehog(pen, fur, look),
        "fox" => return crate::woodland::fox(pen, fur, look),
        "squirrel" => return crate::woodland::squirrel(pen, fur, look),
        _ => {}
    }
    let kind = kind(noun);
    let belly = match kind {
        Animal::Pig => fur.lighter(0.3),
        Animal::Panda => Rgb(250, 250, 250),
        _ => fur.lighter(0.55),
    };
    let head = Head { x: 0.0, y: -66.0, r: 21.0 };
    extras_behind(pen, noun, fur);
    wear::behind(pen, look, head);
    let limb = if noun == "panda" { Rgb(50, 50, 60) } else { fur };
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
    let ear_c = if noun == "panda" { Rgb(50, 50, 60) } else { fur };
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
                pen.dot(x, -84.0, 3.5, if noun == "panda" { Rgb(80, 80, 90) } else { PINK });
            }
        }
        Animal::Mouse => {
            let (ear, gap) = match noun {
                "hamster" => (7.0, 14.0),
                "bat" => (9.0, 14.0),
                "monkey" => (9.0, 21.0),
                _ => (12.0, 18.0),
            };
            for x in [-gap, gap] {
                pen.circle(x, -84.0 + (18.0 - gap) * 0.8, ear, fur);
                pen.dot(x, -84.0 + (18.0 - gap) * 0.8, ear * 0.6, PINK);
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
    if noun == "koala" {
        for x in [-20.0, 20.0] {
            pen.circle(x, -80.0, 11.0, fur);
            pen.dot(x, -80.0, 6.0, fur.lighter(0.5));
        }
    }

    pen.circle(0.0, -66.0, 21.0, fur);
    if noun == "panda" {
        for x in [-8.0, 8.0] {
            pen.flat_ellipse(x, -69.0, 6.0, 7.0, Rgb(50, 50, 60));
        }
    }
    if kind == Animal::Dog && !matches!(noun, "seal" | "walrus" | "otter") {
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
    extras_front(pen, noun, fur);
    wear::front(pen, look, head);
}

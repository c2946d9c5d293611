//! Drawing one character with its feet at a point: standing (asleep, an
//! animal curls up where it is), or lying down in bed; each family of
//! creature by its own drawing file.

use crate::canvas::Rgb;
use crate::catalog::{self, Fam};
use crate::catalog_kin::drawn_as;
use crate::paint::Painter;
use crate::read::Figure;
use crate::{beasts, birds, bugs, critters, fantasy, people, sea};

/// Draw one character with its feet at (x, y).
pub fn figure(p: &mut Painter, f: &Figure, x: f32, y: f32, u: f32, flip: bool, shadow: bool) {
    let usual = catalog::entry(f.noun).map_or(Rgb(200, 200, 200), |e| e.2);
    let body = f.look.body.unwrap_or(usual);
    let mut pen = p.pen(x, y, u, flip);
    // A person asleep lies on their side; an animal curls up where it is, resting on the ground, legs tucked.
    let curled = f.asleep && f.fam != Fam::Person;
    pen.asleep = f.asleep && !curled;
    pen.curl = curled.then(|| tucked(f));
    pen.lids = f.asleep || f.look.sleepy;
    pen.laugh = f.look.laughing && !f.asleep;
    if f.fam == Fam::Person && !f.asleep {
        pen.pose = f.pose;
    }
    if shadow && !pen.asleep {
        pen.shadow(30.0, 5.0);
    }
    body_on(&mut pen, f, body, usual);
}

/// How far an animal asleep sinks to rest its body on the ground: the length of its legs, in its units.
fn tucked(f: &Figure) -> f32 {
    match f.fam {
        Fam::Bird => match drawn_as(f.noun) {
            "owl" => 2.0,
            "penguin" | "parrot" => 10.0,
            _ => 13.0,
        },
        Fam::Beast => beasts::leg(drawn_as(f.noun)),
        Fam::Fantasy => 12.0,
        // Round sitting animals already rest on the ground.
        _ => 0.0,
    }
}

/// Draw one character lying down (in bed), its eyes closed only when it is asleep.
pub fn lying(p: &mut Painter, f: &Figure, x: f32, y: f32, u: f32, flip: bool) {
    let usual = catalog::entry(f.noun).map_or(Rgb(200, 200, 200), |e| e.2);
    let body = f.look.body.unwrap_or(usual);
    let mut pen = p.pen(x, y, u, flip);
    pen.asleep = true;
    pen.lids = f.asleep;
    body_on(&mut pen, f, body, usual);
}

fn body_on(pen: &mut crate::paint::Pen<'_>, f: &Figure, body: Rgb, usual: Rgb) {
    match f.fam {
        Fam::Person => people::person(pen, f.noun, &f.look, usual),
        Fam::Critter => critters::critter(pen, drawn_as(f.noun), body, &f.look),
        Fam::Beast => beasts::beast(pen, drawn_as(f.noun), body, &f.look),
        Fam::Bird => birds::bird(pen, drawn_as(f.noun), body, &f.look),
        Fam::Bug => bugs::bug(pen, drawn_as(f.noun), body, &f.look),
        Fam::Sea => sea::creature(pen, drawn_as(f.noun), body, &f.look),
        _ => fantasy_figure(pen, f, body),
    }
}

fn fantasy_figure(pen: &mut crate::paint::Pen<'_>, f: &Figure, body: Rgb) {
    let head = crate::wear::Head { x: 0.0, y: -70.0, r: 18.0 };
    crate::wear::behind(pen, &f.look, head);
    match drawn_as(f.noun) {
        "robot" => fantasy::robot(pen, body),
        "dragon" => fantasy::dragon(pen, body, false),
        "dinosaur" => fantasy::dragon(pen, body, true),
        "ghost" => fantasy::ghost(pen, body),
        "yeti" => fantasy::furry(pen, body, false),
        "troll" => fantasy::furry(pen, body, true),
        "alien" => fantasy::blob(pen, body, true),
        _ => fantasy::blob(pen, body, false),
    }
    crate::wear::front(pen, &f.look, head);
}

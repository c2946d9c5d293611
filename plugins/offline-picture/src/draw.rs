//! Composing a whole picture from a read prompt: the place's sky, ground and
//! backdrop (or the underwater scene), big things at the back, sky things,
//! vehicles, small things and the characters in front; then the PNG. Each
//! character is drawn from its look alone, so it is the same in every scene.

use crate::canvas::{Canvas, Rgb, Shape};
use crate::catalog::{self, Fam};
use crate::paint::Painter;
use crate::place::{self, Ground, Place};
use crate::read::{Figure, Spec, Thing, Time};
use crate::scene::{self, Layout};
use crate::{beasts, birds, bugs, buildings, critters, fantasy, objects, people, sea, sky, vehicles};
use storyloom_plugin_sdk::rng::Rng;

/// Requested size clamped to what the plugin draws: 512..=1024 a side, 0 meaning 512.
pub fn size(width: u32, height: u32) -> (u32, u32) {
    let side = |v: u32| if v == 0 { 512 } else { v.clamp(512, 1024) };
    (side(width), side(height))
}

/// How big a character is drawn, as a fraction of the unit.
fn scale(f: &Figure) -> f32 {
    let base = match f.fam {
        Fam::Person => 0.4 * people::height(f.noun),
        Fam::Critter => 0.3,
        Fam::Beast => {
            if matches!(f.noun, "elephant" | "hippo" | "rhino" | "giraffe" | "camel" | "horse") {
                0.42
            } else {
                0.34
            }
        }
        Fam::Bird => 0.28,
        Fam::Bug => 0.24,
        Fam::Sea => {
            if matches!(f.noun, "whale" | "big fish" | "shark") {
                0.46
            } else {
                0.3
            }
        }
        _ => 0.36,
    };
    base * match f.look.big {
        Some(true) => 1.2,
        Some(false) => 0.85,
        None => 1.0,
    }
}

/// The `k`th of a figure's group: "people" are a man, a woman and children; "the animals" go two by two.
fn member(f: &Figure, k: usize) -> Figure {
    let kinds: &[&'static str] = match f.noun {
        "person" => &["man", "woman", "child", "woman"],
        "animal" => &["giraffe", "giraffe", "elephant", "elephant", "lion", "lion"],
        _ => return f.clone(),
    };
    let noun = kinds[k % kinds.len()];
    let fam = catalog::entry(noun).map_or(f.fam, |e| e.1);
    Figure { noun, fam, count: 1, look: f.look.clone(), named: false, asleep: f.asleep }
}

/// Draw one character with its feet at (x, y).
fn figure(p: &mut Painter, f: &Figure, x: f32, y: f32, u: f32, flip: bool, shadow: bool) {
    let usual = catalog::entry(f.noun).map_or(Rgb(200, 200, 200), |e| e.2);
    let body = f.look.body.unwrap_or(usual);
    let mut pen = p.pen(x, y, u, flip);
    pen.asleep = f.asleep;
    if shadow && !f.asleep {
        pen.shadow(30.0, 5.0);
    }
    match f.fam {
        Fam::Person => people::person(&mut pen, f.noun, &f.look, usual),
        Fam::Critter => critters::critter(&mut pen, f.noun, body, &f.look),
        Fam::Beast => beasts::beast(&mut pen, f.noun, body, &f.look),
        Fam::Bird => birds::bird(&mut pen, f.noun, body, &f.look),
        Fam::Bug => bugs::bug(&mut pen, f.noun, body, &f.look),
        Fam::Sea => sea::creature(&mut pen, f.noun, body, &f.look),
        _ => fantasy_figure(&mut pen, f, body),
    }
}

fn fantasy_figure(pen: &mut crate::paint::Pen<'_>, f: &Figure, body: Rgb) {
    let head = crate::wear::Head { x: 0.0, y: -70.0, r: 18.0 };
    crate::wear::behind(pen, &f.look, head);
    match f.noun {
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

/// Where and how big to draw something: base point, unit, mirrored or not.
#[derive(Debug, Clone, Copy)]
struct Spot {
    x: f32,
    y: f32,
    u: f32,
    flip: bool,
}

fn thing(p: &mut Painter, t: &Thing, at: Spot, rng: &mut Rng, snowy: bool) {
    let mut pen = p.pen(at.x, at.y, at.u, at.flip);
    match t.fam {
        Fam::Vehicle => match compound(t) {
            // A teacup boat is a big teacup afloat.
            Some(kind) if vehicles::floats(t.noun) => {
                let mut pen = p.pen(at.x, at.y + at.u * 4.0, at.u * 2.6, at.flip);
                objects::object(&mut pen, kind, catalog::entry(kind).map_or(t.colour, |e| e.2));
            }
            _ => vehicles::vehicle(&mut pen, t.noun, t.colour),
        },
        Fam::Big => buildings::draw(&mut pen, t.noun, Some(t.colour), rng, snowy),
        _ => objects::object(&mut pen, t.noun, t.colour),
    }
}

/// The object a vehicle is made as ("teacup" in "a teacup boat").
fn compound(t: &Thing) -> Option<&'static str> {
    let mut words = t.words.split(' ').rev();
    words.next();
    words.next().and_then(catalog::entry).filter(|e| e.1 == Fam::Object).map(|e| e.0)
}

/// Paint the picture for a read prompt at a size already clamped by [`size`].
pub fn paint_spec(spec: &Spec, w: u32, h: u32) -> Canvas {
    let mut rng = Rng::new(spec.seed);
    let ground = match spec.place {
        Place::Sea if spec.figures.is_empty() => Ground::Water,
        other => other.ground(),
    };
    let space = matches!(ground, Ground::Space | Ground::Moon);
    let under = spec.place == Place::Underwater;
    let tint = match (space, spec.time) {
        // Named colours stay those colours: space and the sea keep their own light, night only dims a little.
        _ if under || space => None,
        (_, Time::Night) => Some((Rgb(40, 50, 110), 0.32)),
        (_, Time::Sunset) => Some((Rgb(250, 130, 90), 0.16)),
        (_, Time::Dawn) => Some((Rgb(250, 200, 210), 0.08)),
        (_, Time::Day) => None,
    };
    let mut p = Painter { cv: Canvas::new(w, h), tint };
    let (wf, hf, unit) = (p.w(), p.h(), p.unit());
    let left = rng.coin();
    let side = |a: f32, b: f32, rng: &mut Rng| if left { wf * rng.range(a, b) } else { wf * (1.0 - rng.range(a, b)) };
    let light_x = side(0.74, 0.86, &mut rng);
    let lay = Layout { horizon: hf * rng.range(0.56, 0.62), base: hf * if under { 0.86 } else { 0.9 }, light_x, green: rng.unit() };
    let snowy = ground == Ground::Snow;
    let look = (spec.time, ground);

    if under {
        place::underwater(&mut p, &mut rng, &lay);
    } else {
        scene::sky(&mut p, look, &mut rng, &lay);
    }
    // Sky things.
    for (i, t) in spec.things.iter().filter(|t| t.fam == Fam::Sky).enumerate() {
        if t.noun == "moon" && spec.place == Place::Moon {
            continue;
        }
        let x = if i == 0 { wf - light_x } else { wf * (0.3 + 0.4 * (i % 2) as f32) };
        let colour = p.lit(t.colour);
        sky::draw(&mut p, t.noun, t.count, colour, x, &lay);
    }
    if !under {
        scene::far_hills(&mut p, ground, &mut rng, &lay);
        place::backdrop(&mut p, spec.place, &mut rng, &lay, snowy);
        // Big things at the back: the place's own building first, then the prompt's.
        let mut backs: Vec<(&str, Option<Rgb>, usize)> = Vec::new();
        if let Some(b) = spec.place.building().filter(|b| !spec.things.iter().any(|t| t.noun == *b)) {
            backs.push((b, None, 1));
        }
        backs.extend(spec.things.iter().filter(|t| t.fam == Fam::Big).map(|t| (t.noun, Some(t.colour), t.count)));
        let n: usize = backs.iter().map(|b| b.2).sum::<usize>().max(1);
        let mut k = 0;
        for (noun, colour, count) in backs {
            for _ in 0..count {
                let x = if n == 1 { side(0.14, 0.24, &mut rng) } else { wf * (0.12 + 0.76 * k as f32 / (n - 1) as f32) };
                let size = if n > 2 { 0.2 } else { 0.28 };
                let mut pen = p.pen(x, lay.horizon + unit * 3.0, unit * size, left);
                buildings::draw(&mut pen, noun, colour, &mut rng, snowy);
                k += 1;
            }
        }
        scene::ground(&mut p, look, &mut rng, &lay);
        decorations(&mut p, ground, spec.place, &mut rng, &lay);
        place::on_ground(&mut p, spec.place, &mut rng, &lay);
    } else {
        // Big things under the sea rest on the seabed at the back.
        for t in spec.things.iter().filter(|t| t.fam == Fam::Big) {
            let x = side(0.12, 0.22, &mut rng);
            thing(&mut p, t, Spot { x, y: lay.base - unit * 6.0, u: unit * 0.22, flip: left }, &mut rng, false);
        }
    }

    // Whoever rides a hot-air balloon is in its basket, not on the ground.
    let rider =
        spec.things.iter().any(|t| t.noun == "hot air balloon").then(|| spec.figures.iter().position(|f| f.fam == Fam::Person)).flatten();
    // Vehicles: in the air, on the water, or standing behind the characters.
    for t in spec.things.iter().filter(|t| t.fam == Fam::Vehicle) {
        let x = side(0.62, 0.78, &mut rng);
        let (y, s) = if vehicles::flies(t.noun) || (space && t.noun != "rocket") {
            (hf * 0.32, 0.26)
        } else if under {
            (hf * 0.45, 0.3)
        } else if vehicles::floats(t.noun) && matches!(ground, Ground::Beach | Ground::Water) {
            (lay.horizon + unit * 10.0, 0.26)
        } else if t.noun == "rocket" {
            (lay.base - unit * 8.0, 0.36)
        } else if t.noun == "ark" {
            // The ark is big: it rests on the hill behind everyone.
            (lay.horizon + unit * 12.0, 0.3)
        } else {
            // Standing further back, big enough to rise above the characters.
            (lay.horizon + unit * 9.0, 0.32)
        };
        if let Some(f) = rider.filter(|_| t.noun == "hot air balloon") {
            // The rider stands in the basket, seen from the waist up.
            let (x, y, s) = (wf * 0.5, hf * 0.68, 0.36);
            thing(&mut p, t, Spot { x, y, u: unit * s, flip: !left }, &mut rng, snowy);
            figure(&mut p, &spec.figures[f], x, y - unit * s * 4.0, unit * scale(&spec.figures[f]) * 0.45, left, false);
            let mut pen = p.pen(x, y, unit * s, !left);
            vehicles::basket_front(&mut pen);
            continue;
        }
        for k in 0..t.count.min(3) {
            thing(&mut p, t, Spot { x: x - k as f32 * unit * 22.0, y, u: unit * s, flip: !left }, &mut rng, snowy);
        }
    }

    // The characters in a row, the first nearest the middle; small things between them.
    let slots: Vec<(usize, usize)> = spec
        .figures
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != rider)
        .flat_map(|(i, f)| (0..f.count.min(4)).map(move |k| (i, k)))
        .collect();
    let n = slots.len().max(1) as f32;
    let crowd = if n > 3.0 {
        0.75
    } else if n > 2.0 {
        0.88
    } else {
        1.0
    };
    // "a baby in a basket": the baby is drawn in the basket.
    let cradle = spec.things.iter().find(|t| t.noun == "basket").filter(|_| spec.figures.iter().any(|f| f.noun == "baby"));
    let smalls: Vec<&Thing> =
        spec.things.iter().filter(|t| matches!(t.fam, Fam::Object | Fam::Wear) && cradle.is_none_or(|c| c.noun != t.noun)).collect();
    let span = if smalls.is_empty() { 0.7 } else { 0.6 };
    let start = if smalls.is_empty() {
        0.15
    } else if left {
        0.1
    } else {
        0.3
    };
    for (s, &(i, k)) in slots.iter().enumerate() {
        let one = member(&spec.figures[i], k);
        let f = &one;
        let x = wf * (start + span * (s as f32 + 0.5) / n) + rng.range(-1.5, 1.5) * unit;
        let flying = under || (f.fam == Fam::Bug && matches!(f.noun, "butterfly" | "dragonfly" | "bee" | "firefly"));
        let y = if flying { lay.base - hf * rng.range(0.05, 0.28) } else { lay.base - rng.range(0.0, 3.0) * unit };
        match cradle.filter(|_| f.noun == "baby" && k == 0) {
            Some(basket) => {
                figure(&mut p, f, x, y - unit * 3.0, unit * scale(f) * crowd, (s % 2 == 1) ^ left, false);
                thing(&mut p, basket, Spot { x, y, u: unit * 0.5, flip: left }, &mut rng, snowy);
            }
            None => figure(&mut p, f, x, y, unit * scale(f) * crowd, (s % 2 == 1) ^ left, !flying && !space),
        }
    }
    let free = if left { 0.8 } else { 0.2 };
    for (j, t) in smalls.iter().enumerate() {
        let count = t.count.min(4);
        for k in 0..count {
            let x =
                wf * (free + (j as f32 - (smalls.len() as f32 - 1.0) / 2.0) * 0.12) + (k as f32 - (count as f32 - 1.0) / 2.0) * unit * 9.0;
            let y = if under { lay.base - hf * 0.02 } else { lay.base + unit * 1.5 };
            let s = if t.noun == "balloon" || t.noun == "kite" { 0.55 } else { 0.45 };
            // "a giant shimmering bubble, big enough for two friends": giant means big.
            let s = if t.count == 1 && ["giant", "huge", "big", "enormous"].iter().any(|b| t.words.split(' ').any(|w| w == *b)) {
                s * 2.2
            } else {
                s
            };
            thing(&mut p, t, Spot { x, y, u: unit * s, flip: left }, &mut rng, snowy);
        }
    }
    if under {
        place::bubbles(&mut p, &mut rng, 10);
    }
    if spec.time == Time::Night && !space && !under {
        for _ in 0..6 {
            let (x, y) = (rng.range(0.0, wf), rng.range(lay.horizon - unit * 5.0, hf * 0.7));
            p.cv.halo(x, y, unit * 0.45, unit * 2.2, Rgb(250, 240, 120), 0.5);
            p.cv.fill(&Shape::Circle { x, y, r: unit * 0.45 }, Rgb(255, 250, 180));
        }
    }
    p.cv
}

fn decorations(p: &mut Painter, ground: Ground, place: Place, rng: &mut Rng, lay: &Layout) {
    let (w, h, unit) = (p.w(), p.h(), p.unit());
    let near = |rng: &mut Rng| (rng.range(0.0, w), rng.range(lay.horizon + unit * 16.0, h - unit * 2.0));
    match ground {
        Ground::Grass => {
            let tuft = p.lit(Rgb(70, 150, 70));
            for _ in 0..16 {
                let (x, y) = near(rng);
                let s = unit * rng.range(0.8, 1.4);
                for dx in [-1.0, 0.0, 1.0] {
                    p.cv.fill(&Shape::tri((x + dx * s - s * 0.4, y), (x + dx * s + s * 0.4, y), (x + dx * s * 1.6, y - s * 2.2)), tuft);
                }
            }
            let count = if matches!(place, Place::Garden | Place::Meadow) { 14 } else { 5 };
            for _ in 0..count {
                let (x, y) = near(rng);
                let c = rng.pick_or(&[Rgb(240, 110, 150), Rgb(250, 200, 70), Rgb(170, 120, 230), Rgb(250, 140, 90)], Rgb(240, 110, 150));
                let mut pen = p.pen(x, y, unit * rng.range(0.16, 0.24), false);
                objects::object(&mut pen, "flower", c);
            }
        }
        Ground::Beach => {
            for _ in 0..5 {
                let (x, y) = near(rng);
                let c = p.lit(rng.pick_or(&[Rgb(250, 190, 200), Rgb(250, 230, 210), Rgb(240, 160, 120)], Rgb(250, 190, 200)));
                p.cv.outlined(&Shape::Ellipse { x, y, rx: unit * 1.4, ry: unit * 1.0 }, c, unit * 0.3);
            }
        }
        Ground::Snow => {
            for _ in 0..60 {
                let (x, y) = (rng.range(0.0, w), rng.range(0.0, h));
                p.cv.fill_grown(&Shape::Circle { x, y, r: unit * rng.range(0.25, 0.6) }, 0.0, Rgb(255, 255, 255), 0.85);
            }
        }
        _ => {}
    }
}

/// Paint and encode as an RGB8 PNG.
#[cfg(test)]
pub fn render_png(prompt: &str, width: u32, height: u32) -> Result<Vec<u8>, png::EncodingError> {
    let (w, h) = size(width, height);
    encode(&paint_spec(&Spec::read(prompt), w, h))
}

pub fn encode(canvas: &Canvas) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::with_capacity(canvas.px.len() / 4);
    {
        let mut enc = png::Encoder::new(&mut out, canvas.w, canvas.h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header()?;
        writer.write_image_data(&canvas.px)?;
        writer.finish()?;
    }
    Ok(out)
}

//! Composing a whole picture from a read prompt: the place's sky, ground and
//! backdrop (or the underwater scene), big things at the back, sky things,
//! vehicles, small things and the characters in front; then the PNG. Each
//! character is drawn from its look alone, so it is the same in every scene.

use crate::canvas::{Canvas, Rgb, Shape};
use crate::catalog::{self, Fam};
use crate::layout::{self, Frame};
use crate::paint::Painter;
use crate::place::{self, Ground, Place};
use crate::position::Position;
use crate::position_draw;
use crate::read::{Spec, Thing, Time};
use crate::scene::{self, Layout};
use crate::{aboard, buildings, cast, objects, sky, vehicles};
use storyloom_plugin_sdk::rng::Rng;

/// Requested size clamped to what the plugin draws: 512..=1024 a side, 0 meaning 512.
pub fn size(width: u32, height: u32) -> (u32, u32) {
    let side = |v: u32| if v == 0 { 512 } else { v.clamp(512, 1024) };
    (side(width), side(height))
}

/// Where and how big to draw something: base point, unit, mirrored or not.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Spot {
    pub x: f32,
    pub y: f32,
    pub u: f32,
    pub flip: bool,
}

pub(crate) fn thing(p: &mut Painter, t: &Thing, at: Spot, rng: &mut Rng, snowy: bool) {
    let mut pen = p.pen(at.x, at.y, at.u, at.flip);
    match t.fam {
        Fam::Vehicle => match compound(t) {
            // A teacup boat is a big teacup afloat.
            Some(kind) if vehicles::floats(t.noun) => {
                let mut pen = p.pen(at.x, at.y + at.u * 4.0, at.u * 2.6, at.flip);
                objects::object(&mut pen, kind, catalog::entry(kind).map_or(t.colour, |e| e.2));
            }
            // Noah's ark with the animals' ramp: the ramp leads up to its deck, part of it.
            _ if t.noun == "ark" && t.words.ends_with("with a ramp") => vehicles::vehicle(&mut pen, "ark with ramp", t.colour),
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
    // Out at sea with everyone aboard, the sea reaches all round: no sand in front.
    let ground = place::ground_of(spec);
    let space = matches!(ground, Ground::Space | Ground::Moon);
    let under = spec.place == Place::Underwater;
    let tint = match (space, spec.time) {
        // Named colours stay those colours: space and the sea keep their own light, night only dims a little.
        _ if under || space => None,
        // A room at night is lit by a lamp; a bedtime night is soft and warm.
        (_, Time::Night) if spec.place == Place::Indoors => Some(crate::bedtime::LAMPLIGHT),
        (_, Time::Night) if spec.bedtime => Some(crate::bedtime::SOFT_NIGHT),
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
    let horizon = hf * rng.range(0.56, 0.62);
    // On a hilltop the land far below lies low behind the crest.
    let horizon = if spec.position == Some(Position::Hilltop) { horizon + hf * 0.1 } else { horizon };
    let window = !matches!(spec.position, Some(Position::Window { .. } | Position::Bed));
    let lay = Layout { horizon, base: hf * if under { 0.86 } else { 0.9 }, light_x, green: rng.unit(), window };
    let snowy = ground == Ground::Snow;
    let frame = Frame { w: wf, h: hf, base: lay.base, margin: cast::margin(w, h), gap: 0.0 };
    let mut plan = cast::plan(spec, w, h);
    position_draw::lift(&mut plan, spec, wf, hf);
    // The boat with people in it, or the building the picture is about: big, in front.
    let placing = aboard::place(spec, w, h, lay.horizon);
    let held = |i: usize| placing.as_ref().is_some_and(|p| p.thing == i);
    let look = (spec.time, ground);

    let mut lights: Vec<(f32, f32, f32)> = Vec::new();
    if under {
        place::underwater(&mut p, &mut rng, &lay);
    } else {
        lights.extend(scene::sky(&mut p, look, &mut rng, &lay));
    }
    // Sky things: the named sun, moon, stars, clouds and rainbows.
    sky::named(&mut p, spec, &lay, &mut lights);
    if !under {
        scene::far_hills(&mut p, ground, &mut rng, &lay);
        place::backdrop(&mut p, spec.place, &mut rng, &lay, (snowy, spec.bible, spec.rainy));
        // Big things at the back: the place's own building first, then the prompt's.
        let mut backs: Vec<(&str, Option<Rgb>, usize)> = Vec::new();
        let main = placing.as_ref().is_some_and(|p| spec.things.get(p.thing).is_some_and(|t| t.fam == Fam::Big));
        // A drawbridge or moat said is the castle's own: drawn with it, not beside a second castle.
        let own = |b: &&str, t: &Thing| t.noun == *b || (*b == "castle" && matches!(t.noun, "drawbridge" | "moat"));
        if let Some(b) = spec.place.building().filter(|b| !main && !spec.things.iter().any(|t| own(b, t))) {
            backs.push((b, None, 1));
        }
        let back = |(i, t): &(usize, &Thing)| t.fam == Fam::Big && !spec.place.hides(t) && !plan.held.contains(&t.noun) && !held(*i);
        backs.extend(
            spec.things.iter().enumerate().filter(back).map(|(_, t)| (buildings::drawn_as(t.noun, &t.words), Some(t.colour), t.count)),
        );
        crate::tiny_door::tuck(spec, &mut backs);
        let (n, mut k) = (backs.iter().map(|b| b.2).sum::<usize>().max(1), 0);
        for (noun, colour, count) in backs {
            for _ in 0..count {
                let x = if n == 1 { side(0.14, 0.24, &mut rng) } else { wf * (0.12 + 0.76 * k as f32 / (n - 1) as f32) };
                let size = if n > 2 { 0.2 } else { 0.28 };
                // Whole inside the frame, however wide.
                let ext = layout::measure(|p, x, y, u| buildings::draw(&mut p.pen(x, y, u, left), noun, colour, &mut rng.clone(), snowy));
                let (x, y, u) = layout::keep_inside(ext, x, lay.horizon + unit * 3.0, unit * size, frame);
                let mut pen = p.pen(x, y, u, left);
                buildings::draw(&mut pen, noun, colour, &mut rng, snowy);
                k += 1;
            }
        }
        scene::ground(&mut p, look, &mut rng, &lay);
        if spec.road {
            crate::zoo::road(&mut p, &mut rng, &lay);
        }
        decorations(&mut p, ground, spec.place, &mut rng, &lay);
        place::on_ground(&mut p, spec.place, &mut rng, &lay);
        if spec.crowd && !spec.place.enclosed() {
            crate::crowd_rows::rows(&mut p, spec.seed, &lay);
        }
        if spec.place == Place::Zoo {
            crate::zoo::zoo(&mut p, &mut rng, &lay, spec);
        }
        if spec.lily_pads && spec.place == Place::Lake {
            crate::waters::lily_pads(&mut p, &lay);
        }
        if crate::shore::rocks_drawn(spec) {
            crate::shore::rocks(&mut p, &mut rng, &lay);
        }
        if let Some(placing) = placing.as_ref().filter(|p| spec.things.get(p.thing).is_some_and(|t| t.fam == Fam::Big)) {
            aboard::draw(&mut p, spec, placing, snowy);
        }
        position_draw::behind(&mut p, spec, &lay, &plan, left);
        position_draw::fire_glow(&mut p, spec, &plan);
    } else {
        // Big things under the sea rest on the seabed at the back.
        for t in spec.things.iter().filter(|t| t.fam == Fam::Big) {
            let x = side(0.12, 0.22, &mut rng);
            let ext = layout::measure(|p, x, y, u| thing(p, t, Spot { x, y, u, flip: left }, &mut rng.clone(), false));
            let (x, y, u) = layout::keep_inside(ext, x, lay.base - unit * 6.0, unit * 0.22, frame);
            thing(&mut p, t, Spot { x, y, u, flip: left }, &mut rng, false);
        }
    }

    // Whoever rides a hot-air balloon is in its basket, not on the ground.
    let rider = plan.rider;
    // Vehicles: in the air, on the water, or standing behind the characters.
    for (i, t) in
        spec.things.iter().enumerate().filter(|(_, t)| t.fam == Fam::Vehicle && !spec.place.hides(t) && !plan.held.contains(&t.noun))
    {
        if let Some(placing) = placing.as_ref().filter(|_| held(i)) {
            aboard::draw(&mut p, spec, placing, snowy);
            continue;
        }
        // A vehicle someone rides in is drawn with them (`ride.rs`).
        if crate::ride::vehicle(spec) == Some(i) {
            continue;
        }
        let x = side(0.62, 0.78, &mut rng);
        let launched = t.noun == "rocket" && spec.launch;
        // A rocket standing on the ground (in a garden, on the moon) is parked: no flames.
        let parked = Thing { noun: "parked rocket", ..t.clone() };
        let t = if t.noun == "rocket" && !launched && ground != Ground::Space { &parked } else { t };
        let (y, s) = if launched {
            // Up in the air on a trail of smoke.
            vehicles::smoke_trail(&mut p, x, hf * 0.4, lay.base, unit);
            (hf * 0.4, 0.3)
        } else if vehicles::flies(t.noun) || (space && t.noun != "rocket") {
            (hf * 0.32, 0.26)
        } else if under {
            (hf * 0.45, 0.3)
        } else if vehicles::ashore(t, ground) {
            // Boarded up its ramp: drawn up on the sand, the sea behind it.
            (lay.horizon + unit * 26.0, 0.3)
        } else if vehicles::floats(t.noun) && matches!(ground, Ground::Beach | Ground::Water) {
            (lay.horizon + unit * 10.0, 0.26)
        } else if matches!(t.noun, "rocket" | "parked rocket") {
            (lay.base - unit * 8.0, 0.36)
        } else if t.noun == "ark" {
            // The ark is big: it rests on the hill behind everyone, the back row on the ground in front of it.
            (plan.behind_back_row(lay.horizon + unit * 12.0, lay.base, unit * 2.0), 0.3)
        } else {
            // Standing further back, big enough to rise above the characters.
            (lay.horizon + unit * 9.0, 0.32)
        };
        if let Some(f) = rider.filter(|_| t.noun == "hot air balloon") {
            // The rider stands in the basket, seen from the waist up.
            let (x, y, s) = (wf * 0.5, hf * 0.68, 0.36);
            thing(&mut p, t, Spot { x, y, u: unit * s, flip: !left }, &mut rng, snowy);
            cast::figure(&mut p, &spec.figures[f], x, y - unit * s * 4.0, unit * cast::scale(&spec.figures[f]) * 0.45, left, false);
            let mut pen = p.pen(x, y, unit * s, !left);
            vehicles::basket_front(&mut pen);
            continue;
        }
        // Every one whole inside the frame, however big.
        let ext = layout::measure(|p, x, y, u| thing(p, t, Spot { x, y, u, flip: !left }, &mut Rng::new(0), snowy));
        for k in 0..t.count.min(3) {
            let (x, y, u) = layout::keep_inside(ext, x - k as f32 * unit * 22.0, y, unit * s, frame);
            thing(&mut p, t, Spot { x, y, u, flip: !left }, &mut rng, snowy);
        }
    }

    for t in spec.things.iter().filter(|t| t.noun == sky::STAIRS) {
        let colour = p.lit(t.colour);
        sky::draw(&mut p, t.noun, 1, colour, light_x, &lay, &[]);
    }
    crate::ride::draw(&mut p, spec, &lay, !left);
    // Dolphins, whales and fish on a shore are in the sea reaching in to them.
    for (piece, at) in plan.pieces.iter().filter(|_| !under && ground == Ground::Beach) {
        if let cast::Piece::Figure { f, .. } = piece
            && crate::shore::swimmer(f.noun)
        {
            crate::shore::inlet(&mut p, at, lay.horizon, spec.place == Place::Storm);
        }
    }
    // The characters in a row and the small things beside them, each inside the frame, none covering another.
    let mut climbers = 0;
    for (piece, at) in &plan.pieces {
        // Climbing the rocks: each one up on a rock, at a different height.
        if let (true, cast::Piece::Figure { .. }) = (spec.climbing, piece) {
            let up = crate::climb::rock(&mut p, at, climbers);
            climbers += 1;
            piece.draw(&mut p, at.x, at.y - up, at.u);
            continue;
        }
        piece.draw(&mut p, at.x, at.y, at.u);
    }
    // Someone in the sea is in the water up to the waist.
    if matches!(ground, Ground::Beach | Ground::Water) {
        for (piece, at) in &plan.pieces {
            if let cast::Piece::Figure { f, .. } = piece
                && f.wet
            {
                crate::waters::waist_deep(&mut p, at, spec.place == Place::Storm);
            }
        }
    }
    // Dolphins, whales and fish are always in the water, wherever they stand.
    for (piece, at) in plan.pieces.iter().filter(|_| !under) {
        if let cast::Piece::Figure { f, .. } = piece
            && crate::shore::swimmer(f.noun)
        {
            crate::shore::pool(&mut p, at, spec.place == Place::Storm, f.look.flying);
        }
    }
    // A kite flies on its string from the first character's hand.
    if let (true, Some(kite)) = (cast::flown(spec), spec.things.iter().find(|t| t.noun == "kite")) {
        let holder = plan.pieces.iter().find(|(piece, _)| matches!(piece, cast::Piece::Figure { .. }));
        if let Some((_, at)) = holder {
            let colour = p.lit(kite.colour);
            crate::kite::flown(&mut p, colour, at, spec.windy);
        }
    }
    // Whoever stands in a big building's doorway, in front of the small things there.
    if let Some(placing) = placing.as_ref().filter(|p| spec.things.get(p.thing).is_some_and(|t| t.fam == Fam::Big)) {
        aboard::members(&mut p, placing);
    }
    if under {
        place::bubbles(&mut p, &mut rng, 10);
    }
    if spec.time == Time::Night && !space && !under && !spec.place.enclosed() {
        for _ in 0..6 {
            let (x, y) = (rng.range(0.0, wf), rng.range(lay.horizon - unit * 5.0, hf * 0.7));
            p.cv.halo(x, y, unit * 0.45, unit * 2.2, Rgb(250, 240, 120), 0.5);
            p.cv.fill(&Shape::Circle { x, y, r: unit * 0.45 }, Rgb(255, 250, 180));
        }
    }
    if spec.bedtime {
        crate::bedtime::glow(&mut p, wf * 0.5, lay.base - hf * 0.2);
        crate::bedtime::pastel(&mut p);
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

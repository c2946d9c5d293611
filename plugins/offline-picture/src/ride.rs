//! Riding: who is inside a vehicle ("two sisters inside the cardboard rocket
//! flying in the sky", "riding in a car") or on a creature's back ("riding a
//! whale", "on the back of a whale", "a knight riding a horse"), and drawing
//! them there, moving: a rocket up in the sky on its smoke with the garden
//! small below (or stars all round), a car with speed lines, a whale in the
//! waves, a dragon in the air. Riders in a vehicle show through its window
//! (drawn on a layer and cut to the window); riders on a creature sit on its back.

use crate::aboard::{describing, in_words};
use crate::canvas::{Canvas, Rgb, Shape};
use crate::catalog_kin::drawn_as;
use crate::paint::Painter;
use crate::read::{Figure, Spec, Thing};
use crate::read_words::Tok;
use crate::scene::Layout;
use crate::{cast, layout, vehicles};

/// What is ridden: a thing (an index into `Spec::things`) or a creature (into `Spec::figures`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mount {
    Vehicle(usize),
    Creature(usize),
}

/// Who rides what: `riders` are indexes into `Spec::figures`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ride {
    pub mount: Mount,
    pub riders: Vec<usize>,
}

/// Vehicles ridden inside, and the window the riders show through (x0, y0, x1, y1 in its units);
/// an open one (a sled, a carpet) shows everything above its seat.
const CABINS: &[(&str, [f32; 4])] = &[
    ("rocket", [-15.0, -84.0, 15.0, -46.0]),
    ("car", [-14.0, -46.0, 22.0, -31.0]),
    ("bus", [-48.0, -52.0, 48.0, -36.0]),
    ("train", [-46.0, -46.0, -14.0, -26.0]),
    ("airplane", [-26.0, -44.0, 28.0, -33.0]),
    ("helicopter", [-4.0, -50.0, 22.0, -28.0]),
    ("spaceship", [-20.0, -48.0, 20.0, -24.0]),
    ("submarine", [-30.0, -42.0, 30.0, -26.0]),
    ("sled", [-44.0, -400.0, 44.0, -16.0]),
    ("sleigh", [-40.0, -400.0, 30.0, -26.0]),
    ("wagon", [-40.0, -400.0, 36.0, -34.0]),
    ("flying carpet", [-50.0, -400.0, 50.0, -10.0]),
];

/// Creatures someone can ride.
const MOUNTS: &[&str] = &[
    "horse",
    "pony",
    "donkey",
    "unicorn",
    "zebra",
    "camel",
    "elephant",
    "dragon",
    "dinosaur",
    "whale",
    "big fish",
    "dolphin",
    "shark",
    "turtle",
    "sea turtle",
    "deer",
    "giraffe",
    "crocodile",
];

/// Whether a creature of this kind can be ridden.
pub fn mount_kind(noun: &str) -> bool {
    MOUNTS.contains(&drawn_as(noun))
}

fn cabin(noun: &str) -> Option<[f32; 4]> {
    CABINS.iter().find(|c| c.0 == noun).map(|c| c.1)
}

/// Whether a ridden creature swims (drawn in the waves) or flies (drawn up in the sky).
fn swims(noun: &str) -> bool {
    matches!(drawn_as(noun), "whale" | "big fish" | "dolphin" | "shark" | "turtle" | "sea turtle")
}

/// Who rides what. `spans` are where each figure's words start, `thing_at` where each thing's noun is.
pub fn read(toks: &[Tok], spans: &[(usize, usize)], thing_at: &[usize], things: &[Thing], figures: &[Figure]) -> Option<Ride> {
    let before = |at: usize, not: usize| (0..figures.len().min(spans.len())).filter(|&f| f != not && spans[f].0 <= at).collect::<Vec<_>>();
    let between =
        |a: usize, b: usize| (0..figures.len().min(spans.len())).filter(|&f| spans[f].0 > a && spans[f].0 < b).collect::<Vec<_>>();
    for (t, (&at, thing)) in thing_at.iter().zip(things).enumerate() {
        if cabin(thing.noun).is_none() {
            continue;
        }
        let mut riders = if in_words(toks, at) { before(at, usize::MAX) } else { Vec::new() };
        // "A cardboard rocket blasting off…, with Luna…, and Daisy…, inside it": the ones named before "inside it"
        // ride too ("an alien at the window of a cardboard rocket, with Iris… and Freya… inside it": all three).
        let inside = (at + 1..toks.len().saturating_sub(1))
            .find(|&k| matches!(toks[k].w.as_str(), "inside" | "in" | "aboard") && matches!(toks[k + 1].w.as_str(), "it" | "them"));
        if let Some(k) = inside {
            riders.extend(between(at, k));
        }
        if !riders.is_empty() {
            return Some(Ride { mount: Mount::Vehicle(t), riders });
        }
    }
    if let Some(ride) = carried(toks, spans, figures).or_else(|| crate::ride_one::named(toks, figures)) {
        return Some(ride);
    }
    for (m, f) in figures.iter().enumerate() {
        let Some(&(s, _)) = spans.get(m).filter(|_| MOUNTS.contains(&drawn_as(f.noun)) && f.count == 1) else { continue };
        let mut k = s;
        while k > 0 && describing(&toks[k - 1].w) && !toks[k - 1].brk {
            k -= 1;
        }
        let word = |back: usize| k.checked_sub(back).and_then(|p| toks.get(p)).map_or("", |t| t.w.as_str());
        let ridden = matches!(word(1), "riding" | "rides" | "rode" | "ride" | "astride" | "onto" | "on" | "aboard" | "mounted")
            || (word(1) == "of" && word(2) == "back")
            || (s..toks.len().saturating_sub(2)).any(|j| on_its_back(toks, j) && !other_mount(toks, s, j, f.noun));
        let riders = crate::ride_one::riders_of(before(s, m), f.noun, figures);
        if ridden && !riders.is_empty() {
            return Some(Ride { mount: Mount::Creature(m), riders });
        }
    }
    None
}

/// "on its back", "on his back" at token `j`.
fn on_its_back(toks: &[Tok], j: usize) -> bool {
    toks[j].w == "on" && matches!(toks[j + 1].w.as_str(), "its" | "his" | "her") && toks[j + 2].w == "back"
}

/// "Mochi, a turtle, …, just after a whale giving them a ride on its back": the back is the whale's, said between.
fn other_mount(toks: &[Tok], from: usize, to: usize, own: &str) -> bool {
    let other = |n: &str| MOUNTS.contains(&drawn_as(n)) && drawn_as(n) != drawn_as(own);
    (from..to).any(|j| crate::read_words::noun_at(toks, j).is_some_and(|n| other(n.0)))
}

/// "A friendly whale giving Fig… and Shelly… a ride on its back", "a donkey carrying a hurt man": the creature
/// before the verb is the mount, the ones named after it ride (giving only when a ride or lift is said).
fn carried(toks: &[Tok], spans: &[(usize, usize)], figures: &[Figure]) -> Option<Ride> {
    let n = figures.len().min(spans.len());
    for (v, tok) in toks.iter().enumerate() {
        let giving = matches!(tok.w.as_str(), "giving" | "gives" | "gave" | "offering" | "offers");
        let carrying = matches!(tok.w.as_str(), "carrying" | "carries" | "carried" | "carry");
        if !(giving && toks[v..].iter().any(|t| matches!(t.w.as_str(), "ride" | "rides" | "lift")) || carrying) {
            continue;
        }
        let Some(m) = (0..n).rev().find(|&f| spans[f].0 < v) else { continue };
        if !MOUNTS.contains(&drawn_as(figures[m].noun)) || figures[m].count != 1 {
            continue;
        }
        let riders: Vec<usize> = (0..n).filter(|&f| spans[f].0 > v).take(3).collect();
        if !riders.is_empty() {
            return Some(Ride { mount: Mount::Creature(m), riders });
        }
    }
    None
}

/// The vehicle ridden, if it is one.
pub fn vehicle(spec: &Spec) -> Option<usize> {
    match spec.ride.as_ref()?.mount {
        Mount::Vehicle(t) => Some(t),
        Mount::Creature(_) => None,
    }
}

/// Whether figure `i` is drawn with the ride (a rider or the creature ridden), not in the front row.
pub fn takes(spec: &Spec, i: usize) -> bool {
    spec.ride.as_ref().is_some_and(|r| r.riders.contains(&i) || r.mount == Mount::Creature(i))
}

/// Whether the ride is out on the water, with everyone on it (the sea all round).
pub fn at_sea(spec: &Spec) -> bool {
    let Some(ride) = spec.ride.as_ref() else { return false };
    let Mount::Creature(m) = ride.mount else { return false };
    spec.figures.get(m).is_some_and(|f| swims(f.noun)) && (0..spec.figures.len()).all(|i| takes(spec, i))
}

/// Draw a figure on a layer of its own and copy only what lies inside `clip` (pixels) onto the picture.
fn clipped(p: &mut Painter, f: &Figure, at: (f32, f32, f32), flip: bool, clip: [f32; 4]) {
    let mut layer = Painter { cv: Canvas::new(p.cv.w, p.cv.h), tint: p.tint };
    cast::figure(&mut layer, f, at.0, at.1, at.2, flip, false);
    let w = p.cv.w as usize;
    let (x0, x1) = (clip[0].max(0.0) as usize, (clip[2].max(0.0) as usize).min(w));
    let (y0, y1) = (clip[1].max(0.0) as usize, (clip[3].max(0.0) as usize).min(p.cv.h as usize));
    for y in y0..y1 {
        for x in x0..x1 {
            let i = (y * w + x) * 3;
            if let (Some(src), true) = (layer.cv.px.get(i..i + 3), i + 3 <= p.cv.px.len())
                && src.iter().any(|&v| v > 0)
            {
                let src = [src[0], src[1], src[2]];
                p.cv.px[i..i + 3].copy_from_slice(&src);
            }
        }
    }
}

/// Riders side by side in a box `b` (pixels), head and shoulders showing (all of them when `whole`).
fn seat(p: &mut Painter, riders: &[Figure], b: [f32; 4], flip: bool, whole: bool) {
    let n = riders.len().max(1) as f32;
    let slot = (b[2] - b[0]) / n;
    for (k, f) in riders.iter().enumerate() {
        let e = cast::extent(&cast::Piece::Figure { f: f.clone(), flip, shadow: false });
        let shown = if whole { 0.6 } else { 0.5 };
        let fu = ((b[3] - b[1]) * 0.95 / (e.up * shown).max(1.0)).min(slot * 0.95 / (e.left + e.right).max(1.0));
        let x = b[0] + slot * (k as f32 + 0.5) - (e.right - e.left) * fu / 2.0;
        let feet = b[1] + (b[3] - b[1]) * 0.08 + e.up * fu;
        clipped(p, f, (x, feet, fu), flip ^ (k % 2 == 1), [b[0] - fu * 40.0, b[1] - fu * 200.0, b[2] + fu * 40.0, b[3]]);
    }
}

/// Speed lines behind something moving, on the side away from where it faces.
fn speed_lines(p: &mut Painter, bbox: layout::Bbox, facing_right: bool) {
    let u = p.unit();
    for k in 0..3 {
        let y = bbox.y0 + (bbox.y1 - bbox.y0) * (0.3 + 0.2 * k as f32);
        let len = u * (10.0 - k as f32 * 2.0);
        let x = if facing_right { bbox.x0 - u * 2.0 - len } else { bbox.x1 + u * 2.0 };
        p.cv.fill_grown(&Shape::rect(x, y, x + len, y + u * 0.7), 0.0, Rgb(255, 255, 255), 0.85);
    }
}

/// Draw the ride with its riders, big in the middle of the picture.
pub fn draw(p: &mut Painter, spec: &Spec, lay: &Layout, flip: bool) {
    let Some(ride) = spec.ride.as_ref() else { return };
    let (w, h, unit) = (p.w(), p.h(), p.unit());
    let riders: Vec<Figure> = ride
        .riders
        .iter()
        .filter_map(|&i| spec.figures.get(i))
        .flat_map(|f| (0..f.count.min(3)).map(|k| cast::member(f, k)))
        .take(4)
        .collect();
    match ride.mount {
        Mount::Vehicle(t) => {
            let Some(thing) = spec.things.get(t) else { return };
            let Some(win) = cabin(thing.noun) else { return };
            let draw_it = |p: &mut Painter, x: f32, y: f32, u: f32| vehicles::vehicle(&mut p.pen(x, y, u, flip), thing.noun, thing.colour);
            let e = layout::measure(draw_it);
            let rocket = thing.noun == "rocket";
            let aloft = rocket && spec.place != crate::place::Place::Moon || vehicles::flies(thing.noun);
            let (x, y, u) = if rocket {
                let u = h * 0.52 / e.up.max(1.0);
                (w * 0.5, if aloft { h * 0.64 } else { lay.base }, u)
            } else {
                let u = w * 0.62 / (e.left + e.right).max(1.0);
                (w * 0.5, if aloft { h * 0.55 } else { lay.base - unit * 2.0 }, u)
            };
            if rocket && aloft && !matches!(spec.place.ground(), crate::place::Ground::Space | crate::place::Ground::Moon) {
                vehicles::smoke_trail(p, x, y - unit * 6.0, h, unit);
            }
            draw_it(p, x, y, u);
            let (a, b) = if flip { (-win[2], -win[0]) } else { (win[0], win[2]) };
            let open = win[1] < -300.0;
            let top = if open { y - e.up * u } else { y + win[1] * u };
            let bx = [x + a * u, top, x + b * u, y + win[3] * u];
            if !open {
                p.cv.fill(&Shape::rect(bx[0], bx[1], bx[2], bx[3]), p.lit(Rgb(170, 215, 245)));
            }
            let seat_box = if open { [bx[0], y + win[3] * u - h * 0.2, bx[2], bx[3]] } else { bx };
            seat(p, &riders, seat_box, flip, open);
            if !open {
                let frame = p.lit(thing.colour.darker(0.3));
                let t = (u * 1.6).max(2.0);
                for r in [
                    [bx[0], bx[1], bx[2], bx[1] + t],
                    [bx[0], bx[3] - t, bx[2], bx[3]],
                    [bx[0], bx[1], bx[0] + t, bx[3]],
                    [bx[2] - t, bx[1], bx[2], bx[3]],
                ] {
                    p.cv.fill(&Shape::rect(r[0], r[1], r[2], r[3]), frame);
                }
            }
            if !rocket {
                let bbox = layout::Bbox { x0: x - e.left * u, y0: y - e.up * u, x1: x + e.right * u, y1: y + e.down * u };
                speed_lines(p, bbox, !flip);
            }
        }
        Mount::Creature(m) => {
            let Some(beast) = spec.figures.get(m) else { return };
            let e = cast::extent(&cast::Piece::Figure { f: beast.clone(), flip, shadow: false });
            let u = (w * 0.6 / (e.left + e.right).max(1.0)).min(h * 0.45 / e.up.max(1.0));
            // A donkey, horse or camel carrying one among others in the row: its own size beside them, its rider too.
            let among = crate::ride_one::ONE_AT_A_TIME.contains(&drawn_as(beast.noun)) && spec.figures.len() > ride.riders.len() + 1;
            let fit = if among { row_fit(spec, (w, h), unit) } else { 1.0 };
            let u = if among { u.min(unit * cast::scale(beast) * fit * 1.1) } else { u };
            let flying = matches!(drawn_as(beast.noun), "dragon") || spec.windy;
            let y = if swims(beast.noun) {
                lay.horizon + (h - lay.horizon) * 0.55
            } else if flying {
                h * 0.52
            } else {
                lay.base
            };
            let x = w * 0.5 - (e.right - e.left) * u / 2.0;
            cast::figure(p, beast, x, y, u, flip, !flying && !swims(beast.noun));
            // The back: the highest point of the body over the middle of it, where the riders sit.
            let back = back_line(beast, flip);
            let n = riders.len().max(1) as f32;
            for (k, f) in riders.iter().enumerate() {
                let fe = cast::extent(&cast::Piece::Figure { f: f.clone(), flip, shadow: false });
                let fu = (e.up * u * 0.75 / fe.up.max(1.0)).min((e.left + e.right) * u * 0.45 / n / (fe.left + fe.right).max(1.0));
                let fu = if among { unit * cast::scale(f) * fit * 0.9 } else { fu };
                let dx = (k as f32 - (n - 1.0) / 2.0) * (fe.left + fe.right) * fu * 1.05;
                let top = back.map_or(e.up * 0.6, |b| b) * u;
                // Sitting astride: the legs hang over the flank.
                let sink = if swims(beast.noun) { 0.3 } else { 0.45 };
                cast::figure(p, f, x + dx, y - top + fe.up * fu * sink, fu, flip ^ (k % 2 == 1), false);
            }
            let bbox = layout::Bbox { x0: x - e.left * u, y0: y - e.up * u, x1: x + e.right * u, y1: y + e.down * u };
            if swims(beast.noun) {
                crate::waters::waterline(p, bbox.x0 - unit * 4.0, bbox.x1 + unit * 4.0, y - e.up * u * 0.3, false);
            }
            speed_lines(p, bbox, !flip);
        }
    }
}

/// How much smaller than their own size the row's characters were drawn to fit the picture (at most 1).
fn row_fit(spec: &Spec, (w, h): (f32, f32), unit: f32) -> f32 {
    let plan = cast::plan(spec, w as u32, h as u32);
    let fits = plan.pieces.iter().filter_map(|(piece, at)| match piece {
        cast::Piece::Figure { f, .. } => Some(at.u / (unit * cast::scale(f)).max(f32::EPSILON)),
        _ => None,
    });
    fits.fold(1.0, f32::min)
}

/// How high a creature's back is above its base point over the middle of its body, in its units.
fn back_line(beast: &Figure, flip: bool) -> Option<f32> {
    let mut probe = Painter { cv: Canvas::new(400, 300), tint: None };
    cast::figure(&mut probe, beast, 200.0, 250.0, 1.0, flip, false);
    let w = 400usize;
    (185..=215)
        .filter_map(|x| {
            (0..300usize).find(|&y| probe.cv.px.get((y * w + x) * 3..(y * w + x) * 3 + 3).is_some_and(|p| p.iter().any(|&v| v > 0)))
        })
        .max()
        .map(|y| 250.0 - y as f32)
}

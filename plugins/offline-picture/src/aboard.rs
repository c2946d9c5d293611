//! Who is in a boat or a building, and the building a picture is about.
//! Reading: "the disciples in a small boat", "Noah's family on the ark", "a
//! boat … with frightened men holding on", "a dragon in a castle", "a
//! princess at the window of the tower" (the words decide: "in", "inside",
//! "on", "aboard", "at the window of"; "beside a boat" stays beside).
//! Placing: a boat with people in it is drawn big on the water in front, the
//! people standing in it behind the gunwale (upper bodies showing); a
//! building with someone in it, or a building alone in the picture, is drawn
//! big in front, whoever is in it standing in its doorway.

use crate::cast::{self, Piece};
use crate::layout::{self, Bbox, Extent, Frame};
use crate::paint::Painter;
use crate::place::{Ground, Place};
use crate::read::{Figure, Spec, Thing};
use crate::read_words::Tok;
use crate::{buildings, vehicles};
use storyloom_plugin_sdk::rng::Rng;

/// Figures inside a thing: `thing` is an index into `Spec::things`, `figures` into `Spec::figures`.
#[derive(Debug, Clone, PartialEq)]
pub struct Within {
    pub thing: usize,
    pub figures: Vec<usize>,
    /// "at the top of the lighthouse", "on top of the tower": up on its top, not in its doorway.
    pub top: bool,
}

/// Boats people can be in: (noun, inner half-width, the gunwale's height, how tall they are drawn, how much of
/// them the hull hides), in the boat's units.
const VESSELS: &[(&str, f32, f32, f32, f32)] = &[
    ("boat", 44.0, -26.0, 58.0, 0.42),
    ("sailboat", 44.0, -26.0, 58.0, 0.42),
    ("ship", 44.0, -26.0, 58.0, 0.42),
    ("canoe", 44.0, -20.0, 50.0, 0.42),
    ("raft", 38.0, -12.0, 48.0, 0.0),
    ("ark", 70.0, -50.0, 72.0, 0.45),
];

/// Buildings someone can be in, or the picture be about: (noun, door half-width, door height), in the building's units.
const BUILDINGS: &[(&str, f32, f32)] = &[
    ("castle", 10.0, 32.0),
    // The castle with its drawbridge down over its moat (`buildings::castle_gate`).
    ("drawbridge", 10.0, 32.0),
    ("moat", 10.0, 32.0),
    ("palace", 10.0, 32.0),
    ("tower", 9.0, 28.0),
    ("lighthouse", 6.0, 20.0),
    ("house", 8.0, 30.0),
    ("treehouse", 12.0, 30.0),
    ("fort", 10.0, 28.0),
    ("barn", 10.0, 30.0),
];

/// Where a building's top (the lighthouse's gallery, the tower's battlements) is, as a share of its height.
const TOP: f32 = 0.79;

fn vessel(noun: &str) -> Option<(f32, f32, f32, f32)> {
    VESSELS.iter().find(|v| v.0 == noun).map(|v| (v.1, v.2, v.3, v.4))
}

fn building(noun: &str) -> Option<(f32, f32)> {
    BUILDINGS.iter().find(|b| b.0 == noun).map(|b| (b.1, b.2))
}

/// Words a thing's own phrase may have between the "in" and the noun ("in his small wooden fishing boat").
pub(crate) fn describing(w: &str) -> bool {
    matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my" | "s")
        || crate::read_words::ADJECTIVES.contains(&w)
        || crate::catalog::COLOURS.iter().any(|c| c.0 == w)
        || matches!(w, "fishing" | "wooden" | "great" | "big" | "small" | "tall" | "old" | "stone" | "high" | "red" | "and" | "white")
        || (w.ends_with('y') && w.len() > 3 && !matches!(w, "very" | "every" | "they" | "only"))
}

/// Whether the words right before the thing at token `at` put someone in it: "in a boat", "on the ark",
/// "inside the castle", "at the window of the tower".
pub(crate) fn in_words(toks: &[Tok], at: usize) -> bool {
    let mut k = at;
    while k > 0 && at - k < 6 && describing(&toks[k - 1].w) && !toks[k - 1].brk {
        k -= 1;
    }
    // "in a palace garden", "in the castle courtyard": outside it.
    let next = toks.get(at + 1).map_or("", |t| t.w.as_str());
    if matches!(next, "garden" | "gardens" | "courtyard" | "gate" | "gates" | "grounds" | "yard" | "wall" | "walls" | "steps") {
        return false;
    }
    let Some(p) = k.checked_sub(1).map(|p| toks[p].w.as_str()) else { return false };
    if matches!(p, "in" | "inside" | "on" | "aboard" | "within") {
        return true;
    }
    // "climbed into the boat", but not "walking up a ramp into the ark": they are on the ramp.
    if matches!(p, "into" | "onto") {
        return !toks.iter().any(|t| t.w == "ramp");
    }
    // "at the window of the tower", "at the top of the castle", "in the doorway of the house", "on top of the tower".
    p == "of"
        && k >= 2
        && matches!(toks[k - 2].w.as_str(), "window" | "windows" | "top" | "door" | "doorway" | "balcony" | "back" | "front" | "deck")
}

/// Who is in a boat or a building. `spans` are where each figure's words start and end, `thing_at`
/// where each thing's noun is, in tokens.
/// On a stormy sea or out at sea, once anyone is in the boat everyone is: there is no shore to stand on.
pub fn read(toks: &[Tok], spans: &[(usize, usize)], thing_at: &[usize], things: &[Thing], n: usize, place: Place) -> Option<Within> {
    for (t, (&at, thing)) in thing_at.iter().zip(things).enumerate() {
        let is_vessel = vessel(thing.noun).is_some();
        if !is_vessel && building(thing.noun).is_none() {
            continue;
        }
        let mut figures: Vec<usize> = Vec::new();
        if in_words(toks, at) {
            // Everyone said before "in the boat".
            figures.extend((0..n.min(spans.len())).filter(|&f| spans[f].0 <= at));
        }
        // "a wooden boat with Jesus and his friends", "a boat tossed by waves, with frightened men holding on".
        if is_vessel && let Some(with) = (at + 1..toks.len()).find(|&k| toks[k].w == "with") {
            figures.extend((0..n.min(spans.len())).filter(|&f| spans[f].0 > with));
        }
        if !figures.is_empty() {
            if is_vessel && matches!(place, Place::Storm | Place::Sea) {
                figures = (0..n).collect();
            }
            if !is_vessel {
                // One or two stand in a doorway.
                figures.truncate(2);
            }
            let top = (at.saturating_sub(5)..at).any(|k| toks[k].w == "top");
            return Some(Within { thing: t, figures, top });
        }
    }
    None
}

/// The building the picture is about: the one someone is in, the first building when no one is drawn, or the
/// place's own building when the prompt describes it.
pub fn main_building(spec: &Spec) -> Option<usize> {
    if let Some(w) = spec.within.as_ref().filter(|w| spec.things.get(w.thing).is_some_and(|t| building(t.noun).is_some())) {
        return Some(w.thing);
    }
    // With people beside it, only the story's own place said with its looks ("by a tall red and white
    // lighthouse", "an old stone castle"); "near a castle" is in passing.
    // A drawbridge or moat said is the castle the picture is about.
    let gate = |t: &Thing| matches!(t.noun, "drawbridge" | "moat");
    let about = |t: &Thing| spec.figures.is_empty() || gate(t) || (spec.place.building() == Some(t.noun) && t.words.split(' ').count() > 1);
    spec.things.iter().position(|t| building(t.noun).is_some() && !spec.place.hides(t) && about(t))
}

/// A boat out at sea with no one beside it on land ("a wooden ship out at sea"): drawn big, afloat in front.
fn lone_at_sea(spec: &Spec) -> Option<usize> {
    let at_sea = matches!(spec.place, Place::Sea | Place::Storm) && spec.figures.is_empty();
    // A teacup boat stays the teacup it is made as (`draw::thing`).
    let made_of = |t: &Thing| t.words.split(' ').any(|w| crate::catalog::entry(w).is_some_and(|e| e.1 == crate::catalog::Fam::Object));
    spec.things.iter().position(|t| at_sea && vessel(t.noun).is_some() && t.noun != "ark" && !made_of(t))
}

/// Whether the picture is all open water, no land: out at sea with no one standing on a shore (everyone
/// is in the boat or flying over the water, or no one is drawn).
pub fn open_water(spec: &Spec) -> bool {
    let aboard = spec.within.as_ref().filter(|w| spec.things.get(w.thing).is_some_and(|t| vessel(t.noun).is_some()));
    // A bird flying over the flood ("a dove flying back to the ark") needs no shore to stand on.
    let afloat = |f: usize| aboard.is_some_and(|w| w.figures.contains(&f)) || spec.figures[f].look.flying;
    matches!(spec.place, Place::Sea | Place::Storm) && (0..spec.figures.len()).all(afloat)
}

/// One drawing placed: base point, pen unit and the box it covers.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub x: f32,
    pub y: f32,
    pub u: f32,
    /// What it covers (the tests check these).
    #[cfg_attr(not(test), allow(dead_code))]
    pub bbox: Bbox,
}

fn at(e: Extent, x: f32, y: f32, u: f32) -> At {
    At { x, y, u, bbox: Bbox { x0: x - e.left * u, y0: y - e.up * u, x1: x + e.right * u, y1: y + e.down * u } }
}

/// The holder and who is in it, placed.
#[derive(Debug, Clone)]
pub struct Placing {
    pub thing: usize,
    pub holder: At,
    pub flip: bool,
    pub members: Vec<(Figure, bool, At)>,
}

fn draw_holder(p: &mut Painter, t: &Thing, x: f32, y: f32, u: f32, flip: bool, snowy: bool) {
    let mut pen = p.pen(x, y, u, flip);
    if vessel(t.noun).is_some() {
        vehicles::vehicle(&mut pen, t.noun, t.colour);
    } else {
        buildings::draw(&mut pen, buildings::drawn_as(t.noun, &t.words), Some(t.colour), &mut Rng::new(0), snowy);
    }
}

/// Where the main building or the boat with people in it stands, and where they are in it, for a
/// `w` x `h` picture whose horizon is at `horizon` pixels.
pub fn place(spec: &Spec, w: u32, h: u32, horizon: f32) -> Option<Placing> {
    let (wf, hf) = (w as f32, h as f32);
    let unit = wf.min(hf) / 100.0;
    let frame = Frame { w: wf, h: hf, base: hf * 0.9, margin: cast::margin(w, h), gap: 0.0 };
    let left = Rng::new(spec.seed).coin();
    let within = spec.within.as_ref();
    let thing = within
        .map(|w| w.thing)
        .filter(|&t| spec.things.get(t).is_some_and(|t| vessel(t.noun).is_some()))
        .or_else(|| lone_at_sea(spec))
        .or_else(|| main_building(spec))?;
    let t = spec.things.get(thing)?;
    let flip = !left;
    let ext = layout::measure(|p, x, y, u| draw_holder(p, t, x, y, u, flip, false));
    let (x, y, u) = if vessel(t.noun).is_some() {
        // On the water in front, most of the picture wide.
        let y = match spec.place.ground() {
            Ground::Beach | Ground::Water => horizon + unit * 16.0,
            _ if spec.place == Place::River => horizon + unit * 22.0,
            // Afloat on the lake's still water, its waterline inside the lake's shore.
            _ if spec.place == Place::Lake => horizon + unit * 17.0,
            _ => hf * 0.9 - unit * 2.0,
        };
        let u = wf * 0.72 / (ext.left + ext.right).max(1.0);
        layout::keep_inside(ext, wf * 0.5, y, u, frame)
    } else {
        // Big in front: well over half the picture tall.
        let y = hf * 0.9 - unit * 2.0;
        let u = hf * 0.62 / ext.up.max(1.0);
        let x = if spec.figures.len() > within.map_or(0, |w| w.figures.len()) { if left { wf * 0.7 } else { wf * 0.3 } } else { wf * 0.5 };
        layout::keep_inside(ext, x, y, u, frame)
    };
    let holder = at(ext, x, y, u);
    let mut members: Vec<(Figure, bool, At)> = Vec::new();
    let inside: Vec<Figure> = within
        .filter(|w| w.thing == thing)
        .map(|w| {
            w.figures
                .iter()
                .filter_map(|&i| spec.figures.get(i))
                .flat_map(|f| (0..f.count.min(crate::read_words::MOST_OF_A_KIND)).map(|k| cast::member(f, k)))
                .collect()
        })
        .unwrap_or_default();
    let most = if vessel(t.noun).is_some() { crate::read_words::MOST_OF_A_KIND } else { 2 };
    let inside: Vec<Figure> = inside.into_iter().take(most).collect();
    let n = inside.len().max(1) as f32;
    // A building's doorway: its people stand on the ground, a little taller than the door.
    let (half, gunwale, tall, hide) = match (vessel(t.noun), building(t.noun)) {
        (Some(v), _) => v,
        (None, Some((door, high))) => ((door * 1.6).max(24.0) * n, 0.0, high * 1.6, 0.0),
        _ => return Some(Placing { thing, holder, flip, members }),
    };
    for (k, f) in inside.into_iter().enumerate() {
        let fflip = (k % 2 == 1) ^ left;
        let e = cast::extent(&Piece::Figure { f: f.clone(), flip: fflip, shadow: false });
        let slot = 2.0 * half * u / n;
        let fu = (tall * u / e.up.max(1.0)).min(slot / (e.left + e.right).max(1.0));
        let cx = x - half * u + slot * (k as f32 + 0.5);
        // Centred in its slot, whatever its shape.
        let fx = cx - (e.right - e.left) * fu / 2.0;
        // The hull hides the same share of each, however tall it is drawn (never below the keel).
        // One asleep lies along the gunwale, all of it showing.
        let hide = if f.asleep { 0.0 } else { hide };
        let feet = (gunwale + hide * e.up * fu / u.max(f32::EPSILON)).min(0.0);
        if let Some(w) = within.filter(|w| w.top && vessel(t.noun).is_none()) {
            // Up on the top (a lighthouse's gallery, a tower's battlements): small, side by side, feet on it.
            let n = w.figures.len().max(1) as f32;
            let tu = (ext.up * u * 0.14 / e.up.max(1.0)).min((ext.left + ext.right) * u * 0.9 / n / (e.left + e.right).max(1.0));
            let tx = x + (k as f32 - (n - 1.0) / 2.0) * (e.left + e.right) * tu - (e.right - e.left) * tu / 2.0;
            members.push((f, fflip, at(e, tx, y - ext.up * u * TOP, tu)));
            continue;
        }
        members.push((f, fflip, at(e, fx, y + feet * u, fu)));
    }
    Some(Placing { thing, holder, flip, members })
}

/// Draw the holder with whoever is in it: a boat's hull is drawn again over their legs. A building's
/// people are drawn later, with `members`, so nothing in front of the building covers them.
pub fn draw(p: &mut Painter, spec: &Spec, placing: &Placing, snowy: bool) {
    let Some(t) = spec.things.get(placing.thing) else { return };
    let h = placing.holder;
    draw_holder(p, t, h.x, h.y, h.u, placing.flip, snowy);
    if vessel(t.noun).is_some() {
        members(p, placing);
        let mut pen = p.pen(h.x, h.y, h.u, placing.flip);
        vehicles::hull_front(&mut pen, t.noun, t.colour);
        // Afloat: the waves lap along its waterline.
        if matches!(spec.place.ground(), Ground::Beach | Ground::Water) || spec.place == Place::River {
            let (x0, x1) = (h.bbox.x0, h.bbox.x1);
            crate::waters::waterline(p, x0, x1, h.y - h.u * 3.0, spec.place == Place::Storm);
        }
    }
}

/// Draw whoever is in the holder.
pub fn members(p: &mut Painter, placing: &Placing) {
    for (f, flip, a) in &placing.members {
        cast::figure(p, f, a.x, a.y, a.u, *flip, false);
    }
}

/// Whether the words say a thing is drawn with someone in it (for the description).
pub fn is_vessel(noun: &str) -> bool {
    vessel(noun).is_some()
}

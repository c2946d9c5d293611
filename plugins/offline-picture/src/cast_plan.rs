//! The plan of the front row: where each character, small thing and
//! vehicle stands, measured and set in a row by `layout.rs` so every one
//! lies inside the frame and none covers another, a crowd in two rows, the
//! hero of a crowd in front.

use crate::cast::{Piece, extent, member, scale};
use crate::catalog::Fam;
use crate::catalog_kin::drawn_as;
use crate::layout::{self, Frame, Item, Placed};
use crate::place::{Ground, Place};
use crate::read::{Spec, Thing};
use crate::read_words::MOST_OF_A_KIND;
use storyloom_plugin_sdk::rng::Rng;

/// Where the front row stands: each piece with its place on the canvas.
#[derive(Debug, Clone)]
pub struct Plan {
    pub pieces: Vec<(Piece, Placed)>,
    /// The figure riding a hot-air balloon, drawn in its basket instead.
    pub rider: Option<usize>,
    /// Things drawn in the front row with a character (a baby's manger, the tree someone sits in), not at the back.
    pub held: Vec<&'static str>,
}

impl Plan {
    /// Where a big thing behind everyone (the ark) rests: never lower than the back row's feet less `gap`,
    /// so those standing in front of it stand on the ground, not on its deck.
    pub fn behind_back_row(&self, y: f32, base: f32, gap: f32) -> f32 {
        let feet = self.pieces.iter().map(|(_, at)| at.y).filter(|&fy| fy < base - gap).fold(f32::MAX, f32::min);
        if feet < f32::MAX { y.min(feet - gap) } else { y }
    }
}

/// The margin kept free at the frame's edges, in pixels.
pub fn margin(w: u32, h: u32) -> f32 {
    w.min(h) as f32 / 100.0 * 2.0
}

/// Whether a kite in the picture is flown by a character (any character in the row holds it).
pub fn flown(spec: &Spec) -> bool {
    spec.things.iter().any(|t| t.noun == "kite") && !spec.figures.is_empty() && spec.place.ground() != Ground::Seabed
}

/// Things a child holds in one hand: drawn small beside the characters.
const HAND_SIZED: &[&str] = &["crayon", "feather", "key", "coin", "ring", "pearl", "acorn"];

/// Whether a thing is drawn in the front row with the characters (objects and things worn).
pub fn is_small(t: &Thing) -> bool {
    matches!(t.fam, Fam::Object | Fam::Wear)
}

/// Plan the front row of a read prompt for a `w` x `h` picture: the characters in a row (a
/// group's members each), the small things at the side away from the light, all inside the frame.
pub fn plan(spec: &Spec, w: u32, h: u32) -> Plan {
    // The same first coin as the painting's: which side the light is on.
    let left = Rng::new(spec.seed).coin();
    let mut rng = Rng::new(spec.seed ^ 0x5eed_ca57);
    let (wf, hf) = (w as f32, h as f32);
    let unit = w.min(h) as f32 / 100.0;
    let under = spec.place == Place::Underwater;
    let ground = spec.place.ground();
    let space = matches!(ground, Ground::Space | Ground::Moon);
    let base = hf * if under { 0.86 } else { 0.9 };
    let zoo_kept = crate::zoo::kept(spec);
    let rider =
        spec.things.iter().any(|t| t.noun == "hot air balloon").then(|| spec.figures.iter().position(|f| f.fam == Fam::Person)).flatten();
    let slots: Vec<(usize, usize)> = spec
        .figures
        .iter()
        .enumerate()
        // Whoever is in a boat or a building is drawn in it (`aboard.rs`), not in the row.
        .filter(|(i, _)| Some(*i) != rider && spec.within.as_ref().is_none_or(|w| !w.figures.contains(i)) && !crate::ride::takes(spec, *i))
        // The zoo's animals are in their enclosures, behind the railings (`zoo.rs`).
        .filter(|(i, _)| !zoo_kept.contains(i))
        // Whoever is in bed is drawn lying in it (`position_draw.rs`).
        .filter(|_| spec.position != Some(crate::position::Position::Bed))
        .flat_map(|(i, f)| (0..f.count.min(MOST_OF_A_KIND)).map(move |k| (i, k)))
        .collect();
    let n = slots.len().max(1) as f32;
    let crowd = if n > 3.0 {
        0.75
    } else if n > 2.0 {
        0.88
    } else {
        1.0
    };
    // "a baby in a basket", "a baby in a manger": the baby is drawn in it.
    let cradle =
        spec.things.iter().find(|t| matches!(t.noun, "basket" | "manger")).filter(|_| spec.figures.iter().any(|f| f.noun == "baby"));
    let tree = spec.things.iter().find(|t| t.noun == "tree").filter(|_| spec.perched.is_some());
    // The hero of a crowded picture is drawn larger than the crowd, in the front row's middle.
    let hero = crate::hero::of(spec, &slots);
    let mut people: Vec<(Piece, Item)> = Vec::new();
    for (s, &(i, k)) in slots.iter().enumerate() {
        let f = member(&spec.figures[i], k);
        let flip = (s % 2 == 1) ^ left;
        let flying = under || (f.fam == Fam::Bug && matches!(drawn_as(f.noun), "butterfly" | "dragonfly" | "bee" | "firefly"));
        let lift = if flying { hf * rng.range(0.05, 0.28) } else { rng.range(0.0, 3.0) * unit };
        let u = unit * scale(&f) * if hero == Some(i) && k == 0 { crate::hero::LARGER } else { crowd };
        let piece = match (cradle.filter(|_| f.noun == "baby" && k == 0), tree.filter(|_| spec.perched == Some(i) && k == 0)) {
            (Some(basket), _) => Piece::Cradle { f, basket: basket.clone(), flip, basket_scale: 0.5 / (scale_of(spec, i) * crowd) },
            (None, Some(t)) => Piece::Perched { f, tree: t.colour, flip },
            (None, None) => Piece::Figure { f, flip, shadow: !flying && !space },
        };
        let ext = extent(&piece);
        people.push((piece, Item { ext, u, lift, minor: false }));
    }
    crate::young::no_taller_than_children(&mut people);
    let mut smalls: Vec<(Piece, Item)> = Vec::new();
    // A kite someone holds flies on its string (`kite.rs`), not standing on the ground.
    let small = |t: &&Thing| is_small(t) && cradle.is_none_or(|c| c.noun != t.noun) && !(t.noun == "kite" && flown(spec));
    let kinds = spec.things.iter().filter(small).count();
    for t in spec.things.iter().filter(small) {
        let s = match t.noun {
            "balloon" | "kite" => 0.55,
            // Hand-sized things are drawn hand-sized beside the characters, never as a pole.
            _ if HAND_SIZED.contains(&t.noun) => 0.3,
            _ => 0.45,
        };
        // "a giant shimmering bubble, big enough for two friends": giant means big.
        let s = if t.count == 1 && ["giant", "huge", "big", "enormous"].iter().any(|b| t.words.split(' ').any(|w| w == *b)) {
            s * 2.2
        } else {
            s
        };
        let lift = if under { hf * 0.02 } else { -unit * 1.5 };
        // A few of each at most: the characters are what the picture is about.
        let piece = Piece::Small { t: t.clone(), flip: left };
        let ext = extent(&piece);
        // "five smooth stones": a number said of four or five is drawn as said.
        let drawn = if t.count >= 4 { t.count } else { t.count.min(if kinds > 1 { 2 } else { 3 }) };
        for _ in 0..drawn {
            smalls.push((piece.clone(), Item { ext, u: unit * s, lift, minor: true }));
        }
    }
    // A crowd leaves room for only a couple of small things, but a number said (up to twelve) is drawn as said.
    let counted = spec.things.iter().filter(small).filter(|t| t.count >= 4).map(|t| t.count).max().unwrap_or(0);
    smalls.truncate((if people.len() > 5 { 2 } else { 7 }).max(counted));
    // Vehicles standing on the ground (not flying, afloat or the ark behind everyone) stand beside them.
    let snowy = ground == Ground::Snow;
    let stands = |t: &&Thing| {
        let aloft = crate::vehicles::flies(t.noun) || (space && t.noun != "rocket") || (t.noun == "rocket" && spec.launch);
        let afloat = crate::vehicles::floats(t.noun) && matches!(ground, Ground::Beach | Ground::Water);
        let behind = matches!(t.noun, "ark" | "hot air balloon");
        // A boat with people in it is drawn with them (`aboard.rs`).
        let crewed = spec.within.as_ref().is_some_and(|w| spec.things.get(w.thing).is_some_and(|h| h.noun == t.noun));
        let ridden = crate::ride::vehicle(spec).and_then(|v| spec.things.get(v)).is_some_and(|v| v.noun == t.noun);
        t.fam == Fam::Vehicle && !spec.place.hides(t) && !under && !aloft && !afloat && !behind && !crewed && !ridden
    };
    let rides: Vec<(Piece, Item)> = spec
        .things
        .iter()
        .filter(stands)
        .map(|t| {
            // A rocket standing in the row is parked: no flames.
            let noun = if t.noun == "rocket" { "parked rocket" } else { t.noun };
            let piece = Piece::Ride { t: Thing { noun, ..t.clone() }, flip: !left, snowy };
            let ext = extent(&piece);
            (
                piece,
                Item {
                    ext,
                    u: unit
                        * match t.noun {
                            "rocket" => 0.36,
                            crate::build::NOUN => 0.46,
                            _ => 0.3,
                        },
                    lift: 0.0,
                    minor: false,
                },
            )
        })
        .collect();
    let ridden: Vec<&'static str> = spec.things.iter().filter(stands).map(|t| t.noun).collect();
    // A crowd stands in two rows: the later half a little smaller, behind and above the first.
    // At the zoo the row behind is the animals' (behind the railings): people stay outside, in front.
    if let Some(at) = hero.and_then(|h| slots.iter().position(|s| *s == (h, 0))) {
        let front = if people.len() > 6 { people.len() - people.len() / 2 } else { people.len() };
        crate::hero::to_the_front_middle(&mut people, at, front);
    }
    let person = |p: &(Piece, Item)| matches!(&p.0, Piece::Figure { f, .. } if f.fam == Fam::Person);
    if spec.place == crate::place::Place::Zoo && people.len() > 6 {
        people.sort_by_key(|p| !person(p));
    }
    let mut back: Vec<(Piece, Item)> = if people.len() > 6 { people.split_off(people.len() - people.len() / 2) } else { Vec::new() };
    if spec.place == crate::place::Place::Zoo {
        people.extend(back.extract_if(.., |p| person(p)));
    }
    // The small things stand on the side away from the sun or moon, vehicles between.
    // Around a fire: the campfire between them.
    if let Some(k) = smalls
        .iter()
        .position(|s| matches!(&s.0, Piece::Small { t, .. } if t.noun == "campfire"))
        .filter(|_| spec.position == Some(crate::position::Position::Fire))
    {
        let fire = smalls.remove(k);
        people.insert(people.len().div_ceil(2), fire);
    }
    let all: Vec<(Piece, Item)> = if left {
        people.into_iter().chain(rides).chain(smalls).collect()
    } else {
        smalls.into_iter().chain(rides).chain(people).collect()
    };
    let frame = Frame { w: wf, h: hf, base, margin: margin(w, h), gap: unit * 1.5 };
    let mut items: Vec<Item> = all.iter().map(|a| a.1).collect();
    let mut placed = layout::row(&items, frame);
    // With a row behind, the front row is kept short enough that the back row's feet are on the ground,
    // below the lowest horizon: no one stands on the clouds.
    let ground = hf * 0.64;
    let top = placed.iter().map(|p| p.bbox.y0).fold(base, f32::min);
    // As much smaller as the front row was made to fit (the back row is made smaller still).
    let fitted = items.iter().zip(&placed).filter(|(it, _)| !it.minor).map(|(it, p)| p.u / it.u.max(f32::EPSILON)).fold(1.0, f32::min);
    let mut k = 1.0;
    if !back.is_empty() && !under && !space && top - unit < ground + unit {
        k = ((base - ground - unit * 2.0) / (base - top).max(1.0)).clamp(0.3, 1.0);
        for (it, p) in items.iter_mut().zip(&placed) {
            it.u = p.u * k;
        }
        placed = layout::row(&items, frame);
    }
    let held = cradle.into_iter().chain(tree).map(|t| t.noun).chain(ridden).collect();
    let mut pieces: Vec<(Piece, layout::Placed)> = Vec::new();
    if !back.is_empty() {
        // Their feet just above the front row's heads, so no one covers anyone.
        let top = placed.iter().map(|p| p.bbox.y0).fold(base, f32::min);
        // As much smaller as the front row was made to fit, and a little more (further away).
        let shrink = |(piece, it): (Piece, Item)| (piece, Item { u: it.u * fitted * k * 0.9, lift: 0.0, ..it });
        let back: Vec<(Piece, Item)> = back.into_iter().map(shrink).collect();
        let items: Vec<Item> = back.iter().map(|a| a.1).collect();
        // A giant in front may still reach higher: the back row stands on the ground behind him all the same.
        let placed = layout::row(&items, Frame { base: if under || space { top - unit } else { (top - unit).max(ground) }, ..frame });
        pieces.extend(back.into_iter().map(|a| a.0).zip(placed));
    }
    pieces.extend(all.into_iter().map(|a| a.0).zip(placed));
    Plan { pieces, rider, held }
}

fn scale_of(spec: &Spec, i: usize) -> f32 {
    spec.figures.get(i).map_or(0.4, scale)
}

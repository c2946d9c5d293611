//! Dressed for the cold: "Mittens on, hats on, scarves on", "just after putting
//! on warm mittens", "wrapped up warm". Said of everyone (in the plural, or as
//! warm clothes), every person in the picture wears them; out in the snow or
//! on the ice everyone wears a hat, a scarf and mittens whether it is said or
//! not. Each person's woollens are in colours of their own, picked from their
//! name or words, so they are the same in every scene of a story; a hat or
//! scarf said of one person stays that person's (`read_scan.rs`).

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::place::{Ground, Place};
use crate::read_types::Figure;

/// Words that dress everyone, and what each puts on.
const WINTER: &[(&str, &[&str])] = &[
    ("mittens", &["mittens"]),
    ("gloves", &["mittens"]),
    ("hats", &["hat"]),
    ("woolly hat", &["hat"]),
    ("bobble hat", &["hat"]),
    ("scarves", &["scarf"]),
    ("warm clothes", &["mittens", "hat", "scarf"]),
    ("winter clothes", &["mittens", "hat", "scarf"]),
    ("wrapped up warm", &["mittens", "hat", "scarf"]),
    ("bundled up", &["mittens", "hat", "scarf"]),
];

/// Woolly colours, one after another for each person.
const WOOL: &[Rgb] = &[Rgb(215, 60, 60), Rgb(60, 120, 210), Rgb(240, 180, 40), Rgb(60, 160, 90), Rgb(150, 80, 190)];

/// Each figure's woollens seed, from its name or its own words alone (read before anything else is added to
/// its look): the same in every scene it is in.
pub(crate) fn seeds(figures: &[Figure]) -> Vec<u64> {
    let seed = |f: &Figure| {
        // Not the woollens themselves: "…brother, mittens on" is the same brother as without them.
        let mut look = f.look.clone();
        look.wear.retain(|w| !matches!(w.0, "hat" | "scarf" | "mittens"));
        if look.name != 0 { look.name } else { look.key(f.noun) }
    };
    figures.iter().map(seed).collect()
}

/// Puts the winter clothes `lower` (the prompt's words, lower-cased, spaced) says on every person, and all of
/// them (hat, scarf, mittens) on everyone out in the snow (`place`); `seeds` from `seeds`.
pub(crate) fn dress(lower: &str, place: Place, seeds: &[u64], figures: &mut [Figure]) {
    let mut items: Vec<&'static str> =
        WINTER.iter().filter(|(k, _)| lower.contains(&format!(" {k} "))).flat_map(|(_, items)| items.iter().copied()).collect();
    if place.ground() == Ground::Snow {
        items.extend(["hat", "scarf", "mittens"]);
    }
    if items.is_empty() {
        return;
    }
    for (f, &seed) in figures.iter_mut().zip(seeds).filter(|(f, _)| f.fam == Fam::Person && !suited(f)) {
        // The hat and mittens in one colour, the scarf in another.
        let a = usize::try_from(seed % WOOL.len() as u64).unwrap_or(0);
        let b = (a + 1 + usize::try_from(seed / WOOL.len() as u64 % 4).unwrap_or(0)) % WOOL.len();
        // "Leo…, mittens on": woollens said with no colour are this person's own woollens, not the catalogue's.
        let plain = |w: &(&str, Rgb)| items.contains(&w.0) && crate::catalog::entry(w.0).is_some_and(|e| e.2 == w.1);
        f.look.wear.retain(|w| !plain(w));
        // Always put on in one order, so the look (and all it picks) is the same whichever words said them.
        for item in ["hat", "scarf", "mittens"].iter().filter(|i| items.contains(i)) {
            if f.look.wears(item).is_none() {
                f.look.wear.push((item, WOOL[if *item == "scarf" { b } else { a }]));
            }
        }
    }
}

/// Dressed in something of their own that a woolly hat would not go on: a space suit, armour, a crown, wings.
fn suited(f: &Figure) -> bool {
    matches!(f.noun, "astronaut" | "knight" | "angel" | "king" | "queen" | "prince" | "princess" | "baby")
        || ["space suit", "armour", "crown", "helmet"].iter().any(|w| f.look.wears(w).is_some())
}

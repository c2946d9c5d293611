//! Dressed for the cold: "Mittens on, hats on, scarves on", "just after putting
//! on warm mittens", "wrapped up warm". Said of everyone (in the plural, or as
//! warm clothes), every person in the picture wears them, each in their own
//! colour; a hat or scarf said of one person stays that person's (`read_scan.rs`).

use crate::canvas::Rgb;
use crate::catalog::Fam;
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

/// Puts the winter clothes `lower` (the prompt's words, lower-cased, spaced) says on every person.
pub(crate) fn dress(lower: &str, figures: &mut [Figure]) {
    let items: Vec<&'static str> =
        WINTER.iter().filter(|(k, _)| lower.contains(&format!(" {k} "))).flat_map(|(_, items)| items.iter().copied()).collect();
    if items.is_empty() {
        return;
    }
    for (n, f) in figures.iter_mut().filter(|f| f.fam == Fam::Person).enumerate() {
        for (k, item) in items.iter().enumerate() {
            if f.look.wears(item).is_none() {
                f.look.wear.push((item, WOOL[(n + k) % WOOL.len()]));
            }
        }
    }
}

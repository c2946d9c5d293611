//! The choices of the story's own place (`land.rs`, `water_sky.rs`): a scene
//! of the premise offers what there is to do where the story happens, so
//! most choices are specific to it and the ones any story could offer are rare.

mod land;
mod water_sky;

use crate::bank::Choice;
use crate::premise::Premise;

/// A place's neighbour, whose choices fit it too once its own are all offered.
const KIN: &[(&str, &str)] = &[
    ("Lighthouse", "Beach"),
    ("Beach", "Sea"),
    ("Sea", "Beach"),
    ("Island", "Beach"),
    ("Lake", "River"),
    ("River", "Meadow"),
    ("Snow", "Forest"),
    ("Forest", "Meadow"),
    ("Park", "Garden"),
    ("Garden", "Meadow"),
    ("Farm", "Meadow"),
    ("Meadow", "Garden"),
    ("Moon", "Stars"),
    ("Stars", "Sky"),
    ("Sky", "Stars"),
    ("Castle", "Stars"),
    ("Mountain", "Forest"),
    ("Jungle", "Forest"),
    ("Campfire", "Stars"),
    ("Kitchen", "Bakery"),
    ("Bakery", "Kitchen"),
    ("House", "Window"),
    ("Window", "House"),
];

/// The choices of one place title.
fn of(title: &str) -> impl Iterator<Item = &'static Choice> + '_ {
    land::LAND.iter().chain(water_sky::WATER_SKY).filter(move |(t, _)| *t == title).flat_map(|(_, list)| list.iter())
}

/// The choices of the premise's place (under the water the deep sea's), then its neighbour's.
pub fn choices(p: &Premise) -> (Vec<&'static Choice>, Vec<&'static Choice>) {
    let title = if p.place.underwater { "Deep" } else { p.place.title };
    let kin = KIN.iter().find(|(t, _)| *t == title).map_or("", |(_, k)| k);
    // At night nothing of the day: no butterflies, clouds or sunbathing lizards.
    let night = matches!(p.time, Some(crate::words::Time::Night));
    let kin = if night && p.place.realm == crate::words::Realm::Land && p.place.title != "House" { "Stars" } else { kin };
    let fits = |c: &&Choice| !night || !DAYTIME.iter().any(|w| c.text.contains(w) || c.outcome.contains(w));
    (of(title).filter(fits).collect(), of(kin).filter(fits).collect())
}

/// Words of things only seen by day.
const DAYTIME: &[&str] = &["butterfl", "sun", "cloud", "bee", "swing", "dandelion", "strawberr", "geese", "parrot", "rainbow"];

/// Every place's choices, so a choice taken is found again when its scene is replanned.
pub fn all() -> impl Iterator<Item = &'static Choice> {
    land::LAND.iter().chain(water_sky::WATER_SKY).flat_map(|(_, list)| list.iter())
}

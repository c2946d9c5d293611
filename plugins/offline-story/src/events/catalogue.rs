//! Every event, moment and first step the storyteller knows, in one place:
//! for finding what a choice taken in an earlier scene leads to (also after
//! a length change moved the plan), and for the tests.

use super::starts::{self, Start};
use super::{Event, indoors, moments, objects, outings, place_moments, place_starts, places, water};
use crate::bank::Choice;

/// Every event list, in no particular order.
const EVENTS: &[&[Event]] = &[
    objects::BUILD,
    objects::SPACE,
    objects::BOAT,
    objects::AIR,
    objects::ROAD,
    objects::KITE,
    objects::CARRY,
    objects::STAY,
    places::MOON,
    places::STARS,
    water::LIGHTHOUSE,
    water::BEACH,
    water::SEA,
    water::REEF,
    places::SNOW,
    places::FOREST,
    places::GARDEN,
    places::CASTLE,
    places::FARM,
    places::JUNGLE,
    places::MOUNTAIN,
    places::SKY,
    water::WATERSIDE,
    indoors::KITCHEN,
    indoors::BAKERY,
    indoors::HOUSE,
    outings::TOWN,
    outings::ZOO,
    outings::DESERT,
    outings::CAVE,
    places::ANYWHERE,
];

/// Every moment list.
const MOMENTS: &[&[Event]] = &[
    moments::BUILD,
    moments::SPACE,
    moments::BOAT,
    moments::AIR,
    moments::ROAD,
    moments::KITE,
    moments::CARRY,
    moments::STAY,
    moments::GENERAL,
    place_moments::MOON,
    place_moments::STARS,
    place_moments::LIGHTHOUSE,
    place_moments::BEACH,
    place_moments::SEA,
    place_moments::REEF,
    place_moments::SNOW,
    place_moments::FOREST,
    place_moments::GARDEN,
    place_moments::CASTLE,
    place_moments::FARM,
    place_moments::JUNGLE,
    place_moments::MOUNTAIN,
    place_moments::SKY,
    place_moments::WATERSIDE,
    place_moments::KITCHEN,
    place_moments::BAKERY,
    place_moments::HOUSE,
    place_moments::TOWN,
    place_moments::ZOO,
    place_moments::DESERT,
    place_moments::CAVE,
];

/// Every first step.
const STARTS: &[&Start] = &[
    &starts::BUILD,
    &starts::SPACE,
    &starts::BOAT,
    &starts::AIR,
    &starts::ROAD,
    &starts::KITE,
    &starts::CARRY,
    &starts::STAY,
    &place_starts::MOON,
    &place_starts::STARS,
    &place_starts::LIGHTHOUSE,
    &place_starts::BEACH,
    &place_starts::SEA,
    &place_starts::REEF,
    &place_starts::SNOW,
    &place_starts::FOREST,
    &place_starts::GARDEN,
    &place_starts::CASTLE,
    &place_starts::FARM,
    &place_starts::JUNGLE,
    &place_starts::MOUNTAIN,
    &place_starts::SKY,
    &place_starts::WATERSIDE,
    &place_starts::KITCHEN,
    &place_starts::BAKERY,
    &place_starts::HOUSE,
    &place_starts::TOWN,
    &place_starts::ZOO,
    &place_starts::DESERT,
    &place_starts::CAVE,
    &place_starts::ANYWHERE,
];

/// Every event (the journey's own choices, which stay where they were taken; tests).
pub fn all_events() -> impl Iterator<Item = &'static Event> {
    EVENTS.iter().copied().flatten()
}

/// Every moment: a scene that tells one goes on from the one before (its picture leads with the choice).
pub fn all_moments() -> impl Iterator<Item = &'static Event> {
    MOMENTS.iter().copied().flatten()
}

/// Every choice an event, a moment or a first step offers, for finding what
/// a choice taken in an earlier scene leads to.
pub fn all_choices() -> impl Iterator<Item = &'static Choice> {
    let events = EVENTS.iter().chain(MOMENTS).copied().flatten().map(|e| &e.choice);
    events.chain(STARTS.iter().flat_map(|s| s.choices.iter())).chain(starts::SHARED).chain(crate::bank::ALONG).chain(crate::here::all())
}

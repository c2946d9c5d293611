//! The events of a kids story's middle scenes, chosen from what the premise
//! is about: building its object, riding or carrying it (`objects.rs`), and
//! the happenings of its place (`places.rs`). Each event says what happens,
//! what the picture shows, and one choice of its own with what it leads to.
//! Which event a middle scene tells is worked out from the premise, the
//! scene number and the length, and from the scenes already told, so no
//! event is told twice along one path.

mod objects;
mod places;
mod water;

use crate::bank::Choice;
use crate::premise::Premise;
use crate::text::fill;
use crate::words::things::Use;

/// One event of a middle scene.
#[derive(Debug)]
pub struct Event {
    /// What happens: two or three short sentences naming the object or the place.
    pub text: &'static str,
    /// The picture's action.
    pub visual: &'static str,
    /// A choice offered after it, with the line that opens the next scene when it is taken.
    pub choice: Choice,
    /// Where the picture is when the event happens on the way, not at the story's place.
    pub at: Option<&'static str>,
}

const fn e(text: &'static str, visual: &'static str, choice: &'static str, outcome: &'static str) -> Event {
    Event { text, visual, choice: Choice { text: choice, outcome }, at: None }
}

/// An event on the way, painted `at` its own place ("in a sunny back garden").
const fn on_the_way(at: &'static str, event: Event) -> Event {
    Event { at: Some(at), ..event }
}

/// Where a part of a premise's events comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum From {
    /// Making the object.
    Build,
    /// Riding in the object: take-off and the journey.
    Ride,
    /// Carrying, flying or building the object.
    Object,
    /// The place's own events.
    Place,
    /// Events any place could have.
    Anywhere,
}

/// The premise's events as parts in story order: building the object, the
/// object's own journey, then its place.
fn parts(p: &Premise) -> Vec<(From, &'static [Event])> {
    let mut parts: Vec<(From, &'static [Event])> = Vec::new();
    if let Some(o) = &p.object {
        let noun = o.phrase.rsplit(' ').next().unwrap_or("");
        let own: (From, &'static [Event]) = match (o.used, noun) {
            (Use::Stay, _) => (From::Object, objects::STAY),
            (_, "rocket" | "spaceship") => (From::Ride, objects::SPACE),
            (_, "boat" | "sailboat" | "ship" | "raft" | "canoe") => (From::Ride, objects::BOAT),
            (_, "balloon" | "airplane" | "helicopter" | "carpet") => (From::Ride, objects::AIR),
            (_, "train" | "truck" | "bus" | "car" | "tractor" | "bike" | "scooter" | "wagon") => (From::Ride, objects::ROAD),
            (_, "kite") => (From::Object, objects::KITE),
            (Use::Carry, _) => (From::Object, objects::CARRY),
            // A submarine or a sled: its place tells the ride.
            (Use::Ride(_), _) => (From::Object, &[]),
        };
        if o.made && o.used != Use::Stay {
            parts.push((From::Build, objects::BUILD));
        }
        parts.push(own);
    }
    parts.push(match places::of(p.place.title) {
        Some(events) => (From::Place, events),
        None => (From::Anywhere, places::ANYWHERE),
    });
    parts.retain(|part| !part.1.is_empty());
    parts
}

/// Whether the middle scenes tell the object's ride (take-off, the journey).
pub fn rides(p: &Premise) -> bool {
    parts(p).iter().any(|part| part.0 == From::Ride)
}

/// Whether the premise's events belong to it (an object's, or a place with events of its own).
pub fn specific(p: &Premise) -> bool {
    parts(p).iter().any(|part| part.0 != From::Anywhere)
}

/// `count` events for `count` middle scenes, in story order: the first of
/// every part, then the place's next, the object's next, and so on, so a
/// short story still builds the rocket, takes off and lands on the moon.
fn selected(parts: &[(From, &'static [Event])], count: usize) -> Vec<(usize, usize)> {
    let mut chosen: Vec<(usize, usize)> = Vec::new();
    let longest = parts.iter().map(|p| p.1.len()).max().unwrap_or(0);
    for k in 0..longest {
        let order: Vec<usize> = if k == 0 { (0..parts.len()).collect() } else { (0..parts.len()).rev().collect() };
        for part in order {
            if chosen.len() < count && k < parts[part].1.len() {
                chosen.push((part, k));
            }
        }
    }
    chosen.sort_unstable();
    chosen
}

/// A text with only its words, lower case, for finding an event in a told scene.
fn words_only(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The event middle scene `scene` of `target` tells, if any (none: the scene
/// is built around a discovery instead). `told` are the texts of the scenes
/// already told on this path: an event found there is never told again, and
/// the story goes on after the latest one told.
pub fn for_scene(p: &Premise, scene: u32, target: u32, told: &[String]) -> Option<&'static Event> {
    let middle = target.saturating_sub(2) as usize;
    let i = (scene as usize).checked_sub(2).filter(|&i| i < middle)?;
    let parts = parts(p);
    let all: Vec<(usize, usize)> = parts.iter().enumerate().flat_map(|(i, part)| (0..part.1.len()).map(move |k| (i, k))).collect();
    let event = |at: (usize, usize)| &parts[at.0].1[at.1];
    // More middle scenes than events: the events spread out, discoveries in between.
    let chosen = selected(&parts, middle);
    let pick = if chosen.len() >= middle {
        chosen.get(i).copied()
    } else {
        let j = i * chosen.len() / middle;
        let starts = i == 0 || (i - 1) * chosen.len() / middle != j;
        chosen.get(j).copied().filter(|_| starts)
    };
    let told: Vec<String> = told.iter().map(|t| words_only(t)).collect();
    let is_told = |at: (usize, usize)| {
        let text = words_only(&fill(event(at).text, &|k| p.lookup(k)));
        told.iter().any(|t| t.contains(&text))
    };
    let latest = all.iter().rposition(|&at| is_told(at));
    match (pick, latest) {
        (Some(at), None) => Some(event(at)),
        // A length change moved the plan: the first event after the latest one told.
        (Some(at), Some(l)) if all.iter().position(|&x| x == at).is_some_and(|x| x > l) => Some(event(at)),
        (Some(_), Some(l)) => all.get(l + 1).map(|&at| event(at)),
        (None, _) => None,
    }
}

/// The premise's events in story order (tests).
#[cfg(test)]
pub fn sequence(p: &Premise) -> Vec<&'static Event> {
    parts(p).into_iter().flat_map(|part| part.1.iter()).collect()
}

/// Every event, for finding what a choice taken in an earlier scene leads to.
pub fn all_events() -> impl Iterator<Item = &'static Event> {
    [
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
        places::ANYWHERE,
    ]
    .into_iter()
    .flatten()
}

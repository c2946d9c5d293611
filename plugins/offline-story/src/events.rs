//! The events of a kids story, chosen from what the premise is about:
//! building its object, riding or carrying it (`objects.rs`), and the
//! happenings of its place (`places.rs`, `water.rs`, `indoors.rs`,
//! `outings.rs`); scene 1's first step into them (`starts.rs`,
//! `place_starts.rs`); and the small moments that fill a long story's gaps
//! (`moments.rs`, `place_moments.rs`), all listed in `catalogue.rs`. Each
//! event says what happens, what the picture shows, and one choice of its
//! own with what it leads to. Which
//! event a middle scene tells is worked out from the premise, the scene
//! number and the length, and from the scenes already told, so no event is
//! told twice along one path. No choice treats a character as a thing.

mod catalogue;
mod indoors;
mod moments;
mod objects;
mod outings;
mod place_moments;
mod place_starts;
mod places;
mod plots;
mod stage;
pub mod starts;
mod water;

use crate::bank::Choice;
use crate::premise::Premise;
use crate::text::fill;
use crate::words::things::Use;
pub use catalogue::all_events;
pub use catalogue::{all_choices, all_moments};
pub use stage::{Stage, stage, where_now};
use starts::Start;
use storyloom_plugin_sdk::rng::fnv1a;

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

/// An event on the way, painted `at` its own place ("in a back garden").
const fn on_the_way(at: &'static str, event: Event) -> Event {
    Event { at: Some(at), ..event }
}

/// What an object or a place brings to a story: its events in order, the
/// small moments that fill gaps between them, and scene 1's first step.
pub struct Setting {
    events: &'static [Event],
    moments: &'static [Event],
    start: &'static Start,
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

/// One part of a premise's story: its events and moments, without those
/// whose choice would treat one of the characters as a thing.
struct Part {
    from: From,
    events: Vec<&'static Event>,
    moments: Vec<&'static Event>,
    start: &'static Start,
}

/// Whether `text` names the kind of one of the characters ("the snowman" when
/// the hero is a snowman): a choice must not treat a character as a thing.
pub fn names_cast(p: &Premise, text: &str) -> bool {
    let low = text.to_lowercase();
    let words: Vec<&str> = low.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    p.cast.iter().any(|m| {
        let kind = m.kind.to_lowercase();
        let plural = format!("{kind}s");
        words.iter().any(|w| *w == kind || *w == plural)
    })
}

fn keeps(p: &Premise, e: &Event) -> bool {
    !names_cast(p, e.choice.text) && !names_cast(p, e.choice.outcome)
}

/// The setting of the premise's object, and where its events come from.
fn object_setting(used: Use, noun: &str) -> (From, Setting) {
    use moments as m;
    let set = |events, moments, start| Setting { events, moments, start };
    match (used, noun) {
        (Use::Stay, _) => (From::Object, set(objects::STAY, m::STAY, &starts::STAY)),
        (_, "rocket" | "spaceship") => (From::Ride, set(objects::SPACE, m::SPACE, &starts::SPACE)),
        (_, "boat" | "sailboat" | "ship" | "raft" | "canoe") => (From::Ride, set(objects::BOAT, m::BOAT, &starts::BOAT)),
        (_, "balloon" | "airplane" | "helicopter" | "carpet") => (From::Ride, set(objects::AIR, m::AIR, &starts::AIR)),
        (_, "train" | "truck" | "bus" | "car" | "tractor" | "bike" | "scooter" | "wagon") => {
            (From::Ride, set(objects::ROAD, m::ROAD, &starts::ROAD))
        }
        (_, "kite") => (From::Object, set(objects::KITE, m::KITE, &starts::KITE)),
        (Use::Carry, _) => (From::Object, set(objects::CARRY, m::CARRY, &starts::CARRY)),
        // A submarine or a sled: its place tells the ride.
        (Use::Ride(_), _) => (From::Object, set(&[], &[], &place_starts::ANYWHERE)),
    }
}

/// The premise's events as parts in story order: building the object, the
/// object's own journey, then its place.
fn parts(p: &Premise) -> Vec<Part> {
    let mut settings: Vec<(From, Setting)> = Vec::new();
    if let Some(o) = &p.object {
        let noun = o.phrase.rsplit(' ').next().unwrap_or("");
        if o.made && o.used != Use::Stay {
            settings.push((From::Build, Setting { events: objects::BUILD, moments: moments::BUILD, start: &starts::BUILD }));
        }
        settings.push(object_setting(o.used, noun));
    }
    settings.push(match places::of(p.place.title, p.seed) {
        Some(setting) => (From::Place, setting),
        None => (From::Anywhere, Setting { events: places::ANYWHERE, moments: &[], start: &place_starts::ANYWHERE }),
    });
    let own = |list: &'static [Event]| list.iter().filter(|e| keeps(p, e)).collect::<Vec<_>>();
    let mut parts: Vec<Part> =
        settings.into_iter().map(|(from, s)| Part { from, events: own(s.events), moments: own(s.moments), start: s.start }).collect();
    parts.retain(|part| !part.events.is_empty());
    // A place whose sights come in any order (the zoo's animals): the story's seed orders them, so one premise twice is two plots.
    if let Some(part) = parts
        .iter_mut()
        .find(|part| part.from == From::Place)
        .filter(|part| part.events.iter().any(|e| ANY_ORDER.iter().any(|sights| sights.iter().any(|s| s.visual == e.visual))))
    {
        storyloom_plugin_sdk::rng::Rng::new(fnv1a(p.seed, b"sights")).shuffle(&mut part.events);
    }
    parts
}

/// Places' events that are sights seen in any order (their words say no "first" or "last"); a place's other plots keep theirs.
const ANY_ORDER: &[&[Event]] = &[outings::ZOO, outings::TOWN];

/// Whether the middle scenes tell the object's ride (take-off, the journey).
pub fn rides(p: &Premise) -> bool {
    parts(p).iter().any(|part| part.from == From::Ride)
}

/// Whether the premise's events belong to it (an object's, or a place with events of its own).
pub fn specific(p: &Premise) -> bool {
    parts(p).iter().any(|part| part.from != From::Anywhere)
}

/// Scene 1's first step: the first part's (finding boxes for a rocket to
/// build, seeing the lighthouse from the rocks). None for a premise the
/// storyteller cannot place at all (no object, and a place chosen by the seed).
pub fn start_of(p: &Premise) -> Option<&'static Start> {
    if !p.placed && p.object.is_none() {
        return None;
    }
    parts(p).first().map(|part| part.start)
}

/// The choices of a first step: its own, then the ones in the premise's own
/// words, none of them treating a character as a thing.
pub fn start_choices(p: &Premise, start: &'static Start) -> Vec<&'static Choice> {
    start
        .choices
        .iter()
        .chain(starts::SHARED)
        .filter(|c| !names_cast(p, c.text) && !names_cast(p, c.outcome))
        .filter(|c| crate::bodies::offered(p, c.text))
        .collect()
}

/// `count` events for `count` middle scenes, in story order: the first of
/// every part, then the place's next, the object's next, and so on, so a
/// short story still builds the rocket, takes off and lands on the moon.
fn selected(parts: &[Part], count: usize) -> Vec<(usize, usize)> {
    let mut chosen: Vec<(usize, usize)> = Vec::new();
    let longest = parts.iter().map(|p| p.events.len()).max().unwrap_or(0);
    for k in 0..longest {
        let order: Vec<usize> = if k == 0 { (0..parts.len()).collect() } else { (0..parts.len()).rev().collect() };
        for part in order {
            if chosen.len() < count && k < parts[part].events.len() {
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

/// The event middle scene `scene` of `target` tells. `told` are the texts of
/// the scenes already told on this path: an event found there is never told
/// again, and the story goes on after the latest one told. A long story has
/// more middle scenes than the premise has events: the events spread out,
/// and the scenes between them tell small moments of the part of the story
/// they are in (a break while building, a snack in the rocket, a creature of the place).
pub fn for_scene(p: &Premise, scene: u32, target: u32, told: &[String]) -> Option<&'static Event> {
    let middle = target.saturating_sub(2) as usize;
    let i = (scene as usize).checked_sub(2).filter(|&i| i < middle)?;
    let parts = parts(p);
    let all: Vec<(usize, usize)> = parts.iter().enumerate().flat_map(|(i, part)| (0..part.events.len()).map(move |k| (i, k))).collect();
    let event = |at: (usize, usize)| parts[at.0].events[at.1];
    let chosen = selected(&parts, middle);
    if chosen.is_empty() {
        return None;
    }
    // Scene `i`'s event, or the index of the part whose gap it is in.
    let slot = |i: usize| -> Result<(usize, usize), usize> {
        if chosen.len() >= middle {
            return chosen.get(i).copied().ok_or(0);
        }
        let j = i * chosen.len() / middle;
        let starts = i == 0 || (i - 1) * chosen.len() / middle != j;
        let at = chosen.get(j).copied().unwrap_or((0, 0));
        if starts { Ok(at) } else { Err(at.0) }
    };
    let (pick, gap) = match slot(i) {
        Ok(at) => (Some(at), None),
        Err(part) => (None, Some(part)),
    };
    // The object's full name is said once a paragraph ("the cardboard rocket", then "the rocket"): compared short.
    let short = |text: &str| match &p.object {
        Some(o) => words_only(text).replace(&words_only(&o.phrase), o.phrase.rsplit(' ').next().unwrap_or("")),
        None => words_only(text),
    };
    let told: Vec<String> = told.iter().map(|t| short(t)).collect();
    let is_told = |at: (usize, usize)| {
        let full = fill(event(at).text, &|k| p.lookup(k));
        let (text, there) = (short(&full), short(&crate::arrived::as_told_there(&full)));
        told.iter().any(|t| t.contains(&text) || t.contains(&there))
    };
    let latest = all.iter().rposition(|&at| is_told(at));
    // What can still be told after a length change: an event not told whose part has told
    // nothing after it, and, for the building or the ride, no later part has begun (no blast-off after landing).
    let open = |at: (usize, usize)| {
        let later_told = |x: &(usize, usize)| (x.0 == at.0 && x.1 > at.1) || (x.0 > at.0 && parts[at.0].from != From::Object);
        !is_told(at) && !all.iter().filter(|x| later_told(x)).any(|&x| is_told(x))
    };
    let next = match (pick, latest) {
        // Never ahead of the premise's own order: a planned event still untold before this one comes first
        // (a typed idea took the blast-off's scene: the rocket flies before it lands).
        // Only with the whole story so far (the host's told scenes), and only after the latest told.
        (Some(at), _) if told.len() > i => {
            let after_latest = |x: &(usize, usize)| latest.is_none_or(|l| all.iter().position(|a| a == x).is_some_and(|k| k > l));
            match chosen.iter().copied().find(|x| *x < at && after_latest(x) && open(*x)) {
                Some(earlier) => Some(event(earlier)),
                None if latest.is_some() => {
                    let first_open = |same: bool| all.iter().copied().find(|&x| (!same || x.0 == at.0) && open(x));
                    first_open(true).or_else(|| first_open(false)).map(event)
                }
                None => Some(event(at)),
            }
        }
        (Some(at), None) => Some(event(at)),
        // A length change moved the plan: the first event of the planned one's part that can still be
        // told (the kite's next, not the one after), else the first that can.
        (Some(at), Some(_)) => {
            let first_open = |same: bool| all.iter().copied().find(|&x| (!same || x.0 == at.0) && open(x));
            first_open(true).or_else(|| first_open(false)).map(event)
        }
        (None, _) => None,
    };
    match (next, latest) {
        (Some(event), _) => Some(event),
        // A gap, or every event already told ("Keep going" after the last one): a moment.
        (None, latest) => {
            let planned = gap.or_else(|| pick.map(|at| at.0)).unwrap_or(0);
            // The part the story is in: the last event planned or told before this scene.
            let part = latest.and_then(|l| all.get(l)).map_or(planned, |at| at.0.max(planned));
            // Each gap takes the next moment of its part, then the next one of any place, so none comes twice.
            let (mut used, mut overflow) = (vec![0usize; parts.len()], 0);
            for earlier in 0..i {
                if let Err(k) = slot(earlier) {
                    match used.get_mut(k) {
                        Some(n) if *n < parts[k].moments.len() => *n += 1,
                        _ => overflow += 1,
                    }
                }
            }
            let general: Vec<&'static Event> = moments::GENERAL.iter().filter(|e| keeps(p, e)).collect();
            let said = |m: &&'static Event| {
                let full = fill(m.text, &|k| p.lookup(k));
                let (text, there) = (short(&full), short(&crate::arrived::as_told_there(&full)));
                told.iter().any(|t| t.contains(&text) || t.contains(&there))
            };
            // The scenes told say which moments came already (a length change moves the plan): the next one not told.
            let own: &[&'static Event] = parts.get(part).map_or(&[], |pt| &pt.moments);
            if let Some(fresh) = own.iter().chain(&general).find(|m| !said(m)).filter(|_| !told.is_empty()) {
                return Some(fresh);
            }
            let next = own.get(used.get(part).copied().unwrap_or(0)).copied();
            next.or_else(|| general.get(overflow % general.len().max(1)).copied())
        }
    }
}

/// The premise's events in story order (tests).
#[cfg(test)]
pub fn sequence(p: &Premise) -> Vec<&'static Event> {
    parts(p).into_iter().flat_map(|part| part.events).collect()
}

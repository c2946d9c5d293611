//! How far the premise's object has come at a scene: its materials before it
//! is built, half-built while it is, ready once built (or when it was never
//! built), carrying the characters while the ride is told, and parked after
//! arriving. Worked out from the event the scene tells and the scenes already
//! told, so the picture never shows a rocket before it is built, or beside
//! the garden while it flies.

use super::{Event, From, parts, words_only};
use crate::text::fill;

/// Where the object is in its story.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Not built yet: only its boxes, tape and paint are there.
    Materials,
    /// Being built: half-finished.
    Building,
    /// Built, or there all along, and standing still.
    Ready,
    /// The characters are inside it on its journey.
    Riding,
    /// The journey is over: it stands where they arrived.
    Arrived,
}

/// The object's stage in a scene that tells `event` (None for a typed idea
/// or the ending) after the scenes `told`.
pub fn stage(p: &crate::premise::Premise, event: Option<&Event>, told: &[String]) -> Stage {
    let Some(object) = &p.object else { return Stage::Ready };
    let parts = parts(p);
    let noun = object.phrase.rsplit(' ').next().unwrap_or("");
    let short = |text: &str| words_only(text).replace(&words_only(&object.phrase), noun);
    let told: Vec<String> = told.iter().map(|t| short(t)).collect();
    let is_told = |e: &Event| {
        let full = fill(e.text, &|k| p.lookup(k));
        let (text, there) = (short(&full), short(&crate::arrived::as_told_there(&full)));
        told.iter().any(|t| t.contains(&text) || t.contains(&there))
    };
    let here = |e: &Event| event.is_some_and(|x| std::ptr::eq(x, e));
    // The latest part the story has reached, and whether this scene tells one of its events.
    let reached = parts.iter().enumerate().rev().find_map(|(i, part)| {
        let all = || part.events.iter().chain(&part.moments);
        if all().any(|e| here(e)) { Some((i, true)) } else { all().any(|e| is_told(e)).then_some((i, false)) }
    });
    let rode = |upto: usize| parts[..upto].iter().any(|part| part.from == From::Ride);
    match reached {
        None if object.made && parts.first().is_some_and(|part| part.from == From::Build) => Stage::Materials,
        None => Stage::Ready,
        Some((i, now)) => match parts[i].from {
            From::Build => {
                let events = &parts[i].events;
                let first = events.first().is_some_and(|e| here(e));
                let finished = events.last().is_some_and(|e| is_told(e) && !here(e));
                match (now, first, finished) {
                    (true, true, _) => Stage::Materials,
                    (_, _, true) => Stage::Ready,
                    _ => Stage::Building,
                }
            }
            From::Ride => Stage::Riding,
            _ if rode(i) => Stage::Arrived,
            _ => Stage::Ready,
        },
    }
}

/// Where the characters are now, for a scene that tells no event of its own
/// (a typed idea): the place of the latest event told (the back garden while
/// the rocket is built, the sky while it flies), before anything is told the
/// building's place, and None (the story's place) once they are there.
pub fn where_now(p: &crate::premise::Premise, told: &[String]) -> Option<&'static str> {
    let parts = parts(p);
    let noun = p.object.as_ref().map_or("", |o| o.phrase.rsplit(' ').next().unwrap_or(""));
    let short = |text: &str| match &p.object {
        Some(o) => words_only(text).replace(&words_only(&o.phrase), noun),
        None => words_only(text),
    };
    let told: Vec<String> = told.iter().map(|t| short(t)).collect();
    let is_told = |e: &&&Event| {
        let full = fill(e.text, &|k| p.lookup(k));
        let (text, there) = (short(&full), short(&crate::arrived::as_told_there(&full)));
        told.iter().any(|t| t.contains(&text) || t.contains(&there))
    };
    let latest = parts.iter().flat_map(|part| part.events.iter().chain(&part.moments)).rfind(is_told);
    match latest {
        Some(e) => e.at,
        None => parts.first().filter(|part| part.from == From::Build).and_then(|part| part.events.first()).and_then(|e| e.at),
    }
}

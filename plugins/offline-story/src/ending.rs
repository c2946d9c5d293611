//! The last scene of a kids story: the reaction to the last choice (or the
//! introductions, for a story of one scene), the situation resolved, the
//! wish come true in a paragraph of its own, everyone together, the way
//! home and goodnight; and what its picture shows (the wish come true leads it).

use crate::events::{self, Stage};
use crate::intro::introductions;
use crate::lines::*;
use crate::plan::Plan;
use crate::premise::{Premise, and_list};
use crate::scene_parts::{everyone, object_line, paragraph};
use crate::scene_words::Words;
use crate::situation::Kind;
use crate::words::things::Use;

/// The way home from space, in the object they rode there.
const FLY_HOME: &str = "{team} climbed back into {object}. \"Ready?\" asked {friend}. \"Ready!\" said {name}. Whoosh! Behind them, the moon grew [small and silver|smaller and smaller|tiny and bright], and ahead of them the Earth grew big and blue. Then, bump, they were home, right where they had started.";
/// The way home in a boat, a car or a balloon.
const RIDE_HOME: &str = "{team} {verb} home in {object}, [talking about everything they had seen|humming a happy tune|slowly and happily] all the way. [Home had never looked so cosy|And there, at last, was home].";

/// The ending's paragraphs after `reaction`, and its picture's action and place.
pub fn ending(
    p: &Premise,
    w: &Words<'_>,
    plan: &mut Plan,
    scene: u32,
    told: &[String],
    reaction: Option<String>,
    paragraphs: &mut Vec<String>,
) -> (String, Option<&'static str>) {
    let rng = &mut plan.rng;
    match reaction {
        Some(reaction) => paragraphs.push(reaction),
        None => {
            let (first, second) = introductions(p, w);
            paragraphs.extend([first, second]);
        }
    }
    let resolved = match &p.situation {
        // "build a rocket and fly to the moon": the trip it made is the end of the story, not the building.
        Some(s) if s.kind == Kind::Activity && p.object.as_ref().is_some_and(|o| o.made) && events::rides(p) && scene > 2 => {
            // A short story ends before the ride was told: the ride comes first, so the trip is not only said.
            let went = match (p.object.as_ref().map(|o| o.used), events::stage(p, None, told)) {
                (Some(Use::Ride(verb)), Stage::Materials | Stage::Building | Stage::Ready) => {
                    w.fill(&FINISHED_AND_OFF.replace("{verb}", verb))
                }
                // Still on the way (a typed idea took the landing's scene): they arrive before the trip is over.
                (Some(Use::Ride(_)), Stage::Riding) => "At last, they came gently down, right where they wanted to be.".to_string(),
                _ => String::new(),
            };
            // The place they flew to gets its own moments before the way home.
            let visit = match p.place.title {
                "Moon" if !told.iter().any(|t| t.contains("footprints")) => w.fill(MOON_MOMENTS),
                _ => String::new(),
            };
            paragraph(&[went, visit, w.fill(TRIP_DONE)])
        }
        // A fear is faced with what its steps taught (the dark already there at night does not "come").
        Some(s) if s.kind == Kind::Fear => w.fill(&crate::fear::finale(&s.what, p.seed, crate::already::dark_here(p, told))),
        Some(s) => w.fill(s.done()),
        None => String::new(),
    };
    // The wish come true has a paragraph of its own (and the picture shows it).
    let done = w.turn(scene, "done", DONE_FEELINGS);
    let wish_moment = match &p.wish {
        Some((wish, false)) if wish.starts_with("find ") => paragraph(&[w.fill(FIND_DONE), done, w.turn(scene, "moment", WISH_MOMENTS)]),
        Some((_, false)) if crate::already::wish_here(p) => {
            paragraph(&[w.fill(crate::already::WISH_HERE_DONE), w.turn(scene, "moment", WISH_MOMENTS)])
        }
        Some((_, false)) if crate::already::wish_met(p, told) => {
            paragraph(&[w.turn(scene, "met", crate::already::WISH_MET_DONE), w.turn(scene, "moment", WISH_MOMENTS)])
        }
        // "see all the animals" after two of them: the rest are seen now, named, before it is said.
        Some((wish, false)) if wish == "see all the animals" => paragraph(&[w.fill(ZOO_DONE), w.turn(scene, "moment", WISH_MOMENTS)]),
        Some((_, false)) => paragraph(&[w.fill(WISH_DONE), done, w.turn(scene, "moment", WISH_MOMENTS)]),
        Some((_, true)) => paragraph(&[w.fill(LEARN_DONE), w.turn(scene, "moment", WISH_MOMENTS)]),
        None => String::new(),
    };
    // A fear faced comes before what it led to (the stars named, then loved).
    let resolved = match &p.situation {
        Some(s) if s.kind == Kind::Fear && !wish_moment.is_empty() => {
            paragraphs.push(resolved);
            String::new()
        }
        _ => resolved,
    };
    if !wish_moment.is_empty() {
        paragraphs.push(wish_moment);
    }
    let wished = match &p.wish {
        Some(_) => String::new(),
        None if p.situation.is_some() => String::new(),
        None => w.pick(rng, RESOLUTIONS),
    };
    let best = match p.beats.last() {
        Some(beat) if p.beats.len() > 1 => format!("The best part of all? {}", w.fill(beat)),
        _ => String::new(),
    };
    let tie = match (&p.wish, &p.situation) {
        (Some(_), _) => w.turn(scene, "tie", FRIENDS_TIE_BACKS),
        (None, Some(_)) => w.turn(scene, "tie", TOGETHER_TIE_BACKS),
        (None, None) => w.pick(rng, TIE_BACKS),
    };
    let object = match p.object.as_ref().map(|o| o.used) {
        Some(Use::Ride(_)) | None => String::new(),
        Some(_) => object_line(p, scene, w, Stage::Ready),
    };
    let middle = paragraph(&[resolved, wished, best, tie, object]);
    let team = everyone(p, &(paragraphs.join(" ") + &middle), scene, w);
    paragraphs.push(paragraph(&[middle, team]));
    // The sky and the way home in two short sentences.
    let sky = match home_sky(p.place.realm, p.time) {
        s if s == crate::lines::DAY_SKIES[0] => w.turn(scene, "sky", crate::lines::DAY_SKIES),
        s => s.to_string(),
    };
    let sky = crate::text::upper_first(&sky);
    let home = match p.object.as_ref().map(|o| o.used) {
        // The trip home is a little moment of its own, not one sentence.
        Some(Use::Ride(_)) if p.place.realm == crate::words::Realm::Space => format!("{sky}. {}", w.fill(FLY_HOME)),
        Some(Use::Ride(verb)) => format!("{sky}. {}", w.fill(&RIDE_HOME.replace("{verb}", verb))),
        // At home by the window they are home already.
        _ if p.place.title == "Window" => {
            format!("{}. {} snuggled up by the window together.", sky, p.team())
        }
        _ => {
            let homeward: Vec<String> = HOMEWARD.iter().map(|t| t.replace("{verb}", home_verb(p.place.realm))).collect();
            format!("{}. {}", sky, w.turn(scene, "home", &homeward.iter().map(String::as_str).collect::<Vec<_>>()))
        }
    };
    // The closing names the story by its title, never the prompt as typed.
    let echo = p.echo.as_ref().map(|_| format!("And that is the story of {}.", p.title()));
    let with = p.with.first().map(|_| format!("Even the {} waved goodbye.", and_list(&p.with))).unwrap_or_default();
    // Children sleep in beds; a crab or a seal curls up where it lives.
    let child = crate::words::creatures::person(p.hero().kind).is_some_and(|c| c.class == crate::words::creatures::Class::Person);
    let closings = match (child, p.place.realm) {
        (true, _) => CLOSINGS,
        (false, crate::words::Realm::Water) => SEA_CLOSINGS,
        (false, _) => CREATURE_CLOSINGS,
    };
    paragraphs.push(paragraph(&[home, with, w.pick(rng, closings), echo.unwrap_or_default()]));
    match &p.wish {
        Some((wish, learn)) => {
            // A wish come true in an earlier scene (or there from the start) is remembered, not "at last".
            let remembered = !*learn && (crate::already::wish_met(p, told) || crate::already::wish_here(p));
            crate::picture::wish_action(p, wish, *learn, remembered)
        }
        None if p.situation.is_some() => ("{cast}, celebrating together".to_string(), None),
        None => (format!("{{cast}}, celebrating with {}", p.treasure_visual), None),
    }
}

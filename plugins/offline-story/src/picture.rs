//! The picture prompt of a kids scene. It leads with the scene's newest event
//! (a whale giving the friends a ride, the rocket flying with the sisters
//! inside, the hero at the top of the lighthouse), then shows the object as
//! far as the story has come (its boxes and paint before it is built, the
//! rocket parked on the moon after landing), then the place and a time of
//! day that follows the scene's own words: never "at night" in a sunny garden.

use crate::events::Stage;
use crate::premise::{Premise, and_list};
use crate::words::things::Use;
use crate::words::{Realm, Time};

/// What a scene's picture shows.
pub struct Shot<'a> {
    /// The newest event, filled; `{cast}` marks where the characters go.
    pub action: String,
    /// Where it happens, when not at the story's place ("high above the rooftops").
    pub at: Option<&'a str>,
    pub stage: Stage,
    pub scene: u32,
    pub ending: bool,
    /// The scene's words the picture shows, for the time of day.
    pub text: &'a str,
}

/// Whether an action is something the characters do ("climbing the rocks",
/// "at the top of the lighthouse") rather than something they see ("a comet").
fn done_by_cast(action: &str) -> bool {
    let first = action.split(' ').next().unwrap_or("");
    first.ends_with("ing") || ["at", "in", "on", "inside", "high"].contains(&first)
}

/// The time of day the scene's words say, the latest one said: "one bright morning … that night".
pub fn said_time(text: &str) -> Option<Time> {
    let low = format!(" {} ", crate::polish::key(text));
    let last = |words: &[&str]| words.iter().filter_map(|w| low.rfind(&format!(" {w} "))).max();
    let night = last(&["night", "midnight", "moonlight", "moonlit", "bedtime", "dark", "stars came out", "starry night"]);
    let sunset = last(&["sunset", "evening", "sun sank", "sun went down", "dusk"]);
    let morning = last(&["morning", "sunrise", "dawn"]);
    [(night, Time::Night), (sunset, Time::Sunset), (morning, Time::Morning)]
        .into_iter()
        .filter_map(|(at, t)| at.map(|at| (at, t)))
        .max_by_key(|(at, _)| *at)
        .map(|(_, t)| t)
}

fn time_phrase(p: &Premise, shot: &Shot<'_>) -> &'static str {
    // The moon looked for is not in the sky before it is found, and a painter puts a moon in every night sky.
    let seeks_moon = p.wish.as_ref().is_some_and(|(wish, _)| wish.contains("moon"));
    if seeks_moon && !shot.ending && p.place.realm != Realm::Space {
        return " at dusk, under the first twinkling stars";
    }
    // A bedtime story is told from the evening into the night.
    if p.bedtime {
        return if shot.scene <= 1 && !shot.ending { " in the evening" } else { " at night" };
    }
    let place = shot.at.unwrap_or(p.place.picture);
    let sky_of_space = ["space", "moon", "stars"].iter().any(|w| place.contains(w)) || shot.at.is_none() && p.place.realm == Realm::Space;
    if sky_of_space || shot.at.is_none() && p.place.underwater {
        return "";
    }
    match said_time(shot.text).or(p.time) {
        Some(Time::Night) => " at night",
        Some(Time::Sunset) => " at sunset",
        Some(Time::Morning) => " in the morning",
        None if shot.ending => " at sunset",
        None if shot.scene <= 1 => " in the morning",
        None => " on a sunny afternoon",
    }
}

/// Whether `text` says `word` as a word of its own ("balloon", not "balloons").
fn has_word(text: &str, word: &str) -> bool {
    !word.is_empty() && text.split(|c: char| !c.is_alphanumeric()).any(|w| w == word)
}

/// The object as far as the story has come, unless the event already shows it.
fn object_clause(p: &Premise, lead: &str, stage: Stage) -> String {
    let Some(o) = &p.object else { return String::new() };
    let noun = o.phrase.rsplit(' ').next().unwrap_or("");
    let low = lead.to_lowercase();
    let a_object = p.lookup("a_object").unwrap_or_default();
    match (stage, o.used) {
        _ if has_word(&low, noun) => String::new(),
        (Stage::Materials, _) if low.contains("boxes") => String::new(),
        (Stage::Materials, _) => ", with big cardboard boxes, rolls of tape and pots of paint".to_string(),
        (Stage::Building, _) => format!(", beside a half-built {}", o.phrase),
        // Flying in space, everyone is inside: the painter draws them at its round window, not standing beside it.
        (Stage::Riding, Use::Ride(_)) if p.place.realm == crate::words::Realm::Space => {
            format!(", inside {a_object} flying among the stars, looking out of its round window")
        }
        (Stage::Riding, Use::Ride(_)) => format!(", riding in {a_object}"),
        (_, Use::Carry) => format!(", with {a_object}"),
        _ => format!(", beside {a_object}"),
    }
}

/// The object by its full name in the event: "a rocket flying" → "a cardboard rocket flying".
fn full_name(p: &Premise, lead: &str) -> String {
    let Some(o) = &p.object else { return lead.to_string() };
    let noun = o.phrase.rsplit(' ').next().unwrap_or("");
    if noun.is_empty() || lead.contains(o.phrase.as_str()) {
        return lead.to_string();
    }
    let a_object = p.lookup("a_object").unwrap_or_default();
    for (short, long) in [(format!("a {noun}"), a_object), (format!("the {noun}"), format!("the {}", o.phrase))] {
        let low = lead.to_lowercase();
        let found = low.match_indices(&short).find(|(at, _)| {
            let before = low[..*at].chars().last();
            let after = low[at + short.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
        });
        if let Some((at, _)) = found {
            return format!("{}{long}{}", &lead[..at], &lead[at + short.len()..]);
        }
    }
    lead.to_string()
}

/// Whether the object is a boat, which sails out on the water when they are in it.
fn afloat(p: &Premise) -> bool {
    p.object.as_ref().is_some_and(|o| ["boat", "sailboat", "ship", "raft", "canoe"].iter().any(|b| o.phrase.ends_with(b)))
}

/// A place by the water as the open water itself: "by a quiet blue lake" → "out on a quiet blue lake".
fn out_on_the_waves(place: &str) -> String {
    match place.strip_prefix("by ") {
        Some(water) => format!("out on {water}, far from the shore"),
        None => format!("out on the waves near {}", place.split_once(' ').map_or(place, |(_, rest)| rest)),
    }
}

/// A place the action already names said once: "by a tall red and white
/// lighthouse on the rocks by the sea" after "looking up at a tall red and
/// white lighthouse from the rocks" is "by the sea".
fn without_named(place: &str, lead: &str) -> String {
    let mut rest_of = place;
    while let Some((_, rest)) = rest_of.split_once(' ') {
        let Some(at) = [" on ", " in ", " by ", " at "].iter().filter_map(|w| rest.find(w)).min() else { break };
        let named = rest[..at].trim_start_matches("a ").trim_start_matches("an ").trim_start_matches("the ");
        if named.is_empty() || !lead.contains(named) {
            break;
        }
        rest_of = &rest[at + 1..];
    }
    rest_of.to_string()
}

/// The picture prompt: the event with everyone in it, the object, the place and the light, in one sentence.
pub fn picture(p: &Premise, shot: &Shot<'_>) -> String {
    let cast: Vec<String> = p.cast.iter().map(|m| m.painted()).collect();
    let cast = match cast.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    };
    let action = shot.action.trim();
    let lead = if let Some((before, after)) = action.split_once("{cast}") {
        // "giving Mia, a girl …, and Leo, a boy …, a ride": the looks are set off by commas.
        let comma = if after.is_empty() || after.starts_with(',') { "" } else { "," };
        format!("{before}{cast}{comma}{after}")
    } else if done_by_cast(action) {
        format!("{cast}, {action}")
    } else {
        format!("{action}, with {cast}")
    };
    let lead = full_name(p, &lead);
    let object = object_clause(p, &lead, shot.stage);
    let with =
        if (shot.scene <= 1 || shot.ending) && !p.with.is_empty() { format!(", with {} nearby", and_list(&p.with)) } else { String::new() };
    let place = match shot.at {
        Some(at) => at.to_string(),
        None if shot.stage == Stage::Riding && afloat(p) => out_on_the_waves(p.place.picture),
        None => without_named(p.place.picture, &lead),
    };
    format!("{lead}{object}, {place}{}{with}, soft picture-book illustration.", time_phrase(p, shot))
}

/// The ending's picture when the hero's wish comes true: at the top of the
/// lighthouse for "climb to the top of the lighthouse", flying the kite for
/// "fly a kite". Returns the action and where it is.
/// `remembered`: the wish came true in an earlier scene, so the ending remembers it, never "at last".
pub fn wish_action(p: &Premise, wish: &str, learn: bool, remembered: bool) -> (String, Option<&'static str>) {
    if let Some((_, what)) = wish.split_once("top of ") {
        let high = match p.place.realm {
            Realm::Water => "high above the rocks, with the wide blue sea and the sky all around",
            Realm::Land => "high above the treetops, with the wide sky all around",
            Realm::Space => "high up among the stars",
        };
        return (format!("{{cast}}, together at the very top of {what}, looking out over everything far below"), Some(high));
    }
    let mut words = wish.splitn(2, ' ');
    let (verb, rest) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let doing = crate::typed::ing(verb).map(|v| format!("{v} {rest}"));
    let action = match doing {
        Some(doing) if learn => format!("{{cast}}, happily {}", doing.trim()),
        Some(doing) if remembered => format!("{{cast}}, smiling together, still thinking about {}", doing.trim()),
        None if remembered => format!("{{cast}}, smiling together, remembering the day they got to {wish}"),
        Some(doing) => format!("{{cast}}, at last {}", doing.trim()),
        None => format!("{{cast}}, at last getting to {}{wish}", if learn { "learn to " } else { "" }),
    };
    (action, None)
}

//! The picture's alt text: a short plain sentence naming every character and
//! thing drawn ("a girl in a yellow raincoat and a small orange crab beside a
//! bright red balloon, under the sea"), at most 200 characters.

use crate::aboard;
use crate::catalog::{self, Fam, colour_name, shown};
use crate::look::GARMENTS;
use crate::place::Place;
use crate::position::Position;
use crate::read::{Figure, Spec, Thing, Time};
use crate::read_words::POSSESSIVES;

/// Things said without a number or "a": "some bread", "warm bread".
const MASS: &[&str] = &["bread", "grain", "honey", "seaweed", "armour"];

const MAX: usize = 200;

fn article(word: &str) -> &'static str {
    // "a unicorn", "a uniform": a "u" said "you" takes "a".
    let you = ["uni", "use", "usu", "eu"].iter().any(|p| word.starts_with(p));
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) && !you { "an" } else { "a" }
}

fn number(n: usize) -> &'static str {
    const SAID: [&str; 13] = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    SAID.get(n).copied().unwrap_or("many")
}

/// "a small orange crab with a blue bow"; `detail` 0: just the noun, 1: main colour, 2: everything.
fn figure(f: &Figure, detail: u8) -> String {
    if f.noun == "animal" {
        return "pairs of animals".into();
    }
    // "a fox asleep", "two children asleep".
    let asleep = if f.fallen {
        " lying on the ground"
    } else if f.asleep && !f.hurt {
        " asleep"
    } else if f.look.sleepy {
        " yawning"
    } else {
        ""
    };
    // "a white dove flying", "three dolphins leaping".
    let moving = match (f.look.flying, f.fam) {
        (false, _) => "",
        (true, Fam::Bird) => " flying",
        (true, _) => " leaping",
    };
    if f.count > 1 {
        return format!("{} {}{moving}{}{asleep}", number(f.count), catalog::plural(f.noun), crate::pose::said(f));
    }
    let mut head = String::new();
    if f.hurt {
        head.push_str("hurt ");
    }
    if f.fam != Fam::Person && detail > 0 {
        if let Some(big) = f.look.big {
            head.push_str(if big { "big " } else { "small " });
        }
        if let Some(c) = f.look.body.and_then(colour_name) {
            head.push_str(c);
            head.push(' ');
        }
    }
    head.push_str(f.noun);
    let mut out = format!("{} {head}{moving}", article(&head));
    let garment = f.look.garment();
    if let Some((g, c)) = garment {
        let colour = if detail > 0 { colour_name(c).map(|c| format!("{c} ")).unwrap_or_default() } else { String::new() };
        let a = if g.ends_with('s') || MASS.contains(&g) { String::new() } else { format!("{} ", article(&format!("{colour}{g}"))) };
        out.push_str(&format!(" in {a}{colour}{}", shown(g)));
    }
    let extras: Vec<String> = f
        .look
        .wear
        .iter()
        .filter(|(w, _)| {
            !matches!(*w, "whirl" | crate::headcloth::NOUN) && Some(*w) != garment.map(|g| g.0) && (detail > 1 || !GARMENTS.contains(w))
        })
        .map(|(w, c)| {
            // The sling whirling is said of the sling.
            if *w == "sling" && f.look.wears("whirl").is_some() {
                return "a sling whirling round".to_string();
            }
            let colour = if detail > 1 { colour_name(*c).map(|c| format!("{c} ")).unwrap_or_default() } else { String::new() };
            let said = format!("{colour}{}", shown(w));
            if matches!(*w, "wings" | "dungarees" | "mittens") { said } else { format!("{} {said}", article(&said)) }
        })
        .collect();
    if !extras.is_empty() {
        out.push_str(&format!(" with {}", list(&extras)));
    }
    out.push_str(crate::pose::said(f));
    out.push_str(asleep);
    out
}

fn thing(t: &Thing, detail: u8) -> String {
    let words = if detail > 0 {
        t.words.clone()
    } else if t.count > 1 {
        catalog::plural(t.noun)
    } else {
        t.noun.to_string()
    };
    let words = words.replace("t shirt", "T-shirt");
    // "his sling", "Noah's ark": whose it is says which one, with no article or number.
    let first = words.split(' ').next().unwrap_or("");
    if POSSESSIVES.contains(&first) || first.ends_with("'s") {
        return words;
    }
    if t.noun == "light" {
        return "a glow of light".into();
    }
    // Bread, grain, seaweed: never counted, never "a".
    if MASS.contains(&t.noun) {
        return if words == t.noun { format!("some {words}") } else { words };
    }
    if t.count > 1 {
        let plural = catalog::plural(t.noun);
        if words.starts_with(number(t.count)) || words == plural && catalog::SAME_PLURAL.contains(&t.noun) && t.count == 1 {
            words
        } else {
            format!("{} {words}", number(t.count))
        }
    } else if t.noun.ends_with('s') && words.ends_with('s') {
        words
    } else if catalog::SAME_PLURAL.contains(&t.noun) && words == t.noun {
        format!("some {words}")
    } else {
        format!("{} {words}", article(&words))
    }
}

fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn sentence(spec: &Spec, detail: u8) -> String {
    // The same words twice ("a child and a child") are said once, as a number.
    let mut counted: Vec<(String, &Figure, usize)> = Vec::new();
    // "a man sitting in a big green tree": the tree someone sits in is said with them.
    let perch = spec.perched.and_then(|i| spec.things.iter().find(|t| t.noun == "tree").map(|t| (i, t)));
    // "three men in a small wooden boat", "a dragon at the door of a castle": said with the boat or building they are in.
    let within = spec.within.as_ref().and_then(|w| spec.things.get(w.thing).map(|t| (w, t)));
    let mut inside: Vec<String> = Vec::new();
    for (i, f) in spec.figures.iter().enumerate() {
        if within.is_some_and(|(w, _)| w.figures.contains(&i)) {
            inside.push(figure(f, detail));
            continue;
        }
        // Riders and what they ride are said together, below.
        if crate::ride::takes(spec, i) {
            continue;
        }
        let mut said = figure(f, detail);
        if let Some((_, t)) = perch.filter(|p| p.0 == i) {
            said = format!("{said} sitting in {}", thing(t, detail));
        }
        match counted.iter_mut().find(|c| c.0 == said && f.count == 1) {
            Some(c) => c.2 += 1,
            None => counted.push((said, f, 1)),
        }
    }
    let figures: Vec<String> = counted
        .into_iter()
        .map(|(said, f, n)| {
            if n > 1 {
                format!("{} {}{}", number(n), catalog::plural(f.noun), if f.asleep && !f.hurt { " asleep" } else { "" })
            } else {
                said
            }
        })
        .collect();
    let mut figures = figures;
    if let Some((w, t)) = within.filter(|_| !inside.is_empty()) {
        let how = match t.noun {
            "ark" | "raft" => "on",
            _ if aboard::is_vessel(t.noun) => "in",
            _ if w.top => "at the top of",
            _ => "at the door of",
        };
        figures.push(format!("{} {how} {}", list(&inside), thing(t, detail)));
    }
    // "two sisters in a cardboard rocket", "a girl riding a whale".
    if let Some(ride) = spec.ride.as_ref() {
        let riders: Vec<String> = ride.riders.iter().filter_map(|&i| spec.figures.get(i)).map(|f| figure(f, detail)).collect();
        let ridden = match ride.mount {
            crate::ride::Mount::Vehicle(t) => spec.things.get(t).map(|t| format!("in {}", thing(t, detail))),
            crate::ride::Mount::Creature(m) => spec.figures.get(m).map(|f| format!("riding {}", figure(f, detail))),
        };
        if let Some(ridden) = ridden {
            figures.push(format!("{} {ridden}", list(&riders)));
        }
    }
    let sat_in = |t: &Thing| perch.is_some() && t.noun == "tree";
    // "around a campfire": the fire is said with them.
    let fire = spec.position == Some(Position::Fire) && !figures.is_empty();
    let held = |i: usize| {
        within.is_some_and(|(w, _)| w.thing == i)
            || crate::ride::vehicle(spec) == Some(i)
            || fire && spec.things.get(i).is_some_and(|t| t.noun == "campfire")
    };
    let things: Vec<String> = spec
        .things
        .iter()
        .enumerate()
        .filter(|(i, t)| !spec.place.hides(t) && !sat_in(t) && !held(*i))
        .map(|(_, t)| thing(t, detail))
        .collect();
    let mut out = list(&figures);
    if let Some(pos) = spec.position.filter(|_| !out.is_empty()) {
        out = format!("{out} {}", pos.phrase(spec.place.enclosed()));
    }
    if !things.is_empty() {
        out = if out.is_empty() { list(&things) } else { format!("{out} beside {}", list(&things)) };
    }
    // "a dragon beside a castle", not "…, by a castle" as well.
    // A big building in front (`aboard::main_building`) stands for the place's own.
    let shown_place = !spec.place.enclosed()
        && spec.place.building().is_some_and(|b| spec.things.iter().any(|t| t.noun == b) || aboard::main_building(spec).is_some());
    let place = match spec.place {
        // The lighthouse stands by the sea, drawn behind it.
        Place::Lighthouse if shown_place => "by the sea",
        _ if shown_place => "",
        Place::Hills if spec.road => "on a road in the hills",
        Place::Meadow | Place::Forest if spec.road => "on a road",
        Place::Indoors if spec.position == Some(Position::Bed) => "in a bedroom",
        Place::Indoors if spec.house => "inside a house",
        // The lighthouse stands on its rocks by the sea, seen through its round window.
        Place::TowerInside if spec.rocky => "by a spiral staircase inside a lighthouse on the rocks by the sea",
        Place::TowerInside => "by a spiral staircase inside a lighthouse by the sea",
        Place::Lake if spec.lily_pads && spec.pond => "by a pond with lily pads",
        Place::Lake if spec.lily_pads => "by a lake with lily pads",
        Place::Lake if spec.pond => "by a pond",
        // "on top of a hill", not "…, in the hills" as well.
        Place::Hills if spec.position == Some(Position::Hilltop) => "",
        // A whale ridden by everyone swims out at sea, and is drawn there.
        _ if crate::ride::at_sea(spec) => "at sea",
        other => other.phrase(),
    };
    // Rocks on the shore, or the rocks the characters climb, are said with the place.
    let climbing = spec.climbing && !spec.figures.is_empty();
    let rocks = if climbing { "on rocks" } else { "by rocks" };
    let place = match (climbing || crate::shore::rocks_drawn(spec), place) {
        (false, _) => place.to_string(),
        (true, "") => rocks.to_string(),
        (true, place) => format!("{place} {rocks}"),
    };
    if out.is_empty() {
        out = format!("a picture {place}");
    } else if !place.is_empty() {
        let comma = if things.is_empty() && perch.is_none() && within.is_none() && spec.position.is_none() { "" } else { "," };
        out = format!("{out}{comma} {place}");
    }
    match spec.time {
        Time::Night if !place.contains("night") => out.push_str(" at night"),
        Time::Sunset => out.push_str(" at sunset"),
        _ => {}
    }
    out
}

/// The description of what `spec` draws.
pub fn describe(spec: &Spec) -> String {
    for detail in [2, 1, 0] {
        let s = sentence(spec, detail);
        if s.chars().count() <= MAX {
            return s;
        }
    }
    let s = sentence(spec, 0);
    let cut: String = s.chars().take(MAX).collect();
    match cut.rfind(' ') {
        Some(i) => cut[..i].to_string(),
        None => cut,
    }
}

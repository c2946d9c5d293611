//! Scene 1's first two paragraphs: who everyone is (the opening, the
//! friends, the child listening, what the hero wears, the host's "with"
//! things), then the object, where they are going, the situation and the goal.

use crate::lines::*;
use crate::premise::{Premise, and_list};
use crate::scene_parts::paragraph;
use crate::scene_words::Words;
use crate::words::things::Use;
use storyloom_plugin_sdk::rng::Rng;

/// Scene 1: who everyone is, the object, the place and the goal.
pub fn introductions(p: &Premise, w: &Words<'_>) -> (String, String) {
    let mut r = Rng::new(p.seed ^ 0x6f70_656e);
    let hero = p.hero();
    let others: Vec<String> = p.cast[1..]
        .iter()
        .filter(|m| !m.me)
        .map(|m| match m.role {
            Some(role @ ("sister" | "brother")) if p.group.is_none() => format!("{}'s {role} {}", hero.name, m.name),
            _ => m.desc(),
        })
        .collect();
    let we = if others.len() == 1 { "I" } else { "we" };
    let company = match p.group {
        Some(_) if p.cast.len() == p.named => {
            let desc: Vec<String> = p.cast.iter().map(|m| m.name.clone()).collect();
            format!("Their names were {}, and they did everything together.", and_list(&desc))
        }
        _ if others.is_empty() => String::new(),
        _ => {
            // "Can I come too?" asked Twinkle: every quote says who said it.
            let asked = match p.cast[1..].iter().filter(|m| !m.me).collect::<Vec<_>>().as_slice() {
                [one] => format!("asked {}", one.name),
                _ => "they asked".to_string(),
            };
            let intro = r.pick_or(FRIEND_INTROS, "").replace("{others}", &and_list(&others)).replace("{we}", we);
            w.fill(&intro.replace("{asked}", &asked))
        }
    };
    // "Grandma and me": the child listening is in the story.
    let me = p
        .cast
        .iter()
        .find(|m| m.me)
        .map(|m| {
            format!("And this story is about you, too! In this story, your name is {}, and you were with {} all day.", m.name, hero.name)
        })
        .unwrap_or_default();
    let worn = p.worn.as_ref().map(|x| format!("{} was wearing {x}.", hero.name)).unwrap_or_default();
    let opening = match p.group {
        Some("twins") if p.cast.len() == p.named => "Once upon a time, there were twins.".to_string(),
        Some(_) if p.cast.len() == p.named => format!("Once upon a time, there were {} {}.", number(p.cast.len()), plural_of(p)),
        _ => w.pick(&mut r, OPENINGS),
    };
    let liked = p.with.first().map(|_| w.fill(&WITH_LINE.replace("{with}", &and_list(&p.with)))).unwrap_or_default();
    let idea = p.idea.as_ref().map(|idea| {
        let template = if idea.contains(' ') { IDEA_WORDS } else { IDEA_WORD };
        w.fill(&template.replace("{idea}", idea))
    });
    let first = paragraph(&[idea.unwrap_or_default(), opening, company, me, worn, liked]);

    let doing = p.situation.as_ref().is_some_and(|s| s.kind == crate::situation::Kind::Activity);
    let object = match &p.object {
        // "twins build a snowman": it is built in the story, not before it.
        Some(o) if o.made && doing => w.fill(PLANNED_LINE),
        Some(o) if o.made => w.fill(MADE_LINE),
        Some(o) => match o.used {
            Use::Ride(_) => w.fill(RIDE_FIRST),
            Use::Carry => w.fill(CARRY_FIRST),
            Use::Stay => w.fill(STAY_FIRST),
        },
        None => String::new(),
    };
    let situation = p.situation.as_ref().map(|s| w.fill(s.setup()));
    let in_words = p.situation.as_ref().is_some_and(|s| s.what.contains(p.place.name));
    let travel = match p.object.as_ref().map(|o| o.used) {
        // The ride itself is told in the middle scenes: scene 1 only says where it goes.
        Some(Use::Ride(_)) if crate::events::rides(p) => w.fill(READY_TO),
        Some(Use::Ride(verb)) => w.fill(&RIDE_TO.replace("{verb}", verb)),
        _ if in_words => String::new(),
        _ if p.place.title == "Window" => w.fill(AT_HOME),
        // "a crab who lives by a lighthouse": home is not where they set off to.
        _ if lives_there(p) => w.fill("Home was {place}, and that is where this adventure began."),
        // "found an old paper map": the map's X is the reason to go.
        _ if p.object.as_ref().is_some_and(|o| o.phrase.ends_with(" map")) => w.fill(if p.place.underwater { MAP_UNDER } else { MAP_TO }),
        _ if p.place.underwater => w.fill(SWIM_TO),
        _ => w.pick(&mut r, GO_TO),
    };
    let goal = match &p.wish {
        Some((_, false)) => w.fill(WISH_GOAL),
        Some((_, true)) => w.fill(LEARN_GOAL),
        None if situation.is_some() => String::new(),
        None => w.pick(&mut r, GOALS),
    };
    let beat = p.beats.first().map(|b| format!("And then {}", w.fill(b))).unwrap_or_default();
    (first, paragraph(&[object, travel, situation.unwrap_or_default(), goal, beat]))
}

/// Whether the premise says the hero lives at the story's place ("a crab who lives by a lighthouse").
fn lives_there(p: &Premise) -> bool {
    let echo = p.echo.as_deref().unwrap_or("").to_lowercase();
    let place = p.place.title.to_lowercase();
    ["lives", "live", "living"].iter().any(|w| echo.split_once(&format!(" {w} ")).is_some_and(|(_, rest)| rest.contains(&place)))
}

/// After a discovery in scene 1 (a premise the storyteller cannot place):
/// the premise's own words, so the discovery still belongs to its story.
pub fn hook(p: &Premise, w: &Words<'_>) -> String {
    let template = match (&p.wish, &p.situation, &p.idea) {
        (Some((_, false)), _, _) => "Could it help {name} {wish}?",
        (Some((_, true)), _, _) => "Could it help {name} learn to {wish}?",
        (None, Some(s), _) if s.kind == crate::situation::Kind::Fear => "Could it help {name} be brave about {what}?",
        (None, Some(s), _) if s.kind == crate::situation::Kind::Lost => "Could it help {name} find {hero_their} {what}?",
        (None, Some(s), _) if s.kind == crate::situation::Kind::Sleep => "Could it help {name} get to sleep?",
        (None, Some(_), _) => "Could it help them {what}?",
        (None, None, Some(idea)) => return w.fill(&format!("Could it have something to do with {}?", idea_words(idea))),
        (None, None, None) => "Could it lead {name} the {kind} to {treasure}?",
    };
    w.fill(template)
}

/// The premise's idea inside a sentence: "Dinosaurs" → "dinosaurs", a name stays.
fn idea_words(idea: &str) -> String {
    let mut chars = idea.chars();
    match (chars.next(), chars.clone().next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() && !idea.contains(' ') => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => idea.to_string(),
    }
}

fn number(n: usize) -> &'static str {
    match n {
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        _ => "some",
    }
}

/// "sisters", "friends", "bunnies": the group as the opening says it.
fn plural_of(p: &Premise) -> String {
    match p.group {
        Some("friends") => "good friends".into(),
        Some(g) => g.to_string(),
        None => format!("{}s", p.hero().kind),
    }
}

//! The last paragraph of a bedtime story and its picture: children go home
//! and are tucked up in bed, creatures curl up where they are (a crab in a
//! cosy shell nook at the top of the lighthouse), and everyone falls asleep,
//! with a "Goodnight" to each of them.

use crate::events::Stage;
use crate::picture::{Shot, picture};
use crate::premise::Premise;
use crate::words::creatures::Class;
use crate::words::creatures::creature;
use crate::words::things::Use;

/// Whether the story's hero is a child or a grown-up (who sleeps in a bed).
fn sleeps_in_bed(p: &Premise) -> bool {
    creature(p.hero().kind).is_none_or(|(c, _)| c.class == Class::Person)
}

/// Where a creature curls up: "a cosy shell nook".
fn nook(kind: &str) -> &'static str {
    match kind {
        "crab" | "snail" | "turtle" | "hermit crab" => "a cosy shell nook",
        "owl" | "bird" | "seagull" | "duck" | "penguin" | "robin" | "parrot" | "chick" => "a soft, cosy nest",
        "bunny" | "rabbit" | "mouse" | "hedgehog" | "fox" | "badger" => "a soft, mossy nook",
        "fish" | "whale" | "octopus" | "dolphin" | "mermaid" | "seahorse" => "a quiet bed of swaying sea grass",
        "dragon" | "dinosaur" | "bear" => "a warm, cosy cave",
        _ => "a snug, cosy nook",
    }
}

/// Where they are at the end: "at the top of the lighthouse", else the story's place.
fn where_they_are(p: &Premise) -> String {
    match p.wish.as_ref().and_then(|(w, _)| w.split_once("top of ")) {
        Some((_, what)) => format!("at the top of {what}"),
        None => p.lookup("in_place").unwrap_or_default(),
    }
}

/// "Goodnight, Daisy. Goodnight, Hazel."
fn goodnights(p: &Premise) -> String {
    let names: Vec<String> = p.cast.iter().filter(|m| !m.me).map(|m| format!("Goodnight, {}.", m.name)).collect();
    if names.is_empty() { "Goodnight, little one.".to_string() } else { names.join(" ") }
}

/// The story's last paragraph: home and bed (or curled up where they are), and asleep.
pub fn paragraph(p: &Premise) -> String {
    let team = p.team();
    let asleep = if p.cast.len() > 1 { format!("soon {team} were fast asleep") } else { format!("soon {team} was fast asleep") };
    let name = p.hero().name.clone();
    if sleeps_in_bed(p) {
        let way = match (p.object.as_ref().map(|o| o.used), p.lookup("object")) {
            (Some(Use::Ride(_)), Some(object)) => {
                format!("{team} floated slowly home in {object}, all the way back to their own cosy bedroom.")
            }
            _ if p.place.title == "Window" => format!("{team} tiptoed away from the window, all the way to their own cosy bedroom."),
            _ => format!("{team} walked slowly home under the quiet stars, all the way back to their own cosy bedroom."),
        };
        format!(
            "As the stars twinkled softly, {way} They put on their softest pyjamas and snuggled down under warm blankets. \"Goodnight, moon,\" whispered {name}, with a sleepy smile. Their eyes grew heavy, and {asleep}. {}",
            goodnights(p)
        )
    } else {
        let nook = nook(p.hero().kind);
        let (were, they) = if p.cast.len() > 1 { ("were", "they".to_string()) } else { ("was", p.hero().they()) };
        format!(
            "{team} {were} far too sleepy to go all the way home, so {they} curled up right there, in {nook} {}. The night was soft and quiet, and the moon kept watch. {name} gave one last little yawn, and {asleep}. {}",
            where_they_are(p),
            goodnights(p)
        )
    }
}

/// The last picture: everyone fast asleep, at night.
pub fn picture_prompt(p: &Premise, scene: u32, text: &str) -> String {
    let (action, at) = if sleeps_in_bed(p) {
        ("{cast}, fast asleep, tucked up in bed under soft blankets".to_string(), "in a cosy bedroom".to_string())
    } else {
        (format!("{{cast}}, curled up asleep in {}", nook(p.hero().kind)), format!("{}, under a quiet starry sky", where_they_are(p)))
    };
    let shot = Shot { action, at: Some(&at), stage: Stage::Ready, scene, ending: true, text };
    crate::text::sentence_case(&picture(p, &shot))
}

//! The small parts every kids scene is made of: sentences joined into a
//! paragraph, the line that names whoever is not in the scene yet (so nobody
//! is left out), and the object's line for a middle scene or the ending.

use crate::events::Stage;
use crate::lines::*;
use crate::premise::{Premise, and_list};
use crate::scene_words::Words;
use crate::text::{sentence_case, tidy};
use crate::words::things::Use;

pub fn paragraph(sentences: &[String]) -> String {
    let joined: Vec<&str> = sentences.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    tidy(&sentence_case(&joined.join(" ")))
}

/// The names not yet in `text`, said in one short line so nobody is left out.
pub fn everyone(p: &Premise, text: &str, scene: u32, w: &Words<'_>) -> String {
    let missing: Vec<String> = p.cast.iter().filter(|m| !text.contains(m.name.as_str())).map(|m| m.name.clone()).collect();
    if missing.is_empty() {
        return String::new();
    }
    // "Wren and Felix were right there too": more than one are "were".
    let were = |t: &str| if missing.len() > 1 { t.replace("} was ", "} were ") } else { t.to_string() };
    // "{who} clapped" as their bodies do it: a cast with an animal among them cheers.
    let clapped = if p.cast.iter().any(|m| missing.contains(&m.name) && !crate::bodies::handed(m)) { "cheered" } else { "clapped" };
    let bank: Vec<String> =
        STAY_CLOSE.iter().map(|t| were(t).replace("{who}", &and_list(&missing)).replace("{who_clapped}", clapped)).collect();
    let bank: Vec<&str> = bank.iter().map(String::as_str).collect();
    w.turn(scene, "stay", &bank)
}

/// A line about the object for a middle scene or the ending: none before it
/// is built, one of sitting in it on the way, one of it parked otherwise.
pub fn object_line(p: &Premise, scene: u32, w: &Words<'_>, stage: Stage) -> String {
    match (p.object.as_ref().map(|o| o.used), stage) {
        (_, Stage::Materials | Stage::Building) => String::new(),
        (Some(Use::Ride(_)), Stage::Riding) => w.turn(scene, "object", RIDING_LINES),
        (Some(Use::Ride(_)), _) => w.turn(scene, "object", RIDE_LINES),
        (Some(Use::Carry), _) => w.turn(scene, "object", CARRY_LINES),
        (Some(Use::Stay), _) => w.turn(scene, "object", STAY_LINES),
        (None, _) => String::new(),
    }
}

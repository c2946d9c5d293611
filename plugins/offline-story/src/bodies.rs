//! Bodies: a line fits the body of who does it. An animal has no hands to
//! squeeze or clap, no shoes to get wet and no hands for a high five, and a
//! whale has no ear to whisper into: after a scene is written, such lines
//! about an animal of the cast are told the way its body does them (it
//! snuggles up, cheers, wiggles), and the choices that need hands are only
//! offered to a cast of people.

use crate::premise::Premise;
use crate::words::creatures::{Class, creature};

/// Choices only people can do: not offered when the cast has an animal.
const PEOPLE_ONLY: &[&str] = &["Give {friend} a big high five", "Hold hands and get ready together", "Take off your shoes"];

/// Whether the choice `text` (a template) may be offered to this cast: one that needs hands or shoes only to a cast of people.
pub fn offered(p: &Premise, text: &str) -> bool {
    !(any_animal(p) && PEOPLE_ONLY.contains(&text))
}

/// Kinds that are no people but have hands of their own.
const HANDED: &[&str] = &["robot", "alien", "monster", "giant", "troll", "gnome", "fairy", "elf", "mermaid", "snowman", "monkey"];

/// Whether a member of the cast is an animal (a creature without hands).
fn animal(kind: &str) -> bool {
    creature(kind).is_some_and(|(c, _)| c.class == Class::Creature) && !HANDED.contains(&kind)
}

/// Whether anyone in the cast is an animal.
pub fn any_animal(p: &Premise) -> bool {
    p.cast.iter().any(|m| animal(m.kind))
}

/// The scene's text with every line about an animal's hands, shoes, clapping or ear told its own way.
pub fn fit(p: &Premise, text: &str) -> String {
    let mut out = text.to_string();
    for m in p.cast.iter().filter(|m| animal(m.kind)) {
        let n = m.name.as_str();
        for (from, to) in [
            (format!("{n} held her hand"), format!("{n} snuggled up close")),
            (format!("{n} held his hand"), format!("{n} snuggled up close")),
            (format!("{n} held their hand"), format!("{n} snuggled up close")),
            (format!("squeezed {n}'s hand"), format!("gave {n} a gentle cuddle")),
            (format!("held {n}'s hand"), format!("gave {n} a gentle cuddle")),
            (format!("into {n}'s ear"), format!("to {n}")),
            (format!("Only {n}'s shoes got wet"), format!("Only {n} got a little bit wet")),
            (format!("{n} had sand in {} shoes", m.their()), format!("{n} had sand all over")),
            (format!("{n} clapped"), format!("{n} cheered")),
            (format!("{n}'s hand"), format!("{n}'s nose")),
        ] {
            out = out.replace(&from, &to);
        }
        for o in p.cast.iter().filter(|o| o.name != m.name) {
            for verb in ["squeezed", "held"] {
                out = out.replace(&format!("{n} {verb} {}'s hand", o.name), &format!("{n} snuggled up close to {}", o.name));
            }
        }
        // "Mia squeezed Rex's hand": "Rex's hand" went first, so a hand squeezed is now a nose; make it a cuddle.
        out = out.replace(&format!("squeezed {n}'s nose"), &format!("gave {n} a gentle cuddle"));
        out = out.replace(&format!("snuggled up close to {n}'s nose"), &format!("snuggled up close to {n}"));
    }
    if any_animal(p) {
        out = out.replace("the biggest high five ever", "the biggest, happiest hug ever");
        out = out.replace("held hands tight and counted", "huddled up close and counted");
    }
    out
}

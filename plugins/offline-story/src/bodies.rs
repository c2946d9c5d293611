//! Bodies: a line fits the body of who does it. An animal has no hands to
//! squeeze or clap, no shoes to get wet and no hands for a high five, and a
//! whale has no ear to whisper into: the templates say such lines through
//! body-aware slots (`{friend_squeezed_hand}`, `{name_clapped}`), filled the
//! way the body of who does it does them (it snuggles up, cheers) as the line
//! is written, and the choices that need hands are only offered to a cast of people.

use crate::premise::{Member, Premise};
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

/// Whether a member of the cast has hands (a person, or a creature with hands of its own).
pub fn handed(m: &Member) -> bool {
    !animal(m.kind)
}

/// A template's body-aware slot, said the way the bodies of `name` (who
/// acts in the line) and `friend` do it, chosen as the line is written: a
/// friend squeezes a hand or gives a cuddle, claps or cheers, gets shoes wet
/// or gets wet all over. None when `key` is no body slot.
pub fn slot(key: &str, name: &Member, friend: &Member, p: &Premise) -> Option<String> {
    let (n, f) = (name.name.as_str(), friend.name.as_str());
    let clapped = |m: &Member| if handed(m) { "clapped" } else { "cheered" };
    let v = match key {
        "name_clapped" => clapped(name).to_string(),
        "friend_clapped" => clapped(friend).to_string(),
        "friend_clapped_twice" => format!("{0} and {0}", clapped(friend)),
        "friend_squeezed_hand" => match (handed(name), handed(friend)) {
            (false, _) => format!("{f} gave {n} a gentle cuddle"),
            (true, false) => format!("{f} snuggled up close to {n}"),
            (true, true) => format!("{f} squeezed {n}'s hand"),
        },
        "name_hand" if handed(name) => format!("{n}'s hand"),
        "name_hand" => format!("{n}'s nose"),
        "friend_shoes_wet" if handed(friend) => format!("{f}'s shoes got wet"),
        "friend_shoes_wet" => format!("{f} got a little bit wet"),
        "name_sand" if handed(name) => format!("{n} had sand in {} shoes", name.their()),
        "name_sand" => format!("{n} had sand all over"),
        "into_friend_ear" if handed(friend) => format!("into {f}'s ear"),
        "into_friend_ear" => format!("to {f}"),
        "high_five" if any_animal(p) => "the biggest, happiest hug ever".to_string(),
        "high_five" => "the biggest high five ever".to_string(),
        "hands_held" if any_animal(p) => "huddled up close".to_string(),
        "hands_held" => "held hands tight".to_string(),
        _ => return None,
    };
    Some(v)
}

/// What the friend does for `who`, who feels scared (a typed idea): holds
/// `whose` hand ("her", "Sam's"), or snuggles up close or cuddles.
pub fn brave_hold(who: &Member, friend: &Member, whose: &str) -> String {
    let (w, f) = (who.name.as_str(), friend.name.as_str());
    let by_name = whose.ends_with("'s");
    match (handed(who), handed(friend)) {
        (_, false) if by_name => format!("{f} snuggled up close to {w}"),
        (_, false) => format!("{f} snuggled up close"),
        (false, true) if by_name => format!("{f} gave {w} a gentle cuddle"),
        _ => format!("{f} held {whose} hand"),
    }
}

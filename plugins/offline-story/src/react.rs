//! How a scene opens after the choice taken: who decides (the heroes take
//! turns; nobody decides to ask themselves), the decision in words, and what
//! came of it (the choice's own outcome, or a plain one for a typed "do
//! this"). Also the wonder after a discovery, which always names what was found.

use crate::bank::Choice;
use crate::lines::{DECIDE_WITH_FRIEND, DECISIONS, GENERIC_OUTCOMES, QUESTION_DECISION, WONDERS};
use crate::premise::Premise;
use crate::scene_parts::paragraph;
use crate::scene_words::Words;
use crate::text::choice_as_action;
use crate::typed;

/// Whether `text` says `name` as a word of its own.
fn says(text: &str, name: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric()).any(|word| word == name)
}

/// A choice's "you" and "your" as someone else's: "take off your shoes" → "take off her shoes".
fn person(act: &str, they: &str, their: &str) -> String {
    let words: Vec<String> = act
        .split(' ')
        .map(|w| match w {
            "you" => they.to_string(),
            "your" => their.to_string(),
            _ => w.to_string(),
        })
        .collect();
    words.join(" ")
}

/// The paragraph opening a scene after the choice `last`: `offered` when the
/// storyteller offered it, a question wondered aloud, or a typed "do this".
pub fn reaction(p: &Premise, w: &Words<'_>, leader: usize, scene: u32, last: &str, offered: Option<&Choice>, question: bool) -> String {
    // A typed "do this" the storyteller cannot read ("asdfgh qwerty") is quoted, not told.
    let action = choice_as_action(last).filter(|act| offered.is_some() || typed::known_verb(act));
    // The child chooses for the hero ("Can you help Mango decide?"): only a group
    // of friends takes turns, and a choice naming a friend ("Say something kind
    // to Theo", filled from the hero) is the hero's, so the one addressed reacts.
    let names_friend = offered.is_some_and(|c| c.text.contains("{friend}") || c.outcome.contains("{friend}"));
    let leader = if p.is_group() && !names_friend { leader } else { 0 };
    let mut lw = w.turned(leader);
    let decision = match action {
        Some(act) => {
            // "Ask Lila for a good idea" is never decided by Lila: the hero decides it.
            if says(&act, &lw.member(0).name) {
                lw = w.turned(0);
            }
            // "Take off your shoes": "Mia decided to take off her shoes", "Let's take off our shoes!"
            let (they, their) = (lw.member(0).they(), lw.member(0).their());
            let (they, their) = if p.is_group() { ("they".to_string(), "their".to_string()) } else { (they, their) };
            lw.act = person(&act, &they, &their);
            let others = p.cast.iter().any(|m| m.name != lw.member(0).name && says(&lw.act, &m.name));
            // Nobody goes to ask themselves: "Let's tell Twinkle the plan!" is not said to Twinkle.
            match lw.turn(scene, &format!("decide {}", p.place.title), DECISIONS) {
                d if others && ["Together,", "Let's", "We'll", "Time to", "How about"].iter().any(|x| d.contains(x)) => {
                    lw.fill(DECIDE_WITH_FRIEND)
                }
                d if d.contains("Let's ") || d.contains("We'll ") => d.replace(&lw.act, &person(&act, "we", "our")),
                d => d,
            }
        }
        None if question => lw.fill(QUESTION_DECISION),
        // Words the storyteller cannot read: quoted as the child's idea, never as narration.
        None => return typed::idea_line(p, last),
    };
    // The joke told is the story's own, by its seed.
    let joke = crate::lines::JOKES[(p.seed as usize).wrapping_add(scene as usize) % crate::lines::JOKES.len()];
    let outcome = match offered {
        // A choice offered again late in a long story: its outcome is not told twice.
        Some(c) if lw.told.is_empty() || !lw.told.contains(&crate::polish::key(&lw.fill(&c.outcome.replace("{joke}", joke)))) => {
            lw.fill(&c.outcome.replace("{joke}", joke))
        }
        _ => lw.turn(scene, "outcome", GENERIC_OUTCOMES),
    };
    paragraph(&[decision, outcome])
}

/// A line of wonder at the discovery `found` ("a tiny red door in a tree trunk").
pub fn wonder(w: &Words<'_>, scene: u32, found: &str) -> String {
    let bank: Vec<String> = WONDERS.iter().map(|t| t.replace("{found}", found)).collect();
    let bank: Vec<&str> = bank.iter().map(String::as_str).collect();
    w.turn(scene, "wonder", &bank)
}

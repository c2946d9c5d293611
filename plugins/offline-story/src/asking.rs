//! A typed "ask X …" ("Ask the tortoise the way", "Ask Maya for an idea"):
//! X answers with something concrete (the way itself, the idea itself). A
//! character of the story answers as themself; anyone else comes along first,
//! so the one asked is in the scene and in its picture.

use crate::premise::{Member, Premise};
use crate::typed::Typed;

/// Words that end who is asked ("the tortoise" | "the way").
const AFTER_WHO: &[&str] = &["the", "for", "about", "if", "where", "how", "what", "which", "to", "a", "an", "some", "why", "when"];

/// The typed "ask …" as the scene's event, or None when it does not start with "ask".
pub fn ask(p: &Premise, words: &[String]) -> Option<Typed> {
    let start = match words {
        [first, ask, ..] if first == "let's" && ask == "ask" => 2,
        [ask, ..] if ask == "ask" => 1,
        _ => return None,
    };
    let rest = &words[start..];
    let skip = rest.iter().take_while(|w| ["the", "a", "an", "our", "my", "that"].contains(&w.as_str())).count();
    let who: Vec<&str> = rest[skip..].iter().map(String::as_str).take_while(|w| !AFTER_WHO.contains(w)).take(3).collect();
    let head = *who.last()?;
    let what: Vec<&str> = rest[skip + who.len()..].iter().map(String::as_str).collect();
    // "Ask the whale for a ride": the ride itself is told (`typed.rs`), not a question.
    if let Some(verb) = what.iter().find(|w| ["ride", "fly", "swim", "dance", "sing", "play"].contains(w)) {
        let with = if *verb == "ride" { "" } else { "with " };
        return crate::typed::read(p, &format!("{verb} {with}the {}", who.join(" ")));
    }
    let member = p.cast.iter().find(|m| m.name.to_lowercase() == head || m.kind.to_lowercase() == head);
    let (speaker, arrives, visual) = match member {
        Some(m) => (m.name.clone(), String::new(), format!("{{cast}}, listening as {} explains", m.name)),
        None => {
            let noun = who.join(" ");
            let a = format!("{} {noun}", crate::text::article(&noun));
            (format!("the {noun}"), format!("Just then, {a} came along, as if it had heard them."), format!("{a} talking with {{cast}}"))
        }
    };
    let hero = p.hero();
    let asker = member.filter(|m| m.name == hero.name).map_or(hero, |m| other(p, m));
    let answer = answer(p, asker, &speaker, &what);
    let text = format!("{} {} asked {speaker}, and {speaker} had an answer.", arrives, asker.name);
    Some(Typed { text: crate::text::tidy(text.trim()), then: answer, visual })
}

fn other<'a>(p: &'a Premise, who: &Member) -> &'a Member {
    p.cast.iter().find(|m| m.name != who.name).unwrap_or_else(|| p.hero())
}

/// The answer itself: the way, an idea, or help, in words a child can picture.
fn answer(p: &Premise, asker: &Member, speaker: &str, what: &[&str]) -> String {
    let says = crate::text::upper_first(speaker);
    let goal = match &p.wish {
        Some((wish, false)) => format!("you will {wish}"),
        Some((wish, true)) => format!("you will learn to {wish}"),
        None => format!("you will come to {}", p.place.name),
    };
    let has = |w: &str| what.contains(&w);
    if has("way") || has("where") || has("how") {
        format!(
            "\"Follow the little path past the three big rocks, and keep going until you see the tallest tree. Just past it, {goal},\" said {speaker}. {says} pointed the way, and off they went, past the three big rocks, just as {speaker} had said."
        )
    } else if has("idea") || has("plan") || has("help") {
        format!(
            "\"Here is my idea,\" said {speaker}. \"{name}, you lead the way, and everyone holds hands so nobody gets left behind. Count your steps out loud, and when you get to one hundred, {goal}.\" So that is what they did: one, two, three, all the way to one hundred.",
            name = asker.name
        )
    } else {
        format!(
            "\"That is a very good question,\" said {speaker}, and thought for a moment. \"Keep going the way you are going, and do not give up. Soon {goal}.\" {says} gave them a little wave to send them on their way."
        )
    }
}

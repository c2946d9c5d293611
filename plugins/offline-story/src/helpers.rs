//! A helper met in scene 1 (the wise old tortoise, the sleepy bear) is never
//! dropped: scene 2 tells how it helped, towards the premise's own goal, and
//! says goodbye to it by name, and its picture shows it waving goodbye.
//! Scene 1's other discoveries (a tiny red door, a rainbow like a bridge)
//! are not dropped either: when the child chose something else, scene 2
//! goes back to it and opens, follows or uses it (`back_to`).

use crate::premise::Premise;

/// The helpers among scene 1's discoveries: (word in its picture, its name in the text, how it helps and goes).
const HELPERS: &[(&str, &str, &str)] = &[
    ("tortoise", "the wise old tortoise", "pointed the way with a slow, wrinkly foot"),
    ("bear", "the big fluffy bear", "gave a great big yawn and pointed the way with one fuzzy paw"),
    ("duckling", "the little duckling", "gave a happy quack and flapped its wings towards the way to go"),
    ("whale", "the big blue whale", "sang a deep, friendly song that showed them the way"),
    ("comet", "the friendly comet", "swished its sparkly tail to light the way"),
    ("alien", "the little green alien", "pointed the way with all three hands"),
    ("robot", "the little robot", "blinked its light and beeped to show them the way"),
];

/// The helper of a discovery's picture words, if it is one.
fn helper(visual: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    HELPERS.iter().find(|(word, _, _)| visual.split(' ').any(|w| w == *word))
}

/// Scene 2's farewell to scene 1's helper (the premise's goal in its words),
/// and the picture's words for it; None when scene 1 met no helper.
pub fn farewell(p: &Premise, visual: &str) -> Option<(String, String)> {
    let (_, name, helps) = helper(visual)?;
    let goal = match &p.wish {
        Some((wish, false)) => format!("\"Keep going this way, and you will {wish},\" it said. "),
        Some((wish, true)) => format!("\"Keep going this way, and you will learn to {wish},\" it said. "),
        None => String::new(),
    };
    let line = format!("Before they went on, {name} {helps}. {goal}Then {} waved goodbye to {name}, and it waved back.", p.team());
    Some((crate::text::sentence_case(&line), format!("{name} waving goodbye")))
}

/// The helper a text names ("… met a wise old tortoise …"), by its name in the text (tests).
#[cfg(test)]
pub fn named_in(text: &str) -> Option<&'static str> {
    let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
    HELPERS.iter().find(|(word, _, _)| words.contains(word)).map(|(_, name, _)| *name)
}

/// Scene 2 going back to scene 1's discovery `d` when the choice taken `last`
/// was not one of its own: the first of its choices not taken, told as done.
pub fn back_to(w: &crate::scene_words::Words<'_>, d: &'static crate::bank::Discovery, last: Option<&str>) -> Option<String> {
    let taken = |c: &crate::bank::Choice| last.is_some_and(|l| w.fill(c.text).eq_ignore_ascii_case(l.trim_end_matches(['.', '!'])));
    // A bedtime story tells its calm choice in place of the one taken, so the discovery's own outcome is told here.
    if d.choices.iter().any(taken) && !w.p.bedtime {
        return None;
    }
    let choice = d.choices.first()?;
    let act = crate::text::choice_as_action(&w.fill(choice.text))?;
    let the = d.visual.strip_prefix("a ").map_or(d.visual.to_string(), |rest| format!("the {rest}"));
    let line = format!(
        "But {} had not forgotten {the}. \"Let's {act},\" said {}. {}",
        w.fill("{name}"),
        w.fill("{friend}"),
        w.fill(choice.outcome)
    );
    Some(crate::text::sentence_case(&line))
}

//! A family's typed choice that names something a person in the story can
//! do (pray, sing, thank God, help, share, ask God): told as done by that
//! person, in words that fit any Bible story, before the real story goes on,
//! instead of only being pictured ("Imagine it: David prays to God first").

use super::Story;
use crate::text::upper_first;

/// (words that name the deed, what the person did).
const DEEDS: &[(&[&str], &str)] = &[
    (
        &["pray", "prays", "prayed", "praying", "prayer"],
        "{who} prayed to God. “Please be with me, God,” {who} said quietly, “and help me to do what is right.” And God was listening, just as God always listens.",
    ),
    (
        &["sing", "sings", "sang", "singing", "song", "songs", "praise", "praises"],
        "{who} sang a song of praise to God, soft and glad. God loves every song, and this one was sung with a whole heart.",
    ),
    (
        &["thank", "thanks", "thanked", "thanking", "thankful"],
        "{who} said thank you to God. “Thank you, God, for always being with me,” {who} whispered, with a happy, thankful heart.",
    ),
    (
        &["help", "helps", "helped", "helping"],
        "{who} helped, gladly and kindly, just as God wants us to help each other. Being kind is a way of loving God too.",
    ),
    (
        &["share", "shares", "shared", "sharing"],
        "{who} shared, gladly and kindly. Sharing is one of the kindest things anyone can do, and it makes God glad.",
    ),
    (
        &["ask", "asks", "asked", "asking"],
        "{who} asked God for help. “Show me the way, God,” {who} said. And God heard every word, just as God always does.",
    ),
];

/// What the family typed, told as done by the person it names (else the
/// story's hero), then the story going on; `None` when it names no deed.
pub fn told(story: &Story, typed: &str) -> Option<String> {
    let words: Vec<String> = typed.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    // The deed is the first word ("Pray first") or follows a name the story has ("David prays"), never
    // someone else's wish ("I want the fish to sing").
    let first = words.first().map(String::as_str).unwrap_or("");
    let verb = if story.names.contains(&first) { words.get(1) } else { words.first() }?;
    let deed = DEEDS.iter().find(|(names, _)| names.contains(&verb.as_str()))?.1;
    // Someone the story names leads the sentence ("David prays"); else the story's own hero does it. God does not pray.
    let hero = story.hero.to_lowercase();
    let who = match story.names.iter().find(|n| **n == first) {
        Some(name) if !name.contains(' ') && *name != "god" => upper_first(name),
        // "Help Noah": the people around the hero help him.
        _ if deed.starts_with("{who} helped") && words.contains(&hero) => format!("Everyone around {}", story.hero),
        _ => story.hero.to_string(),
    };
    if who == "God" {
        return None;
    }
    let deed = deed.replace("{who}", &who);
    let deed = if words.iter().any(|w| w == "first") { format!("Before anything else, {deed}") } else { deed };
    // Story text that leads into the next moment, never the narrator talking about the story.
    Some(format!("{deed} Then {{hero}} looked up, because something new was about to happen."))
}

//! A helper's promise is kept: a helper who says it will show or give
//! something (the fox's "something wonderful", the bear's ride, the comet's
//! secret place) comes back and does it in the next scene, or straight away
//! when the promise is made in the ending, so no promise is left hanging.

/// (the promise as the helper says it, words only its keeping says, how it is kept).
const PROMISES: &[(&str, &str, &str)] = &[
    (
        "I'll show you something wonderful",
        "fox came trotting back",
        "Then the little fox came trotting back, just as it had promised. \"Here it is, the wonderful thing!\" it whispered, and it led them to a hollow where a whole family of baby rabbits lay fast asleep in a soft, fluffy heap.",
    ),
    (
        "Let me show you the way",
        "cloud kept its word",
        "The kind old cloud kept its word. It puffed out a long, soft trail of little clouds, and the trail showed them the way to go.",
    ),
    (
        "I'll give you a ride",
        "bear kept its promise",
        "The big fluffy bear kept its promise. {team} climbed onto its warm, furry back, and off it went, bumpity-bump, while everyone giggled.",
    ),
    (
        "I know a secret place",
        "comet's secret place",
        "The friendly comet swooped back and showed them its secret place: a little ring of stars that chimed like tiny bells whenever the comet flew by. That was the comet's secret place.",
    ),
    (
        "Want to see my spaceship",
        "Zib came zooming back",
        "Then Zib came zooming back in a round, shiny spaceship with blinking lights. \"Here it is!\" said Zib, and showed them every button that went beep.",
    ),
    (
        "I will help you when you need me most",
        "map gave a tiny rustle",
        "Just when they were not sure which way to go, the folded map gave a tiny rustle. \"Left, then straight on,\" it whispered, just as it had promised.",
    ),
    (
        "the Moon Fox always knows the way",
        "there was the Moon Fox",
        "And there was the Moon Fox, sitting on a hill with its silver tail curled around its paws. \"This way,\" it said, and pointed with its nose.",
    ),
];

/// The promises to keep in this scene: those made in the scene just told
/// (the last of `told`) and not kept since, and, in the ending, those made in
/// the ending's own `text`. Each is its keeping, to be filled.
pub fn due(told: &[String], text: &str, ending: bool) -> Vec<&'static str> {
    let kept_anywhere = |mark: &str| told.iter().any(|t| t.contains(mark)) || text.contains(mark);
    let previous = told.last().map(String::as_str).unwrap_or("");
    PROMISES
        .iter()
        .filter(|(promise, mark, _)| (previous.contains(promise) || ending && text.contains(promise)) && !kept_anywhere(mark))
        .map(|(_, _, keeping)| *keeping)
        .collect()
}

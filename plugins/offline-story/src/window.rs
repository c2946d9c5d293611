//! A story at home by the window ("a girl at the window watching snow at
//! night"): every middle scene goes back to the window, and its picture shows
//! what is watched through the glass, with the child at the window.

use crate::premise::Premise;

/// What is watched through the window: (premise word, the line of a middle scene, the picture's words).
const WATCHED: &[(&str, &[&str], &str)] = &[
    (
        "snow",
        &[
            "Outside the big window, soft white snowflakes drifted down, round and round. {name} pressed {hero_their} nose to the glass to watch.",
            "{team} ran back to the big window. The snow was falling thicker now, and the garden was turning white.",
            "Through the window, the snowflakes twirled and danced. \"Look, that one is as big as a button,\" whispered {friend}.",
        ],
        "with soft white snowflakes falling outside the big window, and {name} at the window watching them",
    ),
    (
        "rain",
        &[
            "Pitter-patter went the rain on the big window. {name} traced the raindrops racing down the glass.",
            "{team} ran back to the big window. The puddles outside were getting bigger and bigger.",
        ],
        "with raindrops running down the big window, and {name} at the window watching them",
    ),
    (
        "birds",
        &[
            "Outside the big window, a little robin hopped along the fence. {name} waved, very quietly.",
            "{team} ran back to the big window. Two sparrows were splashing in the bird bath.",
        ],
        "with little birds in the garden outside the big window, and {name} at the window watching them",
    ),
];

fn watched(p: &Premise) -> Option<&'static (&'static str, &'static [&'static str], &'static str)> {
    if p.place.title != "Window" {
        return None;
    }
    let wish = p.wish.as_ref().map(|w| w.0.to_lowercase()).unwrap_or_default();
    WATCHED.iter().find(|(word, _, _)| wish.split(' ').any(|w| w == *word))
}

/// A middle scene's line at the window, and its picture's words; None away from a window.
pub fn at_window(p: &Premise, scene: u32, fill: &dyn Fn(&str) -> String) -> Option<(String, String)> {
    let (_, lines, picture) = watched(p)?;
    let line = lines.get(scene as usize % lines.len())?;
    Some((fill(line), fill(picture)))
}

//! A Bible story at bedtime: the same story in its real order with its WEB
//! verses (never changed), told in a quiet voice (no exclamation marks in
//! the telling), calm points of view only, pictures in the evening or at
//! night, and a short, reverent goodnight at the end.

use crate::story::Scene;

/// Gentle points of view offered when a story's own would be loud or frightening.
const QUIET: &[&str] = &["Say a quiet thank-you to God", "Think of all the stars God made", "Snuggle down and listen to what happens next"];

/// Whether a paragraph is a verse: “…” (Book 1:2, WEB).
fn is_verse(paragraph: &str) -> bool {
    paragraph.trim_end().ends_with("WEB)")
}

/// The telling in a quiet voice; verses stay word for word.
fn quiet(paragraph: &str) -> String {
    if is_verse(paragraph) {
        return paragraph.to_string();
    }
    let mut out = String::new();
    let chars: Vec<char> = paragraph.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '!' {
            out.push(*c);
            continue;
        }
        let quote_then_lower = chars.get(i + 1).is_some_and(|q| matches!(q, '"' | '”'))
            && chars.get(i + 2) == Some(&' ')
            && chars.get(i + 3).is_some_and(|l| l.is_lowercase());
        out.push(if quote_then_lower { ',' } else { '.' });
    }
    out
}

/// Words by which a picture prompt already says its time of day.
pub(crate) const TIMES_OF_DAY: &[&str] =
    &["morning", "sunrise", "dawn", "daybreak", "midday", "noon", "dusk", "sunset", "evening", "night", "moon", "dark"];

/// The picture in the evening (the first scene, and a rainbow or sunshine) or
/// at night; a picture that already says its time (the morning the text tells
/// of, "at sunrise", "moonlit") keeps it, so it never shows two times at once.
fn at_night(picture: &str, scene: u32) -> String {
    let base = picture.trim().trim_end_matches('.');
    let low = base.to_lowercase();
    if TIMES_OF_DAY.iter().any(|t| low.contains(t)) {
        return format!("{base}.");
    }
    let light = if scene <= 1 || ["rainbow", "sun", "bright"].iter().any(|w| low.contains(w)) {
        "in the soft evening light"
    } else {
        "at night, under a quiet starry sky"
    };
    format!("{base}, {light}.")
}

/// The last paragraph: what the story was about ("a short man who climbed a
/// tree to see Jesus"), then goodnight, reverent and simple.
pub fn goodnight(about: &str, family: Option<&str>) -> String {
    let names = family.unwrap_or("little one");
    format!(
        "And that is the story of {about}. Now it is time to close your eyes. God keeps watch through the night, so you can rest, safe and sound. Goodnight, {names}. The End."
    )
}

/// A Bible scene told for bedtime (its last paragraph already the goodnight).
pub fn tuck(scene: Scene, n: u32) -> Scene {
    let text: Vec<String> = scene.text.split("\n\n").map(quiet).collect();
    let mut choices: Vec<String> = scene.choices.into_iter().filter(|c| !super::soften::has_danger(c)).collect();
    for q in QUIET {
        if choices.len() >= 3 || scene.is_ending {
            break;
        }
        if !choices.iter().any(|c| c == q) {
            choices.push(q.to_string());
        }
    }
    Scene { text: text.join("\n\n"), image_prompt: at_night(&scene.image_prompt, n), choices, ..scene }
}

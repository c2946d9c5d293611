//! The picture shows the choice taken: a scene's picture action with the
//! choice drawn in (before the event or after it), and a choice's words
//! before the object it names is built ("a plan on paper").

use crate::events;
use crate::premise::Premise;
use crate::text::fill;

/// The picture shows the choice taken in this scene too, so two pictures in a
/// row differ: a scene whose event goes on from before (a moment, a
/// discovery) leads with the choice ("{cast}, dancing a happy little dance");
/// a new event comes first, the choice after it. Not a typed idea (it has its
/// own picture), a question, scene 1 or the ending.
pub fn with_choice(
    action: String,
    p: &Premise,
    scene: u32,
    ending: bool,
    event: Option<&events::Event>,
    own: bool,
    last: Option<&str>,
) -> String {
    let Some(chosen) = last.filter(|_| scene > 1 && !ending && !own).and_then(|l| crate::doing::shown(p, l)) else { return action };
    // A choice of a journey's own place ("Wave goodbye to the houses below") is not drawn where the story is now (the moon).
    let left_behind = |now: &events::Event| {
        let said = |e: &events::Event| fill(e.choice.text, &|k| p.lookup(k)).eq_ignore_ascii_case(last.unwrap_or("").trim());
        events::all_events().any(|e| e.at.is_some() && e.at != now.at && said(e))
    };
    if event.is_some_and(left_behind) {
        return action;
    }
    let moment = event.is_none_or(|e| events::all_moments().any(|m| std::ptr::eq(m, e)));
    match action.strip_prefix("{cast}, ") {
        Some(rest) if moment => format!("{{cast}}, {chosen}, {rest}"),
        None if moment => format!("{{cast}}, {chosen}, beside {}", action.trim_start_matches("discovering ")),
        _ => format!("{action}, just after {chosen}"),
    }
}

/// A choice's words before the object is built: "a plan of the cardboard rocket" → "a plan on paper".
pub fn unbuilt_words(p: &Premise, choice: &str) -> String {
    match &p.object {
        // The picture names the object in full wherever it is said, so the drawing is only "on paper".
        Some(o) => choice.replace(&format!(" of the {}", o.phrase), " on paper").replace(&format!("the {}", o.phrase), "the boxes"),
        None => choice.to_string(),
    }
}

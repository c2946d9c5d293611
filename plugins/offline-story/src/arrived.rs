//! Story memory of where the characters already are: once the story has them
//! at or inside a place (the lighthouse door opened, inside the castle), no
//! later line has them arriving at it or entering it again, and an "at last
//! they reached" arrival is told only once.

/// The places remembered, as named in the text.
const PLACES: &[&str] = &["lighthouse", "castle", "zoo", "moon", "beach"];

/// Lines of being at or inside a place (`{p}` is the place).
const THERE: &[&str] = &[
    "inside the {p}",
    "in the old stone {p}",
    "in the great hall of the {p}",
    "{p} stairs",
    "{p} door",
    "{p} rock",
    "at the very top of the {p}",
    "at the gate of the {p}",
    "landed softly on the {p}",
    "reached the {p}",
    "to the {p} door",
];

/// Lines of arriving at or going into a place, never told once they are there.
const ARRIVING: &[&str] = &[
    "climb the rocks to the {p}",
    "reached the {p}",
    "along the rocks to the {p}",
    "walked across it, over the water of the moat",
    "swam them across to the {p}",
    "arrived at the {p}",
];

/// Arrival lines whose place is told by the line before it (the drawbridge's).
const ARRIVING_AFTER: &[(&str, &str)] = &[("walked across it, over the water of the moat", "castle")];

/// An arrival told in a place's own words: what stands in its stead once they are there.
const STILL_THERE: &[(&str, &str)] =
    &[("First, they had to climb the rocks to the lighthouse.", "Outside, the rocks around the lighthouse glistened in the spray.")];

fn fill(pattern: &str, place: &str) -> String {
    pattern.replace("{p}", place)
}

/// The place `sentence` (lower case) arrives at, if it tells an arrival.
fn arrival(sentence: &str) -> Option<&'static str> {
    if let Some((_, place)) = ARRIVING_AFTER.iter().find(|(line, _)| sentence.contains(line)) {
        return Some(place);
    }
    PLACES.iter().copied().find(|p| ARRIVING.iter().any(|a| sentence.contains(&fill(a, p))))
}

/// The places `sentence` (lower case) has them at or in.
fn there(sentence: &str) -> impl Iterator<Item = &'static str> + '_ {
    PLACES
        .iter()
        .copied()
        .filter(move |p| THERE.iter().any(|t| sentence.contains(&fill(t, p))) || (*p == "castle" && sentence.contains("drawbridge")))
}

/// The places they have reached in `text`, added to `reached`.
fn remember(reached: &mut Vec<&'static str>, sentence: &str) {
    for p in there(sentence).chain(arrival(sentence)) {
        if !reached.contains(&p) {
            reached.push(p);
        }
    }
}

/// The scene's paragraphs without arriving again where the story (`told` and
/// this scene so far) already has them: such a line is left out, or told in
/// its being-there words.
pub fn no_second_arrival(paragraphs: Vec<String>, told: &[String]) -> Vec<String> {
    let mut reached: Vec<&'static str> = Vec::new();
    let mut at_last_told = false;
    for s in told.iter().flat_map(|t| crate::polish::sentences(t)) {
        let lower = s.to_lowercase();
        at_last_told |= lower.contains("at last they reached");
        remember(&mut reached, &lower);
    }
    paragraphs
        .into_iter()
        .map(|para| {
            let mut out: Vec<String> = Vec::new();
            for s in crate::polish::sentences(&para) {
                let lower = s.to_lowercase();
                let again =
                    arrival(&lower).is_some_and(|p| reached.contains(&p)) || (at_last_told && lower.contains("at last they reached"));
                at_last_told |= lower.contains("at last they reached");
                if !again {
                    remember(&mut reached, &lower);
                    out.push(s);
                    continue;
                }
                if let Some((_, instead)) = STILL_THERE.iter().find(|(from, _)| s.trim() == *from) {
                    out.push(instead.to_string());
                }
            }
            if out.is_empty() { para } else { out.join(" ") }
        })
        .collect()
}

/// An event's `text` as told where they already are: its arrival left out,
/// so the event is still known as told in that shorter telling.
pub fn as_told_there(text: &str) -> String {
    let there: Vec<String> = PLACES.iter().map(|p| format!("Inside the {p}.")).collect();
    no_second_arrival(vec![text.to_string()], &[there.join(" ")]).concat()
}

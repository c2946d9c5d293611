//! Story memory of what is put away: once a thing is tucked into a bag or a
//! pocket, it is taken out again before it is held up, unfolded or read.

/// Putting away: "tucked the map into a bag".
const PUT_AWAY: &[&str] = &[" into a bag", " into a pocket", " into the bag", " into the pocket"];

/// Using a thing in the hands.
const USING: &[&str] = &["held", "unfolded", "unrolled", "looked at", "read ", "checked", "waved", "followed"];

/// The noun put away by a sentence ("map" from "Max tucked the old paper map into a bag").
fn put_away(sentence: &str) -> Option<String> {
    let s = sentence.to_lowercase();
    let at = PUT_AWAY.iter().filter_map(|p| s.find(p)).min()?;
    let before = s.get(..at)?;
    let noun = before.split_whitespace().last()?.trim_matches(|c: char| !c.is_alphanumeric());
    (!noun.is_empty()).then(|| noun.to_string())
}

/// Whether the sentence takes the thing out of the bag again.
fn takes_out(sentence: &str, noun: &str) -> bool {
    let s = sentence.to_lowercase();
    s.contains(noun) && (s.contains(" out of ") || s.contains("took out"))
}

/// Whether the sentence uses the thing in the hands.
fn uses(sentence: &str, noun: &str) -> bool {
    let s = sentence.to_lowercase();
    s.split(|c: char| !c.is_alphanumeric()).any(|w| w == noun) && USING.iter().any(|u| s.contains(u))
}

/// The scene's paragraphs with the thing put away (in `told` or earlier in
/// the scene) taken out of the bag before it is used again.
pub fn take_out_before_using(paragraphs: Vec<String>, told: &[String]) -> Vec<String> {
    let mut away: Option<String> = None;
    let follow = |away: &mut Option<String>, s: &str| {
        if let Some(noun) = put_away(s) {
            *away = Some(noun);
        } else if away.as_deref().is_some_and(|n| takes_out(s, n)) {
            *away = None;
        }
    };
    for s in told.iter().flat_map(|t| crate::polish::sentences(t)) {
        follow(&mut away, &s);
    }
    paragraphs
        .into_iter()
        .map(|para| {
            let mut out: Vec<String> = Vec::new();
            for s in crate::polish::sentences(&para) {
                if let Some(noun) = away.clone().filter(|n| uses(&s, n) && put_away(&s).is_none()) {
                    out.push(format!("They took the {noun} out of the bag again."));
                    away = None;
                }
                follow(&mut away, &s);
                out.push(s);
            }
            out.join(" ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_map_comes_out_of_the_bag_before_it_is_held_up() {
        let told = ["Max tucked the old paper map into a bag, very carefully. Now they were ready.".to_string()];
        let out = take_out_before_using(vec!["Max held the old paper map up high.".into()], &told);
        assert_eq!(out, ["They took the map out of the bag again. Max held the old paper map up high."]);
    }
}

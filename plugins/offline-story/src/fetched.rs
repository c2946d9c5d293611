//! Story memory of what has been fetched: a building story says "Now that
//! they had everything" only once the boxes, the tape and the paint were all
//! told fetched; the ones never fetched are fetched just before it.

/// What a cardboard build needs: the word that tells it was there, and how it is fetched.
const NEEDED: &[(&str, &str)] =
    &[("box", "three big boxes from the garage"), ("tape", "the tape from a drawer"), ("paint", "the paint from under the sink")];

/// The line that says everything is there.
const HAD_EVERYTHING: &str = "had everything";

/// The scene's paragraphs with the fetching of whatever was never fetched
/// (in `told` or earlier in the scene) told before "Now that they had everything".
pub fn fetch_before_having_everything(paragraphs: Vec<String>, told: &[String]) -> Vec<String> {
    let mut so_far = String::new();
    for s in told.iter().flat_map(|t| crate::polish::sentences(t)) {
        remember(&mut so_far, &s);
    }
    paragraphs
        .into_iter()
        .map(|para| {
            let mut out: Vec<String> = Vec::new();
            for s in crate::polish::sentences(&para) {
                if s.to_lowercase().contains(HAD_EVERYTHING) {
                    let missing: Vec<&str> = NEEDED.iter().filter(|(word, _)| !so_far.contains(word)).map(|(_, how)| *how).collect();
                    if let Some(line) = fetching(&missing) {
                        remember(&mut so_far, &line);
                        out.push(line);
                    }
                }
                remember(&mut so_far, &s);
                out.push(s);
            }
            out.join(" ")
        })
        .collect()
}

/// A told sentence added to what is known fetched; only needing or asking for a thing is not fetching it.
fn remember(so_far: &mut String, sentence: &str) {
    let s = sentence.to_lowercase();
    if !s.contains("needed") && !s.contains('?') {
        so_far.push_str(&s);
        so_far.push(' ');
    }
}

/// "First they fetched the tape from a drawer and the paint from under the sink."
fn fetching(missing: &[&str]) -> Option<String> {
    let (last, rest) = missing.split_last()?;
    let list = if rest.is_empty() { last.to_string() } else { format!("{} and {last}", rest.join(", ")) };
    Some(format!("First they fetched {list}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_was_never_fetched_is_fetched_first() {
        let told = ["In the garage, behind the bikes, there were three big boxes.".to_string()];
        let out = fetch_before_having_everything(vec!["Now that they had everything, they built it.".into()], &told);
        assert_eq!(
            out,
            ["First they fetched the tape from a drawer and the paint from under the sink. Now that they had everything, they built it."]
        );
    }
}

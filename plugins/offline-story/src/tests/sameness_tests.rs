//! Two stories of one premise with different seeds are told in their own
//! words: no long sentence (more than 12 words) of the paragraph where one
//! faces its fear is in the other's, whatever the names.

use super::repeat_tests::play_told;
use crate::premise::Premise;

fn sentences(text: &str) -> Vec<String> {
    text.split_inclusive(['.', '!', '?']).map(|s| s.trim().trim_matches('"').trim().to_lowercase()).filter(|s| !s.is_empty()).collect()
}

/// Premises of a fear the story ends by facing.
const FEARS: &[&str] =
    &["a dragon who is afraid of the dark", "a little owl who is scared of the dark", "a bear cub who is afraid of the night"];

/// The sentences of more than 12 words two stories both tell.
fn shared_long_sentences(a: &[String], b: &[String]) -> Vec<String> {
    let long = |texts: &[String]| -> std::collections::BTreeSet<String> {
        texts.iter().flat_map(|t| sentences(t)).filter(|s| s.split_whitespace().count() > 12).collect()
    };
    long(a).intersection(&long(b)).cloned().collect()
}

#[test]
fn two_stories_of_one_fear_face_it_in_their_own_words() {
    let (mut pairs, mut bad, mut found) = (0, 0, Vec::new());
    for premise in FEARS {
        for target in [3, 5] {
            for pick in 0..3 {
                // The ending, with the cast's names as X: the same lines with other names are still the same lines.
                let ending = |seed| -> Vec<String> {
                    let names: Vec<String> = Premise::read(premise, seed).cast.iter().map(|m| m.name.clone()).collect();
                    let last = play_told(premise, seed, target, pick, None).pop().map(|s| s.text).unwrap_or_default();
                    // The paragraph where the fear is faced; a choice's own outcome may well be the same when the same choice is taken.
                    let faced = last.split("\n\n").find(|p| p.contains("not scared of")).unwrap_or_default().to_string();
                    vec![names.iter().fold(faced, |t, n| t.replace(n.as_str(), "X"))]
                };
                let endings: Vec<Vec<String>> = (0..8).map(ending).collect();
                for (i, a) in endings.iter().enumerate() {
                    for (j, b) in endings.iter().enumerate().skip(i + 1) {
                        let shared = shared_long_sentences(a, b);
                        pairs += 1;
                        if !shared.is_empty() {
                            bad += 1;
                            found.extend(shared.into_iter().map(|s| format!("{premise} seeds {i}/{j} of {target} pick {pick}: {s}")));
                        }
                    }
                }
            }
        }
    }
    assert!(bad == 0, "{bad} of {pairs} pairs share long sentences:\n{}", found.iter().take(12).cloned().collect::<Vec<_>>().join("\n"));
}

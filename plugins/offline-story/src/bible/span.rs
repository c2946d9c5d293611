//! How a Bible story's beats are spread over the scenes: which beats a scene
//! tells (or which beat it reflects on), and the first beat the scenes
//! already told have not told yet, so a length change never repeats or skips one.

use super::{Story, fill};

/// What one scene tells: the beats `from..=to`, or (`tells` false) a
/// reflection on beat `to`, which an earlier scene told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: usize,
    pub to: usize,
    pub tells: bool,
}

/// What scene `n` of `target` tells in a story of `beats` beats when the
/// earlier scenes told every beat before `next`. It depends on nothing else,
/// so whatever the path did before (typed choices, "Keep going", "Wrap it
/// up"), the story goes on from the first beat not yet told, each beat once,
/// in order, and the last beat only at the ending:
/// - more beats left than scenes: consecutive beats share a scene, the
///   earlier scenes taking the larger share (8 beats over 3 scenes: 3, 3, 2);
/// - else one beat per telling scene, the beats before the last one spread
///   evenly over the scenes before the ending, the scenes in between
///   reflecting on the beat just told;
/// - the ending tells whatever is left.
pub fn span(n: u32, target: u32, beats: usize, next: usize) -> Span {
    let last = beats.saturating_sub(1);
    let n = n.max(1);
    let target = target.max(n);
    let reflect = Span { from: next.saturating_sub(1).min(last), to: next.saturating_sub(1).min(last), tells: false };
    if next > last {
        // Everything is told already (only when earlier scenes said more than this plan would).
        return reflect;
    }
    if n >= target {
        return Span { from: next, to: last, tells: true };
    }
    let after = (target - n) as usize;
    let left = beats - next;
    if left > after + 1 {
        let share = left.div_ceil(after + 1);
        return Span { from: next, to: next + share - 1, tells: true };
    }
    // One beat or a reflection: told when the story is behind an even spread
    // of its middle beats over the scenes before the ending, or has no scene to spare.
    let (middle, left_middle) = (last, last - next);
    let due = middle * (n as usize - 1) / (target as usize - 1) + 1;
    if left_middle > 0 && (next < due || left_middle >= after) {
        return Span { from: next, to: next, tells: true };
    }
    reflect
}

/// A text with only its words: lower case, one space between words, so a
/// beat is found in a scene whatever the host did to its spacing or marks.
fn words_only(text: &str) -> String {
    let spaced: String = text.chars().map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' }).collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first beat no earlier scene told. An earlier scene whose text the
/// host sent counts by the beats found in it (a reflection tells none);
/// one it did not send is replanned at the current length.
pub(super) fn first_untold(story: &Story, premise: &str, n: u32, target: u32, told: &[String]) -> usize {
    let beats: Vec<String> = story.beats.iter().map(|b| words_only(&fill(b.text, story, premise))).collect();
    let mut next = 0;
    for k in 1..n {
        match told.get(k as usize - 1).filter(|t| !t.trim().is_empty()) {
            Some(text) => {
                let text = words_only(text);
                if let Some(b) = beats.iter().rposition(|b| !b.is_empty() && text.contains(b.as_str())) {
                    next = next.max(b + 1);
                }
            }
            None => {
                let s = span(k, target, beats.len(), next);
                if s.tells {
                    next = s.to + 1;
                }
            }
        }
    }
    next
}

//! The Bible tier of the offline storyteller: which Bible story a premise
//! asks for, how that story's beats are spread over the scenes, and the words
//! of one scene (the chosen point of view, the beats it tells or a reflection, one WEB
//! verse). Like `story.rs` it keeps no state: every scene is recomputed from
//! the premise, the seed, the path and the earlier scenes' texts (which
//! beats they told), so typed choices and length changes never repeat or skip one. The stories live in `old.rs` and
//! `new.rs`, the reflective scenes and choices in `extra.rs`; which story a
//! premise asks for is `pick.rs`, how a verse is quoted `quote.rs`.

mod done;
mod extra;
mod honest;
mod looks;
mod new;
mod old;
mod pick;
mod quote;
mod span;
mod woven;

#[cfg(test)]
mod aside_tests;
#[cfg(test)]
mod moment_tests;
#[cfg(test)]
mod path_tests;
#[cfg(test)]
mod pick_tests;
#[cfg(test)]
mod picture_tests;
#[cfg(test)]
mod quote_tests;
#[cfg(test)]
mod said_tests;
#[cfg(test)]
mod small_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod typed_tests;
#[cfg(test)]
mod verse_tests;
#[cfg(test)]
mod woven_tests;

use crate::story::{Hints, Scene};
use crate::text::{sentence_case, upper_first};
pub use pick::pick_story;
use pick::{bedtime, family, not_in_the_bible};
use quote::quote;
#[cfg(test)]
use span::Span;
use span::first_untold;
use span::span;
use storyloom_plugin_sdk::rng::{Rng, fnv1a};

/// One moment of a story: what happens, the verse that belongs to it, the
/// picture, and the points of view offered afterwards (a choice and the
/// short paragraph that opens the next scene when it is taken).
pub struct Beat {
    pub text: &'static str,
    pub verse: &'static str,
    pub reference: &'static str,
    pub picture: &'static str,
    pub choices: &'static [(&'static str, &'static str)],
}

/// One Bible story: its title, the character it is about, the beat of the
/// moment it is named after (`key`: the big fish, the stone and the giant),
/// the words that name it, the words close to it in meaning, and its beats in
/// order (the last one is the real resolution).
pub struct Story {
    pub title: &'static str,
    pub hero: &'static str,
    pub key: usize,
    pub names: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub beats: &'static [Beat],
}

/// Only met if the story tables were empty: still a valid scene.
static EMPTY: Story = Story { title: "A Bible Story", hero: "God", key: 0, names: &[], themes: &[], beats: &[] };

/// Every story, Old Testament first.
pub fn stories() -> impl Iterator<Item = &'static Story> {
    old::STORIES.iter().chain(new::STORIES.iter())
}

/// Every creature and object the picture prompts name, for the painter's tests.
#[cfg_attr(not(test), allow(dead_code))]
pub const PAINTED_THINGS: &[&str] = &[
    "man",
    "woman",
    "women",
    "boy",
    "girl",
    "baby",
    "child",
    "children",
    "king",
    "queen",
    "angel",
    "shepherd",
    "shepherds",
    "grey beard",
    "wings",
    "lion",
    "lions",
    "sheep",
    "lamb",
    "dove",
    "ravens",
    "big fish",
    "fish",
    "seaweed",
    "camels",
    "donkey",
    "cow",
    "cows",
    "pigs",
    "giraffe",
    "elephant",
    "birds",
    "goats",
    "boat",
    "rainbow",
    "star",
    "stars",
    "moon",
    "sun",
    "cloud",
    "clouds",
    "tree",
    "trees",
    "flowers",
    "grain",
    "bread",
    "basket",
    "baskets",
    "jar",
    "sling",
    "stone",
    "stones",
    "staff",
    "coat",
    "robe",
    "ring",
    "crown",
    "hat",
    "scepter",
    "throne",
    "tambourine",
    "coins",
    "letter",
    "cushion",
    "table",
    "window",
    "tent",
    "house",
    "palace",
    "gate",
    "wall",
    "walls",
    "well",
    "altar",
    "manger",
    "ramp",
];

fn same(choice: &str, taken: &str) -> bool {
    choice.eq_ignore_ascii_case(taken.trim())
}

/// A template with the story's character and the family filled in.
fn fill(template: &str, story: &Story, premise: &str) -> String {
    let listeners = family(premise).unwrap_or_else(|| "everyone listening".to_string());
    sentence_case(&template.replace("{hero}", story.hero).replace("{family}", &listeners).replace("{about}", honest::about(story)))
}

/// The paragraph that follows the choice taken: its own follow-up when it is
/// one of the story's choices, else a warm answer to the family's own words.
fn follow_up(story: &Story, premise: &str, taken: &str, n: u32) -> String {
    let written = story.beats.iter().flat_map(|b| b.choices.iter()).chain(extra::CHOICES.iter());
    if let Some(found) = written.clone().find(|c| same(&fill(c.0, story, premise), taken)) {
        return fill(found.1, story, premise);
    }
    let words: String = taken.chars().filter(|c| c.is_alphanumeric()).collect();
    if words.is_empty() {
        return fill(extra::QUIET, story, premise);
    }
    // Something a person in the story can do (pray, sing, thank God) is told as done.
    if let Some(deed) = done::told(story, taken).filter(|_| !taken.trim_end().ends_with('?')) {
        return fill(&deed, story, premise);
    }
    // Anything else is one real sentence of the story: a hope, a wondering, a listener's point of view.
    upper_first(&woven::woven(story, taken, n))
}

/// The choices a scene offers: the beat's points of view not yet taken (two
/// at most in a reflective scene), then reflective ones, three in all, in an
/// order of the seed's.
fn offer(story: &Story, premise: &str, beat: &Beat, tells: bool, path: &[String], rng: &mut Rng) -> Vec<String> {
    let fresh = |c: &String| !path.iter().any(|t| same(c, t));
    let mut own: Vec<String> = beat.choices.iter().map(|c| fill(c.0, story, premise)).filter(fresh).collect();
    own.truncate(if tells { 3 } else { 2 });
    let mut more: Vec<String> = extra::CHOICES.iter().map(|c| fill(c.0, story, premise)).filter(fresh).collect();
    rng.shuffle(&mut more);
    let wanted = 3usize.saturating_sub(own.len());
    own.extend(more.into_iter().take(wanted));
    rng.shuffle(&mut own);
    own
}

/// Write the scene the hints ask for, from the story the premise names.
pub fn write_scene(h: Hints<'_>, seed: u64) -> Scene {
    let story = pick_story(h.premise, seed);
    let n = h.scene_number.max(1);
    let ending = n >= h.target_scenes.max(1);
    let next = first_untold(story, h.premise, n, h.target_scenes, h.told);
    let span = span(n, h.target_scenes, story.beats.len(), next);
    let (Some(told), Some(beat)) = (story.beats.get(span.from..=span.to), story.beats.get(span.to)) else {
        return Scene { title: story.title.into(), text: String::new(), image_prompt: String::new(), choices: vec![], is_ending: true };
    };
    // The verse and picture of the story's key moment when this scene tells it, else of its last beat.
    let shown = if span.tells && (span.from..=span.to).contains(&story.key) { &story.beats[story.key] } else { beat };
    let path_seed = h.path.iter().fold(seed, |s, p| fnv1a(fnv1a(s, p.as_bytes()), &[0x1f]));
    let mut rng = Rng::new(fnv1a(path_seed, &n.to_le_bytes()));
    let opening = h.path.last().map(|taken| follow_up(story, h.premise, taken, n));

    let mut paragraphs: Vec<String> = Vec::new();
    let mut picture = shown.picture.to_string();
    if span.tells {
        // A beat told before the one pictured keeps what it brought in the picture (the dove and its leaf).
        let earlier: Vec<&str> = told.iter().filter(|b| !std::ptr::eq(*b, shown)).map(|b| b.text).collect();
        picture = looks::carried(&picture, &earlier);
        // Several beats make at most two paragraphs: the first half, then the rest.
        let texts: Vec<String> = told.iter().map(|b| fill(b.text, story, h.premise)).collect();
        let half = texts.len().div_ceil(2);
        let mut story_paragraphs: Vec<String> = texts.chunks(half.max(1)).map(|c| c.join(" ")).collect();
        match (opening, family(h.premise)) {
            (Some(opening), _) if ending => {
                if let Some(first) = story_paragraphs.first_mut() {
                    *first = format!("{opening} {first}");
                }
            }
            (Some(opening), _) => paragraphs.push(opening),
            (None, Some(_)) if !ending => paragraphs.push(fill(extra::WELCOME, story, h.premise)),
            (None, _) => {}
        }
        paragraphs.append(&mut story_paragraphs);
        // A premise the Bible has no story about is told so, gently, before the nearest story begins.
        if let (1, Some(honest), Some(first)) = (n, not_in_the_bible(h.premise, story), paragraphs.first_mut()) {
            *first = format!("{honest} {first}");
        }
        paragraphs.push(quote(shown.verse, shown.reference));
    } else {
        // A reflective scene on the same beat: one reflection per scene number, never repeated.
        let mut order: Vec<usize> = (0..extra::REFLECTIONS.len()).collect();
        Rng::new(seed ^ fnv1a(0, story.title.as_bytes())).shuffle(&mut order);
        let k = (n as usize - 1) % order.len().max(1);
        if let Some(r) = order.get(k).and_then(|&i| extra::REFLECTIONS.get(i)) {
            paragraphs.extend(opening);
            paragraphs.push(fill(r.text, story, h.premise));
            paragraphs.push(quote(r.verse, r.reference));
            picture = format!("{}, {}.", beat.picture.trim_end_matches('.'), r.light);
        }
    }
    let bedtime = bedtime(h.premise);
    if ending && bedtime {
        paragraphs.push(crate::bedtime::bible::goodnight(honest::about(story), family(h.premise).as_deref()));
    } else if ending {
        let goodnight = family(h.premise).map(|names| format!("Goodnight, {names}. ")).unwrap_or_default();
        paragraphs.push(format!("And that is the story of {}. {goodnight}The End.", honest::about(story)));
    }
    let scene = Scene {
        title: story.title.to_string(),
        text: paragraphs.join("\n\n"),
        // Rain, a storm, snow or wind the scene tells is in its picture too (the painter draws rain only if told).
        image_prompt: crate::weather::add(&looks::dress(story.title, &picture), &paragraphs.join(" ")),
        choices: if ending { Vec::new() } else { offer(story, h.premise, beat, span.tells, h.path, &mut rng) },
        is_ending: ending,
    };
    if bedtime { crate::bedtime::bible::tuck(scene, n) } else { scene }
}

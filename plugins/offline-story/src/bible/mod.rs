//! The Bible tier of the offline storyteller: which Bible story a premise
//! asks for, how that story's beats are spread over the scenes, and the words
//! of one scene (the chosen point of view, the beats it tells or a reflection, one WEB
//! verse). Like `story.rs` it keeps no state: every scene is recomputed from
//! the premise, the seed, the path and the earlier scenes' texts (which
//! beats they told), so typed choices and length changes never repeat or skip one. The stories live in `old.rs` and
//! `new.rs`, the reflective scenes and choices in `extra.rs`.

mod done;
mod extra;
mod looks;
mod new;
mod old;

#[cfg(test)]
mod aside_tests;
#[cfg(test)]
mod moment_tests;
#[cfg(test)]
mod path_tests;
#[cfg(test)]
mod picture_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod verse_tests;

use crate::story::{Hints, Scene};
use crate::text::{sentence_case, upper_first};
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

/// The premise without the host's "(bedtime; starring …; with …)" note, and the family names from that note.
fn split_family(premise: &str) -> (String, Option<String>) {
    let note = crate::cast::host_note(premise);
    let names = crate::premise::and_list(&note.starring);
    (note.base, (!names.is_empty()).then_some(names))
}

/// Whether the host asked for a bedtime story.
fn bedtime(premise: &str) -> bool {
    crate::cast::host_note(premise).bedtime
}

/// " noah builds a big boat " in lower case, and the same with plurals made singular.
fn word_lines(premise: &str) -> (String, String) {
    let clean: String = premise
        .chars()
        .filter(|c| *c != '\'' && *c != '’')
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect();
    let words: Vec<&str> = clean.split_whitespace().collect();
    let single: Vec<&str> =
        words.iter().map(|w| if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") { &w[..w.len() - 1] } else { w }).collect();
    (format!(" {} ", words.join(" ")), format!(" {} ", single.join(" ")))
}

/// How close a story is to the premise: a named story far above any theme.
fn score(story: &Story, lines: &(String, String)) -> usize {
    // Names are matched word for word ("shepherds" is the nativity, "shepherd" the lost sheep); themes also in the singular.
    let named = |k: &str| lines.0.contains(&format!(" {k} "));
    let close = |k: &str| named(k) || lines.1.contains(&format!(" {k} "));
    story.names.iter().filter(|k| named(k)).count() * 100 + story.themes.iter().filter(|k| close(k)).count()
}

/// The story a premise asks for: the one it names (ties broken by the
/// seed), else one of the closest in meaning (every story within one theme
/// word of the best, chosen by the seed, so "being brave" is not always
/// Daniel), else any story, chosen by the seed.
pub fn pick_story(premise: &str, seed: u64) -> &'static Story {
    let lines = word_lines(&split_family(premise).0);
    let all: Vec<&'static Story> = stories().collect();
    let best = all.iter().map(|s| score(s, &lines)).max().unwrap_or(0);
    let close = |s: usize| if best >= 100 { s == best } else { s == best || (s > 0 && s + 1 >= best) };
    let closest: Vec<&'static Story> = all.iter().copied().filter(|s| close(score(s, &lines))).collect();
    let mut rng = Rng::new(seed ^ 0x7374_6f72_7900);
    rng.pick(&closest).or(all.first()).copied().unwrap_or(&EMPTY)
}

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
fn first_untold(story: &Story, premise: &str, n: u32, target: u32, told: &[String]) -> usize {
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

fn same(choice: &str, taken: &str) -> bool {
    choice.eq_ignore_ascii_case(taken.trim())
}

/// "Ana, Ben and Dad": the names to greet, from the premise's "(starring …)".
fn family(premise: &str) -> Option<String> {
    split_family(premise).1
}

/// A template with the story's character and the family filled in.
fn fill(template: &str, story: &Story, premise: &str) -> String {
    let listeners = family(premise).unwrap_or_else(|| "everyone listening".to_string());
    sentence_case(&template.replace("{hero}", story.hero).replace("{family}", &listeners).replace("{title}", story.title))
}

/// The paragraph that follows the choice taken: its own follow-up when it is
/// one of the story's choices, else a warm answer to the family's own words.
fn follow_up(story: &Story, premise: &str, taken: &str, n: u32) -> String {
    let written = story.beats.iter().flat_map(|b| b.choices.iter()).chain(extra::CHOICES.iter());
    if let Some(found) = written.clone().find(|c| same(&fill(c.0, story, premise), taken)) {
        return fill(found.1, story, premise);
    }
    let words: String = taken.chars().filter(|c| !matches!(c, '{' | '}' | '“' | '”' | '"')).collect();
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let words = words.trim_end_matches(['.', '!', '?', ',']);
    if words.is_empty() {
        return fill(extra::QUIET, story, premise);
    }
    let mut short: String = words.chars().take(140).collect();
    if short.len() < words.len() {
        short = format!("{}…", short.rsplit_once(' ').map_or(short.as_str(), |(head, _)| head));
    }
    let answer = extra::TYPED.get(n as usize % extra::TYPED.len().max(1)).copied().unwrap_or("{said}");
    // The idea said in the sentence itself ("Let's picture it with Noah: the rain stops and a dove flies out!").
    // A name ("Noah prays"), "I" and "God" keep their capital.
    let first = short.split_whitespace().next().unwrap_or("").to_lowercase();
    let named = story.names.contains(&first.as_str()) || ["i", "god", "jesus", "i'm", "i'll"].contains(&first.as_str());
    let idea = match short.split_once(' ') {
        Some(("i", rest)) => format!("I {rest}"),
        _ if named => short.clone(),
        _ => crate::text::lower_first(&short),
    };
    // A question is wondered about, not pictured.
    let asked = taken.trim_end().ends_with('?');
    // Something a person in the story can do (pray, sing, thank God) is told as done.
    if let Some(deed) = done::told(story, &short).filter(|_| !asked) {
        return fill(&deed, story, premise);
    }
    let answer = if asked { extra::ASKED } else { answer };
    // One pair of quotes, the question mark inside them.
    let said =
        if asked { format!("“{}?”", upper_first(short.trim_end_matches('?'))) } else { format!("“{}”", upper_first(&short)) };
    let text = fill(&answer.replace("{idea}", &idea).replace("{said}", &said), story, premise);
    crate::text::upper_first(&text)
}

/// A verse as its own short paragraph: “…” (Book 1:2, WEB), in curly
/// quotes. A verse that is one whole speech keeps its own marks instead of
/// getting a second pair; the quotes inside a verse are single ones (and
/// theirs double again); a mark whose partner lies outside the verse is
/// balanced when it opens or closes the verse and dropped in the middle.
fn quote(verse: &str, reference: &str) -> String {
    format!("{} ({reference}, WEB)", quoted(verse))
}

/// A verse's quote marks: where they are, and whether each opens.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(bool),
    Close(bool),
}

/// The quote mark a character is, if any: `double` for “ ”, else ‘ ’. A ’
/// between letters, or after a plural's s with no single quote open, is an apostrophe.
fn mark(chars: &[char], i: usize, single_open: bool) -> Option<Mark> {
    let letter = |j: Option<usize>| j.and_then(|j| chars.get(j)).is_some_and(|c| c.is_alphanumeric());
    match chars[i] {
        '“' => Some(Mark::Open(true)),
        '”' => Some(Mark::Close(true)),
        '‘' => Some(Mark::Open(false)),
        '’' if letter(i.checked_sub(1)) && letter(Some(i + 1)) => None,
        '’' if single_open || i.checked_sub(1).is_some_and(|j| ".,!?;:".contains(chars[j])) => Some(Mark::Close(false)),
        _ => None,
    }
}

fn quoted(verse: &str) -> String {
    let chars: Vec<char> = verse.trim().chars().collect();
    // Pair the marks; a close with no open is kept only at the very end.
    let mut kept: Vec<(char, Option<Mark>)> = Vec::new();
    let mut open: Vec<bool> = Vec::new();
    let mut lead: Vec<bool> = Vec::new();
    for i in 0..chars.len() {
        let single_open = open.contains(&false);
        match mark(&chars, i, single_open) {
            Some(Mark::Open(d)) => {
                open.push(d);
                kept.push((chars[i], Some(Mark::Open(d))));
            }
            Some(Mark::Close(d)) if open.last() == Some(&d) => {
                open.pop();
                kept.push((chars[i], Some(Mark::Close(d))));
            }
            Some(Mark::Close(d)) => {
                let at_end = chars[i + 1..].iter().all(|c| c.is_whitespace() || matches!(c, '”' | '’'));
                if at_end && open.is_empty() {
                    lead.insert(0, d);
                    kept.push((chars[i], Some(Mark::Close(d))));
                }
            }
            None => kept.push((chars[i], None)),
        }
    }
    let mut marks: Vec<(char, Option<Mark>)> = lead.into_iter().map(|d| (' ', Some(Mark::Open(d)))).collect();
    marks.extend(kept);
    marks.extend(open.into_iter().rev().map(|d| (' ', Some(Mark::Close(d)))));
    // One speech from the first mark to the last: no second pair around it.
    let mut depth = 0usize;
    let mut whole = matches!(marks.first(), Some((_, Some(Mark::Open(_))))) && matches!(marks.last(), Some((_, Some(Mark::Close(_)))));
    for (k, (_, m)) in marks.iter().enumerate() {
        match m {
            Some(Mark::Open(_)) => depth += 1,
            Some(Mark::Close(_)) => depth = depth.saturating_sub(1),
            None => {}
        }
        if depth == 0 && k + 1 < marks.len() {
            whole = false;
        }
    }
    let mut out = String::new();
    let mut level = usize::from(!whole);
    if !whole {
        out.push('“');
    }
    for (c, m) in marks {
        match m {
            Some(Mark::Open(_)) => {
                out.push(if level % 2 == 0 { '“' } else { '‘' });
                level += 1;
            }
            Some(Mark::Close(_)) => {
                level = level.saturating_sub(1);
                out.push(if level % 2 == 0 { '”' } else { '’' });
            }
            None => out.push(c),
        }
    }
    if !whole {
        out.push('”');
    }
    out
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
        paragraphs.push(crate::bedtime::bible::goodnight(story.title, family(h.premise).as_deref()));
    } else if ending {
        let goodnight = family(h.premise).map(|names| format!("Goodnight, {names}. ")).unwrap_or_default();
        paragraphs.push(format!("And that is the story of {}. {goodnight}The End.", story.title));
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

//! The Bible tier of the offline storyteller: which Bible story a premise
//! asks for, how that story's beats are spread over the scenes, and the words
//! of one scene (the chosen point of view, the beat or a reflection, one WEB
//! verse). Like `story.rs` it keeps no state: every scene is recomputed from
//! the premise, the seed and the path. The stories live in `old.rs` and
//! `new.rs`, the reflective scenes and choices in `extra.rs`.

mod extra;
mod new;
mod old;

#[cfg(test)]
mod tests;

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

/// One Bible story: its title, the character it is about, the words that
/// name it, the words close to it in meaning, and its beats in order (the
/// last one is the real resolution).
pub struct Story {
    pub title: &'static str,
    pub hero: &'static str,
    pub names: &'static [&'static str],
    pub themes: &'static [&'static str],
    pub beats: &'static [Beat],
}

/// Only met if the story tables were empty: still a valid scene.
static EMPTY: Story = Story { title: "A Bible Story", hero: "God", names: &[], themes: &[], beats: &[] };

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

/// The premise without the host's "(starring …; with …)" note, and the family names from that note.
fn split_family(premise: &str) -> (&str, Option<&str>) {
    let Some(open) = premise.rfind("(starring ") else {
        return (premise.trim(), None);
    };
    let note = &premise[open + "(starring ".len()..];
    let end = note.find([';', ')']).unwrap_or(note.len());
    let names = note[..end].trim();
    (premise[..open].trim(), (!names.is_empty()).then_some(names))
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

/// The story a premise asks for: the one it names, else the closest in
/// meaning, else one chosen by the seed. Ties are broken by the seed.
pub fn pick_story(premise: &str, seed: u64) -> &'static Story {
    let lines = word_lines(split_family(premise).0);
    let all: Vec<&'static Story> = stories().collect();
    let best = all.iter().map(|s| score(s, &lines)).max().unwrap_or(0);
    let closest: Vec<&'static Story> = all.iter().copied().filter(|s| score(s, &lines) == best).collect();
    let mut rng = Rng::new(seed ^ 0x7374_6f72_7900);
    rng.pick(&closest).or(all.first()).copied().unwrap_or(&EMPTY)
}

/// Where scene `n` of `target` falls in a story of `beats` beats: the beat,
/// and whether this is the scene that tells it (else a reflective scene on it).
/// Scene 1 is the first beat and the ending the last; the beats in between
/// are spread evenly over the scenes in between.
pub fn place(n: u32, target: u32, beats: usize) -> (usize, bool) {
    let last = beats.saturating_sub(1);
    if n >= target.max(1) || last == 0 {
        return (last, true);
    }
    let (i, slots) = ((n - 1) as usize, (target - 1) as usize);
    let at = |i: usize| i * last / slots;
    (at(i), i == 0 || at(i - 1) != at(i))
}

/// The beat the path last chose a point of view in (its choices belong to it alone).
fn beat_reached(story: &Story, path: &[String]) -> Option<usize> {
    path.iter().filter_map(|taken| story.beats.iter().position(|b| b.choices.iter().any(|c| same(c.0, taken)))).max()
}

fn same(choice: &str, taken: &str) -> bool {
    choice.eq_ignore_ascii_case(taken.trim())
}

/// "Ana, Ben and Dad": the names to greet, from the premise's "(starring …)".
fn family(premise: &str) -> Option<&str> {
    split_family(premise).1
}

/// A template with the story's character and the family filled in.
fn fill(template: &str, story: &Story, premise: &str) -> String {
    let listeners = family(premise).unwrap_or("everyone listening");
    sentence_case(&template.replace("{hero}", story.hero).replace("{family}", listeners).replace("{title}", story.title))
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
    fill(&answer.replace("{said}", &format!("“{}”", upper_first(&short))), story, premise)
}

/// A verse as its own short paragraph: "…" (Book 1:2, WEB).
fn quote(verse: &str, reference: &str) -> String {
    format!("\"{verse}\" ({reference}, WEB)")
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
    let last = story.beats.len().saturating_sub(1);
    let (mut at, mut tells) = place(n, h.target_scenes, story.beats.len());
    // After "Keep going" the spread changes: never tell a beat twice or go back.
    if let Some(reached) = beat_reached(story, h.path).filter(|_| !ending) {
        if tells && at <= reached {
            (at, tells) = if reached + 1 < last { (reached + 1, true) } else { (reached, false) };
        } else if at < reached {
            (at, tells) = (reached, false);
        }
    }
    let Some(beat) = story.beats.get(at) else {
        return Scene { title: story.title.into(), text: String::new(), image_prompt: String::new(), choices: vec![], is_ending: true };
    };
    let path_seed = h.path.iter().fold(seed, |s, p| fnv1a(fnv1a(s, p.as_bytes()), &[0x1f]));
    let mut rng = Rng::new(fnv1a(path_seed, &n.to_le_bytes()));
    let opening = h.path.last().map(|taken| follow_up(story, h.premise, taken, n));

    let mut paragraphs: Vec<String> = Vec::new();
    let mut picture = beat.picture.to_string();
    if tells {
        match (opening, family(h.premise)) {
            (Some(opening), _) if ending => paragraphs.push(format!("{opening} {}", fill(beat.text, story, h.premise))),
            (Some(opening), _) => paragraphs.extend([opening, fill(beat.text, story, h.premise)]),
            (None, Some(_)) if !ending => paragraphs.extend([fill(extra::WELCOME, story, h.premise), fill(beat.text, story, h.premise)]),
            (None, _) => paragraphs.push(fill(beat.text, story, h.premise)),
        }
        paragraphs.push(quote(beat.verse, beat.reference));
        if ending {
            let goodnight = family(h.premise).map(|names| format!("Goodnight, {names}. ")).unwrap_or_default();
            paragraphs.push(format!("And that is the story of {}. {goodnight}The End.", story.title));
        }
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
    Scene {
        title: story.title.to_string(),
        text: paragraphs.join("\n\n"),
        image_prompt: picture,
        choices: if ending { Vec::new() } else { offer(story, h.premise, beat, tells, h.path, &mut rng) },
        is_ending: ending,
    }
}

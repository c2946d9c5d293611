//! Bedtime stories (the host's "(bedtime)" note): the premise's own
//! adventure, told soothing and slow. A kids scene is written as the plain
//! story would be (`story::write_plain`) and then told gently: its words
//! softened (`soften.rs`), its choices calm ones (`calm.rs`) that stand for
//! the plain story's choices one for one (so the adventure still goes its
//! way), each scene sleepier than the one before, and the last one ending
//! with everyone asleep (`sleep.rs`). The Bible tier's bedtime is in `bible.rs`.

pub mod bible;
mod calm;
mod sleep;
pub mod soften;

use crate::events::{self, Stage};
use crate::picture::{Shot, picture};
use crate::premise::Premise;
use crate::story::{Hints, Scene, write_plain};
use crate::text::sentence_case;

/// What the reader's last choice was, as the bedtime story tells it.
enum Taken {
    /// Nothing yet (scene 1).
    Nothing,
    /// One of the calm choices offered.
    Calm(calm::Calm),
    /// Typed words with danger in them: the gentle paragraph and picture action.
    Rough(String, String),
    /// Other typed words: the plain story tells them, softened.
    Typed,
}

/// Write the bedtime scene the hints ask for.
pub fn write_scene(h: Hints<'_>, seed: u64) -> Scene {
    let p = Premise::read(h.premise, seed);
    let scene = h.scene_number.max(1);
    // Replay the path: each calm choice taken stands for the plain choice in its place.
    let (mut plain_path, mut offered) = (Vec::<String>::new(), Vec::<String>::new());
    let mut taken = Taken::Nothing;
    for (i, choice) in h.path.iter().enumerate() {
        let k = i as u32 + 1;
        let told = h.told.get(..i).unwrap_or(h.told);
        let earlier = write_plain(Hints { path: &plain_path, scene_number: k, told, ..h }, seed);
        let calm = calm::choices(&p, earlier.choices.len(), k, &offered, &h.path[..i]);
        offered.extend(calm.iter().map(|c| calm::said(&p, c)));
        let at = calm.iter().position(|c| calm::said(&p, c).eq_ignore_ascii_case(choice.trim().trim_end_matches(['.', '!'])));
        match at.and_then(|at| Some((calm.get(at)?, earlier.choices.get(at)?))) {
            Some((c, plain)) => {
                taken = Taken::Calm(*c);
                plain_path.push(plain.clone());
            }
            None => {
                taken = calm::typed(&p, choice).map_or(Taken::Typed, |(text, action)| Taken::Rough(text, action));
                plain_path.push(choice.clone());
            }
        }
    }
    let plain = write_plain(Hints { path: &plain_path, ..h }, seed);
    let mut paragraphs: Vec<String> = plain.text.split("\n\n").map(str::to_string).collect();
    // The paragraph that follows the choice taken.
    let mut action = None;
    if let Some(first) = paragraphs.first_mut() {
        match &taken {
            // A calm choice taken again late in a long story: its outcome is not told twice.
            Taken::Calm(_) if h.path.split_last().is_some_and(|(last, before)| before.iter().any(|b| b.eq_ignore_ascii_case(last))) => {
                let times = h.path.split_last().map_or(0, |(last, before)| before.iter().filter(|b| b.eq_ignore_ascii_case(last)).count());
                let again = [
                    "{team} did it once more, even more slowly this time, and it felt just as cosy.",
                    "And {team} did it one more time, softly, softly, with sleepy smiles.",
                    "Once again, very slowly, {team} did it, and their eyes grew heavier still.",
                ];
                *first = again[(times - 1) % again.len()].replace("{team}", &p.team())
            }
            Taken::Calm(c) => *first = calm::outcome(&p, c),
            Taken::Rough(text, visual) => {
                *first = text.clone();
                action = Some(visual.clone());
            }
            Taken::Nothing | Taken::Typed => {}
        }
    }
    let mut text: Vec<String> = paragraphs.iter().map(|t| soften::paragraph(t)).filter(|t| !t.is_empty()).collect();
    let image_prompt = if plain.is_ending {
        // The last paragraph was the way home: now it is bed and sleep.
        if text.len() > 1 {
            text.pop();
        }
        text.push(sleep::paragraph(&p));
        sleep::picture_prompt(&p, scene, &text.join(" "))
    } else {
        // Each scene a little sleepier: its calm line closes the paragraph before the question.
        let line = match soften::calm_line(scene, h.target_scenes, seed) {
            // The moon they are looking for is not there before they find it: the stars are.
            line if calm::seeks_moon(&p) && line.contains("moon") => soften::STARS_YAWN,
            // "One quiet evening … This was the evening …": the time of day is said once.
            _ if scene == 1 && ["evening", "night"].iter().any(|t| text.join(" ").to_lowercase().contains(t)) => soften::QUIET,
            line => line,
        };
        let line = crate::text::fill(line, &|k| p.lookup(k));
        let at = text.len().saturating_sub(2);
        if let Some(before) = text.get_mut(at) {
            *before = format!("{before} {line}");
        }
        match action {
            Some(action) => {
                let shown = text.join(" ");
                let stage = events::stage(&p, None, h.told);
                let stage = if stage == Stage::Riding { Stage::Ready } else { stage };
                sentence_case(&picture(&p, &Shot { action, at: None, stage, scene, ending: false, text: &shown }))
            }
            // The calm choice taken is what the picture shows, not the plain one it stands for.
            None => match (&taken, plain_path.last()) {
                (Taken::Calm(c), Some(stood_for)) => {
                    match (crate::doing::shown(&p, stood_for), crate::doing::shown(&p, &calm::said(&p, c))) {
                        (Some(plain_doing), Some(calm_doing)) => plain.image_prompt.replace(&plain_doing, &calm_doing),
                        _ => plain.image_prompt.clone(),
                    }
                }
                _ => plain.image_prompt.clone(),
            },
        }
    };
    // Each scene a little sleepier in the picture too, so two pictures in a row never match.
    let image_prompt = match (plain.is_ending, image_prompt.strip_suffix(", soft picture-book illustration.")) {
        (false, Some(head)) => format!("{}, {}, soft picture-book illustration.", awake(head), drowsy(scene)),
        _ => image_prompt,
    };
    let calm = calm::choices(&p, plain.choices.len(), scene, &offered, h.path);
    Scene {
        title: plain.title,
        text: text.iter().map(|t| crate::polish::own(&p, t)).collect::<Vec<_>>().join("\n\n"),
        image_prompt,
        choices: if plain.is_ending { Vec::new() } else { calm.iter().map(|c| calm::said(&p, c)).collect() },
        is_ending: plain.is_ending,
    }
}

/// How calm everyone looks in a middle scene's picture, scene by scene: still
/// awake and on their way (a painter draws "yawning" or "sleepy" as asleep;
/// only the last picture is of sleep).
fn drowsy(scene: u32) -> &'static str {
    match scene {
        0..=1 => "everyone calm and cosy",
        2 => "everyone wide awake, calm and smiling",
        3 => "everyone awake, calm and quiet",
        // A long story: every other scene in other words, so two scenes in a row never share a picture.
        k if k % 2 == 0 => "everyone awake, calm and snuggled close",
        _ => "everyone awake, cosy and peaceful, eyes still open",
    }
}

/// A middle picture's words without sleep in them ("smelling the sleepy
/// flowers" → "smelling the night flowers"): the characters are still awake.
fn awake(prompt: &str) -> String {
    [("sleepy flowers", "night flowers"), ("sleepy stars", "twinkling stars"), ("sleepy smile", "gentle smile"), ("yawning", "smiling")]
        .iter()
        .fold(prompt.to_string(), |out, (from, to)| out.replace(from, to))
}

/// A premise about a night with no sleep, with the host's bedtime note added,
/// so it is told as a bedtime story that winds down and ends asleep.
pub fn sleepless(premise: &str) -> Option<String> {
    let note = crate::cast::host_note(premise);
    crate::situation::read(&note.base).filter(|s| s.kind == crate::situation::Kind::Sleep)?;
    match note.starring.is_empty() && note.with.is_empty() {
        true => Some(format!("{} (bedtime)", premise.trim_end())),
        false => premise.rsplit_once('(').map(|(before, inner)| format!("{before}(bedtime; {inner}")),
    }
}

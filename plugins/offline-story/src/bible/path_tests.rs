//! The Bible tier's pacing as a property: many seeded random paths through
//! every story, as a family could play them (offered and typed choices,
//! "Keep going" and "Wrap it up" on any scene, with the host's rules for
//! both), each tell the story's beats in the Bible's order, every beat
//! exactly once, the key moment with its verse, the last beat at the ending.

use super::*;

/// Scenes "Keep going" adds, the longest story, and how far "Wrap it up" puts the ending (the host's rules).
const KEEP_GOING: u32 = 3;
const MAX_TARGET: u32 = 25;
const WRAP_UP: u32 = 2;

/// Random paths per story.
const RUNS: u64 = 60;

/// What families type instead of taking an offered choice.
const TYPED: &[&str] = &[
    "I would give him a big hug",
    "Why did God do that?",
    "the lion is my friend",
    "",
    "Let's sing a song",
    "I want to go home now",
    "Noah builds a big boat",
    "🦁🐑",
];

/// One random path through `story`: every scene written with the earlier
/// scenes' texts, as the host sends them. Returns the scenes, the premise and a log of the moves for messages.
fn random_path(story: &Story, run: u64) -> (Vec<Scene>, String, String) {
    let mut rng = Rng::new(fnv1a(run, story.title.as_bytes()));
    let premise = if rng.coin() { story.names[0].to_string() } else { format!("{} (starring Ana and Ben)", story.names[0]) };
    let seed = rng.next_u64();
    let mut target = 2 + rng.below(11) as u32;
    let mut log = format!("{} run {run}: {premise:?} target {target}", story.title);
    let (mut path, mut told, mut scenes) = (Vec::<String>::new(), Vec::<String>::new(), Vec::<Scene>::new());
    for n in 1..=MAX_TARGET + 1 {
        let s = write_scene(Hints { premise: &premise, path: &path, scene_number: n, target_scenes: target, told: &told }, seed);
        assert_eq!(s.is_ending, n >= target, "{log}: scene {n}");
        let ending = s.is_ending;
        told.push(s.text.clone());
        let choices = s.choices.clone();
        scenes.push(s);
        if ending {
            return (scenes, premise, log);
        }
        match rng.below(5) {
            0 if target + KEEP_GOING <= MAX_TARGET => target += KEEP_GOING,
            1 if n + WRAP_UP < target => target = n + WRAP_UP,
            _ => {}
        }
        let taken = match rng.chance(1, 3) {
            true => rng.pick_or(TYPED, "").to_string(),
            false => choices.get(rng.below(choices.len().max(1))).cloned().unwrap_or_default(),
        };
        log.push_str(&format!(" | {n}: {taken:?} → target {target}"));
        path.push(taken);
    }
    panic!("{log}: no ending after {MAX_TARGET} scenes");
}

#[test]
fn every_random_path_tells_every_beat_once_in_order_and_ends_on_the_last() {
    let mut lengths = std::collections::BTreeSet::new();
    for story in stories() {
        assert!(story.beats.len() >= 2 && story.key < story.beats.len(), "{}", story.title);
        for run in 0..RUNS {
            let (scenes, premise, log) = random_path(story, run);
            lengths.insert(scenes.len());
            let mut last = (0, 0);
            for (b, beat) in story.beats.iter().enumerate() {
                let text = fill(beat.text, story, &premise);
                let found: Vec<(usize, usize)> =
                    scenes.iter().enumerate().flat_map(|(i, s)| s.text.match_indices(&text).map(move |(p, _)| (i, p))).collect();
                assert_eq!(found.len(), 1, "{log}: beat {b} told {} times", found.len());
                assert!(b == 0 || found[0] > last, "{log}: beat {b} out of order");
                last = found[0];
                if b == story.key {
                    let refs = scenes[found[0].0].text.matches(&format!("({}, WEB)", beat.reference)).count();
                    assert_eq!(refs, 1, "{log}: the key moment without its verse");
                }
            }
            // The last beat is told by the ending, and nothing of the story after it.
            assert_eq!(last.0, scenes.len() - 1, "{log}: the last beat is not in the ending");
        }
    }
    // The paths really did vary in length (a check on the test itself).
    assert!(lengths.len() > 8, "{lengths:?}");
}

/// `cargo test -p offline-story -- --ignored --nocapture show_typed_and_wrap_up` to read a story
/// where the family types a choice on scene 2 and presses "Wrap it up" on scene 3 (7 scenes → 5).
#[test]
#[ignore]
fn show_typed_and_wrap_up() {
    let premise = "Jonah and the whale";
    let (mut path, mut told, mut target) = (Vec::<String>::new(), Vec::<String>::new(), 7);
    for n in 1..=7 {
        let s = write_scene(Hints { premise, path: &path, scene_number: n, target_scenes: target, told: &told }, 42);
        println!("=== Scene {n} of {target}: {} ===\n{}\n[choices] {:?}\n", s.title, s.text, s.choices);
        told.push(s.text.clone());
        if s.is_ending {
            break;
        }
        let taken = if n == 2 { "I would be scared inside a fish".to_string() } else { s.choices.first().cloned().unwrap_or_default() };
        if n == 3 {
            target = n + WRAP_UP;
            println!("(Wrap it up: the story now ends at scene {target})\n");
        }
        println!("(Chosen: {taken})\n");
        path.push(taken);
    }
}

//! Tests of the Bible tier: which story a premise gets, and that every scene
//! of every story, at every length and along every early branch, keeps the
//! tier's shape (one WEB verse in curly quotes, 2–4 paragraphs, 3–4 choices,
//! every beat told once and in order, the key moment always, one ending,
//! nothing repeated).

use super::*;
use std::collections::HashSet;

/// Scene `n` when the host sends no earlier scenes (the plugin replans them at the current length).
pub(super) fn scene(premise: &str, path: &[String], n: u32, target: u32, seed: u64) -> Scene {
    write_scene(Hints { premise, path, scene_number: n, target_scenes: target, told: &[] }, seed)
}

/// Scene `n` with the texts of the earlier scenes, as the host sends them.
fn scene_after(premise: &str, path: &[String], told: &[String], n: u32, target: u32, seed: u64) -> Scene {
    write_scene(Hints { premise, path, scene_number: n, target_scenes: target, told }, seed)
}

/// Play a whole story: the first two choices by index, then always the first.
fn play(premise: &str, target: u32, seed: u64, picks: [usize; 2]) -> Vec<Scene> {
    play_changing(premise, target, target, seed, picks)
}

/// Play a whole story of `first` scenes where "Keep going" or "Wrap it up"
/// on scene 2 makes it `then` scenes from scene 3 on (`usize::MAX` as a
/// pick: the family types their own choice there).
fn play_changing(premise: &str, first: u32, then: u32, seed: u64, picks: [usize; 2]) -> Vec<Scene> {
    let mut path: Vec<String> = Vec::new();
    let mut scenes: Vec<Scene> = Vec::new();
    for n in 1.. {
        let told: Vec<String> = scenes.iter().map(|s| s.text.clone()).collect();
        let s = scene_after(premise, &path, &told, n, if n <= 2 { first } else { then }, seed);
        let pick = picks.get(n as usize - 1).copied().unwrap_or(0);
        let ending = s.is_ending;
        if pick == usize::MAX {
            path.push("I would give him a big hug".to_string());
        } else if let Some(c) = s.choices.get(pick % s.choices.len().max(1)) {
            path.push(c.clone());
        }
        scenes.push(s);
        if ending || n > 30 {
            break;
        }
    }
    scenes
}

/// Which scene tells each beat: every beat's text in exactly one scene, in
/// the story's order (panics with `here` otherwise).
fn beats_told(story: &Story, premise: &str, scenes: &[Scene], here: &str) -> Vec<usize> {
    let mut at = Vec::new();
    let mut last = (0, 0);
    for (b, beat) in story.beats.iter().enumerate() {
        let text = fill(beat.text, story, premise);
        let found: Vec<(usize, usize)> =
            scenes.iter().enumerate().flat_map(|(i, s)| s.text.match_indices(&text).map(move |(p, _)| (i, p))).collect();
        assert_eq!(found.len(), 1, "{here}: beat {b} told {} times: {text}", found.len());
        assert!(b == 0 || found[0] > last, "{here}: beat {b} out of order");
        last = found[0];
        at.push(found[0].0);
    }
    at
}

fn story_titled(title: &str) -> &'static Story {
    stories().find(|s| s.title == title).unwrap_or_else(|| panic!("no story titled {title}"))
}

/// The references quoted as "(Book 1:2, WEB)" in a text.
pub(super) fn references(text: &str) -> Vec<String> {
    text.match_indices(", WEB)").filter_map(|(end, _)| text[..end].rfind('(').map(|open| text[open + 1..end].to_string())).collect()
}

/// "Genesis 1:3", "1 Samuel 17:40", "Psalm 23:1".
pub(super) fn is_reference(r: &str) -> bool {
    let Some((book, place)) = r.rsplit_once(' ') else { return false };
    let Some((chapter, verse)) = place.split_once(':') else { return false };
    let numbers = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let book_ok = book.split(' ').all(|w| numbers(w) || w.chars().next().is_some_and(char::is_uppercase));
    book_ok && numbers(chapter) && numbers(verse)
}

/// Premises and the stories scene 1 may tell for them (the first 21 name one story each).
const TABLE: &[(&str, &[&str])] = &[
    ("How God made the world in the beginning, the creation", &["God Makes the Whole World"]),
    ("Noah builds a big boat and the animals come two by two", &["Noah and the Great Big Boat"]),
    ("Abraham and Sarah wait for a baby", &["Abraham Counts the Stars"]),
    ("Joseph and his coat of many colours", &["Joseph and the Coat of Many Colours"]),
    ("baby Moses floats in a basket on the river", &["Baby Moses in the Basket"]),
    ("Moses and the Red Sea", &["Moses and the Path Through the Sea"]),
    ("Ruth stays with Naomi", &["Ruth and Naomi"]),
    ("David and Goliath", &["David and the Giant"]),
    ("Elijah is fed by ravens", &["Elijah and the Ravens"]),
    ("Daniel in the lions' den", &["Daniel and the Lions"]),
    ("Jonah and the whale", &["Jonah and the Big Fish"]),
    ("Queen Esther saves her people", &["Brave Queen Esther"]),
    ("the night Jesus was born in a manger in Bethlehem", &["Baby Jesus Is Born"]),
    ("the shepherds and the wise men follow the star", &["Baby Jesus Is Born"]),
    ("Jesus calms the storm on the lake", &["Jesus Calms the Storm"]),
    ("the shepherd who looks for his lost sheep", &["The Lost Sheep"]),
    ("the good Samaritan", &["The Good Samaritan"]),
    ("Jesus feeds everyone with five loaves and two fishes", &["Jesus Feeds Five Thousand"]),
    ("Zacchaeus climbs a tree", &["Zacchaeus Climbs a Tree"]),
    ("Jesus blesses the children", &["Jesus Welcomes the Children"]),
    ("the prodigal son comes home", &["The Son Who Came Home"]),
    (
        "a brave girl who is scared of the dark",
        &["David and the Giant", "Daniel and the Lions", "Brave Queen Esther", "Jesus Calms the Storm", "God Makes the Whole World"],
    ),
    ("sharing with friends", &["Jesus Feeds Five Thousand"]),
    (
        "a story about animals",
        &[
            "Noah and the Great Big Boat",
            "God Makes the Whole World",
            "Daniel and the Lions",
            "Elijah and the Ravens",
            "Jonah and the Big Fish",
            "The Lost Sheep",
        ],
    ),
    ("the ocean", &["Jonah and the Big Fish"]),
    ("a little boy who gets lost", &["The Lost Sheep"]),
    ("being kind to someone who is hurt", &["The Good Samaritan"]),
    ("counting the stars at night", &["Abraham Counts the Stars"]),
    (
        "saying sorry to my brother",
        &["Joseph and the Coat of Many Colours", "Baby Moses in the Basket", "The Son Who Came Home", "Zacchaeus Climbs a Tree"],
    ),
    ("a new baby in the family", &["Baby Moses in the Basket", "Baby Jesus Is Born"]),
    ("a trip on a boat", &["Noah and the Great Big Boat", "Jonah and the Big Fish", "Jesus Calms the Storm"]),
    ("a story about kindness (starring David and Mary; with a dog)", &["The Good Samaritan"]),
];

#[test]
fn scene_one_tells_the_story_the_premise_asks_for() {
    assert!(stories().count() >= 20);
    for (premise, titles) in TABLE {
        for seed in [1, 2, 3] {
            let s = scene(premise, &[], 1, 5, seed);
            assert!(titles.contains(&s.title.as_str()), "{premise:?} (seed {seed}) gave {:?}", s.title);
            let story = story_titled(&s.title);
            assert!(s.text.contains(story.hero.trim_start_matches("the ")), "{premise:?}: no {} in {}", story.hero, s.text);
            let refs = references(&s.text);
            assert!(refs.len() == 1 && is_reference(&refs[0]), "{premise:?}: {refs:?}");
            // Scene 1 may tell several beats and quote the key one's verse: it starts with the first beat.
            assert!(s.text.contains(&fill(story.beats[0].text, story, premise)), "{premise:?} does not start at the beginning");
        }
    }
}

#[test]
fn every_story_is_picked_by_its_first_name() {
    for story in stories() {
        assert!(story.beats.len() >= 7, "{} has {} beats", story.title, story.beats.len());
        for seed in 0..5 {
            assert_eq!(pick_story(story.names[0], seed).title, story.title, "{:?}", story.names[0]);
        }
    }
}

#[test]
fn a_premise_naming_nothing_gets_a_story_chosen_by_the_seed() {
    let titles: HashSet<String> = (0..40).map(|seed| scene("", &[], 1, 3, seed).title).collect();
    assert!(titles.len() >= 5, "{titles:?}");
    let titles: HashSet<String> = (0..40).map(|seed| scene("a purple sock", &[], 1, 3, seed).title).collect();
    assert!(titles.len() >= 5, "{titles:?}");
}

#[test]
fn a_premise_naming_no_story_can_get_any_close_one() {
    // Close stories, not only the very closest: "sorry" and "brother" are Joseph's, "sorry" alone three others'.
    for (premise, at_least) in [("saying sorry to my brother", 3), ("a story about animals", 4), ("being brave", 3)] {
        let titles: HashSet<&str> = (0..40).map(|seed| pick_story(premise, seed).title).collect();
        assert!(titles.len() >= at_least, "{premise:?}: {titles:?}");
    }
    // A premise naming a story always gets it, whatever the themes.
    for seed in 0..40 {
        assert_eq!(pick_story("Daniel is brave and the lions are scared", seed).title, "Daniel and the Lions");
    }
}

#[test]
fn the_family_listens_but_the_story_stays_the_real_one() {
    let premise = "Noah builds a big boat (starring Ana, Ben and Dad; with a dog)";
    let scenes = play(premise, 3, 9, [0, 0]);
    assert_eq!(scenes[0].title, "Noah and the Great Big Boat");
    assert!(scenes[0].text.starts_with("Come close, Ana, Ben and Dad"), "{}", scenes[0].text);
    assert!(scenes[2].text.contains("Goodnight, Ana, Ben and Dad. The End."), "{}", scenes[2].text);
    // A family member named like a Bible person does not change the story.
    assert_eq!(scene("Noah's ark (starring David)", &[], 1, 3, 1).title, "Noah and the Great Big Boat");
}

#[test]
fn every_scene_of_every_story_keeps_the_shape() {
    for story in stories() {
        let premise = story.names[0];
        let beat_refs: Vec<&str> = story.beats.iter().map(|b| b.reference).collect();
        for target in [3, 5, 7, 12] {
            for picks in [[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]] {
                let scenes = play(premise, target, 11, picks);
                let mut seen = HashSet::new();
                let mut ends = 0;
                let mut path: Vec<String> = Vec::new();
                for (i, s) in scenes.iter().enumerate() {
                    let n = i as u32 + 1;
                    let here = format!("{} target {target} picks {picks:?} scene {n}", story.title);
                    assert_eq!(s.title, story.title, "{here}");
                    let refs = references(&s.text);
                    assert_eq!(refs.len(), 1, "{here}: {}", s.text);
                    assert!(is_reference(&refs[0]), "{here}: {refs:?}");
                    // Up to 4: the point of view's opening, two paragraphs of the beats a short story groups, the verse.
                    let paragraphs: Vec<&str> = s.text.split("\n\n").collect();
                    assert!((2..=4).contains(&paragraphs.len()), "{here}: {} paragraphs\n{}", paragraphs.len(), s.text);
                    for p in &paragraphs {
                        assert!(!p.trim().is_empty() && seen.insert(p.to_string()), "{here}: repeated or empty paragraph {p:?}");
                    }
                    let all = format!("{} {} {}", s.text, s.image_prompt, s.choices.join(" "));
                    assert!(!all.contains('{') && !all.contains('}'), "{here}: template left: {all}");
                    assert!(!s.text.contains("  ") && !s.text.contains(" .") && !s.text.contains(".."), "{here}: glitch: {}", s.text);
                    ends += s.text.matches("The End").count();
                    assert_eq!(s.is_ending, n == target, "{here}");
                    if s.is_ending {
                        assert!(s.choices.is_empty(), "{here}");
                    } else {
                        assert!((3..=4).contains(&s.choices.len()), "{here}: {:?}", s.choices);
                        let distinct: HashSet<&String> = s.choices.iter().collect();
                        assert_eq!(distinct.len(), s.choices.len(), "{here}: {:?}", s.choices);
                    }
                    // The same seed and path give exactly the same scene.
                    let again = scene(premise, &path, n, target, 11);
                    assert_eq!(serde_json::to_string(s).ok(), serde_json::to_string(&again).ok(), "{here}");
                    if let Some(c) = s.choices.get(picks.get(i).copied().unwrap_or(0) % s.choices.len().max(1)) {
                        path.push(c.clone());
                    }
                    // Each quoted verse is one of the story's or a reflection's, and no verse twice.
                    assert!(beat_refs.contains(&refs[0].as_str()) || extra::REFLECTIONS.iter().any(|r| r.reference == refs[0]), "{here}");
                }
                assert_eq!(ends, 1, "{} target {target}: The End {ends} times", story.title);
                // Every beat once, in order, from the first in scene 1 to the real resolution at the ending.
                let at = beats_told(story, premise, &scenes, &format!("{} target {target} picks {picks:?}", story.title));
                assert_eq!((at.first(), at.last()), (Some(&0), Some(&(scenes.len() - 1))), "{}", story.title);
            }
        }
    }
}

#[test]
fn the_longest_story_never_repeats() {
    for story in stories() {
        let scenes = play(story.names[0], 25, 3, [1, 2]);
        let paragraphs: Vec<&str> = scenes.iter().flat_map(|s| s.text.split("\n\n")).collect();
        let distinct: HashSet<&&str> = paragraphs.iter().collect();
        assert_eq!(distinct.len(), paragraphs.len(), "{}", story.title);
        assert!(scenes.iter().take(24).all(|s| s.choices.len() == 3 && !s.is_ending));
        assert!(scenes[24].is_ending);
    }
}

#[test]
fn the_next_scene_follows_the_point_of_view_taken() {
    let first = scene("Noah and the ark", &[], 1, 5, 4);
    let taken = first.choices[0].clone();
    // Scene 1 of 5 tells Noah's first two beats: its choices are the second one's.
    let (_, follow) = story_titled("Noah and the Great Big Boat").beats[1]
        .choices
        .iter()
        .find(|c| c.0 == taken)
        .copied()
        .unwrap_or_else(|| panic!("{taken} is not one of beat 2's choices"));
    let second = scene("Noah and the ark", &[taken], 2, 5, 4);
    assert!(second.text.starts_with(follow), "{}", second.text);
}

#[test]
fn keep_going_and_wrap_up_never_tell_a_beat_twice() {
    for story in stories() {
        // Two scenes of a 3-scene story, then "Keep going" to 6, then to 9; and "Wrap it up" from 7 to 4.
        for (first, then) in [(3, 6), (3, 9), (7, 4), (5, 8)] {
            let mut path: Vec<String> = Vec::new();
            let mut told: Vec<String> = Vec::new();
            let mut refs = Vec::new();
            let mut n = 1;
            loop {
                let target = if n <= 2 { first } else { then };
                let s = scene_after(story.names[0], &path, &told, n, target, 8);
                told.push(s.text.clone());
                refs.extend(references(&s.text));
                if s.is_ending {
                    break;
                }
                path.push(s.choices[0].clone());
                n += 1;
            }
            let distinct: HashSet<&String> = refs.iter().collect();
            assert_eq!(distinct.len(), refs.len(), "{} {first}→{then}: {refs:?}", story.title);
        }
    }
}

#[test]
fn every_beat_is_told_once_in_order_and_the_key_moment_at_every_length() {
    for story in stories() {
        assert!(story.key < story.beats.len(), "{}", story.title);
        let premise = story.names[0];
        let key_text = fill(story.beats[story.key].text, story, premise);
        let mut runs: Vec<(u32, u32)> = [3, 5, 7, 12].iter().map(|&t| (t, t)).collect();
        // "Keep going" on scene 2 (three more scenes), "Wrap it up" on scene 2 (the ending at scene 4).
        runs.extend([(3, 6), (5, 8), (7, 10), (12, 15), (5, 4), (7, 4), (12, 4)]);
        for (first, then) in runs {
            for picks in [[0, 0], [1, 2], [2, 1], [usize::MAX, 0], [0, usize::MAX]] {
                for seed in [1, 7] {
                    let here = format!("{} {first}→{then} picks {picks:?} seed {seed}", story.title);
                    let scenes = play_changing(premise, first, then, seed, picks);
                    assert_eq!(scenes.len() as u32, then.max(2), "{here}");
                    let at = beats_told(story, premise, &scenes, &here);
                    assert!(scenes.iter().any(|s| s.text.contains(&key_text)), "{here}: no key moment");
                    // The scene telling the key moment quotes its verse and paints its picture.
                    let key_scene = &scenes[at[story.key]];
                    assert_eq!(references(&key_scene.text), [story.beats[story.key].reference], "{here}\n{}", key_scene.text);
                    // (with each person's look said the same way in every picture: `looks.rs`, and the rain the scene tells)
                    let painted = super::looks::dress(story.title, story.beats[story.key].picture);
                    assert_eq!(key_scene.image_prompt, crate::weather::add(&painted, &key_scene.text), "{here}");
                }
            }
        }
    }
}

#[test]
fn a_short_story_groups_its_beats_evenly() {
    // Jonah's 8 beats over 3 scenes: 3, 3 and 2; the big fish (beat 5) in scene 2, quoted there.
    let jonah = story_titled("Jonah and the Big Fish");
    let scenes = play("Jonah and the whale", 3, 2, [0, 1]);
    assert_eq!(beats_told(jonah, "Jonah", &scenes, "Jonah"), [0, 0, 0, 1, 1, 1, 2, 2]);
    assert_eq!(references(&scenes[1].text), ["Jonah 1:17"], "{}", scenes[1].text);
    // Fewer beats left than scenes: one beat per telling scene, as before.
    assert_eq!(span(1, 12, 7, 0), Span { from: 0, to: 0, tells: true });
    assert_eq!(span(2, 12, 7, 1), Span { from: 0, to: 0, tells: false });
    assert_eq!(span(3, 12, 7, 1), Span { from: 1, to: 1, tells: true });
    assert_eq!(span(12, 12, 7, 6), Span { from: 6, to: 6, tells: true });
    // "Wrap it up": the ending tells whatever is left.
    assert_eq!(span(3, 3, 8, 2), Span { from: 2, to: 7, tells: true });
    // No scene to spare before the ending: a beat in each.
    assert_eq!(span(3, 8, 7, 1), Span { from: 1, to: 1, tells: true });
}

#[test]
fn every_painted_thing_is_in_a_picture_and_every_picture_names_one() {
    let lower = |s: &str| format!(" {} ", s.to_lowercase().replace(|c: char| !c.is_alphanumeric(), " "));
    let pictures: Vec<String> = stories().flat_map(|s| s.beats.iter().map(|b| lower(b.picture))).collect();
    for thing in PAINTED_THINGS {
        let word = format!(" {thing} ");
        assert!(pictures.iter().any(|p| p.contains(&word)), "{thing} is in no picture");
    }
    for p in &pictures {
        assert!(PAINTED_THINGS.iter().any(|t| p.contains(&format!(" {t} "))), "nothing painted in {p}");
    }
}

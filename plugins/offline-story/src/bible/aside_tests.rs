//! No narrator asides (round 12): a deed or an idea a child types is
//! answered with story text that leads into the next moment, never the
//! narrator talking about the story ("Then the story went on, just as the
//! Bible tells it", "And here is what happened next").

use super::stories;

const ASIDES: &[&str] = &["just as the bible tells it", "the story went on", "here is what happened next"];

const TYPED: &[&str] = &[
    "Pray to God",
    "Sing a song to God",
    "Thank God",
    "Ask God for help",
    "Share the bread",
    "Help everyone",
    "the rain stops and a dove flies out",
    "I want a puppy",
    "a big friendly dragon comes to help",
];

#[test]
fn no_typed_deed_or_idea_is_answered_with_a_narrator_aside() {
    let (mut scenes, mut asides) = (0, Vec::new());
    for story in stories() {
        for typed in TYPED {
            // Every scene number, so every answer in turn is heard.
            for n in 2..=5 {
                let path: Vec<String> = (1..n).map(|_| typed.to_string()).collect();
                let h = crate::story::Hints { premise: story.title, path: &path, scene_number: n, target_scenes: 6, told: &[] };
                let s = super::write_scene(h, 2);
                scenes += 1;
                let low = s.text.to_lowercase();
                if let Some(aside) = ASIDES.iter().find(|a| low.contains(*a)) {
                    asides.push(format!("{} scene {n}, typed {typed:?}: {aside:?}\n{}", story.title, s.text));
                }
            }
        }
    }
    assert!(asides.is_empty(), "{} of {scenes} scenes:\n{}", asides.len(), asides.iter().take(4).cloned().collect::<Vec<_>>().join("\n\n"));
}

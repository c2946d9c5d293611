//! Tests that the picture draws what the prompt says: every noun either
//! storyteller can name is drawn and described, colours named are painted,
//! under the sea is under the water, names never become things, and the hero
//! looks the same in every scene of a story.

use crate::tests::decode;
use crate::tests::near;

/// The storytellers' own `PAINTED_THINGS` lists, read from their source so
/// they cannot drift (a dev-dependency on the plugin would link two sets of
/// plugin exports into one test binary).
const KIDS_SOURCE: &str = include_str!("../../offline-story/src/words/looks.rs");
const BIBLE_SOURCE: &str = include_str!("../../offline-story/src/bible/mod.rs");

fn painted_things(source: &str) -> Vec<&str> {
    let start = source.find("pub const PAINTED_THINGS: &[&str] = &[").expect("the list is in the source");
    let list = &source[start..];
    let list = &list[..list.find("];").expect("the list ends")];
    let names: Vec<&str> = list.split('"').skip(1).step_by(2).collect();
    assert!(names.len() > 50, "read {} names", names.len());
    names
}

fn picture(prompt: &str) -> (Vec<u8>, String) {
    let (bytes, description) = crate::picture(prompt, 512, 512).expect("png");
    (decode(&bytes).2, description)
}

#[test]
fn every_noun_the_storytellers_can_name_is_drawn_and_described() {
    let mut missing = Vec::new();
    for noun in painted_things(KIDS_SOURCE).into_iter().chain(painted_things(BIBLE_SOURCE)) {
        // A window belongs to a room: outdoors no window stands on its own.
        let place = if noun == "window" { "in a cozy bedroom" } else { "in a meadow" };
        let (_, description) = picture(&format!("a {noun} {place}"));
        if !description.to_lowercase().contains(&noun.to_lowercase()) {
            missing.push(format!("{noun}: {description}"));
        }
        assert!(description.chars().count() <= 200, "{description}");
    }
    assert!(missing.is_empty(), "not drawn: {missing:#?}");
}

#[test]
fn plurals_draw_several() {
    for (noun, plural) in [("lion", "lions"), ("star", "stars"), ("sheep", "three sheep"), ("shepherd", "shepherds")] {
        let spec = crate::read::Spec::read(&format!("{plural} on a hill"));
        let counts: Vec<usize> = spec.figures.iter().map(|f| f.count).chain(spec.things.iter().map(|t| t.count)).collect();
        assert_eq!(counts, vec![3], "{plural}");
        assert!(picture(&format!("{plural} on a hill")).1.contains(&crate::catalog::plural(noun)));
    }
}

#[test]
fn a_named_thing_really_changes_the_drawing() {
    for (noun, colour) in [
        ("balloon", [235, 70, 80]),
        ("rocket", [230, 70, 70]),
        ("lion", [240, 190, 90]),
        ("crown", [245, 200, 60]),
        ("frog", [100, 190, 80]),
        ("treasure chest", [160, 100, 50]),
    ] {
        let (without, _) = picture("Ana, a girl with fair skin and short brown hair in a purple jumper, on the moon");
        let (with, description) =
            picture(&format!("Ana, a girl with fair skin and short brown hair in a purple jumper, and a {noun}, on the moon"));
        assert!(description.contains(noun), "{description}");
        assert!(near(&with, colour, 30) > near(&without, colour, 30) + 150, "{noun} is not to be seen");
    }
}

#[test]
fn colours_named_are_the_colours_painted() {
    let cases = [
        ("a girl with a bright red balloon on the beach", "a girl with a bright yellow balloon on the beach", [220, 45, 45]),
        (
            "Mia, a girl with olive skin and curly black hair in a yellow raincoat, on the moon",
            "Mia, a girl with olive skin and curly black hair in a teal raincoat, on the moon",
            [250, 210, 40],
        ),
        (
            "Shelly, a small orange crab with a blue bow, on the beach",
            "Shelly, a small orange crab with a pink bow, on the beach",
            [50, 105, 220],
        ),
        (
            "Sam, a small green snail with a red scarf, on the moon",
            "Sam, a small purple snail with a red scarf, on the moon",
            [60, 170, 75],
        ),
        ("a purple dragon in a castle", "a green dragon in a castle", [140, 75, 200]),
    ];
    for (prompt, other, colour) in cases {
        let (px, _) = picture(prompt);
        let (other_px, _) = picture(other);
        let (here, there) = (near(&px, colour, 24), near(&other_px, colour, 24));
        assert!(here > 40 && here > there + 40, "{colour:?} in {prompt:?}: {here} vs {there}");
    }
}

#[test]
fn under_the_sea_is_under_the_water() {
    let prompt = "Mia, a girl with olive skin and curly black hair in a yellow raincoat, and Shelly, a small orange crab with a blue bow, with a bright red balloon, exploring, deep under the water by a bright coral reef, soft picture-book illustration.";
    let (px, description) = picture(prompt);
    let water = px.chunks(3).filter(|p| p[2] > 110 && i32::from(p[2]) > i32::from(p[0]) + 40).count();
    assert!(water * 2 > px.len() / 3, "only {water} water pixels");
    // Water at the very top too: no sky above a surface.
    assert!(px[..512 * 3 * 20].chunks(3).all(|p| p[2] > p[0]), "sky at the top");
    assert!(description.contains("under the sea"), "{description}");
    assert!(description.contains("girl") && description.contains("crab") && description.contains("balloon"), "{description}");
}

#[test]
fn a_name_never_turns_into_a_thing() {
    let prompt = "Teddy, a boy with tan skin and short black hair in a green hoodie, Star, a small white bunny with a red scarf, \
                  Pearl, a girl with fair skin and long red hair in a blue dress, and Bear, a small brown dog with a yellow bow, \
                  beside a cardboard rocket, in a garden, soft picture-book illustration.";
    let spec = crate::read::Spec::read(prompt);
    let kinds: Vec<&str> = spec.figures.iter().map(|f| f.noun).collect();
    assert_eq!(kinds, ["boy", "bunny", "girl", "dog"]);
    let things: Vec<&str> = spec.things.iter().map(|t| t.noun).collect();
    assert_eq!(things, ["rocket"]);
    let (_, description) = picture(prompt);
    for word in ["teddy", "bear", "star", "pearl"] {
        assert!(!description.to_lowercase().contains(word), "{word} in {description}");
    }
    let (_, d) = picture("Rose, a girl in a red dress, and Sky, a small blue bird, in a meadow");
    assert!(!d.contains("rose") && !d.contains("sky") && d.contains("girl") && d.contains("bird"), "{d}");
}

/// Five scenes of one kids story, as the storyteller writes them.
const SCENES: [&str; 5] = [
    "Mia, a girl with light skin and wavy dark brown hair in red dungarees, and Rex, a small brown dog with a yellow bow, discovering a giant shimmering bubble, on a sandy beach by the sea in the morning, soft picture-book illustration.",
    "Mia, a girl with light skin and wavy dark brown hair in red dungarees, and Rex, a small brown dog with a yellow bow, discovering musical notes floating in the air, on a sandy beach by the sea on a sunny afternoon, soft picture-book illustration.",
    "Mia, a girl with light skin and wavy dark brown hair in red dungarees, and Rex, a small brown dog with a yellow bow, discovering a little wooden box with a golden lock, on a sandy beach by the sea on a sunny afternoon, soft picture-book illustration.",
    "Mia, a girl with light skin and wavy dark brown hair in red dungarees, and Rex, a small brown dog with a yellow bow, discovering a glass bottle with a message inside, on a sandy beach by the sea on a sunny afternoon, soft picture-book illustration.",
    "Mia, a girl with light skin and wavy dark brown hair in red dungarees, and Rex, a small brown dog with a yellow bow, celebrating with a sparkly wishing stone, on a sandy beach by the sea at sunset, soft picture-book illustration.",
];

#[test]
fn the_hero_and_companion_look_the_same_in_every_scene() {
    let first = crate::figure_looks(SCENES[0]);
    assert_eq!(first.len(), 2, "{first:?}");
    let (hero, dog) = (&first[0].1, &first[1].1);
    assert_eq!(first[0].0, "girl");
    assert_eq!(hero.skin, Some(crate::canvas::Rgb(243, 205, 170)));
    assert_eq!(hero.hair, Some(crate::canvas::Rgb(80, 50, 35)));
    assert_eq!(hero.garment(), Some(("dungarees", crate::canvas::Rgb(220, 45, 45))));
    assert_eq!(dog.body, Some(crate::canvas::Rgb(140, 90, 55)));
    assert_eq!(dog.wears("bow"), Some(crate::canvas::Rgb(250, 210, 40)));
    for scene in &SCENES[1..] {
        assert_eq!(crate::figure_looks(scene), first, "{scene}");
    }
    // A different story's hero looks different.
    assert_ne!(crate::figure_looks(&SCENES[0].replace("red dungarees", "blue dungarees"))[0], first[0]);
    // The hero's red dungarees and the dog's yellow bow are in every picture (sunset tints them a little).
    for scene in &SCENES[..4] {
        let (px, description) = picture(scene);
        assert!(near(&px, [220, 45, 45], 50) > 60, "red dungarees in {scene}");
        assert!(near(&px, [250, 210, 40], 50) > 10, "yellow bow in {scene}");
        assert!(description.starts_with("a girl in red dungarees and a small brown dog with a yellow bow"), "{description}");
    }
}

#[test]
fn descriptions_are_short_and_plain() {
    let (_, d) = picture(SCENES[0]);
    assert_eq!(d, "a girl in red dungarees and a small brown dog with a yellow bow beside a giant shimmering bubble, on the beach");
    let long = "Mia, a girl with olive skin and curly black hair in a yellow raincoat with a red scarf, Leo, a boy with fair skin in a green hoodie with a blue backpack, \
                Shelly, a small orange crab with a blue bow, and Max, a big grey elephant with a purple hat, beside a bright red balloon, a cardboard rocket, \
                a treasure chest and a shiny silver telescope, under the sea";
    let (_, d) = picture(long);
    assert!(d.chars().count() <= 200, "{d}");
    for noun in ["girl", "boy", "crab", "elephant", "balloon", "rocket", "treasure chest", "telescope"] {
        assert!(d.contains(noun), "{noun} in {d}");
    }
    let (_, d) = picture("Jesus in a white robe, with bread and fish, by the sea");
    assert!(d.starts_with("a man in a white robe") && d.contains("bread") && d.contains("fish"), "{d}");
    let (_, d) = picture("Mary and Joseph smiling at a baby in a manger in a stable, with a cow, a donkey and a sheep nearby.");
    assert!(d.starts_with("a woman, a man, a baby") && d.contains("manger") && d.contains("stable"), "{d}");
    let (_, d) = picture("Noah, a man with a grey beard, beside a big wooden boat, under a rainbow");
    assert!(d.contains("grey beard") && d.contains("boat") && d.contains("rainbow"), "{d}");
}

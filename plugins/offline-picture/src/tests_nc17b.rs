//! Tests from a newcomer's second play-through: the light is night only when
//! the words say so, more than four people are drawn as many as said (up to
//! twelve, the alt text saying the number drawn), every creature a child types
//! is drawn (the nearest kind the painter has) and named, and a ship out at
//! sea floats on open water.

use crate::read::{Spec, Time};
use crate::tests::decode;

fn pixels(prompt: &str) -> Vec<u8> {
    decode(&crate::picture(prompt, 512, 512).expect("png").0).2
}

/// The mean brightness of the top sixth of the picture (the sky).
fn sky_brightness(prompt: &str) -> u64 {
    let px = pixels(prompt);
    let top = &px[..512 * 85 * 3];
    top.iter().map(|&v| u64::from(v)).sum::<u64>() / top.len() as u64
}

#[test]
fn night_is_drawn_only_when_the_words_say_night() {
    for (prompt, time) in [
        ("a girl in a garden", Time::Day),
        ("a girl in a garden in the morning", Time::Day),
        ("a boy on a sunny day at the beach", Time::Day),
        ("a girl in a starry dress on a sunny day", Time::Day),
        ("a girl in a garden at sunrise", Time::Dawn),
        ("a boy in his garden in the evening", Time::Sunset),
        ("a bear saying goodnight to the moon", Time::Night),
        ("a fox in the woods after dark", Time::Night),
        ("two children at bedtime", Time::Night),
        ("a girl looking at the stars", Time::Night),
        ("a rocket rising into a blue sky at night", Time::Night),
    ] {
        assert_eq!(Spec::read(prompt).time, time, "{prompt}");
    }
    // A day sky is bright; saying "night" makes it dark; the alt text says so.
    assert!(sky_brightness("a girl in a garden in the morning") > 150);
    assert!(sky_brightness("a girl in a garden at bedtime") < 90);
    let (_, alt) = crate::picture("a girl looking at the stars", 64, 64).expect("png");
    assert!(alt.contains("night"), "{alt}");
}

/// The front row's characters, placed: their boxes.
fn row(prompt: &str) -> Vec<crate::layout::Bbox> {
    let spec = Spec::read(prompt);
    let plan = crate::cast::plan(&spec, 512, 512);
    plan.pieces.iter().filter(|(p, _)| matches!(p, crate::cast::Piece::Figure { .. })).map(|(_, at)| at.bbox).collect()
}

#[test]
fn more_than_four_people_are_drawn_as_many_as_said_side_by_side() {
    for (prompt, drawn, said) in [
        ("Five children playing in a park.", 5, "five children"),
        ("Six friends at the beach.", 6, "six friends"),
        ("A crowd of people in a town square.", 8, "eight people"),
        ("Jesus and the twelve disciples on a hill.", 13, "twelve disciples"),
        ("Twenty children in a meadow.", 12, "twelve children"),
    ] {
        let boxes = row(prompt);
        assert_eq!(boxes.len(), drawn, "{prompt}");
        for (k, a) in boxes.iter().enumerate() {
            assert!(a.inside(512.0, 512.0, 9.0), "{prompt}: {a:?}");
            assert!(boxes[k + 1..].iter().all(|b| !a.overlaps(b)), "{prompt}: overlap");
        }
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains(said), "{prompt}: {alt}");
    }
}

/// Creatures a child types: the ones with drawings of their own, and ones drawn as the nearest kind.
const CREATURES: &[&str] = &[
    "whale",
    "octopus",
    "dolphin",
    "unicorn",
    "dinosaur",
    "elephant",
    "giraffe",
    "monkey",
    "lion",
    "bear",
    "rabbit",
    "dog",
    "cat",
    "owl",
    "turtle",
    "frog",
    "butterfly",
    "bee",
    "shark",
    "penguin",
    "horse",
    "dragon",
    "llama",
    "leopard",
    "flamingo",
    "peacock",
    "eagle",
    "polar bear",
    "hare",
    "moose",
    "lizard",
    "alligator",
    "squid",
    "orca",
    "hippopotamus",
    "chimpanzee",
    "moth",
    "toad",
    "goldfish",
    "reindeer",
    "teddy bear",
    "puffin",
    "cheetah",
    "t rex",
];

#[test]
fn every_creature_a_child_types_is_drawn_and_named() {
    let meadow = pixels("a meadow");
    for noun in CREATURES {
        let prompt = format!("a {noun} in a meadow");
        let spec = Spec::read(&prompt);
        assert!(spec.figures.len() == 1 && spec.figures[0].fam.is_character(), "{noun}: {:?}", spec.figures);
        let (png, alt) = crate::picture(&prompt, 512, 512).expect("png");
        assert!(alt.starts_with(&format!("a {noun} ")) || alt.starts_with(&format!("an {noun} ")), "{noun}: {alt}");
        let px = decode(&png).2;
        let changed = px.chunks(3).zip(meadow.chunks(3)).filter(|(a, b)| a != b).count();
        assert!(changed > 3000, "{noun} is hardly drawn: {changed}");
    }
    // Said at the start with a capital, it is still the creature (not a child's name); several kinds in one picture.
    let spec = Spec::read("Llamas and a leopard in a field, with a flamingo and a peacock.");
    let kinds: Vec<&str> = spec.figures.iter().map(|f| f.noun).collect();
    assert_eq!(kinds, ["llama", "leopard", "flamingo", "peacock"]);
    // The nearest kind draws it: a leopard is a big cat, not a grey blob.
    assert_eq!(crate::catalog_kin::drawn_as("leopard"), "tiger");
}

#[test]
fn a_ship_out_at_sea_floats_big_on_open_water() {
    for prompt in ["A wooden ship out at sea.", "Jonah, a man in a brown robe, on a wooden ship out at sea."] {
        let spec = Spec::read(prompt);
        assert!(crate::aboard::open_water(&spec), "{prompt}");
        // Drawn big in front, not a speck on the horizon.
        let placing = crate::aboard::place(&spec, 512, 512, 300.0).expect("the ship is placed");
        let hull = placing.holder.bbox;
        assert!(hull.x1 - hull.x0 > 250.0, "{prompt}: {hull:?}");
        // No sand anywhere: the bottom rows are sea, and sea meets the hull on both sides.
        let px = pixels(prompt);
        let sand = px.chunks(3).filter(|p| p[0] > 220 && p[1] > 195 && p[2] < 180 && p[2] > 120).count();
        assert!(sand < 200, "{prompt}: {sand} sandy pixels");
        let bottom = &px[512 * 490 * 3..];
        assert!(bottom.chunks(3).all(|p| p[2] > p[0] + 40), "{prompt}: the bottom is not all sea");
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains("at sea") && alt.contains("ship"), "{alt}");
    }
    // On a beach the sand stays.
    assert!(!crate::aboard::open_water(&Spec::read("A girl on the beach with a boat")));
}

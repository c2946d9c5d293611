//! Tests of the sky, light and rockets: one moon, one sun, night only when
//! the words say so, the evening light, a rocket blasting off up in the air,
//! parked rockets without flames, a cardboard rocket staying cardboard, and
//! what is below or waved goodbye to left out of the picture.

use crate::read::{Spec, Time};
use crate::tests::picture_pixels;

fn exact(px: &[u8], c: [u8; 3]) -> usize {
    px.chunks(3).filter(|p| *p == c).count()
}

const SISTERS: &str = "Luna, a girl with tan skin and short black hair in a red raincoat, and Poppy, a girl with light skin and braided blond hair in a green dress, beside a cardboard rocket";

#[test]
fn one_moon_at_night_and_none_in_the_sky_on_the_moon() {
    const MOON: [u8; 3] = [250, 244, 214];
    let alone = exact(&picture_pixels("a girl in a garden at night"), MOON);
    let named = exact(&picture_pixels("a girl and a big moon in a garden at night"), MOON);
    assert!(alone > 0 && named < alone * 3 / 2, "one moon: {alone} vs {named}");
    let on = exact(&picture_pixels(&format!("{SISTERS}, on the grey moon with round craters and stars in a black sky at night")), MOON);
    assert_eq!(on, 0, "on the moon the sky has the Earth, not a moon");
}

#[test]
fn a_rocket_blasting_off_is_up_in_the_air() {
    for words in ["a rocket blasting off with a trail of white smoke", "the rocket rose into the sky", "ready for blast off"] {
        let spec = Spec::read(&format!("{SISTERS}, {words}, in a back garden at night"));
        assert!(spec.launch, "{words}");
    }
    assert!(!Spec::read(&format!("{SISTERS}, in a back garden at night")).launch);
    // The launched rocket rides a trail of white smoke down to the garden.
    let smoke = |p: &str| exact(&picture_pixels(p), [245, 245, 250]);
    let up = smoke(&format!("{SISTERS}, a rocket blasting off, in a back garden"));
    let down = smoke(&format!("{SISTERS}, in a back garden"));
    assert!(up > 2000 && down < 100, "smoke up {up} down {down}");
}

/// The mean brightness of the top sixth of the picture (the sky).
fn sky_brightness(prompt: &str) -> u64 {
    let px = picture_pixels(prompt);
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

fn count(px: &[u8], c: [u8; 3]) -> usize {
    px.chunks(3).filter(|p| *p == c).count()
}

#[test]
fn one_sun_the_evening_parked_rockets_rocks_and_sisters() {
    let sun = |prompt: &str| count(&picture_pixels(prompt), [255, 222, 92]);
    let (said, not) = (sun("A shepherd in a meadow with the sun shining on a sunny day."), sun("A shepherd in a meadow on a sunny day."));
    assert!(said * 2 < not * 3, "two suns: {said} vs {not}");
    assert_eq!(Spec::read("A shepherd counting sheep at a stone sheepfold as the sun sets.").time, Time::Sunset);
    assert_eq!(Spec::read("One evening, a shepherd with his sheep.").time, Time::Sunset);
    // A rocket's flames only when it flies.
    let flame = [255, 160, 60];
    assert_eq!(count(&picture_pixels("Two sisters beside a cardboard rocket in a garden."), flame), 0);
    assert_eq!(count(&picture_pixels("Two girls beside a cardboard rocket, on the grey moon with round craters."), flame), 0);
    assert!(count(&picture_pixels("A cardboard rocket blasting off into the sky."), flame) > 0);
    // Rocks by the sea are drawn.
    let rocks = "A crab looking up at a lighthouse from the rocks, by the sea.";
    assert!(Spec::read(rocks).rocky);
    assert!(count(&picture_pixels(rocks), [128, 124, 130]) > 200);
    // "two sisters" named are girls.
    let spec = Spec::read("Luna and Daisy, two sisters, beside a cardboard rocket in a garden.");
    assert!(spec.figures.iter().all(|f| f.noun == "girl"), "{:?}", spec.figures);
}

const MOON: &str = "Freya, a girl with olive skin and braided brown hair in orange dungarees, and Wren, a girl with dark brown skin and fluffy black hair in a purple jacket, bouncing on the grey moon with big jumps, just after waving goodbye to the houses below, beside a cardboard rocket, on the grey moon with round craters and stars in a black sky, soft picture-book illustration.";

#[test]
fn what_is_below_or_waved_goodbye_to_is_not_in_the_picture() {
    for prompt in [
        MOON,
        "Two girls on the moon, the houses far away",
        "A boy in a rocket in space, looking down at the town below",
        "A girl on the moon beside a rocket, a tree and a house",
        "A boy in a boat on the sea waving goodbye to a little house on the shore",
    ] {
        let spec = Spec::read(prompt);
        let said = crate::picture(prompt, 64, 64).expect("png").1;
        for kept in ["house", "town", "tree", "lighthouse"] {
            assert!(!spec.things.iter().any(|t| t.noun == kept), "{prompt}: {:?}", spec.things);
            assert!(!said.contains(kept), "{prompt}: {said}");
        }
    }
    // A house right there is still drawn.
    assert!(Spec::read("A girl standing by a little house in the meadow").things.iter().any(|t| t.noun == "house"));
}

fn colour_count(prompt: &str, colour: [u8; 3]) -> usize {
    let (_, _, px) = crate::tests::decode(&crate::picture(prompt, 512, 512).expect("png").0);
    px.chunks(3).filter(|p| *p == colour).count()
}

const ALIEN: &str = "A friendly alien waving hello at the window of a cardboard rocket, with Iris, a girl with fair skin and long brown hair in a teal hoodie, and Freya, a girl with light skin and short golden hair in a teal jacket, inside it, waving back, high up among the stars, soft picture-book illustration.";

#[test]
fn a_cardboard_rocket_stays_cardboard_in_every_scene() {
    // The body is a light cardboard brown, not white.
    let body = crate::colours::COLOURS.iter().find(|c| c.0 == "cardboard").map(|c| c.1.lighter(0.2)).expect("cardboard");
    for prompt in [MOON, ALIEN, "A cardboard rocket blasting off into the sky with two girls inside it, high in a bright blue sky"] {
        assert!(colour_count(prompt, [body.0, body.1, body.2]) > 500, "{prompt}");
    }
}

#[test]
fn named_stars_are_never_pasted_over_the_sun_or_the_moon() {
    // Geometry: over every side and height of the sky's light, a named moon or sun, and 1 to 12 stars.
    let (w, h, u) = (512.0, 512.0, 5.12);
    let mut over = Vec::new();
    for light_x in [0.14, 0.2, 0.26, 0.74, 0.8, 0.86].map(|k| k * w) {
        for light_y in [0.12, 0.16, 0.2].map(|k| k * h) {
            for named in [None, Some((w - light_x, h * 0.16, u * 9.0)), Some((w * 0.7, h * 0.15, u * 13.6))] {
                let discs: Vec<(f32, f32, f32)> = std::iter::once((light_x, light_y, u * 7.5)).chain(named).collect();
                for count in 1..=12 {
                    for x in [w - light_x, light_x, w * 0.5] {
                        for (sx, sy, r) in crate::sky::star_spots(count, x, (w, h, u), &discs) {
                            if discs.iter().any(|&(dx, dy, dr)| (sx - dx).hypot(sy - dy) < dr + r) {
                                over.push(format!("{count} stars at {x}: ({sx}, {sy}) over a disc of {discs:?}"));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(over.is_empty(), "{} stars over the sun or moon, e.g. {:?}", over.len(), over.first());
    // Pixels: the moon at night and the sun by day stay whole, stars or no stars.
    const MOON: [u8; 3] = [250, 244, 214];
    const SUN: [u8; 3] = [255, 222, 92];
    let subjects =
        ["a dragon in a forest", "a shepherd with his sheep on a hill", "a bunny in a meadow", "an old man beside his tent", "a fox"];
    for (light, when, stars) in
        [(MOON, "at night", "under a sky full of twinkling stars"), (SUN, "on a sunny afternoon", "and three stars")]
    {
        let whole = subjects.iter().map(|s| exact(&picture_pixels(&format!("{s} {when}")), light)).min().unwrap_or(0);
        for s in subjects {
            for said in [format!("{s} {stars} {when}"), format!("{s} and one big star {when}"), format!("{s} with five stars {when}")] {
                let seen = exact(&picture_pixels(&said), light);
                assert!(whole > 500 && seen * 10 >= whole * 9, "{said}: {seen} pixels of the sun or moon left, {whole} when whole");
            }
        }
    }
}

#[test]
fn a_dark_hillside_or_a_sky_full_of_stars_is_night() {
    let sky_light = |prompt: &str| picture_pixels(prompt)[..512 * 3 * 60].iter().map(|&v| u64::from(v)).sum::<u64>();
    for prompt in [
        "Shepherds with their sheep on a dark hillside, looking up at a shining angel in a sky full of stars.",
        "Many shining angels singing in the night sky above shepherds and their sheep on a hill.",
        "An old man with a grey beard standing outside his tent, looking up at a sky full of stars.",
        "Shepherds looking after their sheep in the dark fields.",
        "A dragon looking up at the twinkling stars over the castle.",
        "A little owl in the darkness of the woods.",
    ] {
        assert_eq!(Spec::read(prompt).time, Time::Night, "{prompt}");
        assert!(
            sky_light(prompt) * 2 < sky_light("Shepherds with their sheep on a hill on a sunny afternoon."),
            "{prompt}: a dark night sky"
        );
    }
}

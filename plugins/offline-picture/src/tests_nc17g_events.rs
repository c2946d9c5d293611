//! Tests from the newcomer's sixth play-through (nc17f), the key events of a
//! scene: on the moon no houses, in flight the crew looks out of the rocket's
//! window, a cardboard rocket stays cardboard, what is below or waved goodbye
//! to is not in the picture.

use crate::catalog::Fam;
use crate::read::Spec;
use crate::ride::Mount;

const MOON: &str = "Freya, a girl with olive skin and braided brown hair in orange dungarees, and Wren, a girl with dark brown skin and fluffy black hair in a purple jacket, bouncing on the grey moon with big jumps, just after waving goodbye to the houses below, beside a cardboard rocket, on the grey moon with round craters and stars in a black sky, soft picture-book illustration.";
const ALIEN: &str = "A friendly alien waving hello at the window of a cardboard rocket, with Iris, a girl with fair skin and long brown hair in a teal hoodie, and Freya, a girl with light skin and short golden hair in a teal jacket, inside it, waving back, high up among the stars, soft picture-book illustration.";

fn count(prompt: &str, colour: [u8; 3]) -> usize {
    let (_, _, px) = crate::tests::decode(&crate::picture(prompt, 512, 512).expect("png").0);
    px.chunks(3).filter(|p| *p == colour).count()
}

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

#[test]
fn in_flight_the_crew_is_inside_the_rocket() {
    let spec = Spec::read(ALIEN);
    let ride = spec.ride.clone().expect("a ride");
    assert!(matches!(ride.mount, Mount::Vehicle(_)), "{ride:?}");
    let people = spec.figures.iter().enumerate().filter(|(_, f)| f.fam == Fam::Person).map(|(i, _)| i);
    for p in people {
        assert!(ride.riders.contains(&p), "{:?} not inside: {ride:?}", spec.figures[p]);
    }
    // Nobody stands in the front row in space.
    let plan = crate::cast::plan(&spec, 512, 512);
    assert!(!plan.pieces.iter().any(|(p, _)| matches!(p, crate::cast::Piece::Figure { .. })), "{:?}", plan.pieces);
}

#[test]
fn a_cardboard_rocket_stays_cardboard_in_every_scene() {
    // The body is a light cardboard brown, not white.
    let body = crate::colours::COLOURS.iter().find(|c| c.0 == "cardboard").map(|c| c.1.lighter(0.2)).expect("cardboard");
    for prompt in [MOON, ALIEN, "A cardboard rocket blasting off into the sky with two girls inside it, high in a bright blue sky"] {
        assert!(count(prompt, [body.0, body.1, body.2]) > 500, "{prompt}");
    }
}

const ELEPHANT: &str = "An elephant spraying water from her trunk at a zoo, just after drawing a map of the way so far, with Maya, a girl with dark brown skin and straight dark brown hair in a green dress, Owen, a boy with fair skin and wavy brown hair in a pink jumper, Poppy, a girl with fair skin and fluffy dark brown hair in a yellow raincoat, Kai, a boy with dark brown skin and fluffy brown hair in a red raincoat, and Tilly, a girl with olive skin and wavy red hair in a yellow raincoat, at a zoo with animal enclosures, trees and paths on a sunny afternoon, soft picture-book illustration.";
const PENGUINS: &str = "Penguins waddling and jumping into a pool at a zoo, just after holding out a leaf for a giraffe, with Maya, a girl with dark brown skin and straight dark brown hair in a green dress, Owen, a boy with fair skin and wavy brown hair in a pink jumper, Poppy, a girl with fair skin and fluffy dark brown hair in a yellow raincoat, Kai, a boy with dark brown skin and fluffy brown hair in a red raincoat, and Tilly, a girl with olive skin and wavy red hair in a yellow raincoat, at a zoo with animal enclosures, trees and paths on a sunny afternoon, soft picture-book illustration.";

/// Pixels that turn water blue when the splash is drawn in `spec`'s picture (the same picture without it to compare).
fn splashed(spec: &Spec) -> usize {
    let pixels = |s: &Spec| crate::tests::decode(&crate::draw::encode(&crate::draw::paint_spec(s, 512, 512)).expect("png")).2;
    let dry = pixels(&Spec { splash: false, ..spec.clone() });
    let wet = pixels(spec);
    wet.chunks(3).zip(dry.chunks(3)).filter(|(w, d)| w != d && w[2] > 180 && u16::from(w[2]) > u16::from(w[0]) + 60).count()
}

#[test]
fn at_the_zoo_the_animals_are_in_their_enclosures_and_a_splash_is_drawn() {
    for prompt in [ELEPHANT, PENGUINS] {
        let spec = Spec::read(prompt);
        assert!(spec.splash, "{prompt}");
        // The animals are behind the railings, not in the row with the children.
        let plan = crate::cast::plan(&spec, 512, 512);
        let row: Vec<&str> = plan
            .pieces
            .iter()
            .filter_map(|(p, _)| match p {
                crate::cast::Piece::Figure { f, .. } => Some(f.noun),
                _ => None,
            })
            .collect();
        assert!(row.iter().all(|n| matches!(*n, "girl" | "boy")), "{prompt}: {row:?}");
        // The penguins hold no giraffe's leaf.
        for f in &spec.figures {
            assert!(f.look.wears("olive leaf").is_none(), "{prompt}: {f:?}");
        }
        // A pool (and the elephant's spray) in the picture: much more water than with no splash said.
        let dry = prompt.replace("spraying water from her trunk", "eating hay").replace("and jumping into a pool", "in a line");
        assert!(!Spec::read(&dry).splash, "{dry}");
        assert!(splashed(&spec) > 800, "{prompt}: {}", splashed(&spec));
    }
    // A named friend or a pet who came along stays with the children, out of the enclosures.
    for prompt in [
        "Maya, a girl in a green dress, and Skipper, a small orange fox with a purple backpack, watching the giraffes at a zoo",
        "A boy and his puppy watching the giraffes at the zoo",
    ] {
        let spec = Spec::read(prompt);
        let kept: Vec<&str> = crate::zoo::kept(&spec).iter().map(|&i| spec.figures[i].noun).collect();
        assert_eq!(kept, ["giraffe"], "{prompt}: {:?}", spec.figures);
    }
    // A dove with an olive leaf still holds it.
    let spec = Spec::read("A white dove flying back to the ark with an olive leaf in its beak.");
    assert!(spec.figures.iter().any(|f| f.look.wears("olive leaf").is_some()), "{:?}", spec.figures);
}

#[test]
fn mittens_hats_and_scarves_on_when_the_prompt_says_so() {
    for (prompt, items) in [
        (
            "Footprints in deep white snow, just after putting on warm mittens, with Maya, a girl with fair skin and curly red hair in an orange jumper, and Skipper, a small glowing yellow firefly with a purple backpack, in snowy hills with snow falling on a sunny afternoon, soft picture-book illustration.",
            &["mittens"][..],
        ),
        ("Mittens on, hats on, scarves on! Two children running out into the snow.", &["mittens", "hat", "scarf"][..]),
        ("A boy and a girl wrapped up warm, building a snowman in the snow", &["mittens", "hat", "scarf"][..]),
    ] {
        let spec = Spec::read(prompt);
        let people: Vec<_> = spec.figures.iter().filter(|f| f.fam == Fam::Person).collect();
        assert!(!people.is_empty(), "{prompt}");
        for p in &people {
            for item in items {
                assert!(p.look.wears(item).is_some(), "{prompt}: {item} on {p:?}");
            }
        }
        // The mittens are drawn: the picture changes when they are taken off.
        let mut bare = spec.clone();
        for f in &mut bare.figures {
            f.look.wear.retain(|w| w.0 != "mittens");
        }
        let pixels = |s: &Spec| crate::draw::encode(&crate::draw::paint_spec(s, 256, 256)).expect("png");
        assert_ne!(pixels(&spec), pixels(&bare), "{prompt}");
    }
    // No winter words, no winter clothes.
    let spec = Spec::read("A girl in a meadow on a sunny day");
    assert!(spec.figures.iter().all(|f| f.look.wears("mittens").is_none()), "{:?}", spec.figures);
}

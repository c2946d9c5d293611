//! Tests of the zoo: enclosures with railings and the animals in them, the
//! people outside the railings, a splash where an animal sprays or jumps in,
//! and the animals eating giving no one a snack.

use crate::catalog::Fam;
use crate::place::Place;
use crate::read::Spec;
use crate::tests::{near, picture_pixels};

const MILO: &str = "Milo, a small tabby cat with a green bow tie, and Jellybean, a small glowing yellow firefly with an orange scarf";

#[test]
fn a_zoo_is_drawn_as_a_zoo_with_railings_and_animals() {
    for tail in [
        "looking at a big map at the gate of a zoo, at a zoo with animal enclosures, trees and paths in the morning",
        "tall giraffes eating leaves from the treetops at a zoo, at a zoo with animal enclosures, trees and paths on a sunny afternoon",
        "visiting the zoo",
    ] {
        let spec = Spec::read(&format!("{MILO}, {tail}, soft picture-book illustration."));
        assert_eq!(spec.place, Place::Zoo, "{tail}");
        let (_, alt) = crate::picture(&format!("{MILO}, {tail}"), 64, 64).expect("png");
        assert!(alt.contains("at the zoo"), "{alt}");
    }
    // The green railings run across the picture.
    let rail = [60, 110, 80];
    assert!(near(&picture_pixels("a cat at the zoo"), rail, 12) > 3000);
    assert!(near(&picture_pixels("a cat in a meadow"), rail, 12) < 500);
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

const ZOO: &str = "Tall giraffes eating leaves from the treetops at a zoo, just after looking at the zoo map, with Esme, a girl with dark brown skin and curly red hair in a blue dress, Theo, a boy with olive skin and short black hair in a teal jacket, Maya, a girl with olive skin and short red hair in a blue jumper, Kai, a boy with dark brown skin and wavy brown hair in a pink raincoat, and Ivy, a girl with light skin and braided blond hair in a teal raincoat, at a zoo with animal enclosures, trees and paths on a sunny afternoon, soft picture-book illustration.";

#[test]
fn the_animals_eating_give_no_one_a_snack() {
    for prompt in
        [ZOO, "Two girls watching the goats munching hay on the farm.", "A boy and a girl at the zoo, the elephants eating apples."]
    {
        let spec = Spec::read(prompt);
        for f in spec.figures.iter().filter(|f| f.fam == Fam::Person) {
            assert!(f.look.wears("cookie").is_none() && f.look.wears("apple slice").is_none(), "{prompt}: {f:?}");
        }
        assert!(!alt(prompt).contains("cookie"), "{prompt}");
    }
    // Children eating still hold their snack.
    let spec = Spec::read("Two children eating cookies at a picnic in the park.");
    assert!(spec.figures.iter().any(|f| f.look.wears("cookie").is_some()), "{:?}", spec.figures);
}

#[test]
fn at_the_zoo_people_stand_outside_the_railings() {
    let spec = Spec::read(ZOO);
    let plan = crate::cast::plan(&spec, 512, 512);
    let feet = |person: bool| -> Vec<f32> {
        plan.pieces
            .iter()
            .filter_map(|(piece, at)| match piece {
                crate::cast::Piece::Figure { f, .. } if (f.fam == Fam::Person) == person => Some(at.bbox.y1),
                _ => None,
            })
            .collect()
    };
    let (people, animals) = (feet(true), feet(false));
    assert_eq!(people.len(), 5, "{people:?}");
    let lowest_animal = animals.iter().copied().fold(0.0, f32::max);
    // Everyone stands in the front row, in front of (lower than) the animals behind the railings.
    for y in &people {
        assert!(*y >= lowest_animal - 1.0, "people {people:?} animals {animals:?}");
    }
}

const PENGUINS: &str = "Penguins waddling and jumping into a pool at a zoo, just after holding out a leaf for a giraffe, with Maya, a girl with dark brown skin and straight dark brown hair in a green dress, Owen, a boy with fair skin and wavy brown hair in a pink jumper, Poppy, a girl with fair skin and fluffy dark brown hair in a yellow raincoat, Kai, a boy with dark brown skin and fluffy brown hair in a red raincoat, and Tilly, a girl with olive skin and wavy red hair in a yellow raincoat, at a zoo with animal enclosures, trees and paths on a sunny afternoon, soft picture-book illustration.";

const ELEPHANT: &str = "An elephant spraying water from her trunk at a zoo, just after drawing a map of the way so far, with Maya, a girl with dark brown skin and straight dark brown hair in a green dress, Owen, a boy with fair skin and wavy brown hair in a pink jumper, Poppy, a girl with fair skin and fluffy dark brown hair in a yellow raincoat, Kai, a boy with dark brown skin and fluffy brown hair in a red raincoat, and Tilly, a girl with olive skin and wavy red hair in a yellow raincoat, at a zoo with animal enclosures, trees and paths on a sunny afternoon, soft picture-book illustration.";

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
fn an_ice_cream_stand_and_ice_creams_are_drawn_and_no_ice_is_snow() {
    let mut missing = Vec::new();
    for (prompt, says) in [
        ("A baby penguin looking at an ice-cream stand at a zoo on a sunny afternoon.", "ice cream stand"),
        ("Two children buying ice creams from an ice cream van in a park.", "ice cream stand"),
        ("A girl with an ice cream on a sandy beach.", "ice cream"),
        ("A baby penguin licking a dropped ice cream at a zoo.", "ice cream"),
    ] {
        let (png, alt) = crate::picture(prompt, 512, 512).expect("png");
        let wafer = crate::tests::near(&crate::tests::decode(&png).2, [225, 170, 95], 8);
        if wafer < 30 || !alt.contains(says) || Spec::read(prompt).place == crate::place::Place::Snow {
            missing.push(format!("{prompt}: {wafer} wafer pixels, alt {alt:?}"));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

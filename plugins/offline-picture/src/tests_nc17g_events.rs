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

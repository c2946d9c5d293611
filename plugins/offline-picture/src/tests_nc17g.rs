//! Tests from a newcomer's sixth play-through (nc17f): names the painter was
//! not told about are read with the kind said beside them, the whale ride
//! carries every rider on its back in the water, and the prize is drawn small.

use crate::catalog::Fam;
use crate::read::Spec;
use crate::ride::Mount;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

/// The storyteller's own whale-ride prompts (crab-03, crab2-03).
pub(crate) const WHALE_RIDE: &str = "A friendly whale giving them a ride on its back, swimming through the sea waves, the crab riding on the whale's back, arriving where Dumpling, a small red crab with a blue scarf, and Sprout, a small sea green turtle with a blue bow tie, celebrating with a shiny blue feather, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.";
pub(crate) const WHALE_RIDE_2: &str = "A friendly whale giving them a ride on its back, swimming through the sea waves, the crab riding on the whale's back, arriving where Pickle, a small orange crab with a blue bandana, and Toffee, a small white and grey seagull with a yellow scarf, celebrating with a rainbow crayon, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.";

#[test]
fn a_name_with_its_kind_beside_it_is_that_creature_not_a_child() {
    for prompt in [
        "Dumpling the little red crab and Sprout the green turtle both riding on the back of a big friendly whale in the sea beside the lighthouse at sunset",
        "Dumpling, a small red crab, and Sprout, a green turtle, riding on the back of a big whale in the sea",
        "A little red crab called Dumpling and a green turtle named Sprout riding on the back of a whale in the sea",
        "Dumpling (a little red crab) and Sprout (a green turtle) riding on the back of a whale in the sea",
        "Dumpling the crab and Sprout the turtle on the beach",
        "Dumpling, the little red crab, waving to Sprout the sea turtle by the lighthouse",
        WHALE_RIDE,
    ] {
        let spec = Spec::read(prompt);
        let said = alt(prompt);
        assert!(!spec.figures.iter().any(|f| f.fam == Fam::Person), "{prompt}: {:?}", spec.figures);
        assert!(!said.contains("child"), "{prompt}: {said}");
        let crabs: Vec<_> = spec.figures.iter().filter(|f| f.noun == "crab").collect();
        assert_eq!(crabs.len(), 1, "{prompt}: one crab, {:?}", spec.figures);
        assert!(crabs[0].named && crabs[0].count == 1, "{prompt}: {:?}", crabs[0]);
        let turtle = spec.figures.iter().find(|f| f.noun.contains("turtle"));
        assert!(turtle.is_some_and(|t| t.named), "{prompt}: {:?}", spec.figures);
        assert!(spec.figures.iter().filter(|f| f.noun == "whale").count() <= 1, "{prompt}: {:?}", spec.figures);
    }
    // A name with no kind beside it is still a child, and a kind said twice with "a" is still two.
    let spec = Spec::read("Mia and a crab on the beach");
    assert!(spec.figures.iter().any(|f| f.fam == Fam::Person && f.named), "{:?}", spec.figures);
    let spec = Spec::read("Mia the girl hugging a puppy");
    assert_eq!(spec.figures.iter().filter(|f| f.fam == Fam::Person).count(), 1, "{:?}", spec.figures);
}

#[test]
fn everyone_who_climbed_on_rides_the_one_whale() {
    for (prompt, friend) in [(WHALE_RIDE, "turtle"), (WHALE_RIDE_2, "seagull")] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.figures.len(), 3, "{prompt}: a whale, a crab and the friend, {:?}", spec.figures);
        let ride = spec.ride.clone().expect("a ride");
        let Mount::Creature(m) = ride.mount else { panic!("{ride:?}") };
        assert_eq!(spec.figures[m].noun, "whale");
        let riders: Vec<&str> = ride.riders.iter().map(|&r| spec.figures[r].noun).collect();
        assert!(riders.contains(&"crab") && riders.iter().any(|r| r.contains(friend)) && riders.len() == 2, "{riders:?}");
        let said = alt(prompt);
        assert!(!said.contains("a crab,") && !said.contains("a whale and"), "{said}");
        // Everyone is on the whale, so it swims in open sea: no shore or wall of rocks under it.
        assert!(crate::ride::at_sea(&spec), "{prompt}");
    }
}

/// The drawn height and width of the first small thing and of the first person in `prompt`'s front row.
fn sizes(prompt: &str) -> ((f32, f32), (f32, f32)) {
    let plan = crate::cast::plan(&Spec::read(prompt), 512, 512);
    let size = |b: &crate::layout::Bbox| (b.y1 - b.y0, b.x1 - b.x0);
    let small = plan.pieces.iter().find(|(p, _)| matches!(p, crate::cast::Piece::Small { .. })).map(|(_, at)| size(&at.bbox));
    let person = plan
        .pieces
        .iter()
        .find(|(p, _)| matches!(p, crate::cast::Piece::Figure { f, .. } if f.fam == Fam::Person))
        .map(|(_, at)| size(&at.bbox));
    (small.expect("a small thing"), person.expect("a person"))
}

#[test]
fn a_feather_or_a_crayon_is_drawn_hand_sized_not_as_a_pole() {
    for prompt in [
        "A girl and a rainbow crayon half buried in the sand on the beach",
        "A boy beside a crayon in the garden",
        "A girl and a shiny blue feather by the lighthouse",
        "A boy and a whispering feather in the meadow",
    ] {
        let ((h, w), (person_h, _)) = sizes(prompt);
        assert!(h < person_h * 0.3, "{prompt}: the thing is {h} tall beside a person {person_h} tall");
        assert!(w > h, "{prompt}: lying down, longer than tall ({w} x {h})");
    }
    // The rainbow crayon shows the rainbow's colours.
    let (_, _, px) = crate::tests::decode(&crate::picture("A girl and a rainbow crayon on the beach", 512, 512).expect("png").0);
    for colour in [[230, 60, 60], [245, 220, 70], [90, 190, 90], [150, 90, 200]] {
        assert!(px.chunks(3).any(|p| p == colour), "{colour:?}");
    }
}

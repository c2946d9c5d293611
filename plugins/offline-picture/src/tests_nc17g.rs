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
    }
}

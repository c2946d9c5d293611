//! Tests from a newcomer's third play-through (nc17c): who rides whom
//! ("a whale giving Fig and Shelly a ride", "with Luna and Daisy inside it"),
//! a giant who toppled over lying on the ground, and sailors awake in a storm.

use crate::read::Spec;
use crate::ride::Mount;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn the_one_giving_the_ride_or_carrying_is_the_mount() {
    for (prompt, mount, riders, says) in [
        (
            "A friendly whale giving Fig, a small orange crab with a teal backpack, and Shelly, a small green turtle with a red bow, a ride on its back, by the sea.",
            "whale",
            2,
            "a small orange crab with a teal backpack and a small green turtle with a red bow riding a whale",
        ),
        ("Fig, a small orange crab, riding on the whale's back in the sea.", "whale", 1, "a small orange crab riding a whale"),
        ("A big whale carrying a little crab and a small turtle across the sea.", "whale", 2, "riding a big whale"),
        ("A kind man leading a donkey carrying a hurt man towards an inn.", "donkey", 1, "riding a donkey"),
    ] {
        let spec = Spec::read(prompt);
        let ride = spec.ride.clone().unwrap_or_else(|| panic!("{prompt}: no ride"));
        let Mount::Creature(m) = ride.mount else { panic!("{prompt}: {:?}", ride.mount) };
        assert_eq!(spec.figures[m].noun, mount, "{prompt}");
        assert_eq!(ride.riders.len(), riders, "{prompt}");
        assert!(!ride.riders.contains(&m));
        let said = alt(prompt);
        assert!(said.contains(says), "{prompt}: {said}");
    }
    // Giving without a ride is not riding; a shepherd carrying a lamb is not ridden.
    assert!(Spec::read("A short man giving bags of gold coins to a boy in a town street.").ride.is_none());
    assert!(Spec::read("A smiling shepherd carrying a little lamb on his shoulders.").ride.is_none());
}

#[test]
fn riders_named_before_inside_it_are_in_the_rocket() {
    for prompt in [
        "A cardboard rocket blasting off into the sky with a trail of white smoke, with Luna, a girl with tan skin and wavy dark brown hair in a blue jacket, and Daisy, a girl with fair skin and braided blond hair in a pink hoodie, inside it, looking out of its round window, high in a bright blue sky above the rooftops on a sunny afternoon, soft picture-book illustration.",
        "A cardboard rocket flying through a dark sky full of stars, with Wren, a girl in a purple raincoat, and Tilly, a girl in red dungarees, inside it, looking out of its round window.",
    ] {
        let spec = Spec::read(prompt);
        let ride = spec.ride.clone().unwrap_or_else(|| panic!("{prompt}: no ride"));
        assert!(matches!(ride.mount, Mount::Vehicle(_)), "{prompt}");
        assert_eq!(ride.riders.len(), 2, "{prompt}");
        let said = alt(prompt);
        assert!(said.contains("in a cardboard rocket"), "{prompt}: {said}");
    }
}

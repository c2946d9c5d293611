//! Where a story happens and what it is called: the place comes from the
//! premise's own words, object, activity or wish before the hero's home, and
//! never puts a hero where it cannot be; titles capitalise every word but
//! the small ones, and keep names as they are.

use super::premise_tests::scene;
use crate::place::swims_only;
use crate::premise::Premise;
use crate::text::headline;
use crate::words::Realm;

/// Premises and the places they may get (by title), whatever the seed.
const PLACES: &[(&str, &[&str])] = &[
    // The kite flies in a meadow, not in the penguin's snow.
    ("a penguin who wants to fly a kite", &["Meadow"]),
    ("a penguin who wants to fly a yellow and blue kite", &["Meadow"]),
    // The lighthouse is the place, not the crab's beach.
    ("a crab who wants to see the top of the lighthouse", &["Lighthouse"]),
    // A fish bakes at home under the sea, not in a kitchen out of the water.
    ("a fish who learns to bake a cake", &["Coral Reef"]),
    // A fish who wants to climb a mountain swims up the river, never on the mountain top.
    ("a fish who wants to climb a mountain", &["River"]),
    ("a bunny who bakes cookies", &["Kitchen"]),
    ("a girl who learns to bake bread", &["Kitchen"]),
    ("a penguin who learns to swim", &["Sea"]),
    ("a monkey who plants sunflowers", &["Garden"]),
    ("a camel who wants to see the sea", &["Sea"]),
    ("a bear who goes skating", &["Snow"]),
    ("a girl who paints a picture", &["House"]),
    ("an octopus who paints a picture", &["Coral Reef"]),
    ("a dolphin who builds a sandcastle", &["Beach"]),
    ("two sisters build a cardboard rocket and fly to the moon", &["Moon"]),
    ("a cat who learns to ride a bike in the park", &["Park"]),
    // Nothing else says where: the hero's home.
    ("a pig who wants to fly", &["Farm"]),
    ("a shark who is afraid of the dark", &["Coral Reef"]),
];

#[test]
fn the_place_comes_from_the_premise_before_the_heros_home() {
    for (premise, allowed) in PLACES {
        for seed in 1..=6 {
            let p = Premise::read(premise, seed);
            assert!(allowed.contains(&p.place.title), "{premise} (seed {seed}): {}", p.place.title);
            // The story and its picture are at that place, or where its first step happens
            // (a rocket to be built is built at home: scene 1 finds the boxes in the back garden).
            let first = scene(premise, seed, &[], 1, 4);
            let at = crate::events::start_of(&p).and_then(|s| s.at).unwrap_or(p.place.picture);
            // A place the action already names is said once ("looking up at a lighthouse …, by the sea").
            let tail = at.rsplit(" by ").next().unwrap_or(at);
            assert!(first.image_prompt.contains(tail), "{premise}: {}", first.image_prompt);
        }
    }
}

#[test]
fn a_creature_of_the_water_is_never_put_on_dry_land() {
    let doing = [
        "who learns to bake a cake",
        "who wants to climb a mountain",
        "who wants to fly a kite",
        "who plants a garden",
        "who rides a bike",
    ];
    for kind in ["fish", "whale", "dolphin", "shark", "octopus", "jellyfish", "seahorse"] {
        assert!(swims_only(kind), "{kind}");
        for what in doing {
            let premise = format!("a {kind} {what}");
            for seed in 1..=4 {
                let p = Premise::read(&premise, seed);
                assert_eq!(p.place.realm, Realm::Water, "{premise} (seed {seed}): {}", p.place.title);
            }
        }
    }
}

#[test]
fn titles_keep_small_words_in_lower_case() {
    assert_eq!(headline("Dot and the yellow and blue kite"), "Dot and the Yellow and Blue Kite");
    assert_eq!(headline("the owl of the woods"), "The Owl of the Woods");
    assert_eq!(headline("Scrooge McDuck and the lost crown of the king"), "Scrooge McDuck and the Lost Crown of the King");
    assert_eq!(headline("a trip to the moon with a cardboard rocket"), "A Trip to the Moon with a Cardboard Rocket");
    let small = ["and", "or", "the", "a", "an", "of", "in", "on", "to", "with", "at", "for", "by", "from", "under", "over"];
    let premises = [
        "a penguin who wants to fly a yellow and blue kite",
        "a dragon who is afraid of thunder and lightning",
        "Mia and her dog Rex go to the beach",
        "two sisters build a cardboard rocket and fly to the moon",
        "a bear who lost his red and white scarf",
        "a crab who wants to see the top of the lighthouse",
    ];
    for premise in premises {
        for seed in 1..=5 {
            let title = scene(premise, seed, &[], 1, 3).title;
            for (i, word) in title.split(' ').enumerate() {
                let first = word.chars().next().unwrap_or(' ');
                if i > 0 && small.contains(&word.to_lowercase().as_str()) {
                    assert_eq!(word, word.to_lowercase(), "{premise}: {title}");
                } else if first.is_alphabetic() {
                    assert!(first.is_uppercase(), "{premise}: {title}");
                }
            }
        }
    }
    // Two-colour kites ("yellow and blue") keep their "and" small.
    let mut two_colours = 0;
    for seed in 1..=20 {
        let p = Premise::read("a penguin who wants to fly a kite", seed);
        let phrase = p.object.as_ref().map(|o| o.phrase.clone()).unwrap_or_default();
        if let Some((one, other)) = phrase.split_once(" and ") {
            two_colours += 1;
            let title = p.title();
            assert!(title.ends_with(&format!("the {} and {}", headline(one), headline(other))), "{title}");
        }
    }
    assert!(two_colours > 0, "no two-colour kite in 20 seeds");
    let dark = scene("a mouse who is afraid of the dark", 1, &[], 1, 3).title;
    assert!(dark.ends_with(" and the Dark"), "{dark}");
}

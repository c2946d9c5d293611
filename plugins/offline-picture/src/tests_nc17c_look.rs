//! Tests from the newcomer's third play-through (nc17c), what is drawn: Bible
//! grown-ups as grown-ups (an armoured Goliath, soldiers, bearded sailors and
//! Noah, a shepherd boy bare-headed), counts drawn as said, birds flying with
//! an olive leaf, boats and sea creatures on the water, one sun, the evening,
//! parked rockets without flames, rocks on the shore and sisters as girls.

use crate::place::Place;
use crate::read::{Spec, Time};
use crate::tests::decode;

fn pixels(prompt: &str) -> Vec<u8> {
    decode(&crate::picture(prompt, 512, 512).expect("png").0).2
}

fn count(px: &[u8], c: [u8; 3]) -> usize {
    px.chunks(3).filter(|p| *p == c).count()
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn bible_grown_ups_are_drawn_as_grown_ups() {
    // Goliath and the soldiers in armour with helmets and spears (the spear's wooden shaft).
    let shaft = [120, 80, 45];
    let goliath = "Goliath, a giant in armour with a bronze helmet, standing in a valley.";
    assert!(count(&pixels(goliath), shaft) > 100, "no spear");
    assert!(count(&pixels("Three soldiers beside their tents in the hills."), shaft) > 100, "no spears");
    assert_eq!(count(&pixels("A friendly giant in a green tunic in a valley."), shaft), 0);
    let spec = Spec::read(goliath);
    assert!(crate::people_arms::armoured(spec.figures[0].noun, &spec.figures[0].look));
    // Grown men have beards; sailors holding on in a storm look frightened.
    assert!(crate::people_arms::grown("soldier", &crate::look::Look::default()).beard.is_some());
    let storm = Spec::read("A small wooden ship tossed by big waves under dark storm clouds, with sailors holding on.");
    assert!(storm.figures.iter().all(|f| f.look.afraid && !f.asleep), "{:?}", storm.figures);
    // David is a shepherd boy, bare-headed (no headcloth), a shepherd is not.
    let david = "David, a small shepherd boy in a plain tan tunic, standing in a meadow.";
    assert_eq!(Spec::read(david).figures[0].noun, "shepherd boy");
    assert!(alt(david).starts_with("a shepherd boy"), "{}", alt(david));
    let cloth = [240, 235, 220];
    assert_eq!(count(&pixels(david), cloth), 0);
    assert!(count(&pixels("A shepherd standing in a meadow."), cloth) > 50);
    // Noah named is an old man with a grey beard.
    let spec = Spec::read("Noah's family and the animals on a green hill beside a big wooden boat.");
    assert!(spec.figures.iter().any(|f| f.noun == "man" && f.named && f.look.beard.is_some()), "{:?}", spec.figures);
    // "five smooth stones" are five.
    let stones =
        "David, a small shepherd boy, kneeling by a little stream, choosing five smooth stones, with his sling and staff beside him.";
    let spec = Spec::read(stones);
    assert_eq!(spec.things.iter().find(|t| t.noun == "stone").map(|t| t.count), Some(5));
    assert!(alt(stones).contains("five smooth stones"), "{}", alt(stones));
    let plan = crate::cast::plan(&spec, 512, 512);
    let drawn = plan.pieces.iter().filter(|(p, _)| matches!(p, crate::cast::Piece::Small { t, .. } if t.noun == "stone")).count();
    assert_eq!(drawn, 5);
}

#[test]
fn a_flying_dove_spreads_its_wings_and_carries_the_olive_leaf() {
    let prompt = "A white dove flying back to a big wooden boat with a green olive leaf in its beak.";
    let spec = Spec::read(prompt);
    let dove = spec.figures.iter().find(|f| f.noun == "dove").expect("dove");
    assert!(dove.look.flying && dove.look.wear.iter().any(|w| w.0 == "olive leaf"));
    assert!(alt(prompt).contains("a white dove flying with an olive leaf"), "{}", alt(prompt));
    assert!(count(&pixels(prompt), [90, 165, 70]) > 20, "no leaf");
    assert!(Spec::read("Noah sent out a dove over the water.").figures.iter().any(|f| f.noun == "dove" && f.look.flying));
    assert!(Spec::read("A seagull flew over the sea.").figures[0].look.flying);
    // Seagulls and doves have spread wings, hens never fly.
    assert!(crate::birds_fly::spread("seagull", &crate::look::Look::default()));
    assert!(!crate::birds_fly::spread("hen", &crate::look::Look { flying: true, ..Default::default() }));
}

#[test]
fn boats_in_the_flood_or_rain_are_on_the_water_and_sea_creatures_in_it() {
    for (prompt, place) in [
        ("A big wooden boat with its door closed under grey clouds and falling rain.", Place::Storm),
        ("A big wooden boat floating on the flood as the water rose and rose.", Place::Sea),
        ("A white dove flying back to a big wooden boat with a green olive leaf in its beak.", Place::Sea),
        ("A man with a grey beard and his sons building a big wooden boat on a dry hill.", Place::Hills),
    ] {
        assert_eq!(Spec::read(prompt).place, place, "{prompt}");
    }
    // Dolphins by the beach are in the water, not on the sand: sea blue in the lower part of the picture.
    let low = |prompt: &str| count(&pixels(prompt)[512 * 300 * 3..], [60, 150, 210]);
    assert!(low("Dolphins hopped out of the water by the beach.") > 1500, "{}", low("Dolphins hopped out of the water by the beach."));
    assert!(low("Three crabs on the beach.") < 200);
    assert!(alt("Dolphins hopped out of the water by the beach.").contains("three dolphins leaping"));
}

#[test]
fn one_sun_the_evening_parked_rockets_rocks_and_sisters() {
    let sun = |prompt: &str| count(&pixels(prompt), [255, 222, 92]);
    let (said, not) = (sun("A shepherd in a meadow with the sun shining on a sunny day."), sun("A shepherd in a meadow on a sunny day."));
    assert!(said * 2 < not * 3, "two suns: {said} vs {not}");
    assert_eq!(Spec::read("A shepherd counting sheep at a stone sheepfold as the sun sets.").time, Time::Sunset);
    assert_eq!(Spec::read("One evening, a shepherd with his sheep.").time, Time::Sunset);
    // A rocket's flames only when it flies.
    let flame = [255, 160, 60];
    assert_eq!(count(&pixels("Two sisters beside a cardboard rocket in a garden."), flame), 0);
    assert_eq!(count(&pixels("Two girls beside a cardboard rocket, on the grey moon with round craters."), flame), 0);
    assert!(count(&pixels("A cardboard rocket blasting off into the sky."), flame) > 0);
    // Rocks by the sea are drawn.
    let rocks = "A crab looking up at a lighthouse from the rocks, by the sea.";
    assert!(Spec::read(rocks).rocky);
    assert!(count(&pixels(rocks), [128, 124, 130]) > 200);
    // "two sisters" named are girls.
    let spec = Spec::read("Luna and Daisy, two sisters, beside a cardboard rocket in a garden.");
    assert!(spec.figures.iter().all(|f| f.noun == "girl"), "{:?}", spec.figures);
}

//! Tests from a newcomer parent's play-through, second part: the place and
//! props that carry the scene are drawn (a zoo with enclosures, a road, a
//! storm with huge waves, a map that reads as a map), a kite flies on its
//! string from a hand, and two prompts saying different things about a kite
//! do not give the same picture.

use crate::place::Place;
use crate::read::Spec;
use crate::tests::decode;

fn pixels(prompt: &str) -> Vec<u8> {
    decode(&crate::picture(prompt, 512, 512).expect("png").0).2
}

fn near(px: &[u8], c: [u8; 3], tolerance: i32) -> usize {
    px.chunks(3).filter(|p| (0..3).map(|k| (i32::from(p[k]) - i32::from(c[k])).abs()).sum::<i32>() <= tolerance).count()
}

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
    assert!(near(&pixels("a cat at the zoo"), rail, 12) > 3000);
    assert!(near(&pixels("a cat in a meadow"), rail, 12) < 500);
}

#[test]
fn a_road_is_drawn_when_the_prompt_says_road() {
    let dust = [214, 184, 130];
    let road = pixels("A kind man with a donkey kneeling beside a hurt man on a dusty road.");
    let none = pixels("A kind man with a donkey kneeling beside a hurt man in a meadow.");
    assert!(near(&road, dust, 10) > near(&none, dust, 10) + 10_000);
    let (_, alt) = crate::picture("A priest walking past a hurt man on the other side of a dusty road.", 64, 64).expect("png");
    assert!(alt.contains("on a road"), "{alt}");
}

#[test]
fn huge_waves_and_a_man_thrown_into_the_sea_are_a_storm() {
    for prompt in [
        "Huge waves splashing over a wooden ship, and the frightened sailors.",
        "The sailors throwing a man thrown into the sea from a wooden ship in a great wind.",
        "A wooden ship on a stormy sea.",
    ] {
        assert_eq!(Spec::read(prompt).place, Place::Storm, "{prompt}");
    }
    assert_ne!(Spec::read("A calm blue sea with a wooden ship, and a man splashing in the water.").place, Place::Storm);
}

#[test]
fn a_map_has_a_dotted_path_and_a_red_x() {
    let x_red = [220, 40, 40];
    let map = near(&pixels("a big map in a meadow"), x_red, 6);
    let note = near(&pixels("a big note in a meadow"), x_red, 6);
    assert!(map > 100 && note == 0, "map {map} note {note}");
}

#[test]
fn a_held_kite_flies_on_a_string_and_different_kite_prompts_differ() {
    let hold = "Twinkle, a small black and white penguin with a blue bow tie, and Button, a small grey squirrel with a pink bow tie, with a red kite, holding a kite with a long tail, in a meadow with flowers and grass in the morning, soft picture-book illustration.";
    let up = "Twinkle, a small black and white penguin with a blue bow tie, and Button, a small grey squirrel with a pink bow tie, with a red kite, holding up a kite in the wind, in a meadow with flowers and grass on a sunny afternoon, soft picture-book illustration.";
    let spec = Spec::read(hold);
    assert!(crate::cast::flown(&spec) && !spec.windy);
    assert!(Spec::read(up).windy);
    // The kite is not a small thing standing on the ground beside them.
    let plan = crate::cast::plan(&spec, 512, 512);
    assert!(!plan.pieces.iter().any(|(p, _)| matches!(p, crate::cast::Piece::Small { t, .. } if t.noun == "kite")));
    // Held high in the wind the kite is up in the sky: red in the top third.
    let red = |p: &str| near(&pixels(p)[..512 * 170 * 3], [232, 70, 60], 60);
    assert!(red(up) > 300, "high kite {}", red(up));
    assert!(red(up) > red(hold) + 200, "held low {} high {}", red(hold), red(up));
}

#[test]
fn a_man_splashing_or_thrown_into_the_sea_is_in_the_water() {
    for prompt in [
        "A calm blue sea with a wooden ship, and a man splashing in the water as the clouds clear.",
        "A man thrown into the stormy sea from a wooden ship as huge waves crash.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().any(|f| f.wet), "{prompt}");
        // The front of the picture is sea, not sand: the bottom rows are blue.
        let px = pixels(prompt);
        let bottom = &px[512 * 480 * 3..];
        let blue = bottom.chunks(3).filter(|p| p[2] > p[0] + 40).count();
        assert!(blue > bottom.len() / 3 * 9 / 10, "{prompt}: {blue}");
    }
    assert!(
        !Spec::read("A man with a brown beard climbing onto a wooden ship at a busy harbour by the sea.").figures.iter().any(|f| f.wet)
    );
}

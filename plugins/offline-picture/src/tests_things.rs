//! Tests of things: a road when the prompt says road, a map with a dotted
//! path and a red X, a kite flying on its string from a hand, hand-sized
//! things drawn hand-sized, and a tiny door at the foot of its tree.
//! Also glowing things in a glow colour, a giant bubble big, a teacup boat afloat.

use crate::catalog::Fam;
use crate::read::Spec;
use crate::tests::{drawn_pixels, near, near_in_rows, picture_pixels};

#[test]
fn a_road_is_drawn_when_the_prompt_says_road() {
    let dust = [214, 184, 130];
    let road = picture_pixels("A kind man with a donkey kneeling beside a hurt man on a dusty road.");
    let none = picture_pixels("A kind man with a donkey kneeling beside a hurt man in a meadow.");
    assert!(near(&road, dust, 10) > near(&none, dust, 10) + 10_000);
    let (_, alt) = crate::picture("A priest walking past a hurt man on the other side of a dusty road.", 64, 64).expect("png");
    assert!(alt.contains("on a road"), "{alt}");
}

#[test]
fn a_map_has_a_dotted_path_and_a_red_x() {
    let x_red = [220, 40, 40];
    let map = near(&picture_pixels("a big map in a meadow"), x_red, 6);
    let note = near(&picture_pixels("a big note in a meadow"), x_red, 6);
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
    let red = |p: &str| near(&picture_pixels(p)[..512 * 170 * 3], [232, 70, 60], 60);
    assert!(red(up) > 300, "high kite {}", red(up));
    assert!(red(up) > red(hold) + 200, "held low {} high {}", red(hold), red(up));
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

#[test]
fn a_tiny_door_is_small_and_at_the_foot_of_the_tree_it_is_in() {
    let spec = Spec::read("A bunny and a snail beside a tiny red door at the bottom of a big old tree, in a quiet meadow.");
    let mut backs: Vec<(&str, Option<crate::canvas::Rgb>, usize)> =
        spec.things.iter().filter(|t| t.fam == crate::catalog::Fam::Big).map(|t| (t.noun, Some(t.colour), t.count)).collect();
    crate::tiny_door::tuck(&spec, &mut backs);
    assert_eq!(backs.iter().map(|b| b.0).collect::<Vec<_>>(), ["door tree"], "the door is in the tree, not a pillar beside it");
    let tall = |noun: &'static str| {
        let rng = storyloom_plugin_sdk::rng::Rng::new(1);
        crate::layout::measure(|p, x, y, u| crate::buildings::draw(&mut p.pen(x, y, u, false), noun, None, &mut rng.clone(), false)).up
    };
    // Alone, a tiny door is far smaller than a door.
    assert!(tall("tiny door") * 2.5 < tall("door"), "{} vs {}", tall("tiny door"), tall("door"));
    let mut alone = vec![("door", None, 1)];
    crate::tiny_door::tuck(&Spec::read("A tiny red door in a meadow."), &mut alone);
    assert_eq!(alone[0].0, "tiny door");
}

#[test]
fn glowing_things_are_a_glow_colour() {
    let spec = Spec::read("Mia, a girl in red dungarees, following glowing footprints in a forest at night");
    let footprints = spec.things.iter().find(|t| t.noun == "footprint").expect("footprints");
    assert_eq!(footprints.colour, crate::canvas::Rgb(250, 230, 120));
}

#[test]
fn a_giant_bubble_is_big() {
    let rim = |prompt: &str| near_in_rows(&drawn_pixels(prompt), [170, 130, 230], 12, (0.0, 1.0));
    let (giant, small) = (rim("a girl and a giant shimmering bubble on a sandy beach"), rim("a girl and a bubble on a sandy beach"));
    assert!(small > 30 && giant > small * 3 / 2 + 100, "giant {giant} vs {small}");
}

#[test]
fn a_teacup_boat_is_one_teacup_afloat() {
    let spec = Spec::read("Max, a boy with tan skin in a blue jumper, sailing a teacup boat across the pond");
    let things: Vec<(&str, &str)> = spec.things.iter().map(|t| (t.noun, t.words.as_str())).collect();
    assert_eq!(things, [("boat", "teacup boat")]);
    assert_eq!(crate::describe::describe(&spec), "a boy in a blue jumper beside a teacup boat, by a pond");
    // No sail: the white sail of a sailboat is not drawn.
    let sail = |prompt: &str| near_in_rows(&drawn_pixels(prompt), [245, 245, 248], 6, (0.0, 0.8));
    assert!(sail("a teacup boat on the sea") + 500 < sail("a boat on the sea"), "a teacup, not a sailboat");
}

#[test]
fn a_thing_put_away_in_a_bag_or_pocket_is_not_drawn() {
    const MAP: [u8; 3] = [240, 225, 180];
    let mut seen = Vec::new();
    for (thing, put) in
        [("the map", "tucking"), ("the old paper map", "putting"), ("the golden key", "slipping"), ("the map", "folding up")]
    {
        for into in ["into his bag", "in her pocket", "into the backpack", "inside his little bag"] {
            let prompt = format!(
                "Max, a small brown dog with a green backpack, {put} {thing} {into}, deep under the water at the bottom of the sea."
            );
            let spec = Spec::read(&prompt);
            if spec.things.iter().any(|t| matches!(t.noun, "map" | "key")) {
                seen.push(prompt);
            }
        }
    }
    assert!(seen.is_empty(), "{} of 16 still draw what was put away: {seen:#?}", seen.len());
    // Held up, it is drawn.
    let held =
        "Max, a small brown dog with a green backpack, holding the old paper map up high, deep under the water at the bottom of the sea.";
    assert!(Spec::read(held).things.iter().any(|t| t.noun == "map"));
    let held_px = crate::tests::near(&crate::tests::picture_pixels(held), MAP, 12);
    let away = "Max, a small brown dog with a green backpack, tucking the map into his bag, deep under the water at the bottom of the sea.";
    let away_px = crate::tests::near(&crate::tests::picture_pixels(away), MAP, 12);
    assert!(held_px > 100 && away_px * 4 < held_px, "map pixels: held {held_px}, put away {away_px}");
}

#[test]
fn a_thing_behind_someone_is_there_and_one_left_behind_is_not() {
    let mut wrong = Vec::new();
    for (prompt, there) in [
        (
            "At night, Peter, a fisherman with a brown beard, walking on the waves of the lake towards Jesus in a white robe, with the small boat behind him under the moon.",
            true,
        ),
        ("A girl on a hill with a red kite behind her.", true),
        ("Two friends with the old castle behind them in the evening.", true),
        ("A rocket high in the sky with the houses far below.", false),
        ("Two children waving goodbye to the castle far away.", false),
    ] {
        let spec = Spec::read(prompt);
        let nouns: Vec<&str> = spec.things.iter().map(|t| t.noun).collect();
        let drawn = nouns.iter().any(|n| matches!(*n, "boat" | "kite" | "castle" | "house"));
        if drawn != there {
            wrong.push(format!("{prompt}: {nouns:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

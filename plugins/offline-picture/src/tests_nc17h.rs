//! Round 11 of issue 17: the whale ridden is the one whale in the picture
//! ("…and Taffy, a big grey whale, at last riding a whale", "riding Taffy",
//! "on the back of Humbug, a big grey whale"), every rider is on its back, out at sea.

use crate::read::Spec;
use crate::ride::Mount;

/// The storyteller's ride prompts when the friend is the whale (crab-03, crabmed-03, crabmed-05), and the parent's own.
const ONE_WHALE: &[&str] = &[
    "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, at last riding a whale, just after riding Taffy, on a sandy beach by the sea at sunset, soft picture-book illustration.",
    "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, riding Taffy, on a sandy beach by the sea on a sunny afternoon, soft picture-book illustration.",
    "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, at last riding a whale, on a sandy beach by the sea at sunset, soft picture-book illustration.",
    "Nugget the little orange crab riding on the back of Humbug, a big grey whale, out on the sparkling sea",
];

#[test]
fn the_whale_ridden_is_the_friend_whale_and_everyone_else_is_on_it() {
    for prompt in ONE_WHALE {
        let spec = Spec::read(prompt);
        assert_eq!(spec.figures.iter().filter(|f| f.noun == "whale").count(), 1, "{prompt}: {:?}", spec.figures);
        let ride = spec.ride.clone().expect("a ride");
        let Mount::Creature(m) = ride.mount else { panic!("{prompt}: {ride:?}") };
        assert_eq!(spec.figures[m].noun, "whale", "{prompt}");
        assert!(spec.figures[m].named, "{prompt}: the named friend is ridden");
        assert_eq!(ride.riders.len(), spec.figures.len() - 1, "{prompt}: everyone else rides");
        // So it swims out at sea, no sand or pool under it, and the alt says so.
        assert!(crate::ride::at_sea(&spec), "{prompt}");
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains("crab") && alt.contains("riding a big grey whale") && alt.contains("at sea"), "{prompt}: {alt}");
        assert!(!alt.contains("riding a whale") && !alt.contains("beach"), "{prompt}: {alt}");
    }
    // Before the ride they are side by side on the beach.
    let before = "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, arriving on warm golden sand by little waves, on a sandy beach by the sea in the morning, soft picture-book illustration.";
    assert_eq!(Spec::read(before).ride, None);
}

#[test]
fn a_whale_by_the_shore_swims_in_water_with_a_round_edge_not_a_box() {
    use crate::canvas::Canvas;
    use crate::layout::{Bbox, Placed};
    let mut p = crate::paint::Painter { cv: Canvas::new(400, 400), tint: None };
    let at = Placed { x: 200.0, y: 300.0, u: 4.0, bbox: Bbox { x0: 80.0, y0: 150.0, x1: 320.0, y1: 300.0 } };
    crate::shore::pool(&mut p, &at, false, false);
    // Where the water starts, row by row, from the waterline down.
    let lit = |x: usize, y: usize| p.cv.px[(y * 400 + x) * 3..(y * 400 + x) * 3 + 3].iter().any(|&v| v > 0);
    let starts: Vec<usize> = (0..400).filter_map(|y| (0..400).find(|&x| lit(x, y))).collect();
    // A box's side runs straight down, many rows starting at the same x; an oval's curves in row by row.
    let most = starts.iter().map(|x| starts.iter().filter(|&y| y == x).count()).max().unwrap_or(0);
    assert!(most * 5 < starts.len(), "{most} of {} rows start at the same x: {starts:?}", starts.len());
}

#[test]
fn everyone_in_bible_times_wears_a_robe_and_a_crowd_is_not_one_figure_copied() {
    use crate::catalog::Fam;
    for prompt in [
        "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.",
        "Jonah, a bearded man in a brown robe, speaking to a big crowd of people and children in a city with tall walls, under a bright sky.",
    ] {
        let spec = Spec::read(prompt);
        for f in spec.figures.iter().filter(|f| f.fam == Fam::Person) {
            let robed = f.look.robe.is_some() || f.look.wears("robe").is_some();
            assert!(robed, "{prompt}: {} in modern clothes", f.noun);
            // Every one of a group, the children too.
            for k in 0..f.count.min(8) {
                let one = crate::cast::member(f, k);
                assert!(one.look.robe.is_some() || one.look.wears("robe").is_some(), "{prompt}: {} {k}", one.noun);
            }
        }
        // The robe is drawn, not said: the alt stays short.
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(!alt.contains("in a robe"), "{alt}");
    }
    // In a crowd the fifth is not the first again.
    let crowd = Spec::read("Jonah speaking to a big crowd of people in Nineveh.");
    let people = crowd.figures.iter().find(|f| f.noun == "person").expect("people");
    assert_ne!(crate::cast::member(people, 0), crate::cast::member(people, 4));
    // Today's children wear today's clothes.
    let today = Spec::read("A girl and her little brother playing in a garden.");
    assert!(today.figures.iter().all(|f| f.look.robe.is_none()), "{:?}", today.figures);
}

#[test]
fn a_bible_town_has_flat_roofed_mud_brick_houses_with_no_chimneys() {
    let chimneys = |prompt: &str| {
        let px = crate::tests::decode(&crate::picture(prompt, 512, 512).expect("png").0).2;
        px.chunks(3).filter(|p| *p == [170, 100, 80] || *p == [200, 80, 70] || *p == [90, 100, 170]).count()
    };
    let nineveh = "Jonah, a bearded man in a brown robe, speaking to a big crowd of people and children in a city with tall walls, under a bright sky.";
    assert!(Spec::read(nineveh).bible);
    assert_eq!(chimneys(nineveh), 0, "chimneys or pitched roofs in Nineveh");
    // Today's town keeps its roofs and chimneys.
    assert!(chimneys("A girl and a boy walking in a town with tall walls, under a bright sky.") > 0);
}

#[test]
fn a_hedgehog_is_a_low_dome_of_spines_with_a_pointed_snout_not_a_squirrel() {
    let spec = Spec::read("Nutmeg, a little brown hedgehog, in a meadow.");
    let f = spec.figures.first().expect("the hedgehog").clone();
    assert_eq!(f.noun, "hedgehog");
    let e = crate::cast::extent(&crate::cast::Piece::Figure { f, flip: false, shadow: false });
    // Long and low, nose out in front: not an upright squirrel sitting on its tail.
    assert!(e.left + e.right > e.up * 1.4, "{e:?}");
}

#[test]
fn a_tortoise_has_a_domed_patterned_shell_with_its_legs_and_head_showing() {
    let spec = Spec::read("Doodle, a small brown tortoise, in the hills.");
    let f = spec.figures.first().expect("the tortoise").clone();
    let shell = f.look.body.expect("brown");
    let mut p = crate::paint::Painter { cv: crate::canvas::Canvas::new(300, 300), tint: None };
    crate::cast::figure(&mut p, &f, 150.0, 250.0, 2.0, false, false);
    let at = |x: usize, y: usize| {
        let i = (y * 300 + x) * 3;
        [p.cv.px[i], p.cv.px[i + 1], p.cv.px[i + 2]]
    };
    let is = |c: crate::canvas::Rgb, px: [u8; 3]| px == [c.0, c.1, c.2];
    // Under the shell's rim its legs stand on the ground: no shell down there.
    let under: Vec<[u8; 3]> = (232..248).flat_map(|y| (80..220).map(move |x| (x, y))).map(|(x, y)| at(x, y)).collect();
    assert!(!under.iter().any(|&px| is(shell, px)), "the shell reaches the ground like a boulder");
    assert!(under.iter().filter(|px| px.iter().any(|&v| v > 0)).count() > 100, "no legs under the shell");
    // Plates on the shell, in a lighter shade.
    let all: Vec<[u8; 3]> = (0..300).flat_map(|y| (0..300).map(move |x| (x, y))).map(|(x, y)| at(x, y)).collect();
    assert!(all.iter().filter(|&&px| is(shell.lighter(0.25), px)).count() > 200, "no plates on the shell");
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
fn rain_words_draw_a_grey_sky_with_rain_not_a_sunny_one() {
    let sky_blue = |prompt: &str| {
        let px = crate::tests::decode(&crate::picture(prompt, 256, 256).expect("png").0).2;
        // Bright blue in the top rows: a sunny sky.
        px[..256 * 40 * 3].chunks(3).filter(|p| p[2] > 200 && p[2] > p[0].saturating_add(40)).count()
    };
    // (A boat in the rain is already a storm at sea; on land it rains too.)
    let rainy = "A girl and a boy walking in a meadow as the rain began, pitter patter.";
    assert!(Spec::read(rainy).rainy);
    assert_eq!(sky_blue(rainy), 0, "a blue sky in the rain");
    assert!(sky_blue("A girl and a boy walking in a meadow.") > 0);
    assert!(!Spec::read("A girl under a bright rainbow.").rainy);
}

//! Tests of the Bible stories' scenes: a Bible town of flat-roofed mud-brick
//! houses, the dove flying with its olive leaf over Noah's animals, the
//! ramp joined to the ark, over the flood no beach and no lone window, and
//! the wise men kneeling in the house with their gifts.

use crate::canvas::Canvas;
use crate::paint::Painter;
use crate::read::Spec;
use crate::tests::picture_pixels;

#[test]
fn a_bible_town_has_flat_roofed_mud_brick_houses_with_no_chimneys() {
    let chimneys = |prompt: &str| {
        let px = picture_pixels(prompt);
        px.chunks(3).filter(|p| *p == [170, 100, 80] || *p == [200, 80, 70] || *p == [90, 100, 170]).count()
    };
    let nineveh = "Jonah, a bearded man in a brown robe, speaking to a big crowd of people and children in a city with tall walls, under a bright sky.";
    assert!(Spec::read(nineveh).bible);
    assert_eq!(chimneys(nineveh), 0, "chimneys or pitched roofs in Nineveh");
    // Today's town keeps its roofs and chimneys.
    assert!(chimneys("A girl and a boy walking in a town with tall walls, under a bright sky.") > 0);
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn the_dove_with_its_olive_leaf_flies_over_noahs_animals() {
    let prompt = "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow, and a white dove flying back with a green olive leaf in its beak.";
    let spec = Spec::read(prompt);
    assert!(spec.figures.iter().any(|f| f.noun == "dove"), "{:?}", spec.figures);
    assert!(spec.figures.iter().any(|f| f.noun == "animal"), "{:?}", spec.figures);
    let said = alt(prompt);
    assert!(said.contains("dove") && said.contains("olive leaf") && said.contains("animals"), "{said}");
}

fn count(px: &[u8], c: [u8; 3]) -> usize {
    px.chunks(3).filter(|p| *p == c).count()
}

#[test]
fn a_flying_dove_spreads_its_wings_and_carries_the_olive_leaf() {
    let prompt = "A white dove flying back to a big wooden boat with a green olive leaf in its beak.";
    let spec = Spec::read(prompt);
    let dove = spec.figures.iter().find(|f| f.noun == "dove").expect("dove");
    assert!(dove.look.flying && dove.look.wear.iter().any(|w| w.0 == "olive leaf"));
    assert!(alt(prompt).contains("a white dove flying with an olive leaf"), "{}", alt(prompt));
    assert!(count(&picture_pixels(prompt), [90, 165, 70]) > 20, "no leaf");
    assert!(Spec::read("Noah sent out a dove over the water.").figures.iter().any(|f| f.noun == "dove" && f.look.flying));
    assert!(Spec::read("A seagull flew over the sea.").figures[0].look.flying);
    // Seagulls and doves have spread wings, hens never fly.
    assert!(crate::birds_fly::spread("seagull", &crate::look::Look::default()));
    assert!(!crate::birds_fly::spread("hen", &crate::look::Look { flying: true, ..Default::default() }));
}

#[test]
fn noahs_ramp_is_joined_to_the_ark() {
    for prompt in [
        "Pairs of animals, two giraffes, two elephants, two lions, two sheep and two doves, walking up a ramp into a big wooden boat.",
        "Noah's animals walking up the ramp into the ark two by two",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.things.iter().any(|t| t.noun == "ramp"), "{prompt}: {:?}", spec.things);
        let ark = spec.things.iter().find(|t| t.noun == "ark").expect("the ark");
        assert!(ark.words.ends_with("with a ramp"), "{:?}", ark.words);
        let said = crate::picture(prompt, 64, 64).expect("png").1;
        assert!(said.contains("with a ramp") && !said.contains("a ramp and"), "{said}");
    }
    // Drawn with its ramp, the ark reaches further along the ground, and the ramp's top rests on the deck:
    // one shape from the hull to the ramp's foot, no gap of grass between.
    let row = |noun: &str, y: f32| {
        let mut p = Painter { cv: Canvas::new(400, 200), tint: None };
        p.cv.px.iter_mut().for_each(|v| *v = 255);
        let mut pen = p.pen(150.0, 180.0, 1.0, false);
        crate::vehicles::vehicle(&mut pen, noun, crate::canvas::Rgb(165, 112, 70));
        let y = (180.0 + y) as usize;
        (0..400).map(|x| p.cv.px[(y * 400 + x) * 3..(y * 400 + x) * 3 + 3] != [255, 255, 255]).collect::<Vec<bool>>()
    };
    let ground = row("ark with ramp", -2.0);
    assert!(ground[150 + 135] && !row("ark", -2.0)[150 + 135], "the ramp's foot on the ground");
    let deck = row("ark with ramp", -51.0);
    let last = (0..400).rev().find(|&x| deck[x]).unwrap_or(0);
    assert!((150..=last).all(|x| deck[x]), "the ramp's top joins the deck");
}

#[test]
fn over_the_flood_no_beach_and_outdoors_no_window_standing_alone() {
    for prompt in [
        "A white dove flying back to a big wooden boat with a green olive leaf in its beak.",
        "A white dove flying back to the ark over the flood waters at sea with an olive leaf",
    ] {
        let spec = Spec::read(prompt);
        assert!(crate::aboard::open_water(&spec), "{prompt}: {:?} {:?}", spec.place, spec.figures);
    }
    // The window is the ark's, not a frame standing in the sea; and a meadow has no window.
    for prompt in [
        "A big wooden boat floating on a wide calm sea, with a giraffe and an elephant peeking out of a window.",
        "A girl in a meadow beside a window",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.things.iter().any(|t| t.noun == "window"), "{prompt}: {:?}", spec.things);
        let said = crate::picture(prompt, 64, 64).expect("png").1;
        assert!(!said.contains("window"), "{prompt}: {said}");
    }
    // Indoors, at the window, it stays.
    let spec = Spec::read("A girl looking out of the big window in her bedroom at night");
    assert!(spec.things.iter().any(|t| t.noun == "window") || spec.position.is_some(), "{:?}", spec.things);
}

#[test]
fn the_wise_men_kneel_in_the_house_with_their_gifts_drawn() {
    for prompt in [
        "Three wise men with crowns kneeling and offering gifts to a little child on Mary's lap, under a bright star.",
        "Three wise men kneeling and offering their gifts to the child Jesus.",
        "Wise men offering gifts of gold to a little child on Mary's lap.",
    ] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.place, crate::place::Place::Indoors, "{prompt}: in the house");
        let plan = crate::cast::plan(&spec, 512, 512);
        let gifts = plan.pieces.iter().filter(|(p, _)| matches!(p, crate::cast::Piece::Small { t, .. } if t.noun == "gift")).count();
        assert!(gifts >= 1, "{prompt}: the gifts are drawn");
        let alt = crate::describe::describe(&spec);
        assert!(alt.contains("gift") && alt.contains("indoors"), "{prompt}: {alt}");
    }
}

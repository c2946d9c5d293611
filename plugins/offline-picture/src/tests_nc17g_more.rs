//! Tests from the newcomer's sixth play-through (nc17f), bedtime and the Bible
//! stories: an animal asleep is curled up on the ground, not a standing figure
//! knocked over.

use crate::canvas::Canvas;
use crate::paint::Painter;
use crate::read::Spec;

/// The first figure of `prompt` drawn alone on white with its feet at (150, 250): how many pixels are its legs'
/// colour, and the lowest and the left- and right-most painted pixels.
fn drawn(prompt: &str, legs: [u8; 3]) -> (usize, usize, usize, usize) {
    let spec = Spec::read(prompt);
    let mut p = Painter { cv: Canvas::new(300, 300), tint: None };
    p.cv.px.iter_mut().for_each(|v| *v = 255);
    crate::cast::figure(&mut p, &spec.figures[0], 150.0, 250.0, 2.0, false, false);
    let painted: Vec<(usize, usize)> =
        p.cv.px.chunks(3).enumerate().filter(|(_, c)| *c != [255, 255, 255]).map(|(i, _)| (i % 300, i / 300)).collect();
    let leg = p.cv.px.chunks(3).filter(|c| *c == legs).count();
    let low = painted.iter().map(|p| p.1).max().unwrap_or(0);
    let left = painted.iter().map(|p| p.0).min().unwrap_or(0);
    let right = painted.iter().map(|p| p.0).max().unwrap_or(0);
    (leg, low, left, right)
}

#[test]
fn an_animal_asleep_is_curled_up_on_the_ground_not_knocked_over() {
    for (awake, asleep) in [
        (
            "a small white and grey seagull with a red bow tie on the beach",
            "a small white and grey seagull with a red bow tie curled up asleep on the beach",
        ),
        (
            "a small snowy white owl with a pink bandana in the castle",
            "a small snowy white owl with a pink bandana curled up asleep in the castle",
        ),
        ("a fox in the forest", "a fox fast asleep in the forest"),
    ] {
        assert!(Spec::read(asleep).figures[0].asleep, "{asleep}");
        let legs = [240, 160, 70];
        let (up_legs, up_low, up_left, up_right) = drawn(awake, legs);
        let (legs_left, low, left, right) = drawn(asleep, legs);
        // Legs tucked: no legs sticking out.
        assert!(legs_left * 4 <= up_legs.max(1), "{asleep}: legs {legs_left} (standing {up_legs})");
        // Resting on the ground where it stood, about as wide as standing (not turned over on its side).
        assert!(low <= up_low + 4 && low + 6 >= up_low, "{asleep}: lowest {low} (standing {up_low})");
        let (w, up_w) = (right - left, up_right - up_left);
        assert!(w <= up_w + up_w / 5, "{asleep}: {w} wide, standing {up_w}");
    }
}

#[test]
fn a_sling_laid_down_lies_flat_and_a_held_one_is_in_the_hand() {
    // Held or whirled: in his hand, not a thing on the ground.
    for prompt in [
        "David, a young shepherd boy with short curly hair in a plain tan tunic, with a sling facing Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, in a wide valley.",
        "David, a young shepherd boy, running forward and swinging his sling round and round, as Goliath strides towards him in a valley.",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.things.iter().any(|t| t.noun == "sling"), "{prompt}: {:?}", spec.things);
        assert!(spec.figures.iter().any(|f| f.look.wears("sling").is_some()), "{prompt}");
    }
    // Laid down beside him: it lies flat on the ground, no higher than a stone (not a fork standing up).
    let mut p = Painter { cv: Canvas::new(200, 200), tint: None };
    p.cv.px.iter_mut().for_each(|v| *v = 255);
    let mut pen = p.pen(100.0, 150.0, 2.0, false);
    crate::objects::object(&mut pen, "sling", crate::canvas::Rgb(150, 110, 70));
    let rows: Vec<usize> = p.cv.px.chunks(3).enumerate().filter(|(_, c)| *c != [255, 255, 255]).map(|(i, _)| i / 200).collect();
    let top = rows.iter().copied().min().unwrap_or(150);
    assert!(150 - top <= 24, "the sling reaches {} px up", 150 - top);
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
fn sea_creatures_swim_in_a_bay_with_a_natural_shoreline() {
    let mut p = Painter { cv: Canvas::new(400, 400), tint: None };
    p.cv.px.iter_mut().for_each(|v| *v = 255);
    let at = crate::layout::Placed { x: 200.0, y: 300.0, u: 4.0, bbox: crate::layout::Bbox { x0: 150.0, y0: 250.0, x1: 250.0, y1: 300.0 } };
    crate::shore::inlet(&mut p, &at, 150.0, false);
    // Where the water starts on each row: it moves in and out, and the bay is wider at the sea than at its end.
    let starts: Vec<usize> =
        (150..290).filter_map(|y| (0..400).find(|&x| p.cv.px[(y * 400 + x) * 3 + 2] > 150 && p.cv.px[(y * 400 + x) * 3] < 120)).collect();
    assert!(starts.len() > 100, "{starts:?} {:?}", &p.cv.px[(200 * 400 + 200) * 3..(200 * 400 + 200) * 3 + 3]);
    let (min, max) = (starts.iter().copied().min().unwrap_or(0), starts.iter().copied().max().unwrap_or(0));
    assert!(max - min > 12, "a straight edge: the water starts between x {min} and {max}");
    assert!(starts[0] < starts[starts.len() - 1], "wider at the sea: {starts:?}");
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

//! Tests of water: a storm with huge waves and a man thrown in, who is in
//! the water up to the waist, a ship out at sea on open water, boats and sea
//! creatures on and in the water, the shore by the sea, a bay's natural
//! shoreline, and rain falling from a grey sky.

use crate::canvas::Canvas;
use crate::paint::Painter;
use crate::place::Place;
use crate::read::Spec;
use crate::tests::picture_pixels;

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
fn a_man_splashing_or_thrown_into_the_sea_is_in_the_water() {
    for prompt in [
        "A calm blue sea with a wooden ship, and a man splashing in the water as the clouds clear.",
        "A man thrown into the stormy sea from a wooden ship as huge waves crash.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().any(|f| f.wet), "{prompt}");
        // The front of the picture is sea, not sand: the bottom rows are blue.
        let px = picture_pixels(prompt);
        let bottom = &px[512 * 480 * 3..];
        let blue = bottom.chunks(3).filter(|p| p[2] > p[0] + 40).count();
        assert!(blue > bottom.len() / 3 * 9 / 10, "{prompt}: {blue}");
    }
    assert!(
        !Spec::read("A man with a brown beard climbing onto a wooden ship at a busy harbour by the sea.").figures.iter().any(|f| f.wet)
    );
}

#[test]
fn a_ship_out_at_sea_floats_big_on_open_water() {
    for prompt in ["A wooden ship out at sea.", "Jonah, a man in a brown robe, on a wooden ship out at sea."] {
        let spec = Spec::read(prompt);
        assert!(crate::aboard::open_water(&spec), "{prompt}");
        // Drawn big in front, not a speck on the horizon.
        let placing = crate::aboard::place(&spec, 512, 512, 300.0).expect("the ship is placed");
        let hull = placing.holder.bbox;
        assert!(hull.x1 - hull.x0 > 250.0, "{prompt}: {hull:?}");
        // No sand anywhere: the bottom rows are sea, and sea meets the hull on both sides.
        let px = picture_pixels(prompt);
        let sand = px.chunks(3).filter(|p| p[0] > 220 && p[1] > 195 && p[2] < 180 && p[2] > 120).count();
        assert!(sand < 200, "{prompt}: {sand} sandy pixels");
        let bottom = &px[512 * 490 * 3..];
        assert!(bottom.chunks(3).all(|p| p[2] > p[0] + 40), "{prompt}: the bottom is not all sea");
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains("at sea") && alt.contains("ship"), "{alt}");
    }
    // On a beach the sand stays.
    assert!(!crate::aboard::open_water(&Spec::read("A girl on the beach with a boat")));
}

fn count(px: &[u8], c: [u8; 3]) -> usize {
    px.chunks(3).filter(|p| *p == c).count()
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
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
    let low = |prompt: &str| count(&picture_pixels(prompt)[512 * 300 * 3..], [60, 150, 210]);
    assert!(low("Dolphins hopped out of the water by the beach.") > 1500, "{}", low("Dolphins hopped out of the water by the beach."));
    assert!(low("Three crabs on the beach.") < 200);
    assert!(alt("Dolphins hopped out of the water by the beach.").contains("three dolphins leaping"));
}

#[test]
fn by_the_sea_is_the_shore_not_under_it() {
    use crate::place::Place;
    for prompt in [
        "Tango, a small golden bunny with a pink bow tie, and Trixie, a small white and grey seagull with a green bow tie, discovering a sparkle under the water and pink seashells, by the sparkling blue sea in the evening, everyone calm and cosy, soft picture-book illustration.",
        "Toffee, a small white bunny with a yellow scarf, and Gizmo, a small grey seal with a purple scarf, curled up asleep in a soft, mossy nook, by the sparkling sea, under a quiet starry sky at night.",
        "A puppy beside the sea, looking at a fish under the water.",
    ] {
        let place = Spec::read(prompt).place;
        assert_eq!(place, Place::Beach, "{prompt}");
        assert!(!alt(prompt).contains("under the sea"), "{prompt}");
    }
    assert_eq!(Spec::read("A little fish swimming under the sea among the coral.").place, Place::Underwater);
    assert_eq!(Spec::read("A big wooden boat floating on a wide calm sea.").place, Place::Sea);
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

/// Water-blue pixels below the sky (rows 300 on) in the leftmost and rightmost 8 columns, and in the middle 8, of a 512×512 picture.
fn water_at_sides_and_middle(px: &[u8]) -> (usize, usize) {
    let water = |x: usize, y: usize| {
        let p = &px[(y * 512 + x) * 3..(y * 512 + x) * 3 + 3];
        (i32::from(p[0]) - 80).abs() + (i32::from(p[1]) - 160).abs() + (i32::from(p[2]) - 220).abs() <= 40
    };
    let sides = (300..512).map(|y| (0..8).chain(504..512).filter(|&x| water(x, y)).count()).sum();
    let middle = (300..512).map(|y| (252..260).filter(|&x| water(x, y)).count()).sum();
    (sides, middle)
}

#[test]
fn a_lake_or_pond_is_wide_still_water_with_shore_on_both_sides_not_a_river() {
    let heroes = [
        "Malo, a boy with olive skin and short black hair in a red hoodie, and Grandpa, a grandpa with tan skin and a beard in a red jacket",
        "A green frog on a lily pad",
        "Nico, a boy with light skin in yellow dungarees",
        "A family of ducks paddling in a line",
    ];
    let waters =
        ["by a quiet blue lake", "at the edge of calm shiny water with reeds, by a quiet blue lake", "in a little pond", "beside the lake"];
    for hero in heroes {
        for water in waters {
            let prompt = format!("{hero}, {water} in the morning, soft picture-book illustration.");
            let spec = Spec::read(&prompt);
            assert_eq!(spec.place, Place::Lake, "{prompt}");
            let (sides, middle) = water_at_sides_and_middle(&picture_pixels(&prompt));
            assert!(
                sides == 0 && middle > 0,
                "{prompt}: a lake has shore at both sides ({sides} water pixels there, {middle} in the middle)"
            );
        }
    }
    let river = water_at_sides_and_middle(&picture_pixels("A boy by a river in the morning"));
    assert!(river.0 > 0, "a river still runs across the whole picture");
}

#[test]
fn rain_that_stopped_or_is_not_falling_is_not_drawn() {
    let sky_blue = |prompt: &str| {
        let px = crate::tests::decode(&crate::picture(prompt, 256, 256).expect("png").0).2;
        px[..256 * 40 * 3].chunks(3).filter(|p| p[2] > 200 && p[2] > p[0].saturating_add(40)).count()
    };
    let subjects =
        ["a white dove flying over a big wooden boat on the calm water", "a girl and a boy walking in a meadow", "a fox in a forest"];
    let ended = ["at last the rain stopped", "after the rain", "with no rain", "when the rain was over", "the rain has stopped"];
    let mut wet = Vec::new();
    for subject in subjects {
        for said in ended {
            let prompt = format!("{}, {said}, under a blue sky.", upper(subject));
            let spec = Spec::read(&prompt);
            if spec.rainy || spec.place == Place::Storm || sky_blue(&prompt) == 0 {
                wet.push(prompt);
            }
        }
        // Rain still falling is still drawn.
        assert!(Spec::read(&format!("{subject} in the pouring rain.")).rainy, "{subject}");
    }
    assert!(wet.is_empty(), "{} of {} drawn wet: {wet:?}", wet.len(), subjects.len() * ended.len());
}

fn upper(s: &str) -> String {
    s[..1].to_uppercase() + &s[1..]
}

#[test]
fn the_big_fish_and_the_whale_are_huge_beside_a_man() {
    let mut small = Vec::new();
    for (prompt, fish) in [
        ("A big fish at the edge of a sandy beach, and a man with seaweed on his head standing on the shore.", "big fish"),
        ("Jonah, a bearded man in a brown robe, beside a big fish on the beach.", "big fish"),
        ("A man and a whale by the sea.", "whale"),
        ("A boy and a girl watching a whale on the beach.", "whale"),
    ] {
        let spec = Spec::read(prompt);
        let plan = crate::cast::plan(&spec, 512, 512);
        let size = |want: &dyn Fn(&crate::read::Figure) -> bool| {
            plan.pieces
                .iter()
                .filter(|(p, _)| matches!(p, crate::cast::Piece::Figure { f, .. } if want(f)))
                .map(|(_, at)| ((at.bbox.x1 - at.bbox.x0), (at.bbox.y1 - at.bbox.y0)))
                .next()
        };
        let (Some(big), Some(person)) = (size(&|f| f.noun == fish), size(&|f| f.fam == crate::catalog::Fam::Person)) else {
            small.push(format!("{prompt}: not both drawn in the row"));
            continue;
        };
        if !(big.0 > person.0 * 2.5 && big.1 > person.1 * 0.8) {
            small.push(format!("{prompt}: {fish} {big:?} beside a person {person:?}"));
        }
    }
    assert!(small.is_empty(), "{small:#?}");
}

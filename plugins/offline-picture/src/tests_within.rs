//! Tests of who is drawn in a boat or a building, the building a picture is
//! about, fish said as food, and the people nouns the storytellers write.

use crate::aboard;
use crate::canvas::Canvas;
use crate::cast::{self, Piece};
use crate::catalog::{self, Fam, PEOPLE};
use crate::paint::Painter;
use crate::read::Spec;

/// A pixel's column or row, from its index in a picture `w` wide.
type Coord = fn(usize, u32) -> u32;

fn describe(prompt: &str) -> String {
    crate::describe::describe(&Spec::read(prompt))
}

/// (prompt, how many drawn in it, what the alt text says).
const IN_IT: &[(&str, usize, &str)] = &[
    (
        "A small wooden boat tossed by big waves on a dark stormy lake, with frightened men holding on.",
        3,
        "three men in a small wooden boat",
    ),
    (
        "Jesus in a white robe sitting with his friends in a wooden boat on a calm moonlit lake, talking gently.",
        4,
        "a man in a white robe and three friends in a wooden boat",
    ),
    ("A wooden fishing boat with Jesus in a white robe and his friends sailing on a calm lake at dusk.", 4, "in a wooden fishing boat"),
    ("a fisherman in his boat on the lake", 1, "a fisherman in his boat"),
    ("the disciples in a boat on the sea", 3, "three disciples in a boat"),
    (
        "Jesus in a white robe asleep on a cushion at the back of a wooden boat while his friends try to wake him in the storm.",
        4,
        "a man in a white robe asleep and three friends in a wooden boat",
    ),
    ("Noah's family on the ark under a rainbow", 4, "on an ark"),
    ("a dragon in a castle at night", 1, "a dragon at the door of a castle"),
    ("a princess at the window of the tower", 1, "a princess at the door of a tower"),
    ("a bunny at the door of a little house in the woods", 1, "a bunny at the door of a little house"),
];

#[test]
fn someone_in_a_boat_or_a_building_is_drawn_in_it_and_the_alt_text_says_so() {
    for &(prompt, n, says) in IN_IT {
        let spec = Spec::read(prompt);
        for (w, h) in [(512, 512), (1024, 512), (512, 1024)] {
            let placing = aboard::place(&spec, w, h, h as f32 * 0.59);
            let Some(placing) = placing else { panic!("{prompt:?}: no one is drawn in it") };
            assert_eq!(placing.members.len(), n, "{prompt:?}: who is in it");
            let b = placing.holder.bbox;
            assert!(b.inside(w as f32, h as f32, cast::margin(w, h)), "{prompt:?} at {w}x{h}: {b:?} inside the frame");
            for (f, _, at) in &placing.members {
                let m = at.bbox;
                assert!(
                    m.x0 >= b.x0 - 0.5 && m.x1 <= b.x1 + 0.5 && m.y0 >= b.y0 - 0.5 && m.y1 <= b.y1 + 0.5,
                    "{prompt:?} at {w}x{h}: the {} at {m:?} is not within {b:?}",
                    f.noun
                );
                assert!((m.y1 - m.y0).max(m.x1 - m.x0) > h.min(w) as f32 * 0.06, "{prompt:?}: the {} is big enough to see", f.noun);
            }
            // Each one shows: its pixels still seen over the gunwale or in the doorway reach at least half as
            // tall as it is drawn (upper body and head), and a lying one shows at least half its length.
            let mut full = Painter { cv: Canvas::new(w, h), tint: None };
            aboard::draw(&mut full, &spec, &placing, false);
            if spec.things.get(placing.thing).is_some_and(|t| t.fam == Fam::Big) {
                aboard::members(&mut full, &placing);
            }
            for (f, flip, at) in &placing.members {
                let mut alone = Painter { cv: Canvas::new(w, h), tint: None };
                cast::figure(&mut alone, f, at.x, at.y, at.u, *flip, false);
                let px = |cv: &Canvas, i: usize| [cv.px[i * 3], cv.px[i * 3 + 1], cv.px[i * 3 + 2]];
                let own: Vec<usize> = (0..alone.cv.px.len() / 3).filter(|&i| px(&alone.cv, i) != [0, 0, 0]).collect();
                let seen: Vec<usize> = own.iter().copied().filter(|&i| px(&full.cv, i) == px(&alone.cv, i)).collect();
                let reach = |v: &[usize], by: Coord| {
                    let k = v.iter().map(|&i| by(i, w));
                    k.clone().max().unwrap_or(0).saturating_sub(k.min().unwrap_or(0))
                };
                let by: Coord = if f.asleep { |i, w| i as u32 % w } else { |i, w| i as u32 / w };
                assert!(
                    !own.is_empty() && reach(&seen, by) * 2 >= reach(&own, by),
                    "{prompt:?} at {w}x{h}: the {} shows {} of its {} pixels' reach",
                    f.noun,
                    reach(&seen, by),
                    reach(&own, by)
                );
            }
            // Nobody in it stands in the front row as well.
            let row = cast::plan(&spec, w, h).pieces.iter().filter(|(p, _)| matches!(p, Piece::Figure { .. })).count();
            let all: usize = spec.figures.iter().map(|f| f.count.min(4)).sum();
            assert_eq!(row + n, all, "{prompt:?}: everyone drawn once");
        }
        let alt = describe(prompt);
        assert!(alt.contains(says), "{prompt:?}: {alt:?} should say {says:?}");
        assert!(!alt.contains("beside a castle") && !alt.contains("beside a wooden boat"), "{prompt:?}: {alt:?}");
    }
}

#[test]
fn someone_beside_a_boat_or_a_castle_stays_beside_it() {
    for prompt in [
        "three men beside a small boat on the beach",
        "a princess and a dragon near a castle",
        "Noah and two lions beside a big wooden boat",
        "A happy little boy held by a princess in a palace garden, with his mother and his sister smiling nearby.",
        "Pairs of animals, two giraffes and two elephants, walking up a ramp into a big wooden boat.",
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.within.is_none(), "{prompt:?}: {:?}", spec.within);
        assert!(describe(prompt).contains("beside"), "{prompt:?}: {}", describe(prompt));
    }
}

#[test]
fn a_building_the_picture_is_about_is_drawn_big_and_one_in_passing_small() {
    for prompt in [
        "a tall red and white lighthouse on a rocky shore at night",
        "climbing wet rocks towards a tall red and white lighthouse",
        "a lighthouse by the sea at sunset",
        "a dragon in a castle at night",
        "an old castle on a hill",
        "Sprout, a small orange crab with a green bandana, and Ember, a small grey seal with a yellow bow tie, celebrating together, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.",
    ] {
        let spec = Spec::read(prompt);
        for (w, h) in [(512, 512), (1024, 512), (512, 1024)] {
            let placing = aboard::place(&spec, w, h, h as f32 * 0.59);
            let Some(b) = placing.map(|p| p.holder.bbox) else { panic!("{prompt:?}: the building is not drawn in front") };
            assert!(b.y1 - b.y0 >= h as f32 / 3.0, "{prompt:?} at {w}x{h}: only {} tall", b.y1 - b.y0);
            assert!(b.inside(w as f32, h as f32, cast::margin(w, h)), "{prompt:?} at {w}x{h}: {b:?} inside the frame");
        }
    }
    for prompt in ["a girl with a kite on the beach near a lighthouse", "a princess and a dragon near a castle"] {
        assert!(aboard::place(&Spec::read(prompt), 512, 512, 300.0).is_none(), "{prompt:?}: the building stays at the back");
    }
}

#[test]
fn fish_said_as_food_is_drawn_as_food() {
    for (prompt, says, drawn) in [
        ("a boy with two fish and five loaves in a basket", "two fish to eat", "fish to eat"),
        ("a cat with a fish for dinner", "a fish to eat", "fish to eat"),
        ("Jesus in a white robe, with bread and fish and a basket, by the sea", "a fish to eat", "fish to eat"),
        ("a basket of bread and fish for the hungry people", "a basket of bread", "basket of bread"),
        ("a basket of bread on a table", "a basket of bread", "basket of bread"),
        ("a girl with a basket full of fish by the lake for dinner", "a basket of fish", "basket of fish"),
        (
            "A young boy holding out a small basket with five loaves of bread and two fish to Jesus in a white robe.",
            "a small basket of loaves and two fish to eat",
            "fish to eat",
        ),
    ] {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().all(|f| f.fam != Fam::Sea), "{prompt:?}: a live fish in {:?}", spec.figures);
        let plan = cast::plan(&spec, 512, 512);
        assert!(
            plan.pieces.iter().all(|(p, _)| !matches!(p, Piece::Figure { f, .. } if f.fam == Fam::Sea)),
            "{prompt:?}: a fish stands in the row"
        );
        assert!(plan.pieces.iter().any(|(p, _)| matches!(p, Piece::Small { t, .. } if t.noun == drawn)), "{prompt:?}: no {drawn} drawn");
        let alt = describe(prompt);
        assert!(alt.contains(says), "{prompt:?}: {alt:?}");
    }
    for prompt in ["a fish jumping in the ocean", "a girl and a fish under the sea"] {
        assert!(Spec::read(prompt).figures.iter().any(|f| f.noun == "fish"), "{prompt:?}: a live fish");
    }
}

/// People nouns the storytellers write (`offline-story`'s words and Bible stories), with how the alt text counts them.
const PEOPLE_SAID: &[(&str, &str)] = &[
    ("three teachers in a classroom", "three teachers"),
    ("a teacher in a classroom", "a teacher"),
    ("the disciples on a hill", "three disciples"),
    ("two shepherds and their sheep on a hill", "two shepherds"),
    ("two soldiers by a palace", "two soldiers"),
    ("the crowds in a town", "eight people"),
    ("two wise men under a bright star", "two wise men"),
    ("a wise man on a camel", "a wise man"),
    ("the sailors on the beach", "three sailors"),
    ("two friends in a garden", "two friends"),
    ("grandma and grandpa in the garden", "a grandma and a grandpa"),
    ("a king and a queen", "a king and a queen"),
    ("a prince and a princess", "a prince and a princess"),
    ("two princesses in a garden", "two princesses"),
    ("two fishermen by the lake", "two fishermen"),
    ("his brothers in a field", "three brothers"),
    ("the neighbours in the street", "three neighbours"),
    ("two servants in a palace hall", "two servants"),
];

#[test]
fn people_nouns_are_drawn_as_people_counted_as_written() {
    for &(prompt, says) in PEOPLE_SAID {
        let spec = Spec::read(prompt);
        assert!(spec.figures.iter().any(|f| f.fam == Fam::Person), "{prompt:?}: no person in {:?}", spec.figures);
        let alt = describe(prompt);
        assert!(alt.starts_with(says), "{prompt:?}: {alt:?} should start {says:?}");
    }
    // Every people noun, one and two of them.
    for &(noun, _, _) in PEOPLE {
        if matches!(noun, "person") {
            continue;
        }
        let one = Spec::read(&format!("a {noun} in a meadow"));
        assert!(one.figures.len() == 1 && one.figures[0].noun == noun && one.figures[0].count == 1, "a {noun}: {:?}", one.figures);
        let many = catalog::plural(noun);
        let two = Spec::read(&format!("two {many} in a meadow"));
        assert!(two.figures.len() == 1 && two.figures[0].noun == noun && two.figures[0].count == 2, "two {many}: {:?}", two.figures);
        assert!(describe(&format!("two {many} in a meadow")).starts_with(&format!("two {many}")), "two {many}");
    }
}

//! The front row's layout over many prompts (one to a crowd of characters,
//! every creature size, with and without things, vehicles and buildings):
//! every character and small thing lies whole inside the frame, none covers
//! another, the boxes hold what is really drawn, big vehicles and buildings
//! stay inside too, and no scenery is painted over a character.

use crate::canvas::Canvas;
use crate::cast::{self, Piece};
use crate::layout::{self, Frame};
use crate::paint::Painter;
use crate::read::Spec;

const CAST: &[&str] = &[
    "a girl",
    "a boy and a girl",
    "a man, a woman and a child",
    "a huge elephant",
    "a big whale",
    "a giraffe and a huge elephant",
    "a big dragon, a small mouse and a girl",
    "two lions and a man",
    "a big bear, a small fox and a girl",
    "a hippo, a camel and a horse",
    "three sheep and a shepherd",
    "Mary and Joseph and a baby in a basket",
    "Noah's family and the animals",
    "a sleeping bear and a boy",
    "a girl with a butterfly and a bee",
    "a big shark, a small crab and a little fish",
    "a giant troll, a huge yeti and a tiny mouse",
    "a big giraffe, a big camel and a big elephant",
    "a short man sitting in a green tree and a man",
    "two sisters and a baby in a manger",
];

const WITH: &[&str] = &[
    "",
    " with a red balloon",
    " with a kite, a lantern and three flowers",
    " beside a red car",
    " beside a big wooden boat",
    " beside a castle and a lighthouse",
    " with a giant shimmering bubble and a map",
    " beside a rocket, a house and a tall tree",
];

const WHERE: &[&str] = &["in a meadow", "under the sea", "on the moon", "in a palace", "inside a big fish", "in the snow at night"];

const SIZES: &[(u32, u32)] = &[(512, 512), (1024, 512), (512, 1024), (700, 900)];

fn prompts() -> Vec<(String, (u32, u32))> {
    let mut out = Vec::new();
    for (i, who) in CAST.iter().enumerate() {
        for (j, with) in WITH.iter().enumerate() {
            let place = WHERE[(i + j) % WHERE.len()];
            out.push((format!("{who}{with} {place}"), SIZES[(i * 3 + j) % SIZES.len()]));
        }
    }
    out
}

/// Pixels a piece's body (its shadow left out) paints outside its box (a pixel's slack allowed), drawn alone on a blank canvas.
fn outside_its_box(piece: &Piece, at: &layout::Placed, size: (u32, u32)) -> usize {
    let mut p = Painter { cv: Canvas::new(size.0, size.1), tint: None };
    crate::cast_piece::body(piece).draw(&mut p, at.x, at.y, at.u);
    let b = at.bbox;
    p.cv.px
        .chunks(3)
        .enumerate()
        .filter(|(_, px)| px.iter().any(|&v| v > 0))
        .filter(|(i, _)| {
            let (x, y) = ((i % size.0 as usize) as f32, (i / size.0 as usize) as f32);
            x < b.x0 - 2.0 || x > b.x1 + 1.0 || y < b.y0 - 2.0 || y > b.y1 + 1.0
        })
        .count()
}

#[test]
fn every_figure_and_small_thing_is_inside_the_frame_and_none_overlap() {
    let mut wrong = Vec::new();
    for (k, (prompt, (w, h))) in prompts().iter().enumerate() {
        let spec = Spec::read(prompt);
        let plan = cast::plan(&spec, *w, *h);
        assert!(!plan.pieces.is_empty() || spec.figures.is_empty(), "nothing planned for {prompt:?}");
        let margin = cast::margin(*w, *h);
        for (i, (piece, at)) in plan.pieces.iter().enumerate() {
            if !at.bbox.inside(*w as f32, *h as f32, margin) {
                wrong.push(format!("{prompt:?} {w}x{h}: {piece:?} at {:?} is not inside the frame", at.bbox));
            }
            for (other, bt) in &plan.pieces[i + 1..] {
                if at.bbox.overlaps(&bt.bbox) {
                    wrong.push(format!("{prompt:?}: {:?} and {:?} overlap", kind(piece), kind(other)));
                }
            }
            // The box is what is drawn (checked on every third prompt, to keep the test quick).
            if k % 3 == 0 {
                let spill = outside_its_box(piece, at, (*w, *h));
                if spill > 0 {
                    wrong.push(format!("{prompt:?}: {:?} paints {spill} pixels outside its box", kind(piece)));
                }
            }
        }
        // No character is shrunk to a speck.
        if let Some((piece, at)) = plan
            .pieces
            .iter()
            .filter(|(p, _)| !matches!(p, Piece::Small { .. } | Piece::Ride { .. }))
            .find(|(_, at)| at.bbox.y1 - at.bbox.y0 < *h as f32 * 0.06)
        {
            wrong.push(format!("{prompt:?}: {:?} is only {} pixels tall", kind(piece), at.bbox.y1 - at.bbox.y0));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

fn kind(p: &Piece) -> &'static str {
    match p {
        Piece::Figure { f, .. } | Piece::Cradle { f, .. } | Piece::Perched { f, .. } => f.noun,
        Piece::Small { t, .. } | Piece::Ride { t, .. } => t.noun,
    }
}

#[test]
fn a_crowd_is_drawn_smaller_than_one_alone() {
    let height = |prompt: &str| {
        let plan = cast::plan(&Spec::read(prompt), 512, 512);
        plan.pieces.iter().find(|(p, _)| kind(p) == "elephant").map(|(_, at)| at.bbox.y1 - at.bbox.y0).unwrap_or(0.0)
    };
    let alone = height("a huge elephant in a meadow");
    let crowd = height("a huge elephant, a big giraffe, a big camel, a big hippo and a big horse in a meadow");
    assert!(alone > 0.0 && crowd < alone * 0.8, "alone {alone}, in a crowd {crowd}");
}

#[test]
fn big_vehicles_and_buildings_are_kept_inside_the_frame() {
    let f = Frame { w: 512.0, h: 512.0, base: 460.0, margin: 10.0, gap: 0.0 };
    for noun in ["ark", "rocket", "train", "hot air balloon"] {
        let e = layout::measure(|p, x, y, u| crate::vehicles::vehicle(&mut p.pen(x, y, u, false), noun, crate::canvas::Rgb(200, 100, 50)));
        for (x, y, u) in [(0.0, 300.0, 3.0), (512.0, 300.0, 3.0), (256.0, 120.0, 6.0), (256.0, 500.0, 2.0)] {
            let (x, y, u) = layout::keep_inside(e, x, y, u, f);
            let b = layout::Bbox { x0: x - e.left * u, y0: y - e.up * u, x1: x + e.right * u, y1: y + e.down * u };
            assert!(b.inside(f.w, f.h, f.margin), "{noun} at {b:?}");
            assert!(u > 0.5, "{noun} still drawn: {u}");
        }
    }
}

/// Nothing painted after a character covers it: at each character's own pixels, the finished
/// picture shows the character's colours (flowers, grass and the place's scenery are behind).
#[test]
fn no_scenery_or_thing_is_painted_over_a_character() {
    for prompt in [
        "a girl and a big bear in a meadow with flowers and grass",
        "a girl in a red coat with a small green snail and three flowers in a garden full of flowers",
        "a boy with a kite and a lantern on a farm",
        "a brave girl, a big bear and a small fox with a lantern and a kite in a meadow with flowers",
        "a girl and a dog by a river with reeds",
        "a crab and a girl on the beach with shells",
        "a boy in the snow with a sled",
        "a man praying inside a big fish",
    ] {
        let spec = Spec::read(prompt);
        let full = crate::draw::paint_spec(&spec, 512, 512);
        let plan = cast::plan(&spec, 512, 512);
        for (piece, at) in plan.pieces.iter().filter(|(p, _)| matches!(p, Piece::Figure { .. })) {
            let Piece::Figure { f, .. } = piece else { continue };
            let mut alone = Painter { cv: Canvas::new(512, 512), tint: None };
            crate::cast_piece::body(piece).draw(&mut alone, at.x, at.y, at.u);
            // Inner pixels only (all four neighbours painted the same), where edges do not blend.
            let px = &alone.cv.px;
            let same = |i: usize, j: usize| px[i * 3..i * 3 + 3] == px[j * 3..j * 3 + 3];
            let inner: Vec<usize> = (513..512 * 511)
                .filter(|&i| px[i * 3..i * 3 + 3].iter().any(|&v| v > 0) && [i - 1, i + 1, i - 512, i + 512].iter().all(|&j| same(i, j)))
                .collect();
            let kept = inner.iter().filter(|&&i| full.px[i * 3..i * 3 + 3] == px[i * 3..i * 3 + 3]).count();
            assert!(inner.len() > 200, "{prompt:?}: {} is drawn", f.noun);
            assert!(kept as f32 > inner.len() as f32 * 0.97, "{prompt:?}: only {kept} of {} of the {}'s pixels show", inner.len(), f.noun);
        }
    }
}

//! Animals told apart by their shapes and colours in the picture: a fox is
//! bigger, long and low with its tail out behind (white-tipped) and a white
//! chest; a squirrel is small, sits up with its tail curled up over its back.

use crate::cast::{Piece, plan};
use crate::layout::Bbox;
use crate::read::Spec;

const PAIRS: &[&str] = &[
    "a fox and a squirrel in the forest",
    "a squirrel and a fox in a meadow",
    "a grey squirrel and a fox in the snow",
    "a red squirrel and a little fox by a tree",
    "Rusty the fox and Nutkin the squirrel in the woods",
    "a squirrel with a fox on a green hill",
    "a big fox and a small squirrel in a garden full of flowers",
    "a fox, a squirrel and a bunny in the forest",
    "a happy squirrel and a happy fox having a picnic in the park",
    "two squirrels and a fox in a meadow",
];

#[test]
fn a_fox_and_a_squirrel_are_told_apart_by_shape_size_and_colour() {
    let mut wrong = Vec::new();
    for prompt in PAIRS {
        let spec = Spec::read(prompt);
        let placed = plan(&spec, 512, 512);
        let bbox = |noun: &str| {
            placed.pieces.iter().find_map(|(p, at)| match p {
                Piece::Figure { f, .. } if f.noun == noun => Some(at.bbox),
                _ => None,
            })
        };
        let (Some(fox), Some(squirrel)) = (bbox("fox"), bbox("squirrel")) else {
            wrong.push(format!("{prompt}: not both drawn"));
            continue;
        };
        let w = |b: &Bbox| b.x1 - b.x0;
        let h = |b: &Bbox| b.y1 - b.y0;
        let px = crate::tests::decode(&crate::draw::render_png(prompt, 512, 512).expect("png")).2;
        // Pixels of colour `c` in a box, or in its outer fifth on either side (where a tail ends).
        let count = |b: &Bbox, c: crate::canvas::Rgb, ends: bool| {
            let (x0, x1) = (b.x0.max(0.0) as usize, (b.x1 as usize).min(511));
            let edge = ((x1 - x0) / 5).max(1);
            (b.y0.max(0.0) as usize..(b.y1 as usize).min(511))
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, _)| !ends || x < x0 + edge || x >= x1 - edge)
                .filter(|&(x, y)| px[(y * 512 + x) * 3..(y * 512 + x) * 3 + 3] == [c.0, c.1, c.2])
                .count()
        };
        let white = crate::woodland::WHITE;
        let checks = [
            ("the fox is bigger", h(&fox) * w(&fox) > 1.5 * h(&squirrel) * w(&squirrel)),
            ("the fox is long and low, its tail out behind", w(&fox) > 1.4 * h(&fox)),
            ("the squirrel sits up, its tail curled up over its back", h(&squirrel) > w(&squirrel)),
            ("the fox has a white chest and tail tip", count(&fox, white, false) > 60 && count(&fox, white, true) > 15),
            ("the squirrel has no white", count(&squirrel, white, false) == 0),
        ];
        for (what, ok) in checks {
            if !ok {
                wrong.push(format!("{prompt}: {what} (fox {fox:?}, squirrel {squirrel:?})"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

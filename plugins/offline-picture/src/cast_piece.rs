//! The pieces of the front row (a character, a baby in its cradle, a small
//! thing, a vehicle standing by, someone up in a tree), how each is drawn
//! at its base point, and how far each reaches (measured).

use crate::canvas::Rgb;
use crate::cast_draw::figure;
use crate::catalog::Fam;
use crate::layout;
use crate::paint::Painter;
use crate::read::{Figure, Thing};
use crate::{buildings, objects};
use storyloom_plugin_sdk::rng::Rng;

/// One drawing in the front row.
#[derive(Debug, Clone)]
pub enum Piece {
    /// A character, mirrored or not, with a shadow or not.
    Figure { f: Figure, flip: bool, shadow: bool },
    /// A baby lying in its basket (the basket drawn at `basket` times the baby's unit).
    Cradle { f: Figure, basket: Thing, flip: bool, basket_scale: f32 },
    /// A small thing standing on the ground.
    Small { t: Thing, flip: bool },
    /// A vehicle standing on the ground beside the characters (a car, a rocket on the moon).
    Ride { t: Thing, flip: bool, snowy: bool },
    /// A character up in a tree, among its leaves.
    Perched { f: Figure, tree: Rgb, flip: bool },
}

/// The tree a perched character sits in, in the character's units: about twice as tall.
const TREE: f32 = 1.6;

impl Piece {
    /// Paint this piece with its base point at (x, y) and pen unit `u`.
    pub fn draw(&self, p: &mut Painter, x: f32, y: f32, u: f32) {
        match self {
            Piece::Figure { f, flip, shadow } => figure(p, f, x, y, u, *flip, *shadow),
            Piece::Cradle { f, basket, flip, basket_scale } => {
                let bu = u * basket_scale;
                figure(p, f, x, y - bu * 6.0, u, *flip, false);
                let mut pen = p.pen(x, y, bu, *flip);
                if basket.fam == Fam::Big {
                    // A manger: the same size as a basket.
                    pen.u *= 0.7;
                    buildings::draw(&mut pen, basket.noun, Some(basket.colour), &mut Rng::new(0), false);
                } else {
                    objects::object(&mut pen, basket.noun, basket.colour);
                }
            }
            Piece::Ride { t, flip, snowy } => {
                crate::draw::thing(p, t, crate::draw::Spot { x, y, u, flip: *flip }, &mut Rng::new(0), *snowy);
            }
            Piece::Perched { f, tree, flip } => {
                let tu = u * TREE;
                let mut pen = p.pen(x, y, tu, *flip);
                buildings::draw(&mut pen, "tree", Some(*tree), &mut Rng::new(0), false);
                // Standing on a branch in the crown, leaves in front of the feet.
                let feet = y - tu * 62.0;
                figure(p, f, x, feet, u, *flip, false);
                let leaf = p.lit(*tree);
                for dx in [-18.0, 0.0, 18.0] {
                    let s = crate::canvas::Shape::Ellipse { x: x + dx * u, y: feet + u * 2.0, rx: u * 13.0, ry: u * 8.0 };
                    p.cv.outlined(&s, leaf, (u * 1.1).clamp(1.2, 4.0));
                }
            }
            Piece::Small { t, flip } => {
                let mut pen = p.pen(x, y, u, *flip);
                let rainbow = t.noun == "crayon" && t.words.split(' ').any(|w| w == "rainbow");
                objects::object(&mut pen, if rainbow { "rainbow crayon" } else { t.noun }, t.colour);
            }
        }
    }
}

/// How far a piece's body reaches from its base point, per unit of its pen (its shadow on the ground left out).
pub fn extent(piece: &Piece) -> layout::Extent {
    let body = body(piece);
    layout::measure(|p, x, y, u| body.draw(p, x, y, u))
}

/// The piece without its shadow on the ground.
pub fn body(piece: &Piece) -> Piece {
    match piece {
        Piece::Figure { f, flip, .. } => Piece::Figure { f: f.clone(), flip: *flip, shadow: false },
        other => other.clone(),
    }
}

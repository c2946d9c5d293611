//! The characters: how big each is drawn and who a group's members are.
//! Drawing one character is `cast_draw.rs`, the pieces of the front row
//! `cast_piece.rs`, and the plan of where each stands `cast_plan.rs` (all
//! re-exported here, so callers say `cast::plan`, `cast::figure`…).

use crate::catalog::{self, Fam};
use crate::catalog_kin::drawn_as;
use crate::people;
use crate::read::Figure;

pub use crate::cast_draw::{figure, lying};
pub use crate::cast_piece::{Piece, extent};
pub use crate::cast_plan::{Plan, flown, margin, plan};

/// How big a character is drawn, as a fraction of the unit.
pub fn scale(f: &Figure) -> f32 {
    let kind = drawn_as(f.noun);
    let base = match f.fam {
        Fam::Person => 0.4 * people::height(f.noun),
        // A fox is bigger than a round sitting animal, a squirrel smaller.
        Fam::Critter => match kind {
            "fox" => 0.36,
            "squirrel" => 0.22,
            _ => 0.3,
        },
        Fam::Beast => {
            if matches!(kind, "elephant" | "hippo" | "rhino" | "giraffe" | "camel" | "horse") {
                0.42
            } else {
                0.34
            }
        }
        Fam::Bird => 0.28,
        Fam::Bug => 0.24,
        Fam::Sea => {
            // The great fish that swallowed Jonah, a whale: huge beside anyone.
            if matches!(kind, "whale" | "big fish") {
                0.9
            } else if kind == "shark" {
                0.46
            } else {
                0.3
            }
        }
        _ => 0.36,
    };
    base * match f.look.big {
        Some(true) => 1.2,
        Some(false) => 0.85,
        None => 1.0,
    }
}

/// The `k`th of a figure's group: "people" are a man, a woman and children; "the animals" go two by two.
pub fn member(f: &Figure, k: usize) -> Figure {
    let kinds: &[&'static str] = match f.noun {
        "person" => return crate::bible_dress::one_of_the_people(f, k),
        "animal" => &["giraffe", "giraffe", "elephant", "elephant", "lion", "lion"],
        // "two sisters": each one of a group of people is told apart from the others.
        _ if f.fam == Fam::Person && k > 0 => {
            let mut one = f.clone();
            one.count = 1;
            one.look.variant = one.look.variant.saturating_add(u8::try_from(k).unwrap_or(u8::MAX));
            return one;
        }
        _ => return f.clone(),
    };
    let noun = kinds[k % kinds.len()];
    let fam = catalog::entry(noun).map_or(f.fam, |e| e.1);
    Figure {
        noun,
        fam,
        count: 1,
        look: f.look.clone(),
        named: false,
        asleep: f.asleep,
        hurt: f.hurt,
        fallen: f.fallen,
        wet: f.wet,
        pose: f.pose,
    }
}

//! Young and little animals beside children: "a baby penguin", "a little
//! lamb" is small in life, so it is never drawn taller than the shortest
//! child in the row, nor as big as a grown animal in a zoo's enclosure.
//! (A baby elephant or giraffe may still stand taller than a child.)

use crate::cast::Piece;
use crate::catalog::Fam;
use crate::catalog_kin::drawn_as;
use crate::layout::Item;
use crate::read::Figure;

/// Animals big in life: even young ones may stand as tall as a child.
const BIG_IN_LIFE: &[&str] = &["elephant", "giraffe", "hippo", "rhino", "camel", "horse", "whale", "big fish", "shark", "bear", "dinosaur"];

/// A young or little animal ("baby", "little", "small", "tiny" said before it) that is small in life.
pub fn small_young(f: &Figure) -> bool {
    !matches!(f.fam, Fam::Person | Fam::Fantasy) && f.look.big == Some(false) && !BIG_IN_LIFE.contains(&drawn_as(f.noun))
}

/// The pen size of a zoo animal the prompt names: a young or little one no bigger than `young_size`.
pub fn zoo_pen(f: &Figure, size: f32, young_size: f32) -> f32 {
    if small_young(f) { size.min(young_size) } else { size }
}

/// Shrink each young animal in the row that would stand taller than the shortest child to that child's height.
pub fn no_taller_than_children(row: &mut [(Piece, Item)]) {
    let child = |p: &Piece| match p {
        Piece::Figure { f, .. } => f.fam == Fam::Person && f.noun != "baby",
        _ => false,
    };
    let shortest = row.iter().filter(|(p, _)| child(p)).map(|(_, it)| it.ext.up * it.u).fold(f32::MAX, f32::min);
    if shortest == f32::MAX {
        return;
    }
    for (piece, item) in row.iter_mut() {
        let young = matches!(piece, Piece::Figure { f, .. } if small_young(f));
        if young && item.ext.up * item.u > shortest && item.ext.up > 0.0 {
            item.u = shortest / item.ext.up;
        }
    }
}

//! A tiny door ("a tiny red door at the bottom of a big old tree", "a little
//! door in the wall") is small, at the foot of what it is in: with a tree
//! there, the tree is drawn with the door in its trunk; alone, it is a small
//! door on the ground, never a tall red pillar.

use crate::canvas::Rgb;
use crate::paint::Pen;
use crate::read::Spec;

/// Words that make a door tiny.
const TINY: &[&str] = &["tiny", "little", "small", "wee", "teeny"];

/// Whether the prompt's door is a tiny one.
fn tiny(spec: &Spec) -> bool {
    spec.things.iter().any(|t| t.noun == "door" && t.words.split_whitespace().any(|w| TINY.contains(&w)))
}

/// The big things at the back (`noun`, colour, count): a tiny door goes into the tree's trunk when a tree stands
/// there ("door tree", in the door's colour), or else stands small on its own ("tiny door").
pub fn tuck(spec: &Spec, backs: &mut Vec<(&str, Option<Rgb>, usize)>) {
    if !tiny(spec) {
        return;
    }
    let Some(d) = backs.iter().position(|b| b.0 == "door") else { return };
    let colour = backs[d].1;
    if let Some(t) = backs.iter().position(|b| b.0 == "tree") {
        backs[t] = ("door tree", colour, 1);
        backs.remove(d);
    } else {
        backs[d] = ("tiny door", colour, 1);
    }
}

/// A small arched door with a knob, `s` times a door's size, its foot at the pen's base point.
pub fn door(pen: &mut Pen<'_>, col: Rgb, s: f32) {
    let w = 20.0 * s;
    pen.rect(-w, -60.0 * s, w, 0.0, col);
    pen.ellipse(0.0, -60.0 * s, w, w * 0.6, col);
    pen.rect(-w * 0.6, -50.0 * s, w * 0.6, -2.0 * s, col.darker(0.15));
    pen.dot(w * 0.5, -28.0 * s, 2.2 * s.max(0.5), Rgb(240, 200, 80));
}

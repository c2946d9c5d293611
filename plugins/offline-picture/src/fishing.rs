//! Fishing: "going fishing", "fishing on the lake", "with a fishing rod" put
//! a rod in the hands of the first person (or, with no one, the first
//! character), its line hanging down to the water with a fish on the hook.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::paint::Pen;
use crate::read::Figure;
use crate::wear::Head;

/// What a fishing rod is called in a look, and its colour.
pub const ROD: &str = "fishing rod";
pub const ROD_COLOUR: Rgb = Rgb(40, 110, 190);

/// Words that say someone is fishing.
const FISHING: &[&str] = &["fishing", "fishing rod", "fishing rods", "fishing line", "rod and line", "casting a line", "caught a fish"];

/// Gives the rod to the one fishing: the first person, else the first character.
pub(crate) fn read(lower: &str, figures: &mut [Figure]) {
    // "a fishing boat", "fishing nets" say what a boat or net is for, not that someone holds a rod.
    let lower = ["boat", "boats", "net", "nets", "village", "town"]
        .iter()
        .fold(lower.to_string(), |l, k| l.replace(&format!(" fishing {k} "), " "));
    if !FISHING.iter().any(|k| lower.contains(&format!(" {k} "))) {
        return;
    }
    let who = figures.iter().position(|f| f.fam == Fam::Person && !f.asleep).or(if figures.is_empty() { None } else { Some(0) });
    if let Some(f) = who.and_then(|i| figures.get_mut(i)).filter(|f| f.look.wears(ROD).is_none()) {
        f.look.wear.push((ROD, ROD_COLOUR));
    }
}

/// The rod held out from the hand, its line down to the water, a little fish on the hook.
pub fn rod(pen: &mut Pen<'_>, h: Head) {
    let (x, y, r) = (h.x, h.y, h.r);
    let (hx, hy) = (x + r * 1.4, y + r * 1.3);
    let (tx, ty) = (x + r * 4.6, y - r * 2.6);
    pen.flat_poly(&[(hx - r * 0.1, hy), (hx + r * 0.1, hy), (tx + r * 0.05, ty), (tx - r * 0.05, ty)], ROD_COLOUR);
    let end = y + r * 2.2;
    pen.flat_poly(&[(tx - r * 0.02, ty), (tx + r * 0.02, ty), (tx + r * 0.02, end), (tx - r * 0.02, end)], Rgb(235, 235, 240));
    pen.ellipse(tx, end + r * 0.3, r * 0.5, r * 0.25, Rgb(250, 150, 60));
    pen.poly(&[(tx + r * 0.4, end + r * 0.3), (tx + r * 0.75, end + r * 0.05), (tx + r * 0.75, end + r * 0.55)], Rgb(250, 150, 60));
}

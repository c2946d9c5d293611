//! Birds in flight: a dove, a seagull or any bird said to fly ("flew",
//! "flying", "sent out a dove") is drawn up in the air with its wings spread
//! wide, legs tucked, never standing like a hen; a dove with an olive leaf
//! holds the green leaf in its beak. Called by `birds.rs`; the flying is read
//! by `read_cues.rs`.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::Head;

/// Birds that never fly (drawn standing even when others fly).
const GROUNDED: &[&str] = &["penguin", "hen", "chicken", "rooster", "chick", "ostrich", "turkey", "duckling"];

/// Whether a bird of this kind can be drawn flying.
pub(crate) fn can_fly(noun: &str) -> bool {
    !GROUNDED.contains(&noun)
}

/// Drawn with its wings spread: flying, or a dove or a seagull (whose wings are what make them one).
pub(crate) fn spread(noun: &str, look: &Look) -> bool {
    can_fly(noun) && (look.flying || matches!(noun, "dove" | "seagull" | "seabird" | "pigeon"))
}

/// Two wings spread up and out from the body's back, behind it, feathers marked.
pub(crate) fn wings(pen: &mut Pen<'_>, body: Rgb, by: f32) {
    let wing = body.darker(0.08);
    for (dx, tip) in [(-6.0, -40.0), (6.0, 34.0)] {
        pen.poly(&[(dx - 10.0, by - 4.0), (dx + 10.0, by - 6.0), (tip, by - 46.0), (tip - 10.0, by - 40.0)], wing);
        pen.flat_poly(&[(dx - 4.0, by - 10.0), (dx + 2.0, by - 12.0), (tip - 3.0, by - 40.0), (tip - 8.0, by - 37.0)], wing.darker(0.12));
    }
}

/// A green olive leaf held in the beak, its tip forward.
pub(crate) fn leaf(pen: &mut Pen<'_>, head: Head, beak_len: f32) {
    let (x, y) = (head.x + head.r * 0.8 + beak_len * 0.6, head.y + 2.0);
    let green = Rgb(90, 165, 70);
    pen.poly(&[(x - 2.0, y), (x + 6.0, y + 5.0), (x + 16.0, y + 7.0), (x + 8.0, y + 1.0)], green);
    pen.flat_poly(&[(x - 2.0, y), (x + 14.0, y + 6.5), (x + 14.0, y + 5.5), (x - 2.0, y - 1.0)], green.darker(0.3));
}

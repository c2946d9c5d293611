//! Bible-times head coverings: a man's headcloth (over the hair, hanging
//! down beside the face to the shoulders, held by a dark cord) and a
//! woman's veil (a shawl over the head, draped past the shoulders). Given by
//! `bible_dress::dress` as the wear "headcloth", its colour picked from the
//! character's own words so the same person wears the same one in every
//! scene; drawn by `wear.rs`. Children go bare-headed.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;
use crate::wear::Head;

/// The wear's name.
pub const NOUN: &str = "headcloth";

/// Men's headcloths: cream, white, sand, a soft blue, a striped tan's base.
pub const CLOTHS: &[Rgb] = &[Rgb(240, 235, 220), Rgb(250, 250, 245), Rgb(214, 192, 150), Rgb(160, 180, 205), Rgb(200, 160, 120)];
/// Women's veils, one for each headcloth: blue, cream, rust, olive, lilac.
pub const VEILS: &[Rgb] = &[Rgb(95, 125, 175), Rgb(236, 228, 210), Rgb(185, 115, 90), Rgb(150, 160, 115), Rgb(195, 175, 205)];
const CORD: Rgb = Rgb(110, 75, 50);

/// People drawn bare-headed: children, Jesus (as children's Bibles draw him), and those with a crown, helmet
/// or costume hat of their own (a shepherd has his own headcloth).
pub(crate) fn bare(noun: &str, look: &Look) -> bool {
    matches!(
        noun,
        "boy"
            | "girl"
            | "child"
            | "kid"
            | "baby"
            | "toddler"
            | "shepherd boy"
            | "shepherd"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "angel"
            | "soldier"
            | "guard"
            | "giant"
            | "knight"
            | "astronaut"
            | "sailor"
    ) || ["crown", "hat", "armour", "helmet"].iter().any(|w| look.wears(w).is_some())
        || look.name == storyloom_plugin_sdk::rng::fnv1a(storyloom_plugin_sdk::rng::FNV_START, b"jesus")
}

/// The headcloth a person's own words give them: the same words (or name), the same cloth in every scene.
pub(crate) fn pick(noun: &str, look: &Look) -> Rgb {
    let k = look.key(noun) % CLOTHS.len() as u64;
    CLOTHS[usize::try_from(k).unwrap_or(0)]
}

/// The colour drawn: the cloth for a man, the matching veil for a woman; another one for the second of two alike.
fn colour(look: &Look, cloth: Rgb, woman: bool) -> Rgb {
    let k = CLOTHS.iter().position(|c| *c == cloth).unwrap_or(0) + usize::from(look.variant);
    if woman { VEILS[k % VEILS.len()] } else { CLOTHS[k % CLOTHS.len()] }
}

/// The cloth a `noun` wears, and whether it is a woman's veil: none for a child of a crowd given one.
fn worn(noun: &str, look: &Look) -> Option<(Rgb, bool)> {
    let woman = crate::people::female(noun);
    look.wears(NOUN).filter(|_| !bare(noun, look)).map(|cloth| (colour(look, cloth, woman), woman))
}

/// The part behind the head and shoulders (before the body).
pub fn behind(pen: &mut Pen<'_>, noun: &str, look: &Look, h: Head) {
    let Some((c, woman)) = worn(noun, look) else { return };
    let (x, y, r) = (h.x, h.y, h.r);
    let (wide, low) = if woman { (1.45, 1.9) } else { (1.2, 1.3) };
    pen.poly(
        &[(x - r * 1.1, y - r * 0.5), (x + r * 1.1, y - r * 0.5), (x + r * wide, y + r * low), (x - r * wide, y + r * low)],
        c.darker(0.1),
    );
}

/// The part over the hair and down beside the face (after the head).
pub fn front(pen: &mut Pen<'_>, noun: &str, look: &Look, h: Head) {
    let Some((c, woman)) = worn(noun, look) else { return };
    let (x, y, r) = (h.x, h.y, h.r);
    if woman {
        // A rounded veil over the top of the head.
        pen.ellipse(x, y - r * 0.62, r * 1.12, r * 0.62, c);
    } else {
        pen.poly(
            &[(x - r * 1.06, y - r * 0.35), (x + r * 1.06, y - r * 0.35), (x + r * 0.88, y - r * 1.18), (x - r * 0.88, y - r * 1.18)],
            c,
        );
    }
    // The sides hang down beside the cheeks, leaving the eyes and face uncovered.
    for s in [-1.0, 1.0] {
        pen.poly(
            &[
                (x + s * r * 0.82, y - r * 0.47),
                (x + s * r * 1.12, y - r * 0.47),
                (x + s * r * 1.18, y + r * 0.9),
                (x + s * r * 0.88, y + r * 0.95),
            ],
            c,
        );
    }
    if !woman {
        pen.flat_poly(
            &[(x - r * 1.06, y - r * 0.47), (x + r * 1.06, y - r * 0.47), (x + r * 1.06, y - r * 0.3), (x - r * 1.06, y - r * 0.3)],
            CORD,
        );
    }
}

//! Grown-ups of the Bible stories drawn as grown-ups: a giant in armour (a
//! huge warrior with a helmet, a spear and a stern face), soldiers and guards
//! in armour with helmets and spears, sailors in striped shirts and caps, all
//! bearded men; frightened faces in a storm. Called by `people.rs`.

use crate::canvas::Rgb;
use crate::look::Look;
use crate::paint::Pen;

const BRONZE: Rgb = Rgb(196, 150, 70);
const STEEL: Rgb = Rgb(185, 190, 200);

/// Dressed for battle: soldiers and guards, and a giant said to be in armour.
pub(crate) fn armoured(noun: &str, look: &Look) -> bool {
    matches!(noun, "soldier" | "guard") || (noun == "giant" && look.wears("armour").is_some())
}

/// The look a grown man of these kinds is drawn with: a beard when none is said.
pub(crate) fn grown(noun: &str, look: &Look) -> Look {
    let mut look = look.clone();
    if look.beard.is_none() && (armoured(noun, &look) || noun == "sailor") {
        look.beard = Some(look.hair.unwrap_or(Rgb(70, 50, 40)));
    }
    if noun == "sailor" && look.stripes.is_none() {
        look.stripes = Some(Rgb(245, 245, 250));
    }
    look
}

/// The spear held upright at the side, behind the arm.
pub(crate) fn behind(pen: &mut Pen<'_>, noun: &str, look: &Look) {
    if armoured(noun, look) {
        pen.rect(-27.0, -118.0, -24.0, -2.0, Rgb(120, 80, 45));
        pen.poly(&[(-29.5, -118.0), (-21.5, -118.0), (-25.5, -134.0)], STEEL);
    }
}

/// Over the body and head: the breastplate, belt and helmet, or a sailor's cap; then the face.
pub(crate) fn front(pen: &mut Pen<'_>, noun: &str, look: &Look, skin: Rgb) {
    if armoured(noun, look) {
        let metal = if noun == "giant" { BRONZE } else { STEEL };
        pen.poly(&[(-13.0, -60.0), (13.0, -60.0), (12.0, -38.0), (-12.0, -38.0)], metal);
        pen.flat_poly(&[(-1.0, -58.0), (1.0, -58.0), (1.0, -40.0), (-1.0, -40.0)], metal.darker(0.25));
        pen.rect(-13.0, -38.0, 13.0, -34.0, Rgb(110, 70, 40));
        for x in [-10.0, -4.0, 2.0, 8.0] {
            pen.rect(x, -34.0, x + 4.5, -24.0, metal.darker(0.15));
        }
        // The helmet over the hair, a crest on top and guards down the cheeks.
        pen.ellipse(0.0, -86.0, 18.5, 12.0, metal);
        pen.rect(-18.5, -86.0, 18.5, -82.0, metal.darker(0.2));
        pen.rect(-18.5, -84.0, -14.5, -70.0, metal);
        pen.rect(14.5, -84.0, 18.5, -70.0, metal);
        pen.poly(&[(-3.0, -97.0), (3.0, -97.0), (0.0, -108.0)], Rgb(190, 50, 45));
    }
    if noun == "sailor" {
        let cap = Rgb(40, 55, 95);
        pen.ellipse(0.0, -90.0, 17.0, 6.0, cap);
        pen.rect(-17.0, -90.0, 17.0, -86.0, cap.darker(0.2));
    }
    if armoured(noun, look) {
        face(pen, skin, look, false);
    } else if look.afraid {
        face(pen, skin, look, true);
    }
}

/// A stern face (brows down, a straight mouth) or a frightened one (brows up, a round open mouth),
/// drawn over the usual smile.
fn face(pen: &mut Pen<'_>, skin: Rgb, look: &Look, afraid: bool) {
    if pen.lids {
        return;
    }
    let round = look.beard.unwrap_or(skin);
    pen.ellipse(0.0, -67.5, 4.5, 3.2, round);
    let dark = Rgb(60, 35, 40);
    if afraid {
        pen.ellipse(0.0, -67.0, 2.2, 2.8, dark);
        for s in [-1.0, 1.0] {
            pen.flat_poly(&[(s * 3.5, -81.0), (s * 10.0, -83.5), (s * 10.0, -82.0), (s * 3.5, -79.5)], dark);
        }
    } else {
        pen.flat_poly(&[(-3.5, -68.0), (3.5, -68.0), (3.5, -66.6), (-3.5, -66.6)], dark);
        for s in [-1.0, 1.0] {
            pen.flat_poly(&[(s * 3.0, -80.0), (s * 10.5, -82.5), (s * 10.5, -80.8), (s * 3.0, -78.3)], dark);
        }
    }
}

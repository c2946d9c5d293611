//! Children drawn from simple shapes: a girl, a boy or any child, and dressed
//! up as a princess, an astronaut, a wizard or a fairy. About 100 units tall,
//! drawn around the feet.

use crate::canvas::{Rgb, Shape};
use crate::look::Look;
use crate::paint::Pen;
use storyloom_plugin_sdk::rng::Rng;

/// Which child, and dressed how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kid {
    Girl,
    Boy,
    Child,
    Princess,
    Astronaut,
    Wizard,
    Fairy,
}

const SKIN: &[Rgb] = &[Rgb(255, 224, 196), Rgb(241, 194, 150), Rgb(198, 134, 90), Rgb(141, 85, 54)];
const HAIR: &[Rgb] = &[Rgb(50, 40, 40), Rgb(120, 70, 40), Rgb(240, 200, 110), Rgb(200, 90, 40)];
const CLOTHES: &[Rgb] = &[Rgb(240, 90, 110), Rgb(90, 150, 230), Rgb(250, 190, 60), Rgb(120, 200, 120), Rgb(170, 120, 220)];

/// Draw a child; `look` (the story's hero) decides what it says, and its
/// seed the rest, so the hero looks the same in every scene.
pub fn child(pen: &mut Pen<'_>, kind: Kid, rng: &mut Rng, look: Option<&Look>) {
    let mut own = look.and_then(|l| l.seed).map(Rng::new);
    let rng = match own.as_mut() {
        Some(own) => own,
        None => rng,
    };
    let said = look.cloned().unwrap_or_default();
    let skin = said.skin.unwrap_or_else(|| rng.pick_or(SKIN, SKIN[0]));
    let hair = said.hair.unwrap_or_else(|| rng.pick_or(HAIR, HAIR[0]));
    let mut clothes = said.clothes.unwrap_or_else(|| rng.pick_or(CLOTHES, CLOTHES[0]));
    let long_hair = said.long_hair.unwrap_or_else(|| match kind {
        Kid::Girl | Kid::Princess | Kid::Fairy => true,
        Kid::Boy => false,
        _ => rng.coin(),
    });
    let dress = said
        .dress
        .unwrap_or_else(|| matches!(kind, Kid::Girl | Kid::Princess | Kid::Fairy) || (kind == Kid::Child && long_hair && rng.coin()));
    match kind {
        Kid::Princess => clothes = Rgb(240, 130, 190),
        Kid::Astronaut => clothes = Rgb(240, 242, 248),
        Kid::Wizard => clothes = Rgb(80, 90, 190),
        _ => {}
    }

    if kind == Kid::Fairy {
        for s in [-1.0, 1.0] {
            let (x, y) = (pen.ox + s * 16.0 * pen.u * pen.flip, pen.oy - 60.0 * pen.u);
            let wing = Shape::Ellipse { x, y, rx: 12.0 * pen.u, ry: 18.0 * pen.u };
            pen.p.cv.fill_grown(&wing, pen.u, Rgb(120, 160, 220), 0.6);
            pen.p.cv.fill_grown(&wing, 0.0, Rgb(210, 235, 255), 0.7);
        }
    }
    if long_hair {
        pen.ellipse(0.0, -72.0, 19.0, 21.0, hair);
    }
    let legs = if kind == Kid::Astronaut { clothes } else { skin };
    pen.rect(-9.0, -30.0, -3.0, -4.0, legs);
    pen.rect(3.0, -30.0, 9.0, -4.0, legs);
    let shoe = if kind == Kid::Astronaut { Rgb(150, 160, 180) } else { Rgb(90, 60, 60) };
    pen.ellipse(-7.0, -3.0, 6.5, 3.5, shoe);
    pen.ellipse(7.0, -3.0, 6.5, 3.5, shoe);
    for s in [-1.0, 1.0] {
        pen.ellipse(s * 16.0, -44.0, 4.5, 12.0, if kind == Kid::Astronaut || kind == Kid::Wizard { clothes } else { skin });
        pen.circle(s * 17.0, -32.0, 4.0, skin);
    }
    if dress || kind == Kid::Wizard {
        pen.poly(&[(-10.0, -60.0), (10.0, -60.0), (22.0, -24.0), (-22.0, -24.0)], clothes);
    } else {
        pen.rect(-12.0, -34.0, 12.0, -24.0, clothes.darker(0.35));
        pen.poly(&[(-12.0, -60.0), (12.0, -60.0), (13.0, -32.0), (-13.0, -32.0)], clothes);
    }
    if kind == Kid::Astronaut {
        pen.rect(-6.0, -52.0, 6.0, -42.0, Rgb(120, 170, 230));
    }
    pen.circle(0.0, -76.0, 17.0, skin);
    if kind != Kid::Astronaut || long_hair {
        pen.ellipse(0.0, -88.0, 16.0, 7.0, hair);
    }
    pen.eyes(0.0, -75.0, 6.5, 2.6);
    pen.smile(0.0, -67.5, 2.6, skin);
    pen.cheeks(0.0, -70.0, 10.0, 3.0, skin);
    match kind {
        Kid::Princess => {
            let gold = Rgb(250, 205, 70);
            pen.rect(-9.0, -98.0, 9.0, -92.0, gold);
            for x in [-7.0, 0.0, 7.0] {
                pen.poly(&[(x - 3.0, -97.0), (x + 3.0, -97.0), (x, -105.0)], gold);
            }
        }
        Kid::Wizard => {
            pen.ellipse(0.0, -91.0, 22.0, 4.0, clothes.darker(0.2));
            pen.poly(&[(-13.0, -92.0), (13.0, -92.0), (4.0, -126.0)], clothes);
            pen.dot(0.0, -106.0, 2.2, Rgb(250, 220, 90));
        }
        Kid::Astronaut => {
            let (x, y, r) = (pen.ox, pen.oy - 76.0 * pen.u, 23.0 * pen.u);
            let glass = Shape::Circle { x, y, r };
            pen.p.cv.fill_grown(&glass, 0.0, Rgb(220, 240, 255), 0.15);
            pen.p.cv.ring(x, y, r, (pen.u * 1.6).clamp(1.5, 5.0), Rgb(120, 130, 160));
            pen.p.cv.fill_grown(
                &Shape::Ellipse { x: x - 9.0 * pen.u * pen.flip, y: y - 10.0 * pen.u, rx: 5.0 * pen.u, ry: 3.0 * pen.u },
                0.0,
                Rgb(255, 255, 255),
                0.7,
            );
        }
        _ => {}
    }
}

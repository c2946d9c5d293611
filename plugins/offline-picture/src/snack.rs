//! A snack in the hand: "having a snack", "shared crunchy apple slices",
//! "munching cookies". Each person awake holds the food up in one hand: an
//! apple slice, a cookie or a sandwich, whichever the prompt names.

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::paint::Pen;
use crate::read::Figure;
use crate::read_words::Tok;
use crate::wear::Head;

/// Words of eating something small.
const EATING: &[&str] = &[
    "snack",
    "snacks",
    "eating",
    "eat",
    "ate",
    "munching",
    "munched",
    "nibbling",
    "nibbled",
    "crunching",
    "crunchy",
    "sharing",
    "shared",
    "picnic",
];

/// The foods held, by the words that name them.
const FOODS: &[(&str, &str)] = &[("apple", "apple slice"), ("apples", "apple slice"), ("sandwich", "sandwich"), ("sandwiches", "sandwich")];

/// Whether the words say a snack is eaten, and which food: a cookie unless another is named.
pub fn read(toks: &[Tok], figures: &mut [Figure]) {
    // "giraffes eating leaves": eating said right after an animal is the animal's, no snack in anyone's hand.
    let animals = |k: usize| {
        let mut j = k;
        while j > 0 && !toks[j - 1].brk && !toks[j - 1].stop {
            j -= 1;
            let kind = crate::read_words::noun_at(toks, j).and_then(|n| crate::catalog::entry(n.0)).map(|e| e.1);
            if let Some(fam) = kind.filter(|f| f.is_character()) {
                return fam != Fam::Person;
            }
        }
        false
    };
    let said = |w: &str| toks.iter().enumerate().any(|(k, t)| t.w == w && !animals(k));
    // "sharing the toys" is no snack: eating, a snack, or a food named with "sharing".
    let food = FOODS.iter().find(|f| said(f.0)).map(|f| f.1).or_else(|| (said("cookie") || said("cookies")).then_some("cookie"));
    let eating = EATING.iter().filter(|w| !matches!(**w, "sharing" | "shared" | "crunchy" | "crunching")).any(|w| said(w));
    if !(eating || food.is_some() && EATING.iter().any(|w| said(w))) {
        return;
    }
    let kind = food.unwrap_or("cookie");
    for f in figures.iter_mut().filter(|f| f.fam == Fam::Person && !f.asleep) {
        f.look.wear.push((kind, Rgb(0, 0, 0)));
    }
}

/// The food held up in the hand beside the head `h`.
pub fn draw(pen: &mut Pen<'_>, look: &crate::look::Look, h: Head) {
    let (x, y) = (h.x - h.r * 1.0, h.y + h.r * 2.3);
    let r = h.r * 0.42;
    if look.wears("apple slice").is_some() {
        pen.ellipse(x, y, r * 1.2, r * 0.8, Rgb(220, 50, 50));
        pen.flat_ellipse(x, y - r * 0.15, r * 1.0, r * 0.55, Rgb(250, 245, 215));
        pen.dot(x, y - r * 0.15, r * 0.12, Rgb(90, 60, 40));
    } else if look.wears("sandwich").is_some() {
        pen.poly(&[(x - r * 1.2, y + r * 0.8), (x + r * 1.2, y + r * 0.8), (x, y - r * 1.1)], Rgb(240, 215, 160));
        pen.flat_poly(
            &[(x - r * 0.9, y + r * 0.45), (x + r * 0.9, y + r * 0.45), (x + r * 0.8, y + r * 0.25), (x - r * 0.8, y + r * 0.25)],
            Rgb(110, 190, 80),
        );
    } else if look.wears("cookie").is_some() {
        pen.circle(x, y, r, Rgb(210, 160, 100));
        for (dx, dy) in [(-0.4, -0.3), (0.35, -0.1), (-0.05, 0.4)] {
            pen.dot(x + dx * r, y + dy * r, r * 0.16, Rgb(90, 55, 35));
        }
    }
}

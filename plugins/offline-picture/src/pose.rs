//! A person's pose said in the prompt ("a man kneeling and praying by the
//! window", "Jesus sitting on a hillside", "ten brothers bowing"): read from
//! the person's own words, bent into the drawing by the pen (`Pen::at` calls
//! `bend`), and said in the alt text. Lying asleep is `Figure::asleep`.

use crate::catalog::Fam;
use crate::read_types::Figure;
use crate::read_words::Tok;

/// How the body is held.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Stance {
    #[default]
    Stand,
    /// On the knees: the body lowered by the shins, the robe pooled on the ground.
    Kneel,
    /// Sitting on the ground: the body lowered by the legs, the knees in front.
    Sit,
    /// Bowing: the body bent forward at the waist, the head low.
    Bow,
}

/// A person's pose: the stance, and the hands held together in prayer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pose {
    pub stance: Stance,
    pub praying: bool,
}

const KNEEL: &[&str] = &["kneeling", "kneels", "knelt", "kneel"];
const SIT: &[&str] = &["sitting", "sits", "sat", "seated"];
const BOW: &[&str] = &["bowing", "bowed", "bowing down"];
const PRAY: &[&str] = &["praying", "prays", "prayed", "pray"];

/// Each person's pose: a pose word is said of the last person named before it in its sentence ("a kind man
/// with a donkey kneeling", "Daniel, a man with a brown beard, kneeling"), never of one named after it.
pub(crate) fn read(figures: &mut [Figure], toks: &[Tok], spans: &[(usize, usize)]) {
    let starts: Vec<(usize, usize)> =
        figures.iter().zip(spans).enumerate().filter(|(_, (f, _))| f.fam == Fam::Person).map(|(i, (_, s))| (i, s.0)).collect();
    let word = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
    for k in 0..toks.len() {
        let w = word(k);
        // "a sitting room" is a room; "folded hands", "hands together", "on his knees" are prayer and kneeling.
        let kneel = (KNEEL.contains(&w) && word(k + 1) != "room")
            || (w == "on" && (word(k + 1) == "knees" || matches!(word(k + 1), "his" | "her" | "their") && word(k + 2) == "knees"));
        let sit = SIT.contains(&w) && word(k + 1) != "room";
        let bow = BOW.contains(&w);
        let pray = PRAY.contains(&w) || (w, word(k + 1)) == ("folded", "hands") || (w, word(k + 1)) == ("hands", "together");
        if !(kneel || sit || bow || pray) {
            continue;
        }
        let Some(&(i, _)) = starts.iter().filter(|(_, a)| *a <= k && !toks[*a..k].iter().any(|t| t.stop)).max_by_key(|(_, a)| *a) else {
            continue;
        };
        let pose = &mut figures[i].pose;
        pose.praying |= pray;
        // Kneeling outranks bowing, bowing sitting: "kneeling and bowing down", "sitting, then kneeling".
        pose.stance = match (pose.stance, kneel, bow, sit) {
            (_, true, _, _) | (Stance::Kneel, ..) => Stance::Kneel,
            (_, _, true, _) | (Stance::Bow, ..) => Stance::Bow,
            (_, _, _, true) | (Stance::Sit, ..) => Stance::Sit,
            _ => Stance::Stand,
        };
    }
}

/// The words the alt text says after a person: " kneeling and praying", " sitting"…
pub(crate) fn said(f: &Figure) -> &'static str {
    if f.asleep || f.fallen || f.fam != Fam::Person {
        return "";
    }
    match (f.pose.stance, f.pose.praying) {
        (Stance::Kneel, true) => " kneeling and praying",
        (Stance::Kneel, false) => " kneeling",
        (Stance::Sit, true) => " sitting and praying",
        (Stance::Sit, false) => " sitting",
        (Stance::Bow, _) => " bowing",
        (Stance::Stand, true) => " praying",
        (Stance::Stand, false) => "",
    }
}

/// Where a point (x, y) of an upright drawing (in its units, feet at 0, hips at `HIPS`) goes in `stance`.
pub(crate) fn bend(stance: Stance, x: f32, y: f32) -> (f32, f32) {
    const HIPS: f32 = -30.0;
    // (how far the hips come down, how tall the legs are drawn below them)
    let (drop, legs) = match stance {
        Stance::Stand => return (x, y),
        Stance::Kneel => (14.0, 16.0),
        Stance::Sit => (22.0, 8.0),
        Stance::Bow => {
            if y >= HIPS {
                return (x, y);
            }
            let up = HIPS - y;
            return (x + up * 0.45, HIPS - up * 0.75);
        }
    };
    if y <= HIPS { (x, y + drop) } else { (x, -legs + (y - HIPS) * legs / -HIPS) }
}

/// What a pose adds to the drawing: the legs folded on the ground behind a kneeling body (`front` false),
/// the knees in front of a sitting one (`front` true).
pub(crate) fn knees(pen: &mut crate::paint::Pen<'_>, clothes: crate::canvas::Rgb, shoe: crate::canvas::Rgb, front: bool) {
    let stance = pen.pose.stance;
    pen.pose.stance = Stance::Stand;
    match stance {
        Stance::Kneel if !front => {
            // The robe or legs folded on the ground, wider than the body, the soles of the feet behind.
            pen.ellipse(0.0, -4.0, 25.0, 5.5, clothes.darker(0.08));
            for s in [-1.0, 1.0] {
                pen.ellipse(s * 20.0, -3.0, 5.0, 3.0, shoe);
            }
        }
        Stance::Sit if front => {
            for s in [-1.0, 1.0] {
                pen.ellipse(s * 8.0, -6.0, 7.0, 5.5, clothes);
                pen.ellipse(s * 9.0, -1.5, 5.5, 3.0, shoe);
            }
        }
        _ => {}
    }
    pen.pose.stance = stance;
}

/// The hands held together in prayer in front of the chest, the forearms up to them (drawn over the body).
pub(crate) fn praying_hands(pen: &mut crate::paint::Pen<'_>, sleeves: crate::canvas::Rgb, skin: crate::canvas::Rgb) {
    for s in [-1.0, 1.0] {
        pen.poly(&[(s * 12.0, -58.0), (s * 16.0, -54.0), (s * 5.0, -44.0), (s * 2.0, -48.0)], sleeves);
    }
    pen.poly(&[(0.0, -62.0), (3.5, -55.0), (3.5, -46.0), (-3.5, -46.0), (-3.5, -55.0)], skin);
    pen.flat_poly(&[(-0.4, -60.0), (0.4, -60.0), (0.4, -47.0), (-0.4, -47.0)], skin.darker(0.3));
}

//! One creature ridden: "riding Taffy", "on the back of Humbug, a big grey
//! whale" ride the named whale, and when the friend already in the picture is
//! the kind ridden ("Wafer, a crab, and Taffy, a whale, at last riding a
//! whale"), the whale ridden is that friend, not a second, bigger one: the
//! others sit on its back. A donkey, horse or camel carries one person at a
//! time: the one said riding it, never the herd led beside it.

use crate::catalog_kin::drawn_as;
use crate::read::Figure;
use crate::read_words::Tok;
use crate::ride::{Mount, Ride, mount_kind};
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

/// "riding Taffy", "rode on Humbug", "on the back of Humbug": the named creature after the words is ridden,
/// by everyone else in the picture.
pub fn named(toks: &[Tok], figures: &[Figure]) -> Option<Ride> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.w.as_str());
    for k in 0..toks.len() {
        let mut t = k + 1;
        if matches!(word(k), "riding" | "rides" | "rode" | "ride") {
            while matches!(word(t), "on" | "the" | "back" | "of" | "atop") {
                t += 1;
            }
        } else if !(word(k) == "back" && word(k + 1) == "of") {
            continue;
        } else {
            t = k + 2;
        }
        let name = fnv1a(FNV_START, word(t).as_bytes());
        let Some(m) = figures.iter().position(|f| f.named && f.count == 1 && f.look.name == name && mount_kind(f.noun)) else {
            continue;
        };
        let riders: Vec<usize> = (0..figures.len()).filter(|&f| f != m).take(3).collect();
        if !riders.is_empty() {
            return Some(Ride { mount: Mount::Creature(m), riders });
        }
    }
    None
}

/// The creature ridden and another of its kind, one named and one not ("Taffy, a whale, … riding a whale"):
/// they are one, the named one, ridden by everyone else; the unnamed copy goes.
pub fn merge(ride: Option<Ride>, figures: &mut Vec<Figure>) -> Option<Ride> {
    let ride = ride?;
    let Mount::Creature(m) = ride.mount else { return Some(ride) };
    let kind = |f: &Figure| crate::catalog_kin::drawn_as(f.noun);
    let Some(own) = figures.get(m).filter(|f| f.count == 1).map(kind) else { return Some(ride) };
    let twin = |r: usize| r != m && figures[r].count == 1 && kind(&figures[r]) == own && figures[r].named != figures[m].named;
    let Some(r) = (0..figures.len()).find(|&r| twin(r)) else { return Some(ride) };
    let (keep, gone) = if figures[m].named { (m, r) } else { (r, m) };
    figures.remove(gone);
    let keep = if keep > gone { keep - 1 } else { keep };
    let riders: Vec<usize> = (0..figures.len()).filter(|&f| f != keep).take(3).collect();
    (!riders.is_empty()).then_some(Ride { mount: Mount::Creature(keep), riders })
}

/// Beasts that carry one person at a time.
pub(crate) const ONE_AT_A_TIME: &[&str] = &["donkey", "horse", "pony", "camel", "zebra"];

/// Who rides the creature `mount` of those said before it (`before`, in order): on a donkey, horse or camel
/// the one said last, a person when there is one ("a man and a woman riding a donkey": the woman), never the
/// herd led beside it; on a whale or a dragon up to three.
pub(crate) fn riders_of(before: Vec<usize>, mount: &str, figures: &[Figure]) -> Vec<usize> {
    if !ONE_AT_A_TIME.contains(&drawn_as(mount)) {
        return before.into_iter().take(3).collect();
    }
    let person = |i: &&usize| figures.get(**i).is_some_and(|f| f.fam == crate::catalog::Fam::Person);
    before.iter().rev().find(person).or(before.last()).copied().into_iter().collect()
}

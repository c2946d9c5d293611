//! The hero of a crowded picture ("Jonah speaking to a big crowd of people
//! in the city", "Jesus … with the families on the hill"): who it is, and
//! standing them out in the front row's middle, drawn larger than the crowd
//! (`cast::plan` asks), in their own kept look, never lost among the others.

use crate::catalog::Fam;
use crate::read::Spec;

/// The hero's size (the crowd's people are drawn at 0.75 of theirs).
pub const LARGER: f32 = 1.05;
/// How many drawn people besides the hero make a crowd.
const CROWD: usize = 4;

/// The hero among `slots` (figure, member) of a crowded picture: the first person named on their own
/// ("Jesus in a white robe"), else the first figure when it is one person ("a man with a brown beard speaking
/// to a big crowd", the cast's hero). None when there is no crowd.
pub fn of(spec: &Spec, slots: &[(usize, usize)]) -> Option<usize> {
    let one = |i: &usize| spec.figures.get(*i).is_some_and(|f| f.fam == Fam::Person && f.count == 1);
    let hero = (0..spec.figures.len()).filter(one).find(|&i| spec.figures[i].named).or_else(|| Some(0).filter(one))?;
    let people = slots.iter().filter(|(i, _)| *i != hero && spec.figures.get(*i).is_some_and(|f| f.fam == Fam::Person)).count();
    (people >= CROWD && slots.iter().any(|s| s.0 == hero)).then_some(hero)
}

/// Moves the hero (at `at` in `row`) to the middle of the front row: the row's first `front` pieces.
pub fn to_the_front_middle<T>(row: &mut Vec<T>, at: usize, front: usize) {
    if at >= row.len() {
        return;
    }
    let hero = row.remove(at);
    let middle = (front.min(row.len() + 1) / 2).min(row.len());
    row.insert(middle, hero);
}

//! Where the characters are, said as a phrase: "at the window", "in bed",
//! "under a big tree", "on top of the hill", "by the fire". Reading the
//! phrase, the place it makes (a bed and a window are indoors, a hilltop is
//! in the hills) and how the alt text says it. `position_draw.rs` paints it.

use crate::catalog;
use crate::place::Place;
use crate::read::Thing;
use crate::read_words::Tok;

/// A position phrase the picture is drawn around.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Framed by a window, indoors, the outside seen through it (`view` is the place outside).
    Window { view: Place },
    /// Lying in a bed under a blanket, head on a pillow, in a bedroom.
    Bed,
    /// Under a big tree's canopy, its trunk behind them.
    UnderTree,
    /// On the crest of a hill, the ground falling away on both sides.
    Hilltop,
    /// Around a fire: a campfire between them, or a fireplace indoors.
    Fire,
}

/// Words that may stand between a position's first word and its noun ("in her cosy bed", "under a big old oak").
const BETWEEN: &[&str] = &[
    "the",
    "a",
    "an",
    "her",
    "his",
    "their",
    "my",
    "our",
    "its",
    "your",
    "own",
    "cosy",
    "cozy",
    "warm",
    "soft",
    "snug",
    "comfy",
    "big",
    "little",
    "small",
    "old",
    "tall",
    "great",
    "huge",
    "shady",
    "leafy",
    "wide",
    "crackling",
    "glowing",
    "bedroom",
    "open",
    "grassy",
    "green",
    "lone",
    "apple",
    "of",
];
const BED: &[&str] = &["bed", "beds", "bunk", "cot", "covers", "duvet", "quilt", "blanket", "blankets"];
const TREE: &[&str] = &["tree", "oak", "willow", "elm", "beech", "chestnut", "birch", "maple"];
const HILL: &[&str] = &["hill", "hills", "hilltop", "mountain", "mountaintop"];
const FIRE: &[&str] = &["fire", "campfire", "bonfire", "fireplace", "fireside", "hearth", "fires"];

/// Whether a phrase starting at token `i` with one of `first` reaches one of `nouns` through only [`BETWEEN`] words.
fn reaches(toks: &[Tok], i: usize, first: &[&str], nouns: &[&str]) -> bool {
    if !first.contains(&toks[i].w.as_str()) {
        return false;
    }
    for t in toks.iter().skip(i + 1).take(4) {
        if nouns.contains(&t.w.as_str()) {
            return true;
        }
        if !BETWEEN.contains(&t.w.as_str()) {
            return false;
        }
    }
    false
}

/// The position the prompt's words put the characters in, if any (`place` is the place read from them).
pub fn read(toks: &[Tok], place: Place) -> Option<Position> {
    let at = |first: &[&str], nouns: &[&str]| (0..toks.len()).any(|i| reaches(toks, i, first, nouns));
    let said = |w: &str| toks.iter().any(|t| t.w == w);
    let pair = |a: &str, b: &str| toks.windows(2).any(|p| p[0].w == a && p[1].w == b);
    if at(&["in", "into", "under", "beneath"], BED) || pair("tucked", "up") || pair("tucked", "in") {
        return Some(Position::Bed);
    }
    // "at the window of the tower" is the tower's window, someone up in it (`aboard.rs`).
    // "looking out of the window": "of" only after "out".
    let window = (0..toks.len()).any(|i| {
        let first = toks[i].w != "of" || i > 0 && toks[i - 1].w == "out";
        first && reaches(toks, i, &["at", "by", "through", "outside", "from", "out", "of", "to", "against"], &["window", "windows"])
    });
    // A window of a palace hall, a tower, a boat at sea is that place's own.
    let own = matches!(place, Place::Castle | Place::Palace | Place::Lighthouse | Place::Sea | Place::Storm);
    if window && !pair("window", "of") && !own && (!place.enclosed() || place == Place::Indoors) {
        // "watching the snow", "a snowy night": the snow is outside, through the window.
        let snow = toks.iter().any(|t| matches!(t.w.as_str(), "snow" | "snowy" | "snowing" | "snowflakes" | "snowfall"));
        return Some(Position::Window { view: if snow { Place::Snow } else { place } });
    }
    if at(&["by", "around", "round", "beside", "near", "at", "to"], FIRE) || said("fireside") {
        return Some(Position::Fire);
    }
    if at(&["under", "beneath", "underneath", "below"], TREE) || at(&["shade"], &["of"]) && said("tree") {
        return Some(Position::UnderTree);
    }
    if said("hilltop") || said("mountaintop") || at(&["top", "crest", "summit", "brow"], HILL) {
        return Some(Position::Hilltop);
    }
    None
}

impl Position {
    /// The place the picture is drawn in: a bed and a window are in a room, a hilltop is in the hills.
    pub fn place(self, said: Place) -> Place {
        match self {
            Position::Bed | Position::Window { .. } if said.enclosed() => said,
            Position::Bed | Position::Window { .. } => Place::Indoors,
            Position::Hilltop if matches!(said, Place::Meadow | Place::Garden | Place::Town) => Place::Hills,
            _ => said,
        }
    }

    /// How the alt text says it, after the characters ("a girl in bed").
    pub fn phrase(self, indoors: bool) -> &'static str {
        match self {
            Position::Window { view: Place::Snow } => "at a window, watching the snow falling outside",
            Position::Window { .. } => "at a window",
            Position::Bed => "in bed",
            Position::UnderTree => "under a big tree",
            Position::Hilltop => "on top of a hill",
            Position::Fire if indoors => "by the fire",
            Position::Fire => "around a campfire",
        }
    }
}

/// The things a position draws itself are not drawn again (the window framing them, the tree over them,
/// the fireplace indoors); "by the fire" outdoors has a campfire between them. `at` is where each was said.
pub fn things(position: Option<Position>, place: Place, pairs: &mut Vec<(Thing, usize)>, at: usize) {
    let drawn = match position {
        Some(Position::Window { .. }) => &["window"][..],
        Some(Position::UnderTree) => &["tree"][..],
        Some(Position::Fire) if place.enclosed() => &["campfire"][..],
        _ => &[][..],
    };
    pairs.retain(|(t, _)| !drawn.contains(&t.noun));
    let fire = catalog::entry("campfire").filter(|_| position == Some(Position::Fire) && !place.enclosed());
    if let Some((noun, fam, colour)) = fire.filter(|_| !pairs.iter().any(|(t, _)| t.noun == "campfire")) {
        let thing = Thing { noun, fam, count: 1, colour, words: "campfire".into() };
        pairs.push((thing, at));
    }
}

/// Words of looking out through the glass: at a window, those saying them face it, their backs to us.
const LOOKING_OUT: &[&str] =
    &[" noses ", " nose ", " pressed ", " looking out ", " peering out ", " peeking out ", " gazing out ", " staring out "];

/// "looking out of a big window, noses to the glass": the people at the window face it, seen from behind.
pub fn face_window(position: Option<Position>, lower: &str, figures: &mut [crate::read::Figure]) {
    if !matches!(position, Some(Position::Window { .. })) || !LOOKING_OUT.iter().any(|k| lower.contains(k)) {
        return;
    }
    for f in figures.iter_mut().filter(|f| f.fam == crate::catalog::Fam::Person && !f.asleep) {
        f.look.back = true;
    }
}

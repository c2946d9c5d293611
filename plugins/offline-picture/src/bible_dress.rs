//! Bible times: in a prompt naming a Bible person or place ("Noah", "Jonah",
//! "Nineveh", "Bethlehem", "the ark"…), every person wears a long robe in an
//! earthy colour (picked from their name or words, the same in every scene),
//! never a T-shirt and shorts, each of a group ("Noah's family", "a big crowd
//! of people and children") in a colour of their own.
//! Also who each one of "people" is (`one_of_the_people`).

use crate::canvas::Rgb;
use crate::catalog::Fam;
use crate::read_types::Figure;

/// Words that set a picture in Bible times.
const MARKERS: &[&str] = &[
    "noah",
    "jonah",
    "moses",
    "goliath",
    "pharaoh",
    "herod",
    "zacchaeus",
    "elijah",
    "jesus",
    "nineveh",
    "bethlehem",
    "jerusalem",
    "nazareth",
    "galilee",
    "israelites",
    "philistines",
    "philistine",
    "disciples",
    "manger",
    "ark",
    "darius",
    "nebuchadnezzar",
    "abraham",
    "boaz",
    "naomi",
    "miriam",
    "esther",
    "gideon",
    "samson",
    "goliath s",
];

/// Robes of Bible times: brown, sand, blue, olive, rust, cream, grey-purple.
pub(crate) const ROBES: &[Rgb] = &[
    Rgb(150, 105, 70),
    Rgb(205, 180, 135),
    Rgb(80, 110, 160),
    Rgb(120, 130, 80),
    Rgb(175, 95, 65),
    Rgb(225, 215, 190),
    Rgb(125, 100, 130),
];

/// Whether `lower` (the prompt's words, lower-cased and spaced) is set in Bible times.
pub(crate) fn said(lower: &str) -> bool {
    MARKERS.iter().any(|m| lower.contains(&format!(" {m} ")))
}

/// Whether the picture is a Bible story's: its tier's style says so ("… Style: warm, reverent children's Bible
/// watercolour …", added by the host to every picture of the Bible tier, whoever the scene's words name), or
/// its words name a Bible person or place.
pub(crate) fn bible_times(prompt: &str, lower: &str) -> bool {
    let prompt = prompt.to_lowercase();
    let styled = prompt.rfind("style:").is_some_and(|at| prompt[at..].split(|c: char| !c.is_alphanumeric()).any(|w| w == "bible"));
    styled || said(lower)
}

/// Puts a robe on every person with no armour, robe or dress of their own, in a Bible story's picture, and a
/// headcloth (a veil for a woman) on every grown-up with no crown or helmet.
pub(crate) fn dress(bible: bool, figures: &mut [Figure]) {
    if !bible {
        return;
    }
    for f in figures.iter_mut().filter(|f| f.fam == Fam::Person) {
        // The robe's colour from the person's name or own words alone, so the same person wears it in every scene.
        let seed = if f.look.name != 0 { f.look.name } else { f.look.key(f.noun) };
        let robe = ROBES[usize::try_from(seed % ROBES.len() as u64).unwrap_or(0)];
        // Picked from the words alone too, so kept scene to scene.
        if !crate::headcloth::bare(f.noun, &f.look) {
            let cloth = crate::headcloth::pick(f.noun, &f.look);
            f.look.wear.push((crate::headcloth::NOUN, cloth));
        }
        let own = matches!(f.look.garment().map(|g| g.0), Some("armour" | "robe" | "dress" | "space suit"));
        if own || matches!(f.noun, "angel" | "knight" | "astronaut") {
            continue;
        }
        f.look.wear.retain(|w| !crate::look::GARMENTS.contains(&w.0));
        f.look.robe = Some(robe);
    }
}

/// The `k`th of "people" ("three people", "a crowd of people"): a man, a woman, a child, a woman, each told apart
/// from the one before of their kind (other clothes, hair, robe), so a crowd is never one figure copied.
pub(crate) fn one_of_the_people(f: &Figure, k: usize) -> Figure {
    let noun = ["man", "woman", "child", "woman"][k % 4];
    let fam = crate::catalog::entry(noun).map_or(f.fam, |e| e.1);
    let variant = f.look.variant.saturating_add(u8::try_from(k).unwrap_or(u8::MAX));
    let look = crate::look::Look { variant, ..f.look.clone() };
    Figure { noun, fam, count: 1, look, named: false, ..f.clone() }
}

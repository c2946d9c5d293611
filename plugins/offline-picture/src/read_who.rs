//! Who is in the picture, from the names and words around them: which
//! capitalised words are names, the Bible names drawn as men and women, the
//! one sitting up in a tree, who is left out when the picture is crowded, and
//! two alike in one picture told apart.

use crate::catalog::{self, COLOURS, Fam};
use crate::read::Figure;
use crate::read_words::{ADJECTIVES, MOST_OF_A_KIND, NUMBERS, Tok};

/// Whether token `i` is a name ("Mia", "Noah"), not a word the painter knows.
pub(crate) fn is_name(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    if !t.cap || t.w.len() < 2 || ["a", "an", "the", "i"].contains(&t.w.as_str()) {
        return false;
    }
    let introduced = t.brk && toks.get(i + 1).is_some_and(|n| ["a", "an", "the"].contains(&n.w.as_str()));
    // A first word is a name only when it is no word the painter knows ("Jesus in a white robe", not "Rainbow over…").
    let w = t.w.as_str();
    let known = catalog::entry(w).is_some()
        || catalog::singular(w).is_some()
        || ADJECTIVES.contains(&w)
        || COLOURS.iter().any(|c| c.0 == w)
        || NUMBERS.iter().any(|n| n.0 == w)
        || ["once", "in", "on", "at", "under", "deep", "one", "this", "there", "it", "we", "my", "our", "some", "pairs", "traders", "ten"]
            .contains(&w);
    let greeting = crate::read_absent::GREETINGS.contains(&w);
    // "Grumpy men in fine robes", "Sleepy lions": a word right before a kind of character describes it.
    let kind =
        |n: &Tok| catalog::entry(&n.w).or_else(|| catalog::singular(&n.w).and_then(catalog::entry)).is_some_and(|e| e.1.is_character());
    let describes = !t.brk && toks.get(i + 1).is_some_and(|n| !n.cap && kind(n));
    introduced || !known && !greeting && !describes && !in_place_name(toks, i)
}

/// Words that end a place's name: "Pebble Mountain", "the Whispering Woods", "Sunny Hill Farm".
const PLACE_ENDS: &[&str] = &[
    "mountain",
    "mountains",
    "hill",
    "hills",
    "woods",
    "wood",
    "forest",
    "lake",
    "river",
    "valley",
    "island",
    "beach",
    "bay",
    "park",
    "town",
    "village",
    "city",
    "castle",
    "garden",
    "gardens",
    "meadow",
    "meadows",
    "cave",
    "falls",
    "street",
    "lane",
    "pond",
    "sea",
    "ocean",
    "desert",
    "farm",
    "school",
    "land",
    "kingdom",
    "palace",
    "bridge",
    "harbour",
    "cove",
    "peak",
    "glen",
    "creek",
    "road",
    "square",
    "zoo",
    "marsh",
    "jungle",
    "planet",
];

/// A capitalised word that is part of a place's name ("on Pebble Mountain"): no one to draw.
pub(crate) fn in_place_name(toks: &[Tok], i: usize) -> bool {
    // "Mountain" after "Pebble" (or "Grandma's"): the end of the name.
    let owner = i >= 2 && toks[i - 1].w == "s" && toks[i - 2].cap && !toks[i - 2].brk;
    // "the city of Nineveh", "the land of Egypt": the name of the place said before.
    if i >= 2 && toks[i - 1].w == "of" && PLACE_ENDS.contains(&toks[i - 2].w.as_str()) {
        return true;
    }
    if PLACE_ENDS.contains(&toks[i].w.as_str()) && i > 0 && (toks[i - 1].cap && !toks[i - 1].brk || owner) {
        return true;
    }
    let mut j = i;
    while let Some(t) = toks.get(j) {
        // "Grandma's Meadow": the owner's "s" is part of the name.
        let apostrophe = t.w == "s" && j > i && !toks[j - 1].brk && toks.get(j + 1).is_some_and(|n| n.cap);
        if apostrophe {
            j += 1;
            continue;
        }
        if !t.cap {
            return false;
        }
        if j > i && PLACE_ENDS.contains(&t.w.as_str()) {
            return true;
        }
        if t.brk || j >= i + 3 {
            return false;
        }
        j += 1;
    }
    false
}

/// Bible names drawn as men; any other name with no kind is a child.
pub(crate) const MEN: &[&str] = &[
    "jesus",
    "joseph",
    "noah",
    "moses",
    "david",
    "abraham",
    "jonah",
    "daniel",
    "peter",
    "paul",
    "john",
    "zacchaeus",
    "elijah",
    "samuel",
    "isaac",
    "jacob",
    "goliath",
    "adam",
    "solomon",
    "joshua",
    "gideon",
    "samson",
    "boaz",
    "nehemiah",
    "matthew",
    "andrew",
    "james",
    "lazarus",
    "pharaoh",
    "herod",
    "aaron",
    "god",
    "simeon",
    "zechariah",
    "nicodemus",
    "thomas",
    "saul",
];

/// Female Bible names, drawn as women.
pub(crate) const WOMEN: &[&str] =
    &["mary", "ruth", "esther", "miriam", "sarah", "rebekah", "hannah", "eve", "martha", "naomi", "rachel", "leah", "deborah", "elizabeth"];

/// The figure sitting up in a tree: "sitting in a green tree", "on the branch of a big tree" (not "under a tree").
/// It is the one whose words come last before the tree.
pub(crate) fn perched(toks: &[Tok], spans: &[(usize, usize)]) -> Option<usize> {
    const UP: &[&str] = &["sitting", "sat", "sits", "climbed", "climbing", "climbs", "perched", "hiding", "branch", "up", "top"];
    let tree = (0..toks.len()).find(|&i| toks[i].w == "tree" && toks[i.saturating_sub(7)..i].iter().any(|t| UP.contains(&t.w.as_str())))?;
    spans.iter().enumerate().filter(|(_, s)| s.0 <= tree).max_by_key(|(_, s)| s.0).map(|(i, _)| i)
}

/// At most thirteen figures are drawn ("Jesus and the twelve disciples"): the biggest group shrinks
/// first (down to two), then the least important go (creatures before people, never a person called by name).
pub(crate) fn crowd_out(figures: &mut Vec<Figure>, spans: &mut Vec<(usize, usize)>) {
    const MOST: usize = MOST_OF_A_KIND + 1;
    let drawn = |f: &[Figure]| f.iter().map(|f| f.count.min(MOST_OF_A_KIND)).sum::<usize>();
    while drawn(figures) > MOST {
        if let Some(g) = figures.iter_mut().filter(|f| f.count > 2).max_by_key(|f| f.count) {
            g.count -= 1;
            continue;
        }
        let drop = (0..figures.len())
            .rev()
            .filter(|&i| !figures[i].named)
            .min_by_key(|&i| (figures[i].fam == Fam::Person, usize::MAX - i))
            .or_else(|| (figures.len() > MOST).then_some(figures.len() - 1));
        let Some(i) = drop else { break };
        figures.remove(i);
        if i < spans.len() {
            spans.remove(i);
        }
    }
}

/// Two alike ("a kind man … beside a hurt man"): each after the first is drawn in other clothes and hair.
pub(crate) fn tell_apart(figures: &mut [Figure]) {
    for k in 1..figures.len() {
        let twins = (0..k).filter(|&j| figures[j].noun == figures[k].noun && figures[j].look == figures[k].look).count();
        figures[k].look.variant = u8::try_from(twins).unwrap_or(u8::MAX);
    }
}

/// "Luna and Daisy, two sisters": the named children are girls ("two brothers": boys), drawn and said so.
pub(crate) fn group_kind(figures: &mut [Figure], group: &str) {
    let kind = match group {
        "sister" | "girl" => "girl",
        "brother" | "boy" => "boy",
        _ => return,
    };
    for f in figures.iter_mut().filter(|f| f.named && f.noun == "child") {
        f.noun = kind;
    }
}

/// "Dumpling the little red crab", "Sprout (a sea turtle)": after the name at `i` an article and a creature's or
/// person's kind follow (a few describing words between), so the name is that one's, not a child's.
pub(crate) fn apposed(toks: &[Tok], i: usize) -> bool {
    let article = toks.get(i + 1).is_some_and(|t| matches!(t.w.as_str(), "a" | "an" | "the"));
    if !article {
        return false;
    }
    for j in i + 2..toks.len().min(i + 8) {
        if j > i + 2 && toks[j - 1].brk {
            return false;
        }
        if let Some((noun, _, _)) = crate::read_words::noun_at(toks, j) {
            return catalog::entry(noun).is_some_and(|e| e.1.is_character());
        }
    }
    false
}

/// "the crab riding on the whale's back" with a whale already there: a kind said again with "the" (or as an owner,
/// "the whale's") is the one already said, not one more. `start` is where its words start, `end` after its noun.
pub(crate) fn said_again(toks: &[Tok], start: usize, end: usize, noun: &str, figures: &[Figure]) -> bool {
    let definite = start.checked_sub(1).is_some_and(|p| toks[p].w == "the") || toks.get(end).is_some_and(|t| t.w == "s");
    definite && figures.iter().any(|f| f.noun == noun)
}

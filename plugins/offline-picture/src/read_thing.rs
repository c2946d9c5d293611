//! Reading one thing said in a prompt ("a bright red balloon", "a big wooden
//! boat", "a basket of bread"): its words for the alt text, its colour and
//! count, and the things that are not one more thing (a part of another, a
//! wish, food in a basket). Part of the walk in `read_scan.rs`.

use crate::canvas::Rgb;
use crate::catalog::{self, Fam};
use crate::read_cues::{BALLOON_RIDE, WISH};
use crate::read_scan::Scan;
use crate::read_types::Thing;
use crate::read_words::{NUMBERS, capitalised, count_before, phrase_start};

impl Scan<'_> {
    /// The thing whose noun is at `i` (`said` is the noun, its length in words, and whether it is plural).
    pub(crate) fn thing(&mut self, i: usize, said: (&'static str, usize, bool), kind: (Fam, Rgb), colour: Option<Rgb>, start: usize) {
        let toks = self.toks;
        let (noun, len, plural) = said;
        let (fam, usual) = kind;
        let count = count_before(toks, start, plural);
        let mut from = phrase_start(toks, start);
        // "a teacup boat", "a shoe rocket": the first noun says what kind of vehicle it is, one thing.
        if fam == Fam::Vehicle && from > 0 && !toks[from - 1].brk && catalog::entry(&toks[from - 1].w).is_some_and(|e| e.1 == Fam::Object) {
            from -= 1;
        }
        // "a big wooden boat with its door": the door is part of the boat; "at the window of the tower": the tower's.
        // "a castle with tall towers": the towers are the castle's.
        let part = (noun == "window" && toks.get(i + len).is_some_and(|t| t.w == "of"))
            || (noun == "tower" && self.things.iter().any(|t| matches!(t.noun, "castle" | "palace")));
        // "dreaming of the moon": a wish, not a thing in the picture.
        let wished = (2..=4).any(|k| from.checked_sub(k).is_some_and(|p| WISH.contains(&toks[p].w.as_str()) && toks[p + 1].w == "of"));
        if (toks[from].w == "its" && !self.things.is_empty()) || part || wished || left_behind(toks, from, i + len) {
            return;
        }
        let mut words = words_of(toks, from, i, len, plural || count > 1, noun);
        // Noah's ark: a big wooden boat is one thing, a boat with a house on it.
        let (noun, usual) = if noun == "boat" && (words.contains("big wooden") || words.contains("great wooden")) {
            ("ark", Rgb(165, 112, 70))
        } else {
            (noun, usual)
        };
        // "climbed into a bright red balloon … to the sky above the clouds": a balloon ridden is a hot-air balloon.
        let ridden = BALLOON_RIDE.iter().any(|k| self.lower.contains(&format!(" {k} ")));
        let (noun, fam) = if noun == "balloon" && ridden {
            words = words.replacen("balloon", "hot-air balloon", 1);
            ("hot air balloon", Fam::Vehicle)
        } else {
            (noun, fam)
        };
        let colour = if noun == "ark" { None } else { colour };
        // "glowing footprints": something glowing with no colour said is the colour of a glow.
        let colour = colour.or_else(|| words.contains("glowing").then_some(Rgb(250, 230, 120)));
        if self.in_basket(from, noun, &words) {
            return;
        }
        if !self.things.iter().any(|t| t.noun == noun) {
            self.thing_at.push(i);
            // Up to twelve are drawn as said ("twelve baskets"); more than that ("hundreds of") reads as many.
            let count = if count > MOST_COUNTED { 5 } else { count.max(1) };
            self.things.push(Thing { noun, fam, count, colour: colour.unwrap_or(usual), words });
        }
    }

    /// "a basket of bread", "baskets full of fish": the food is in the basket (which now says so), and
    /// "five loaves of bread": the loaves are the bread. A number before the food is skipped: "a basket with five loaves".
    fn in_basket(&mut self, from: usize, noun: &str, words: &str) -> bool {
        let toks = self.toks;
        let counted = from.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| NUMBERS.iter().any(|n| n.0 == t.w));
        let at = from - usize::from(counted);
        let of = |k: usize| at.checked_sub(k).and_then(|p| toks.get(p)).map_or("", |t| t.w.as_str());
        if noun == "bread" && of(1) == "of" && matches!(of(2), "loaves" | "loaf") {
            return true;
        }
        let filled = match noun {
            "bread" => Some("basket of bread"),
            "fish to eat" => Some("basket of fish"),
            _ => None,
        };
        let basket = (of(1) == "of" || of(1) == "with")
            && (matches!(of(2), "basket" | "baskets") || (of(2) == "full" && matches!(of(3), "basket" | "baskets")));
        if let (true, Some(full), Some(b)) = (basket, filled, self.things.iter_mut().rev().find(|t| t.noun == "basket")) {
            b.noun = full;
            b.words = format!("{} of {}", b.words, if noun == "bread" { words } else { "fish" });
            return true;
        }
        false
    }
}

/// The most things of a kind drawn as many as said.
pub(crate) const MOST_COUNTED: usize = 12;

/// The words said of a thing, from `from` to its noun at `i` (`len` words long), with the noun as the catalogue says it.
fn words_of(toks: &[crate::read_words::Tok], from: usize, i: usize, len: usize, many: bool, noun: &str) -> String {
    let said: Vec<String> = toks[from..i + len]
        .iter()
        .enumerate()
        .map(|(k, t)| {
            let owner = k == 0 && t.cap && toks.get(from + 1).is_some_and(|n| n.w == "s");
            if owner { capitalised(&t.w) } else { t.w.clone() }
        })
        .collect();
    let words = said.join(" ").replacen(" s ", "'s ", 1);
    let last = toks[i..i + len].iter().map(|t| t.w.as_str()).collect::<Vec<_>>().join(" ");
    if many {
        words.replacen(&last, &catalog::plural(noun), 1)
    } else if len == 2 || toks[i].w != noun {
        words.replacen(&last, noun, 1)
    } else {
        words
    }
}

/// "waving goodbye to the houses below", "a castle far away", "the town left behind", "the map into his bag":
/// seen from afar, already left or put away, not in the picture. `from` is where the thing's words start, `end` just after its noun.
fn left_behind(toks: &[crate::read_words::Tok], from: usize, end: usize) -> bool {
    let after = |k: usize| toks.get(end + k).map_or("", |t| t.w.as_str());
    // "the boat behind him" stands right there behind someone; "the houses behind" were left.
    let behind_someone = after(0) == "behind" && matches!(after(1), "him" | "her" | "them" | "us" | "it" | "the" | "a");
    let far = (matches!(after(0), "below" | "beneath" | "behind") && !behind_someone)
        || (after(0) == "far" && matches!(after(1), "away" | "below"));
    let left = matches!(after(0), "left") && after(1) == "behind";
    let word = |back: usize| from.checked_sub(back).and_then(|p| toks.get(p)).map_or("", |t| t.w.as_str());
    let back = (1..=4).find(|&k| !matches!(word(k), "to" | "a" | "an" | "the")).unwrap_or(1);
    let goodbye = back > 1 && matches!(word(back), "goodbye" | "farewell" | "bye");
    // "tucking the map into his bag", "putting the key in her pocket": put away, out of sight.
    let away = matches!(after(0), "into" | "in" | "inside")
        && (1..=3).any(|k| matches!(after(k), "bag" | "backpack" | "pocket" | "sack" | "satchel" | "rucksack"));
    far || left || goodbye || away
}

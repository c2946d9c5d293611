//! The first step of reading a prompt: one walk over its words that picks
//! out the characters (with the span of words that make each one's look),
//! their names, what they wear, and the things said. Names are handled here
//! ("Mia, a girl…", "my dog Max", "two sisters, Ava and Lily"); a thing's own
//! words are read in `read_thing.rs`. What the walk found is finished into a
//! `Spec` by `read.rs`.

use crate::catalog::{self, Fam};
use crate::look::Look;
use crate::read_cues::KIDS;
use crate::read_types::{Figure, Thing};
use crate::read_who::{MEN, WOMEN, apposed, is_name, said_again};
use crate::read_words::{CROWD, GROUPS, MOST_OF_A_KIND, Tok, colour_before, count_before, eaten, noun_at};
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

/// What one walk over a prompt's words found, and the walk's state.
pub(crate) struct Scan<'a> {
    pub(crate) toks: &'a [Tok],
    /// The words lower-cased, joined by spaces, with a space at each end.
    pub(crate) lower: &'a str,
    pub(crate) figures: Vec<Figure>,
    pub(crate) things: Vec<Thing>,
    /// Where each thing's noun is, in tokens.
    pub(crate) thing_at: Vec<usize>,
    /// Each figure's look words: (start, end) in tokens.
    pub(crate) spans: Vec<(usize, usize)>,
    /// Index of the figure whose look is being read.
    open: Option<usize>,
    /// A name was just said ("Mia, a girl…"): the next character is that one.
    called: bool,
    /// "Goliath, a huge warrior in armour": whatever kind he is called, he is drawn a giant.
    giant_name: bool,
    /// A name just said of the last one, with a kind after it: that kind is the same one.
    again: Option<usize>,
    /// Where the last person's kind word ended.
    kind_end: Option<usize>,
    /// The names said so far.
    seen: Vec<String>,
    /// The name just said, for the look of the one it names.
    name_seed: u64,
    /// How many more names a group just named still has ("two sisters, Ava and Lily").
    members: usize,
}

/// A new figure of `noun` with `look`, not asleep, hurt, fallen or wet.
pub(crate) fn figure(noun: &'static str, fam: Fam, count: usize, look: Look, named: bool) -> Figure {
    Figure { noun, fam, count, look, named, asleep: false, hurt: false, fallen: false, wet: false, pose: Default::default() }
}

impl<'a> Scan<'a> {
    /// Walks `toks` once and returns what it found.
    pub(crate) fn walk(toks: &'a [Tok], lower: &'a str) -> Scan<'a> {
        let mut s = Scan {
            toks,
            lower,
            figures: Vec::new(),
            things: Vec::new(),
            thing_at: Vec::new(),
            spans: Vec::new(),
            open: None,
            called: false,
            giant_name: false,
            again: None,
            kind_end: None,
            seen: Vec::new(),
            name_seed: 0,
            members: 0,
        };
        let mut i = 0;
        while i < toks.len() {
            i += s.step(i).max(1);
        }
        s.close(toks.len());
        s
    }

    /// Ends the open look span at `at`.
    pub(crate) fn close(&mut self, at: usize) {
        if let Some(last) = self.spans.last_mut().filter(|s| s.1 == usize::MAX) {
            last.1 = at.max(last.0);
        }
    }

    /// The look being read is over at `at`.
    pub(crate) fn end_look(&mut self, at: usize) {
        self.open = None;
        self.close(at);
    }

    /// Reads the word at `i`; returns how many words it used.
    fn step(&mut self, i: usize) -> usize {
        let toks = self.toks;
        if self.name_of_last(i) {
            return 1;
        }
        // The kind said again ends at the next comma.
        if self.again.is_some_and(|at| i > at + 1 && toks[i - 1].brk) {
            self.again = None;
        }
        if is_name(toks, i) {
            self.name(i);
            return 1;
        }
        // ", discovering …": the characters' own words are over.
        if i > 0 && toks[i - 1].brk && toks[i].w.ends_with("ing") {
            self.end_look(i);
        }
        let Some((noun, len, plural)) = noun_at(toks, i) else {
            return 1;
        };
        let Some((_, fam, usual)) = catalog::entry(noun) else {
            return 1;
        };
        // "a crowd of people": the people are the crowd (drawn as many, `count_before`).
        let crowd = matches!(toks[i].w.as_str(), "crowd" | "crowds");
        if crowd && toks.get(i + 1).is_some_and(|t| t.w == "of") {
            return 1;
        }
        // "two fish and five loaves", "a fish for dinner": a fish said as food is food on a plate, not a live fish.
        let (noun, fam, usual) = match catalog::entry("fish to eat") {
            Some(food) if noun == "fish" && eaten(self.lower, toks, i + len) => food,
            _ => (noun, fam, usual),
        };
        let (colour, start) = colour_before(toks, i);
        if fam.is_character() && crate::read_absent::absent(toks, i, noun, self.figures.len()) {
            self.end_look(start);
        } else if fam.is_character() {
            self.character(i, (noun, len, plural), fam, colour, start, crowd);
        } else if fam == Fam::Wear || (noun == "crown" && self.open.is_some()) {
            self.wear(i, noun, colour.unwrap_or(usual));
        } else {
            self.end_look(start);
            self.thing(i, (noun, len, plural), (fam, usual), colour, start);
        }
        len
    }

    /// "my dog Max", "baby Jesus", "two sisters, Ava and Lily": the names are of the ones just said, not more.
    fn name_of_last(&mut self, i: usize) -> bool {
        let toks = self.toks;
        let just_said = i > 0 && self.figures.last().is_some_and(|f| noun_at(toks, i - 1).is_some_and(|n| n.0 == f.noun));
        let next_of_group = self.members > 0 && i >= 2 && toks[i - 1].w == "and" && is_name(toks, i - 2);
        if !((just_said || next_of_group) && is_name(toks, i)) {
            return false;
        }
        // "the giant Goliath, a huge warrior in armour": the kind said next is the same one again.
        self.seen.push(toks[i].w.clone());
        self.again = (toks[i].brk && toks.get(i + 1).is_some_and(|t| matches!(t.w.as_str(), "a" | "an" | "the"))).then_some(i);
        if let Some(f) = self.figures.last_mut() {
            f.named = true;
            self.members = if just_said { f.count.saturating_sub(1) } else { self.members - 1 };
        }
        true
    }

    /// A name on its own ("Jesus in a white robe", "Mia, a girl…").
    fn name(&mut self, i: usize) {
        let toks = self.toks;
        let name = toks[i].w.clone();
        self.name_seed = fnv1a(FNV_START, name.as_bytes());
        self.end_look(i);
        let next = toks.get(i + 1).map(|t| t.w.as_str()).unwrap_or("");
        let prev = i.checked_sub(1).map(|p| toks[p].w.as_str()).unwrap_or("");
        // "Mia, a girl…", "Dumpling the little red crab", "Sprout (a turtle)": the kind said next is the named one.
        let introduced = (toks[i].brk && matches!(next, "a" | "an" | "the")) || apposed(toks, i);
        self.called = introduced;
        self.giant_name = introduced && name == "goliath";
        // "Jesus in a white robe", "Mary and Joseph": a name with no kind after it is a person.
        // "Mary's lap", "Noah's family": a Bible person is in the picture too.
        let owner = next == "s" && (WOMEN.contains(&name.as_str()) || MEN.contains(&name.as_str()));
        // "Ivy, a girl…, and Ivy at the window": a name said again is the one already there.
        let before = self.seen.contains(&name);
        self.seen.push(name.clone());
        // "a little red crab called Dumpling": the name is the last one's.
        if matches!(prev, "named" | "called")
            && let Some(f) = self.figures.last_mut().filter(|f| !f.named)
        {
            f.named = true;
            f.look.name = self.name_seed;
        }
        if introduced || before || matches!(prev, "named" | "called") || next == "named" || (next == "s" && !owner) {
            return;
        }
        let noun = if name == "goliath" {
            "giant"
        } else if WOMEN.contains(&name.as_str()) {
            "woman"
        } else if MEN.contains(&name.as_str()) {
            "man"
        } else {
            "child"
        };
        let look = Look { name: self.name_seed, ..Look::default() };
        self.figures.push(figure(noun, Fam::Person, 1, look, true));
        self.open = Some(self.figures.len() - 1);
        self.spans.push((i + 1, usize::MAX));
        // The look is only what follows right after: "Jesus in a white robe", not the next name's.
        if !matches!(next, "in" | "with" | "wearing") {
            self.close(i + 1);
        }
    }

    /// A character's kind word at `i`: a new figure, or more words about one already there.
    fn character(
        &mut self,
        i: usize,
        said: (&'static str, usize, bool),
        fam: Fam,
        colour: Option<crate::canvas::Rgb>,
        start: usize,
        crowd: bool,
    ) {
        let toks = self.toks;
        let (noun, _, plural) = said;
        let count = if crowd { CROWD } else { count_before(toks, start, plural).min(MOST_OF_A_KIND) };
        self.close(start);
        // Only the words before the noun say its size ("a small orange crab").
        let size = |keys: &[&str]| toks[start..i].iter().any(|t| keys.contains(&t.w.as_str()));
        let big = if size(&["big", "huge", "giant", "great"]) {
            Some(true)
        } else if size(&["small", "little", "tiny", "young"]) || (i > 0 && matches!(toks[i - 1].w.as_str(), "baby" | "young")) {
            // "a baby penguin": "baby" said just before the animal is its size, not a baby beside it.
            Some(false)
        } else {
            None
        };
        // "a crowd of people and children", "fat cows and thin cows": one group of each kind.
        let count = match noun {
            "animal" => count.max(4),
            _ if GROUPS.contains(&noun) => count.max(3),
            _ => count,
        };
        // "Luna, a girl…, and Poppy, a girl…, children gathering boxes": the children are the ones already named.
        let kids = |n: &str| KIDS.contains(&n);
        let named_kids = self.figures.iter().filter(|f| f.fam == Fam::Person && f.named && kids(f.noun)).count();
        if (plural || count > 1) && kids(noun) && named_kids >= 2 {
            crate::read_who::group_kind(&mut self.figures, noun);
            self.open = None;
            return;
        }
        if count > 1 && self.figures.iter().any(|f| f.noun == noun && f.count > 1) {
            self.open = None;
            return;
        }
        // "a grown-up warrior": two kinds said together are one.
        let joined = self.kind_end.take() == Some(start) && start > 0 && !toks[start - 1].brk;
        if (self.again.take().is_some() || joined) && fam == Fam::Person && self.figures.last().is_some_and(|f| f.fam == Fam::Person) {
            self.open = Some(self.figures.len() - 1);
            // Its look goes on: "…warrior in heavy bronze armour and helmet, lying flat".
            if let Some(span) = self.spans.get_mut(self.figures.len() - 1) {
                span.1 = usize::MAX;
            }
            return;
        }
        let named = std::mem::take(&mut self.called);
        if !named && count == 1 && said_again(toks, start, i + said.1, noun, &self.figures) {
            self.open = None;
            return;
        }
        // "the crab riding on the whale's back, … Dumpling, a small red crab": a name never adds a second one of its kind.
        if let Some(k) = self.figures.iter().position(|f| named && f.noun == noun && !f.named && f.count == 1) {
            self.figures.remove(k);
            if k < self.spans.len() {
                self.spans.remove(k);
            }
        }
        let name = if named { std::mem::take(&mut self.name_seed) } else { 0 };
        let noun = if named && std::mem::take(&mut self.giant_name) && fam == Fam::Person { "giant" } else { noun };
        self.figures.push(figure(noun, fam, count, Look { body: colour, big, name, ..Look::default() }, named));
        self.open = Some(self.figures.len() - 1);
        self.spans.push((start, usize::MAX));
        self.kind_end = (fam == Fam::Person).then_some(i + said.1);
    }

    /// Something worn, by the one whose look is being read.
    fn wear(&mut self, i: usize, noun: &'static str, colour: crate::canvas::Rgb) {
        let at = match self.open {
            Some(f) => f,
            // Part of a thing ("a comet with a swishy tail"): not worn by anyone.
            None if !self.things.is_empty() || !self.figures.is_empty() => return,
            None => {
                let who = if noun == "tail" { "mermaid" } else { "child" };
                self.figures.push(figure(who, Fam::Person, 1, Look::default(), false));
                self.spans.push((i, i));
                self.figures.len() - 1
            }
        };
        if let Some(f) = self.figures.get_mut(at) {
            f.look.wear.push((noun, colour));
        }
    }
}

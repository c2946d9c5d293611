//! The template values of one scene on top of the premise's: the spot, the
//! choice taken, the scenes already told, and who takes the lead. Scenes and
//! lines take turns (`turned`): with two or three heroes, `{name}` is the one
//! who acts in this line and `{friend}` the next one, so the second sister
//! decides, paints and speaks too, not only the first.

use crate::lines::{daytime, singer};
use crate::premise::{Member, Premise};
use crate::text::fill;
use storyloom_plugin_sdk::rng::{Rng, fnv1a};

/// Scene-level template values on top of the premise's.
#[derive(Clone)]
pub struct Words<'a> {
    pub p: &'a Premise,
    pub spot: &'static str,
    pub act: String,
    pub choice: String,
    /// The scenes already told, as compared (`polish::key`): a stock line said there is not said again.
    pub told: String,
    /// Who leads: `{name}` is the cast member this many places after the hero.
    pub turn: usize,
}

impl<'a> Words<'a> {
    pub fn new(p: &'a Premise, spot: &'static str, choice: String, told: String) -> Words<'a> {
        Words { p, spot, act: String::new(), choice, told, turn: 0 }
    }

    /// The same words with another member of the cast leading.
    pub fn turned(&self, turn: usize) -> Words<'a> {
        Words { turn: turn % self.p.cast.len().max(1), ..self.clone() }
    }

    /// The cast member `k` places after the one leading.
    pub fn member(&self, k: usize) -> &'a Member {
        let cast = &self.p.cast;
        &cast[(self.turn + k) % cast.len().max(1)]
    }

    fn lookup(&self, key: &str) -> Option<String> {
        let group = self.p.is_group();
        // Lines about hands, shoes and ears, said as the bodies of who does them do it.
        if let Some(v) = crate::bodies::slot(key, self.member(0), self.member(1), self.p) {
            return Some(v);
        }
        let v = match key {
            "spot" => self.spot.to_string(),
            "singer" => singer(self.p.place.realm).to_string(),
            "daytime" => daytime(self.p.time).to_string(),
            "act" => self.act.clone(),
            "choice" => self.choice.clone(),
            // The picture's place for everyone, filled in by `picture.rs`.
            "cast" => "{cast}".to_string(),
            "bare_object" => self.p.object.as_ref()?.phrase.clone(),
            _ if self.turn == 0 => return self.p.lookup(key),
            "name" => self.member(0).name.clone(),
            "friend" => self.member(1).name.clone(),
            "friend_they" => self.member(1).they(),
            "hero_they" => self.member(0).they(),
            "hero_their" => self.member(0).their(),
            "they" | "them" | "their" if group => key.to_string(),
            "they" => self.member(0).they(),
            "them" => self.member(0).them(),
            "their" => self.member(0).their(),
            _ => return self.p.lookup(key),
        };
        Some(v)
    }

    /// Fill `template`, its `[a|b]` variants chosen by the story's seed.
    pub fn fill(&self, template: &str) -> String {
        fill(&crate::text::vary(template, self.p.seed), &|k| self.lookup(k))
    }

    /// Pick a template and fill it.
    pub fn pick(&self, rng: &mut Rng, bank: &[&str]) -> String {
        self.fill(rng.pick(bank).copied().unwrap_or(""))
    }

    /// The template of `bank` for scene `scene`: consecutive scenes take
    /// consecutive templates from a place chosen per story, so no template is
    /// said twice along one path shorter than the bank.
    pub fn turn(&self, scene: u32, salt: &str, bank: &[&str]) -> String {
        if bank.is_empty() {
            return String::new();
        }
        let start = fnv1a(self.p.seed, salt.as_bytes()) as usize;
        let at = |k: usize| self.fill(bank[(start % bank.len() + scene as usize + k) % bank.len()]);
        // A line already told in this story ("grinned from ear to ear") gives way to the next one.
        (0..bank.len()).map(at).find(|line| self.told.is_empty() || !self.told.contains(&crate::polish::key(line))).unwrap_or_else(|| at(0))
    }
}

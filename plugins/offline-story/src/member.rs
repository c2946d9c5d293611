//! One character of a story as the premise and the seed make it: the
//! premise's reading (kind, name, pronoun) resolved into a named member with
//! a look, the host's starring names put in the cast, and what the premise
//! says the hero wears put into the look. Split from `premise.rs`.

use crate::cast::Character;
use crate::text::article;
use crate::words::creatures::{Class, Creature, KID_NAMES, PET_NAMES, creature, name_pron, person};
use crate::words::looks::look;
use crate::words::things::COLOURS;
use crate::words::*;
use storyloom_plugin_sdk::rng::Rng;

/// One character of the story.
#[derive(Debug, Clone)]
pub struct Member {
    pub name: String,
    pub kind: &'static str,
    pub pron: Pron,
    pub adj: Option<String>,
    /// A family word said in the text ("sister"), or a grown-up's title ("grandma").
    pub role: Option<&'static str>,
    /// The look without the name: "a girl with light skin and curly black hair in a yellow raincoat".
    pub look: String,
    /// The child telling the story ("Grandma and me").
    pub me: bool,
}

impl Member {
    /// "she", "he", or the name again when the pronoun is not known.
    pub fn they(&self) -> String {
        match self.pron {
            Pron::She => "she".into(),
            Pron::He => "he".into(),
            Pron::They => self.name.clone(),
        }
    }

    pub fn them(&self) -> String {
        match self.pron {
            Pron::She => "her".into(),
            Pron::He => "him".into(),
            Pron::They => self.name.clone(),
        }
    }

    pub fn their(&self) -> String {
        match self.pron {
            Pron::She => "her".into(),
            Pron::He => "his".into(),
            Pron::They => format!("{}'s", self.name),
        }
    }

    /// How the picture names them: "Mia, a girl with ... in a yellow raincoat".
    pub fn painted(&self) -> String {
        format!("{}, {}", self.name, self.look)
    }

    /// "a brave bunny named Pip"; a grown-up of the family is just "Grandma".
    pub fn desc(&self) -> String {
        let is_title = self.role.is_some_and(|r| !matches!(r, "sister" | "brother"));
        match (&self.adj, is_title) {
            (_, true) => self.name.clone(),
            (Some(adj), false) => format!("{} {adj} {} named {}", article(adj), self.kind, self.name),
            (None, false) => format!("{} {} named {}", article(self.kind), self.kind, self.name),
        }
    }
}

/// Put a starring name in the cast: on the premise's character it names, an
/// unnamed person it fits, or as a new character.
pub fn add_star(chars: &mut Vec<Character>, star: &str) {
    if chars.iter().any(|c| c.name.as_deref().is_some_and(|n| n.eq_ignore_ascii_case(star))) {
        return;
    }
    let role = creature(&star.to_lowercase()).map(|c| c.0).filter(|c| c.title.is_some());
    if let Some(role) = role {
        if let Some(c) = chars.iter_mut().find(|c| c.name.is_none() && c.creature.is_some_and(|k| k.kind == role.kind)) {
            c.name = Some(star.to_string());
            return;
        }
        chars.push(Character { name: Some(star.to_string()), creature: Some(role), ..Character::default() });
        return;
    }
    let pron = name_pron(star);
    let fits = |c: &Character| {
        let kind_pron = c.creature.map(|k| k.pron).unwrap_or(Pron::They);
        c.name.is_none()
            && (c.kid || c.creature.is_some_and(|k| k.class == Class::Person && k.title.is_none()))
            && (pron.is_none() || kind_pron == Pron::They || Some(kind_pron) == pron)
    };
    if let Some(c) = chars.iter_mut().find(|c| fits(c)) {
        c.name = Some(star.to_string());
        c.pron = c.pron.or(pron);
        return;
    }
    chars.push(Character { name: Some(star.to_string()), pron, ..Character::default() });
}

/// Choose what the premise left open for one character: kind, name, pronoun and look.
/// `salt` is the story's own (its seed and premise): an invented name depends on
/// it and on the creature, so two premises told with one seed seldom share a name.
pub fn resolve(c: &Character, cast: &[Member], rng: &mut Rng, salt: u64) -> Member {
    let used = |n: &str| cast.iter().any(|m| m.name.eq_ignore_ascii_case(n));
    let pron_hint =
        c.pron.or_else(|| c.creature.map(|k| k.pron).filter(|p| *p != Pron::They)).or_else(|| c.name.as_deref().and_then(name_pron));
    let kind: &'static Creature = match c.creature {
        Some(k) => k,
        None => {
            let pron = pron_hint.unwrap_or_else(|| if rng.coin() && c.name.is_none() { Pron::She } else { Pron::He });
            let word = match (pron_hint, c.name.is_some()) {
                (None, true) => "child",
                _ if pron == Pron::She => "girl",
                _ => "boy",
            };
            person(word).unwrap_or(&crate::words::creatures::CREATURES[0])
        }
    };
    // "a kid" who the premise calls "he" is a boy.
    let kind = match (kind.kind, pron_hint) {
        ("child", Some(Pron::She)) => person("girl").unwrap_or(kind),
        ("child", Some(Pron::He)) => person("boy").unwrap_or(kind),
        _ => kind,
    };
    let pron_hint = pron_hint.or_else(|| (kind.pron != Pron::They).then_some(kind.pron));
    let (name, pron) = match (&c.name, kind.title) {
        (Some(n), _) => (n.clone(), pron_hint.unwrap_or(Pron::They)),
        (None, Some(title)) => (title.to_string(), kind.pron),
        (None, None) => {
            let bank = if kind.class == Class::Person { KID_NAMES } else { PET_NAMES };
            // Never a word of a place ("Sunny" and "the sunny meadow"): a name is one character's alone.
            let fits: Vec<(&str, Pron)> = bank
                .iter()
                .copied()
                .filter(|n| !used(n.0) && !crate::words::place_word(n.0) && pron_hint.is_none_or(|p| p == n.1))
                .collect();
            let draw = storyloom_plugin_sdk::rng::fnv1a(rng.next_u64() ^ salt, kind.kind.as_bytes());
            let at = (draw % fits.len().max(1) as u64) as usize;
            let (n, p) = fits.get(at).copied().unwrap_or(("Dot", Pron::She));
            (n.to_string(), p)
        }
    };
    let colour = c.adj.as_deref().filter(|a| COLOURS.contains(a));
    // The hero with no word of its own is "a little dragon" in the text
    // (`Premise::lookup`'s "a_adj"), so it is small in the pictures too.
    let said = c.adj.as_deref().or(cast.is_empty().then_some("little"));
    let look = look(kind, colour, said, rng);
    Member { name, kind: kind.kind, pron, adj: c.adj.clone(), role: kind.role, look, me: c.me }
}

/// The look with what the premise says the hero wears instead of the invented clothes:
/// "a small black and white penguin in a blue tutu".
pub fn wearing(look: &str, worn: &str) -> String {
    let cut = [" with a ", " in a ", " in "].iter().filter_map(|m| look.rfind(m)).max();
    let body = match cut {
        // A person's look: keep the skin and hair ("... with light skin and curly hair"), change the clothes.
        Some(at) if look[at..].contains("skin") => look,
        Some(at) => &look[..at],
        None => look,
    };
    let body = body.split(" in a ").next().unwrap_or(body);
    crate::text::tidy(&format!("{body} in {worn}"))
}

//! The template values that belong to the whole story, read from the
//! premise: the hero's name, kind and pronouns, the friend, the team, the
//! place, the object, the wish and the situation's words, and the body-aware
//! slots (`bodies.rs`).

use crate::premise::Premise;
use crate::text::article;

impl Premise {
    /// Template values that belong to the whole story.
    pub fn lookup(&self, key: &str) -> Option<String> {
        let hero = self.hero();
        let friend = self.friend();
        let object = self.object.as_ref().map(|o| o.phrase.as_str());
        if let Some(v) = crate::bodies::slot(key, hero, friend, self) {
            return Some(v);
        }
        let v = match key {
            "name" => hero.name.clone(),
            "kind" => hero.kind.to_string(),
            "adj" => hero.adj.clone().unwrap_or_else(|| "little".into()),
            "a_adj" => {
                let adj = hero.adj.as_deref().unwrap_or("little");
                format!("{} {adj}", article(adj))
            }
            "hero_desc" => hero.desc(),
            // Two sisters, three friends: the group is "they" ("the music led them").
            "they" if self.is_group() => "they".into(),
            "them" if self.is_group() => "them".into(),
            "their" if self.is_group() => "their".into(),
            "they" => hero.they(),
            // After the hero's own name: the hero's pronoun, even in a group ("Luna closed her eyes").
            "hero_they" => hero.they(),
            "hero_their" => hero.their(),
            "them" => hero.them(),
            "their" => hero.their(),
            "what" => self.situation.as_ref()?.what.clone(),
            "What" => crate::text::upper_first(&self.situation.as_ref()?.what),
            "done" => self.situation.as_ref()?.done_phrase(),
            "doing" => crate::going::doing(&self.situation.as_ref()?.what)?.to_string(),
            "doing_cap" => crate::text::upper_first(crate::going::doing(&self.situation.as_ref()?.what)?),
            "friend" => friend.name.clone(),
            "friend_they" => friend.they(),
            "friend_desc" => friend.desc(),
            "team" => self.team(),
            "place" => self.place.name.to_string(),
            "in_place" => format!("{} {}", self.place.prep, self.place.name),
            "treasure" => self.treasure.clone(),
            "hobby" => self.hobby.clone(),
            "object" => format!("the {}", object?),
            "Object" => format!("The {}", object?),
            "a_object" => format!("{} {}", article(object?), object?),
            "wish" => self.wish.as_ref()?.0.clone(),
            _ => return None,
        };
        Some(v)
    }
}

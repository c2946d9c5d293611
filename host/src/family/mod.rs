//! The family in the stories: the attribute choices a character form offers
//! (pill buttons for hair, eyes, skin, clothing and personality) and how a
//! character reads when a story or a picture model is told about them; the
//! roster's saves and deletes with their photo files (`roster`).

mod roster;

pub use roster::{CharacterInput, Refused, Roster, SaveError, clean_line};

use crate::store::{Attributes, Character};

/// Longest character name, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// Longest character description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 300;

/// Why `name` (already cleaned) cannot be kept, as a sentence for the form;
/// `missing` is what to say when it is empty ("Give the character a name.").
pub fn name_problem(name: &str, missing: &str) -> Option<String> {
    if name.is_empty() {
        Some(missing.to_string())
    } else if name.chars().count() > MAX_NAME_CHARS {
        Some(format!("A name can be at most {MAX_NAME_CHARS} letters long."))
    } else {
        None
    }
}

/// One attribute's pill group: its form field, its label and its choices (as
/// they are stored and told to the models).
#[derive(Debug, Clone, Copy)]
pub struct AttributeChoice {
    pub field: &'static str,
    pub label: &'static str,
    pub options: &'static [&'static str],
}

/// Every attribute the character form offers, in form order.
pub const ATTRIBUTES: [AttributeChoice; 5] = [
    AttributeChoice {
        field: "hair",
        label: "Hair",
        options: &["black hair", "brown hair", "blond hair", "red hair", "grey hair", "curly hair", "long braids", "short hair"],
    },
    AttributeChoice { field: "eyes", label: "Eyes", options: &["brown eyes", "blue eyes", "green eyes", "hazel eyes", "grey eyes"] },
    AttributeChoice {
        field: "skin",
        label: "Skin",
        options: &["fair skin", "light skin", "olive skin", "tan skin", "brown skin", "dark brown skin"],
    },
    AttributeChoice {
        field: "clothing",
        label: "Clothes",
        options: &["a bright raincoat", "dungarees", "a sparkly dress", "a superhero cape", "a cosy jumper", "sporty clothes"],
    },
    AttributeChoice { field: "personality", label: "Personality", options: &["brave", "kind", "curious", "funny", "shy", "clever"] },
];

/// The stored attribute for `field`, when `value` is one of its choices
/// (anything else, including empty, is unset).
pub fn pick(field: &str, value: Option<&str>) -> Option<String> {
    let value = value?.trim();
    ATTRIBUTES.iter().find(|a| a.field == field)?.options.iter().find(|o| **o == value).map(|o| o.to_string())
}

/// The attributes as they read in a sentence, in form order: "red hair, green eyes, wears a superhero cape, brave".
pub fn attributes_text(attributes: &Attributes) -> String {
    let mut parts: Vec<String> = Vec::new();
    for (field, value) in attribute_values(attributes) {
        if let Some(value) = value {
            parts.push(if field == "clothing" { format!("wears {value}") } else { value.to_string() });
        }
    }
    parts.join(", ")
}

/// `(field, value)` for each attribute, in form order.
pub fn attribute_values(attributes: &Attributes) -> [(&'static str, Option<&str>); 5] {
    [
        ("hair", attributes.hair.as_deref()),
        ("eyes", attributes.eyes.as_deref()),
        ("skin", attributes.skin.as_deref()),
        ("clothing", attributes.clothing.as_deref()),
        ("personality", attributes.personality.as_deref()),
    ]
}

/// How a character is told to a model: "Mia: a brave girl who loves frogs (red hair, green eyes)".
pub fn describe(character: &Character) -> String {
    let attributes = attributes_text(&character.attributes);
    match (character.description.trim(), attributes.is_empty()) {
        ("", true) => character.name.clone(),
        ("", false) => format!("{}: {attributes}", character.name),
        (description, true) => format!("{}: {description}", character.name),
        (description, false) => format!("{}: {description} ({attributes})", character.name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_offered_choices_are_kept_and_a_character_reads_as_one_line() {
        assert_eq!(pick("hair", Some("red hair")).as_deref(), Some("red hair"));
        for bad in [Some("purple hair"), Some(""), None, Some("<b>red hair</b>")] {
            assert_eq!(pick("hair", bad), None, "{bad:?}");
        }
        assert_eq!(pick("wings", Some("red hair")), None);
        let mut mia = Character {
            id: crate::store::CharacterId::new(),
            tier: crate::tier::TierId::parse("kids").unwrap(),
            name: "Mia".into(),
            description: "a girl who loves frogs".into(),
            attributes: Attributes {
                hair: pick("hair", Some("red hair")),
                clothing: pick("clothing", Some("a superhero cape")),
                personality: pick("personality", Some("brave")),
                ..Attributes::default()
            },
            photos: Vec::new(),
            created_at: 0,
        };
        assert_eq!(describe(&mia), "Mia: a girl who loves frogs (red hair, wears a superhero cape, brave)");
        mia.description.clear();
        assert_eq!(describe(&mia), "Mia: red hair, wears a superhero cape, brave");
        mia.attributes = Attributes::default();
        assert_eq!(describe(&mia), "Mia");
    }
}

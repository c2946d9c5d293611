//! Tests of the cast read from a premise: known kinds have their pronouns,
//! names are never taken for things, and the painter knows every noun a
//! story can name.

use crate::bank::discoveries;
use crate::premise::Premise;
use crate::words::creatures::CREATURES;
use crate::words::looks::PAINTED_THINGS;
use crate::words::things::THINGS;
use crate::words::{FALLBACK_TREASURES, Pron, TREASURES};

#[test]
fn known_kinds_have_their_pronouns() {
    let cases: &[(&str, &[(&str, Pron)])] = &[
        ("two sisters build a cardboard rocket", &[("", Pron::She), ("", Pron::She)]),
        ("Noah and his sister build a sandcastle", &[("Noah", Pron::He), ("", Pron::She)]),
        ("a boy and his grandma", &[("", Pron::He), ("Grandma", Pron::She)]),
        ("a picnic (starring Ana, Ben and Dad)", &[("Ana", Pron::She), ("Ben", Pron::He), ("Dad", Pron::He)]),
        ("Mia, Leo and Sam go camping", &[("Mia", Pron::She), ("Leo", Pron::He), ("Sam", Pron::They)]),
        ("a brave bunny named Star", &[("Star", Pron::They)]),
        ("Teddy and his owl friend Hoot", &[("Teddy", Pron::He), ("Hoot", Pron::They)]),
    ];
    for (premise, want) in cases {
        let p = Premise::read(premise, 3);
        for (i, (name, pron)) in want.iter().enumerate() {
            let m = &p.cast[i];
            assert!(name.is_empty() || m.name == *name, "{premise}: {} is not {name}", m.name);
            assert_eq!(m.pron, *pron, "{premise}: {}", m.name);
        }
    }
}

#[test]
fn names_are_never_things() {
    for (premise, name, kind) in [
        ("Teddy and his owl friend Hoot", "Teddy", "boy"),
        ("Bear and Pearl go to the beach", "Bear", "boy"),
        ("a brave bunny named Star and a kitten called Rose", "Star", "bunny"),
        ("my dog Max finds a map", "Max", "dog"),
        ("Rose and Sky fly a kite", "Rose", "girl"),
    ] {
        let p = Premise::read(premise, 9);
        let m = p.cast.iter().find(|m| m.name == name);
        assert!(m.is_some_and(|m| m.kind == kind), "{premise}: {:?}", p.cast);
    }
    let p = Premise::read("a brave bunny named Star and a kitten called Rose", 9);
    assert!(!p.treasure_named && p.treasure != "the fallen star", "{}", p.treasure);
    let p = Premise::read("Sky and Rose go to the beach", 9);
    assert_eq!(p.place.title, "Beach");
}

#[test]
fn the_painter_knows_every_noun() {
    for c in CREATURES {
        assert!(PAINTED_THINGS.contains(&c.kind), "{}", c.kind);
    }
    for t in THINGS {
        assert!(PAINTED_THINGS.contains(&t.noun), "{}", t.noun);
    }
    for d in discoveries() {
        assert!(PAINTED_THINGS.iter().any(|n| d.visual.contains(n)), "{}", d.visual);
    }
    for t in TREASURES {
        assert!(PAINTED_THINGS.iter().any(|n| t.2.contains(n)), "{}", t.2);
    }
    for t in FALLBACK_TREASURES {
        assert!(PAINTED_THINGS.iter().any(|n| t.1.contains(n)), "{}", t.1);
    }
}

//! Tests of people: the people drawn are the people named (no extra
//! children), as many as said side by side, the key person of the scene
//! drawn as said (a hurt man lying, a giant twice a man, a mother a grown
//! woman), and a person's look follows their words or name, two alike told apart.

use crate::catalog::Fam;
use crate::read::Spec;

const SISTERS: &str = "Luna, a girl with tan skin and short black hair in a red raincoat, and Poppy, a girl with light skin and braided blond hair in a green dress, beside a cardboard rocket";

fn people(spec: &Spec) -> usize {
    spec.figures.iter().filter(|f| f.fam == Fam::Person).map(|f| f.count).sum()
}

#[test]
fn the_two_sisters_are_the_children_and_a_dreamed_moon_is_not_drawn() {
    for tail in [
        "children gathering boxes, tape and paint, in a back garden at night",
        "children looking at a pile of big empty boxes, dreaming of the moon, in a back garden at night",
        "the two girls and their friends holding hands, in a back garden",
    ] {
        let spec = Spec::read(&format!("{SISTERS}, {tail}, soft picture-book illustration."));
        assert_eq!(people(&spec), 2, "{tail}: {:?}", spec.figures);
        assert!(!spec.things.iter().any(|t| t.noun == "moon"), "{tail}");
    }
    // Children not yet named are still drawn.
    assert_eq!(people(&Spec::read("three children flying kites in a park")), 3);
}

#[test]
fn a_hurt_man_lies_down_and_the_helper_does_not() {
    for prompt in [
        "A kind man with a donkey kneeling beside a hurt man on a dusty road.",
        "A priest in fine robes walking quickly past a hurt man on the other side of a dusty road.",
        "A man lying by the road and a woman walking past.",
    ] {
        let spec = Spec::read(prompt);
        let hurt: Vec<bool> = spec.figures.iter().filter(|f| f.fam == Fam::Person).map(|f| f.hurt && f.asleep).collect();
        assert_eq!(hurt.iter().filter(|h| **h).count(), 1, "{prompt}: {hurt:?}");
    }
    let (_, alt) = crate::picture("A kind man with a donkey kneeling beside a hurt man on a dusty road.", 64, 64).expect("png");
    assert!(alt.contains("hurt man") && !alt.contains("hurt donkey"), "{alt}");
}

#[test]
fn a_giant_is_far_taller_than_a_man() {
    let spec = Spec::read("A shepherd boy with a sling facing a very tall giant in shiny armour in a wide valley.");
    let size = |n: &str| crate::cast::scale(spec.figures.iter().find(|f| f.noun == n).expect(n));
    assert!(size("giant") >= 1.6 * size("shepherd boy"), "giant {} shepherd boy {}", size("giant"), size("shepherd boy"));
    let giant = spec.figures.iter().find(|f| f.noun == "giant").expect("giant");
    assert!(giant.look.wears("armour").is_some());
}

#[test]
fn a_persons_look_follows_their_name_not_the_scene_and_two_alike_differ() {
    let looks = |p: &str| crate::figure_looks(p).into_iter().next().expect("someone").1;
    assert_eq!(looks("Jonah standing on a wooden ship at sea"), looks("Jonah praying inside a big fish"));
    assert_ne!(looks("Jonah on a ship").name, 0);
    assert_ne!(looks("Jonah on a ship"), looks("Peter on a ship"));
    assert_eq!(looks("a man splashing in the water"), looks("a man on the beach with seaweed"));
    let two = crate::figure_looks("A kind man with a donkey kneeling beside a hurt man on a dusty road.");
    let men: Vec<_> = two.iter().filter(|(n, _)| n == "man").map(|(_, l)| l.clone()).collect();
    assert_eq!(men.len(), 2);
    assert_ne!(men[0], men[1]);
}

#[test]
fn a_mother_is_a_grown_woman_in_long_clothes() {
    assert!(crate::people::height("mother") > crate::people::height("child"));
    assert!(crate::people::long_clothes("mother"));
}

#[test]
fn a_grown_up_named_is_drawn_and_two_sisters_look_different() {
    let spec = Spec::read(&format!("{SISTERS}, with a grown-up helping them, in a back garden"));
    assert_eq!(people(&spec), 3, "{:?}", spec.figures);
    assert!(crate::people::height("grown up") > crate::people::height("girl"));
    let spec = Spec::read("Two sisters building a cardboard rocket from big boxes, in a back garden.");
    let sisters = &spec.figures[0];
    assert_eq!((sisters.noun, sisters.count), ("sister", 2));
    assert_ne!(crate::cast::member(sisters, 0).look, crate::cast::member(sisters, 1).look);
}

/// The front row's characters, placed: their boxes.
fn row(prompt: &str) -> Vec<crate::layout::Bbox> {
    let spec = Spec::read(prompt);
    let plan = crate::cast::plan(&spec, 512, 512);
    plan.pieces.iter().filter(|(p, _)| matches!(p, crate::cast::Piece::Figure { .. })).map(|(_, at)| at.bbox).collect()
}

#[test]
fn more_than_four_people_are_drawn_as_many_as_said_side_by_side() {
    for (prompt, drawn, said) in [
        ("Five children playing in a park.", 5, "five children"),
        ("Six friends at the beach.", 6, "six friends"),
        ("A crowd of people in a town square.", 8, "eight people"),
        ("Jesus and the twelve disciples on a hill.", 13, "twelve disciples"),
        ("Twenty children in a meadow.", 12, "twelve children"),
    ] {
        let boxes = row(prompt);
        assert_eq!(boxes.len(), drawn, "{prompt}");
        for (k, a) in boxes.iter().enumerate() {
            assert!(a.inside(512.0, 512.0, 9.0), "{prompt}: {a:?}");
            assert!(boxes[k + 1..].iter().all(|b| !a.overlaps(b)), "{prompt}: overlap");
        }
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains(said), "{prompt}: {alt}");
    }
}

/// Hair-coloured pixels of one person drawn alone in a meadow.
fn hair_pixels(person: &str, hair: &str, colour: [u8; 3]) -> usize {
    let prompt = format!("Kai, a {person} with light skin and {hair} hair in a blue hoodie, standing in a meadow");
    crate::tests::near(&crate::tests::picture_pixels(&prompt), colour, 24)
}

#[test]
fn boys_get_short_hair_whatever_the_style_words() {
    let colours = [("red", [200, 80, 35]), ("black", [45, 35, 35]), ("golden", [235, 180, 70]), ("brown", [120, 70, 40])];
    let mut long_boys = Vec::new();
    for (name, rgb) in colours {
        let girl_short = hair_pixels("girl", &format!("short {name}"), rgb);
        let girl_long = hair_pixels("girl", &format!("long {name}"), rgb);
        assert!(girl_long > girl_short + 200, "a girl's long {name} hair is drawn long: {girl_long} vs {girl_short}");
        for (style, plain) in
            [("long", "short"), ("braided", "short"), ("long braided", "short"), ("wavy", "short"), ("curly long", "curly")]
        {
            let short = hair_pixels("boy", &format!("{plain} {name}"), rgb);
            let styled = hair_pixels("boy", &format!("{style} {name}"), rgb);
            if styled > short + 200 {
                long_boys.push(format!("{style} {name}: {styled} vs {short}"));
            }
        }
    }
    assert!(long_boys.is_empty(), "boys drawn with long hair: {long_boys:?}");
}

#[test]
fn keepers_are_grown_ups_drawn_and_named() {
    let crab = "Pumpkin, a small orange crab with a green bandana";
    let zoo_pals = "Gooseberry, a small sleek brown otter with a blue backpack, and Cobble, a small yellow snail with a red scarf";
    let prompts = [
        format!(
            "{crab}, climbing the twisty stairs inside a lighthouse, rain on its little round windows, a worried keeper at the top, by a tall red and white lighthouse on the rocks by the sea on a rainy afternoon, soft picture-book illustration."
        ),
        format!(
            "A kind lighthouse keeper with a white beard on the stairs, with {crab}, inside a lighthouse, soft picture-book illustration."
        ),
        format!(
            "A worried zookeeper looking for a lost baby penguin at a zoo, with {zoo_pals}, at a zoo with animal enclosures, trees and paths on a sunny afternoon, soft picture-book illustration."
        ),
        format!("A smiling zoo keeper feeding the penguins, with {zoo_pals}, at a zoo on a sunny afternoon."),
        "A kind old lighthouse keeper waving from the door of a tall lighthouse by the sea.".to_string(),
    ];
    for prompt in &prompts {
        let spec = Spec::read(prompt);
        let keeper = spec.figures.iter().find(|f| f.noun.contains("keeper"));
        let keeper = keeper.unwrap_or_else(|| panic!("{prompt}: no keeper in {:?}", spec.figures));
        assert_eq!(keeper.fam, Fam::Person, "{prompt}");
        assert!(crate::people::height(keeper.noun) >= 1.2, "{prompt}: a keeper is a grown-up");
        let alt = crate::describe::describe(&spec);
        assert!(alt.contains("keeper") && !alt.contains("kind lighthouse"), "{prompt}: {alt}");
    }
}

//! Tests of the Bible stories' people: grown-ups drawn as grown-ups (an
//! armoured Goliath, soldiers, bearded sailors), the giant fallen lying down,
//! David's sling in his hand or laid flat, sailors awake while Jonah sleeps,
//! and everyone in Bible times in a robe, a crowd never one figure copied.

use crate::canvas::Canvas;
use crate::catalog::Fam;
use crate::paint::Painter;
use crate::read::Spec;
use crate::tests::picture_pixels;

fn count(px: &[u8], c: [u8; 3]) -> usize {
    px.chunks(3).filter(|p| *p == c).count()
}

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn bible_grown_ups_are_drawn_as_grown_ups() {
    // Goliath and the soldiers in armour with helmets and spears (the spear's wooden shaft).
    let shaft = [120, 80, 45];
    let goliath = "Goliath, a giant in armour with a bronze helmet, standing in a valley.";
    assert!(count(&picture_pixels(goliath), shaft) > 100, "no spear");
    assert!(count(&picture_pixels("Three soldiers beside their tents in the hills."), shaft) > 100, "no spears");
    assert_eq!(count(&picture_pixels("A friendly giant in a green tunic in a valley."), shaft), 0);
    let spec = Spec::read(goliath);
    assert!(crate::people_arms::armoured(spec.figures[0].noun, &spec.figures[0].look));
    // Grown men have beards; sailors holding on in a storm look frightened.
    assert!(crate::people_arms::grown("soldier", &crate::look::Look::default()).beard.is_some());
    let storm = Spec::read("A small wooden ship tossed by big waves under dark storm clouds, with sailors holding on.");
    assert!(storm.figures.iter().all(|f| f.look.afraid && !f.asleep), "{:?}", storm.figures);
    // David is a shepherd boy, bare-headed (no headcloth), a shepherd is not.
    let david = "David, a small shepherd boy in a plain tan tunic, standing in a meadow.";
    assert_eq!(Spec::read(david).figures[0].noun, "shepherd boy");
    assert!(alt(david).starts_with("a shepherd boy"), "{}", alt(david));
    let cloth = [240, 235, 220];
    assert_eq!(count(&picture_pixels(david), cloth), 0);
    assert!(count(&picture_pixels("A shepherd standing in a meadow."), cloth) > 50);
    // Noah named is an old man with a grey beard.
    let spec = Spec::read("Noah's family and the animals on a green hill beside a big wooden boat.");
    assert!(spec.figures.iter().any(|f| f.noun == "man" && f.named && f.look.beard.is_some()), "{:?}", spec.figures);
    // "five smooth stones" are five.
    let stones =
        "David, a small shepherd boy, kneeling by a little stream, choosing five smooth stones, with his sling and staff beside him.";
    let spec = Spec::read(stones);
    assert_eq!(spec.things.iter().find(|t| t.noun == "stone").map(|t| t.count), Some(5));
    assert!(alt(stones).contains("five smooth stones"), "{}", alt(stones));
    let plan = crate::cast::plan(&spec, 512, 512);
    let drawn = plan.pieces.iter().filter(|(p, _)| matches!(p, crate::cast::Piece::Small { t, .. } if t.noun == "stone")).count();
    assert_eq!(drawn, 5);
}

#[test]
fn goliath_is_a_giant_in_armour_whatever_he_is_called() {
    for prompt in [
        "David, a young shepherd boy with short curly hair in a plain tan tunic, with a sling facing Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, in a wide valley.",
        "David, a young shepherd boy with short curly hair in a plain tan tunic, running forward and swinging his sling round and round, as Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, strides towards him in a valley.",
    ] {
        let spec = Spec::read(prompt);
        let giant = spec
            .figures
            .iter()
            .find(|f| f.noun == "giant")
            .unwrap_or_else(|| panic!("{prompt}: {:?}", spec.figures.iter().map(|f| f.noun).collect::<Vec<_>>()));
        assert!(crate::people_arms::armoured(giant.noun, &giant.look), "{prompt}");
        let boy = spec
            .figures
            .iter()
            .find(|f| f.noun != "giant")
            .unwrap_or_else(|| panic!("{:?}", spec.figures.iter().map(|f| f.noun).collect::<Vec<_>>()));
        assert!(crate::people::height(giant.noun) >= 1.6 * crate::people::height(boy.noun), "{prompt}");
        assert!(alt(prompt).contains("giant"), "{prompt}: {}", alt(prompt));
    }
    assert!(Spec::read("Goliath laughed at the shepherd boy in the valley.").figures.iter().any(|f| f.noun == "giant"));
}

#[test]
fn david_holds_his_sling_it_does_not_stand_on_the_ground() {
    for prompt in [
        "David, a young shepherd boy with short curly hair in a plain tan tunic, with a sling facing Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, in a wide valley.",
        "David, a young shepherd boy with short curly hair in a plain tan tunic, running forward and swinging his sling round and round, as Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, strides towards him in a valley.",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.things.iter().any(|t| t.noun == "sling"), "{prompt}: the sling stands on the ground");
        let david = spec.figures.iter().find(|f| f.noun == "shepherd boy").expect("david");
        assert!(david.look.wears("sling").is_some(), "{prompt}");
        let said = alt(prompt);
        assert!(said.contains("sling") && !said.contains("beside a sling"), "{prompt}: {said}");
    }
}

#[test]
fn the_fallen_giant_lying_on_the_ground_is_drawn_lying() {
    let prompt = "David, a young shepherd boy with short curly hair in a plain tan tunic, smiling happily, with a sling surrounded by cheering soldiers, grown men in armour, with the fallen giant lying flat on the ground behind them and sheep on the green hills.";
    let spec = Spec::read(prompt);
    let giant = spec.figures.iter().find(|f| f.noun == "giant").unwrap_or_else(|| panic!("{prompt}: no giant"));
    assert!(giant.fallen || giant.hurt, "{prompt}");
    assert!(alt(prompt).contains("giant"), "{prompt}: {}", alt(prompt));
}

#[test]
fn the_fallen_giant_goliath_is_a_giant_lying_down() {
    for prompt in [
        "The fallen giant Goliath, a huge stern warrior in heavy bronze armour and helmet, lying flat on his back on the ground in a valley with a small stone beside his helmet, and David, a young shepherd boy with short curly hair in a plain tan tunic, smiling happily, with a sling standing beside him, while cheering soldiers, grown men in armour, stand on the grass behind them.",
        "The giant Goliath, a huge warrior in bronze armour, lying on the ground, and David, a shepherd boy with a sling.",
        "Goliath, a huge stern warrior in heavy bronze armour, lying flat on his back, and David, a shepherd boy with a sling.",
    ] {
        let spec = Spec::read(prompt);
        let giants: Vec<_> = spec.figures.iter().filter(|f| f.noun == "giant").collect();
        assert_eq!(giants.len(), 1, "{prompt}: {:?}", spec.figures);
        assert!(giants[0].fallen && giants[0].look.wears("armour").is_some(), "{prompt}: {:?}", giants[0]);
        assert!(!spec.figures.iter().any(|f| matches!(f.noun, "child" | "warrior")), "{prompt}: {:?}", spec.figures);
        let said = alt(prompt);
        assert!(said.contains("giant") && !said.contains("child"), "{prompt}: {said}");
        let boy = spec.figures.iter().find(|f| f.fam == Fam::Person && f.noun != "giant" && f.noun != "soldier");
        assert!(boy.is_some_and(|b| !b.fallen), "{prompt}: {:?}", spec.figures);
    }
}

#[test]
fn one_who_toppled_over_or_lies_on_the_ground_is_drawn_lying() {
    for (prompt, who) in [
        ("A shepherd boy swinging his sling as a stone flies towards a tall giant in a valley, and the great giant toppled over.", "giant"),
        ("Goliath, a giant in armour with a bronze helmet, lay on the ground in a valley.", "giant"),
        ("A little boy fell down in the meadow.", "boy"),
        ("A tired knight lying on the ground by a castle.", "knight"),
    ] {
        let spec = Spec::read(prompt);
        let f = spec.figures.iter().find(|f| f.noun == who).unwrap_or_else(|| panic!("{prompt}: no {who}"));
        assert!(f.fallen && f.asleep, "{prompt}: {f:?}");
        let said = alt(prompt);
        assert!(said.contains(&format!("{who} lying on the ground")) || said.contains("lying on the ground"), "{prompt}: {said}");
    }
    // Others standing stay standing; snow falling is not someone falling.
    let spec = Spec::read("A girl in a red coat watching the snow fell down on the hills.");
    assert!(spec.figures.iter().all(|f| !f.fallen), "{:?}", spec.figures);
    let spec = Spec::read("A shepherd boy with a sling facing a very tall giant in shiny armour in a wide valley.");
    assert!(spec.figures.iter().all(|f| !f.fallen && !f.asleep));
}

#[test]
fn sailors_holding_on_in_a_storm_are_awake_while_jonah_sleeps() {
    let prompt = "A small wooden ship tossed by big waves under dark storm clouds, with sailors holding on and Jonah, a bearded man in a brown robe, fast asleep below deck.";
    let spec = Spec::read(prompt);
    let sailors = spec.figures.iter().find(|f| f.noun == "sailor").expect("sailors");
    assert!(!sailors.asleep, "{sailors:?}");
    assert!(spec.figures.iter().any(|f| f.noun == "man" && f.asleep));
    let said = alt(prompt);
    assert!(!said.contains("sailors asleep"), "{said}");
    // Everyone said asleep together still sleeps.
    let spec = Spec::read("Pip, a small golden bunny, and Twinkle, a small brown owl, curled up asleep in a mossy nook.");
    assert!(spec.figures.iter().all(|f| f.asleep));
}

#[test]
fn a_sling_laid_down_lies_flat_and_a_held_one_is_in_the_hand() {
    // Held or whirled: in his hand, not a thing on the ground.
    for prompt in [
        "David, a young shepherd boy with short curly hair in a plain tan tunic, with a sling facing Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, in a wide valley.",
        "David, a young shepherd boy, running forward and swinging his sling round and round, as Goliath strides towards him in a valley.",
    ] {
        let spec = Spec::read(prompt);
        assert!(!spec.things.iter().any(|t| t.noun == "sling"), "{prompt}: {:?}", spec.things);
        assert!(spec.figures.iter().any(|f| f.look.wears("sling").is_some()), "{prompt}");
    }
    // Laid down beside him: it lies flat on the ground, no higher than a stone (not a fork standing up).
    let mut p = Painter { cv: Canvas::new(200, 200), tint: None };
    p.cv.px.iter_mut().for_each(|v| *v = 255);
    let mut pen = p.pen(100.0, 150.0, 2.0, false);
    crate::objects::object(&mut pen, "sling", crate::canvas::Rgb(150, 110, 70));
    let rows: Vec<usize> = p.cv.px.chunks(3).enumerate().filter(|(_, c)| *c != [255, 255, 255]).map(|(i, _)| i / 200).collect();
    let top = rows.iter().copied().min().unwrap_or(150);
    assert!(150 - top <= 24, "the sling reaches {} px up", 150 - top);
}

#[test]
fn everyone_in_bible_times_wears_a_robe_and_a_crowd_is_not_one_figure_copied() {
    use crate::catalog::Fam;
    for prompt in [
        "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.",
        "Jonah, a bearded man in a brown robe, speaking to a big crowd of people and children in a city with tall walls, under a bright sky.",
    ] {
        let spec = Spec::read(prompt);
        for f in spec.figures.iter().filter(|f| f.fam == Fam::Person) {
            let robed = f.look.robe.is_some() || f.look.wears("robe").is_some();
            assert!(robed, "{prompt}: {} in modern clothes", f.noun);
            // Every one of a group, the children too.
            for k in 0..f.count.min(8) {
                let one = crate::cast::member(f, k);
                assert!(one.look.robe.is_some() || one.look.wears("robe").is_some(), "{prompt}: {} {k}", one.noun);
            }
        }
        // The robe is drawn, not said: the alt stays short.
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(!alt.contains("in a robe"), "{alt}");
    }
    // In a crowd the fifth is not the first again.
    let crowd = Spec::read("Jonah speaking to a big crowd of people in Nineveh.");
    let people = crowd.figures.iter().find(|f| f.noun == "person").expect("people");
    assert_ne!(crate::cast::member(people, 0), crate::cast::member(people, 4));
    // Today's children wear today's clothes.
    let today = Spec::read("A girl and her little brother playing in a garden.");
    assert!(today.figures.iter().all(|f| f.look.robe.is_none()), "{:?}", today.figures);
}

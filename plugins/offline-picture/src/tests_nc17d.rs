//! Tests from a newcomer's fourth play-through (nc17d): no children made up
//! from a place's name ("on Pebble Mountain"), snow seen through the window,
//! the giant, and figures standing on the ground.

use crate::read::Spec;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn a_place_name_is_no_one_to_draw() {
    for prompt in [
        "Twinkle, a small golden bunny with a yellow bandana, and Noodle, a small glowing yellow firefly with a green bandana, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night, soft picture-book illustration.",
        "Sunny, a small grey bunny with a green bandana, and Pepper, a small white puppy with a green scarf, curled up asleep in a soft, mossy nook, on Pebble Mountain, under a quiet starry sky at night, soft picture-book illustration.",
        "Twinkle, a big green dragon with an orange bow, walking in the Whispering Woods at night.",
    ] {
        let spec = Spec::read(prompt);
        assert!(
            !spec.figures.iter().any(|f| f.noun == "child"),
            "{prompt}: {:?}",
            spec.figures.iter().map(|f| (f.noun, f.count)).collect::<Vec<_>>()
        );
        let said = alt(prompt);
        assert!(!said.contains("child"), "{prompt}: {said}");
    }
    // A named child is still a child.
    assert!(Spec::read("Tom flying a kite on the hill.").figures.iter().any(|f| f.noun == "child"));
}

#[test]
fn snow_watched_from_a_window_falls_outside_it() {
    use crate::position::Position;
    for prompt in [
        "Ivy, a girl with dark brown skin and braided golden hair in a teal hoodie, and Noodle, a small grey squirrel with a yellow hat, looking out of a big window, noses to the glass, hoping to watch the snow, inside a cozy house by a big window at night, soft picture-book illustration.",
        "A boy at the window on a snowy night.",
    ] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.position, Some(Position::Window { view: crate::place::Place::Snow }), "{prompt}");
        let said = alt(prompt);
        assert!(said.contains("snow"), "{prompt}: {said}");
        // White flakes in the dark window.
        let px = crate::tests::decode(&crate::picture(prompt, 512, 512).expect("png").0).2;
        let flakes =
            px.chunks(3).enumerate().filter(|(i, p)| (61..300).contains(&(i / 512)) && p[0] > 245 && p[1] > 245 && p[2] > 250).count();
        assert!(flakes > 150, "{prompt}: {flakes} flake pixels");
    }
    // Rain at the window is not snow.
    assert!(!alt("A girl at the window looking at the rain.").contains("snow"));
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
fn a_crowd_s_back_row_stands_on_the_ground_not_in_the_sky() {
    for prompt in [
        "Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, standing in a valley, while David, a young shepherd boy with short curly hair in a plain tan tunic, watches from a hill with frightened soldiers, grown men in armour with shields and spears, beside their tents.",
        "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.",
        "David, a young shepherd boy with short curly hair in a plain tan tunic, smiling happily, with a sling surrounded by cheering soldiers, grown men in armour, with the fallen giant lying flat on the ground behind them and sheep on the green hills.",
    ] {
        let spec = Spec::read(prompt);
        let plan = crate::cast::plan(&spec, 512, 512);
        for (piece, at) in &plan.pieces {
            if matches!(piece, crate::cast::Piece::Figure { .. }) {
                assert!(at.y >= 512.0 * 0.62, "{prompt}: a figure stands at {} of 512, above the horizon", at.y);
            }
        }
    }
}

#[test]
#[ignore]
fn dbg_figs() {
    for p in std::env::var("P").unwrap_or_default().split('|') {
        let s = Spec::read(p);
        println!("{p} => {:?} | {}", s.figures.iter().map(|f| (f.noun, f.count)).collect::<Vec<_>>(), alt(p));
    }
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

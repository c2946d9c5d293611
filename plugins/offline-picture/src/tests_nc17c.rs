//! Tests from a newcomer's third play-through (nc17c): who rides whom
//! ("a whale giving Fig and Shelly a ride", "with Luna and Daisy inside it"),
//! a giant who toppled over lying on the ground, and sailors awake in a storm.

use crate::read::Spec;
use crate::ride::Mount;

fn alt(prompt: &str) -> String {
    crate::picture(prompt, 64, 64).expect("png").1
}

#[test]
fn the_one_giving_the_ride_or_carrying_is_the_mount() {
    for (prompt, mount, riders, says) in [
        (
            "A friendly whale giving Fig, a small orange crab with a teal backpack, and Shelly, a small green turtle with a red bow, a ride on its back, by the sea.",
            "whale",
            2,
            "a small orange crab with a teal backpack and a small green turtle with a red bow riding a whale",
        ),
        ("Fig, a small orange crab, riding on the whale's back in the sea.", "whale", 1, "a small orange crab riding a whale"),
        ("A big whale carrying a little crab and a small turtle across the sea.", "whale", 2, "riding a big whale"),
        ("A kind man leading a donkey carrying a hurt man towards an inn.", "donkey", 1, "riding a donkey"),
    ] {
        let spec = Spec::read(prompt);
        let ride = spec.ride.clone().unwrap_or_else(|| panic!("{prompt}: no ride"));
        let Mount::Creature(m) = ride.mount else { panic!("{prompt}: {:?}", ride.mount) };
        assert_eq!(spec.figures[m].noun, mount, "{prompt}");
        assert_eq!(ride.riders.len(), riders, "{prompt}");
        assert!(!ride.riders.contains(&m));
        let said = alt(prompt);
        assert!(said.contains(says), "{prompt}: {said}");
    }
    // Giving without a ride is not riding; a shepherd carrying a lamb is not ridden.
    assert!(Spec::read("A short man giving bags of gold coins to a boy in a town street.").ride.is_none());
    assert!(Spec::read("A smiling shepherd carrying a little lamb on his shoulders.").ride.is_none());
}

#[test]
fn riders_named_before_inside_it_are_in_the_rocket() {
    for prompt in [
        "A cardboard rocket blasting off into the sky with a trail of white smoke, with Luna, a girl with tan skin and wavy dark brown hair in a blue jacket, and Daisy, a girl with fair skin and braided blond hair in a pink hoodie, inside it, looking out of its round window, high in a bright blue sky above the rooftops on a sunny afternoon, soft picture-book illustration.",
        "A cardboard rocket flying through a dark sky full of stars, with Wren, a girl in a purple raincoat, and Tilly, a girl in red dungarees, inside it, looking out of its round window.",
    ] {
        let spec = Spec::read(prompt);
        let ride = spec.ride.clone().unwrap_or_else(|| panic!("{prompt}: no ride"));
        assert!(matches!(ride.mount, Mount::Vehicle(_)), "{prompt}");
        assert_eq!(ride.riders.len(), 2, "{prompt}");
        let said = alt(prompt);
        assert!(said.contains("in a cardboard rocket"), "{prompt}: {said}");
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
fn sleepers_lie_wholly_inside_the_picture() {
    for prompt in [
        "Pip, a small grey bunny with a teal backpack, and Sky, a small seagull with a red hat, curled up asleep by the sea, under a quiet starry sky at night, soft picture-book illustration.",
        "Pip, a small grey bunny with a teal backpack, and Sky, a small seagull with a red hat, fast asleep at sea at night.",
        "Pip, a small golden bunny, and Twinkle, a small brown owl, curled up asleep in a soft, mossy nook, in the secret garden at night.",
        "Goliath, a giant in armour with a bronze helmet, lay on the ground in a valley.",
        "Two sisters fast asleep, tucked up in bed at night.",
    ] {
        let spec = Spec::read(prompt);
        for (w, h) in [(512, 512), (512, 768), (768, 512)] {
            let plan = crate::cast::plan(&spec, w, h);
            for (_, at) in &plan.pieces {
                let b = at.bbox;
                assert!(b.x0 >= -0.5 && b.y0 >= -0.5 && b.x1 <= w as f32 + 0.5 && b.y1 <= h as f32 * 0.97, "{prompt} {w}x{h}: {b:?}");
            }
        }
    }
}

#[test]
fn a_creature_asleep_in_bed_shows_its_face_above_the_blanket() {
    // The blanket is the bluest colour most seen in the lower half: over a creature it stops short of the face
    // (ears and snout reach beyond its head), so it covers less of the bed than over a child.
    let blanket = |prompt: &str| {
        let px = crate::tests::decode(&crate::picture(prompt, 512, 512).expect("png").0).2;
        let mut seen = std::collections::BTreeMap::new();
        for p in px[512 * 256 * 3..].chunks(3).filter(|p| u16::from(p[2]) > u16::from(p[0]) + 30) {
            *seen.entry([p[0], p[1], p[2]]).or_insert(0usize) += 1;
        }
        seen.values().copied().max().unwrap_or(0)
    };
    let child = blanket("A little girl fast asleep, tucked up in bed at night.");
    for prompt in ["Pip, a small grey bunny, fast asleep, tucked up in bed at night.", "A little bear asleep in bed at night."] {
        let over = blanket(prompt);
        assert!(over * 10 < child * 9, "{prompt}: blanket {over} vs a child's {child}");
    }
}

//! Animals told apart by their shapes and colours in the picture: a fox is
//! bigger, long and low with its tail out behind (white-tipped) and a white
//! chest; a squirrel is small, sits up with its tail curled up over its back.
//! Also: a penguin keeps its own colours, every creature a child types is
//! drawn and named, an animal asleep curls up on the ground, a hedgehog is a
//! dome of spines and a tortoise a domed patterned shell.
//! Also a parrot's hooked beak and its wing of another colour.

use crate::canvas::Canvas;
use crate::cast::{Piece, plan};
use crate::layout::Bbox;
use crate::paint::Painter;
use crate::read::Spec;
use crate::tests::decode;
use crate::tests::{drawn_pixels, near_in_rows, picture_pixels};

const PAIRS: &[&str] = &[
    "a fox and a squirrel in the forest",
    "a squirrel and a fox in a meadow",
    "a grey squirrel and a fox in the snow",
    "a red squirrel and a little fox by a tree",
    "Rusty the fox and Nutkin the squirrel in the woods",
    "a squirrel with a fox on a green hill",
    "a big fox and a small squirrel in a garden full of flowers",
    "a fox, a squirrel and a bunny in the forest",
    "a happy squirrel and a happy fox having a picnic in the park",
    "two squirrels and a fox in a meadow",
];

#[test]
fn a_fox_and_a_squirrel_are_told_apart_by_shape_size_and_colour() {
    let mut wrong = Vec::new();
    for prompt in PAIRS {
        let spec = Spec::read(prompt);
        let placed = plan(&spec, 512, 512);
        let bbox = |noun: &str| {
            placed.pieces.iter().find_map(|(p, at)| match p {
                Piece::Figure { f, .. } if f.noun == noun => Some(at.bbox),
                _ => None,
            })
        };
        let (Some(fox), Some(squirrel)) = (bbox("fox"), bbox("squirrel")) else {
            wrong.push(format!("{prompt}: not both drawn"));
            continue;
        };
        let w = |b: &Bbox| b.x1 - b.x0;
        let h = |b: &Bbox| b.y1 - b.y0;
        let px = drawn_pixels(prompt);
        // Pixels of colour `c` in a box, or in its outer fifth on either side (where a tail ends).
        let count = |b: &Bbox, c: crate::canvas::Rgb, ends: bool| {
            let (x0, x1) = (b.x0.max(0.0) as usize, (b.x1 as usize).min(511));
            let edge = ((x1 - x0) / 5).max(1);
            (b.y0.max(0.0) as usize..(b.y1 as usize).min(511))
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, _)| !ends || x < x0 + edge || x >= x1 - edge)
                .filter(|&(x, y)| px[(y * 512 + x) * 3..(y * 512 + x) * 3 + 3] == [c.0, c.1, c.2])
                .count()
        };
        let white = crate::woodland::WHITE;
        let checks = [
            ("the fox is bigger", h(&fox) * w(&fox) > 1.5 * h(&squirrel) * w(&squirrel)),
            ("the fox is long and low, its tail out behind", w(&fox) > 1.4 * h(&fox)),
            ("the squirrel sits up, its tail curled up over its back", h(&squirrel) > w(&squirrel)),
            ("the fox has a white chest and tail tip", count(&fox, white, false) > 60 && count(&fox, white, true) > 15),
            ("the squirrel has no white", count(&squirrel, white, false) == 0),
        ];
        for (what, ok) in checks {
            if !ok {
                wrong.push(format!("{prompt}: {what} (fox {fox:?}, squirrel {squirrel:?})"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_black_and_white_penguin_keeps_its_own_colours() {
    let spec = Spec::read("Twinkle, a small black and white penguin with a blue bow tie, with a red kite");
    let penguin = spec.figures.iter().find(|f| f.noun == "penguin").expect("a penguin");
    assert_eq!(penguin.look.body, None);
    assert!(!crate::picture("a black and white penguin", 64, 64).expect("png").1.contains("white penguin"));
}

/// Creatures a child types: the ones with drawings of their own, and ones drawn as the nearest kind.
const CREATURES: &[&str] = &[
    "whale",
    "octopus",
    "dolphin",
    "unicorn",
    "dinosaur",
    "elephant",
    "giraffe",
    "monkey",
    "lion",
    "bear",
    "rabbit",
    "dog",
    "cat",
    "owl",
    "turtle",
    "frog",
    "butterfly",
    "bee",
    "shark",
    "penguin",
    "horse",
    "dragon",
    "llama",
    "leopard",
    "flamingo",
    "peacock",
    "eagle",
    "polar bear",
    "hare",
    "moose",
    "lizard",
    "alligator",
    "squid",
    "orca",
    "hippopotamus",
    "chimpanzee",
    "moth",
    "toad",
    "goldfish",
    "reindeer",
    "teddy bear",
    "puffin",
    "cheetah",
    "t rex",
];

#[test]
fn every_creature_a_child_types_is_drawn_and_named() {
    let meadow = picture_pixels("a meadow");
    for noun in CREATURES {
        let prompt = format!("a {noun} in a meadow");
        let spec = Spec::read(&prompt);
        assert!(spec.figures.len() == 1 && spec.figures[0].fam.is_character(), "{noun}: {:?}", spec.figures);
        let (png, alt) = crate::picture(&prompt, 512, 512).expect("png");
        assert!(alt.starts_with(&format!("a {noun} ")) || alt.starts_with(&format!("an {noun} ")), "{noun}: {alt}");
        let px = decode(&png).2;
        let changed = px.chunks(3).zip(meadow.chunks(3)).filter(|(a, b)| a != b).count();
        assert!(changed > 3000, "{noun} is hardly drawn: {changed}");
    }
    // Said at the start with a capital, it is still the creature (not a child's name); several kinds in one picture.
    let spec = Spec::read("Llamas and a leopard in a field, with a flamingo and a peacock.");
    let kinds: Vec<&str> = spec.figures.iter().map(|f| f.noun).collect();
    assert_eq!(kinds, ["llama", "leopard", "flamingo", "peacock"]);
    // The nearest kind draws it: a leopard is a big cat, not a grey blob.
    assert_eq!(crate::catalog_kin::drawn_as("leopard"), "tiger");
}

/// The first figure of `prompt` drawn alone on white with its feet at (150, 250): how many pixels are its legs'
/// colour, and the lowest and the left- and right-most painted pixels.
fn drawn(prompt: &str, legs: [u8; 3]) -> (usize, usize, usize, usize) {
    let spec = Spec::read(prompt);
    let mut p = Painter { cv: Canvas::new(300, 300), tint: None };
    p.cv.px.iter_mut().for_each(|v| *v = 255);
    crate::cast::figure(&mut p, &spec.figures[0], 150.0, 250.0, 2.0, false, false);
    let painted: Vec<(usize, usize)> =
        p.cv.px.chunks(3).enumerate().filter(|(_, c)| *c != [255, 255, 255]).map(|(i, _)| (i % 300, i / 300)).collect();
    let leg = p.cv.px.chunks(3).filter(|c| *c == legs).count();
    let low = painted.iter().map(|p| p.1).max().unwrap_or(0);
    let left = painted.iter().map(|p| p.0).min().unwrap_or(0);
    let right = painted.iter().map(|p| p.0).max().unwrap_or(0);
    (leg, low, left, right)
}

#[test]
fn an_animal_asleep_is_curled_up_on_the_ground_not_knocked_over() {
    for (awake, asleep) in [
        (
            "a small white and grey seagull with a red bow tie on the beach",
            "a small white and grey seagull with a red bow tie curled up asleep on the beach",
        ),
        (
            "a small snowy white owl with a pink bandana in the castle",
            "a small snowy white owl with a pink bandana curled up asleep in the castle",
        ),
        ("a fox in the forest", "a fox fast asleep in the forest"),
    ] {
        assert!(Spec::read(asleep).figures[0].asleep, "{asleep}");
        let legs = [240, 160, 70];
        let (up_legs, up_low, up_left, up_right) = drawn(awake, legs);
        let (legs_left, low, left, right) = drawn(asleep, legs);
        // Legs tucked: no legs sticking out.
        assert!(legs_left * 4 <= up_legs.max(1), "{asleep}: legs {legs_left} (standing {up_legs})");
        // Resting on the ground where it stood, about as wide as standing (not turned over on its side).
        assert!(low <= up_low + 4 && low + 6 >= up_low, "{asleep}: lowest {low} (standing {up_low})");
        let (w, up_w) = (right - left, up_right - up_left);
        assert!(w <= up_w + up_w / 5, "{asleep}: {w} wide, standing {up_w}");
    }
}

#[test]
fn a_hedgehog_is_a_low_dome_of_spines_with_a_pointed_snout_not_a_squirrel() {
    let spec = Spec::read("Nutmeg, a little brown hedgehog, in a meadow.");
    let f = spec.figures.first().expect("the hedgehog").clone();
    assert_eq!(f.noun, "hedgehog");
    let e = crate::cast::extent(&crate::cast::Piece::Figure { f, flip: false, shadow: false });
    // Long and low, nose out in front: not an upright squirrel sitting on its tail.
    assert!(e.left + e.right > e.up * 1.4, "{e:?}");
}

#[test]
fn a_tortoise_has_a_domed_patterned_shell_with_its_legs_and_head_showing() {
    let spec = Spec::read("Doodle, a small brown tortoise, in the hills.");
    let f = spec.figures.first().expect("the tortoise").clone();
    let shell = f.look.body.expect("brown");
    let mut p = crate::paint::Painter { cv: crate::canvas::Canvas::new(300, 300), tint: None };
    crate::cast::figure(&mut p, &f, 150.0, 250.0, 2.0, false, false);
    let at = |x: usize, y: usize| {
        let i = (y * 300 + x) * 3;
        [p.cv.px[i], p.cv.px[i + 1], p.cv.px[i + 2]]
    };
    let is = |c: crate::canvas::Rgb, px: [u8; 3]| px == [c.0, c.1, c.2];
    // Under the shell's rim its legs stand on the ground: no shell down there.
    let under: Vec<[u8; 3]> = (232..248).flat_map(|y| (80..220).map(move |x| (x, y))).map(|(x, y)| at(x, y)).collect();
    assert!(!under.iter().any(|&px| is(shell, px)), "the shell reaches the ground like a boulder");
    assert!(under.iter().filter(|px| px.iter().any(|&v| v > 0)).count() > 100, "no legs under the shell");
    // Plates on the shell, in a lighter shade.
    let all: Vec<[u8; 3]> = (0..300).flat_map(|y| (0..300).map(move |x| (x, y))).map(|(x, y)| at(x, y)).collect();
    assert!(all.iter().filter(|&&px| is(shell.lighter(0.25), px)).count() > 200, "no plates on the shell");
}

#[test]
fn a_parrot_has_a_hooked_beak_and_a_wing_of_another_colour() {
    let beak = |prompt: &str| near_in_rows(&drawn_pixels(prompt), [70, 70, 80], 4, (0.0, 1.0));
    assert!(beak("a green parrot in a jungle") > beak("a green chick in a jungle") + 40);
    let wing = near_in_rows(&drawn_pixels("a red parrot on a sandy beach"), [50, 105, 220], 10, (0.0, 1.0));
    assert!(wing > 200, "blue wing: {wing}");
}

#[test]
fn tiny_sea_creatures_in_a_rock_pool_are_drawn() {
    for prompt in [
        "A rock pool on the beach with tiny sea creatures, with Noah, a boy in a red hoodie, on a sandy beach by the sea.",
        "Three sea creatures on the sand.",
        "A girl looking at a sea creature in a rock pool.",
    ] {
        let spec = Spec::read(prompt);
        let drawn = plan(&spec, 512, 512).pieces.iter().any(|(p, _)| matches!(p, Piece::Figure { f, .. } if f.noun == "sea creature"));
        assert!(drawn, "{prompt}: {:?}", spec.figures.iter().map(|f| f.noun).collect::<Vec<_>>());
        assert!(crate::describe::describe(&spec).contains("sea creature"), "{prompt}");
    }
}

#[test]
fn a_family_of_ducks_is_ducks_not_people() {
    let boy = "with Malo, a boy with olive skin and short black hair in a red hoodie, and Grandpa, a grandpa with tan skin and a beard in a red jacket, by a quiet blue lake on a sunny afternoon.";
    let mut wrong = Vec::new();
    for family in [
        "A family of ducks paddling in a line",
        "A family of swans gliding by",
        "Two families of rabbits hopping about",
        "A family of frogs on a lily pad",
    ] {
        let prompt = format!("{family}, {boy}");
        let spec = Spec::read(&prompt);
        let people: usize = spec.figures.iter().filter(|f| f.fam == crate::catalog::Fam::Person).map(|f| f.count).sum();
        let drawn = plan(&spec, 512, 512)
            .pieces
            .iter()
            .filter(|(p, _)| matches!(p, Piece::Figure { f, .. } if f.fam == crate::catalog::Fam::Person))
            .count();
        if people != 2 || drawn != 2 || !spec.figures.iter().any(|f| f.fam != crate::catalog::Fam::Person) {
            wrong.push(format!("{prompt}: {people} people read, {drawn} drawn"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // A family of people is still people.
    assert!(Spec::read("A happy family having a picnic in a park.").figures.iter().any(|f| f.fam == crate::catalog::Fam::Person));
}

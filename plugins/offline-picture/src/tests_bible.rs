//! The Bible scenes: Noah's ark is one big boat with a house on it, generic
//! groups ("the animals", "Noah's family", "a crowd of people") draw a few of
//! them, a den is a rocky den, a river is seen, named people are kept in a
//! crowded picture, a shepherd's headcloth leaves the eyes uncovered; in a
//! Bible story (its style or its names) everyone is in Bible-times dress,
//! grown-ups in headcloths and veils kept scene to scene, and a room is a
//! Bible-times room (plaster, oil lamp, mat, an opening with no curtains).

use crate::read::Spec;
use crate::tests::{drawn_pixels, near_in_rows};

#[test]
fn the_ark_is_one_big_boat_with_its_door() {
    let spec = Spec::read("A big wooden boat with its door closed under grey clouds and falling rain.");
    let things: Vec<&str> = spec.things.iter().map(|t| t.noun).collect();
    assert_eq!(things, ["ark", "cloud"]);
    // Bigger than a boat: the ark's hull covers more of the picture.
    let hull = [165, 112, 70];
    let ark = near_in_rows(&drawn_pixels("a big wooden boat on a hill"), hull, 30, (0.0, 1.0));
    let boat = near_in_rows(&drawn_pixels("a wooden boat on a hill"), hull, 30, (0.0, 1.0));
    assert!(ark > boat + 3000, "ark {ark} vs boat {boat}");
}

#[test]
fn groups_draw_a_few_of_them() {
    let spec = Spec::read("Noah's family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.");
    let kinds: Vec<(&str, usize)> = spec.figures.iter().map(|f| (f.noun, f.count)).collect();
    assert_eq!(kinds, [("man", 1), ("person", 3), ("animal", 4)]);
    let giraffe = [245, 200, 90];
    let with = near_in_rows(&drawn_pixels("Noah's family and the animals on a green hill"), giraffe, 30, (0.0, 1.0));
    let without = near_in_rows(&drawn_pixels("Noah on a green hill"), giraffe, 30, (0.0, 1.0));
    assert!(with > without + 2000, "animals: {with} vs {without}");
    let spec = Spec::read("A man with a brown beard speaking to a big crowd of people and children in a city.");
    let kinds: Vec<&str> = spec.figures.iter().map(|f| f.noun).collect();
    assert_eq!(kinds, ["man", "person", "child"], "a crowd of people is people, said once");
}

#[test]
fn a_den_is_a_rocky_den() {
    let prompt = "A man standing calmly in a rocky den with big lions around him, and light shining from an opening above.";
    assert_eq!(Spec::read(prompt).place, crate::place::Place::Den);
    let px = drawn_pixels(prompt);
    let sky = px[..512 * 3 * 200].chunks(3).filter(|p| i32::from(p[2]) > i32::from(p[0]) + 40).count();
    assert!(sky < 512 * 200 / 5, "the top is mostly rock, not sky: {sky}");
}

#[test]
fn a_river_is_seen() {
    let prompt = "A princess with a crown and her maids walking by a river, pointing at a basket in the reeds.";
    let water = near_in_rows(&drawn_pixels(prompt), [80, 160, 220], 20, (0.6, 1.0));
    assert!(water > 3000, "river pixels: {water}");
    assert_eq!(Spec::read("A girl watching a little basket float on the water by a river.").place, crate::place::Place::River);
}

#[test]
fn named_people_stay_in_a_crowded_picture() {
    let spec = Spec::read("Shepherds kneeling by a manger in a stable where a baby sleeps, with Mary, Joseph and a little lamb.");
    let drawn: usize = spec.figures.iter().map(|f| f.count).sum();
    assert!(drawn <= 13, "{:?}", spec.figures);
    for kind in ["woman", "man", "baby", "shepherd"] {
        assert!(spec.figures.iter().any(|f| f.noun == kind), "{kind} in {:?}", spec.figures);
    }
    let spec = Spec::read("Three wise men with crowns kneeling and offering gifts to a little child on Mary's lap, under a bright star.");
    assert!(spec.figures.iter().any(|f| f.noun == "woman"), "Mary: {:?}", spec.figures);
}

#[test]
fn a_shepherds_headcloth_leaves_the_eyes_uncovered() {
    let eyes = near_in_rows(&drawn_pixels("a shepherd in a meadow"), [35, 30, 45], 6, (0.0, 1.0));
    assert!(eyes > 20, "eye pixels: {eyes}");
}

/// The styles the host ends a Bible-tier picture prompt with (the tier's; a profile's own art style before it).
pub(crate) const BIBLE_STYLES: &[&str] = &[
    ". Style: warm, reverent children's Bible watercolour, golden light, earth tones, no scary or violent imagery.",
    ". Style: soft pencil; warm, reverent children's Bible watercolour, golden light, earth tones, no scary or violent imagery.",
    ". Style: soft warm night-time light, pastel colours, gentle amber glow, calm and sleepy; warm, reverent children's Bible watercolour, golden light, earth tones, no scary or violent imagery.",
];

const KIDS_STYLE: &str = ". Style: bright, colourful children's book illustration, friendly and cheerful, soft shapes, nothing scary.";

/// Whether a person is in Bible-times dress: a robe (their own or given), a dress, armour, or a costume of the time.
fn in_bible_dress(f: &crate::read::Figure) -> bool {
    f.look.robe.is_some()
        || matches!(f.look.garment().map(|g| g.0), Some("robe" | "dress" | "armour"))
        || matches!(f.noun, "angel" | "soldier" | "guard" | "giant" | "baby")
}

#[test]
fn in_a_bible_story_everyone_is_in_bible_times_dress_named_or_not() {
    let mut wrong = Vec::new();
    let mut checked = 0;
    for picture in crate::tests_alt::bible_pictures() {
        for style in BIBLE_STYLES {
            let prompt = format!("{}{style}", picture.trim_end_matches('.'));
            let spec = Spec::read(&prompt);
            checked += 1;
            let bare: Vec<&str> =
                spec.figures.iter().filter(|f| f.fam == crate::catalog::Fam::Person && !in_bible_dress(f)).map(|f| f.noun).collect();
            if !spec.bible || !bare.is_empty() {
                wrong.push(format!("{prompt}: {bare:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {checked}:\n{}", wrong.len(), wrong.join("\n"));
    // The kids' tier's style is not Bible times: children there wear their own clothes.
    for scene in ["A boy and a girl sitting on a green hill", "Ten brothers bowing before a man beside big sacks of grain"] {
        let spec = Spec::read(&format!("{scene}{KIDS_STYLE}"));
        assert!(!spec.bible && spec.figures.iter().all(|f| f.look.robe.is_none()), "{scene}: {:?}", spec.figures);
    }
}

/// Rooms of everyday Bible-story scenes, besides the storyteller's own.
const ROOMS: &[&str] = &[
    "A man kneeling and praying by an open window in a house",
    "A woman sweeping the floor of her house, looking for a lost coin",
    "A family eating bread at a table in a house",
    "A boy and his mother in a small house",
    "Two friends talking in a room",
    "A girl looking out of the window of her house",
    "A man asleep in bed in a small house",
    "A boy asleep in his bed in the house",
];

#[test]
fn a_bible_room_has_plaster_walls_an_oil_lamp_a_mat_and_an_opening_with_no_curtains() {
    let mut prompts: Vec<String> = Vec::new();
    for scene in crate::tests_alt::bible_pictures().into_iter().chain(ROOMS.iter().copied()) {
        let prompt = format!("{}{}", scene.trim_end_matches('.'), BIBLE_STYLES[0]);
        let spec = Spec::read(&prompt);
        // By day, so every colour is drawn as it is (no evening light over it).
        if spec.place == crate::place::Place::Indoors && spec.time == crate::read::Time::Day {
            prompts.push(prompt);
        }
    }
    assert!(prompts.len() >= 10, "{} rooms", prompts.len());
    let count = |px: &[u8], c: crate::canvas::Rgb| px.chunks(3).filter(|p| *p == [c.0, c.1, c.2]).count();
    let mut wrong = Vec::new();
    for prompt in &prompts {
        let px = drawn_pixels(prompt);
        // Curtains, wallpaper, plank floor, bedstead, starry quilt.
        let modern = [(236, 160, 170), (250, 228, 200), (244, 214, 180), (200, 150, 100), (176, 122, 84), (150, 180, 230)]
            .iter()
            .map(|&(r, g, b)| count(&px, crate::canvas::Rgb(r, g, b)))
            .sum::<usize>();
        let plaster = count(&px, crate::bible_room::PLASTER);
        let (lamp, mat) = (count(&px, crate::bible_room::FLAME), count(&px, crate::bible_room::MAT));
        if modern > 0 || plaster < 512 * 512 / 10 || lamp == 0 || mat < 2000 {
            wrong.push(format!("{prompt}: modern {modern}, plaster {plaster}, lamp {lamp}, mat {mat}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {}:\n{}", wrong.len(), prompts.len(), wrong.join("\n"));
    // A table there is a low one; a kids' story keeps its table.
    let things = |p: &str| Spec::read(p).things.iter().map(|t| t.noun).collect::<Vec<_>>();
    assert!(things(&format!("{}{}", ROOMS[2], BIBLE_STYLES[0])).contains(&"low table"));
    assert!(things(&format!("{}{KIDS_STYLE}", ROOMS[2])).contains(&"table"));
}

/// The headcloth (or veil) a prompt's first person is given.
fn headcloth(prompt: &str) -> Option<crate::canvas::Rgb> {
    let spec = Spec::read(prompt);
    spec.figures.iter().find(|f| f.fam == crate::catalog::Fam::Person).and_then(|f| f.look.wears(crate::headcloth::NOUN))
}

#[test]
fn bible_grown_ups_wear_headcloths_and_veils_kept_scene_to_scene_children_bare_headed() {
    let mut wrong = Vec::new();
    for picture in crate::tests_alt::bible_pictures() {
        let spec = Spec::read(&format!("{}{}", picture.trim_end_matches('.'), BIBLE_STYLES[0]));
        for f in spec.figures.iter().filter(|f| f.fam == crate::catalog::Fam::Person) {
            let grown = !crate::headcloth::bare(f.noun, &f.look);
            if grown != f.look.wears(crate::headcloth::NOUN).is_some() {
                wrong.push(format!("{picture}: {} {:?}", f.noun, f.look.wear));
            }
        }
    }
    // The same person (the same words) wears the same one in every scene, whoever else is there.
    let scenes = ["standing on a hill", "walking by the sea with two friends", "kneeling in a small house", "beside a big city at night"];
    for who in ["Jonah, a bearded man in a brown robe,", "A man with a grey beard", "A young woman in a blue robe", "An old woman", "Ruth"]
    {
        let worn: Vec<_> = scenes.iter().map(|s| headcloth(&format!("{who} {s}{}", BIBLE_STYLES[0]))).collect();
        if worn[0].is_none() || worn.iter().any(|w| *w != worn[0]) {
            wrong.push(format!("{who}: {worn:?}"));
        }
    }
    // Drawn: the cloth's colour is on the head in the Bible story, not in the kids' one.
    let colour_count = |prompt: &str, c: crate::canvas::Rgb| drawn_pixels(prompt).chunks(3).filter(|p| *p == [c.0, c.1, c.2]).count();
    for (who, veil) in [("A man with a brown beard", false), ("A kind man", false), ("A woman", true), ("A mother", true)] {
        let bible = format!("{who} standing on a green hill{}", BIBLE_STYLES[0]);
        let Some(cloth) = headcloth(&bible) else { continue };
        let k = crate::headcloth::CLOTHS.iter().position(|c| *c == cloth).unwrap_or(0);
        let drawn = if veil { crate::headcloth::VEILS[k] } else { cloth };
        let (on, off) = (colour_count(&bible, drawn), colour_count(&format!("{who} standing on a green hill{KIDS_STYLE}"), drawn));
        if on < off + 300 {
            wrong.push(format!("{who}: {on} cloth pixels in the Bible story, {off} in the kids' one"));
        }
    }
    assert!(headcloth(&format!("A boy standing on a green hill{}", BIBLE_STYLES[0])).is_none(), "children may go bare-headed");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_bible_persons_robe_is_the_same_in_every_scene_whoever_is_beside_them() {
    let scenes = [
        "{who} walking on a dusty road",
        "A shepherd and {who} talking by a well",
        "A boy, a girl and {who} sitting by a fire",
        "A king with a crown speaking to {who} in a palace",
        "{who} praying in a small house",
    ];
    let mut wrong = Vec::new();
    for (who, noun) in
        [("a man with a grey beard", "man"), ("an old woman", "woman"), ("Jonah, a bearded man,", "man"), ("a young woman", "woman")]
    {
        let robes: Vec<Option<crate::canvas::Rgb>> = scenes
            .iter()
            .map(|s| {
                let spec = Spec::read(&format!("{}{}", s.replace("{who}", who), BIBLE_STYLES[0]));
                spec.figures.iter().find(|f| f.noun == noun).and_then(|f| f.look.robe)
            })
            .collect();
        if robes[0].is_none() || robes.iter().any(|r| *r != robes[0]) {
            wrong.push(format!("{who}: {robes:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

//! The place the words name is the place drawn and described: the Bible
//! storyteller's enclosed places (inside the great fish, the ark, a den, a
//! stable, a palace hall, a house, a cave, a tent, a temple, a prison, a boat
//! in a storm) and the kids storyteller's places each read as their own
//! place, never the default meadow, and each is painted as that place.

use crate::place::Place::{self, *};
use crate::read::Spec;
use crate::tests::drawn_pixels;

/// Picture prompts copied from `offline-story` (the Bible beats and the kids places), with the place each names.
const TABLE: &[(&str, Place)] = &[
    ("A man praying with folded hands inside a big fish, with a soft light glowing around him.", Belly),
    ("A great big blue fish swimming under the sea, with a man sitting safely inside it.", Belly),
    ("Jonah sitting in the belly of the whale, praying.", Belly),
    ("Two elephants and two giraffes resting inside the ark, with straw on the floor.", Hold),
    ("A man standing calmly in a rocky den with big lions around him, and light shining from an opening above.", Den),
    ("An angel with shining wings standing beside a smiling man among quiet, sleepy lions in a den.", Den),
    ("A happy king with a crown hugging a smiling man beside the den, with sleepy lions below and the morning sun rising.", Den),
    ("Mary and Joseph smiling at a baby in a manger in a stable, with a cow, a donkey and a sheep nearby.", Stable),
    ("Shepherds kneeling by a manger in a stable where a baby sleeps, with Mary, Joseph and a little lamb.", Stable),
    (
        "A young man explaining a dream to a king with a crown on a golden throne, with fat cows and thin cows painted on the wall.",
        ThroneRoom,
    ),
    ("A man in a fine robe hugging his brothers in a palace, while an old man with a grey beard smiles nearby.", ThroneRoom),
    ("A man with a grey beard and a staff speaking bravely to a king with a crown in a great stone palace.", ThroneRoom),
    ("A man with a grey beard and a brown cloak speaking to a king with a crown in a palace.", ThroneRoom),
    ("A kind man with a short beard working at a table in a grand palace, with a king with a crown smiling at him.", ThroneRoom),
    ("Grumpy men in fine robes whispering together behind a pillar in a palace.", ThroneRoom),
    ("A worried king with a crown sitting awake by a window in his palace under the moon and stars.", ThroneRoom),
    ("A young queen with a golden crown beside a king at a great feast in a palace.", ThroneRoom),
    ("A queen with a crown reading a letter by a palace window, looking thoughtful.", ThroneRoom),
    ("A queen with a crown kneeling to pray in a quiet palace room, with her helpers praying beside her.", ThroneRoom),
    ("A queen with a crown reaching out to touch a golden scepter held by a smiling king on his throne.", ThroneRoom),
    ("A happy little boy held by a princess in a palace garden, with his mother and his sister smiling nearby.", Palace),
    ("A proud man in a fancy hat scowling at a man with a grey beard who stands tall at a palace gate.", Palace),
    ("A young woman in a blue robe looking up in wonder at a shining angel in a small house.", Indoors),
    ("A mother holding a baby boy in a small house in Egypt, with a girl peeking beside her.", Indoors),
    ("A young man working kindly in a big Egyptian house with tall pillars and palm trees.", Indoors),
    ("A happy short man welcoming Jesus in a white robe into his house, while grumbling people watch from the street.", Indoors),
    ("A sad father with a grey beard handing a bag of coins to his young son in a farmhouse.", Indoors),
    ("A man with a grey beard talking kindly to a woman and her little boy beside a small jar of flour in a simple house.", Indoors),
    ("A man kneeling and praying by an open window in a house, with the sun shining in.", Indoors),
    ("A young girl and a kind man with a grey beard reading together in a little house in a big city.", Indoors),
    (
        "Jesus in a white robe and a happy short man sharing a meal at a table with new friends, with a green tree outside the window.",
        Indoors,
    ),
    ("A bunny and an owl baking in a cozy kitchen with an oven and a big table.", Indoors),
    ("A puppy and a squirrel in a cozy house in the morning.", Indoors),
    ("A boy and his dog in a big cave in a hill with a lantern.", Cave),
    ("A shepherd boy talking bravely to a king with a crown inside a big tent.", TentInside),
    ("An old man with a grey beard and an old woman outside their tent, looking up as golden light shines from the sky.", Campsite),
    ("Peter sitting in a prison cell with chains, and an angel with shining wings.", Prison),
    ("A princess and a knight in a dungeon with a little mouse.", Prison),
    ("A boy Jesus talking with teachers in the temple.", Temple),
    ("A small wooden boat tossed by big waves on a dark stormy lake, with frightened men holding on.", Storm),
    ("Jesus in a white robe asleep on a cushion at the back of a wooden boat while his friends try to wake him in the storm.", Storm),
    ("A small wooden ship tossed by big waves under dark storm clouds, with sailors holding on.", Storm),
    ("A man with a grey beard holding out his staff over the sea as the water parts into two tall walls.", Parted),
    ("Families, children, sheep and donkeys walking on a dry path between two tall walls of blue water with fish inside.", Parted),
    ("A dragon in an old stone castle with tall towers at night.", Castle),
    ("A princess waving from a tall tower.", Castle),
    ("A little crab by a tall red and white lighthouse on the rocks by the sea.", Lighthouse),
    ("My dog Max with a map, deep under the water at the bottom of the sea, with seaweed, shells and bubbles all around.", Underwater),
    ("Two sisters with a cardboard rocket on the grey moon with round craters and stars in a black sky.", Moon),
    ("A short man sitting on the branch of a big green tree above a crowded street.", Town),
    ("A short man in a fine robe counting gold coins at a table in a busy town street.", Town),
    ("A kind man with a grey beard praying beside his house on green hills under a blue sky.", Hills),
    ("A young man in old clothes standing up in a field with pigs, looking towards the road home.", Farm),
    ("A man with a brown beard climbing onto a wooden ship at a busy harbour by the sea.", Beach),
    ("A big wooden boat floating on a wide calm sea, with a giraffe and an elephant peeking out of a window.", Sea),
    (
        "Jesus in a white robe standing in a wooden boat holding out his hand over a calm lake, as the storm clouds part and the moon shines.",
        Lake,
    ),
];

#[test]
fn every_named_place_is_read_as_that_place_and_described() {
    assert!(TABLE.len() >= 40);
    let mut wrong = Vec::new();
    for &(prompt, want) in TABLE {
        let spec = Spec::read(prompt);
        if spec.place != want {
            wrong.push(format!("{prompt}\n  want {want:?}, read {:?}", spec.place));
        }
        let alt = crate::describe::describe(&spec);
        // The alt text says the place, or shows it by its building ("a dragon beside a castle").
        // A room in a house is said as "inside a house".
        let house = want == Place::Indoors && spec.house && alt.ends_with("inside a house");
        let named = alt.contains(want.phrase()) || want.building().is_some_and(|b| alt.contains(b)) || house;
        if !named {
            wrong.push(format!("{prompt}\n  the alt text {alt:?} does not say {:?}", want.phrase()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Words that name a place: a Bible picture saying one is never drawn in the default meadow.
/// (A house is a place only when someone is in it, which the table checks: "outside a small house" is a house in a meadow.)
const PLACE_WORDS: &[&str] = &[
    "inside", "palace", "throne", "den", "stable", "manger", "prison", "tent", "cave", "temple", "storm", "sea", "lake", "river", "hill",
    "hills", "hillside", "desert", "town", "city", "village", "field", "garden", "valley", "beach", "shore",
];

#[test]
fn no_bible_picture_naming_a_place_is_a_meadow() {
    let mut wrong = Vec::new();
    for prompt in crate::tests_alt::bible_pictures() {
        let lower = format!(" {} ", prompt.to_lowercase().replace(|c: char| !c.is_alphanumeric(), " "));
        let names = PLACE_WORDS.iter().find(|w| lower.contains(&format!(" {w} ")));
        let place = Spec::read(prompt).place;
        if let Some(word) = names.filter(|_| place == Meadow) {
            wrong.push(format!("{prompt} (says {word:?})"));
        }
    }
    assert!(wrong.is_empty(), "drawn in a meadow:\n{}", wrong.join("\n"));
}

/// Share of the top third's pixels for which `test` holds.
fn top_share(px: &[u8], test: impl Fn(&[u8]) -> bool) -> f32 {
    let top = &px[..512 * 3 * 170];
    top.chunks(3).filter(|p| test(p)).count() as f32 / (512.0 * 170.0)
}

#[test]
fn enclosed_places_have_no_sky_and_the_fish_belly_is_red() {
    let blue_sky = |p: &[u8]| i32::from(p[2]) > i32::from(p[0]) + 40 && p[2] > 150;
    // Someone at a window sees the outside through it (`tests_position.rs`).
    let at_window = |prompt: &str| matches!(Spec::read(prompt).position, Some(crate::position::Position::Window { .. }));
    for &(prompt, place) in TABLE.iter().filter(|(prompt, place)| place.enclosed() && !at_window(prompt)) {
        let share = top_share(&drawn_pixels(prompt), blue_sky);
        assert!(share < 0.12, "{place:?}: {share} of the top is blue sky in {prompt:?}");
    }
    let belly = drawn_pixels("A man praying with folded hands inside a big fish.");
    let red = top_share(&belly, |p| p[0] > 80 && i32::from(p[0]) > i32::from(p[1]) + 50 && i32::from(p[0]) > i32::from(p[2]) + 20);
    assert!(red > 0.7, "the belly is red all round: {red}");
    // The meadow the fish was drawn in before: no grass green at the bottom.
    let green = belly[512 * 3 * 400..].chunks(3).filter(|p| p[1] > p[0] + 30 && p[1] > p[2] + 30).count();
    assert!(green < 200, "green grass in the belly: {green}");
}

#[test]
fn a_storm_is_dark_the_fish_is_not_beside_the_man_inside_it_and_a_man_in_a_tree_sits_in_it() {
    let calm = top_share(&drawn_pixels("A small wooden boat on a calm lake."), |p| p[2] > 180);
    let storm = top_share(&drawn_pixels("A small wooden boat tossed by big waves on a dark stormy lake."), |p| p[2] > 180);
    assert!(calm > 0.5 && storm < 0.1, "bright sky: calm {calm}, storm {storm}");
    let zacchaeus = crate::describe::describe(&Spec::read("A short man sitting on the branch of a big green tree above a crowded street."));
    assert_eq!(zacchaeus, "a man sitting in a big green tree, in a town");
    let spec = Spec::read("A great big blue fish swimming under the sea, with a man sitting safely inside it.");
    let figures: Vec<&str> = spec.figures.iter().map(|f| f.noun).collect();
    assert_eq!(figures, ["man"]);
}

#[test]
fn a_drawbridge_comes_down_over_the_castle_moat() {
    let pal = "with Plum, a small green dragon with a teal bandana,";
    let mut missing = Vec::new();
    for (prompt, says) in [
        (
            format!("A castle drawbridge coming down over a moat, {pal} in an old stone castle with tall towers on a sunny afternoon."),
            "drawbridge",
        ),
        (format!("A castle drawbridge coming down over a moat, {pal} on a sunny afternoon."), "drawbridge"),
        ("A knight beside a castle with a deep moat on a sunny day.".to_string(), "moat"),
        (format!("Walking across the drawbridge {pal} by a big castle in the morning."), "drawbridge"),
    ] {
        let (png, alt) = crate::picture(&prompt, 512, 512).expect("png");
        let px = crate::tests::decode(&png).2;
        let water = crate::tests::near_in_rows(&px, [80, 150, 210], 20, (0.6, 1.0));
        if water < 200 || !alt.contains(says) {
            missing.push(format!("{prompt}: {water} moat pixels, alt {alt:?}"));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

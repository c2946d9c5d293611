//! Tests of riding (`ride.rs`): characters inside a vehicle or on a
//! creature's back are drawn there, moving, and the alt text says so.
//! Also who rides whom: the one giving the ride is the mount, riders named
//! before "inside it" are inside, the whale ridden is the friend whale with
//! everyone on its back, and the crew in flight looks out of the rocket.
//! Also a balloon someone rides is a hot-air balloon up in the sky.

use crate::catalog::Fam;
use crate::read::Spec;
use crate::ride::Mount;
use crate::tests::{drawn_pixels, near_in_rows, picture_pixels};

fn ride(prompt: &str) -> Option<(Mount, usize)> {
    Spec::read(prompt).ride.map(|r| (r.mount, r.riders.len()))
}

#[test]
fn characters_inside_a_vehicle_or_on_a_creature_ride_it() {
    for (prompt, riders, says) in [
        ("Two sisters inside the cardboard rocket flying in the sky.", 1, "two sisters in a cardboard rocket"),
        ("A boy and a girl riding in a car along a road.", 2, "a boy and a girl in a car"),
        ("Two children riding in a train through the hills.", 1, "two children in a train"),
        (
            "Shelly, a small red crab, and Twinkle, a small grey seal, on the back of a whale, swooshing along by the sea.",
            2,
            "a small red crab and a small grey seal riding a whale",
        ),
        ("A girl riding a whale in the sea.", 1, "a girl riding a whale"),
        ("A knight riding a horse in a meadow.", 1, "a knight riding a horse"),
        ("A princess riding a dragon over a castle.", 1, "a princess riding a dragon"),
    ] {
        assert_eq!(ride(prompt).map(|r| r.1), Some(riders), "{prompt}");
        // Not standing in the row beside it.
        let spec = Spec::read(prompt);
        let plan = crate::cast::plan(&spec, 512, 512);
        assert!(plan.pieces.is_empty(), "{prompt}: {} in the row", plan.pieces.len());
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains(says), "{prompt}: {alt}");
    }
    // Beside it is beside it.
    assert_eq!(ride("Two sisters beside a cardboard rocket in a garden."), None);
    assert_eq!(ride("A girl and a whale at sea."), None);
    // Riding a whale is out on open water; a rocket ridden is up in the sky, its flames well above the ground.
    assert!(crate::ride::at_sea(&Spec::read("A girl riding a whale in the sea.")));
    let px = picture_pixels("Two sisters inside the cardboard rocket flying in the sky.");
    let flame = px.chunks(3).enumerate().filter(|(_, p)| *p == [255, 160, 60]).map(|(i, _)| i / 512).max().unwrap_or(512);
    assert!(flame < 420, "the rocket's flames end at row {flame}");
}

#[test]
fn someone_at_the_top_of_a_lighthouse_tower_or_tree_is_up_there() {
    for (prompt, says) in [
        ("Shelly, a small red crab, at the top of the lighthouse, by the sea.", "at the top of a lighthouse"),
        ("A boy at the top of the tower.", "at the top of a tower"),
        ("A princess on top of a tall tower.", "at the top of a tall tower"),
    ] {
        let spec = Spec::read(prompt);
        let placing = crate::aboard::place(&spec, 512, 512, 300.0).expect("placed");
        let (_, _, who) = placing.members.first().expect("someone up there");
        // Feet far above the ground, on the building's top, and small beside it.
        assert!(who.y < placing.holder.y - (placing.holder.y - placing.holder.bbox.y0) * 0.6, "{prompt}: feet at {}", who.y);
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains(says), "{prompt}: {alt}");
    }
    // Up a tree: sitting in it, not beside it.
    assert!(Spec::read("A girl at the top of the tree.").perched.is_some());
}

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
fn the_back_ridden_is_the_whales_not_a_friends() {
    use crate::ride::Mount;
    let rides = |prompt: &str| {
        let spec = Spec::read(prompt);
        spec.ride.as_ref().map(|r| match r.mount {
            Mount::Creature(m) => spec.figures.get(m).map_or("?", |f| f.noun),
            Mount::Vehicle(_) => "vehicle",
        })
    };
    // The ride is over ("just after"): no one rides the turtle friend.
    let after = "Skipper, a small red crab with a teal hat, and Mochi, a small sea green turtle with an orange bow tie, celebrating with a glowing moonbeam, just after a friendly whale giving them a ride on its back, swimming through the sea waves, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.";
    assert!(rides(after).is_none_or(|n| !n.contains("turtle")), "{:?}", Spec::read(after).ride);
    assert!(!alt(after).contains("riding a green turtle"), "{}", alt(after));
    // Said as now, the crab and the turtle ride on the whale's back.
    for prompt in [
        "Skipper, a small red crab with a teal hat, and Mochi, a small sea green turtle, riding on the back of a friendly whale, swimming through the sea waves by a lighthouse.",
        "A friendly whale giving Mango, a small red crab, and Pumpkin, a seagull, a ride on its back through the sea waves.",
    ] {
        assert_eq!(rides(prompt), Some("whale"), "{prompt}: {:?}", Spec::read(prompt).figures);
    }
}

pub(crate) const WHALE_RIDE_2: &str = "A friendly whale giving them a ride on its back, swimming through the sea waves, the crab riding on the whale's back, arriving where Pickle, a small orange crab with a blue bandana, and Toffee, a small white and grey seagull with a yellow scarf, celebrating with a rainbow crayon, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.";

/// The storyteller's own whale-ride prompts (crab-03, crab2-03).
pub(crate) const WHALE_RIDE: &str = "A friendly whale giving them a ride on its back, swimming through the sea waves, the crab riding on the whale's back, arriving where Dumpling, a small red crab with a blue scarf, and Sprout, a small sea green turtle with a blue bow tie, celebrating with a shiny blue feather, by a tall red and white lighthouse on the rocks by the sea at sunset, soft picture-book illustration.";

#[test]
fn everyone_who_climbed_on_rides_the_one_whale() {
    for (prompt, friend) in [(WHALE_RIDE, "turtle"), (WHALE_RIDE_2, "seagull")] {
        let spec = Spec::read(prompt);
        assert_eq!(spec.figures.len(), 3, "{prompt}: a whale, a crab and the friend, {:?}", spec.figures);
        let ride = spec.ride.clone().expect("a ride");
        let Mount::Creature(m) = ride.mount else { panic!("{ride:?}") };
        assert_eq!(spec.figures[m].noun, "whale");
        let riders: Vec<&str> = ride.riders.iter().map(|&r| spec.figures[r].noun).collect();
        assert!(riders.contains(&"crab") && riders.iter().any(|r| r.contains(friend)) && riders.len() == 2, "{riders:?}");
        let said = alt(prompt);
        assert!(!said.contains("a crab,") && !said.contains("a whale and"), "{said}");
        // Everyone is on the whale, so it swims in open sea: no shore or wall of rocks under it.
        assert!(crate::ride::at_sea(&spec), "{prompt}");
    }
}

/// The storyteller's ride prompts when the friend is the whale (crab-03, crabmed-03, crabmed-05), and the parent's own.
const ONE_WHALE: &[&str] = &[
    "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, at last riding a whale, just after riding Taffy, on a sandy beach by the sea at sunset, soft picture-book illustration.",
    "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, riding Taffy, on a sandy beach by the sea on a sunny afternoon, soft picture-book illustration.",
    "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, at last riding a whale, on a sandy beach by the sea at sunset, soft picture-book illustration.",
    "Nugget the little orange crab riding on the back of Humbug, a big grey whale, out on the sparkling sea",
];

#[test]
fn the_whale_ridden_is_the_friend_whale_and_everyone_else_is_on_it() {
    for prompt in ONE_WHALE {
        let spec = Spec::read(prompt);
        assert_eq!(spec.figures.iter().filter(|f| f.noun == "whale").count(), 1, "{prompt}: {:?}", spec.figures);
        let ride = spec.ride.clone().expect("a ride");
        let Mount::Creature(m) = ride.mount else { panic!("{prompt}: {ride:?}") };
        assert_eq!(spec.figures[m].noun, "whale", "{prompt}");
        assert!(spec.figures[m].named, "{prompt}: the named friend is ridden");
        assert_eq!(ride.riders.len(), spec.figures.len() - 1, "{prompt}: everyone else rides");
        // So it swims out at sea, no sand or pool under it, and the alt says so.
        assert!(crate::ride::at_sea(&spec), "{prompt}");
        let (_, alt) = crate::picture(prompt, 64, 64).expect("png");
        assert!(alt.contains("crab") && alt.contains("riding a big grey whale") && alt.contains("at sea"), "{prompt}: {alt}");
        assert!(!alt.contains("riding a whale") && !alt.contains("beach"), "{prompt}: {alt}");
    }
    // Before the ride they are side by side on the beach.
    let before = "Wafer, a small red crab with a purple scarf, and Taffy, a big grey whale with an orange bow tie, arriving on warm golden sand by little waves, on a sandy beach by the sea in the morning, soft picture-book illustration.";
    assert_eq!(Spec::read(before).ride, None);
}

const ALIEN: &str = "A friendly alien waving hello at the window of a cardboard rocket, with Iris, a girl with fair skin and long brown hair in a teal hoodie, and Freya, a girl with light skin and short golden hair in a teal jacket, inside it, waving back, high up among the stars, soft picture-book illustration.";

#[test]
fn in_flight_the_crew_is_inside_the_rocket() {
    let spec = Spec::read(ALIEN);
    let ride = spec.ride.clone().expect("a ride");
    assert!(matches!(ride.mount, Mount::Vehicle(_)), "{ride:?}");
    let people = spec.figures.iter().enumerate().filter(|(_, f)| f.fam == Fam::Person).map(|(i, _)| i);
    for p in people {
        assert!(ride.riders.contains(&p), "{:?} not inside: {ride:?}", spec.figures[p]);
    }
    // Nobody stands in the front row in space.
    let plan = crate::cast::plan(&spec, 512, 512);
    assert!(!plan.pieces.iter().any(|(p, _)| matches!(p, crate::cast::Piece::Figure { .. })), "{:?}", plan.pieces);
}

#[test]
fn a_balloon_someone_rides_is_a_hot_air_balloon_in_the_sky() {
    let ride = "Mia, a girl in a red coat, climbed into a bright red balloon and floated up to the sky above the clouds";
    let spec = Spec::read(ride);
    assert_eq!(spec.things[0].noun, "hot air balloon");
    assert_eq!(Spec::read("Mia, a girl in a red coat, with a bright red balloon in a meadow").things[0].noun, "balloon");
    let red = |prompt: &str| near_in_rows(&drawn_pixels(prompt), [220, 45, 45], 40, (0.0, 0.5));
    let (sky, held) = (red(ride), red("Mia, a girl in a red coat, with a bright red balloon in a meadow"));
    assert!(sky > held + 10_000, "a big balloon up in the sky: {sky} vs {held}");
}

#[test]
fn only_the_one_said_riding_rides_and_a_donkey_carries_one_person() {
    let cases = [
        ("An old man with a grey beard leading camels, sheep and goats across a sandy desert, with a woman riding a donkey.", "woman"),
        ("A young woman in a blue robe riding a donkey, with a man walking beside her on a road towards a little town on a hill.", "woman"),
        ("A man and a woman in a blue robe riding a donkey in a town.", "woman"),
        ("Three goats, two camels and a shepherd riding a donkey across the hills.", "shepherd"),
        ("A girl with a kite and a dog, and a boy riding a pony in a meadow.", "boy"),
        ("Three wise men riding camels across the desert at night, following a big bright star.", ""),
    ];
    let mut wrong = Vec::new();
    for (prompt, rider) in cases {
        let spec = Spec::read(prompt);
        let riders: Vec<&str> =
            spec.ride.as_ref().map(|r| r.riders.iter().filter_map(|&i| spec.figures.get(i)).map(|f| f.noun).collect()).unwrap_or_default();
        let riding_creatures =
            spec.ride.as_ref().is_some_and(|r| r.riders.iter().any(|&i| spec.figures.get(i).is_some_and(|f| f.fam != Fam::Person)));
        let ok = if rider.is_empty() { riders.len() <= 3 && !riding_creatures } else { riders == [rider] };
        if !ok {
            wrong.push(format!("{prompt}: riders {riders:?}"));
        }
    }
    assert!(wrong.is_empty(), "{} of {} wrong: {wrong:#?}", wrong.len(), cases.len());
    // Sizes: a ridden donkey among others is drawn at a donkey's size, smaller than one camel beside it.
    for prompt in [
        "An old man with a grey beard leading three camels across a sandy desert, with a woman riding a donkey.",
        "Three camels and a man walking in the desert, and a woman riding a donkey.",
    ] {
        let px = picture_pixels(prompt);
        let (donkey, camels) = (crate::tests::near(&px, [160, 155, 160], 24), crate::tests::near(&px, [220, 180, 120], 24));
        assert!(donkey > 0 && donkey < camels / 3, "{prompt}: donkey {donkey} pixels, three camels {camels}");
    }
}

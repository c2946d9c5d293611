//! Tests of riding (`ride.rs`): characters inside a vehicle or on a
//! creature's back are drawn there, moving, and the alt text says so.

use crate::read::Spec;
use crate::ride::Mount;

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
    let px =
        crate::tests::decode(&crate::picture("Two sisters inside the cardboard rocket flying in the sky.", 512, 512).expect("png").0).2;
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

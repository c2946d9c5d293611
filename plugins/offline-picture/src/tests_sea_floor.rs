//! Tests of animals and people walking through the sea (Exodus 14): they walk
//! on the dry sea floor between the walls of water, never on the water.

use crate::place::{Ground, Place, ground_of};
use crate::read::Spec;

#[test]
fn walking_through_the_sea_is_on_the_dry_floor_not_the_water() {
    let mut wrong = Vec::new();
    let mut n = 0;
    for who in [
        "Moses leading the people and their donkeys",
        "Families, children, sheep and donkeys",
        "Two donkeys and a little girl",
        "The Israelites with their goats",
    ] {
        for how in [
            "walking through the sea on dry ground",
            "walking through the sea",
            "walking between walls of water",
            "crossing through the sea with the water piled up on both sides",
            "walking through the middle of the sea",
        ] {
            let prompt = format!("{who} {how}, soft picture-book illustration.");
            n += 1;
            let spec = Spec::read(&prompt);
            if spec.place != Place::Parted || ground_of(&spec) == Ground::Water {
                wrong.push(format!("{prompt}: {:?} on {:?}", spec.place, ground_of(&spec)));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {n} walking on the water:\n{}", wrong.len(), wrong.join("\n"));
}

//! Story memory of how the characters travel: once they climb into a wagon,
//! a boat or a balloon, they are riding it for the rest of that scene and the
//! next, until they get off. A walking line told while riding ("Leaves
//! crunched under every step") first has them get off.

/// What they can ride, as named in the text.
const VEHICLES: &[&str] =
    &["wagon", "cart", "train", "boat", "balloon", "tractor", "ship", "sled", "bus", "raft", "canoe", "truck", "scooter"];

/// Climbing on: the ride begins.
const BOARDING: &[&str] = &[
    "climbed in",
    "climbed into",
    "climbed aboard",
    "climbed inside",
    "hopped on",
    "hopped in",
    "jumped in",
    "set sail",
    "rolled off",
    "all aboard",
];

/// Getting off: the ride is over.
const GETTING_OFF: &[&str] = &[
    "climbed out",
    "hopped out",
    "jumped out",
    "hopped off",
    "jumped off",
    "climbed down",
    "stepped out",
    "stepped off",
    "got off",
    "got out",
    "landed",
    "ride was over",
    "onto the sand",
    "onto the shore",
    "tied up",
];

/// Lines of going on foot.
const WALKING: &[&str] = &["every step", "walked", "tiptoed", "footsteps", "crunched under", "marched", "on foot", "stomped", "strolled"];

/// The vehicle being ridden after `text`, given the one ridden before it (`None`: on foot).
fn ride_after(before: Option<&'static str>, text: &str) -> Option<&'static str> {
    let mut riding = before;
    let mut so_far = String::new();
    for s in crate::polish::sentences(text) {
        let s = s.to_lowercase();
        so_far.push_str(&s);
        if GETTING_OFF.iter().any(|g| s.contains(g)) {
            riding = None;
        }
        if BOARDING.iter().any(|b| s.contains(b)) {
            riding = last_vehicle(&so_far).or(riding);
        }
    }
    riding
}

/// The vehicle named last in `text`.
fn last_vehicle(text: &str) -> Option<&'static str> {
    VEHICLES.iter().filter_map(|v| text.rfind(v).map(|i| (i, *v))).max().map(|(_, v)| v)
}

/// Getting off the vehicle, told before walking.
fn getting_off(vehicle: &str) -> String {
    match vehicle {
        "boat" | "ship" | "raft" | "canoe" => format!("The {vehicle} bumped onto the shore, and everyone hopped out."),
        "balloon" => "The balloon floated gently down, and everyone climbed out.".to_string(),
        "train" | "bus" => format!("Everyone stepped off the {vehicle}."),
        "sled" | "scooter" => format!("Everyone hopped off the {vehicle}."),
        _ => format!("Everyone climbed out of the {vehicle}."),
    }
}

/// The scene's paragraphs with getting off told before any walking while
/// riding: a ride begun in the scene before (`told`'s last) or in this one.
pub fn get_off_before_walking(paragraphs: Vec<String>, told: &[String]) -> Vec<String> {
    let mut riding = told.last().and_then(|t| ride_after(None, t));
    paragraphs
        .into_iter()
        .map(|para| {
            let mut out: Vec<String> = Vec::new();
            for s in crate::polish::sentences(&para) {
                let lower = s.to_lowercase();
                let walks = WALKING.iter().any(|w| lower.contains(w)) && !GETTING_OFF.iter().any(|g| lower.contains(g));
                if let (Some(vehicle), true) = (riding, walks) {
                    out.push(getting_off(vehicle));
                    riding = None;
                }
                riding = ride_after(riding, &s);
                out.push(s);
            }
            out.join(" ")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wagon_ride_then_a_walk_gets_off_first() {
        let told = ["Pip and Hoot climbed in, and the wagon rolled off all by itself.".to_string()];
        let out = get_off_before_walking(vec!["They walked across it.".into()], &told);
        assert_eq!(out, ["Everyone climbed out of the wagon. They walked across it."]);
    }
}

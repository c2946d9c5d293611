//! The same look for a Bible person in every picture prompt of a story
//! (Jonah is "a bearded man in a brown robe" in each), and looks that tell
//! two people apart (the Samaritan and the hurt man, David and the giant,
//! Moses' mother a grown woman beside her daughter). Each story lists the
//! words its pictures use for a person, and the look said in their place.

/// A story's people: the words a picture says for someone, who that is, and their look.
type People = &'static [(&'static str, &'static str, &'static str)];

const JONAH: &str = "Jonah, a bearded man in a brown robe,";
const SAMARITAN: &str = "a kind Samaritan man in a blue and green striped robe and a white head cloth,";
const HURT: &str = "a hurt man in a torn white tunic,";
const MOTHER: &str = "a grown woman in a long blue dress and head scarf,";
const GOLIATH: &str = "Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face,";
const DAVID: &str = "David, a young shepherd boy with short curly hair in a plain tan tunic,";
const DANIEL: &str = "Daniel, a grown man with a short dark beard in a blue robe,";
const DARIUS: &str = "King Darius, a grown man with a grey beard, a gold crown and a purple robe,";

/// Per story, in the order they are tried (longer words first); one look per person a picture.
const LOOKS: &[(&str, People)] = &[
    ("Jonah and the Big Fish", &[("a man with a brown beard", "jonah", JONAH), ("a man", "jonah", JONAH)]),
    (
        "The Good Samaritan",
        &[
            ("a hurt man lies by the roadside", "hurt", "a hurt man in a torn white tunic lies hurt by the road"),
            ("a hurt man lying beside a dusty road", "hurt", "a hurt man in a torn white tunic lying hurt by the road"),
            ("a hurt man", "hurt", HURT),
            ("a bandaged man", "hurt", "a hurt man in a torn white tunic, now bandaged,"),
            ("a kind man", "samaritan", SAMARITAN),
        ],
    ),
    (
        "Baby Moses in the Basket",
        &[
            ("a mother", "mother", "Moses' mother, a grown woman in a long blue dress and head scarf,"),
            ("her mother's hand", "mother", "the hand of her mother, a grown woman in a long blue dress and head scarf,"),
            ("his mother", "mother", MOTHER),
        ],
    ),
    (
        "Daniel and the Lions",
        &[
            (
                "a worried king with a crown",
                "king",
                "King Darius, a grown man with a grey beard, a gold crown and a purple robe, looking worried,",
            ),
            (
                "a happy king with a crown",
                "king",
                "King Darius, a grown man with a grey beard, a gold crown and a purple robe, smiling happily,",
            ),
            ("a king with a crown", "king", DARIUS),
            ("a kind man with a short beard", "daniel", DANIEL),
            ("a smiling man", "daniel", "Daniel, a grown man with a short dark beard in a blue robe, smiling,"),
            ("a man", "daniel", DANIEL),
        ],
    ),
    (
        "David and the Giant",
        &[
            ("a very tall giant in shiny armour", "goliath", GOLIATH),
            ("a tall giant", "goliath", GOLIATH),
            ("a happy shepherd boy", "david", "David, a young shepherd boy with short curly hair in a plain tan tunic, smiling happily,"),
            ("a shepherd boy", "david", DAVID),
        ],
    ),
];

/// The picture with each person's look said the same way in every scene.
pub fn dress(title: &str, picture: &str) -> String {
    let Some((_, people)) = LOOKS.iter().find(|(t, _)| *t == title) else { return picture.to_string() };
    let mut out = picture.to_string();
    let mut done: Vec<&str> = Vec::new();
    for (words, who, look) in people.iter() {
        if done.contains(who) {
            continue;
        }
        let low = out.to_lowercase();
        let Some(at) = find_word(&low, words) else { continue };
        done.push(who);
        let after = out[at + words.len()..].to_string();
        // "his mother" for a mother: the look follows the words ("his mother, a grown woman…").
        let mut look =
            if *who == "mother" && words.ends_with("mother") && *look == MOTHER { format!("{words}, {look}") } else { look.to_string() };
        // A look that ends in a comma before the picture's own comma or full stop says it once.
        if after.starts_with([',', '.']) {
            look = look.trim_end_matches(',').to_string();
        }
        if at == 0 {
            look = crate::text::upper_first(&look);
        }
        out = format!("{}{}{}", &out[..at], look, after);
    }
    out
}

/// Where `words` stand as whole words in `text` (lower case).
fn find_word(text: &str, words: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(words).map(|i| i + from) {
        let before = text[..i].chars().next_back().is_none_or(|c| !c.is_alphabetic());
        let after = text[i + words.len()..].chars().next().is_none_or(|c| !c.is_alphabetic());
        if before && after {
            return Some(i);
        }
        from = i + words.len();
    }
    None
}

/// Things an earlier beat of a scene brings that the scene's picture keeps:
/// (words of that beat's text, what the picture adds). Noah's short story
/// tells the dove and the rainbow in one scene, so its rainbow picture has the dove too.
const CARRIED: &[(&str, &str)] = &[("olive leaf", "a white dove with a green olive leaf in its beak flying above them")];

/// The `picture` of a scene that also tells the beats `earlier`, with what they brought.
pub fn carried(picture: &str, earlier: &[&str]) -> String {
    let adds: Vec<&str> = CARRIED
        .iter()
        .filter(|(words, add)| earlier.iter().any(|t| t.contains(words)) && !picture.contains(add))
        .map(|(_, add)| *add)
        .collect();
    match adds.is_empty() {
        true => picture.to_string(),
        false => format!("{}, with {}.", picture.trim_end_matches('.'), adds.join(" and ")),
    }
}

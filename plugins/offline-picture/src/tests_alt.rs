//! The alt text a screen reader says: plain grammar for real prompts of both
//! storytellers (possessives with no article, no number before a thing that
//! cannot be counted, one group said once), checked word for word on a table
//! and as properties over every Bible scene's picture.

/// The Bible storyteller's scenes, read from source so they cannot drift (every
/// file of `bible/old/` and `bible/new/`: a story file added there must be added here,
/// which `every_bible_story_file_is_read` checks).
const BIBLE_STORIES: &[&str] = &[
    include_str!("../../offline-story/src/bible/old/abraham_joseph.rs"),
    include_str!("../../offline-story/src/bible/old/beginnings.rs"),
    include_str!("../../offline-story/src/bible/old/elijah_daniel.rs"),
    include_str!("../../offline-story/src/bible/old/jericho.rs"),
    include_str!("../../offline-story/src/bible/old/jonah_esther.rs"),
    include_str!("../../offline-story/src/bible/old/moses.rs"),
    include_str!("../../offline-story/src/bible/old/ruth_david.rs"),
    include_str!("../../offline-story/src/bible/old/samuel.rs"),
    include_str!("../../offline-story/src/bible/new/birth_and_storm.rs"),
    include_str!("../../offline-story/src/bible/new/blind_bartimaeus.rs"),
    include_str!("../../offline-story/src/bible/new/bread_and_tree.rs"),
    include_str!("../../offline-story/src/bible/new/children_and_son.rs"),
    include_str!("../../offline-story/src/bible/new/lost_and_helped.rs"),
    include_str!("../../offline-story/src/bible/new/palms_and_easter.rs"),
    include_str!("../../offline-story/src/bible/new/walk_on_water.rs"),
];

pub(crate) fn bible_pictures() -> Vec<&'static str> {
    let pictures: Vec<&str> = BIBLE_STORIES
        .iter()
        .flat_map(|s| s.split("picture: \"").skip(1))
        .map(|rest| &rest[..rest.find('"').expect("the picture ends")])
        .collect();
    assert!(pictures.len() > 100, "read {} pictures", pictures.len());
    pictures
}

#[test]
fn every_bible_story_file_is_read() {
    let mut files = 0;
    for testament in ["old", "new"] {
        let dir = format!("{}/../offline-story/src/bible/{testament}", env!("CARGO_MANIFEST_DIR"));
        for entry in std::fs::read_dir(&dir).expect("the storyteller's Bible folder") {
            let name = entry.expect("a folder entry").file_name();
            files += usize::from(name != "mod.rs" && name.to_string_lossy().ends_with(".rs"));
        }
    }
    assert_eq!(files, BIBLE_STORIES.len(), "a Bible story file is missing from BIBLE_STORIES");
}

fn describe(prompt: &str) -> String {
    crate::describe::describe(&crate::read::Spec::read(prompt))
}

/// Real prompts, copied from the story data and the kids storyteller's printed stories, with what is said.
const TABLE: &[(&str, &str)] = &[
    (
        "A kind man with a grey beard praying beside his house on green hills under a blue sky.",
        "a man with a grey beard praying beside his house, in the hills",
    ),
    (
        "A big wooden boat with its door closed under grey clouds and falling rain.",
        "a big wooden boat and three grey clouds, in a storm at sea",
    ),
    (
        "Pairs of animals, two giraffes, two elephants, two lions, two sheep and two doves, walking up a ramp into a big wooden boat.",
        "two giraffes, two elephants, two lions, two sheep and two doves beside a big wooden boat with a ramp, in a meadow",
    ),
    (
        "Noah's family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.",
        "a man, three people and pairs of animals beside a big wooden boat and a bright rainbow, in the hills",
    ),
    (
        "An old man with a grey beard and an old woman outside their tent, looking up as golden light shines from the sky.",
        "a man with a grey beard and a woman beside their tent",
    ),
    (
        "An old man with a grey beard beside his tent under big green trees, with a small stone altar nearby.",
        "a man with a grey beard beside his tent, three big green trees and an altar",
    ),
    (
        "A young man explaining a dream to a king with a crown on a golden throne, with fat cows and thin cows painted on the wall.",
        "a man, a king with a crown and three cows beside a golden throne, in a palace hall",
    ),
    (
        "A princess with a crown gently lifting a crying baby out of a basket by the river.",
        "a princess with a crown and a baby beside a basket, by a river",
    ),
    ("A girl hiding in tall reeds by a river, watching a little basket float on the water.", "a girl beside a little basket, by a river"),
    (
        "A man with a grey beard holding out his staff over the sea as the water parts into two tall walls.",
        "a man with a grey beard beside his staff, between walls of sea water",
    ),
    (
        "A shepherd boy kneeling by a little stream, choosing five smooth stones, with his sling and staff beside him.",
        "a shepherd boy kneeling beside five smooth stones, his sling and a staff, by a river",
    ),
    (
        "A shepherd boy swinging his sling as a stone flies through the air towards a tall giant in a valley.",
        "a shepherd boy with a sling and a giant beside a stone, in the hills",
    ),
    (
        "A very tall giant in shiny armour standing in a valley, while a shepherd boy watches from a hill with soldiers and tents.",
        "a giant in silver armour, a shepherd boy and three soldiers beside three tents, in the hills",
    ),
    (
        "A woman, her little boy and a man with a grey beard sharing warm bread beside a jar of flour and a jar of oil.",
        "a woman, a boy and a man with a grey beard beside warm bread and a jar, in a meadow",
    ),
    (
        "A man with a grey beard smiling as rain falls from dark clouds onto green hills.",
        "a man with a grey beard beside three dark clouds, in the hills",
    ),
    (
        "A man standing calmly in a rocky den with big lions around him, and light shining from an opening above.",
        "a man and three lions in a rocky den",
    ),
    (
        "A worried king with a crown sitting awake by a window in his palace under the moon and stars.",
        "a king with a crown sitting beside a window, in a palace hall",
    ),
    ("A man praying with folded hands inside a big fish, with a soft light glowing around him.", "a man praying inside a big fish"),
    (
        "A man with a brown beard speaking to a big crowd of people and children in a city with tall walls, under a bright sky.",
        "a man with a brown beard, eight people and three children beside three tall walls, in a town",
    ),
    (
        "A queen with a crown reaching out to touch a golden scepter held by a smiling king on his throne.",
        "a queen with a crown and a king beside a golden scepter and his throne, in a palace hall",
    ),
    (
        "Shepherds kneeling by a manger in a stable where a baby sleeps, with Mary, Joseph and a little lamb.",
        "three shepherds kneeling, a baby asleep, a woman, a man and a small lamb beside a manger, in a stable",
    ),
    (
        "Three wise men with crowns kneeling and offering gifts to a little child on Mary's lap, under a bright star.",
        "three wise men kneeling, a child and a woman beside three gifts, indoors",
    ),
    (
        "A hurt man lying beside a dusty road among rocky hills, with a few small trees.",
        "a hurt man beside three small trees, on a road by rocks",
    ),
    (
        "Jesus in a white robe holding up bread and fish and giving thanks, while his friends pass baskets of bread to the families on the hill.",
        "a man in a white robe, three friends and three people beside some bread, a fish to eat and three baskets of bread, in the hills",
    ),
    (
        "Dark clouds over a quiet sea under a night sky, with a soft glow of light just beginning to shine.",
        "three dark clouds, at sea at night",
    ),
    (
        "Mia, a girl with olive skin and short black hair in a blue hoodie, Leo, a boy with dark brown skin and fluffy black hair in a yellow jumper, and Sam, a child with rosy skin and long dark brown hair in a red jumper, discovering a whispering paper map, at a campsite with a tent and a campfire among tall trees in the morning, soft picture-book illustration.",
        "a girl in a blue hoodie, a boy in a yellow jumper and a child in a red jumper beside a whispering paper map, a tent, a campfire and three tall trees",
    ),
    (
        "Rosie, a girl with light skin and braided red hair in yellow dungarees, and Hazel, a girl with rosy skin and fluffy golden hair in an orange raincoat, beside a cardboard rocket, discovering a bouncy crater full of silver dust, on the grey moon with round craters and stars in a black sky at night, soft picture-book illustration.",
        "a girl in yellow dungarees and a girl in an orange raincoat beside a cardboard rocket, a bouncy crater and three stars, on the moon at night",
    ),
    (
        "Ember, a small grey puppy with a purple backpack, and Bubbles, a small red squirrel with a blue hat, discovering a giant shimmering bubble, in a cozy house in the morning, soft picture-book illustration.",
        "a small grey puppy with a purple backpack and a small red squirrel with a blue hat beside a giant shimmering bubble, inside a house",
    ),
    (
        "Wren, a princess with brown skin and long black hair in a purple outfit and a little gold crown, and Clover, a big blue dragon with a yellow bandana, discovering a trail of glowing footprints, in an old stone castle with tall towers in the morning, soft picture-book illustration.",
        "a princess in a purple outfit with a gold crown and a big blue dragon with a yellow bandana at the door of a castle beside three glowing footprints",
    ),
    (
        "Pip, a small grey bunny with a pink bow, and Pepper, a small yellow firefly with a blue bow, discovering a giant shimmering bubble, in a garden full of flowers at night, soft picture-book illustration.",
        "a small grey bunny with a pink bow and a small yellow firefly with a blue bow beside a giant shimmering bubble and three flowers, in a garden at night",
    ),
];

#[test]
fn real_prompts_are_described_in_plain_words() {
    assert!(TABLE.len() >= 20);
    let wrong: Vec<String> = TABLE
        .iter()
        .filter(|(p, want)| describe(p) != *want)
        .map(|(p, want)| format!("{p}\n  want {want}\n  got  {}", describe(p)))
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_bible_picture_has_a_garbled_description() {
    let mut bad = Vec::new();
    for prompt in bible_pictures() {
        let d = describe(prompt);
        let words: Vec<&str> = d.split([' ', ',']).filter(|w| !w.is_empty()).collect();
        let doubled = words.windows(2).any(|w| w[0] == w[1]);
        let garbled =
            ["a his ", "an its ", "a her ", "a their ", "an our ", "a my ", "three sky", "an out ", "an up ", "an into ", "an outside "]
                .iter()
                .any(|g| d.contains(g));
        // A number before a thing that cannot be counted, or the same group said twice.
        let counted = ["bread", "grain", "seaweed", "light", "sky", "armour"]
            .iter()
            .any(|m| ["two", "three", "four"].iter().any(|n| d.contains(&format!("{n} {m}"))));
        let groups: Vec<&str> = d.split([',']).flat_map(|p| p.split(" and ")).map(str::trim).collect();
        let twice = groups
            .iter()
            .enumerate()
            .any(|(i, g)| ["two ", "three ", "four "].iter().any(|n| g.starts_with(n)) && groups[i + 1..].contains(g));
        if doubled || garbled || counted || twice || d.contains("some light") {
            bad.push(format!("{prompt}\n  -> {d}"));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

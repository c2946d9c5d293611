//! A premise that names no Bible story and comes close to none ("dinosaurs
//! on a spaceship"): the words a child uses for things the Bible has no
//! story about, read as the nearest things it does have (a spaceship is
//! close to the stars), and the one gentle sentence scene 1 opens with to
//! say so honestly, built from the premise's own words. Also what each
//! story is about, said where a sentence names the story ("this is the
//! story of a short man who climbed a tree to see Jesus"), never its title.

use super::Story;

/// Words for things no Bible story is about, and the story word closest to them.
const NEAR: &[(&[&str], &str)] = &[
    (&["dinosaur", "dinosaurs", "dino", "dinos", "dragon", "dragons", "monster", "monsters", "unicorn", "unicorns"], "animal"),
    (&["dog", "dogs", "puppy", "kitten", "bunny", "rabbit", "horse", "pony", "bear", "teddy", "tiger", "monkey"], "animal"),
    (&["spaceship", "spaceships", "rocket", "rockets", "space", "planet", "planets", "astronaut", "astronauts", "alien", "aliens"], "star"),
    (&["pirate", "pirates", "ship", "ships", "submarine", "mermaid", "mermaids", "beach", "swimming"], "sea"),
    (&["castle", "castles", "knight", "knights", "fairy", "fairies", "wizard", "prince"], "palace"),
    (&["robot", "robots", "car", "cars", "train", "trains", "truck", "trucks", "superhero", "superheroes"], "help"),
    (&["school", "football", "birthday party", "cake", "toys", "toy"], "share"),
];

/// What each story is about, said after "there is a story about" and "this is the story of".
const ABOUT: &[(&str, &str)] = &[
    ("God Makes the Whole World", "how God made the whole world, the sun, the stars and every animal"),
    ("Noah and the Great Big Boat", "a great big boat full of animals"),
    ("Abraham Counts the Stars", "a man who counted the stars in the night sky"),
    ("Joseph and the Coat of Many Colours", "a boy with a coat of many colours"),
    ("Baby Moses in the Basket", "a baby in a basket on a river"),
    ("Moses and the Path Through the Sea", "a path that opened right through the sea"),
    ("Ruth and Naomi", "two friends who never left each other"),
    ("Samuel Hears God Calling", "a little boy who heard God call his name in the night"),
    ("The Walls of Jericho", "the tall walls of a city that fell down when God's people shouted"),
    ("David and the Giant", "a shepherd boy who was brave in front of a giant"),
    ("Elijah and the Ravens", "birds that brought food to a hungry man"),
    ("Daniel and the Lions", "a man who was kept safe among lions"),
    ("Jonah and the Big Fish", "a man who was swallowed by a big fish"),
    ("Brave Queen Esther", "a brave queen in a palace"),
    ("Baby Jesus Is Born", "a baby born in a stable under a bright star"),
    ("Jesus Calms the Storm", "a storm on a lake that Jesus made calm"),
    ("Peter Walks on the Water", "a fisherman who walked on the waves"),
    ("The Lost Sheep", "a shepherd who looked everywhere for one lost sheep"),
    ("The Good Samaritan", "a kind man who helped a stranger"),
    ("Jesus Feeds Five Thousand", "a boy who shared his lunch with a huge crowd"),
    ("Zacchaeus Climbs a Tree", "a short man who climbed a tree to see Jesus"),
    ("Jesus Heals Blind Bartimaeus", "a blind man who called out to Jesus and could see again"),
    ("Jesus Welcomes the Children", "Jesus and the children who came to see him"),
    ("The Son Who Came Home", "a father who ran to hug his son"),
    ("Jesus Rides a Donkey", "a happy parade with a little donkey and palm branches"),
    ("Jesus Is Alive", "the happy morning when Jesus was alive again"),
];

/// The premise's words with the nearest story words added for the things no story is about.
pub(super) fn with_near_words(line: &str) -> String {
    let mut out = line.to_string();
    for (words, near) in NEAR {
        if words.iter().any(|w| line.contains(&format!(" {w} "))) {
            out.push_str(near);
            out.push(' ');
        }
    }
    out
}

/// What a story is about, for the honest sentence.
pub(super) fn about(story: &Story) -> &'static str {
    ABOUT.iter().find(|(title, _)| *title == story.title).map_or("a story God's people have told for a very long time", |a| a.1)
}

/// Openings a premise often starts with that are not what it is about.
const LEAD_INS: &[&str] = &[
    "a story about ",
    "a story of ",
    "a bible story about ",
    "the story of ",
    "story about ",
    "tell me about ",
    "tell me a story about ",
    "about ",
];

/// "There is no story in the Bible about “dinosaurs on a spaceship”, but there
/// is one about a great big boat full of animals, so let's hear that one."
pub(super) fn sentence(base: &str, story: &Story) -> Option<String> {
    let mut words = base.split_whitespace().collect::<Vec<_>>().join(" ");
    loop {
        let low = words.to_lowercase();
        let Some(lead) = LEAD_INS.iter().find(|l| low.starts_with(*l)) else { break };
        words = words[lead.len()..].to_string();
    }
    let words = words.trim_matches(|c: char| c.is_whitespace() || ".,!?;:'\"“”".contains(c));
    if words.is_empty() {
        return None;
    }
    // A long premise is not quoted cut off in the middle: the sentence says "just like that" instead.
    let said = words.split_whitespace().collect::<Vec<_>>();
    if said.len() > 10 {
        return Some(format!(
            "There is no story in the Bible just like that, but there is one about {}, so let's hear that one.",
            about(story)
        ));
    }
    let said = said.join(" ");
    // "A dragon…" reads "a dragon…" inside the sentence; a name or "I" keeps its capital.
    let first = said.split_whitespace().next().unwrap_or("").to_lowercase();
    let small = ["a", "an", "the", "my", "our", "some", "two", "three", "lots", "this", "that"].contains(&first.as_str());
    let said = if small { crate::text::lower_first(&said) } else { said };
    Some(format!("There is no story in the Bible about “{said}”, but there is one about {}, so let's hear that one.", about(story)))
}

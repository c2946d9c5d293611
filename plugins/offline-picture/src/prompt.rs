//! Reading a picture prompt: time of day, the ground, the main subject, a
//! companion, a backdrop and small decorations, all from keywords, plus a
//! hash of the prompt that varies colours and positions.

pub use crate::people::Kid;
use storyloom_plugin_sdk::rng::{FNV_START, fnv1a};

/// Light of the scene.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Time {
    Day,
    Dawn,
    Sunset,
    Night,
}

/// What the subject stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ground {
    Grass,
    Beach,
    Water,
    Snow,
    Desert,
    Space,
}

/// Animals drawn from one shared body with different ears, colours and tails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Animal {
    Bunny,
    Cat,
    Dog,
    Bear,
    Mouse,
    Fox,
    Pig,
    Panda,
    Squirrel,
    Lion,
}

/// Things that can be the picture's main subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    Animal(Animal),
    Child(Kid),
    Owl,
    Dragon,
    Robot,
    Rocket,
    Boat,
    Fish,
    Castle,
    House,
    Tree,
    Mountain,
    Flower,
    /// A friendly round character: the fallback, and aliens and monsters.
    Blob,
}

impl Subject {
    /// Boats, fish and rockets only make sense as the main subject, not standing beside it.
    pub fn can_accompany(self) -> bool {
        !matches!(self, Subject::Boat | Subject::Fish | Subject::Rocket) && !self.is_scenery()
    }

    /// Buildings and landscape can be a backdrop; characters and vehicles cannot.
    pub fn is_scenery(self) -> bool {
        matches!(self, Subject::Castle | Subject::House | Subject::Tree | Subject::Mountain | Subject::Flower)
    }
}

const SUBJECTS: &[(&str, Subject)] = &[
    ("girl", Subject::Child(Kid::Girl)),
    ("boy", Subject::Child(Kid::Boy)),
    ("child", Subject::Child(Kid::Child)),
    ("kid", Subject::Child(Kid::Child)),
    ("children", Subject::Child(Kid::Child)),
    ("explorer", Subject::Child(Kid::Child)),
    ("princess", Subject::Child(Kid::Princess)),
    ("queen", Subject::Child(Kid::Princess)),
    ("prince", Subject::Child(Kid::Boy)),
    ("knight", Subject::Child(Kid::Boy)),
    ("astronaut", Subject::Child(Kid::Astronaut)),
    ("wizard", Subject::Child(Kid::Wizard)),
    ("witch", Subject::Child(Kid::Wizard)),
    ("fairy", Subject::Child(Kid::Fairy)),
    ("bunny", Subject::Animal(Animal::Bunny)),
    ("rabbit", Subject::Animal(Animal::Bunny)),
    ("bunnies", Subject::Animal(Animal::Bunny)),
    ("hare", Subject::Animal(Animal::Bunny)),
    ("cat", Subject::Animal(Animal::Cat)),
    ("kitten", Subject::Animal(Animal::Cat)),
    ("kitty", Subject::Animal(Animal::Cat)),
    ("dog", Subject::Animal(Animal::Dog)),
    ("puppy", Subject::Animal(Animal::Dog)),
    ("puppies", Subject::Animal(Animal::Dog)),
    ("bear", Subject::Animal(Animal::Bear)),
    ("teddy", Subject::Animal(Animal::Bear)),
    ("mouse", Subject::Animal(Animal::Mouse)),
    ("mice", Subject::Animal(Animal::Mouse)),
    ("fox", Subject::Animal(Animal::Fox)),
    ("foxes", Subject::Animal(Animal::Fox)),
    ("pig", Subject::Animal(Animal::Pig)),
    ("piglet", Subject::Animal(Animal::Pig)),
    ("panda", Subject::Animal(Animal::Panda)),
    ("squirrel", Subject::Animal(Animal::Squirrel)),
    ("lion", Subject::Animal(Animal::Lion)),
    ("owl", Subject::Owl),
    ("bird", Subject::Owl),
    ("dragon", Subject::Dragon),
    ("dinosaur", Subject::Dragon),
    ("dino", Subject::Dragon),
    ("robot", Subject::Robot),
    ("rocket", Subject::Rocket),
    ("spaceship", Subject::Rocket),
    ("boat", Subject::Boat),
    ("ship", Subject::Boat),
    ("sailboat", Subject::Boat),
    ("pirate", Subject::Boat),
    ("fish", Subject::Fish),
    ("whale", Subject::Fish),
    ("dolphin", Subject::Fish),
    ("castle", Subject::Castle),
    ("palace", Subject::Castle),
    ("tower", Subject::Castle),
    ("house", Subject::House),
    ("home", Subject::House),
    ("cottage", Subject::House),
    ("barn", Subject::House),
    ("tree", Subject::Tree),
    ("forest", Subject::Tree),
    ("woods", Subject::Tree),
    ("mountain", Subject::Mountain),
    ("mountains", Subject::Mountain),
    ("flower", Subject::Flower),
    ("rose", Subject::Flower),
    ("alien", Subject::Blob),
    ("monster", Subject::Blob),
];

/// Everything the painter needs to know.
#[derive(Debug, Clone)]
pub struct Spec {
    pub seed: u64,
    pub time: Time,
    pub ground: Ground,
    pub subject: Subject,
    pub companion: Option<Subject>,
    pub backdrop: Option<Subject>,
    pub forest: bool,
    pub flowers: bool,
    pub mushrooms: bool,
    pub balloon: bool,
    pub alien: bool,
    /// The main character's look, when the prompt has a cast.
    pub look: crate::look::Look,
}

fn any(words: &[&str], keys: &[&str]) -> bool {
    words.iter().any(|w| keys.contains(w))
}

impl Spec {
    pub fn read(prompt: &str) -> Spec {
        let lower = prompt.trim().to_lowercase();
        let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        fn singular(w: &str) -> &str {
            w.strip_suffix('s').filter(|s| s.len() > 2).unwrap_or(w)
        }
        let found: Vec<Subject> =
            words.iter().filter_map(|w| SUBJECTS.iter().find(|(k, _)| *k == *w || *k == singular(w)).map(|s| s.1)).collect();

        let mut characters = found.iter().copied().filter(|s| !s.is_scenery());
        let scenery = found.iter().copied().find(|s| s.is_scenery());
        let first = characters.next();
        let subject = first.or(scenery).unwrap_or(Subject::Blob);
        let companion = characters.find(|s| Some(*s) != first && s.can_accompany());
        let backdrop = found.iter().copied().find(|s| s.is_scenery() && *s != subject);

        let time = if any(&words, &["night", "midnight", "bedtime", "nighttime"]) {
            Time::Night
        } else if any(&words, &["sunset", "evening", "dusk", "twilight"]) {
            Time::Sunset
        } else if any(&words, &["dawn", "sunrise", "morning"]) {
            Time::Dawn
        } else if any(&words, &["moon", "moonlit", "moonlight", "stars", "starry", "dark"]) {
            Time::Night
        } else {
            Time::Day
        };

        let water_subject = matches!(subject, Subject::Boat | Subject::Fish);
        let ground = if any(&words, &["space", "rocket", "planet", "planets", "galaxy", "astronaut", "comet", "spaceship", "mars", "alien"])
        {
            Ground::Space
        } else if any(&words, &["desert", "dune", "dunes", "cactus", "camel"]) {
            Ground::Desert
        } else if any(&words, &["snow", "snowy", "ice", "icy", "winter", "arctic", "penguin", "snowman"]) {
            Ground::Snow
        } else if any(&words, &["beach", "sand", "sandy", "shore", "seaside", "shell", "seashell", "seashells"]) && !water_subject {
            Ground::Beach
        } else if water_subject || any(&words, &["sea", "ocean", "waves", "lake", "river", "pond", "island", "underwater", "reef"]) {
            if water_subject { Ground::Water } else { Ground::Beach }
        } else {
            Ground::Grass
        };

        Spec {
            seed: fnv1a(FNV_START, lower.as_bytes()),
            time,
            ground,
            subject,
            companion,
            backdrop,
            forest: any(&words, &["forest", "woods", "trees", "jungle"]),
            flowers: any(&words, &["flower", "flowers", "garden", "meadow", "spring", "rose", "roses", "bloom"]),
            mushrooms: any(&words, &["mushroom", "mushrooms", "toadstool"]),
            balloon: any(&words, &["balloon", "balloons", "party", "birthday"]),
            alien: any(&words, &["alien", "aliens"]),
            look: crate::look::Look::read(prompt),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_examples() {
        let s = Spec::read("a dragon in a castle at night");
        assert_eq!((s.subject, s.backdrop, s.time), (Subject::Dragon, Some(Subject::Castle), Time::Night));
        let s = Spec::read("a bunny in a meadow");
        assert_eq!((s.subject, s.ground, s.time), (Subject::Animal(Animal::Bunny), Ground::Grass, Time::Day));
        assert!(s.flowers);
        assert_eq!(Spec::read("a rocket in space").ground, Ground::Space);
        let s = Spec::read("a boat on the sea at sunset");
        assert_eq!((s.subject, s.ground, s.time), (Subject::Boat, Ground::Water, Time::Sunset));
        let s = Spec::read("A brave bunny named Pip and an owl discovering mushrooms in a garden at night");
        assert_eq!((s.subject, s.companion), (Subject::Animal(Animal::Bunny), Some(Subject::Owl)));
        assert_eq!(Spec::read("").subject, Subject::Blob);
        let s = Spec::read("A brave explorer named Mia and a whale on a sandy beach by the sea");
        assert_eq!((s.subject, s.companion, s.ground), (Subject::Child(Kid::Child), None, Ground::Beach));
    }
}

//! The premises the check tells: the host's 34-premise default table
//! (`host/tests/it/offline_default.rs`, with its "starring … with …" case as
//! the host writes it) and the newcomer parent's premises (round 12).

/// The tier a premise is told on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Kids,
    Bible,
}

impl Tier {
    /// The tier's id as the storyteller reads it.
    pub fn id(self) -> &'static str {
        match self {
            Tier::Kids => "kids",
            Tier::Bible => "bible",
        }
    }
}

/// Every premise the check tells, with its tier.
pub const PREMISES: &[(Tier, &str)] = &[
    // The host's default table.
    (Tier::Kids, "two sisters build a cardboard rocket and fly to the moon"),
    (Tier::Kids, "a little crab who wants to see the top of the lighthouse"),
    (Tier::Kids, "my dog Max finds a map to a treasure under the sea"),
    (Tier::Kids, "a dragon who is afraid of the dark learns to love the stars"),
    (Tier::Kids, "Teddy and his owl friend Hoot"),
    (Tier::Kids, "a unicorn and a robot"),
    (Tier::Kids, "three friends and a runaway kite"),
    (Tier::Kids, "a girl named Zoe rides a bright red balloon over the town"),
    (Tier::Kids, "Mia, Leo and Sam go camping"),
    (Tier::Kids, "Noah and his sister build a sandcastle"),
    (Tier::Kids, "a snail who goes on a big adventure"),
    (Tier::Kids, "a coral reef story about a little fish"),
    (Tier::Kids, "twins ride a red train to the mountains"),
    (Tier::Kids, "a brave bunny named Star and a kitten called Rose"),
    (Tier::Kids, "a pirate and his parrot sail a wooden ship"),
    (Tier::Kids, "a penguin who wants to fly"),
    (Tier::Kids, "an astronaut and her robot visit the moon"),
    (Tier::Kids, "purple"),
    (Tier::Kids, "a dragon who is afraid of the dark (starring Ana, Ben and Dad; with dinosaurs)"),
    (Tier::Bible, "Noah builds a big boat and the animals come two by two"),
    (Tier::Bible, "David and Goliath"),
    (Tier::Bible, "Daniel in the lions' den"),
    (Tier::Bible, "Jonah and the whale"),
    (Tier::Bible, "Queen Esther is brave"),
    (Tier::Bible, "baby Jesus is born in Bethlehem"),
    (Tier::Bible, "the good Samaritan"),
    (Tier::Bible, "Zacchaeus climbs a tree"),
    (Tier::Bible, "Moses and the Red Sea"),
    (Tier::Bible, "Joseph and his coat of many colours"),
    (Tier::Bible, "the shepherd who looks for his lost sheep"),
    (Tier::Bible, "Jesus feeds everyone with five loaves and two fishes"),
    (Tier::Bible, "how God made the world"),
    (Tier::Bible, "sharing with friends"),
    (Tier::Bible, "a story about animals"),
    // The newcomer parent's premises.
    (Tier::Kids, "we go to the zoo"),
    (Tier::Kids, "a fox and a squirrel in the snowy woods"),
    (Tier::Kids, "a little boy and his grandpa go fishing on a lake"),
    (Tier::Kids, "My dog Max finds a map to a treasure under the sea"),
    (Tier::Kids, "a little bunny who cannot fall asleep (bedtime)"),
    (Tier::Kids, "a little bunny who cannot fall asleep"),
    (Tier::Bible, "Samuel hears God calling in the night"),
    (Tier::Bible, "Easter: Jesus is alive"),
    (Tier::Bible, "Peter walks on water"),
    (Tier::Bible, "Noah and the ark"),
    (Tier::Bible, "Jonah and the big fish"),
    (Tier::Bible, "the loaves and fishes"),
    (Tier::Bible, "Zacchaeus climbs a tree to see Jesus"),
    (Tier::Bible, "David, the shepherd boy, and the giant Goliath"),
];

/// The story seeds each premise is told with.
pub const SEEDS: [u64; 4] = [1, 7, 4242, 20_261_201];

/// Scenes per story.
pub const SCENES: u32 = 5;

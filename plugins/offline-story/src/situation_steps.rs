//! The steps of a situation for the middle scenes (a sleepless night, a lost
//! thing, baking, building, a visit, making a friend, any activity); a
//! fear's steps are its own arc (`fear.rs`).

pub const SLEEP_STEPS: &[&str] = &[
    "{name} counted sheep: one, two, three... but sleep still did not come.",
    "{friend} brought a cup of warm milk. {name} sipped it slowly.",
    "{name} snuggled into a soft blanket, but {hero_their} eyes stayed wide open.",
    "\"Let's listen to the night,\" whispered {friend}. The night was very quiet and very gentle.",
    "{name} gave a small yawn. Sleep was coming closer.",
    "{friend} hummed a soft lullaby. {name}'s eyes began to droop.",
];

pub const LOST_STEPS: &[&str] = &[
    "{name} looked under the bed and behind the door. No {what} there.",
    "\"Let's look where you were yesterday,\" said {friend}. So they did.",
    "{name} asked everyone they met, \"Have you seen my {what}?\"",
    "A little clue! Something soft was poking out from somewhere. Could it be the {what}?",
    "{name} tried to remember. Where had {hero_their} {what} been last?",
    "\"Don't worry,\" said {friend}. \"Lost things always turn up.\"",
];

pub const BAKE_STEPS: &[&str] = &[
    "First, they put on aprons and got out the flour, the butter and a big bowl.",
    "They stirred and mixed, and mixed and stirred. The mixture was soft and sticky.",
    "{name} cracked an egg. Crack! Only a tiny bit of shell fell in, and {friend} fished it out.",
    "Then they rolled and shaped, and put everything on a tray.",
    "Into the oven went the tray. Soon a warm, sweet smell filled the air.",
    "While they waited, they licked the spoon. Yum!",
];

pub const BUILD_STEPS: &[&str] = &[
    "First, they gathered everything they needed, one piece at a time.",
    "{name} held the pieces steady while {friend} taped them together.",
    "They put the first pieces together. It was starting to take shape!",
    "One part wobbled, so they tried again, slowly and carefully.",
    "They added the finishing touches, one by one.",
    "They stepped back to look. It was nearly done!",
];

pub const VISIT_STEPS: &[&str] = &[
    "There was so much to see {in_place}! {name} did not know where to look first.",
    "They walked along slowly, pointing and whispering, \"Look at that!\"",
    "{friend} found a map of {place}, and they followed it.",
    "They stopped for a rest and a snack, and talked about the best bits so far.",
    "There was still one more thing to see {in_place}, the best thing of all.",
    "{name} wanted to remember every moment of {place}.",
];

pub const FRIEND_STEPS: &[&str] = &[
    "At first, {name} and {friend} were not sure about each other at all.",
    "Then {friend} smiled a small smile, and {name} smiled back.",
    "They found out that they both liked the very same things.",
    "{name} shared something yummy with {friend}. Sharing felt good.",
    "They laughed at the same silly joke until they both had hiccups.",
    "{name} helped {friend}, and {friend} helped {name}. That is what friends do.",
];

pub const DO_STEPS: &[&str] = &[
    "They got everything ready. Soon they would {what}!",
    "{name} could hardly wait. {friend} could hardly wait either.",
    "It was a bit tricky at first, but they kept trying.",
    "They were getting better and better at it.",
    "\"We can really do this,\" said {friend}. {name} nodded.",
    "Only one thing was left to do, and then they would {what}.",
];

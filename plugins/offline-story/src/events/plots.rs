//! Other middle plots of a place, so one premise told with other seeds is
//! another story (other obstacles, helpers and places, not only other words):
//! the lighthouse in a storm (a seagull with the key, a lost fishing boat) or
//! at high tide (a turtle's ride, puffins, the keeper's cat); the zoo's lost
//! baby penguin or its feeding time in the rain. `places::of` picks by seed.

use super::{Event, e};

/// A storm at the lighthouse: the locked door, the seagull's key, the lamp blown out, a boat at sea.
pub const LIGHTHOUSE_STORM: &[Event] = &[
    e(
        "The wind began to blow, and big grey clouds rolled in over the lighthouse. Waves splashed high on the rocks, and the first raindrops fell. {team} hurried along the rocks to the lighthouse door.",
        "grey storm clouds and falling rain, big waves splashing high on the rocks",
        "Listen to the waves crash",
        "Crash! Whoosh! The waves boomed on the rocks, but by the lighthouse door everyone was safe and snug.",
    ),
    e(
        "But the lighthouse door was locked! Just then, a seagull landed on the step with something shiny in its beak: a big brass key. \"The keeper dropped this,\" it squawked. Click went the key, and creak went the door.",
        "a seagull holding a big brass key in its beak at a lighthouse door",
        "Thank the seagull for the key",
        "\"Thank you, seagull!\" said {name}. The seagull puffed up its feathers proudly and came inside too, out of the wind.",
    ),
    e(
        "Up the lighthouse stairs they went, round and round, while the rain pattered on the little round windows. Near the top they found the keeper, looking worried. \"The storm blew my lamp out,\" he said, \"and a little fishing boat is still out at sea!\"",
        "climbing the twisty stairs inside a lighthouse, rain on its little round windows, a worried keeper at the top",
        "Tell the keeper they will help",
        "\"We'll help you!\" said {name}. The keeper smiled for the first time all day.",
    ),
    e(
        "At the very top of the lighthouse, the great lamp was dark, and far out at sea a little fishing boat bobbed in the rain. Everyone turned the big handle together. Click! The great lamp blazed, and the little boat turned for home.",
        "the dark lamp at the top of a lighthouse in a storm, a little fishing boat far out at sea in the rain",
        "Wave to the little boat",
        "{team} waved and waved. Far away, a tiny light on the little boat blinked back: thank you!",
    ),
];

/// High tide at the lighthouse: a turtle's ride across, the puffins at the door, the keeper's cat's back stair.
pub const LIGHTHOUSE_TIDE: &[Event] = &[
    e(
        "The tide had come in, and the sea covered the path to the lighthouse. Just then an old sea turtle paddled up. \"Climb on,\" it said kindly, and it swam them across to the lighthouse rock.",
        "an old sea turtle swimming across the sea where the tide covers the rocky path",
        "Thank the old sea turtle",
        "\"Thank you, turtle!\" said {name}. The turtle winked a slow, wrinkly wink and paddled back out to sea.",
    ),
    e(
        "On the lighthouse rock lived a family of puffins with bright orange beaks. They stood in a row by the door, like little guards, then bobbed their heads and stepped aside.",
        "puffins with bright orange beaks in a row by a lighthouse door",
        "Say hello to the puffins",
        "\"Hello, puffins!\" said {name}. The puffins bobbed and bowed, as polite as could be.",
    ),
    e(
        "Inside the lighthouse, a stripy cat sat on the bottom step. \"Meow,\" it said, and trotted off up a little winding back stair. {team} followed it, up and up.",
        "a stripy cat on a winding back stair inside a lighthouse",
        "Count the steps of the back stair",
        "They counted every step: one hundred and one! The cat knew every one, and it never once went the wrong way.",
    ),
    e(
        "The cat led them right to the top of the lighthouse, where the keeper was polishing the great lamp until it gleamed. \"You found my cat's secret stair!\" she laughed.",
        "a lighthouse keeper polishing the great lamp at the top of a lighthouse, a stripy cat beside her",
        "Help polish the great lamp",
        "Rub, rub, rub! The lamp gleamed so brightly that, when the keeper switched it on, its beam reached all the way to the edge of the sea.",
    ),
];

/// A baby penguin lost at the zoo: the worried keeper, the giraffe who points, the ice-cream stand, home to the pool.
pub const ZOO_PENGUIN: &[Event] = &[
    e(
        "At {place}, a keeper was looking all around. \"Oh dear! A baby penguin has waddled off!\" Then {name} spotted tiny, wet, flappy footprints on the path. \"We'll help you look!\"",
        "a worried zookeeper looking for a lost baby penguin at a zoo",
        "Follow the flappy footprints",
        "The footprints went this way and that, and round and round in a circle. That baby penguin had been dancing!",
    ),
    e(
        "The tiny footprints led past the giraffes at {place}. A giraffe bent down its long neck and nodded towards the ice-cream stand, as if to say, \"That way!\"",
        "a tall giraffe bending its long neck to point the way at a zoo",
        "Thank the helpful giraffe",
        "\"Thank you, giraffe!\" called {name}. The giraffe fluttered its long eyelashes, very pleased.",
    ),
    e(
        "Behind the ice-cream stand at {place}, there he was: the baby penguin, licking a dropped ice cream, with a cold and happy face. He waddled along after {team}, all the way back.",
        "a baby penguin licking a dropped ice cream behind an ice-cream stand at a zoo",
        "Sing the baby penguin a walking song",
        "\"Waddle, waddle, home we go!\" sang {name}, and the baby penguin waddled in time, flap, flap, all the way.",
    ),
    e(
        "Back at the penguin pool at {place}, all the penguins flapped and squawked with joy. \"You found him!\" said the keeper. \"Would you like to help feed them?\"",
        "happy penguins flapping around their pool with a baby penguin at a zoo",
        "Throw the penguins a fish",
        "Splash! Each penguin caught a fish. The baby penguin caught the biggest one of all.",
    ),
];

/// Feeding time at the zoo, then rain: the sea lions, the polite monkey, the butterfly house, the rainbow.
pub const ZOO_FEEDING: &[Event] = &[
    e(
        "At {place}, it was feeding time, and the keeper needed helpers! They carried a bucket of fish to the sea lions, who clapped their flippers. Clap, clap, clap!",
        "sea lions clapping their flippers for a bucket of fish at a zoo",
        "Toss a fish to the sea lions",
        "Up went the fish, and snap! A sea lion caught it and barked a happy bark.",
    ),
    e(
        "Next at {place}, the monkeys were waiting for their bananas, hooting and swinging. One little monkey reached down and took a banana very politely.",
        "monkeys swinging and reaching for bananas at a zoo",
        "Say thank you to the polite monkey",
        "\"Thank you!\" said {name}. The little monkey gave a tiny bow, and everyone laughed.",
    ),
    e(
        "Drip, drop! Rain began to fall on {place}, so everyone hurried into the butterfly house. Inside it was warm, and hundreds of butterflies fluttered everywhere.",
        "hundreds of colourful butterflies in a warm butterfly house at a zoo, rain falling on its glass roof",
        "Stand very still for the butterflies",
        "Everyone stood as still as statues. A blue butterfly landed right on {name}'s nose!",
    ),
    e(
        "After the shower, a rainbow arched over {place}, right above the elephants. The baby elephant trumpeted and splashed in a big muddy puddle.",
        "a rainbow over elephants and a baby elephant splashing in a muddy puddle at a zoo",
        "Cheer for the baby elephant",
        "\"Hooray!\" cheered {team}. The baby elephant trumpeted again, even louder, and sprayed a little fountain.",
    ),
];

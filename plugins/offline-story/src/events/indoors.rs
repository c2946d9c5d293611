//! The events of the places indoors, in story order: the kitchen's mixing,
//! oven and tasting; the bakery's dough, oven and first customer; the house's
//! attic, dressing-up box and blanket fort. Every event names its place.

use super::{Event, e};

pub const KITCHEN: &[Event] = &[
    e(
        "In {place}, they tipped flour, sugar and two eggs into a big bowl. Then they took turns to stir. Round and round!",
        "stirring a big mixing bowl at a kitchen table",
        "Stir it round ten times",
        "One, two, three... ten! The mixture was smooth and yummy-looking. A little bit was on {name}'s nose.",
    ),
    e(
        "Next, they spooned the mixture into a tin. Then a grown-up put it into the warm oven in {place}.",
        "a tin going into a warm kitchen oven",
        "Watch through the oven window",
        "Through the little oven window, they watched it rise, puffy and golden. The whole kitchen smelled lovely.",
    ),
    e(
        "Ding! The timer rang in {place}. Out came the tray, golden brown and warm. It had to cool down first.",
        "a golden tray just out of the oven cooling on a kitchen table",
        "Blow on it to cool it down",
        "Phoo, phoo! {team} blew and blew. \"Is it cool yet?\" asked {friend}. \"Nearly!\" said {name}.",
    ),
    e(
        "At last it was time to decorate. There were sprinkles, icing and cherries all over the table in {place}.",
        "decorating with sprinkles and icing at a kitchen table",
        "Add lots of sprinkles",
        "Shake, shake, shake! Rainbow sprinkles went everywhere, even on the floor. It looked wonderful.",
    ),
];

pub const BAKERY: &[Event] = &[
    e(
        "The baker gave them a big lump of soft dough in {place}. \"Squish it and push it,\" she said. \"That's called kneading.\"",
        "kneading soft dough on a floury bakery table",
        "Knead the dough with both hands",
        "Squish, push, fold! The dough felt soft and bouncy, like a pillow. {friend} got flour all over {name}.",
    ),
    e(
        "They shaped the dough into little rolls. One looked like a snail, and one looked like a star. Into the big oven of {place} they went.",
        "little bread rolls shaped like a snail and a star going into a big oven",
        "Make one shaped like a heart",
        "{name} rolled and pressed and pinched. There it was: a little bread heart, ready for the oven.",
    ),
    e(
        "Soon {place} smelled of warm bread. The baker opened the oven, and out came the rolls, golden and crusty.",
        "golden bread rolls coming out of a bakery oven",
        "Put the rolls on the shelf",
        "One by one, they lined up the rolls on the shelf in the window. They looked so proud.",
    ),
    e(
        "Ding-a-ling! The door of {place} opened, and in came the first customer, a little old man with a walking stick.",
        "a little old man coming into a cosy bakery",
        "Help the baker serve him",
        "{name} put a warm roll in a paper bag. \"Thank you,\" said the man. \"It smells just like when I was little.\"",
    ),
];

pub const HOUSE: &[Event] = &[
    e(
        "At the very top of {place}, a little ladder led to the attic. It was dusty and full of old boxes.",
        "climbing a little ladder into a dusty attic full of boxes",
        "Open the biggest old box",
        "Inside the box were old photos, a wind-up mouse and a hat with a feather. What treasures!",
    ),
    e(
        "In the corner of the attic of {place}, there was a dressing-up box. It was full of hats, capes and crowns.",
        "a dressing-up box full of hats, capes and crowns",
        "Dress up as pirates",
        "On went the hats and the eye patches. \"Arr!\" said {name}. \"Arr, arr!\" said {friend}, giggling.",
    ),
    e(
        "Back downstairs in {place}, they built a fort out of blankets, cushions and chairs. It was the best fort ever.",
        "a blanket fort made of cushions and chairs in a living room",
        "Crawl inside the fort",
        "Inside the fort it was snug and shadowy. {team} whispered secrets and shared a biscuit.",
    ),
    e(
        "Pitter-patter, pitter-patter. Rain began to tap on the windows of {place}, but inside it was warm and dry.",
        "rain on the windows of a warm cosy house",
        "Draw a sun on the misty window",
        "{name} drew a smiley sun on the glass, and {friend} drew a rainbow right next to it.",
    ),
];

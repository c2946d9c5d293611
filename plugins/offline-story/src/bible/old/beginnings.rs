//! The beginning: God makes the whole world; Noah and the great big boat.

use crate::bible::{Beat, Story};

/// God Makes the Whole World.
pub const WORLD: Story = Story {
    title: "God Makes the Whole World",
    hero: "God",
    key: 0,
    names: &["creation", "created", "creates", "adam", "eve", "eden", "garden of eden", "seven days", "made the world", "first day"],
    themes: &[
        "world",
        "animal",
        "light",
        "dark",
        "sun",
        "moon",
        "sky",
        "flower",
        "plant",
        "garden",
        "bird",
        "nature",
        "earth",
        "beginning",
    ],
    beats: &[
        Beat {
            text: "A long, long time ago, before there were any people or animals or trees, there was only deep, dark water. Everything was quiet and empty. But God was there, and God had a wonderful plan.",
            verse: "In the beginning, God created the heavens and the earth.",
            reference: "Genesis 1:1",
            picture: "Dark clouds over a quiet sea under a night sky, with a soft glow of light just beginning to shine.",
            choices: &[
                (
                    "Wonder what the dark, quiet world was like",
                    "It was so quiet: no birds, no wind in the trees, no voices at all. But God was there in the quiet, and God was about to do something wonderful.",
                ),
                (
                    "Listen for God's voice in the stillness",
                    "In the stillness, God spoke. God's voice is strong and kind, and when God speaks, things happen!",
                ),
                (
                    "Imagine being the very first light",
                    "Imagine being the very first light, shining where there had only been dark! You would be bright and warm, and you would light up everything around you.",
                ),
            ],
        },
        Beat {
            text: "Then God spoke, and bright, golden light shone everywhere! God looked at the light and was pleased. God called the light “day” and the dark “night”. That was the very first day.",
            verse: "God said, “Let there be light,” and there was light.",
            reference: "Genesis 1:3",
            picture: "Bright golden light spreading over a wide sea, with white clouds in a morning sky on one side and a deep blue night on the other.",
            choices: &[
                (
                    "Feel the warm new light on your face",
                    "The new light felt warm and gentle, like a hug from the sun. Everything that had been hidden in the dark could now be seen.",
                ),
                (
                    "Wonder why God made night as well as day",
                    "God made the night too, for resting and for dreaming. Day and night took turns, just as they still do for you and me.",
                ),
                (
                    "Say good morning to the very first day",
                    "“Good morning, first day!” What a happy thing to say. Every morning since then has been a brand new gift from God.",
                ),
            ],
        },
        Beat {
            text: "Next God made the big blue sky above, and gathered the water into seas. Dry land rose up, and God covered it with green grass, bright flowers and tall trees full of fruit.",
            verse: "God called the dry land “earth”, and the gathering together of the waters he called “seas”. God saw that it was good.",
            reference: "Genesis 1:10",
            picture: "Green hills with tall fruit trees and bright flowers beside a blue sea under a wide sky.",
            choices: &[
                (
                    "Smell the first flowers and fruit trees",
                    "Mmm! Sweet flowers and juicy fruit, all brand new. The whole world smelled fresh, like a garden after the rain.",
                ),
                (
                    "Watch the waves find their place in the sea",
                    "Splash! The waves rolled up onto the sand and back again. God had made a place for the sea, and the sea stayed right where God said.",
                ),
                (
                    "Count the colours of the new plants",
                    "Green leaves, red apples, yellow flowers, purple plums: too many colours to count! God loves colour, and it shows.",
                ),
            ],
        },
        Beat {
            text: "Then God hung a big, bright sun in the sky to shine in the day. For the night, God made a silver moon and more twinkling stars than anyone could ever count.",
            verse: "God made the two great lights: the greater light to rule the day, and the lesser light to rule the night. He also made the stars.",
            reference: "Genesis 1:16",
            picture: "A big yellow sun on one side of the sky and a silver moon with twinkling stars in the night sky on the other, above green hills.",
            choices: &[
                (
                    "Look up at the moon and the twinkling stars",
                    "Twinkle, twinkle! The stars sparkled like tiny lights in the dark sky, and the moon smiled down softly on the sleeping hills.",
                ),
                (
                    "Feel the warm sunshine on the hills",
                    "The sunshine warmed the grass and the trees and made the flowers open wide. The whole world seemed to stretch and smile.",
                ),
                (
                    "Wonder if God gave every star a name",
                    "Yes, God knows every single star by name! And if God knows every star, God surely knows you, too.",
                ),
            ],
        },
        Beat {
            text: "Next God filled the sea with fish, big and small, and filled the sky with birds. Fish splashed and swam, and birds sang and flew. God blessed them all.",
            verse: "God said, “Let the waters abound with living creatures, and let birds fly above the earth in the open expanse of the sky.”",
            reference: "Genesis 1:20",
            picture: "Colourful fish and a big fish swimming in a blue sea while bright birds fly in the sky above.",
            choices: &[
                (
                    "Swim with the fish in the sea",
                    "Swish, swish! Little fish darted this way and that, and a great big fish glided slowly by. The sea was full of life now.",
                ),
                (
                    "Fly with the birds high in the sky",
                    "Up, up, up! The birds flapped their wings and soared over the hills and the sea, as free and happy as could be.",
                ),
                (
                    "Listen to the very first birdsong",
                    "Tweet, tweet! Chirp, chirp! The first birdsong filled the air, like a thank-you song to the God who made them.",
                ),
            ],
        },
        Beat {
            text: "Then God made animals of every kind: lions and lambs, elephants and giraffes, cows and rabbits. Last of all, God made the first people, Adam and Eve, to love God and to take care of the world.",
            verse: "God created man in his own image. In God’s image he created him; male and female he created them.",
            reference: "Genesis 1:27",
            picture: "A man and a woman in a green garden with a lion, an elephant, a giraffe, a sheep and a cow.",
            choices: &[
                (
                    "Wonder how Adam and Eve felt on their first day",
                    "Everything was new for Adam and Eve: the animals, the trees, even each other! They must have felt amazed and very, very loved.",
                ),
                (
                    "Meet all the animals with Adam",
                    "Adam looked at each animal and gave it a name. “Lion! Giraffe! Sheep!” What fun it must have been.",
                ),
                (
                    "Think about how God made you special too",
                    "God made people in a special way, to know God and love God. That means you too: you are wonderfully made.",
                ),
            ],
        },
        Beat {
            text: "God looked at everything: the light and the sea, the trees and the stars, the animals and the people. And it was all very good! On the seventh day God rested, and God blessed that day.",
            verse: "God saw everything that he had made, and, behold, it was very good. There was evening and there was morning, a sixth day.",
            reference: "Genesis 1:31",
            picture: "A peaceful garden at sunset with animals resting under the trees and a man and a woman smiling.",
            choices: &[],
        },
    ],
};

/// Noah and the Great Big Boat.
pub const NOAH: Story = Story {
    title: "Noah and the Great Big Boat",
    hero: "Noah",
    key: 2,
    names: &["noah", "ark", "flood", "rainbow", "two by two", "noahs ark"],
    themes: &["animal", "boat", "rain", "dove", "promise", "zoo", "giraffe", "elephant", "weather", "pet", "build"],
    beats: &[
        Beat {
            text: "Long ago there lived a man named Noah. Many people had forgotten God and were unkind to each other, and that made God sad. But Noah loved God and tried to do what was right.",
            verse: "This is the history of the generations of Noah: Noah was a righteous man, blameless among the people of his time. Noah walked with God.",
            reference: "Genesis 6:9",
            picture: "A kind man with a grey beard praying beside his house on green hills under a blue sky.",
            choices: &[
                (
                    "Wonder how Noah felt when God spoke to him",
                    "Noah must have felt very surprised, and maybe a little worried. But he loved God, so he listened carefully to every word.",
                ),
                (
                    "Look at the world through God's eyes",
                    "God saw how unkind people had become, and it made God sad. But God also saw Noah, who was kind and who loved him.",
                ),
                (
                    "Listen with Noah's family",
                    "Noah's wife and his three sons, Shem, Ham and Japheth, listened closely. Whatever God asked, they would do it together.",
                ),
            ],
        },
        Beat {
            text: "God told Noah, “Build a big boat, called an ark, with rooms inside. A great flood is coming, and I will keep you safe.” So Noah and his sons began to build, just as God said.",
            verse: "Thus Noah did. He did all that God commanded him.",
            reference: "Genesis 6:22",
            picture: "A man with a grey beard and his sons building a big wooden boat on a dry hill.",
            choices: &[
                (
                    "Hammer and saw with Noah's sons",
                    "Bang, bang, bang! Noah's sons worked hard every day, sawing wood and hammering pegs, until their arms were tired and their hearts were proud.",
                ),
                (
                    "Wonder what the neighbours thought of a boat on dry land",
                    "The neighbours must have laughed. A boat, so far from the sea? But Noah did not mind. He trusted God more than he worried about what people said.",
                ),
                (
                    "Feel how big the boat was",
                    "The boat was as long as a whole row of houses and as tall as three. Noah needed a ladder to reach the top!",
                ),
            ],
        },
        Beat {
            text: "When the ark was finished, the animals came! Two giraffes, two elephants, two lions, two sheep, two doves, and many, many more walked up into the boat, two by two.",
            verse: "Pairs from all flesh with the breath of life in them went into the ship to Noah.",
            reference: "Genesis 7:15",
            picture: "Pairs of animals, two giraffes, two elephants, two lions, two sheep and two doves, walking up a ramp into a big wooden boat.",
            choices: &[
                (
                    "Walk up the ramp with the animals",
                    "Clip, clop, stomp, hop! Up the ramp they went, big feet and little feet, until every animal had found its place inside.",
                ),
                (
                    "Wonder how the little mice kept up with the elephants",
                    "The elephants took big, slow steps, and the mice scurried along beside them. Everyone fitted in, big and small, because God had planned it all.",
                ),
                (
                    "Help Noah's wife find a place for everyone",
                    "Noah's wife showed the animals where to go: the cows here, the sheep there, the birds up high. There was room for everyone.",
                ),
            ],
        },
        Beat {
            text: "Noah and his family went inside, and God shut the door. Then, drip, drop, the rain began. It rained and rained, for forty days and forty nights.",
            verse: "It rained on the earth forty days and forty nights.",
            reference: "Genesis 7:12",
            picture: "A big wooden boat with its door closed under grey clouds and falling rain.",
            choices: &[
                (
                    "Wonder how Noah felt when the first raindrops fell",
                    "When the first raindrops tapped on the roof, Noah may have felt a little nervous. But he remembered God's promise, and his heart felt calm.",
                ),
                (
                    "Listen to the rain with the animals inside the ark",
                    "Pitter, patter went the rain on the roof. Inside, the animals were warm and dry, and the lions yawned big sleepy yawns.",
                ),
                (
                    "Snuggle up with the sheep in the straw",
                    "The sheep were soft and woolly and warm. Snuggled in the straw, it felt safe and cosy, even with the rain outside.",
                ),
            ],
        },
        Beat {
            text: "The water rose and rose until it covered everything, but the ark floated safely on top. Inside, Noah's family fed the animals and waited. And God did not forget them: God sent a wind over the earth, and slowly, slowly, the water began to go down.",
            verse: "God remembered Noah, all the animals, and all the livestock that were with him in the ship; and God made a wind to pass over the earth. The waters subsided.",
            reference: "Genesis 8:1",
            picture: "A big wooden boat floating on a wide calm sea, with a giraffe and an elephant peeking out of a window.",
            choices: &[
                (
                    "Peek out of the window with the giraffe",
                    "The giraffe stretched its long neck out of the window. Water, water everywhere, and a gentle wind beginning to blow.",
                ),
                (
                    "Wonder what the animals did all day",
                    "The animals ate and slept and ate again. The birds sang, the cows mooed, and Noah's family were very busy with all those breakfasts!",
                ),
                (
                    "Feel the boat rocking gently on the water",
                    "Rock, rock, rock went the ark, gently, like a cradle. God was holding them safe on the wide water.",
                ),
            ],
        },
        Beat {
            text: "At last the rain stopped. Noah sent out a dove to look for dry land. In the evening she came back, and in her beak was a fresh green olive leaf!",
            verse: "The dove came back to him at evening and, behold, in her mouth was a freshly plucked olive leaf. So Noah knew that the waters were abated from the earth.",
            reference: "Genesis 8:11",
            picture: "A white dove flying back to a big wooden boat with a green olive leaf in its beak, under a dry, sunny sky.",
            choices: &[
                (
                    "Think about the dove's long flight",
                    "What a long way the little dove had flown, over all that water, to bring back one small green leaf!",
                ),
                (
                    "Wonder how Noah felt when he saw the leaf",
                    "Noah smiled a great big smile. A green leaf meant that trees were growing again. The flood was nearly over!",
                ),
                (
                    "Cheer with the animals inside the ark",
                    "Hooray! The animals stamped and squawked and roared with joy. Soon they would run on dry land again.",
                ),
            ],
        },
        Beat {
            text: "The ground dried, and God said, “Come out!” Out came Noah's family and all the animals, into the sunshine. Noah thanked God, and God put a beautiful rainbow in the sky as a promise never to flood the whole earth again.",
            verse: "I set my rainbow in the cloud, and it will be a sign of a covenant between me and the earth.",
            reference: "Genesis 9:13",
            picture: "Noah, a man with a grey beard, with his family and the animals on a green hill beside a big wooden boat, looking up at a bright rainbow.",
            choices: &[],
        },
    ],
};

//! Moses: the baby in the basket; the path through the sea.

use crate::bible::{Beat, Story};

/// Baby Moses in the Basket.
pub const BABY_MOSES: Story = Story {
    title: "Baby Moses in the Basket",
    hero: "Moses",
    key: 1,
    names: &["baby moses", "moses", "basket", "miriam", "nile", "moses in the basket", "bulrushes"],
    themes: &["baby", "river", "sister", "hide", "princess", "reed", "brother", "float"],
    beats: &[
        Beat {
            text: "Long ago in Egypt, God's people were living hard lives, and the king, called Pharaoh, was unkind to them. A mother from God's people had a baby boy, baby Moses. She loved him so much that she hid him safely at home.",
            verse: "The woman conceived and bore a son. When she saw that he was a fine child, she hid him three months.",
            reference: "Exodus 2:2",
            picture: "A mother holding a baby boy in a small house in Egypt, with a girl peeking beside her.",
            choices: &[
                (
                    "Wonder how Moses' mother felt",
                    "Moses' mother loved her baby with all her heart. She was worried, but she trusted God to help her keep him safe.",
                ),
                (
                    "Peek at the baby with his big sister",
                    "Miriam, the big sister, tiptoed over to look at her little brother. He had tiny fingers and the sweetest smile.",
                ),
                (
                    "Whisper a lullaby to baby Moses",
                    "Hush, little baby, don't you cry. A soft lullaby helped baby Moses drift off to sleep, safe in his mother's arms.",
                ),
            ],
        },
        Beat {
            text: "When Moses grew too big to hide, his mother made a little basket out of reeds and made it waterproof. She tucked baby Moses inside and set the basket among the tall reeds by the river.",
            verse: "When she could no longer hide him, she took a papyrus basket for him, and coated it with tar and with pitch. She put the child in it, and laid it in the reeds by the river’s bank.",
            reference: "Exodus 2:3",
            picture: "A mother placing a baby in a small basket among tall reeds at the edge of a blue river.",
            choices: &[
                (
                    "Wonder how the mother felt letting go",
                    "Letting go of the basket was very hard. But Moses' mother prayed, and she left her baby in God's care.",
                ),
                (
                    "Float along in the little basket",
                    "The little basket bobbed gently on the water, snug and dry. Baby Moses lay inside, listening to the splash of the river.",
                ),
                (
                    "Listen to the river sounds",
                    "Swish went the reeds, splash went the water, croak went a frog. The river sang a gentle song.",
                ),
            ],
        },
        Beat {
            text: "Moses' big sister Miriam hid in the reeds and watched the basket. She stayed very still and very quiet. What would happen to her little brother?",
            verse: "His sister stood far off, to see what would be done to him.",
            reference: "Exodus 2:4",
            picture: "A girl hiding in tall reeds by a river, watching a little basket float on the water.",
            choices: &[
                (
                    "Hide in the reeds with Miriam",
                    "Shh! Crouched in the tall reeds, Miriam could see the basket, but nobody could see her. Her heart went thump, thump.",
                ),
                (
                    "Wonder how brave Miriam felt",
                    "Miriam was only a girl, but she was very brave. She loved her little brother, and she was not going to leave him.",
                ),
                (
                    "Watch the river with the birds",
                    "A bird stood on one leg in the water, watching too. The sun sparkled, and the basket floated gently in the reeds.",
                ),
            ],
        },
        Beat {
            text: "Along came Pharaoh's daughter, the princess, to bathe in the river with her helpers. She saw the little basket in the reeds and said, “Bring it to me!”",
            verse: "Pharaoh’s daughter came down to bathe at the river. Her maidens walked along by the riverside. She saw the basket among the reeds, and sent her servant to get it.",
            reference: "Exodus 2:5",
            picture: "A princess with a crown and her maids walking by a river, pointing at a basket in the reeds.",
            choices: &[
                (
                    "Wonder what the princess expected to find",
                    "Maybe she thought the basket held fruit, or a lost toy. She would never guess what was really inside!",
                ),
                (
                    "Hold your breath with Miriam",
                    "Miriam held her breath. The princess! Would she be kind? Miriam said a quick prayer inside her heart.",
                ),
                (
                    "Walk by the river with the princess's helpers",
                    "The helpers waded into the water, lifted the basket carefully and carried it to the princess.",
                ),
            ],
        },
        Beat {
            text: "The princess opened the basket, and there was a baby, crying! Her heart filled with kindness. “Oh, this little one is one of the Hebrew babies,” she said gently.",
            verse: "She opened it, and saw the child, and behold, the baby cried. She had compassion on him, and said, “This is one of the Hebrews’ children.”",
            reference: "Exodus 2:6",
            picture: "A princess with a crown gently lifting a crying baby out of a basket by the river.",
            choices: &[
                (
                    "Wonder how the princess felt holding the baby",
                    "The princess felt a warm, soft feeling in her heart. She wanted to take care of this little baby.",
                ),
                (
                    "Wonder what baby Moses saw",
                    "Baby Moses blinked up at a kind face and a bright blue sky. He stopped crying and snuggled close.",
                ),
                (
                    "See God's care in this moment",
                    "God had been watching all along. God sent just the right person, at just the right time, to find the basket.",
                ),
            ],
        },
        Beat {
            text: "Miriam bravely stepped out of the reeds. “Shall I find someone to feed the baby for you?” she asked. “Yes, go,” said the princess. And Miriam ran to fetch someone very special: her own mother!",
            verse: "Pharaoh’s daughter said to her, “Go.” The young woman went and called the child’s mother.",
            reference: "Exodus 2:8",
            picture: "A girl running along a river path holding her mother's hand, towards a princess holding a baby.",
            choices: &[
                (
                    "Run home with Miriam",
                    "Miriam ran as fast as her legs could go. “Mother, come quickly! The princess has found our baby!”",
                ),
                (
                    "Wonder how the mother felt when she heard",
                    "Her baby was safe! Moses' mother could hardly believe it. Her prayers had been answered.",
                ),
                (
                    "Smile at Miriam's clever idea",
                    "What a clever, brave girl Miriam was! God used her quick thinking to bring her baby brother home.",
                ),
            ],
        },
        Beat {
            text: "So Moses' own mother took care of him until he was bigger. Then he went to live in the palace with the princess, who loved him like her own son. She named him Moses, and God had great plans for him.",
            verse: "The child grew, and she brought him to Pharaoh’s daughter, and he became her son. She named him Moses, and said, “Because I drew him out of the water.”",
            reference: "Exodus 2:10",
            picture: "A happy little boy held by a princess in a palace garden, with his mother and his sister smiling nearby.",
            choices: &[],
        },
    ],
};

/// Moses and the Path Through the Sea.
pub const SEA_PATH: Story = Story {
    title: "Moses and the Path Through the Sea",
    hero: "Moses",
    key: 4,
    names: &["red sea", "moses", "parting", "parted", "exodus", "pharaoh", "let my people go", "crossing the sea"],
    themes: &["sea", "escape", "freedom", "free", "path", "wind", "walk", "cloud", "fire", "water", "wall", "lead", "leader"],
    beats: &[
        Beat {
            text: "God's people were working very hard in Egypt, and Pharaoh would not let them go. So God sent Moses and his brother Aaron to the king with a message from God.",
            verse: "Afterward Moses and Aaron came, and said to Pharaoh, “This is what Yahweh, the God of Israel, says, ‘Let my people go, that they may hold a feast to me in the wilderness.’ ”",
            reference: "Exodus 5:1",
            picture: "A man with a grey beard and a staff speaking bravely to a king with a crown in a great stone palace.",
            choices: &[
                (
                    "Wonder how Moses felt in front of the king",
                    "Moses' knees might have been shaking. But God had promised to be with him, and that made him brave.",
                ),
                (
                    "Look through the eyes of God's tired people",
                    "God's people were so tired of working hard all day. They hoped and prayed that God would set them free.",
                ),
                (
                    "Stand beside Aaron",
                    "Aaron stood right next to his brother. It is good to have someone beside you when you have to be brave.",
                ),
            ],
        },
        Beat {
            text: "At last Pharaoh said, “Go!” So God's people packed up and left Egypt, with their children, their sheep and their goats. God led them: a tall cloud in the daytime and a pillar of fire at night.",
            verse: "He spread a cloud for a covering, fire to give light in the night.",
            reference: "Psalm 105:39",
            picture: "At night, a long line of families with sheep and donkeys walking through the dark desert behind a tall glowing pillar of fire.",
            choices: &[
                (
                    "Follow the cloud with the children",
                    "The children pointed up at the great white cloud. Wherever it went, they went. God was showing them the way!",
                ),
                (
                    "Wonder what the fire looked like at night",
                    "At night the pillar glowed like a giant lantern, warm and bright. Nobody needed to be afraid of the dark.",
                ),
                (
                    "Wonder how it felt to be free",
                    "Free! No more hard work for Pharaoh. The people sang as they walked, their hearts light and happy.",
                ),
            ],
        },
        Beat {
            text: "They camped beside a wide sea. Then they looked back and saw Pharaoh's chariots coming after them! Pharaoh had changed his mind. The sea was in front and the chariots behind, and everyone was frightened. They cried out to God for help.",
            verse: "When Pharaoh came near, the children of Israel lifted up their eyes, and behold, the Egyptians were marching after them; and they were very afraid. The children of Israel cried out to Yahweh.",
            reference: "Exodus 14:10",
            picture: "Families with sheep and donkeys camped by a wide blue sea, looking back at a cloud of dust far away.",
            choices: &[
                (
                    "Wonder how the children felt",
                    "The children held on tight to their mums and dads. Being scared is hard, but they were not alone.",
                ),
                ("Pray with the people to God", "“Help us, God!” the people cried. And God heard them, just as God hears us when we pray."),
                ("Look at the sea with Moses", "Moses looked at the wide water. He did not know how, but he knew God would make a way."),
            ],
        },
        Beat {
            text: "Moses said to the people, “Don't be afraid! Stand still and watch what God will do.” And the cloud moved behind them, between God's people and the chariots, to keep them safe.",
            verse: "Moses said to the people, “Don’t be afraid. Stand still, and see the salvation of Yahweh, which he will work for you today; for you will never again see the Egyptians whom you have seen today.",
            reference: "Exodus 14:13",
            picture: "A man with a grey beard and a staff standing by the sea, calming a crowd of families, with a tall cloud behind them.",
            choices: &[
                (
                    "Stand still and listen to Moses",
                    "Everyone went quiet and listened. “Stand still,” Moses had said. Sometimes being brave means waiting for God.",
                ),
                (
                    "Wonder how Moses could be so calm",
                    "Moses was calm because he trusted God. God had never let them down, and God would not let them down now.",
                ),
                (
                    "Watch the cloud move behind the camp",
                    "The great cloud drifted back, like a big soft wall. On the people's side it glowed with light all night long.",
                ),
            ],
        },
        Beat {
            text: "God told Moses to hold out his hand over the sea. Moses did, and God sent a strong wind that blew all night. The water rolled back and back, and there was a dry path right through the sea!",
            verse: "Moses stretched out his hand over the sea, and Yahweh caused the sea to go back by a strong east wind all night, and made the sea dry land, and the waters were divided.",
            reference: "Exodus 14:21",
            picture: "At night, under the moon, a man with a grey beard holding out his staff over the sea as the water parts into two tall walls.",
            choices: &[
                (
                    "Feel the strong wind with Moses",
                    "Whoosh! The wind blew and blew, tugging at Moses' robe and beard. It was God's wind, making a way.",
                ),
                (
                    "Wonder what the fish thought",
                    "The fish must have been very surprised to see a path where the water had been! God can do amazing things.",
                ),
                ("Hear the water roll back", "Rumble, swoosh! The water rolled back and stood up like great blue walls. Everyone gasped."),
            ],
        },
        Beat {
            text: "God's people walked right through the middle of the sea on dry ground! Tall walls of water stood on each side. Grandmas and grandpas, mums and dads, boys and girls, sheep and goats all crossed safely.",
            verse: "The children of Israel went into the middle of the sea on the dry ground, and the waters were a wall to them on their right hand, and on their left.",
            reference: "Exodus 14:22",
            picture: "Families, children, sheep and donkeys walking on a dry path between two tall walls of blue water with fish inside.",
            choices: &[
                (
                    "Walk the dry path with the children",
                    "Step, step, step on the dry sand. The children looked up at the walls of water and laughed with wonder.",
                ),
                (
                    "Wonder how Moses felt watching everyone cross",
                    "Moses watched every family cross safely. His heart was full of thanks to God.",
                ),
                (
                    "Look at the fish in the walls of water",
                    "Fish swam in the walls of water, looking out at the people walking by. What a sight!",
                ),
            ],
        },
        Beat {
            text: "When everyone was safe on the other side, the water came rushing back, and the chariots could not follow. God's people were free! Miriam picked up her tambourine, and everyone danced and sang thank-you songs to God.",
            verse: "Miriam the prophetess, the sister of Aaron, took a tambourine in her hand; and all the women went out after her with tambourines and with dances.",
            reference: "Exodus 15:20",
            picture: "A woman dancing with a tambourine and children singing on the shore of a calm blue sea at sunrise.",
            choices: &[],
        },
    ],
};

//! The Old Testament stories of the Bible tier, retold for ages 3–8: one
//! `Story` per block, its beats in the order the Bible tells them, each with
//! one World English Bible verse and the points of view offered after it.

use super::{Beat, Story};

pub const STORIES: &[Story] = &[
    Story {
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
                picture: "A big yellow sun on one side of the sky and a silver moon with twinkling stars on the other, above green hills.",
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
    },
    Story {
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
                picture: "A white dove flying back to a big wooden boat with a green olive leaf in its beak.",
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
    },
    Story {
        title: "Abraham Counts the Stars",
        hero: "Abraham",
        key: 3,
        names: &["abraham", "abram", "sarah", "sarai", "isaac"],
        themes: &["star", "promise", "count", "journey", "travel", "tent", "desert", "camel", "sky", "night", "old", "grandpa", "wait"],
        beats: &[
            Beat {
                text: "Long ago there lived a man called Abram, who would one day be called Abraham, and his wife Sarai. They were growing old, and they had no children. One day God spoke to Abram and made him a wonderful promise.",
                verse: "I will make of you a great nation. I will bless you and make your name great. You will be a blessing.",
                reference: "Genesis 12:2",
                picture: "An old man with a grey beard and an old woman outside their tent, looking up as golden light shines from the sky.",
                choices: &[
                    (
                        "Wonder how Abram felt leaving his home",
                        "Leaving home is a big thing to do. Abram might have felt a bit sad, but he trusted that God would go with him every step.",
                    ),
                    (
                        "Pack the tents with Sarai",
                        "Sarai rolled up the tents and packed the pots and blankets. She wondered where God would lead them, and she was ready.",
                    ),
                    (
                        "Listen to God's promise again",
                        "“I will bless you,” God had said. Abram held those words in his heart like a treasure he could carry anywhere.",
                    ),
                ],
            },
            Beat {
                text: "So Abram and Sarai set off on a long journey, just as God told them. Their camels swayed, their sheep and goats trotted along, and each night they put up their tents under the open sky.",
                verse: "So Abram went, as Yahweh had told him. Lot went with him. Abram was seventy-five years old when he departed from Haran.",
                reference: "Genesis 12:4",
                picture: "An old man with a grey beard leading camels, sheep and goats across a sandy desert, with a woman riding a donkey.",
                choices: &[
                    (
                        "Ride along on a swaying camel",
                        "Sway, sway, bump! Riding a camel is bumpy, but from way up high you can see the whole desert stretching out ahead.",
                    ),
                    (
                        "Wonder what Sarai thought as they travelled",
                        "Sarai looked at the long road and the big sky. Maybe she felt tired, but she held on to God's promise too.",
                    ),
                    (
                        "Count the sheep and goats walking behind",
                        "One sheep, two goats, three sheep, four goats… so many! They trotted along behind, bleating happily.",
                    ),
                ],
            },
            Beat {
                text: "At last they came to a new land. Abram set up his tent under big oak trees and built an altar to thank God. But still they had no baby, and Abram wondered how God's promise could come true.",
                verse: "Abram moved his tent, and came and lived by the oaks of Mamre, which are in Hebron, and built an altar there to Yahweh.",
                reference: "Genesis 13:18",
                picture: "An old man with a grey beard beside his tent under big green trees, with a small stone altar nearby.",
                choices: &[
                    (
                        "Wonder how it feels to wait a long time",
                        "Waiting is hard, isn't it? Abram waited and waited. But God had not forgotten him, not for one day.",
                    ),
                    (
                        "Sit with Abram under the oak trees",
                        "The oak trees made a cool, shady place to sit. Abram listened to the leaves rustle and talked to God about his worries.",
                    ),
                    (
                        "Say thank you with Abram at the altar",
                        "Abram said thank you to God for bringing them safely all that way. Saying thank you helped his heart feel brave.",
                    ),
                ],
            },
            Beat {
                text: "One night God took Abram outside his tent and said, “Look up at the sky. Can you count the stars?” There were too many to count! “Your family will be like that,” God said.",
                verse: "Yahweh brought him outside, and said, “Look now toward the sky, and count the stars, if you are able to count them.” He said to Abram, “So your offspring will be.”",
                reference: "Genesis 15:5",
                picture: "An old man with a grey beard standing outside his tent at night, looking up at a sky full of stars.",
                choices: &[
                    (
                        "Try to count the stars with Abram",
                        "One, two, three, four, five… a hundred, a thousand… Abram could never finish counting. That is how big God's promise was!",
                    ),
                    (
                        "Wonder what Abram whispered to God that night",
                        "Maybe Abram whispered, “Thank you, God. I believe you.” Even when he could not see how, he chose to trust.",
                    ),
                    (
                        "Look up at the night sky yourself",
                        "Next time you see the stars, remember Abram. The same God who made those stars made a promise, and kept it.",
                    ),
                ],
            },
            Beat {
                text: "Abram believed God. God gave him a new name, Abraham, which means father of many. And Sarai got a new name too: Sarah. They kept on waiting for God's promise.",
                verse: "Your name will no more be called Abram, but your name will be Abraham; for I have made you the father of a multitude of nations.",
                reference: "Genesis 17:5",
                picture: "An old man with a grey beard and an old woman smiling together outside their tent in the golden evening.",
                choices: &[
                    (
                        "Wonder how it felt to get a new name",
                        "A new name! Abraham must have smiled every time someone said it. Each time, it reminded him of God's promise.",
                    ),
                    (
                        "Think about what your own name means",
                        "Every name is special. God knows your name too, and God calls you by it with love.",
                    ),
                    (
                        "Keep waiting with Sarah",
                        "Sarah waited, and waited, and waited. Sometimes she laughed, because it all seemed too wonderful to be true.",
                    ),
                ],
            },
            Beat {
                text: "One hot day three visitors came to Abraham's tent. Abraham gave them bread and a good meal. One of them said, “Next year Sarah will have a baby boy!” Inside the tent, Sarah laughed. Could it really be true?",
                verse: "He said, “I will certainly return to you at about this time next year; and behold, Sarah your wife will have a son.” Sarah heard in the tent door, which was behind him.",
                reference: "Genesis 18:10",
                picture: "An old man with a grey beard serving bread to three visitors under a tree, while an old woman listens at the tent door.",
                choices: &[
                    (
                        "Wonder why Sarah laughed",
                        "Sarah was very old, much too old to have a baby, she thought. But nothing is too hard for God!",
                    ),
                    (
                        "Help Abraham serve the visitors",
                        "Abraham hurried to bring water, bread and a tasty meal. Being kind to visitors was one way he showed his love for God.",
                    ),
                    (
                        "Listen at the tent door with Sarah",
                        "Sarah held her breath and listened. A baby boy? Her heart gave a little jump of hope.",
                    ),
                ],
            },
            Beat {
                text: "And just as God promised, Sarah had a baby boy! They named him Isaac, which means laughter. Abraham and Sarah laughed and laughed with joy, because God always keeps his promises.",
                verse: "Sarah said, “God has made me laugh. Everyone who hears will laugh with me.”",
                reference: "Genesis 21:6",
                picture: "An old man with a grey beard and an old woman laughing with joy as they hold a baby outside their tent under the stars.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Joseph and the Coat of Many Colours",
        hero: "Joseph",
        key: 0,
        names: &["joseph", "coat", "coat of many colours", "coat of many colors", "technicolor"],
        themes: &[
            "dream",
            "brother",
            "forgive",
            "forgiving",
            "forgiveness",
            "jealous",
            "colour",
            "color",
            "colourful",
            "colorful",
            "egypt",
            "sorry",
        ],
        beats: &[
            Beat {
                text: "Jacob had twelve sons, and he loved young Joseph very much. One day he gave Joseph a special coat, a coat of many colours. Joseph loved it! But his big brothers felt jealous and cross.",
                verse: "Now Israel loved Joseph more than all his children, because he was the son of his old age, and he made him a tunic of many colors.",
                reference: "Genesis 37:3",
                picture: "A boy in a coat of many colours standing among sheep and his older brothers in a green field.",
                choices: &[
                    (
                        "Wonder how Joseph felt in his new coat",
                        "Joseph felt so special in his bright coat, red and blue and yellow and green! He twirled around to show everyone.",
                    ),
                    (
                        "Look at the coat through the brothers' eyes",
                        "The brothers looked at the coat and felt a hot, prickly feeling inside. Why did Joseph get a special coat, and not them?",
                    ),
                    (
                        "Wonder what Jacob hoped when he gave it",
                        "Jacob wanted Joseph to know he was loved. But he forgot that the other brothers needed to feel loved too.",
                    ),
                ],
            },
            Beat {
                text: "Joseph had strange dreams. In one, his brothers' bundles of grain bowed down to his. In another, the sun, moon and stars bowed to him. When Joseph told his brothers, they grew even crosser.",
                verse: "Joseph dreamed a dream, and he told it to his brothers, and they hated him all the more.",
                reference: "Genesis 37:5",
                picture: "A boy in a colourful coat asleep under a tree, dreaming of bundles of grain and bright stars.",
                choices: &[
                    (
                        "Wonder what Joseph's dreams meant",
                        "Joseph did not know yet what his dreams meant. But God knew, and God had a big plan for Joseph's life.",
                    ),
                    (
                        "Feel how the brothers felt hearing the dreams",
                        "The brothers frowned and folded their arms. “Bow down to our little brother? Never!” they grumbled.",
                    ),
                    (
                        "Think about a time you felt left out",
                        "Feeling left out is hard. The brothers felt that way, and it made them unkind. God understands all our feelings.",
                    ),
                ],
            },
            Beat {
                text: "One day the brothers took Joseph's coat and put him in an empty well. Then traders came by with their camels, and the brothers sent Joseph away with them, all the way to Egypt.",
                verse: "Midianites who were merchants passed by, and they drew and lifted up Joseph out of the pit, and sold Joseph to the Ishmaelites for twenty pieces of silver. The merchants brought Joseph into Egypt.",
                reference: "Genesis 37:28",
                picture: "Traders with camels leading a sad boy across the desert, while his brothers stand beside a well.",
                choices: &[
                    (
                        "Wonder how Joseph felt so far from home",
                        "Joseph felt scared and lonely as the camels walked on and on. But God was with him, even there.",
                    ),
                    (
                        "Ride with the traders and their camels",
                        "The camels plodded across the hot sand, day after day. Far ahead, the great land of Egypt was waiting.",
                    ),
                    (
                        "Wonder if the brothers felt sorry",
                        "Deep inside, some of the brothers felt bad about what they had done. A feeling like that does not go away easily.",
                    ),
                ],
            },
            Beat {
                text: "In Egypt, Joseph worked hard and stayed kind, even when things were very unfair and he was put in prison for something he did not do. Through all of it, God was with Joseph.",
                verse: "Yahweh was with Joseph, and he was a prosperous man. He was in the house of his master the Egyptian.",
                reference: "Genesis 39:2",
                picture: "A young man working kindly in a big Egyptian house with tall pillars and palm trees.",
                choices: &[
                    (
                        "Wonder how Joseph stayed kind",
                        "Joseph could have grown grumpy and cross. Instead he kept trusting God and helping the people around him.",
                    ),
                    (
                        "Think about what makes things feel fair",
                        "Things were not fair for Joseph. But God saw everything, and God was getting ready to turn it into something good.",
                    ),
                    (
                        "Imagine Joseph praying in Egypt",
                        "Maybe Joseph prayed, “God, I miss my home. Please help me.” And God heard every word.",
                    ),
                ],
            },
            Beat {
                text: "One night Pharaoh, the king of Egypt, had strange dreams of fat cows and thin cows. Nobody could explain them, so Joseph was called. God helped Joseph explain: seven years of plenty, then seven hungry years.",
                verse: "Joseph answered Pharaoh, saying, “It isn’t in me. God will give Pharaoh an answer of peace.”",
                reference: "Genesis 41:16",
                picture: "A young man explaining a dream to a king with a crown on a golden throne, with fat cows and thin cows painted on the wall.",
                choices: &[
                    (
                        "Stand before the king with Joseph",
                        "The palace was huge and shiny, and the king looked very grand. Joseph's knees may have wobbled, but God was with him.",
                    ),
                    (
                        "Wonder how Pharaoh felt about his dreams",
                        "Pharaoh had been worried and puzzled. When Joseph explained, the king finally felt calm: now he knew what to do.",
                    ),
                    (
                        "Count the fat cows and the thin cows",
                        "Seven fat cows, seven thin cows. Seven good years, then seven hungry years. God was warning Egypt so everyone could get ready.",
                    ),
                ],
            },
            Beat {
                text: "Pharaoh put Joseph in charge of all the food in Egypt. Joseph stored up grain in the good years. Then the hungry years came, and Joseph's brothers travelled to Egypt to buy food. They bowed low, but they did not know him!",
                verse: "Joseph was the governor over the land. It was he who sold to all the people of the land. Joseph’s brothers came, and bowed themselves down to him with their faces to the earth.",
                reference: "Genesis 42:6",
                picture: "Ten brothers bowing before a man in a fine Egyptian robe beside big sacks of grain.",
                choices: &[
                    (
                        "Wonder what Joseph felt seeing his brothers",
                        "Joseph's heart thumped. There were his brothers! He remembered everything, and he felt like crying.",
                    ),
                    (
                        "Look through the eyes of the hungry brothers",
                        "The brothers were tired and hungry and far from home. They had no idea that the great ruler was their little brother.",
                    ),
                    (
                        "Remember Joseph's dream about the grain",
                        "Do you remember the dream? The bundles of grain bowed down, and now the brothers bowed too. God's plan was coming true.",
                    ),
                ],
            },
            Beat {
                text: "At last Joseph said, “I am Joseph, your brother!” The brothers were afraid, but Joseph hugged them and forgave them. He brought his father Jacob and the whole family to live with him in Egypt, where there was food for everyone.",
                verse: "As for you, you meant evil against me, but God meant it for good, to save many people alive, as is happening today.",
                reference: "Genesis 50:20",
                picture: "A man in a fine robe hugging his brothers in a palace, while an old man with a grey beard smiles nearby.",
                choices: &[],
            },
        ],
    },
    Story {
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
    },
    Story {
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
                verse: "the pillar of cloud by day, and the pillar of fire by night, didn’t depart from before the people.",
                reference: "Exodus 13:22",
                picture: "A long line of families with sheep and donkeys walking through the desert behind a tall white cloud.",
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
                    (
                        "Pray with the people to God",
                        "“Help us, God!” the people cried. And God heard them, just as God hears us when we pray.",
                    ),
                    (
                        "Look at the sea with Moses",
                        "Moses looked at the wide water. He did not know how, but he knew God would make a way.",
                    ),
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
                picture: "A man with a grey beard holding out his staff over the sea as the water parts into two tall walls.",
                choices: &[
                    (
                        "Feel the strong wind with Moses",
                        "Whoosh! The wind blew and blew, tugging at Moses' robe and beard. It was God's wind, making a way.",
                    ),
                    (
                        "Wonder what the fish thought",
                        "The fish must have been very surprised to see a path where the water had been! God can do amazing things.",
                    ),
                    (
                        "Hear the water roll back",
                        "Rumble, swoosh! The water rolled back and stood up like great blue walls. Everyone gasped.",
                    ),
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
    },
    Story {
        title: "Ruth and Naomi",
        hero: "Ruth",
        key: 1,
        names: &["ruth", "naomi", "boaz", "obed"],
        themes: &[
            "loyal",
            "loyalty",
            "grandma",
            "grandmother",
            "granny",
            "harvest",
            "field",
            "grain",
            "wheat",
            "barley",
            "new home",
            "moving",
            "stay",
            "together",
        ],
        beats: &[
            Beat {
                text: "Long ago a woman named Naomi lived far from home in the land of Moab. Her two sons married kind women named Ruth and Orpah. Then sad days came: Naomi's husband and both her sons died.",
                verse: "They took for themselves wives of the women of Moab. The name of the one was Orpah, and the name of the other was Ruth. They lived there about ten years.",
                reference: "Ruth 1:4",
                picture: "An older woman and two young women sitting together outside a small house, holding hands.",
                choices: &[
                    (
                        "Wonder how Naomi felt",
                        "Naomi felt very sad and very alone. But she still had Ruth and Orpah, and God had not forgotten her.",
                    ),
                    (
                        "Sit close to Naomi with Ruth",
                        "Ruth sat close and held Naomi's hand. Sometimes the best thing we can do for someone who is sad is to stay near.",
                    ),
                    (
                        "Wonder what Ruth was thinking",
                        "Ruth loved Naomi very much. In her heart, she was already wondering how she could help.",
                    ),
                ],
            },
            Beat {
                text: "Naomi decided to go home to Bethlehem. “Go back to your families,” she told Ruth and Orpah. Orpah went home, but Ruth hugged Naomi tight and would not let go.",
                verse: "Ruth said, “Don’t urge me to leave you, and to return from following you, for where you go, I will go; and where you stay, I will stay. Your people will be my people, and your God my God.",
                reference: "Ruth 1:16",
                picture: "A young woman hugging an older woman on a dusty road, with hills behind them.",
                choices: &[
                    (
                        "Wonder how Naomi felt when Ruth stayed",
                        "Naomi's eyes filled with tears, happy tears this time. She was not alone after all.",
                    ),
                    (
                        "Think about what it means to stay by a friend",
                        "Ruth chose to stay, even though it was hard. Being a true friend means sticking together, in happy times and sad times.",
                    ),
                    ("Wave goodbye to Orpah", "Orpah waved as she went back home. She loved Naomi too, and Naomi blessed her as she went."),
                ],
            },
            Beat {
                text: "Ruth and Naomi walked a long way together. At last they came to Bethlehem, just when the barley was ready to be harvested. The whole town came out to see them.",
                verse: "So Naomi returned, and Ruth the Moabitess, her daughter-in-law, with her, who returned out of the country of Moab. They came to Bethlehem in the beginning of barley harvest.",
                reference: "Ruth 1:22",
                picture: "Two women walking together along a dusty road towards a small town on a hill, past golden fields of barley.",
                choices: &[
                    (
                        "Walk the long road with Ruth and Naomi",
                        "Their feet were tired and dusty, but they walked side by side. Every step brought them closer to home.",
                    ),
                    (
                        "Wonder how Ruth felt in a new land",
                        "Everything was new for Ruth: new people, new houses, new words. It can feel a little scary to be somewhere new.",
                    ),
                    (
                        "Look at the golden barley fields",
                        "The fields were golden and full, waving in the breeze. There would be food to eat!",
                    ),
                ],
            },
            Beat {
                text: "Ruth went to a field to pick up the grain the workers left behind. It was hard work, but Ruth wanted to get food for Naomi. The field belonged to a kind man named Boaz.",
                verse: "She went, and came and gleaned in the field after the reapers; and she happened to come to the portion of the field belonging to Boaz, who was of the family of Elimelech.",
                reference: "Ruth 2:3",
                picture: "A young woman gathering barley in a golden field while workers cut the grain.",
                choices: &[
                    (
                        "Pick up grain with Ruth",
                        "Bend down, pick up, bend down, pick up. Ruth worked all morning in the hot sun, and her basket slowly filled.",
                    ),
                    (
                        "Wonder if it was just luck",
                        "Was it just luck that Ruth came to Boaz's field? Or was God quietly guiding her steps?",
                    ),
                    (
                        "Look at Ruth through Boaz's eyes",
                        "Boaz noticed the young woman working so hard. “Who is she?” he asked, and his workers told him all about her.",
                    ),
                ],
            },
            Beat {
                text: "Boaz was kind to Ruth. He told her to stay in his field, gave her water to drink and bread to eat, and told his workers to leave extra grain for her. He had heard how kind she was to Naomi.",
                verse: "At meal time Boaz said to her, “Come here, and eat some bread, and dip your morsel in the vinegar.” She sat beside the reapers, and they passed her parched grain. She ate, was satisfied, and left some of it.",
                reference: "Ruth 2:14",
                picture: "A kind man sharing bread with a young woman and workers sitting in a golden field.",
                choices: &[
                    (
                        "Wonder how Ruth felt to be treated kindly",
                        "Ruth felt warm and surprised inside. She was a stranger here, but someone had been kind to her.",
                    ),
                    (
                        "Share bread with the workers",
                        "The bread was warm and the grain was crunchy. Everyone shared, and there was plenty for all.",
                    ),
                    (
                        "Think about how kindness is passed on",
                        "Ruth was kind to Naomi, and now Boaz was kind to Ruth. Kindness is like that: it grows and spreads.",
                    ),
                ],
            },
            Beat {
                text: "Ruth carried home a big bundle of grain. Naomi was amazed. When she heard about Boaz, she smiled. “God has not stopped being kind to us! Boaz is part of our family.”",
                verse: "Naomi said to her daughter-in-law, “May he be blessed by Yahweh, who has not abandoned his kindness to the living and to the dead.” Naomi said to her, “The man is a close relative to us, one of our near kinsmen.”",
                reference: "Ruth 2:20",
                picture: "An older woman smiling at a young woman carrying a big bundle of grain into a small house.",
                choices: &[
                    (
                        "Wonder how Naomi felt when she saw the grain",
                        "Naomi had been so sad for so long. Now she felt hope again, like the first sunshine after rain.",
                    ),
                    (
                        "Carry the heavy grain home with Ruth",
                        "The bundle was heavy, but Ruth did not mind. She could not wait to show Naomi!",
                    ),
                    (
                        "Wonder what God was planning",
                        "God was planning something lovely for Ruth and Naomi, better than they could ever imagine.",
                    ),
                ],
            },
            Beat {
                text: "Boaz married Ruth, and God gave them a baby boy named Obed. Naomi held the baby close, full of joy. And one day, Obed's grandson would be King David!",
                verse: "The women, her neighbors, gave him a name, saying, “A son is born to Naomi”. They named him Obed. He is the father of Jesse, the father of David.",
                reference: "Ruth 4:17",
                picture: "An older woman holding a baby with joy, while a young woman and a kind man smile beside her in a sunny courtyard.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "David and the Giant",
        hero: "David",
        key: 6,
        names: &["david", "goliath", "giant", "sling", "david and goliath"],
        themes: &["brave", "courage", "fear", "scared", "afraid", "small", "bully", "strong", "stone", "big", "tall"],
        beats: &[
            Beat {
                text: "David was a young shepherd boy in Bethlehem. He looked after his father's sheep on the hills, played music on his harp, and practised with his sling. When a lion or a bear came near, God helped David keep the sheep safe.",
                verse: "Now David went back and forth from Saul to feed his father’s sheep at Bethlehem.",
                reference: "1 Samuel 17:15",
                picture: "A shepherd boy with a sling sitting on a green hill, watching over his sheep.",
                choices: &[
                    (
                        "Sit on the hill with David and the sheep",
                        "The hills were quiet and green, and the sheep munched the grass. David sang songs to God as he watched them.",
                    ),
                    (
                        "Wonder how David learned to be brave",
                        "Out on the hills, David learned that God was always with him. That is where his bravery came from.",
                    ),
                    (
                        "Count the sheep with David",
                        "One woolly sheep, two woolly sheep, three… David knew every one, and he cared for each of them.",
                    ),
                ],
            },
            Beat {
                text: "One day David's father sent him with bread and cheese for his big brothers in the army. There, David saw a giant named Goliath, big and tall in shiny armour, shouting at God's people. Everyone was afraid.",
                verse: "As he talked with them, behold, the champion, the Philistine of Gath, Goliath by name, came up out of the ranks of the Philistines, and said the same words; and David heard them.",
                reference: "1 Samuel 17:23",
                picture: "A very tall giant in shiny armour standing in a valley, while a shepherd boy watches from a hill with frightened soldiers, grown men in armour with shields and spears, beside their tents.",
                choices: &[
                    (
                        "Wonder how the soldiers felt",
                        "The soldiers were big and strong, but they felt very small next to Goliath. They hid behind their tents.",
                    ),
                    (
                        "Look at the giant through David's eyes",
                        "David saw the giant, but he also remembered how big God is. God was much bigger than any giant.",
                    ),
                    (
                        "Wonder what David's brothers thought",
                        "David's brothers frowned. “Go home and look after the sheep,” they said. But David stayed.",
                    ),
                ],
            },
            Beat {
                text: "David went to King Saul. “Don't be afraid,” he said. “I will go and fight this giant. God helped me with the lion and the bear, and God will help me now.”",
                verse: "David said to Saul, “Let no man’s heart fail because of him. Your servant will go and fight with this Philistine.”",
                reference: "1 Samuel 17:32",
                picture: "A shepherd boy talking bravely to a king with a crown inside a big tent.",
                choices: &[
                    (
                        "Wonder what King Saul thought of David",
                        "King Saul looked at the boy and shook his head. “You are only a boy!” But David's faith was bigger than he was.",
                    ),
                    (
                        "Feel David's brave heart",
                        "David's heart was thumping, but it was full of trust. Being brave means trusting God even when you feel small.",
                    ),
                    (
                        "Remember the lion and the bear",
                        "David remembered the lion and the bear on the hills. God had helped him then, and God would help him again.",
                    ),
                ],
            },
            Beat {
                text: "King Saul gave David his own armour, but it was much too big and heavy. So David took it off. Instead he took his shepherd's stick, his sling, and five smooth stones from the stream.",
                verse: "He took his staff in his hand, and chose for himself five smooth stones out of the brook, and put them in the pouch of his shepherd’s bag which he had. His sling was in his hand; and he came near to the Philistine.",
                reference: "1 Samuel 17:40",
                picture: "A shepherd boy kneeling by a little stream, holding five smooth stones (five, counted one by one), with his sling and staff beside him.",
                choices: &[
                    (
                        "Pick smooth stones from the stream with David",
                        "Splash! The water was cool. David chose five stones, round and smooth, one after another.",
                    ),
                    (
                        "Wonder why the armour didn't fit",
                        "The armour was made for a tall king, not a shepherd boy. David did not need to be like anyone else. God would help him just as he was.",
                    ),
                    (
                        "Hold the sling with David",
                        "The sling felt just right in David's hand. He had practised with it for many, many days on the hills.",
                    ),
                ],
            },
            Beat {
                text: "Goliath laughed when he saw the shepherd boy. But David called out, “You come with a sword and a spear, but I come in the name of God! God does not need swords to win. This battle belongs to God!” Then David ran towards the giant.",
                verse: "and that all this assembly may know that Yahweh doesn’t save with sword and spear; for the battle is Yahweh’s, and he will give you into our hand.”",
                reference: "1 Samuel 17:47",
                picture: "A shepherd boy with a sling facing a very tall giant in shiny armour in a wide valley.",
                choices: &[
                    (
                        "Wonder how David's voice sounded",
                        "David's voice rang out loud and clear across the valley. It did not wobble, because he knew God was with him.",
                    ),
                    (
                        "Watch with the soldiers on the hill",
                        "The soldiers peeked out from behind their shields. Could the shepherd boy really do it?",
                    ),
                    (
                        "Think about who is bigger than any giant",
                        "Goliath was big, but God is bigger than anything. That is what David knew in his heart.",
                    ),
                ],
            },
            Beat {
                text: "The giant came closer, and David ran to meet him. He put a stone in his sling and swung it round and round, faster and faster.",
                verse: "When the Philistine arose, and walked and came near to meet David, David hurried, and ran toward the army to meet the Philistine.",
                reference: "1 Samuel 17:48",
                picture: "A shepherd boy running forward and swinging his sling round and round, as a tall giant strides towards him in a valley.",
                choices: &[
                    (
                        "Hear the whoosh of the sling",
                        "Whirr, whirr, whirr! The sling went round so fast it sang. Everyone on the hill held their breath.",
                    ),
                    (
                        "Wonder how the soldiers felt now",
                        "The soldiers held their breath behind their shields. Could one little stone really stop a giant?",
                    ),
                    ("Wonder what David said to God", "Maybe David whispered, “Help me, God!” He knew the help would come from God."),
                ],
            },
            Beat {
                text: "Whoosh! David let go, and the stone flew straight and true. The great giant toppled over and fell to the ground with a crash! Everyone cheered! The little shepherd boy had trusted God, and God had helped him. David went home to his sheep, and one day he would become a great king. God was with David all his life.",
                verse: "David behaved himself wisely in all his ways; and Yahweh was with him.",
                reference: "1 Samuel 18:14",
                picture: "The fallen giant Goliath, a huge stern warrior in heavy bronze armour and helmet, lying flat on his back on the ground in a valley with a small stone beside his helmet, and a happy shepherd boy with a sling standing beside him, while cheering soldiers, grown men in armour, stand on the grass behind them.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Elijah and the Ravens",
        hero: "Elijah",
        key: 2,
        names: &["elijah", "raven", "ravens", "widow", "zarephath"],
        themes: &[
            "bird",
            "animal",
            "hungry",
            "hunger",
            "food",
            "rain",
            "drought",
            "provide",
            "brook",
            "stream",
            "jar",
            "oil",
            "flour",
            "care",
            "taking care",
        ],
        beats: &[
            Beat {
                text: "Long ago, King Ahab did not follow God. So God sent his helper, Elijah, to tell the king, “There will be no rain until God says so.” And the rain stopped.",
                verse: "Elijah the Tishbite, who was one of the settlers of Gilead, said to Ahab, “As Yahweh, the God of Israel, lives, before whom I stand, there shall not be dew nor rain these years, but according to my word.”",
                reference: "1 Kings 17:1",
                picture: "A man with a grey beard and a brown cloak speaking to a king with a crown in a palace.",
                choices: &[
                    (
                        "Wonder how Elijah felt speaking to the king",
                        "Elijah must have felt nervous in front of the king. But he knew God had sent him, and that gave him courage.",
                    ),
                    (
                        "Look up at the dry, cloudless sky",
                        "Day after day the sky stayed blue. No clouds, no rain. The ground grew dry and dusty.",
                    ),
                    ("Wonder what the king thought", "King Ahab was very cross. He did not like Elijah's message one bit!"),
                ],
            },
            Beat {
                text: "God told Elijah, “Go and hide by a little stream called Cherith. You can drink from the stream.” So Elijah did just what God said.",
                verse: "So he went and did according to Yahweh’s word; for he went and lived by the brook Cherith that is before the Jordan.",
                reference: "1 Kings 17:5",
                picture: "A man with a grey beard walking through dry hills to a little brook among the rocks.",
                choices: &[
                    (
                        "Walk with Elijah to the quiet stream",
                        "The path was rocky and long, but at the end was a little stream, trickling and cool. Elijah knelt and drank.",
                    ),
                    (
                        "Wonder how Elijah would find food",
                        "There were no shops and no gardens by the stream. How would Elijah eat? He did not know, but God did.",
                    ),
                    (
                        "Listen to the trickling water",
                        "Trickle, trickle, splash. The little stream sang a quiet song, and Elijah rested by it.",
                    ),
                ],
            },
            Beat {
                text: "Then something amazing happened. Every morning and every evening, big black ravens flew down with bread and meat for Elijah! God was taking care of him.",
                verse: "The ravens brought him bread and meat in the morning, and bread and meat in the evening; and he drank from the brook.",
                reference: "1 Kings 17:6",
                picture: "Black ravens flying down with bread in their beaks to a man with a grey beard sitting by a little brook.",
                choices: &[
                    (
                        "Fly down with the ravens",
                        "Flap, flap! The ravens swooped down from the sky, carrying their special delivery. Breakfast had arrived!",
                    ),
                    (
                        "Wonder how Elijah felt when the ravens came",
                        "Elijah smiled and laughed. Birds bringing dinner! God had found a way to care for him.",
                    ),
                    (
                        "Count the ravens flying in the sky",
                        "One raven, two ravens, three! Every day, right on time, they came flapping over the hills.",
                    ),
                ],
            },
            Beat {
                text: "After a while the stream dried up, because there was no rain. God said, “Go to the town of Zarephath. A widow there will help you.” At the town gate, Elijah met a poor woman gathering sticks.",
                verse: "“Arise, go to Zarephath, which belongs to Sidon, and stay there. Behold, I have commanded a widow there to sustain you.”",
                reference: "1 Kings 17:9",
                picture: "A man with a grey beard meeting a poor woman gathering sticks by the gate of a small town.",
                choices: &[
                    (
                        "Wonder how Elijah felt when the stream dried up",
                        "The stream was gone, but Elijah was not worried for long. God had a new plan, and Elijah was ready to follow.",
                    ),
                    (
                        "Look through the eyes of the poor woman",
                        "The woman was tired and hungry. She had a little boy at home, and almost no food left.",
                    ),
                    (
                        "Walk the long road to Zarephath",
                        "It was a long, dusty walk. Elijah's sandals were worn, but he kept going, trusting God.",
                    ),
                ],
            },
            Beat {
                text: "Elijah asked the woman for a little bread. “I only have a handful of flour and a little oil,” she said sadly. “Don't be afraid,” said Elijah. “Make me a little bread first, and God will give you enough.”",
                verse: "Elijah said to her, “Don’t be afraid. Go and do as you have said; but make me a little cake from it first, and bring it out to me, and afterward make some for you and for your son.",
                reference: "1 Kings 17:13",
                picture: "A man with a grey beard talking kindly to a woman and her little boy beside a small jar of flour in a simple house.",
                choices: &[
                    (
                        "Wonder how the woman felt sharing the last of her food",
                        "It was hard to share the very last of her food. But the woman decided to trust God, and that took great courage.",
                    ),
                    (
                        "Watch the woman mix the flour and oil",
                        "She poured the flour, added the oil and mixed it with her hands. Soon the smell of warm bread filled the little house.",
                    ),
                    (
                        "Peek at the jar with the little boy",
                        "The little boy peeked into the jar. Was there any flour left? He looked again… and there was!",
                    ),
                ],
            },
            Beat {
                text: "The woman made the bread, and then the most wonderful thing happened. Every day there was still flour in the jar and oil in the jug! There was always enough for Elijah, the woman and her son, just as God had said.",
                verse: "The jar of meal didn’t run out, and the jar of oil didn’t fail, according to Yahweh’s word, which he spoke by Elijah.",
                reference: "1 Kings 17:16",
                picture: "A woman, her little boy and a man with a grey beard sharing warm bread beside a jar of flour and a jar of oil.",
                choices: &[
                    (
                        "Taste the warm bread with the little boy",
                        "Mmm! The bread was warm and soft. The little boy ate and ate, and his tummy was full for the first time in a long while.",
                    ),
                    (
                        "Wonder how the woman felt each morning",
                        "Every morning the woman lifted the lid and smiled. Still there! God's gift came fresh every single day.",
                    ),
                    (
                        "Say thank you to God with Elijah",
                        "Elijah bowed his head and said thank you to God, who had cared for him by the stream and in the little house.",
                    ),
                ],
            },
            Beat {
                text: "At last God said it was time for rain. Elijah prayed, and a little cloud appeared over the sea. It grew bigger and darker, and then, splash, rain poured down on the thirsty land! God had cared for everyone, just as he promised.",
                verse: "In a little while, the sky grew black with clouds and wind, and there was a great rain. Ahab rode, and went to Jezreel.",
                reference: "1 Kings 18:45",
                picture: "A man with a grey beard smiling as rain falls from dark clouds onto green hills.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Daniel and the Lions",
        hero: "Daniel",
        key: 5,
        names: &["daniel", "lion", "lions", "lions den", "den of lions", "darius"],
        themes: &["pray", "prayer", "praying", "brave", "afraid", "scared", "angel", "trust", "cat", "animal", "safe", "protect"],
        beats: &[
            Beat {
                text: "Daniel loved God and prayed to him every day. He worked for King Darius, and he did his work so well and so honestly that the king wanted to put him in charge of the whole kingdom.",
                verse: "Then this Daniel was distinguished above the presidents and the local governors, because an excellent spirit was in him; and the king thought to set him over the whole realm.",
                reference: "Daniel 6:3",
                picture: "A kind man with a short beard working at a table in a grand palace, with a king with a crown smiling at him.",
                choices: &[
                    (
                        "Wonder why the king liked Daniel so much",
                        "The king liked Daniel because he was honest and kind, and he always told the truth. Daniel did his best for God in everything.",
                    ),
                    (
                        "Look through the eyes of the jealous leaders",
                        "Some of the other leaders felt jealous. “Why should Daniel be the boss of us?” they grumbled.",
                    ),
                    (
                        "Pray with Daniel in the morning",
                        "Every morning Daniel knelt and talked to God. Praying was like talking with his very best friend.",
                    ),
                ],
            },
            Beat {
                text: "Some jealous leaders wanted to get Daniel into trouble. They looked and looked, but they could not find anything he had done wrong. So they made a sneaky plan about his praying.",
                verse: "Then the presidents and the local governors sought to find occasion against Daniel as touching the kingdom; but they could find no occasion or fault, because he was faithful. There wasn’t any error or fault found in him.",
                reference: "Daniel 6:4",
                picture: "Grumpy men in fine robes whispering together behind a pillar in a palace.",
                choices: &[
                    (
                        "Wonder why they were so jealous",
                        "Jealousy is a sour feeling that grows when we want what someone else has. It made these men very unkind.",
                    ),
                    (
                        "Listen to the sneaky plan",
                        "“Let's make a new law,” they whispered. “Nobody may pray to anyone except the king!” They knew Daniel would keep praying to God.",
                    ),
                    (
                        "Think about how Daniel stayed honest",
                        "Daniel did not have any secrets to hide. He was the same honest Daniel whether anyone was watching or not.",
                    ),
                ],
            },
            Beat {
                text: "The king signed the new law: for thirty days, nobody could pray to anyone but the king. Daniel heard about it. But he went home, opened his window, knelt down and prayed to God, just as he always did.",
                verse: "When Daniel knew that the writing was signed, he went into his house (now his windows were open in his room toward Jerusalem) and he kneeled on his knees three times a day, and prayed, and gave thanks before his God, as he did before.",
                reference: "Daniel 6:10",
                picture: "A man kneeling and praying by an open window in a house, with the sun shining in.",
                choices: &[
                    (
                        "Kneel by the window with Daniel",
                        "The breeze came in through the open window. Daniel closed his eyes and talked to God, calm and peaceful.",
                    ),
                    (
                        "Wonder if Daniel felt scared",
                        "Maybe Daniel felt a little scared. But he loved God more than he feared the new law.",
                    ),
                    (
                        "Wonder what Daniel said to God",
                        "Daniel said thank you to God, as he always did. Even on a hard day, he found things to be thankful for.",
                    ),
                ],
            },
            Beat {
                text: "The leaders told the king, and the king was very sad, because he liked Daniel. But a law was a law. So Daniel was put into a den of lions. “Your God will save you,” the king said.",
                verse: "Then the king commanded, and they brought Daniel, and cast him into the den of lions. The king spoke and said to Daniel, “Your God whom you serve continually, he will deliver you.”",
                reference: "Daniel 6:16",
                picture: "A man standing calmly in a rocky den with big lions around him, and light shining from an opening above.",
                choices: &[
                    ("Wonder how the king felt", "The king's heart was heavy. He wished he had never signed that silly law."),
                    (
                        "Stay close to Daniel in the den",
                        "It was dark in the den, and the lions were big. But Daniel was not alone: God was right there with him.",
                    ),
                    (
                        "Look at the lions",
                        "The lions had big paws and big manes and big yellow eyes. But something very strange was happening to them…",
                    ),
                ],
            },
            Beat {
                text: "That night the king could not sleep. He did not want any music or any dinner. He lay awake, thinking about Daniel and wondering if his God would really save him.",
                verse: "Then the king went to his palace, and passed the night fasting. No musical instruments were brought before him; and his sleep fled from him.",
                reference: "Daniel 6:18",
                picture: "A worried king with a crown sitting awake by a window in his palace under the moon and stars.",
                choices: &[
                    (
                        "Wonder what the king was thinking",
                        "The king tossed and turned. “Is Daniel's God strong enough?” he wondered. He hoped with all his heart.",
                    ),
                    (
                        "Peek into the den under the moon",
                        "In the den, the lions were lying down quietly, like big sleepy cats. And Daniel was resting peacefully.",
                    ),
                    (
                        "Wonder how Daniel spent the night",
                        "Maybe Daniel prayed, or maybe he even slept, snuggled against a big soft lion. God was keeping him safe.",
                    ),
                ],
            },
            Beat {
                text: "Very early in the morning, the king ran to the den. “Daniel! Did your God save you?” And Daniel called back, “Yes! God sent his angel to shut the lions' mouths. They have not hurt me at all!”",
                verse: "My God has sent his angel, and has shut the lions’ mouths, and they have not hurt me; because as before him innocence was found in me; and also before you, O king, I have done no harm.”",
                reference: "Daniel 6:22",
                picture: "An angel with shining wings standing beside a smiling man among quiet, sleepy lions in a den.",
                choices: &[
                    ("Wonder how happy the king felt", "The king jumped for joy! “He's safe! Daniel is safe!” he shouted."),
                    (
                        "Imagine the angel shutting the lions' mouths",
                        "The angel's light filled the den, and the lions' mouths closed tight. They just yawned and lay down.",
                    ),
                    (
                        "Look at the lions in the morning light",
                        "In the morning light, the lions stretched and blinked. They had not hurt Daniel one tiny bit.",
                    ),
                ],
            },
            Beat {
                text: "The king was so happy! Daniel was lifted out of the den without a single scratch, because he trusted God. Then the king told everyone in his kingdom about Daniel's great God, who saves and keeps people safe.",
                verse: "Then the king was exceedingly glad, and commanded that they should take Daniel up out of the den. So Daniel was taken up out of the den, and no kind of harm was found on him, because he had trusted in his God.",
                reference: "Daniel 6:23",
                picture: "A happy king with a crown hugging a smiling man beside the den, with sleepy lions below and the morning sun rising.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Jonah and the Big Fish",
        hero: "Jonah",
        key: 4,
        names: &["jonah", "whale", "big fish", "nineveh", "jonah and the whale"],
        themes: &[
            "ocean",
            "sea",
            "ship",
            "boat",
            "fish",
            "animal",
            "storm",
            "obey",
            "listen",
            "run away",
            "second chance",
            "swim",
            "sailor",
            "underwater",
        ],
        beats: &[
            Beat {
                text: "One day God spoke to a man named Jonah. “Go to the big city of Nineveh,” God said. “Tell the people there to stop doing wrong things.” But Jonah did not want to go.",
                verse: "“Arise, go to Nineveh, that great city, and preach against it, for their wickedness has come up before me.”",
                reference: "Jonah 1:2",
                picture: "A man with a brown beard standing on a hill, frowning and looking far away towards a big city.",
                choices: &[
                    (
                        "Wonder why Jonah didn't want to go",
                        "Nineveh was a big, unkind city, and Jonah did not like the people there. He did not want God to be kind to them.",
                    ),
                    (
                        "Look at Nineveh through God's eyes",
                        "God looked at Nineveh and saw all the people, grown-ups and children, and even the animals. God cared about every one.",
                    ),
                    ("Wonder how God felt when Jonah said no", "God was sad that Jonah did not listen. But God did not give up on Jonah."),
                ],
            },
            Beat {
                text: "Instead of going to Nineveh, Jonah ran the other way! He went down to the sea, paid for a ride on a ship, and sailed off far away from where God wanted him to go.",
                verse: "But Jonah rose up to flee to Tarshish from the presence of Yahweh. He went down to Joppa, and found a ship going to Tarshish; so he paid its fare, and went down into it, to go with them to Tarshish from the presence of Yahweh.",
                reference: "Jonah 1:3",
                picture: "A man with a brown beard in a wooden ship sailing away from the harbour, out on the blue sea.",
                choices: &[
                    (
                        "Wonder if you can really hide from God",
                        "Jonah thought he could run away from God. But God is everywhere, on the land and on the sea.",
                    ),
                    (
                        "Climb aboard the ship with the sailors",
                        "The sailors pulled the ropes and raised the big white sail. Off went the ship, across the blue sea.",
                    ),
                    ("Wonder how Jonah felt as he sailed away", "Jonah felt a bit uneasy inside. Running away never feels quite right."),
                ],
            },
            Beat {
                text: "Out at sea, God sent a great wind, and a big storm began. Huge waves splashed over the ship, and the sailors were very frightened. But Jonah was fast asleep down below!",
                verse: "But Yahweh sent out a great wind on the sea, and there was a mighty storm on the sea, so that the ship was likely to break up.",
                reference: "Jonah 1:4",
                picture: "A small wooden ship tossed by big waves under dark storm clouds, with frightened sailors wide awake on deck, pulling ropes and bailing water, while down below deck, apart from them, lies a man fast asleep.",
                choices: &[
                    (
                        "Hold on tight with the sailors",
                        "The sailors held on to the ropes as the ship rocked up and down, up and down. “Wake up, Jonah! Pray to your God!”",
                    ),
                    (
                        "Wonder how Jonah could sleep in a storm",
                        "Jonah was so tired from running away that he slept right through the wind and the waves!",
                    ),
                    (
                        "Listen to the wind and the waves",
                        "Whoooosh went the wind. Crash went the waves. It was the biggest storm the sailors had ever seen.",
                    ),
                ],
            },
            Beat {
                text: "Jonah knew the storm had come because he ran from God. “Throw me into the sea,” he told the sailors, “and it will be calm.” So they did, and straight away the wind stopped and the sea became still.",
                verse: "So they took up Jonah, and threw him into the sea; and the sea ceased its raging.",
                reference: "Jonah 1:15",
                picture: "A storm with huge waves, sailors in a wooden ship throwing a man into the sea as the clouds begin to clear.",
                choices: &[
                    (
                        "Wonder how the sailors felt when the sea went calm",
                        "The sailors stared at the calm, flat sea. Then they bowed their heads and thanked Jonah's God.",
                    ),
                    (
                        "Wonder how Jonah felt in the water",
                        "Splash! The water was cold and deep. Jonah must have wondered what would happen to him now.",
                    ),
                    ("Feel the sudden calm", "Everything went quiet. No wind, no waves, just the gentle lap of water against the ship."),
                ],
            },
            Beat {
                text: "But God had not forgotten Jonah. God sent a great big fish, and the fish swallowed Jonah whole! Jonah was safe inside the fish for three days and three nights.",
                verse: "Yahweh prepared a great fish to swallow up Jonah, and Jonah was in the belly of the fish three days and three nights.",
                reference: "Jonah 1:17",
                picture: "A great big blue fish swimming under the sea, with a man sitting safely inside it.",
                choices: &[
                    (
                        "Swim with the great big fish",
                        "The great fish swam gently through the deep blue sea, past seaweed and little fish. It was taking good care of its passenger.",
                    ),
                    (
                        "Wonder what it was like inside the fish",
                        "It was dark and squishy and smelled very fishy! But Jonah was safe, and he had lots of time to think.",
                    ),
                    ("Wonder why God sent a fish", "God sent the fish to save Jonah. Even when Jonah ran away, God still loved him."),
                ],
            },
            Beat {
                text: "Inside the fish, Jonah prayed. “I'm sorry, God. Thank you for saving me. I will do what you ask.” God heard Jonah's prayer, and God spoke to the fish.",
                verse: "Then Jonah prayed to Yahweh, his God, out of the fish’s belly.",
                reference: "Jonah 2:1",
                picture: "A man praying with folded hands inside a big fish, with a soft light glowing around him.",
                choices: &[
                    (
                        "Pray with Jonah inside the fish",
                        "“Thank you, God, for not giving up on me.” Jonah's prayer echoed softly in the belly of the fish.",
                    ),
                    (
                        "Think about saying sorry",
                        "Saying sorry can be hard. But when we say sorry to God, God always forgives us and gives us a fresh start.",
                    ),
                    (
                        "Wonder what the fish heard",
                        "Maybe the fish heard Jonah singing a thank-you song inside its tummy! What a strange, happy sound.",
                    ),
                ],
            },
            Beat {
                text: "The fish swam up to the beach and, with a big whoosh, it spat Jonah out onto dry land! Jonah stood up, shook off the seaweed and said, “This time, I will go where God wants.”",
                verse: "Then Yahweh spoke to the fish, and it vomited out Jonah on the dry land.",
                reference: "Jonah 2:10",
                picture: "A big fish at the edge of a sandy beach, and a man with seaweed on his head standing on the shore.",
                choices: &[
                    (
                        "Wonder how Jonah felt on dry land",
                        "Dry land at last! Jonah wiggled his toes in the sand and took a big breath of fresh air. He felt so thankful.",
                    ),
                    (
                        "Wave goodbye to the big fish",
                        "Goodbye, big fish! Thank you for the ride! The fish flicked its tail and swam back into the deep blue sea.",
                    ),
                    ("Think about second chances", "God gave Jonah a second chance. God is kind like that, with Jonah and with us."),
                ],
            },
            Beat {
                text: "Jonah went to Nineveh and gave them God's message. The people listened! They said sorry to God and stopped doing wrong things. And God, who is kind and loving, forgave the whole city.",
                verse: "God saw their works, that they turned from their evil way. God relented of the disaster which he said he would do to them, and he didn’t do it.",
                reference: "Jonah 3:10",
                picture: "A man with a brown beard speaking to a big crowd of people and children in a city with tall walls, under a bright sky.",
                choices: &[],
            },
        ],
    },
    Story {
        title: "Brave Queen Esther",
        hero: "Esther",
        key: 5,
        names: &["esther", "queen esther", "mordecai", "haman", "purim"],
        themes: &["brave", "courage", "queen", "princess", "palace", "crown", "girl", "speak up", "king", "beautiful"],
        beats: &[
            Beat {
                text: "Long ago there was a girl named Esther, one of God's people. She had no mum or dad, so her kind cousin Mordecai took care of her and loved her like his own daughter.",
                verse: "He brought up Hadassah, that is, Esther, his uncle’s daughter; for she had neither father nor mother. The maiden was fair and beautiful; and when her father and mother were dead, Mordecai took her for his own daughter.",
                reference: "Esther 2:7",
                picture: "A young girl and a kind man with a grey beard reading together in a little house in a big city.",
                choices: &[
                    (
                        "Wonder how Esther felt growing up with Mordecai",
                        "Esther felt safe and loved with Mordecai. He taught her about God and how to be kind and wise.",
                    ),
                    (
                        "Look at Esther through Mordecai's eyes",
                        "Mordecai was so proud of Esther. He wanted the very best for her, and he always kept an eye on her.",
                    ),
                    (
                        "Think about the people who take care of you",
                        "Who takes care of you? God gives us people to love us, just as God gave Esther her cousin Mordecai.",
                    ),
                ],
            },
            Beat {
                text: "The king was looking for a new queen, and out of all the young women in the land, he chose Esther! He put a royal crown on her head and gave a great feast for her.",
                verse: "Then the king made a great feast for all his princes and his servants, even Esther’s feast; and he proclaimed a holiday in the provinces, and gave gifts according to the king’s bounty.",
                reference: "Esther 2:18",
                picture: "A young queen with a golden crown beside a king at a great feast in a palace.",
                choices: &[
                    (
                        "Wonder how it felt to wear a crown",
                        "The crown was sparkly and heavy. Esther felt amazed, but she did not forget who she was, or who her God was.",
                    ),
                    (
                        "Look around the palace with Esther",
                        "Tall pillars, soft cushions, golden cups and beautiful gardens! The palace was the grandest place Esther had ever seen.",
                    ),
                    (
                        "Wonder what Mordecai felt outside the palace",
                        "Mordecai stood at the palace gate and smiled. His little Esther was the queen!",
                    ),
                ],
            },
            Beat {
                text: "But a proud man named Haman worked for the king. Everyone had to bow to him, but Mordecai bowed only to God. Haman grew very angry and made a wicked plan against all of God's people.",
                verse: "When Haman saw that Mordecai didn’t bow down, nor pay him homage, Haman was full of wrath.",
                reference: "Esther 3:5",
                picture: "A proud man in a fancy hat scowling at a man with a grey beard who stands tall at a palace gate.",
                choices: &[
                    (
                        "Wonder why Mordecai wouldn't bow",
                        "Mordecai was polite to everyone, but he bowed only to God. He was quietly brave.",
                    ),
                    (
                        "Look at Haman's proud, cross face",
                        "Haman's face went red and his eyebrows crunched together. Being proud had made his heart hard and unkind.",
                    ),
                    (
                        "Wonder if God saw what was happening",
                        "Yes! God saw everything. And God already had a plan, and a brave queen in the palace.",
                    ),
                ],
            },
            Beat {
                text: "Mordecai sent a message to Esther: “You must ask the king to save our people!” But nobody was allowed to go to the king without being called. “Maybe God made you queen for just this moment,” Mordecai said.",
                verse: "For if you remain silent now, then relief and deliverance will come to the Jews from another place, but you and your father’s house will perish. Who knows if you haven’t come to the kingdom for such a time as this?”",
                reference: "Esther 4:14",
                picture: "A queen with a crown reading a letter by a palace window, looking thoughtful.",
                choices: &[
                    (
                        "Wonder how Esther felt reading the message",
                        "Esther's hands trembled. Going to the king without being called was very dangerous. What should she do?",
                    ),
                    (
                        "Think about a time you needed to be brave",
                        "Sometimes God asks us to be brave, to speak up or to help someone. God gives us courage when we ask.",
                    ),
                    (
                        "Wonder what “such a time as this” means",
                        "Mordecai meant that God had put Esther in just the right place at just the right time to help.",
                    ),
                ],
            },
            Beat {
                text: "Esther said, “Ask everyone to pray for me for three days. Then I will go to the king.” So Esther and her helpers prayed, and all of God's people prayed too.",
                verse: "“Go, gather together all the Jews who are present in Susa, and fast for me, and neither eat nor drink three days, night or day. I and my maidens will also fast the same way. Then I will go in to the king, which is against the law; and if I perish, I perish.”",
                reference: "Esther 4:16",
                picture: "A queen with a crown kneeling to pray in a quiet palace room, with her helpers praying beside her.",
                choices: &[
                    (
                        "Pray with Queen Esther",
                        "“Dear God, please help me to be brave, and please help the king to listen.” Esther prayed with all her heart.",
                    ),
                    (
                        "Wonder how praying helped Esther",
                        "Praying did not make the danger go away, but it filled Esther's heart with peace and courage.",
                    ),
                    (
                        "Pray with all of God's people",
                        "All over the city, God's people were praying for their queen. Esther was not alone.",
                    ),
                ],
            },
            Beat {
                text: "On the third day, Esther put on her royal robes and walked into the king's hall. Everyone held their breath. Then the king smiled and held out his golden sceptre. She was welcome!",
                verse: "When the king saw Esther the queen standing in the court, she obtained favor in his sight; and the king held out to Esther the golden scepter that was in his hand. So Esther came near, and touched the top of the scepter.",
                reference: "Esther 5:2",
                picture: "A queen with a crown reaching out to touch a golden scepter held by a smiling king on his throne.",
                choices: &[
                    (
                        "Walk into the king's hall with Esther",
                        "Step by step, Esther walked across the shiny floor. Her heart was beating fast, but her head was held high.",
                    ),
                    (
                        "Wonder what the king thought when he saw her",
                        "The king was happy to see Queen Esther. “What would you like, my queen?” he asked.",
                    ),
                    ("Breathe a big sigh of relief", "Phew! The king held out his sceptre. God had answered everyone's prayers."),
                ],
            },
            Beat {
                text: "Esther told the king about Haman's wicked plan. The king stopped Haman and made a new law to keep God's people safe. Everyone celebrated with feasts and presents, and they still remember brave Queen Esther today.",
                verse: "The Jews had light, gladness, joy, and honor.",
                reference: "Esther 8:16",
                picture: "A happy queen with a crown and a smiling king celebrating with families and children in a bright palace courtyard.",
                choices: &[],
            },
        ],
    },
];

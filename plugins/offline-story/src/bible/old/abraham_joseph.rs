//! Abraham counts the stars; Joseph and the coat of many colours.

use crate::bible::{Beat, Story};

/// Abraham Counts the Stars.
pub const ABRAHAM: Story = Story {
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
            text: "So Abram and Sarai set off on a long journey, just as God told them. Their camels swayed, their sheep and goats trotted along, and each evening they put up their tents under the open sky.",
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
};

/// Joseph and the Coat of Many Colours.
pub const JOSEPH: Story = Story {
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
            picture: "A boy in a coat of many colours standing among sheep and his eleven older brothers, twelve brothers in all, in a green field.",
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
            text: "Joseph had strange dreams. In one, his brothers' bundles of grain bent low in front of his. In another, the sun, moon and stars bent low in front of him. When Joseph told his brothers, they grew even crosser.",
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
            text: "Pharaoh, the king of Egypt, had strange dreams of fat cows and thin cows. Nobody could explain them, so Joseph was called. God helped Joseph explain: seven years of plenty, then seven hungry years.",
            verse: "Joseph answered Pharaoh, saying, “It isn’t in me. God will give Pharaoh an answer of peace.”",
            reference: "Genesis 41:16",
            picture: "A young man explaining a dream to a king with a crown on a golden throne, with seven fat cows and seven thin cows painted on the wall.",
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
};

//! Ruth and Naomi; David and the giant.

use crate::bible::{Beat, Story};

/// Ruth and Naomi.
pub const RUTH: Story = Story {
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
                ("Look at the golden barley fields", "The fields were golden and full, waving in the breeze. There would be food to eat!"),
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
                ("Wonder if it was just luck", "Was it just luck that Ruth came to Boaz's field? Or was God quietly guiding her steps?"),
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
                ("Carry the heavy grain home with Ruth", "The bundle was heavy, but Ruth did not mind. She could not wait to show Naomi!"),
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
};

/// David and the Giant.
pub const DAVID: Story = Story {
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
            verse: "When the Philistine looked around, and saw David, he disdained him; for he was but a youth, and ruddy, and had a good looking face.",
            reference: "1 Samuel 17:42",
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
            picture: "The fallen giant Goliath, a huge grown-up warrior in heavy bronze armour and helmet with a stern, frowning face, lying flat on his back on the ground in a valley with a small stone beside his helmet, and a happy shepherd boy with a sling standing beside him, while cheering soldiers, grown men in armour, stand on the grass behind them.",
            choices: &[],
        },
    ],
};

//! Jesus rides a donkey into Jerusalem (Palm Sunday); Easter morning, the
//! empty tomb and Jesus alive, told gently from the women in the garden.

use crate::bible::{Beat, Story};

/// Jesus Rides a Donkey (Palm Sunday).
pub const PALM_SUNDAY: Story = Story {
    title: "Jesus Rides a Donkey",
    hero: "Jesus",
    key: 2,
    names: &[
        "palm sunday",
        "palm",
        "palms",
        "palm branches",
        "hosanna",
        "jerusalem",
        "donkey into jerusalem",
        "rides a donkey",
        "riding a donkey",
        "triumphal entry",
        "colt",
    ],
    themes: &["donkey", "parade", "branch", "cheer", "cheering", "wave", "waving", "city"],
    beats: &[
        Beat {
            text: "One day Jesus and his friends were walking to the big city of Jerusalem. Jesus sent two friends to fetch a young donkey. They put their coats on its back, and Jesus sat on it.",
            verse: "They brought it to Jesus. They threw their cloaks on the colt, and set Jesus on them.",
            reference: "Luke 19:35",
            picture: "Jesus in a white robe riding a small grey donkey with coats on its back, with two of his friends beside him on a road to a city with walls, in the sunshine.",
            choices: &[
                ("Pat the little donkey", "The donkey's ears twitched. Clip, clop, clip, clop: it carried Jesus gently along the road."),
                (
                    "Wonder why Jesus chose a donkey",
                    "Kings rode big horses. But Jesus chose a small, gentle donkey, because he is a gentle king.",
                ),
                ("Look at the road through the donkey's eyes", "Dusty stones, green hills, and the city walls getting closer and closer."),
            ],
        },
        Beat {
            text: "A huge crowd of people came out to meet Jesus. Some spread their coats on the road like a carpet. Others cut green branches from the palm trees and laid them down too.",
            verse: "A very great multitude spread their clothes on the road. Others cut branches from the trees, and spread them on the road.",
            reference: "Matthew 21:8",
            picture: "A huge crowd of many people laying coats and green palm branches on the road in front of Jesus in a white robe riding a small grey donkey.",
            choices: &[
                (
                    "Wonder how it felt to give your coat",
                    "Giving your coat for someone to ride on! The people wanted to show Jesus how special he was.",
                ),
                (
                    "Feel the soft branches under the donkey's feet",
                    "Swish, swish went the palm branches. The road was soft and green and smelled of leaves.",
                ),
                (
                    "Look at Jesus through the crowd's eyes",
                    "“Here he comes!” People stood on tiptoe to see the kind teacher who made sick people well.",
                ),
            ],
        },
        Beat {
            text: "Everyone waved their palm branches and cheered. “Hosanna! Hosanna!” they shouted. “Blessed is the one who comes in the name of the Lord!” It was like a happy parade for a king.",
            verse: "The multitudes who went in front of him, and those who followed, kept shouting, “Hosanna to the son of David! Blessed is he who comes in the name of the Lord! Hosanna in the highest!”",
            reference: "Matthew 21:9",
            picture: "A huge crowd of many happy people and children waving green palm branches and cheering as Jesus in a white robe rides a small grey donkey through the city gate.",
            choices: &[
                (
                    "Shout “Hosanna!” with the children",
                    "“Hosanna!” The children's voices rang out loudest of all. It means, “Save us, we praise you!”",
                ),
                (
                    "Wonder how Jesus felt in the parade",
                    "Jesus smiled at everyone. He loved each person in that crowd, the big ones and the little ones.",
                ),
                ("Wave a palm branch high", "Up went the branch, swishing back and forth like a big green flag."),
            ],
        },
        Beat {
            text: "Some grown-ups did not like all the noise. “Teacher, tell them to be quiet!” they said. But Jesus said that if the people were quiet, the very stones would start to shout for joy.",
            verse: "He answered them, “I tell you that if these were silent, the stones would cry out.”",
            reference: "Luke 19:40",
            picture: "Jesus in a white robe on a small grey donkey smiling at happy children waving palm branches, with grey stones beside the road.",
            choices: &[
                (
                    "Imagine the stones shouting",
                    "Can you picture it? Little stones and big stones, all singing! Everything God made can praise him.",
                ),
                (
                    "Wonder why the grown-ups wanted quiet",
                    "Maybe they were worried, or grumpy. But Jesus was glad to hear the happy praise.",
                ),
                ("Look at the children through Jesus' eyes", "Jesus loved their happy shouting. Children's praise is precious to God."),
            ],
        },
        Beat {
            text: "Then Jesus rode in through the gate of Jerusalem. The whole city was buzzing. People leaned out of windows and ran into the streets. “Who is this?” they asked.",
            verse: "When he had come into Jerusalem, all the city was stirred up, saying, “Who is this?”",
            reference: "Matthew 21:10",
            picture: "Jesus in a white robe riding a small grey donkey along a busy city street, with people looking out of windows and a huge crowd of many people around him.",
            choices: &[
                ("Wonder who the people thought he was", "Some had heard about Jesus. Others had no idea. Everyone wanted to know!"),
                (
                    "Look at the city through the donkey's eyes",
                    "So many feet, so many voices, so many houses! The little donkey kept walking, calm and steady.",
                ),
                ("Lean out of a window to see", "There he is, on the little donkey! Can you see his kind face?"),
            ],
        },
        Beat {
            text: "The crowd answered, “This is Jesus, the teacher from Nazareth!” They told everyone how kind he was, how he made sick people well, and how he loved children.",
            verse: "The multitudes said, “This is the prophet, Jesus, from Nazareth of Galilee.”",
            reference: "Matthew 21:11",
            picture: "A huge crowd of happy people and children pointing and smiling at Jesus in a white robe on a small grey donkey in a city street.",
            choices: &[
                (
                    "Tell someone about Jesus with the crowd",
                    "“He is kind! He is good! He loves everyone!” The happy news went from person to person.",
                ),
                (
                    "Wonder what you would say about Jesus",
                    "What would you tell someone about Jesus? Maybe that he loves children, just like you.",
                ),
                ("Look at the crowd through Jesus' eyes", "Jesus saw every face: happy ones, puzzled ones, tired ones. He loved them all."),
            ],
        },
        Beat {
            text: "Long before, God had promised that a gentle king would come, riding on a donkey. Now Jesus had come, just as God promised. He was not a king with soldiers and swords, but a king of peace and love.",
            verse: "“Tell the daughter of Zion, behold, your King comes to you, humble, and riding on a donkey, on a colt, the foal of a donkey.”",
            reference: "Matthew 21:5",
            picture: "Jesus in a white robe riding a small grey donkey into the city in warm evening sunshine, with happy children walking beside him holding palm branches.",
            choices: &[],
        },
    ],
};

/// Jesus Is Alive (Easter).
pub const EASTER: Story = Story {
    title: "Jesus Is Alive",
    hero: "Jesus",
    key: 2,
    names: &[
        "easter",
        "easter sunday",
        "easter morning",
        "tomb",
        "empty tomb",
        "risen",
        "he is risen",
        "resurrection",
        "resurection",
        "alive",
        "rose again",
        "rose from the dead",
        "mary magdalene",
    ],
    themes: &["garden", "spring", "sunrise", "joy", "hope", "egg"],
    beats: &[
        Beat {
            text: "Jesus' friends were very sad. Jesus had died, and they had laid his body in a tomb, a cave in a garden, with a big round stone across the door. Very early on Sunday morning, as the sun came up, Mary Magdalene and another Mary walked to the garden.",
            verse: "Now after the Sabbath, as it began to dawn on the first day of the week, Mary Magdalene and the other Mary came to see the tomb.",
            reference: "Matthew 28:1",
            picture: "Early in the morning, two women in long dresses walking sadly along a garden path towards a cave with a big round stone across its door, as the sun comes up.",
            choices: &[
                ("Walk quietly beside the two women", "Step, step, step. The garden was hushed, and the grass was wet with dew."),
                (
                    "Wonder why the women were sad",
                    "They loved Jesus so much, and they missed him. It is all right to feel sad when we miss someone.",
                ),
                ("Look at the sunrise through Mary's eyes", "Pink and gold light crept over the hills. A brand new day was beginning."),
            ],
        },
        Beat {
            text: "Suddenly the ground shook! An angel of the Lord came down from the sky, rolled the big stone away from the door of the tomb, and sat on it. The angel's clothes were shining white.",
            verse: "Behold, there was a great earthquake, for an angel of the Lord descended from the sky, and came and rolled away the stone from the door, and sat on it.",
            reference: "Matthew 28:2",
            picture: "In the early morning, an angel in shining white clothes sitting on a big round stone rolled away from an open cave in a garden, with two women in long dresses watching.",
            choices: &[
                ("Wonder how the women felt", "Their eyes were wide! An angel, bright as lightning, right there in the garden."),
                ("Look at the angel's shining clothes", "White, white, white, bright and shining in the morning light."),
                ("Hold your breath with the women", "Nobody moved. What would the angel say?"),
            ],
        },
        Beat {
            text: "“Don't be afraid,” said the angel. “You are looking for Jesus. He is not here, for he has risen, just as he said! Come and see the place where he lay.” The women looked inside. The tomb was empty!",
            verse: "He is not here, for he has risen, just like he said. Come, see the place where the Lord was lying.",
            reference: "Matthew 28:6",
            picture: "In the morning, two women in long dresses looking into an empty cave in a garden, with an angel in shining white clothes beside the big round stone rolled away.",
            choices: &[
                ("Peek into the empty tomb", "Nobody there! Only the folded cloths, lying still. Jesus was not in the tomb any more."),
                ("Wonder what “risen” means", "It means Jesus is alive again! God made him alive, and he will never die again."),
                ("Look at the women through the angel's eyes", "The angel smiled. What wonderful news to give two sad friends!"),
            ],
        },
        Beat {
            text: "The women hurried away from the tomb, a little bit scared and very, very happy. They ran to tell Jesus' other friends the wonderful news.",
            verse: "They departed quickly from the tomb with fear and great joy, and ran to bring his disciples word.",
            reference: "Matthew 28:8",
            picture: "Two happy women in long dresses running along a garden path in the morning sunshine.",
            choices: &[
                ("Run with the women", "Quick, quick! Their feet flew along the path. The news was too good to keep!"),
                ("Wonder what the women would say first", "“He is alive! Jesus is alive!” Maybe they practised it as they ran."),
                ("Feel the joy bubbling up", "Like a fizzy drink, like a sunny laugh: joy bubbled up inside them."),
            ],
        },
        Beat {
            text: "And then, on the path, Jesus himself met them! “Rejoice!” he said. The women knelt down and held his feet. It really was Jesus, and he was alive!",
            verse: "As they went to tell his disciples, behold, Jesus met them, saying, “Rejoice!” They came and took hold of his feet, and worshiped him.",
            reference: "Matthew 28:9",
            picture: "In the morning sunshine, Jesus in a white robe smiling in a garden, with two happy women in long dresses kneeling at his feet.",
            choices: &[
                (
                    "Wonder how it felt to see Jesus again",
                    "The sad feelings were gone, like a cloud blown away. Jesus was right there, smiling at them!",
                ),
                ("Look at the women through Jesus' eyes", "Jesus loved his friends. He came to them first, to turn their tears into joy."),
                ("Say “He is alive!” together", "“He is alive!” That is the happiest news in the whole world."),
            ],
        },
        Beat {
            text: "“Don't be afraid,” Jesus said kindly. “Go and tell my friends that they will see me.” The women smiled and nodded. They knew just what to do.",
            verse: "Then Jesus said to them, “Don’t be afraid. Go tell my brothers that they should go into Galilee, and there they will see me.”",
            reference: "Matthew 28:10",
            picture: "In the morning sunshine, Jesus in a white robe talking kindly with two happy women in long dresses in a garden.",
            choices: &[
                ("Wonder how the women felt now", "Not scared any more! Their hearts were full of joy, like a garden full of flowers."),
                (
                    "Look at Jesus' friends through Jesus' eyes",
                    "Jesus was thinking about his other friends, who were still sad. He wanted them to be happy too.",
                ),
                ("Get ready to run with the good news", "Ready, steady… go! The best news in the world was waiting to be told."),
            ],
        },
        Beat {
            text: "Mary Magdalene ran to Jesus' friends. “I have seen the Lord!” she said, and she told them everything. That is why, every Easter, people all over the world say, “Jesus is alive!”",
            verse: "Mary Magdalene came and told the disciples that she had seen the Lord, and that he had said these things to her.",
            reference: "John 20:18",
            picture: "In the morning, Mary Magdalene, a woman in a long dress, telling the good news to Jesus' friends, men with beards, hugging and cheering inside a house.",
            choices: &[],
        },
    ],
};

//! Jesus heals blind Bartimaeus by the road out of Jericho (Mark 10:46–52).

use crate::bible::{Beat, Story};

/// Jesus Heals Blind Bartimaeus.
pub const BARTIMAEUS: Story = Story {
    title: "Jesus Heals Blind Bartimaeus",
    hero: "Bartimaeus",
    key: 6,
    names: &[
        "bartimaeus",
        "bartimeus",
        "blind bartimaeus",
        "blind man",
        "blind beggar",
        "heals a blind man",
        "healed a blind man",
        "blind",
    ],
    themes: &["see", "eyes", "heal", "healing", "sick", "beggar", "road", "shout", "calling", "well"],
    beats: &[
        Beat {
            text: "By the side of a dusty road, near the town of Jericho, sat a man named Bartimaeus. Bartimaeus could not see at all. Every day he sat there with his cloak spread out, asking people for a little help.",
            verse: "They came to Jericho. As he went out from Jericho, with his disciples and a great multitude, the son of Timaeus, Bartimaeus, a blind beggar, was sitting by the road.",
            reference: "Mark 10:46",
            picture: "Bartimaeus, a grown man with a brown beard in a patched brown cloak, sitting by a dusty road outside a town with his eyes closed.",
            choices: &[
                (
                    "Listen to the road with Bartimaeus",
                    "Footsteps, donkeys' hooves, people chatting. Bartimaeus could not see, but he listened to everything.",
                ),
                (
                    "Wonder how Bartimaeus felt each day",
                    "Maybe lonely, and a bit left out. Many people hurried past without even saying hello.",
                ),
                (
                    "Look at the road through Bartimaeus's ears",
                    "Close your eyes. What can you hear? That is how Bartimaeus knew what was happening.",
                ),
            ],
        },
        Beat {
            text: "One day Bartimaeus heard a big crowd coming. “Who is it?” he asked. “It's Jesus!” someone said. Bartimaeus called out as loud as he could, “Jesus, please help me!”",
            verse: "When he heard that it was Jesus the Nazarene, he began to cry out, and say, “Jesus, you son of David, have mercy on me!”",
            reference: "Mark 10:47",
            picture: "Bartimaeus, a grown man with a brown beard in a patched brown cloak, sitting by the road with his eyes closed and calling out, as a huge crowd of many people walks by with Jesus in a white robe.",
            choices: &[
                (
                    "Wonder what Bartimaeus had heard about Jesus",
                    "He had heard that Jesus was kind and made sick people well. Maybe Jesus could help him too!",
                ),
                ("Call out with Bartimaeus", "“Jesus! Jesus!” His voice was loud and full of hope."),
                (
                    "Look at the crowd through Jesus' eyes",
                    "Jesus heard every voice in that busy crowd, even the one from the side of the road.",
                ),
            ],
        },
        Beat {
            text: "“Shh! Be quiet!” some people in the crowd said crossly. But Bartimaeus did not stop. He called out even louder, “Please help me!”",
            verse: "Many rebuked him, that he should be quiet, but he cried out much more, “You son of David, have mercy on me!”",
            reference: "Mark 10:48",
            picture: "Bartimaeus, a grown man with a brown beard in a patched brown cloak, his eyes closed, calling out loudly by the road while cross people in the crowd tell him to hush.",
            choices: &[
                (
                    "Wonder why the crowd wanted him quiet",
                    "Maybe they thought Jesus was too busy for a man by the road. But Jesus is never too busy for anyone.",
                ),
                (
                    "Feel how brave Bartimaeus was",
                    "It is hard to keep asking when people say “shh”. Bartimaeus kept on asking, because he trusted Jesus.",
                ),
                ("Think about asking God for help", "We can ask God for help too, again and again. God never gets tired of hearing us."),
            ],
        },
        Beat {
            text: "Jesus stopped. The whole crowd stopped too. “Call him,” said Jesus. So the people said to Bartimaeus, “Cheer up! Get up! He is calling you!”",
            verse: "Jesus stood still, and said, “Call him.” They called the blind man, saying to him, “Cheer up! Get up. He is calling you!”",
            reference: "Mark 10:49",
            picture: "Jesus in a white robe standing still in the road and pointing kindly towards Bartimaeus, a grown man with a brown beard in a patched brown cloak, his eyes closed, with a crowd of people around them.",
            choices: &[
                ("Wonder how Bartimaeus felt when Jesus stopped", "Jesus had stopped, just for him! His heart gave a happy jump."),
                ("Look at the crowd now", "The same people who said “shh” were now saying “Cheer up!” Jesus had changed everything."),
                ("Hear Jesus' kind voice", "“Call him.” Two little words, full of love."),
            ],
        },
        Beat {
            text: "Bartimaeus threw off his cloak, jumped up, and came to Jesus as fast as he could.",
            verse: "He, casting away his cloak, sprang up, and came to Jesus.",
            reference: "Mark 10:50",
            picture: "Bartimaeus, a grown man with a brown beard in a patched brown cloak, his eyes closed, jumping up and throwing the cloak off, reaching out towards Jesus in a white robe.",
            choices: &[
                ("Wonder why he left his cloak behind", "He did not need it to catch coins any more. He was going to Jesus!"),
                (
                    "Feel the excitement with Bartimaeus",
                    "Whoosh went the cloak! Up he jumped! His feet could hardly keep up with his happy heart.",
                ),
                ("Look at Bartimaeus through Jesus' eyes", "Jesus smiled as Bartimaeus came. Here was a man who really trusted him."),
            ],
        },
        Beat {
            text: "“What do you want me to do for you?” Jesus asked gently. Bartimaeus said, “Teacher, I want to see!”",
            verse: "Jesus asked him, “What do you want me to do for you?” The blind man said to him, “Rabboni, that I may see again.”",
            reference: "Mark 10:51",
            picture: "Jesus in a white robe talking gently with Bartimaeus, a grown man with a brown beard in a patched brown cloak, his eyes closed, standing face to face by the road.",
            choices: &[
                ("Wonder why Jesus asked", "Jesus knew, but he wanted to hear Bartimaeus say it. Jesus loves to hear what we need."),
                ("Think about what you would ask Jesus for", "What would you ask for? You can tell Jesus anything, any time."),
                ("Hold your breath with the crowd", "Everyone leaned in to listen. What would happen next?"),
            ],
        },
        Beat {
            text: "Jesus said, “Go. Your faith has made you well.” And straight away Bartimaeus could see! He saw the sky, the road, the people, and the kind face of Jesus. Then he followed Jesus down the road, full of joy.",
            verse: "Jesus said to him, “Go your way. Your faith has made you well.” Immediately he received his sight, and followed Jesus on the way.",
            reference: "Mark 10:52",
            picture: "Bartimaeus, a grown man with a brown beard in a patched brown cloak, his eyes wide open and smiling, walking happily down the road beside Jesus in a white robe in the sunshine.",
            choices: &[],
        },
    ],
};

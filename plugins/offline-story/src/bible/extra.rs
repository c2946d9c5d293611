//! The words every Bible story shares: the welcome for a named family, the
//! reflective choices offered when a story has more scenes than beats (each
//! with the paragraph that follows it), the reflections those scenes are
//! built on (each with its own WEB verse), and the answers to a family's own
//! typed choice with no words. `{hero}`, `{family}` and `{about}` are filled in.

/// A reflective scene's middle: a prayer, a question or a thought, its
/// verse, and the light or colours added to the beat's picture (never a
/// place, so it fits indoors and out).
pub struct Reflection {
    pub text: &'static str,
    pub verse: &'static str,
    pub reference: &'static str,
    pub light: &'static str,
}

/// Scene 1's first paragraph when the family is named.
pub const WELCOME: &str = "Come close, {family}, and listen: this is the story of {about}, from the Bible.";

/// The answer to a typed choice with no words in it.
pub const QUIET: &str = "Sometimes there are no words, and that is all right. God understands our quiet hearts too. Let's keep listening.";

/// Reflective choices: never about changing the story, always about feeling and wondering.
pub const CHOICES: &[(&str, &str)] = &[
    (
        "Say a little thank-you prayer",
        "Everyone folded their hands and closed their eyes. “Thank you, God, for this story, and for always being near,” they whispered. “Amen.”",
    ),
    (
        "Close your eyes and imagine being there",
        "Close your eyes. What can you hear? What can you smell? Imagine standing very still, right there in the story, watching what God will do.",
    ),
    (
        "Ask a grown-up what they think",
        "What a good idea! Grown-ups wonder about God's stories too. Maybe each of {family} can say one thing they like about this part.",
    ),
    (
        "Wonder what God was thinking",
        "God could see everything that was happening, even the parts nobody else could see. God was not worried, and God's love did not stop for one moment.",
    ),
    (
        "Tell God how this part makes you feel",
        "Happy, worried, surprised or sleepy: any feeling is all right to tell God. God listens to big people and little people, and God always understands.",
    ),
    (
        "Hum a quiet song of praise",
        "Hmm, hmm, hmm. A soft little song floated up, like a bird in the evening sky. God loves every song, even the ones without words.",
    ),
    (
        "Think of someone who needs kindness today",
        "Who came to mind? A friend, a neighbour, someone at home? God can help us be kind to them, just as God was kind in this story.",
    ),
    (
        "Count the good things in this part of the story",
        "One, two, three, four… there are more good things than fingers to count them on! That is how it often is when God is in the story.",
    ),
    (
        "Remember that God is with you too",
        "The same God who was with {hero} is with you today: at home, at school, at night and in the morning. God never goes away.",
    ),
    (
        "Take a slow, quiet breath",
        "Breathe in slowly, and out again. In the quiet, it is easier to remember that God is close and that God is good.",
    ),
    (
        "Wonder what you would say to {hero}",
        "Maybe you would say hello, or ask a question, or just give a big smile. Wondering is a good way to keep a story in your heart.",
    ),
    (
        "Listen for the quiet sounds in the story",
        "Shh, listen. The wind, soft footsteps, maybe an animal far away. Even when everything was quiet, God was at work.",
    ),
    (
        "Look for all the colours in the picture",
        "Gold and blue, green and brown: the picture is full of colours. God made every one of them, and God made your eyes to see them.",
    ),
    (
        "Ask God a question of your own",
        "God is happy to hear our questions, even the hard ones. Some answers come quickly and some take a long time, but God always listens.",
    ),
    (
        "Whisper a blessing for your family",
        "“God bless my family, every single one,” came the whisper. What a lovely thing to pray for the people we love.",
    ),
    (
        "Clap softly for God's kindness",
        "Clap, clap, clap! Soft little claps for a big, kind God. God's kindness was in this story, and it is in our day too.",
    ),
    (
        "Think about a time you felt the same way",
        "Everybody feels brave on some days and small on others. The people in the Bible did too, and God loved them all the time, just as God loves you.",
    ),
    (
        "Give thanks for something you can see right now",
        "Look around. A bed, a window, a friendly face? Saying thank you for little things is a happy way to pray.",
    ),
    (
        "Wonder how big God's love is",
        "Bigger than the sky, deeper than the sea, longer than the longest road. That is how big God's love is, for {hero} and for you.",
    ),
    (
        "Sit very still and just listen",
        "That's right, nice and still, like a little mouse in its nest. Bible stories are good for listening with your whole heart.",
    ),
    (
        "Wave hello to everyone in the story",
        "Hello, hello! Little hands waved at everyone in the story, the big ones and the small ones. Every one of them was known and loved by God.",
    ),
    ("Say “Amen” together", "“Amen!” That little word is a happy way of saying, “Yes, God, we agree!”"),
    (
        "Wonder what will happen next",
        "What do you think will happen? Let's keep listening, because God's stories are full of good surprises.",
    ),
];

/// The middles of reflective scenes, shuffled per story; one more than a
/// story's 22 scenes after the first, so none repeats.
pub const REFLECTIONS: &[Reflection] = &[
    Reflection {
        text: "Let's stop here for a moment and wonder. Everyone in this story had big feelings, just like we do. And in every part of it, even the hard parts, God was close by.",
        verse: "God is our refuge and strength, a very present help in trouble.",
        reference: "Psalm 46:1",
        light: "in soft golden light",
    },
    Reflection {
        text: "Here is a little prayer to say together: “Dear God, thank you for being strong when we feel small. Help us to trust you, like the people in this story. Amen.”",
        verse: "Trust in Yahweh with all your heart, and don’t lean on your own understanding.",
        reference: "Proverbs 3:5",
        light: "in warm evening light",
    },
    Reflection {
        text: "When something feels scary, what can we do? We can remember that God is bigger than anything we are afraid of, and we can tell God all about it.",
        verse: "When I am afraid, I will put my trust in you.",
        reference: "Psalm 56:3",
        light: "with a gentle glow around everyone",
    },
    Reflection {
        text: "I wonder which part of this story you like best so far. Is it a brave part, a kind part, or a surprising part? Every part shows us something about God.",
        verse: "I will give thanks to Yahweh with my whole heart. I will tell of all your marvelous works.",
        reference: "Psalm 9:1",
        light: "in bright morning light",
    },
    Reflection {
        text: "Let's look up and think about how big God is. God made the sky and every star in it, and God knows each one by name. God knows your name too.",
        verse: "He counts the number of the stars. He calls them all by their names.",
        reference: "Psalm 147:4",
        light: "in twinkling silver starlight",
    },
    Reflection {
        text: "A little question to wonder about: how can we be kind, the way God is kind? Maybe by sharing, by helping, or by saying a gentle word to someone who feels sad.",
        verse: "And be kind to one another, tender hearted, forgiving each other, just as God also in Christ forgave you.",
        reference: "Ephesians 4:32",
        light: "in warm sunshine",
    },
    Reflection {
        text: "Let's say thank you together. Thank you, God, for food and friends, for homes and hugs, and for stories that help us know you better.",
        verse: "Give thanks to Yahweh, for he is good, for his loving kindness endures forever.",
        reference: "Psalm 107:1",
        light: "in soft afternoon light",
    },
    Reflection {
        text: "Sometimes waiting is hard. The people in this story had to wait and trust, too. God's timing is good, even when we cannot see what comes next.",
        verse: "Wait for Yahweh. Be strong, and let your heart take courage. Yes, wait for Yahweh.",
        reference: "Psalm 27:14",
        light: "in the pale light of sunrise",
    },
    Reflection {
        text: "Here is a quiet prayer for bedtime, or any time: “God, please keep me safe and help me rest in peace, because you are always watching over me. Amen.”",
        verse: "In peace I will both lay myself down and sleep, for you, Yahweh alone, make me live in safety.",
        reference: "Psalm 4:8",
        light: "in calm blue evening light",
    },
    Reflection {
        text: "Isn't it wonderful that God loves us first, before we do anything at all? That is the kind of love this whole story is full of.",
        verse: "We love him, because he first loved us.",
        reference: "1 John 4:19",
        light: "with a soft rosy glow",
    },
    Reflection {
        text: "Let's wonder together: where is God in this part of the story? Look carefully, because God is always there, even when nobody says God's name out loud.",
        verse: "Yahweh is good to all. His tender mercies are over all his works.",
        reference: "Psalm 145:9",
        light: "with gentle light shining down from above",
    },
    Reflection {
        text: "Today is a gift from God. Can you think of one happy thing about today? Let's hold it in our hearts like a little treasure.",
        verse: "This is the day that Yahweh has made. We will rejoice and be glad in it!",
        reference: "Psalm 118:24",
        light: "in bright, happy colours",
    },
    Reflection {
        text: "The people in this story did not know how everything would turn out. But God knew, and God was already working out something good.",
        verse: "We know that all things work together for good for those who love God, for those who are called according to his purpose.",
        reference: "Romans 8:28",
        light: "in a soft morning mist",
    },
    Reflection {
        text: "God's words are like a little light for our feet. When we are not sure which way to go, God's words help us find the way, one step at a time.",
        verse: "Your word is a lamp to my feet, and a light for my path.",
        reference: "Psalm 119:105",
        light: "with a warm golden glow",
    },
    Reflection {
        text: "Let's make a happy noise! Everything that breathes can praise God: people and birds, lambs and lions, and you too.",
        verse: "Let everything that has breath praise Yah! Praise Yah!",
        reference: "Psalm 150:6",
        light: "in cheerful bright colours",
    },
    Reflection {
        text: "When we are worried, we can give our worries to God, like handing over a heavy bag. God cares about us, and God is strong enough to carry them.",
        verse: "In nothing be anxious, but in everything, by prayer and petition with thanksgiving, let your requests be made known to God.",
        reference: "Philippians 4:6",
        light: "in peaceful pastel colours",
    },
    Reflection {
        text: "I wonder how it feels to be brave. Being brave does not mean never feeling scared. It means trusting God and taking the next step anyway.",
        verse: "Yahweh is my light and my salvation. Whom shall I fear? Yahweh is the strength of my life. Of whom shall I be afraid?",
        reference: "Psalm 27:1",
        light: "in strong bright sunlight",
    },
    Reflection {
        text: "God made the whole world and everything in it: hills and rivers, animals and people. This story happened in God's world, and so does our story today.",
        verse: "The earth is Yahweh’s, with its fullness; the world, and those who dwell in it.",
        reference: "Psalm 24:1",
        light: "in fresh green and gold colours",
    },
    Reflection {
        text: "Let's remember this: God always keeps promises. What God says, God does, in this story and in ours.",
        verse: "For Yahweh is good. His loving kindness endures forever, his faithfulness to all generations.",
        reference: "Psalm 100:5",
        light: "in soft, clear light",
    },
    Reflection {
        text: "When we need help, who can we ask? We can ask the people who love us, and we can always ask God, who made heaven and earth.",
        verse: "My help comes from Yahweh, who made heaven and earth.",
        reference: "Psalm 121:2",
        light: "in clear, bright light",
    },
    Reflection {
        text: "Here is something wonderful: God's love is for everyone, big and small. Nobody is too little, and nobody is too far away, to be loved by God.",
        verse: "For God so loved the world, that he gave his one and only Son, that whoever believes in him should not perish, but have eternal life.",
        reference: "John 3:16",
        light: "with soft golden light all around",
    },
    Reflection {
        text: "God is so happy to be with us that the Bible says God sings over us! Can you imagine God's happy song, just for you?",
        verse: "Yahweh, your God, is among you, a mighty one who will save. He will rejoice over you with joy. He will calm you in his love. He will rejoice over you with singing.",
        reference: "Zephaniah 3:17",
        light: "in soft pink and gold colours",
    },
    Reflection {
        text: "Let's be quiet for a moment and listen with our hearts. God is near to everyone who calls to him, and that means God is near to you right now.",
        verse: "Yahweh is near to all those who call on him, to all who call on him in truth.",
        reference: "Psalm 145:18",
        light: "in a soft, quiet glow",
    },
];

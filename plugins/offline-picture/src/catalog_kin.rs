//! Creatures the painter has no drawing of its own for, each drawn as the
//! nearest kind it has (a leopard as a spotted cat, a llama as a woolly goat,
//! a flamingo as a pink bird) in its own usual colour. The alt text still
//! names the creature as typed; `drawn_as` gives the kind that draws it.

use crate::canvas::Rgb;
use crate::catalog::{Fam, NOUNS};

const fn c(r: u8, g: u8, b: u8) -> Rgb {
    Rgb(r, g, b)
}

/// (typed noun, the drawn kind it is drawn as, its usual colour). Multi-word nouns are matched first.
pub const KIN: &[(&str, &str, Rgb)] = &[
    // Big cats and small ones.
    ("leopard", "tiger", c(235, 185, 90)),
    ("cheetah", "tiger", c(240, 200, 110)),
    ("jaguar", "tiger", c(225, 170, 80)),
    ("panther", "cat", c(55, 55, 65)),
    ("puma", "cat", c(200, 150, 100)),
    ("lynx", "cat", c(200, 170, 130)),
    ("kitty", "kitten", c(240, 180, 110)),
    // Bears, dogs and small furry ones.
    ("polar bear", "bear", c(248, 248, 250)),
    ("teddy bear", "bear", c(200, 140, 80)),
    ("teddy", "bear", c(200, 140, 80)),
    ("grizzly", "bear", c(140, 95, 60)),
    ("cub", "bear", c(190, 130, 80)),
    ("doggy", "dog", c(210, 160, 100)),
    ("pup", "puppy", c(235, 205, 160)),
    ("husky", "dog", c(200, 205, 215)),
    ("hare", "rabbit", c(190, 150, 110)),
    ("guinea pig", "hamster", c(220, 160, 110)),
    ("gerbil", "hamster", c(225, 185, 130)),
    ("rat", "mouse", c(150, 140, 140)),
    ("mole", "mouse", c(90, 80, 85)),
    ("chipmunk", "squirrel", c(190, 130, 80)),
    ("meerkat", "squirrel", c(210, 175, 125)),
    ("ferret", "otter", c(230, 215, 190)),
    ("skunk", "badger", c(50, 50, 60)),
    ("porcupine", "hedgehog", c(130, 100, 80)),
    ("lemur", "monkey", c(170, 165, 170)),
    ("chimpanzee", "monkey", c(100, 80, 65)),
    ("chimp", "monkey", c(100, 80, 65)),
    ("orangutan", "monkey", c(200, 110, 50)),
    ("baboon", "monkey", c(160, 130, 100)),
    ("ape", "gorilla", c(90, 85, 95)),
    ("sea lion", "seal", c(150, 120, 95)),
    // Hoofed and big ones.
    ("llama", "goat", c(240, 232, 215)),
    ("alpaca", "sheep", c(245, 235, 215)),
    ("moose", "deer", c(120, 85, 60)),
    ("reindeer", "deer", c(160, 115, 80)),
    ("elk", "deer", c(150, 110, 75)),
    ("fawn", "deer", c(210, 150, 95)),
    ("antelope", "deer", c(205, 150, 95)),
    ("gazelle", "deer", c(215, 165, 110)),
    ("bull", "cow", c(120, 85, 60)),
    ("ox", "cow", c(150, 110, 80)),
    ("calf", "cow", c(245, 240, 235)),
    ("buffalo", "cow", c(110, 80, 60)),
    ("bison", "cow", c(110, 80, 60)),
    ("foal", "pony", c(200, 150, 100)),
    ("stallion", "horse", c(120, 80, 50)),
    ("mare", "horse", c(170, 120, 80)),
    ("mule", "donkey", c(150, 130, 115)),
    ("pegasus", "unicorn", c(250, 250, 252)),
    ("hippopotamus", "hippo", c(170, 150, 190)),
    ("rhinoceros", "rhino", c(165, 165, 170)),
    ("mammoth", "elephant", c(150, 105, 75)),
    // Scaly ones and made-up ones.
    ("alligator", "crocodile", c(90, 140, 80)),
    ("lizard", "crocodile", c(120, 190, 90)),
    ("gecko", "crocodile", c(140, 200, 90)),
    ("iguana", "crocodile", c(110, 180, 100)),
    ("chameleon", "crocodile", c(120, 200, 120)),
    ("t rex", "dinosaur", c(110, 160, 90)),
    ("dino", "dinosaur", c(120, 180, 90)),
    ("pterodactyl", "dragon", c(150, 130, 110)),
    ("griffin", "dragon", c(220, 180, 100)),
    ("phoenix", "parrot", c(240, 90, 40)),
    // Birds.
    ("eagle", "bird", c(130, 95, 65)),
    ("hawk", "bird", c(150, 110, 75)),
    ("falcon", "bird", c(140, 120, 100)),
    ("crow", "raven", c(45, 45, 55)),
    ("sparrow", "bird", c(160, 120, 85)),
    ("pigeon", "dove", c(170, 175, 190)),
    ("peacock", "bird", c(40, 110, 190)),
    ("flamingo", "bird", c(245, 140, 170)),
    ("ostrich", "bird", c(90, 80, 80)),
    ("turkey", "hen", c(140, 90, 60)),
    ("puffin", "penguin", c(45, 45, 60)),
    ("pelican", "seagull", c(245, 245, 240)),
    ("stork", "seagull", c(250, 250, 250)),
    ("hummingbird", "bird", c(80, 190, 140)),
    ("woodpecker", "bird", c(200, 60, 60)),
    ("kingfisher", "bird", c(60, 150, 220)),
    ("bluebird", "bird", c(80, 140, 230)),
    ("canary", "bird", c(250, 220, 70)),
    ("budgie", "parrot", c(120, 210, 90)),
    // Small creatures.
    ("moth", "butterfly", c(200, 185, 160)),
    ("bumblebee", "bee", c(250, 200, 40)),
    ("wasp", "bee", c(250, 210, 50)),
    ("cricket", "grasshopper", c(110, 150, 70)),
    ("scorpion", "spider", c(150, 90, 60)),
    ("slug", "snail", c(180, 150, 110)),
    ("toad", "frog", c(140, 150, 90)),
    ("tadpole", "fish", c(70, 70, 80)),
    ("centipede", "caterpillar", c(170, 90, 60)),
    ("mosquito", "dragonfly", c(120, 120, 130)),
    // Sea creatures.
    ("sea creature", "starfish", c(250, 150, 80)),
    ("killer whale", "whale", c(45, 45, 55)),
    ("orca", "whale", c(45, 45, 55)),
    ("narwhal", "whale", c(150, 170, 190)),
    ("manatee", "seal", c(150, 150, 160)),
    ("squid", "octopus", c(240, 150, 150)),
    ("eel", "snake", c(90, 110, 90)),
    ("stingray", "fish", c(120, 130, 150)),
    ("clownfish", "fish", c(250, 130, 40)),
    ("goldfish", "fish", c(250, 160, 40)),
    ("shrimp", "lobster", c(250, 150, 120)),
    ("prawn", "lobster", c(250, 150, 120)),
];

/// The catalogue entry of a typed creature: its family is the drawn kind's, its colour its own.
pub fn entry(noun: &str) -> Option<(&'static str, Fam, Rgb)> {
    let (typed, kind, colour) = KIN.iter().find(|k| k.0 == noun)?;
    let fam = NOUNS.iter().find(|n| n.0 == *kind)?.1;
    Some((typed, fam, *colour))
}

/// The kind that draws `noun`: its nearest drawn kind for a typed creature, else itself.
pub fn drawn_as(noun: &str) -> &str {
    KIN.iter().find(|k| k.0 == noun).map_or(noun, |k| k.1)
}

//! The colour, skin and hair words a prompt can paint with, and the names
//! the description gives colours and nouns back.

use crate::canvas::Rgb;

const fn c(r: u8, g: u8, b: u8) -> Rgb {
    Rgb(r, g, b)
}

/// Colour words and the paint they stand for (two-word colours first).
pub const COLOURS: &[(&str, Rgb)] = &[
    ("dark brown", c(95, 60, 40)),
    ("light blue", c(130, 190, 240)),
    ("dark blue", c(30, 60, 150)),
    ("red", c(220, 45, 45)),
    ("yellow", c(250, 210, 40)),
    ("blue", c(50, 105, 220)),
    ("green", c(60, 170, 75)),
    ("orange", c(245, 135, 35)),
    ("purple", c(140, 75, 200)),
    ("pink", c(245, 125, 180)),
    ("teal", c(30, 160, 160)),
    ("white", c(250, 250, 250)),
    ("black", c(45, 40, 48)),
    ("brown", c(140, 90, 55)),
    ("grey", c(160, 160, 166)),
    ("gray", c(160, 160, 166)),
    ("silver", c(200, 205, 215)),
    ("gold", c(240, 190, 50)),
    ("golden", c(240, 190, 50)),
    ("cream", c(250, 238, 205)),
    ("ginger", c(215, 110, 45)),
    ("wooden", c(165, 112, 70)),
    ("cardboard", c(200, 160, 110)),
];

/// Skin words.
pub const SKINS: &[(&str, Rgb)] = &[
    ("dark brown skin", c(110, 66, 42)),
    ("brown skin", c(160, 102, 66)),
    ("fair skin", c(255, 226, 200)),
    ("light skin", c(243, 205, 170)),
    ("olive skin", c(214, 164, 116)),
    ("tan skin", c(198, 136, 92)),
    ("rosy skin", c(250, 205, 190)),
    ("pale skin", c(255, 232, 215)),
    ("dark skin", c(110, 66, 42)),
];

/// Hair colour words (the word before "hair").
pub const HAIR: &[(&str, Rgb)] = &[
    ("dark brown", c(80, 50, 35)),
    ("black", c(45, 35, 35)),
    ("brown", c(120, 70, 40)),
    ("blond", c(240, 200, 110)),
    ("blonde", c(240, 200, 110)),
    ("golden", c(235, 180, 70)),
    ("red", c(200, 80, 35)),
    ("ginger", c(200, 80, 35)),
    ("white", c(240, 240, 240)),
    ("grey", c(175, 175, 175)),
    ("gray", c(175, 175, 175)),
    ("silver", c(200, 200, 212)),
];

/// The colour word for a paint, when it is one the prompt could have said.
pub fn colour_name(c: Rgb) -> Option<&'static str> {
    COLOURS.iter().find(|(_, v)| *v == c).map(|(k, _)| *k)
}

/// A noun as the description writes it.
pub fn shown(noun: &str) -> &str {
    match noun {
        "t shirt" => "T-shirt",
        other => other,
    }
}

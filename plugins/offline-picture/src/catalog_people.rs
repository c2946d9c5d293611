//! The people nouns a prompt can name, singular (their plurals are read by
//! `catalog::singular`): children, family, Bible folk, jobs and costumes.

use crate::canvas::Rgb;
use crate::catalog::Fam;

const fn c(r: u8, g: u8, b: u8) -> Rgb {
    Rgb(r, g, b)
}

const N: Rgb = Rgb(0, 0, 0);

/// (noun, family, usual costume colour; black: the painter picks).
pub const PEOPLE: &[(&str, Fam, Rgb)] = &[
    ("girl", Fam::Person, N),
    ("boy", Fam::Person, N),
    ("child", Fam::Person, N),
    ("kid", Fam::Person, N),
    ("baby", Fam::Person, N),
    ("sister", Fam::Person, N),
    ("brother", Fam::Person, N),
    ("explorer", Fam::Person, c(200, 160, 90)),
    ("princess", Fam::Person, c(240, 130, 190)),
    ("prince", Fam::Person, c(70, 110, 200)),
    ("queen", Fam::Person, c(150, 80, 190)),
    ("king", Fam::Person, c(200, 50, 60)),
    ("knight", Fam::Person, c(200, 205, 215)),
    ("pirate", Fam::Person, c(220, 60, 60)),
    ("astronaut", Fam::Person, c(240, 242, 248)),
    ("wizard", Fam::Person, c(80, 90, 190)),
    ("witch", Fam::Person, c(110, 60, 150)),
    ("fairy", Fam::Person, c(250, 170, 210)),
    ("mermaid", Fam::Person, c(60, 180, 170)),
    ("giant", Fam::Person, c(120, 150, 90)),
    ("chef", Fam::Person, c(248, 248, 248)),
    ("detective", Fam::Person, c(170, 130, 80)),
    ("superhero", Fam::Person, c(215, 45, 50)),
    ("mum", Fam::Person, N),
    ("dad", Fam::Person, N),
    ("grandma", Fam::Person, N),
    ("grandpa", Fam::Person, N),
    ("aunt", Fam::Person, N),
    ("uncle", Fam::Person, N),
    ("man", Fam::Person, c(150, 120, 90)),
    ("woman", Fam::Person, c(120, 140, 190)),
    ("angel", Fam::Person, c(250, 250, 245)),
    ("shepherd", Fam::Person, c(170, 140, 100)),
    ("person", Fam::Person, N),
    ("friend", Fam::Person, N),
    ("mother", Fam::Person, N),
    ("father", Fam::Person, N),
    ("granny", Fam::Person, N),
    ("parent", Fam::Person, N),
    ("cousin", Fam::Person, N),
    ("twin", Fam::Person, N),
    ("neighbour", Fam::Person, N),
    ("neighbor", Fam::Person, N),
    ("teacher", Fam::Person, N),
    ("helper", Fam::Person, N),
    ("visitor", Fam::Person, N),
    ("guest", Fam::Person, N),
    ("stranger", Fam::Person, N),
    ("worker", Fam::Person, N),
    ("farmer", Fam::Person, c(110, 140, 90)),
    ("singer", Fam::Person, N),
    ("leader", Fam::Person, N),
    ("disciple", Fam::Person, c(175, 140, 100)),
    ("apostle", Fam::Person, c(175, 140, 100)),
    ("fisherman", Fam::Person, c(120, 140, 170)),
    ("sailor", Fam::Person, c(60, 90, 160)),
    ("soldier", Fam::Person, c(190, 60, 50)),
    ("guard", Fam::Person, c(190, 60, 50)),
    ("servant", Fam::Person, c(200, 180, 150)),
    ("priest", Fam::Person, c(245, 245, 240)),
    ("prophet", Fam::Person, c(170, 140, 100)),
    ("wise man", Fam::Person, c(120, 70, 160)),
    ("traveller", Fam::Person, N),
];

//! The Old Testament stories of the Bible tier, retold for ages 3–8: one
//! `Story` per block, its beats in the order the Bible tells them, each with
//! one World English Bible verse and the points of view offered after it.
//! Each file holds one group of stories (by book or story group).

mod abraham_joseph;
mod beginnings;
mod elijah_daniel;
mod jericho;
mod jonah_esther;
mod moses;
mod ruth_david;
mod samuel;

use super::Story;

/// The Old Testament stories, in the order they are offered.
pub const STORIES: &[Story] = &[
    beginnings::WORLD,
    beginnings::NOAH,
    abraham_joseph::ABRAHAM,
    abraham_joseph::JOSEPH,
    moses::BABY_MOSES,
    moses::SEA_PATH,
    jericho::JERICHO,
    ruth_david::RUTH,
    samuel::SAMUEL,
    ruth_david::DAVID,
    elijah_daniel::ELIJAH,
    elijah_daniel::DANIEL,
    jonah_esther::JONAH,
    jonah_esther::ESTHER,
];

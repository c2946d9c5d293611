//! The New Testament stories of the Bible tier, retold for ages 3–8: one
//! `Story` per block, its beats in the order the Gospels tell them, each with
//! one World English Bible verse and the points of view offered after it.
//! Each file holds one group of stories.

mod birth_and_storm;
mod blind_bartimaeus;
mod bread_and_tree;
mod children_and_son;
mod lost_and_helped;
mod palms_and_easter;
mod walk_on_water;

use super::Story;

/// The New Testament stories, in the order they are offered.
pub const STORIES: &[Story] = &[
    birth_and_storm::NATIVITY,
    birth_and_storm::STORM,
    walk_on_water::PETER,
    lost_and_helped::LOST_SHEEP,
    lost_and_helped::SAMARITAN,
    bread_and_tree::FIVE_THOUSAND,
    bread_and_tree::ZACCHAEUS,
    blind_bartimaeus::BARTIMAEUS,
    children_and_son::CHILDREN,
    children_and_son::LOST_SON,
    palms_and_easter::PALM_SUNDAY,
    palms_and_easter::EASTER,
];

//! The style words a scene's picture and clip prompts end with: the tier's
//! picture style, and for a bedtime story (`Story::bedtime`) a soft
//! night-time light before it.

use crate::store::Story;
use crate::tier::Tiers;

/// Put before the tier's style in a bedtime story's pictures and clips.
pub const BEDTIME_STYLE: &str = "soft warm night-time light, pastel colours, gentle amber glow, calm and sleepy";

/// The style of `story`'s pictures: its tier's, night-time for a bedtime story; "" for none.
pub fn story_style(tiers: &Tiers, story: &Story) -> String {
    let tier_style = tiers.get(story.tier.as_str()).map(|t| t.image_style).unwrap_or_default();
    match (story.bedtime, tier_style.trim()) {
        (false, _) => tier_style,
        (true, "") => BEDTIME_STYLE.to_string(),
        (true, style) => format!("{BEDTIME_STYLE}; {style}"),
    }
}

//! Bedtime stories. A tier offers them unless a parent switched them off
//! (`TierSettings::bedtime_offered`); a family ticks "Bedtime story" on the
//! start form. Such a story (`Story::bedtime`):
//!
//! - has [`SCENES`] scenes, whatever length was picked, and no "Keep going";
//! - is told with [`RULES`] after the tier's own (the last scene ends with
//!   falling asleep), and its idea carries the note [`PREMISE_NOTE`] for
//!   models that read only the idea (the offline storyteller);
//! - has its pictures and clips made in a soft night-time style before the
//!   tier's own (`jobs::style`);
//! - has dim night pages, and once the story is [`WIND_DOWN`] old its pages
//!   say gently that it is time to finish (the time is the server's setting).

use std::time::Duration;

/// Scenes a bedtime story has.
pub const SCENES: u32 = 3;

/// How long after its start a bedtime story's pages say it is time to finish.
pub const WIND_DOWN: Duration = Duration::from_secs(5 * 60);

/// Told to the story model with every scene of a bedtime story.
pub const RULES: &str = "This is a bedtime story. Keep it soothing and slow: no conflict, danger, loud surprises or \
    cliffhangers; soft sounds, cosy places and gentle kindness. Each scene is calmer than the one before. The last scene \
    ends with the characters snuggling down and falling asleep.";

/// Added to the idea, in the host's note, for models that read only the idea.
pub const PREMISE_NOTE: &str = "bedtime";

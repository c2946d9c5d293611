//! The story engine: start a story, take a choice (one story call per
//! choice, `flights`), steer it (`branching`: back, the family's own choice,
//! its length), bedtime stories (`bedtime`), a scene's picture and clip
//! actions (`pictures`), walk the tree. No HTTP and no wasmtime here: it
//! talks to the plugin host and the store through their own APIs.

pub mod bedtime;
pub mod branching;
mod cast;
mod choices;
mod engine;
mod error;
mod flights;
pub mod model;
mod pictures;
pub mod prompt;
pub mod scene_parse;
pub mod tree;

pub use choices::ModelChoices;
pub use engine::{MAX_PROMPT, Memory, StartRequest, StoryEngine};
pub use error::StoryError;

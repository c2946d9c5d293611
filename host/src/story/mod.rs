//! The story engine: start a story, take a choice, walk the tree. No HTTP and
//! no wasmtime here: it talks to the plugin host and the store through their
//! own APIs.

mod engine;
pub mod model;
pub mod prompt;
pub mod scene_parse;
pub mod tree;

pub use engine::{MAX_PROMPT, Memory, ModelChoices, StartRequest, StoryEngine, StoryError};

//! The built-in offline video plugin: a short H.264 MP4 clip of the scene
//! picture with a slow pan and zoom, made inside the sandbox with no network
//! (`clip`). The camera lives in `motion`, colour planes in `yuv`, the H.264
//! stream's access units in `annexb`.
//!
//! The plugin export (a `video` model answering `submit-video`) comes with the
//! WIT version whose `submit-video` may answer with a finished clip.

pub mod annexb;
pub mod clip;
pub mod motion;
pub mod yuv;

#[cfg(test)]
mod tests;

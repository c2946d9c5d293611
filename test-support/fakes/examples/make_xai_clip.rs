//! Makes the fixed MP4 the fake xAI serves as its finished clip
//! (`src/xai/clip.mp4`) with the offline clip maker, natively: 256×256,
//! 12 fps, 6 s, from the fake's own PNG. Run it again only to change the
//! fixture: `cargo run -p storyloom-fakes --example make_xai_clip`.

#![allow(clippy::unwrap_used)] // a one-off developer tool

use offline_video::clip::{self, ClipSpec};

fn main() {
    let picture = storyloom_fakes::xai::picture_png();
    let spec = ClipSpec { side: 256, fps: 12, seconds: 6, qp: 30, seed: 1 };
    let made = clip::make(&picture, spec).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/xai/clip.mp4");
    std::fs::write(&path, &made.mp4).unwrap();
    println!("{} frames, {} bytes → {}", made.frames, made.mp4.len(), path.display());
}

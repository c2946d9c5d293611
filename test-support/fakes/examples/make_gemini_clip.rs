//! Makes the fixed MP4 the fake Gemini serves as Veo's finished clip
//! (`src/gemini/clip.mp4`) with the offline clip maker, natively: 256×256,
//! 12 fps, 6 s, from a 64×64 gradient PNG. Run it again only to change the
//! fixture: `cargo run -p storyloom-fakes --example make_gemini_clip`.

#![allow(clippy::unwrap_used)] // a one-off developer tool

use std::io::Cursor;

use offline_video::clip::{self, ClipSpec};

fn main() {
    let picture = image::RgbImage::from_fn(64, 64, |x, y| image::Rgb([(x * 4) as u8, 120, (y * 4) as u8]));
    let mut png = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture).write_to(&mut png, image::ImageFormat::Png).unwrap();
    let spec = ClipSpec { side: 256, fps: 12, seconds: 6, qp: 30, seed: 1 };
    let made = clip::make(&png.into_inner(), spec).unwrap();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/gemini/clip.mp4");
    std::fs::write(&path, &made.mp4).unwrap();
    println!("{} frames, {} bytes → {}", made.frames, made.mp4.len(), path.display());
}

//! Proves a plugin's picture is one we can show before it is stored: the
//! header's size is read first and refused above a fixed cap, then the whole
//! picture is decoded under decoder limits, so a hostile header (a PNG that
//! claims 60000×60000) can never make the host allocate more than about
//! [`MAX_DECODE_BYTES`].

use std::io::Cursor;

use image::{ImageFormat, ImageReader, Limits};

use crate::blobs::sniff::MediaType;

/// Widest and tallest picture accepted, in pixels. The largest answer any
/// provider gives today is 2048 px on a side (Gemini, xAI; GPT Image 1.5 tops
/// out at 1536×1024) and we ask for 1024×1024; 4096 leaves room for a bigger
/// model without letting a header claim tens of thousands.
pub const MAX_PICTURE_SIDE: u32 = 4096;

/// Most pixels in one picture: 4096×4096 = 16,777,216.
pub const MAX_PICTURE_PIXELS: u64 = MAX_PICTURE_SIDE as u64 * MAX_PICTURE_SIDE as u64;

/// Most bytes the decoder may hold at once: the largest accepted picture as
/// 8-bit RGBA (4 bytes a pixel, 64 MiB) plus 16 MiB for the decoder's own
/// buffers. 16-bit-per-channel pictures that large are refused; no provider
/// sends them.
pub const MAX_DECODE_BYTES: u64 = MAX_PICTURE_PIXELS * 4 + 16 * 1024 * 1024;

/// Smaller pictures are placeholders or errors, not scene pictures (pixels a side).
const MIN_PICTURE_SIDE: u32 = 16;

/// Check `bytes` (already sniffed as `media_type`) off the async threads;
/// gives the bytes back with the picture's width and height.
pub async fn check_picture(bytes: Vec<u8>, media_type: MediaType) -> Result<(Vec<u8>, u32, u32), String> {
    tokio::task::spawn_blocking(move || picture_size(&bytes, media_type).map(|(width, height)| (bytes, width, height)))
        .await
        .map_err(|e| format!("the picture check failed: {e}"))?
}

/// Width and height of a picture that passed every check, or why it did not.
pub fn picture_size(bytes: &[u8], media_type: MediaType) -> Result<(u32, u32), String> {
    let format = match media_type {
        MediaType::Png => ImageFormat::Png,
        MediaType::Jpeg => ImageFormat::Jpeg,
        MediaType::Webp => ImageFormat::WebP,
        MediaType::Mp4 => return Err(format!("{} is not a picture", media_type.mime())),
    };
    // The header alone: no pixel is decoded here, so no size limit yet (the PNG decoder would refuse without saying the size).
    let mut header = ImageReader::with_format(Cursor::new(bytes), format);
    header.limits(limits(None));
    let (width, height) = header.into_dimensions().map_err(|e| format!("not a readable picture ({e})"))?;
    if width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE || u64::from(width) * u64::from(height) > MAX_PICTURE_PIXELS {
        return Err(format!(
            "the picture is {width}×{height} pixels, larger than the {MAX_PICTURE_SIDE}×{MAX_PICTURE_SIDE} this server accepts"
        ));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits(Some(MAX_PICTURE_SIDE)));
    let image = reader.decode().map_err(|e| format!("not a readable picture ({e})"))?;
    if image.width() < MIN_PICTURE_SIDE || image.height() < MIN_PICTURE_SIDE {
        return Err(format!("picture is only {}x{} pixels", image.width(), image.height()));
    }
    Ok((image.width(), image.height()))
}

/// Decoder limits: at most [`MAX_DECODE_BYTES`] held, and `side` pixels a side when given.
fn limits(side: Option<u32>) -> Limits {
    crate::photos::decoder_limits(side, MAX_DECODE_BYTES)
}

#[cfg(test)]
#[path = "picture_check_tests.rs"]
mod tests;

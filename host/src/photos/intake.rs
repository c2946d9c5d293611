//! One uploaded photo in, a clean stored copy and a thumbnail out, or the
//! reason in a parent's words. Order of checks: the type from the first
//! bytes (only JPEG, PNG, WebP), the size from the header alone (a
//! decompression bomb is refused before a pixel is decoded), then the whole
//! picture decoded under decoder limits (a damaged or truncated file is
//! refused), the EXIF orientation applied, scaled down to [`STORED_SIDE`] and
//! [`THUMB_SIDE`], and both written as fresh baseline JPEGs.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Largest upload kept, in bytes (10 MiB: a phone's full-size photo fits).
pub const MAX_PHOTO_BYTES: usize = 10 * 1024 * 1024;

/// Widest and tallest photo decoded, in pixels (a 200-megapixel phone sensor's full-size photo is 16,320 px wide).
pub const MAX_PHOTO_SIDE: u32 = 16_384;

/// Most pixels decoded: 50 megapixels (a 48 MP phone photo fits; 20000×20000 does not).
pub const MAX_PHOTO_PIXELS: u64 = 50_000_000;

/// Most bytes the decoder may hold: the largest photo as 8-bit RGBA plus 32 MiB of buffers.
const MAX_DECODE_BYTES: u64 = MAX_PHOTO_PIXELS * 4 + 32 * 1024 * 1024;

/// Longest side of the stored copy, in pixels: more than any picture model
/// reads from a reference (they work at 1024–2048 px).
pub const STORED_SIDE: u32 = 2048;

/// Longest side of the thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 256;

/// A photo whose shorter side is below this many pixels is kept with a warning.
pub const SMALL_PHOTO_SIDE: u32 = 256;

/// JPEG quality of the stored copy and the thumbnail (0–100).
const JPEG_QUALITY: u8 = 88;

/// A photo ready to be stored: both JPEGs are free of metadata.
#[derive(Debug, Clone)]
pub struct Prepared {
    /// The stored copy, upright, at most [`STORED_SIDE`] a side.
    pub jpeg: Vec<u8>,
    /// The thumbnail, at most [`THUMB_SIDE`] a side.
    pub thumb: Vec<u8>,
    /// The stored copy's size in pixels (after orientation and scaling).
    pub width: u32,
    pub height: u32,
    /// The shorter side of the upload was under [`SMALL_PHOTO_SIDE`]: kept, with a warning.
    pub small: bool,
}

/// Why an upload is not kept. `Display` is the sentence shown on the form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhotoRefusal {
    #[error("“{0}” is not a photo we can use. Choose a JPEG, PNG or WebP picture.")]
    NotAPicture(String),
    #[error("“{0}” is larger than 10 MB. Choose a smaller photo (most phones can share a smaller copy).")]
    TooLarge(String),
    #[error("“{name}” is {width}×{height} pixels, more than this server can safely open. Choose a smaller photo.")]
    TooManyPixels { name: String, width: u32, height: u32 },
    #[error("“{0}” looks damaged or incomplete. Try saving it again, or choose another photo.")]
    Damaged(String),
}

/// [`prepare_blocking`] off the async threads.
pub async fn prepare(name: String, bytes: Vec<u8>) -> Result<Prepared, PhotoRefusal> {
    let fallback = name.clone();
    tokio::task::spawn_blocking(move || prepare_blocking(&name, &bytes)).await.unwrap_or_else(|err| {
        tracing::error!(photo = fallback, "photo preparation task failed: {err}");
        Err(PhotoRefusal::Damaged(fallback))
    })
}

/// Check and clean one upload named `name` (its file name, for the message).
/// CPU-bound (a large photo takes a few hundred milliseconds): call it from a
/// blocking thread.
pub fn prepare_blocking(name: &str, bytes: &[u8]) -> Result<Prepared, PhotoRefusal> {
    let name = display_name(name);
    if bytes.len() > MAX_PHOTO_BYTES {
        return Err(PhotoRefusal::TooLarge(name));
    }
    let format = match image::guess_format(bytes) {
        Ok(format @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => format,
        _ => return Err(PhotoRefusal::NotAPicture(name)),
    };
    let damaged = |err: &dyn std::fmt::Display| {
        tracing::info!(photo = name, "uploaded photo refused as damaged: {err}");
        PhotoRefusal::Damaged(name.clone())
    };
    // The header alone first: its claimed size is checked before any pixel is decoded.
    // (Without a size limit: a limit refusal would not say the size.)
    let mut header = ImageReader::with_format(Cursor::new(bytes), format);
    header.limits(limits(None));
    let (width, height) = header.into_dimensions().map_err(|e| damaged(&e))?;
    if width > MAX_PHOTO_SIDE || height > MAX_PHOTO_SIDE || u64::from(width) * u64::from(height) > MAX_PHOTO_PIXELS {
        return Err(PhotoRefusal::TooManyPixels { name, width, height });
    }
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(damaged(&"no end-of-image marker after the last scan"));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits(Some(MAX_PHOTO_SIDE)));
    let mut decoder = reader.into_decoder().map_err(|e| damaged(&e))?;
    // A photo whose EXIF cannot be read is shown as stored, not refused.
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(|e| damaged(&e))?;
    picture.apply_orientation(orientation);
    let small = picture.width().min(picture.height()) < SMALL_PHOTO_SIDE;
    let stored = fit(picture, STORED_SIDE);
    let thumb = fit(stored.clone(), THUMB_SIDE);
    let (width, height) = (stored.width(), stored.height());
    Ok(Prepared {
        jpeg: encode_jpeg(&stored).map_err(|e| damaged(&e))?,
        thumb: encode_jpeg(&thumb).map_err(|e| damaged(&e))?,
        width,
        height,
        small,
    })
}

/// The file name as shown in a message: its last path part, cleaned of
/// control characters, at most 60 characters; "This photo" when empty.
pub fn display_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let cleaned: String = base.chars().filter(|c| !c.is_control()).take(60).collect();
    match cleaned.trim() {
        "" => "This photo".to_string(),
        trimmed => trimmed.to_string(),
    }
}

/// A JPEG is complete when an end-of-image marker (`FF D9`) follows its last
/// start-of-scan (`FF DA`). The JPEG decoder fills a cut-off scan with grey
/// rather than failing, so a half-sent photo would otherwise be kept.
/// Camera trailers after the end marker are allowed.
fn jpeg_is_complete(bytes: &[u8]) -> bool {
    let last = |marker: u8| bytes.windows(2).rposition(|pair| pair == [0xFF, marker]);
    matches!((last(0xDA), last(0xD9)), (Some(scan), Some(end)) if end > scan)
}

/// Scaled down (never up) so its longest side is at most `side`, as 8-bit RGB
/// (transparency flattened onto white).
fn fit(picture: DynamicImage, side: u32) -> DynamicImage {
    let picture = if picture.width() > side || picture.height() > side {
        picture.resize(side, side, image::imageops::FilterType::Lanczos3)
    } else {
        picture
    };
    if !picture.color().has_alpha() {
        return DynamicImage::ImageRgb8(picture.to_rgb8());
    }
    let mut flat = image::RgbImage::from_pixel(picture.width(), picture.height(), image::Rgb([255, 255, 255]));
    for (x, y, pixel) in picture.to_rgba8().enumerate_pixels() {
        let [r, g, b, a] = pixel.0;
        let blend = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        flat.put_pixel(x, y, image::Rgb([blend(r), blend(g), blend(b)]));
    }
    DynamicImage::ImageRgb8(flat)
}

/// A baseline JPEG of `picture` with no metadata at all.
fn encode_jpeg(picture: &DynamicImage) -> image::ImageResult<Vec<u8>> {
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY).encode_image(picture)?;
    Ok(out)
}

/// Decoder limits for a photo: `side` pixels a side when given, at most [`MAX_DECODE_BYTES`] held.
fn limits(side: Option<u32>) -> Limits {
    decoder_limits(side, MAX_DECODE_BYTES)
}

/// `image` decoder limits: `side` pixels a side when given, at most `max_alloc` bytes held.
pub fn decoder_limits(side: Option<u32>, max_alloc: u64) -> Limits {
    let mut limits = Limits::default();
    limits.max_image_width = side;
    limits.max_image_height = side;
    limits.max_alloc = Some(max_alloc);
    limits
}

#[cfg(test)]
#[path = "intake_tests.rs"]
mod tests;

//! A thumbnail of every finished picture: a JPEG [`THUMB_WIDTH`] pixels
//! wide, made by the picture job from the checked picture and recorded with
//! it in one transaction (`Store::finish_image`), as its own media row.
//! Gallery cards, the story map, the resume banner and `srcset` on small
//! screens use it. Failing to make one is logged and costs nothing else: the
//! full picture is shown instead.

use image::codecs::jpeg::JpegEncoder;

use crate::blobs::Blobs;
use crate::blobs::sniff::MediaType;
use crate::store::{MediaId, MediaRecord, now};

/// A thumbnail's width (and height, for a square picture), in pixels.
pub const THUMB_WIDTH: u32 = 384;

/// JPEG quality of a thumbnail (0–100).
const QUALITY: u8 = 82;

/// A picture's bytes as a JPEG at most [`THUMB_WIDTH`] wide: (bytes, width, height).
fn shrink(bytes: &[u8]) -> anyhow::Result<(Vec<u8>, u32, u32)> {
    let picture = image::load_from_memory(bytes)?;
    let small = picture.thumbnail(THUMB_WIDTH, THUMB_WIDTH).to_rgb8();
    let mut out = Vec::new();
    small.write_with_encoder(JpegEncoder::new_with_quality(&mut out, QUALITY))?;
    Ok((out, small.width(), small.height()))
}

/// Write the thumbnail of `picture` (a finished picture's row, `bytes` its
/// checked bytes) and return its row to record with it; `None`, logged, when
/// it could not be made.
pub async fn make(blobs: &Blobs, picture: &MediaRecord, bytes: Vec<u8>) -> Option<MediaRecord> {
    match try_make(blobs, picture, bytes).await {
        Ok(thumb) => Some(thumb),
        Err(err) => {
            tracing::warn!(media = %picture.id, "no thumbnail for the picture (the full picture is shown instead): {err:#}");
            None
        }
    }
}

async fn try_make(blobs: &Blobs, picture: &MediaRecord, bytes: Vec<u8>) -> anyhow::Result<MediaRecord> {
    let (jpeg, width, height) = tokio::task::spawn_blocking(move || shrink(&bytes)).await??;
    let id = MediaId::new();
    let size = jpeg.len() as u64;
    let file = blobs.put(&picture.tier, picture.story_id, picture.scene_id, id, MediaType::Jpeg, jpeg).await?;
    Ok(MediaRecord {
        id,
        tier: picture.tier.clone(),
        story_id: picture.story_id,
        scene_id: picture.scene_id,
        file,
        media_type: MediaType::Jpeg.mime().to_string(),
        bytes: size,
        width,
        height,
        model: picture.model.clone(),
        created_at: now(),
        description: picture.description.clone(),
        thumbnail: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::ImageFormat;

    #[test]
    fn a_picture_shrinks_to_a_small_jpeg() {
        // Detail like a painted picture's: a gradient with speckles.
        let speckle = |x: u32, y: u32| (x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)).to_le_bytes()[1] / 8;
        let picture = image::RgbImage::from_fn(1024, 1024, |x, y| image::Rgb([(x / 5) as u8 + speckle(x, y), (y / 4) as u8, 128]));
        let mut png = std::io::Cursor::new(Vec::new());
        picture.write_to(&mut png, ImageFormat::Png).unwrap();
        let (jpeg, width, height) = shrink(png.get_ref()).unwrap();
        assert_eq!((width, height), (384, 384));
        assert_eq!(image::guess_format(&jpeg).unwrap(), ImageFormat::Jpeg);
        assert!(jpeg.len() < png.get_ref().len() / 4, "{} bytes from {}", jpeg.len(), png.get_ref().len());
        assert!(shrink(b"not a picture").is_err());
    }
}

use std::time::{Duration, Instant};

use super::*;

fn encoded(format: ImageFormat, side: u32) -> Vec<u8> {
    let picture = image::RgbImage::from_fn(side, side, |x, y| image::Rgb([x as u8, y as u8, 120]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(picture).write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

/// CRC-32 (ISO-HDLC, as PNG uses), bit by bit.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A real 64×64 PNG whose IHDR (with a correct CRC) claims `width`×`height`.
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = encoded(ImageFormat::Png, 64);
    // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), 13 bytes of data, CRC (4).
    assert_eq!(&png[12..16], b"IHDR");
    png[16..20].copy_from_slice(&width.to_be_bytes());
    png[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

#[test]
fn the_crc_helper_matches_the_encoder() {
    let png = encoded(ImageFormat::Png, 64);
    assert_eq!(crc32(&png[12..29]).to_be_bytes(), png[29..33]);
    assert_eq!(png_claiming(64, 64), png);
}

#[test]
fn a_header_claiming_60000_square_is_refused_before_any_decoding() {
    let huge = png_claiming(60_000, 60_000);
    let started = Instant::now();
    let refusal = picture_size(&huge, MediaType::Png).unwrap_err();
    assert_eq!(refusal, "the picture is 60000×60000 pixels, larger than the 4096×4096 this server accepts");
    assert!(started.elapsed() < Duration::from_secs(1), "refused from the header, took {:?}", started.elapsed());
}

#[test]
fn each_side_is_capped_not_only_the_area() {
    let wide = picture_size(&png_claiming(MAX_PICTURE_SIDE + 1, 16), MediaType::Png).unwrap_err();
    assert!(wide.contains("4097×16") && wide.contains("larger than the 4096×4096"), "{wide}");
    let tall = picture_size(&png_claiming(16, 100_000), MediaType::Png).unwrap_err();
    assert!(tall.contains("larger than"), "{tall}");
    assert_eq!(MAX_PICTURE_PIXELS, 16_777_216);
}

#[test]
fn the_decoder_limits_alone_stop_a_huge_picture() {
    // Even if the header check were skipped, the decoder may not allocate for 60000×60000.
    let mut reader = ImageReader::with_format(Cursor::new(png_claiming(60_000, 60_000)), ImageFormat::Png);
    reader.limits(limits(Some(MAX_PICTURE_SIDE)));
    let err = reader.decode().unwrap_err();
    assert!(matches!(err, image::ImageError::Limits(_)), "{err:?}");
    let decode = limits(Some(MAX_PICTURE_SIDE));
    assert_eq!((decode.max_image_width, decode.max_image_height), (Some(4096), Some(4096)));
    assert_eq!(decode.max_alloc, Some(4096 * 4096 * 4 + 16 * 1024 * 1024), "64 MiB of RGBA plus 16 MiB of slack");
}

#[test]
fn real_pictures_pass_with_their_size() {
    assert_eq!(picture_size(&encoded(ImageFormat::Png, 64), MediaType::Png), Ok((64, 64)));
    assert_eq!(picture_size(&encoded(ImageFormat::Jpeg, 48), MediaType::Jpeg), Ok((48, 48)));
    assert_eq!(picture_size(&encoded(ImageFormat::WebP, 32), MediaType::Webp), Ok((32, 32)));
}

#[tokio::test]
async fn the_async_check_gives_the_bytes_back() {
    let png = encoded(ImageFormat::Png, 20);
    let (bytes, width, height) = check_picture(png.clone(), MediaType::Png).await.unwrap();
    assert_eq!((bytes, width, height), (png, 20, 20));
}

#[test]
fn broken_tiny_and_non_pictures_are_refused() {
    let tiny = picture_size(&encoded(ImageFormat::Png, 8), MediaType::Png).unwrap_err();
    assert_eq!(tiny, "picture is only 8x8 pixels");
    let mut truncated = encoded(ImageFormat::Png, 64);
    truncated.truncate(60);
    assert!(picture_size(&truncated, MediaType::Png).unwrap_err().starts_with("not a readable picture"));
    assert_eq!(picture_size(b"\0\0\0\x18ftypisom", MediaType::Mp4).unwrap_err(), "video/mp4 is not a picture");
}

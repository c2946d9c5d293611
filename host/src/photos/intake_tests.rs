use super::*;
use image::{GenericImageView, Rgb, RgbImage};

/// A `width`×`height` picture: red top-left quarter, blue elsewhere, a little noise so JPEG has work to do.
fn picture(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        let noise = ((x * 7 + y * 13) % 17) as u8;
        if x < width / 2 && y < height / 2 { Rgb([230, 20 + noise, 20]) } else { Rgb([20, 20 + noise, 230]) }
    })
}

fn encode(picture: &RgbImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    DynamicImage::ImageRgb8(picture.clone()).write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// An EXIF APP1 segment: orientation `orientation` and a GPS position (52.37° N, 4.89° E).
fn exif_segment(orientation: u16) -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes()); // IFD0 at offset 8
    let entry = |tiff: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32| {
        tiff.extend_from_slice(&tag.to_le_bytes());
        tiff.extend_from_slice(&kind.to_le_bytes());
        tiff.extend_from_slice(&count.to_le_bytes());
        tiff.extend_from_slice(&value.to_le_bytes());
    };
    // IFD0: 2 entries (8 + 2 + 24 + 4 = 38): Orientation, GPS IFD pointer → 38.
    tiff.extend_from_slice(&2u16.to_le_bytes());
    entry(&mut tiff, 0x0112, 3, 1, u32::from(orientation));
    entry(&mut tiff, 0x8825, 4, 1, 38);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    // GPS IFD at 38: 4 entries (2 + 48 + 4 = 54) → rationals at 92 and 116.
    tiff.extend_from_slice(&4u16.to_le_bytes());
    entry(&mut tiff, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut tiff, 0x0002, 5, 3, 92);
    entry(&mut tiff, 0x0003, 2, 2, u32::from_le_bytes(*b"E\0\0\0"));
    entry(&mut tiff, 0x0004, 5, 3, 116);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for (degrees, minutes) in [(52u32, 22u32), (4, 53)] {
        for (numerator, denominator) in [(degrees, 1u32), (minutes, 1), (0, 1)] {
            tiff.extend_from_slice(&numerator.to_le_bytes());
            tiff.extend_from_slice(&denominator.to_le_bytes());
        }
    }
    let mut segment = vec![0xFF, 0xE1];
    segment.extend_from_slice(&u16::try_from(2 + 6 + tiff.len()).unwrap().to_be_bytes());
    segment.extend_from_slice(b"Exif\0\0");
    segment.extend_from_slice(&tiff);
    segment
}

/// A JPEG of `picture` with `exif` right after its start-of-image marker.
fn jpeg_with_exif(picture: &RgbImage, exif: &[u8]) -> Vec<u8> {
    let plain = encode(picture, ImageFormat::Jpeg);
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(exif);
    out.extend_from_slice(&plain[2..]);
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A PNG whose header claims `width`×`height` (the pixel data is a few bytes: a decompression bomb's shape).
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let chunk = |png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]| {
        png.extend_from_slice(&u32::try_from(data.len()).unwrap().to_be_bytes());
        let mut body = kind.to_vec();
        body.extend_from_slice(data);
        png.extend_from_slice(&body);
        png.extend_from_slice(&crc32(&body).to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB
    chunk(&mut png, b"IHDR", &ihdr);
    chunk(&mut png, b"IDAT", &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]);
    chunk(&mut png, b"IEND", &[]);
    png
}

fn decode(jpeg: &[u8]) -> DynamicImage {
    image::load_from_memory_with_format(jpeg, ImageFormat::Jpeg).unwrap()
}

#[test]
fn jpeg_png_and_webp_are_kept_as_clean_jpegs_with_a_thumbnail() {
    let source = picture(640, 480);
    for format in [ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::WebP] {
        let prepared = prepare_blocking("photo", &encode(&source, format)).unwrap();
        assert_eq!((prepared.width, prepared.height, prepared.small), (640, 480, false), "{format:?}");
        assert_eq!(image::guess_format(&prepared.jpeg).unwrap(), ImageFormat::Jpeg);
        assert_eq!(decode(&prepared.jpeg).dimensions(), (640, 480));
        assert_eq!(decode(&prepared.thumb).dimensions(), (THUMB_SIDE, 192), "{format:?}");
    }
}

#[test]
fn a_large_photo_is_stored_at_most_stored_side_and_a_small_one_gets_a_warning() {
    let big = prepare_blocking("big.jpg", &encode(&picture(4000, 3000), ImageFormat::Jpeg)).unwrap();
    assert_eq!((big.width, big.height), (STORED_SIDE, 1536));
    let small = prepare_blocking("tiny.png", &encode(&picture(200, 300), ImageFormat::Png)).unwrap();
    assert!(small.small, "under {SMALL_PHOTO_SIDE} px is kept with a warning");
    assert_eq!((small.width, small.height), (200, 300), "never scaled up");
}

#[test]
fn exif_orientation_is_applied_and_no_metadata_survives() {
    // Stored landscape with "rotate 90° clockwise to show" (orientation 6): upright it is portrait,
    // and the red quarter that was top-left is top-right.
    let upload = jpeg_with_exif(&picture(300, 200), &exif_segment(6));
    let mut check = image::codecs::jpeg::JpegDecoder::new(Cursor::new(&upload)).unwrap();
    assert!(check.exif_metadata().unwrap().is_some(), "the test upload carries EXIF");
    assert!(upload.windows(4).any(|w| w == b"Exif"));

    let prepared = prepare_blocking("IMG_0001.JPG", &upload).unwrap();
    assert_eq!((prepared.width, prepared.height), (200, 300));
    let upright = decode(&prepared.jpeg).to_rgb8();
    let top_right = upright.get_pixel(180, 20).0;
    let top_left = upright.get_pixel(20, 20).0;
    assert!(top_right[0] > 150 && top_right[2] < 100, "red is top-right: {top_right:?}");
    assert!(top_left[2] > 150 && top_left[0] < 100, "blue is top-left: {top_left:?}");
    for stored in [&prepared.jpeg, &prepared.thumb] {
        assert!(!stored.windows(4).any(|w| w == b"Exif"), "no EXIF block");
        assert!(!stored.windows(2).any(|w| w == [0xFF, 0xE1]), "no APP1 segment (EXIF, XMP)");
        let mut decoder = image::codecs::jpeg::JpegDecoder::new(Cursor::new(stored)).unwrap();
        assert_eq!(decoder.exif_metadata().unwrap(), None);
        assert_eq!(decoder.orientation().unwrap(), image::metadata::Orientation::NoTransforms);
    }
}

#[test]
fn what_is_not_a_usable_photo_is_refused_with_a_sentence_for_parents() {
    let jpeg = encode(&picture(512, 512), ImageFormat::Jpeg);
    let truncated = jpeg[..jpeg.len() * 6 / 10].to_vec();
    let mut oversized = jpeg.clone();
    oversized.resize(MAX_PHOTO_BYTES + 1, 0);
    let cases: Vec<(&str, Vec<u8>, PhotoRefusal)> = vec![
        ("notes.jpg", b"Dear diary, today we went to the zoo.".to_vec(), PhotoRefusal::NotAPicture("notes.jpg".into())),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00".to_vec(), PhotoRefusal::NotAPicture("anim.gif".into())),
        ("empty.png", Vec::new(), PhotoRefusal::NotAPicture("empty.png".into())),
        ("big.jpg", oversized, PhotoRefusal::TooLarge("big.jpg".into())),
        ("bomb.png", png_claiming(20_000, 20_000), PhotoRefusal::TooManyPixels { name: "bomb.png".into(), width: 20_000, height: 20_000 }),
        ("half.jpg", truncated, PhotoRefusal::Damaged("half.jpg".into())),
        ("C:\\Users\\mum\\cut.png", encode(&picture(64, 64), ImageFormat::Png)[..60].to_vec(), PhotoRefusal::Damaged("cut.png".into())),
    ];
    for (name, bytes, expected) in cases {
        let refusal = prepare_blocking(name, &bytes).unwrap_err();
        assert_eq!(refusal, expected, "{name}");
        let sentence = refusal.to_string();
        for word in ["decod", "IHDR", "EOF", "marker", "error"] {
            assert!(!sentence.to_lowercase().contains(&word.to_lowercase()), "{name}: {sentence}");
        }
    }
}

#[test]
fn names_in_messages_are_short_and_clean() {
    assert_eq!(display_name("/home/mum/Pictures/IMG_1.jpg"), "IMG_1.jpg");
    assert_eq!(display_name(""), "This photo");
    assert_eq!(display_name("a\u{1b}[31mb.png"), "a[31mb.png");
    assert_eq!(display_name(&"x".repeat(200)).chars().count(), 60);
}

use super::*;
use image::GenericImageView;
use storyloom_fakes::photos::{encode, exif_segment, jpeg_with_exif, picture, png_claiming};

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

use std::io::Cursor;

use super::*;

fn encoded(format: image::ImageFormat) -> Vec<u8> {
    let picture = image::RgbaImage::from_fn(20, 20, |x, y| image::Rgba([x as u8 * 12, y as u8 * 12, 90, 255]));
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(picture).write_to(&mut bytes, format).unwrap();
    bytes.into_inner()
}

fn png() -> Vec<u8> {
    encoded(image::ImageFormat::Png)
}

/// The start of an MP4 file: an `ftyp` box with the given major brand.
fn ftyp(brand: &[u8; 4]) -> Vec<u8> {
    let mut bytes = vec![0, 0, 0, 0x18];
    bytes.extend_from_slice(b"ftyp");
    bytes.extend_from_slice(brand);
    bytes.extend_from_slice(&[0, 0, 2, 0]);
    bytes.extend_from_slice(b"isommp41");
    bytes.extend_from_slice(&[0, 0, 0, 8]);
    bytes.extend_from_slice(b"free");
    bytes
}

#[test]
fn each_served_type_is_recognised_from_its_bytes() {
    let cases = [
        (png(), MediaType::Png, "image/png", "png"),
        (encoded(image::ImageFormat::Jpeg), MediaType::Jpeg, "image/jpeg", "jpg"),
        (encoded(image::ImageFormat::WebP), MediaType::Webp, "image/webp", "webp"),
        (ftyp(b"isom"), MediaType::Mp4, "video/mp4", "mp4"),
    ];
    for (bytes, expected, mime, extension) in cases {
        assert_eq!(sniff(&bytes), Sniffed::Served(expected), "{mime}");
        // The first SNIFF_LEN bytes are enough (the media route reads no more).
        assert_eq!(served_type(&bytes[..bytes.len().min(SNIFF_LEN)]), Some(expected), "{mime}");
        assert_eq!((expected.mime(), expected.extension()), (mime, extension));
    }
    assert_eq!(MediaType::Mp4.kind(), MediaKind::Clip);
    assert_eq!(MediaType::Webp.kind(), MediaKind::Picture);
}

#[test]
fn correctly_declared_media_keep_their_type() {
    assert_eq!(true_type(MediaKind::Picture, "image/png", &png()), Ok(MediaType::Png));
    assert_eq!(true_type(MediaKind::Clip, "video/mp4", &ftyp(b"mp42")), Ok(MediaType::Mp4));
    assert!(MediaType::Png.matches_declared("IMAGE/PNG; charset=binary"));
    assert!(!MediaType::Png.matches_declared("image/jpeg"));
}

#[test]
fn a_mislabelled_picture_gets_the_type_of_its_bytes() {
    let jpeg = encoded(image::ImageFormat::Jpeg);
    let webp = encoded(image::ImageFormat::WebP);
    assert_eq!(true_type(MediaKind::Picture, "image/jpeg", &png()), Ok(MediaType::Png));
    assert_eq!(true_type(MediaKind::Picture, "image/png", &jpeg), Ok(MediaType::Jpeg));
    assert_eq!(true_type(MediaKind::Picture, "image/jpg", &jpeg), Ok(MediaType::Jpeg));
    assert_eq!(true_type(MediaKind::Picture, "application/octet-stream", &webp), Ok(MediaType::Webp));
    assert_eq!(true_type(MediaKind::Picture, "", &png()), Ok(MediaType::Png));
    assert!(!MediaType::Png.matches_declared("image/jpeg"), "the worker logs the correction");
}

#[test]
fn a_png_declared_as_video_is_refused_in_a_picture_call() {
    let refusal = true_type(MediaKind::Picture, "video/mp4", &png()).unwrap_err();
    assert!(matches!(refusal, MediaRefusal::NotOfKind { wanted: MediaKind::Picture, .. }), "{refusal:?}");
    assert_eq!(
        refusal.to_string(),
        "the picture model sent something that is not a picture (it said video/mp4, the bytes are a PNG image)"
    );
    // Any video type, whatever the bytes.
    assert!(true_type(MediaKind::Picture, "Video/WebM", &png()).is_err());
}

#[test]
fn media_of_the_other_kind_are_refused() {
    let clip = true_type(MediaKind::Picture, "image/png", &ftyp(b"isom")).unwrap_err();
    assert_eq!(clip.to_string(), "the picture model sent something that is not a picture (it said image/png, the bytes are an MP4 video)");
    let picture = true_type(MediaKind::Clip, "video/mp4", &png()).unwrap_err();
    assert_eq!(
        picture.to_string(),
        "the video model sent something that is not a video clip (it said video/mp4, the bytes are a PNG image)"
    );
    assert!(true_type(MediaKind::Clip, "image/png", &ftyp(b"isom")).is_err(), "a picture type declared in a video call");
}

#[test]
fn junk_and_unserved_types_are_refused() {
    let junk = true_type(MediaKind::Picture, "image/png", b"this is not an image").unwrap_err();
    assert_eq!(
        junk.to_string(),
        "the picture model sent something that is not a picture (it said image/png, the bytes are of no known type)"
    );
    assert!(true_type(MediaKind::Picture, "image/png", b"").is_err());
    assert_eq!(sniff(b"ok"), Sniffed::Unknown);

    let gif = b"GIF89a\x14\x00\x14\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04";
    assert_eq!(sniff(gif), Sniffed::Other("image/gif"));
    let refusal = true_type(MediaKind::Picture, "image/gif", gif).unwrap_err();
    assert!(matches!(refusal, MediaRefusal::NotAccepted { .. }), "{refusal:?}");
    assert_eq!(
        refusal.to_string(),
        "the picture model sent a type this server does not accept (it said image/gif, the bytes are of type image/gif); it accepts PNG, JPEG and WebP pictures"
    );

    // A QuickTime movie is a clip, but not one we serve.
    assert_eq!(sniff(&ftyp(b"qt  ")), Sniffed::Other("video/quicktime"));
    assert!(matches!(true_type(MediaKind::Clip, "video/mp4", &ftyp(b"qt  ")), Err(MediaRefusal::NotAccepted { .. })));

    // Bytes a browser might run are never served, whatever the label.
    let html = b"<!DOCTYPE html><html><script>alert(1)</script></html>";
    assert_eq!(served_type(html), None);
    assert!(true_type(MediaKind::Picture, "image/png", html).is_err());
}

#[test]
fn a_declared_type_is_shown_short_and_printable() {
    let hostile = format!("image/png\n\u{1b}[31m{}", "x".repeat(500));
    let refusal = true_type(MediaKind::Picture, &hostile, b"junk").unwrap_err().to_string();
    assert!(!refusal.contains('\n') && !refusal.contains('\u{1b}'), "{refusal}");
    assert!(refusal.len() < 200, "{refusal}");
    assert_eq!(shown(" image/jpeg ; q=1"), "image/jpeg");
    assert_eq!(shown(""), "nothing");
}

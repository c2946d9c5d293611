//! The clip as a browser receives it: a fast-start MP4 (`ftyp`, `moov`, then
//! `mdat`) holding one H.264 High-profile track of the asked size, frame rate
//! and length, with a keyframe every two seconds; made the same way twice
//! from the same seed. Boxes are read per ISO/IEC 14496-12 (sizes are
//! big-endian u32 before a four-letter type).

use crate::clip::{ClipSpec, make};

/// A 1024×768 picture with shapes and gradients (wider than tall, to exercise the square crop), as PNG.
fn picture() -> Vec<u8> {
    let image = image::RgbImage::from_fn(1024, 768, |x, y| {
        let sky = [(90 + y / 8) as u8, (140 + y / 10) as u8, 230];
        let in_sun = (x as i32 - 700).pow(2) + (y as i32 - 200).pow(2) < 90 * 90;
        let ground = y > 500;
        if in_sun {
            image::Rgb([250, 220, 80])
        } else if ground {
            image::Rgb([60, (120 + (x / 16) % 2 * 30) as u8, 60])
        } else {
            image::Rgb(sky)
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Top-level or child boxes of `data`: `(type, body)`.
fn boxes(data: &[u8]) -> Vec<(String, &[u8])> {
    let mut out = Vec::new();
    let mut at = 0;
    while at + 8 <= data.len() {
        let size = u32::from_be_bytes(data[at..at + 4].try_into().unwrap()) as usize;
        let kind = String::from_utf8_lossy(&data[at + 4..at + 8]).to_string();
        assert!(size >= 8 && at + size <= data.len(), "box {kind} of {size} bytes at {at} overruns");
        out.push((kind, &data[at + 8..at + size]));
        at += size;
    }
    out
}

/// The body of the box at `path` (e.g. `["moov", "trak", "mdia"]`).
fn find<'a>(data: &'a [u8], path: &[&str]) -> &'a [u8] {
    let mut current = data;
    for (depth, name) in path.iter().enumerate() {
        // `stsd` has an 8-byte header (version, flags, count) before its entries; `avc1` 78 bytes of fields.
        let children = match depth.checked_sub(1).map(|d| path[d]) {
            Some("stsd") => &current[8..],
            Some("avc1") => &current[78..],
            _ => current,
        };
        current = boxes(children).into_iter().find(|(kind, _)| kind == name).unwrap_or_else(|| panic!("no {name} in {path:?}")).1;
    }
    current
}

fn u32_at(data: &[u8], at: usize) -> u32 {
    u32::from_be_bytes(data[at..at + 4].try_into().unwrap())
}

#[test]
fn the_clip_is_a_fast_start_h264_mp4_of_the_asked_size_rate_and_length() {
    let cases = [ClipSpec::standard(8, 1), ClipSpec { side: 480, fps: 24, seconds: 6, qp: 28, seed: 2 }];
    for spec in cases {
        let clip = make(&picture(), spec).unwrap();
        let top: Vec<String> = boxes(&clip.mp4).into_iter().map(|(kind, _)| kind).collect();
        let order: Vec<&str> = top.iter().map(String::as_str).filter(|k| ["ftyp", "moov", "mdat"].contains(k)).collect();
        assert_eq!(order, ["ftyp", "moov", "mdat"], "fast start: {top:?}");

        let mvhd = find(&clip.mp4, &["moov", "mvhd"]);
        assert_eq!(mvhd[0], 0, "mvhd version 0");
        let (timescale, duration) = (u32_at(mvhd, 12), u32_at(mvhd, 16));
        let seconds = f64::from(duration) / f64::from(timescale);
        assert!((seconds - f64::from(spec.seconds)).abs() < 0.1, "{spec:?}: {seconds} s");

        let tkhd = find(&clip.mp4, &["moov", "trak", "tkhd"]);
        let (width, height) = (u32_at(tkhd, tkhd.len() - 8) >> 16, u32_at(tkhd, tkhd.len() - 4) >> 16);
        assert_eq!((width, height), (spec.side, spec.side));

        let stbl = ["moov", "trak", "mdia", "minf", "stbl"];
        let stsz = find(&clip.mp4, &[&stbl[..], &["stsz"]].concat());
        assert_eq!(u32_at(stsz, 8), spec.fps * spec.seconds, "one sample per frame");
        assert_eq!(clip.frames, spec.fps * spec.seconds);
        let stss = find(&clip.mp4, &[&stbl[..], &["stss"]].concat());
        assert_eq!(u32_at(stss, 4), spec.seconds.div_ceil(2), "a keyframe every two seconds");

        let avcc = find(&clip.mp4, &[&stbl[..], &["stsd", "avc1", "avcC"]].concat());
        assert_eq!(avcc[1], 100, "High profile");
        assert!(avcc[3] <= 31, "level {} fits phones", avcc[3]);
        assert!(clip.mp4.len() < 2_000_000, "{} bytes", clip.mp4.len());
    }
}

#[test]
fn the_same_seed_makes_the_same_clip_and_another_seed_another() {
    let spec = ClipSpec { side: 256, fps: 12, seconds: 6, qp: 30, seed: 5 };
    let a = make(&picture(), spec).unwrap();
    let b = make(&picture(), spec).unwrap();
    assert_eq!(a.mp4, b.mp4);
    let mut others = (6..14).map(|seed| make(&picture(), ClipSpec { seed, ..spec }).unwrap().mp4);
    assert!(others.any(|other| other != a.mp4), "other seeds move the camera differently");
}

#[test]
fn what_is_not_a_picture_is_a_clear_error() {
    let spec = ClipSpec { side: 256, fps: 12, seconds: 6, qp: 30, seed: 1 };
    for bad in [&b""[..], b"not a picture", &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]] {
        let err = make(bad, spec).unwrap_err();
        assert!(err.to_string().starts_with("the scene picture could not be read"), "{err}");
    }
}

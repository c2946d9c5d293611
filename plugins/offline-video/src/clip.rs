//! From a scene picture to an MP4 clip: decode the picture (PNG, JPEG or
//! WebP, size-capped), crop it square and scale it so the tightest framing
//! is still at least one source pixel per output pixel, move the camera over
//! it (`motion`), encode every frame as H.264 High profile (`rusty_h264`),
//! split the stream into access units (`annexb`) and mux them into a
//! fast-start MP4 (`muxide`: `ftyp`, `moov`, `mdat`, so a browser can start
//! playing before the whole file has arrived).
//!
//! Encoder settings follow the checked probe (../shared research,
//! offline-mp4): no B-frames (presentation order = decode order), no
//! macroblock-tree lookahead (one access unit per `encode` call), an IDR
//! frame every two seconds for seeking, level 3.1.

use std::io::Cursor;

use image::imageops::FilterType;
use image::{ImageReader, Limits};
use muxide::api::{MuxerBuilder, VideoCodec};
use rusty_h264_common::YuvFrame;
use rusty_h264_encoder::{Encoder, EncoderConfig};

use crate::annexb::access_units;
use crate::motion::{Path, ZOOM, sample};
use crate::yuv::planes;

/// What clip to make.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClipSpec {
    /// Width and height in pixels (square clips); a multiple of 16.
    pub side: u32,
    /// Frames per second.
    pub fps: u32,
    /// Length in seconds.
    pub seconds: u32,
    /// H.264 quantiser (0–51; lower is better and larger).
    pub qp: u8,
    /// Chooses the camera path.
    pub seed: u64,
}

impl ClipSpec {
    /// 512×512, 24 fps, `seconds` long (clamped to 6–8 s).
    pub fn standard(seconds: u32, seed: u64) -> Self {
        ClipSpec { side: 512, fps: 24, seconds: seconds.clamp(6, 8), qp: 28, seed }
    }
}

/// A finished clip.
#[derive(Debug, Clone)]
pub struct Clip {
    /// The MP4 file.
    pub mp4: Vec<u8>,
    pub frames: u32,
}

/// Why no clip could be made.
#[derive(Debug, thiserror::Error)]
pub enum ClipError {
    #[error("the scene picture could not be read: {0}")]
    Picture(String),
    #[error("the video encoder failed: {0}")]
    Encoder(String),
    #[error("the MP4 muxer failed: {0}")]
    Muxer(String),
}

/// Largest picture side accepted, in pixels (the host never stores larger ones).
const MAX_PICTURE_SIDE: u32 = 4096;

/// Make the clip of `picture` (the encoded file: PNG, JPEG or WebP).
pub fn make(picture: &[u8], spec: ClipSpec) -> Result<Clip, ClipError> {
    let side = spec.side as usize;
    // The tight framing is `1/ZOOM` of the source: scale so it still covers `side` pixels.
    let source_side = ((f64::from(spec.side) * ZOOM).ceil() as u32 + 1) & !1;
    let rgb = decode_square(picture, source_side)?;
    let planes = planes(source_side as usize, source_side as usize, &rgb);
    let path = Path::choose(f64::from(source_side), spec.seed);

    let mut config = EncoderConfig::new(side, side);
    config.qp = spec.qp;
    config.framerate = spec.fps as f32;
    config.mbtree = false;
    config.bframes = 0;
    config.gop_size = spec.fps * 2;
    config.level_idc = 31;
    let mut encoder = Encoder::new(config).map_err(|e| ClipError::Encoder(e.to_string()))?;

    let frames = spec.fps * spec.seconds;
    let mut stream = Vec::new();
    for index in 0..frames {
        let t = if frames > 1 { f64::from(index) / f64::from(frames - 1) } else { 0.0 };
        let frame = sample(&planes, path.at(t), side);
        let yuv = YuvFrame { width: side, height: side, y: frame.y, u: frame.cb, v: frame.cr };
        stream.extend_from_slice(&encoder.try_encode(&yuv).map_err(|e| ClipError::Encoder(e.to_string()))?);
    }
    stream.extend_from_slice(&encoder.try_flush().map_err(|e| ClipError::Encoder(e.to_string()))?);

    let units = access_units(&stream);
    if units.len() != frames as usize || !units.first().is_some_and(|u| u.keyframe) {
        return Err(ClipError::Encoder(format!("{} pictures came out for {frames} frames", units.len())));
    }
    let mut muxer = MuxerBuilder::new(Vec::<u8>::new())
        .video(VideoCodec::H264, spec.side, spec.side, f64::from(spec.fps))
        .with_fast_start(true)
        .build()
        .map_err(|e| ClipError::Muxer(e.to_string()))?;
    for (index, unit) in units.iter().enumerate() {
        let pts = index as f64 / f64::from(spec.fps);
        muxer.write_video(pts, &unit.bytes, unit.keyframe).map_err(|e| ClipError::Muxer(e.to_string()))?;
    }
    muxer.finish_in_place().map_err(|e| ClipError::Muxer(e.to_string()))?;
    Ok(Clip { mp4: muxer.into_writer(), frames })
}

/// Decode `picture`, crop its middle square and scale it to `side`×`side` packed RGB.
fn decode_square(picture: &[u8], side: u32) -> Result<Vec<u8>, ClipError> {
    let mut reader = ImageReader::new(Cursor::new(picture)).with_guessed_format().map_err(|e| ClipError::Picture(e.to_string()))?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_PICTURE_SIDE);
    limits.max_image_height = Some(MAX_PICTURE_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| ClipError::Picture(e.to_string()))?;
    Ok(image.resize_to_fill(side, side, FilterType::Triangle).to_rgb8().into_raw())
}

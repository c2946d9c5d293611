//! The built-in offline video plugin: a short H.264 MP4 clip of the scene
//! picture with a slow pan and zoom, made inside the sandbox with no network
//! (`clip`). The camera lives in `motion`, colour planes in `yuv`, the H.264
//! stream's access units in `annexb`.
//!
//! Its plugin export (below, contract 0.2) offers one `video` model,
//! `pan-and-zoom`, whose `submit-video` answers `done` with the finished clip
//! within the call: 512×512, 24 fps, 6–8 s, the camera path chosen by the
//! prompt, so a scene's clip is always the same. A scene without a picture
//! gets `invalid-request`. Stories and pictures get the SDK's `unsupported`.

pub mod annexb;
pub mod clip;
pub mod motion;
pub mod yuv;

#[cfg(test)]
mod plugin_tests;
#[cfg(test)]
mod tests;

use storyloom_plugin_sdk::prelude::*;
use storyloom_plugin_sdk::rng;

use crate::clip::{ClipError, ClipSpec};

/// The model key this plugin answers to.
pub const MODEL_KEY: &str = "pan-and-zoom";

/// What a parent reads when a scene has no picture to animate.
pub const NO_PICTURE: &str = "the built-in clip maker animates the scene's picture; there is none";

/// The plugin: one offline video model.
pub struct PanAndZoom;

impl Plugin for PanAndZoom {
    fn describe() -> PluginInfo {
        PluginInfo::new("builtin-video", "0.1.0")
            .model(video_model(MODEL_KEY, "Pan and Zoom (offline)", "Built-in").aspect_ratios(&["1:1"]))
    }

    fn submit_video(req: VideoRequest) -> Result<VideoStatus, PluginError> {
        if req.model != MODEL_KEY {
            return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-video", req.model)));
        }
        let Some(picture) = req.image else {
            return Err(PluginError::InvalidRequest(NO_PICTURE.to_string()));
        };
        let spec = ClipSpec::standard(req.duration_secs, rng::hash_parts([req.prompt.as_str()]));
        let clip = clip::make(&picture.bytes, spec).map_err(|err| match err {
            ClipError::Picture(_) => PluginError::InvalidRequest(err.to_string()),
            // Deterministic: asking again would fail the same way.
            ClipError::Encoder(_) | ClipError::Muxer(_) => PluginError::InvalidRequest(format!("the clip could not be made: {err}")),
        })?;
        Ok(VideoStatus::Done(Media { media_type: "video/mp4".into(), bytes: clip.mp4 }))
    }
}

export_plugin!(PanAndZoom);

//! The plugin export, natively: what `describe` offers, a clip for a scene
//! with a picture (the same prompt makes the same clip), and the clear
//! refusals (no picture, another model, bytes that are not a picture).

use storyloom_plugin_sdk::prelude::*;

use crate::{MODEL_KEY, NO_PICTURE, PanAndZoom};

/// A 300×200 PNG with a gradient and a square.
fn picture() -> Vec<u8> {
    let image = image::RgbImage::from_fn(300, 200, |x, y| {
        if (100..160).contains(&x) && (60..120).contains(&y) {
            image::Rgb([240, 200, 40])
        } else {
            image::Rgb([(x / 2) as u8, (y / 2) as u8, 180])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

fn request(prompt: &str, image: Option<Vec<u8>>) -> VideoRequest {
    VideoRequest {
        model: MODEL_KEY.into(),
        prompt: prompt.into(),
        image: image.map(|bytes| Media { media_type: "image/png".into(), bytes }),
        duration_secs: 6,
        aspect_ratio: "1:1".into(),
        settings: Vec::new(),
    }
}

#[test]
fn it_offers_one_offline_square_video_model_and_needs_nothing() {
    let info = PanAndZoom::describe();
    assert_eq!((info.id.as_str(), info.version.as_str()), ("builtin-video", "0.1.0"));
    assert_eq!(info.models.len(), 1);
    let model = &info.models[0];
    assert_eq!(
        (model.key.as_str(), model.display_name.as_str(), model.provider_group.as_str()),
        (MODEL_KEY, "Pan and Zoom (offline)", "Built-in")
    );
    assert_eq!(model.kind, ModelKind::Video);
    assert_eq!(model.credential, None);
    assert_eq!(model.capabilities.aspect_ratios, ["1:1"]);
    assert!(info.credentials.is_empty() && info.settings.is_empty() && info.hosts.is_empty());
}

#[test]
fn a_scene_with_a_picture_gets_its_clip_at_once_and_the_prompt_picks_the_camera() {
    let Ok(VideoStatus::Done(clip)) = PanAndZoom::submit_video(request("a fox at dawn", Some(picture()))) else { panic!("no clip") };
    assert_eq!(clip.media_type, "video/mp4");
    assert_eq!(&clip.bytes[4..8], b"ftyp");
    let Ok(VideoStatus::Done(again)) = PanAndZoom::submit_video(request("a fox at dawn", Some(picture()))) else { panic!("no clip") };
    assert_eq!(clip.bytes, again.bytes, "the same scene makes the same clip");
}

#[test]
fn no_picture_another_model_or_a_broken_picture_are_clear_errors() {
    assert_eq!(PanAndZoom::submit_video(request("a fox", None)), Err(PluginError::InvalidRequest(NO_PICTURE.into())));
    let other = VideoRequest { model: "grok-imagine-video".into(), ..request("a fox", Some(picture())) };
    assert!(matches!(PanAndZoom::submit_video(other), Err(PluginError::Unsupported(_))));
    let broken = PanAndZoom::submit_video(request("a fox", Some(b"not a picture".to_vec())));
    assert!(matches!(&broken, Err(PluginError::InvalidRequest(m)) if m.starts_with("the scene picture could not be read")), "{broken:?}");
    let poll = PanAndZoom::poll_video(VideoPoll { model: MODEL_KEY.into(), job_id: "x".into(), settings: Vec::new() });
    assert!(matches!(poll, Err(PluginError::Unsupported(_))));
}

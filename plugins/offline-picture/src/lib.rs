//! The built-in offline picture plugin: wit-bindgen glue only. It offers one
//! image model, `picture-book`, that paints a deterministic picture-book
//! vignette from the prompt's words with no network; the painting lives in
//! `draw.rs` and the modules it uses.

mod canvas;
mod creatures;
mod draw;
mod paint;
mod people;
mod prompt;
mod rng;
mod scene;
mod things;

#[cfg(test)]
mod tests;

/// wit-bindgen's generated ABI code uses `unsafe` (and long argument lists);
/// nothing hand-written here does.
#[allow(unsafe_code, clippy::too_many_arguments)]
mod glue {
    wit_bindgen::generate!({ world: "plugin", path: "../../wit/0.1" });

    use crate::draw;
    use storyloom::plugin::types::{Capabilities, ModelInfo, ModelKind};

    /// The model key this plugin answers to.
    const MODEL_KEY: &str = "picture-book";

    struct Component;

    impl Guest for Component {
        fn describe() -> PluginInfo {
            PluginInfo {
                id: "builtin-picture".into(),
                version: "0.1.0".into(),
                models: vec![ModelInfo {
                    key: MODEL_KEY.into(),
                    display_name: "Picture Book (offline)".into(),
                    provider_group: "Built-in".into(),
                    kind: ModelKind::Image,
                    credential: None,
                    capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: vec!["1:1".into()] },
                }],
                credentials: vec![],
                settings: vec![],
                hosts: vec![],
            }
        }

        fn generate_story(_req: StoryRequest) -> Result<StoryReply, PluginError> {
            Err(PluginError::Unsupported("builtin-picture only draws pictures".into()))
        }

        fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
            if req.model != MODEL_KEY {
                return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-picture", req.model)));
            }
            let bytes = draw::render_png(&req.prompt, req.width, req.height)
                .map_err(|e| PluginError::Transient(format!("could not encode the picture: {e}")))?;
            Ok(Media { media_type: "image/png".into(), bytes })
        }

        fn submit_video(_req: VideoRequest) -> Result<VideoJob, PluginError> {
            Err(PluginError::Unsupported("builtin-picture does not make videos".into()))
        }

        fn poll_video(_req: VideoPoll) -> Result<VideoStatus, PluginError> {
            Err(PluginError::Unsupported("builtin-picture does not make videos".into()))
        }
    }

    export!(Component);
}

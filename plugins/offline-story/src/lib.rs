//! The built-in offline storyteller plugin: wit-bindgen glue only. It offers
//! one story model, `storyteller`, that writes scenes from templates with no
//! network; the writing itself lives in `story.rs` and the modules it uses.

mod bank;
mod cast;
mod lines;
mod premise;
mod rng;
mod story;
mod text;
mod words;

#[cfg(test)]
mod tests;

/// wit-bindgen's generated ABI code uses `unsafe` (and long argument lists);
/// nothing hand-written here does.
#[allow(unsafe_code, clippy::too_many_arguments)]
mod glue {
    wit_bindgen::generate!({ world: "plugin", path: "../../wit/0.1" });

    use crate::story;
    use storyloom::plugin::types::{Capabilities, ModelInfo, ModelKind};

    /// The model key this plugin answers to.
    const MODEL_KEY: &str = "storyteller";

    struct Component;

    impl Guest for Component {
        fn describe() -> PluginInfo {
            PluginInfo {
                id: "builtin-story".into(),
                version: "0.1.0".into(),
                models: vec![ModelInfo {
                    key: MODEL_KEY.into(),
                    display_name: "Storyteller (offline)".into(),
                    provider_group: "Built-in".into(),
                    kind: ModelKind::Story,
                    credential: None,
                    capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: vec![] },
                }],
                credentials: vec![],
                settings: vec![],
                hosts: vec![],
            }
        }

        fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
            if req.model != MODEL_KEY {
                return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-story", req.model)));
            }
            let hints = story::Hints {
                premise: &req.hints.premise,
                path: &req.hints.path,
                scene_number: req.hints.scene_number,
                target_scenes: req.hints.target_scenes,
            };
            story::scene_json(hints)
                .map(|text| StoryReply { text })
                .map_err(|e| PluginError::InvalidRequest(format!("could not encode the scene: {e}")))
        }

        fn generate_image(_req: ImageRequest) -> Result<Media, PluginError> {
            Err(PluginError::Unsupported("builtin-story only writes stories".into()))
        }

        fn submit_video(_req: VideoRequest) -> Result<VideoJob, PluginError> {
            Err(PluginError::Unsupported("builtin-story does not make videos".into()))
        }

        fn poll_video(_req: VideoPoll) -> Result<VideoStatus, PluginError> {
            Err(PluginError::Unsupported("builtin-story does not make videos".into()))
        }
    }

    export!(Component);
}

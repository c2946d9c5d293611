//! The built-in offline picture plugin: its `describe` and the one call it
//! answers. It offers one image model, `picture-book`, that paints a
//! deterministic picture-book vignette from the prompt's words with no
//! network; the painting lives in `draw.rs` and the modules it uses, varied by
//! the SDK's deterministic `rng`. Stories and videos get the SDK's
//! `unsupported` answers.

mod canvas;
mod creatures;
mod draw;
mod look;
mod paint;
mod people;
mod prompt;
mod scene;
mod things;

#[cfg(test)]
mod tests;

use storyloom_plugin_sdk::prelude::*;

/// The model key this plugin answers to.
const MODEL_KEY: &str = "picture-book";

struct PictureBook;

impl Plugin for PictureBook {
    fn describe() -> PluginInfo {
        PluginInfo::new("builtin-picture", "0.1.0")
            .model(image_model(MODEL_KEY, "Picture Book (offline)", "Built-in").aspect_ratios(&["1:1"]))
    }

    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        if req.model != MODEL_KEY {
            return Err(PluginError::Unsupported(format!("model {:?} is not offered by builtin-picture", req.model)));
        }
        let bytes = draw::render_png(&req.prompt, req.width, req.height)
            .map_err(|e| PluginError::Transient(format!("could not encode the picture: {e}")))?;
        // No description of its own yet: the host uses the scene's picture prompt as the alt text.
        Ok(Picture { media: Media { media_type: "image/png".into(), bytes }, description: None })
    }
}

export_plugin!(PictureBook);

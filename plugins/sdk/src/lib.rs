//! The Storyloom plugin SDK: everything a model plugin needs, so that a
//! plugin keeps only its catalog, its request building and its answer parsing.
//!
//! ```ignore
//! use storyloom_plugin_sdk::prelude::*;
//!
//! struct MyPlugin;
//!
//! impl Plugin for MyPlugin {
//!     fn describe() -> PluginInfo { /* id, models, credentials, settings, hosts */ }
//!     fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> { /* … `Ok(media.into())` */ }
//! }
//!
//! export_plugin!(MyPlugin);
//! ```
//!
//! Modules:
//! - [`http`]: requests through the host's checked `http.fetch` (a builder
//!   that names a credential and a shorter timeout), typed responses, and the
//!   [`http::Fetch`] seam that tests replace with [`testing::FakeHttp`].
//! - [`failure`]: provider answers and host refusals as `plugin-error`s
//!   (429 with its wait, 408/409/5xx/529 transient, 401/403 unauthorized, …).
//! - [`retry_after`]: `retry-after-ms`, `retry-after` seconds and HTTP dates.
//! - [`encoding`]: base64, `data:` URIs, pictures known by their magic bytes.
//! - [`download`]: pictures answered as a link (`data[0].url`), fetched at once
//!   from a declared origin only (the key only on the API's own origin).
//! - [`settings`]: the settings the host passes with every call.
//! - [`describe`]: short constructors for `describe`'s records, aspect-ratio snapping.
//! - [`chat_completions`]: OpenAI's Chat Completions wire format (xAI, gateways
//!   and local servers speak it too): the story request's body and its answer.
//! - [`rng`]: a small deterministic generator and hash for offline plugins.
//! - [`log`]: log lines through the host.
//!
//! The SDK follows contract 0.3 (`wit/0.3`): a story call's [`StoryHints`]
//! carry the story's `seed` (the same for every scene and branch of one
//! story), and `generate_image` answers a [`Picture`]: the media and, when the
//! plugin can say, a short description of what it drew (the picture's alt
//! text; `Picture::from(media)` gives none).
//!
//! Every call a plugin does not implement answers `unsupported`. The
//! generated bindings stay inside the SDK (`wit`, hidden); the types a plugin
//! needs are re-exported here.

#[allow(unsafe_code, clippy::too_many_arguments, missing_docs)] // wit-bindgen's generated ABI code
#[doc(hidden)]
pub mod wit;

pub mod chat_completions;
pub mod describe;
pub mod download;
pub mod encoding;
pub mod failure;
pub mod http;
pub mod log;
pub mod retry_after;
pub mod rng;
pub mod settings;
pub mod testing;

pub use wit::storyloom::plugin::types::{
    Capabilities, Credential, HostRule, ImageRequest, Media, Message, ModelInfo, ModelKind, Picture, PluginError, PluginInfo, RateLimit,
    Setting, SettingDecl, StoryHints, StoryReply, StoryRequest, VideoLink, VideoPoll, VideoProgress, VideoRequest, VideoStatus,
};

impl From<Media> for Picture {
    /// A picture with no description of its own (the host then uses the
    /// scene's picture prompt as its alt text).
    fn from(media: Media) -> Picture {
        Picture { media, description: None }
    }
}

/// A Storyloom plugin. Each function is one call of the WIT contract, run on a
/// fresh instance; every call but `describe` has a default that answers
/// `unsupported`, so a plugin implements only what it offers.
pub trait Plugin {
    /// Who the plugin is: id, version, models, credentials, settings, hosts.
    fn describe() -> PluginInfo;

    /// Write the next scene (a `story` model).
    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        Err(failure::unsupported(&format!("this plugin writes no stories (asked for {:?})", req.model)))
    }

    /// Draw a picture (an `image` model): the media, and a short description
    /// of what was drawn when the plugin can say (`media.into()` for none).
    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        Err(failure::unsupported(&format!("this plugin draws no pictures (asked for {:?})", req.model)))
    }

    /// Make or start a video clip (a `video` model): `VideoStatus::Done` with
    /// the clip when it is made within the call (`video/mp4`),
    /// `VideoStatus::Ready` with a link to a finished clip the host downloads
    /// itself, or `VideoStatus::Pending` with the provider's job id, when to
    /// ask again and its progress (the host then calls `poll_video`).
    fn submit_video(req: VideoRequest) -> Result<VideoStatus, PluginError> {
        Err(failure::unsupported(&format!("this plugin makes no videos (asked for {:?})", req.model)))
    }

    /// Ask whether the job `req.job_id` (from an earlier `Pending`) is finished;
    /// answers as `submit_video`.
    fn poll_video(req: VideoPoll) -> Result<VideoStatus, PluginError> {
        Err(failure::unsupported(&format!("this plugin makes no videos (asked for {:?})", req.model)))
    }
}

/// Forwards the generated `Guest` trait to a [`Plugin`].
#[doc(hidden)]
pub struct Adapter<P>(std::marker::PhantomData<P>);

impl<P: Plugin> wit::Guest for Adapter<P> {
    fn describe() -> PluginInfo {
        report_panics();
        P::describe()
    }
    fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
        report_panics();
        P::generate_story(req)
    }
    fn generate_image(req: ImageRequest) -> Result<Picture, PluginError> {
        report_panics();
        P::generate_image(req)
    }
    fn submit_video(req: VideoRequest) -> Result<VideoStatus, PluginError> {
        report_panics();
        P::submit_video(req)
    }
    fn poll_video(req: VideoPoll) -> Result<VideoStatus, PluginError> {
        report_panics();
        P::poll_video(req)
    }
}

/// Send a panic's message and place to the host's log before the instance
/// traps, so a plugin author sees why (the trap alone says only "unreachable").
fn report_panics() {
    std::panic::set_hook(Box::new(|info| log::log(log::LogLevel::Error, &format!("the plugin panicked: {info}"))));
}

/// Export `$plugin` (a type implementing [`Plugin`]) as the component's implementation.
#[macro_export]
macro_rules! export_plugin {
    ($plugin:ty) => {
        type __StoryloomPluginAdapter = $crate::Adapter<$plugin>;
        $crate::wit::__export_wit!(__StoryloomPluginAdapter with_types_in $crate::wit);
    };
}

/// What most plugins `use`.
pub mod prelude {
    pub use crate::describe::{image_model, story_model, video_model};
    pub use crate::failure;
    pub use crate::http::{Fetch, Host, Request, Response};
    pub use crate::{
        Credential, HostRule, ImageRequest, Media, ModelInfo, ModelKind, Picture, Plugin, PluginError, PluginInfo, SettingDecl, StoryReply,
        StoryRequest, VideoLink, VideoPoll, VideoProgress, VideoRequest, VideoStatus, export_plugin,
    };
}

#[cfg(test)]
mod tests {
    use super::{Media, Picture};

    #[test]
    fn media_becomes_a_picture_with_no_description() {
        let media = Media { media_type: "image/png".into(), bytes: vec![1, 2, 3] };
        let picture = Picture::from(media.clone());
        assert_eq!(picture, Picture { media, description: None });
    }
}

//! Host bindings for every supported version of the plugin contract, Zed's
//! `since_vX` pattern: one `bindgen!` module per released WIT folder
//! (`v0_1` for `wit/0.1`, `v0_2` for `wit/0.2`, `v0_3` for `wit/0.3`), the
//! latest version's types (0.3) used throughout the host, and each older
//! version converted straight to and from them at its edge (no chain: 0.1
//! converts to 0.3 as 0.2 does).
//!
//! A component's version is read from the names of its imports
//! (`storyloom:plugin/http@0.1.0`, …) when it is loaded; [`VersionedPre`]
//! holds its pre-linked instance for that version, and [`run`] makes one call
//! in the latest terms whatever the version. One `Linker` serves every
//! version's `http` and `logging` imports: the 0.1 and 0.2 ones convert and
//! delegate to the 0.3 implementation, so the gate and the call's budgets are
//! shared.

pub mod v0_1;
pub mod v0_2;
pub mod v0_3;

use wasmtime::component::{Component, InstancePre, Linker};
use wasmtime::{Engine, Store};

use super::call::{Answer, Call, CallState};

pub use v0_3::storyloom::plugin::http as wit_http;
pub use v0_3::storyloom::plugin::logging as wit_logging;
pub use v0_3::storyloom::plugin::types as wit_types;

/// The WIT package every version of the contract belongs to.
const PACKAGE: &str = "storyloom:plugin/";

/// A released version of the plugin contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub enum ContractVersion {
    /// `wit/0.1`: video as a job only (`submit-video` → `video-job`, `poll-video` → pending or done).
    V0_1,
    /// `wit/0.2`: video answers a `video-status` (pending with progress, done, or a link to download).
    V0_2,
    /// `wit/0.3`: story hints carry the story's `seed`; `generate-image` answers a
    /// `picture` (the media and an optional description of what was drawn).
    V0_3,
}

impl ContractVersion {
    /// Every version this host runs, oldest first.
    pub const ALL: [ContractVersion; 3] = [ContractVersion::V0_1, ContractVersion::V0_2, ContractVersion::V0_3];
    /// The version the host's own types follow.
    pub const LATEST: ContractVersion = ContractVersion::V0_3;

    /// The package version, e.g. `"0.3.0"`.
    pub fn as_str(self) -> &'static str {
        match self {
            ContractVersion::V0_1 => "0.1.0",
            ContractVersion::V0_2 => "0.2.0",
            ContractVersion::V0_3 => "0.3.0",
        }
    }

    fn parse(version: &str) -> Option<ContractVersion> {
        Self::ALL.into_iter().find(|v| v.as_str() == version)
    }
}

impl std::fmt::Display for ContractVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The contract version `component` was built against, from its imports'
/// names. `Ok(None)` when it imports nothing of the contract (then only its
/// exports can tell: see [`VersionedPre::new`]). An unknown version, or two
/// versions at once, is an error naming what this host runs.
pub fn detect(engine: &Engine, component: &Component) -> Result<Option<ContractVersion>, String> {
    let mut found: Option<ContractVersion> = None;
    for (name, _) in component.component_type().imports(engine) {
        let Some(rest) = name.strip_prefix(PACKAGE) else { continue };
        let version_text = rest.split_once('@').map_or("", |(_, v)| v);
        let Some(version) = ContractVersion::parse(version_text) else {
            let shown: String = version_text.chars().filter(|c| c.is_ascii_graphic()).take(20).collect();
            return Err(format!(
                "it was built for version {} of the Storyloom plugin contract; this Storyloom runs {}",
                if shown.is_empty() { "(none)" } else { shown.as_str() },
                supported()
            ));
        };
        match found {
            Some(other) if other != version => {
                return Err(format!("it imports versions {other} and {version} of the Storyloom plugin contract at once"));
            }
            _ => found = Some(version),
        }
    }
    Ok(found)
}

/// "0.1.0, 0.2.0 and 0.3.0", for messages.
fn supported() -> String {
    match ContractVersion::ALL.split_last() {
        Some((last, [])) => last.as_str().to_string(),
        Some((last, rest)) => {
            let rest: Vec<&str> = rest.iter().map(|v| v.as_str()).collect();
            format!("{} and {}", rest.join(", "), last.as_str())
        }
        None => String::new(),
    }
}

/// The linker every plugin is pre-instantiated with: WASI p2 (as std needs
/// it, with nothing granted) plus the `http` and `logging` imports of every
/// contract version.
pub fn linker(engine: &Engine) -> wasmtime::Result<Linker<CallState>> {
    use wasmtime::component::HasSelf;
    let mut linker = Linker::new(engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    v0_1::Plugin::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state)?;
    v0_2::Plugin::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state)?;
    v0_3::Plugin::add_to_linker::<_, HasSelf<_>>(&mut linker, |state| state)?;
    Ok(linker)
}

/// A plugin linked once, ready for a fresh instance per call, in its own contract version.
#[derive(Clone)]
pub enum VersionedPre {
    V0_1(v0_1::PluginPre<CallState>),
    V0_2(v0_2::PluginPre<CallState>),
    V0_3(v0_3::PluginPre<CallState>),
}

impl VersionedPre {
    /// Check `pre`'s exports against `version`'s world. With no version known
    /// (the component imports nothing of the contract), the latest world is
    /// tried first, then the older ones.
    pub fn new(pre: InstancePre<CallState>, version: Option<ContractVersion>) -> anyhow::Result<VersionedPre> {
        let attempt = |version: ContractVersion| -> wasmtime::Result<VersionedPre> {
            Ok(match version {
                ContractVersion::V0_1 => VersionedPre::V0_1(v0_1::PluginPre::new(pre.clone())?),
                ContractVersion::V0_2 => VersionedPre::V0_2(v0_2::PluginPre::new(pre.clone())?),
                ContractVersion::V0_3 => VersionedPre::V0_3(v0_3::PluginPre::new(pre.clone())?),
            })
        };
        if let Some(version) = version {
            return attempt(version).map_err(|e| anyhow::anyhow!("not a Storyloom {version} plugin: {e:#}"));
        }
        let mut first_error = None;
        for version in ContractVersion::ALL.into_iter().rev() {
            match attempt(version) {
                Ok(pre) => return Ok(pre),
                Err(e) => {
                    first_error.get_or_insert(e);
                }
            }
        }
        let detail = first_error.map(|e| format!("{e:#}")).unwrap_or_default();
        Err(anyhow::anyhow!("not a Storyloom plugin (contract {}): {detail}", supported()))
    }

    /// The contract version this plugin was built against.
    pub fn version(&self) -> ContractVersion {
        match self {
            VersionedPre::V0_1(_) => ContractVersion::V0_1,
            VersionedPre::V0_2(_) => ContractVersion::V0_2,
            VersionedPre::V0_3(_) => ContractVersion::V0_3,
        }
    }
}

/// Instantiate `pre` in `store` and make `call`, answering in the latest terms.
pub async fn run(pre: &VersionedPre, store: &mut Store<CallState>, call: Call<'_>) -> wasmtime::Result<Answer> {
    match pre {
        VersionedPre::V0_1(pre) => v0_1::run(pre, store, call).await,
        VersionedPre::V0_2(pre) => v0_2::run(pre, store, call).await,
        VersionedPre::V0_3(pre) => {
            let instance = pre.instantiate_async(&mut *store).await?;
            Ok(match call {
                Call::Describe => Answer::Describe(instance.call_describe(&mut *store).await?),
                Call::Story(req) => Answer::Story(instance.call_generate_story(&mut *store, req).await?),
                Call::Image(req) => Answer::Image(instance.call_generate_image(&mut *store, req).await?),
                Call::SubmitVideo(req) => Answer::Video(instance.call_submit_video(&mut *store, req).await?),
                Call::PollVideo(req) => Answer::Video(instance.call_poll_video(&mut *store, req).await?),
            })
        }
    }
}

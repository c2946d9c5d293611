//! Compiled plugins on disk, so a restart does not recompile.
//!
//! An artifact is named `<sha256 of the .wasm>-<engine fingerprint>.cwasm`
//! and lives in a directory only the host writes to. Deserializing compiled
//! code is `unsafe` in wasmtime because the bytes are trusted as machine
//! code: that is why only files this module wrote, under a name derived from
//! the wasm's own hash, are ever loaded. Any load error falls back to a fresh
//! compile that overwrites the artifact.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use wasmtime::Engine;
use wasmtime::component::Component;

use crate::blobs::atomic::write_atomically;

/// Where compiled plugins are kept.
#[derive(Debug, Clone)]
pub struct CompileCache {
    dir: PathBuf,
    engine_key: String,
}

/// How a component was obtained, for logs and benchmarks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheOutcome {
    Hit,
    Compiled,
}

impl CompileCache {
    pub fn new(dir: PathBuf, engine: &Engine) -> Self {
        Self { dir, engine_key: super::engine::compatibility_key(engine) }
    }

    /// The component for `wasm`, from the cache when a valid artifact exists.
    pub fn load(&self, engine: &Engine, wasm: &[u8]) -> wasmtime::Result<(Component, CacheOutcome)> {
        let hash = hex::encode(Sha256::digest(wasm));
        let path = self.dir.join(format!("{hash}-{}-{}.cwasm", self.engine_key, wasmtime_version()));
        if path.is_file() {
            match load_artifact(engine, &path) {
                Ok(component) => return Ok((component, CacheOutcome::Hit)),
                Err(err) => tracing::warn!(path = %path.display(), "compiled plugin unusable, recompiling: {err:#}"),
            }
        }
        let component = Component::new(engine, wasm)?;
        match component.serialize() {
            Ok(bytes) => {
                if let Err(err) = std::fs::create_dir_all(&self.dir).and_then(|()| write_atomically(&path, &bytes)) {
                    tracing::warn!(path = %path.display(), "could not cache a compiled plugin: {err}");
                }
            }
            Err(err) => tracing::warn!("could not serialize a compiled plugin: {err:#}"),
        }
        Ok((component, CacheOutcome::Compiled))
    }
}

/// The exact wasmtime version compiled artifacts belong to (read from Cargo.lock by build.rs).
fn wasmtime_version() -> &'static str {
    concat!("wasmtime", env!("STORYLOOM_WASMTIME_VERSION"))
}

/// Map an artifact and deserialize it. A mapped file truncated in place would
/// crash the process with SIGBUS; only the host writes this directory, and
/// always a new file renamed over the old name (`write_atomically`), which
/// leaves a mapped file as it was. Whoever could write in place there could
/// as well put their own machine code in it, which the cache trusts already.
#[allow(unsafe_code)]
fn load_artifact(engine: &Engine, path: &Path) -> wasmtime::Result<Component> {
    // SAFETY: `path` is inside the host's own cache directory and its name is
    // derived from the hash of the wasm it was compiled from; only
    // `CompileCache::load` writes there, atomically (a new file renamed over
    // the old name, so a file mapped here is never written in place while
    // mapped). wasmtime itself rejects artifacts from other engine versions
    // or settings, and garbage. The file is mapped, not copied: the code of a
    // plugin only takes memory once its pages are run (issue 19: about 12 MB
    // less idle memory for the seven bundled plugins than reading them in).
    unsafe { Component::deserialize_file(engine, path) }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // tests may fail loudly

    use super::*;

    /// The smallest bundled plugin.
    fn wasm() -> &'static [u8] {
        super::super::BUNDLED.iter().map(|(_, bytes)| *bytes).min_by_key(|bytes| bytes.len()).unwrap()
    }

    #[test]
    fn an_artifact_is_mapped_again_and_a_broken_one_is_compiled_again() {
        let dir = tempfile::tempdir().unwrap();
        let engine = super::super::engine::build(4).unwrap();
        let cache = CompileCache::new(dir.path().to_path_buf(), &engine);
        assert_eq!(cache.load(&engine, wasm()).unwrap().1, CacheOutcome::Compiled);
        let (mapped, outcome) = cache.load(&engine, wasm()).unwrap();
        assert_eq!(outcome, CacheOutcome::Hit);
        drop(mapped); // unmapped: the file may now be broken in place
        let artifact = std::fs::read_dir(dir.path()).unwrap().next().unwrap().unwrap().path();
        for broken in [b"not machine code".as_slice(), b""] {
            std::fs::write(&artifact, broken).unwrap();
            assert_eq!(cache.load(&engine, wasm()).unwrap().1, CacheOutcome::Compiled, "{broken:?}");
            assert_eq!(cache.load(&engine, wasm()).unwrap().1, CacheOutcome::Hit, "written again whole");
        }
    }
}

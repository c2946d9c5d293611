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

/// Read an artifact into memory and deserialize it. (Not `deserialize_file`:
/// that maps the file, and a file truncated while mapped would crash the
/// process with SIGBUS. Reading costs ~0.1 ms more per plugin at start-up.)
#[allow(unsafe_code)]
fn load_artifact(engine: &Engine, path: &Path) -> wasmtime::Result<Component> {
    let bytes = std::fs::read(path)?;
    // SAFETY: `path` is inside the host's own cache directory and its name is
    // derived from the hash of the wasm it was compiled from; only
    // `CompileCache::load` writes there, atomically. wasmtime itself rejects
    // artifacts from other engine versions or settings, and garbage.
    unsafe { Component::deserialize(engine, &bytes) }
}

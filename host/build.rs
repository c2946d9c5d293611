//! Builds the bundled WASM plugins (and the hostile test guests) for `wasm32-wasip2`
//! with an inner cargo, so that a plain `cargo build` / `cargo test` on a clean
//! clone embeds fresh plugins in the `storyloom` binary.
//!
//! The inner cargo uses its own target dir (`target/plugins`): sharing the outer
//! one deadlocks on cargo's lock. Variables the outer cargo sets for the host are
//! removed so that host flags (or clippy) never leak into the wasm build.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Bundled plugins: embedded in the binary and loaded at every start.
const BUNDLED: &[&str] = &["offline-story", "offline-picture", "offline-video", "openai", "anthropic", "xai", "gemini"];
/// Plugins the tests load as dropped-in files; built, never embedded: the
/// misbehaving guest of the sandbox and trust tests (contract 0.1), a small
/// contract-0.2 guest for the edge conversion, a contract-0.3 guest that
/// describes its pictures and shows its seed, and the worked example of
/// `docs/plugins.md`.
const TEST_GUESTS: &[&str] = &["hostile-guest", "contract-0-2-guest", "describing-guest", "compatible-image"];

fn main() {
    let manifest_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let root = manifest_dir.parent().map(Path::to_path_buf).unwrap_or(manifest_dir);
    let out_dir = PathBuf::from(env("OUT_DIR"));
    let target_dir = root.join("target").join("plugins");

    for watched in ["wit", "plugins", "examples/plugins", "test-support/guests", "Cargo.toml", "Cargo.lock", ".cargo/config.toml"] {
        println!("cargo::rerun-if-changed={}", root.join(watched).display());
    }

    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    let mut cmd = Command::new(cargo);
    cmd.current_dir(&root).args(["build", "--locked", "--profile", "plugin", "--target", "wasm32-wasip2", "--target-dir"]).arg(&target_dir);
    for name in BUNDLED.iter().chain(TEST_GUESTS) {
        cmd.args(["-p", name]);
    }
    for (key, _) in std::env::vars() {
        if key == "CARGO_ENCODED_RUSTFLAGS" || key == "RUSTFLAGS" || key == "RUSTC_WORKSPACE_WRAPPER" || key.starts_with("CARGO_PROFILE_") {
            cmd.env_remove(key);
        }
    }
    let output = match cmd.output() {
        Ok(output) => output,
        Err(err) => fail(&format!("could not start cargo for the plugins: {err}")),
    };
    let stderr = String::from_utf8_lossy(&output.stderr);
    if !output.status.success() {
        eprintln!("{stderr}");
        fail("building the WASM plugins failed (is the wasm32-wasip2 target installed? `rustup target add wasm32-wasip2`)");
    }
    for line in stderr.lines().filter(|l| l.starts_with("warning:") || l.starts_with("error")) {
        println!("cargo::warning={line}");
    }

    let built = target_dir.join("wasm32-wasip2").join("plugin");
    let embed_dir = out_dir.join("plugins");
    if let Err(err) = std::fs::create_dir_all(&embed_dir) {
        fail(&format!("could not create {}: {err}", embed_dir.display()));
    }
    for name in BUNDLED {
        let file = format!("{}.wasm", name.replace('-', "_"));
        if let Err(err) = std::fs::copy(built.join(&file), embed_dir.join(&file)) {
            fail(&format!("could not copy {file}: {err}"));
        }
    }
    // Compiled plugins are only valid for the wasmtime that made them: key the cache by its exact version.
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap_or_default();
    println!("cargo::rustc-env=STORYLOOM_WASMTIME_VERSION={}", locked_version(&lock, "wasmtime"));
    // Tests find the hostile guests here.
    println!("cargo::rustc-env=STORYLOOM_TEST_GUESTS_DIR={}", built.display());
}

/// The version of `package` recorded in Cargo.lock ("unknown" when absent).
fn locked_version(lock: &str, package: &str) -> String {
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == name_line
            && let Some(version) = lines.next().and_then(|l| l.trim().strip_prefix("version = "))
        {
            return version.trim_matches('"').to_string();
        }
    }
    "unknown".to_string()
}

fn env(key: &str) -> String {
    std::env::var(key).unwrap_or_else(|_| fail(&format!("{key} is not set")))
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    std::process::exit(1);
}

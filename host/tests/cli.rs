//! The `storyloom` command line: `--help` explains both commands, and
//! `storyloom plugins` lists the bundled plugins and a dropped-in one.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use std::process::Command;

fn storyloom(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_storyloom")).args(args).env("RUST_LOG", "error").output().unwrap();
    (output.status.success(), String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn help_explains_both_commands() {
    let (ok, out) = storyloom(&["--help"]);
    assert!(ok);
    assert!(out.contains("serve") && out.contains("plugins"));
    let (ok, out) = storyloom(&["serve", "--help"]);
    assert!(ok);
    for flag in ["--bind", "--data", "--plugins", "0.0.0.0:8080"] {
        assert!(out.contains(flag), "serve --help mentions {flag}");
    }
}

#[test]
fn plugins_lists_bundled_and_dropped_in_plugins() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    std::fs::copy(
        std::path::Path::new(env!("STORYLOOM_TEST_GUESTS_DIR")).join("hostile_guest.wasm"),
        folder.path().join("hostile.wasm"),
    )
    .unwrap();
    std::fs::write(folder.path().join("broken.wasm"), b"not a component").unwrap();
    let (ok, out) = storyloom(&["plugins", "--data", data.path().to_str().unwrap(), "--plugins", folder.path().to_str().unwrap()]);
    assert!(ok, "{out}");
    for expected in ["builtin-story", "storyteller", "Storyteller (offline)", "builtin-picture", "picture-book", "Built-in", "hostile", "hostile-image"] {
        assert!(out.contains(expected), "{expected} missing from:\n{out}");
    }
    assert!(!out.contains("broken"), "a broken file is skipped, not listed");
}

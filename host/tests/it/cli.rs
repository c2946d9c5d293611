//! The `storyloom` command line: `--help` explains both commands;
//! `storyloom plugins` lists the bundled plugins, a dropped-in one (not
//! approved until `storyloom plugins approve`), and the files it did not load
//! with the reason, escaping whatever a plugin says.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use std::path::Path;
use std::process::Command;

fn storyloom(args: &[&str]) -> (bool, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_storyloom")).args(args).env("RUST_LOG", "error").output().unwrap();
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        text.push_str(&String::from_utf8_lossy(&output.stderr));
    }
    (output.status.success(), text)
}

/// `storyloom plugins <args…> --data <data> --plugins <folder>`.
fn plugins(data: &Path, folder: &Path, args: &[&str]) -> (bool, String) {
    let mut all = vec!["plugins"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--data", data.to_str().unwrap(), "--plugins", folder.to_str().unwrap()]);
    storyloom(&all)
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
    std::fs::copy(common::hostile_guest(), folder.path().join("hostile.wasm")).unwrap();
    std::fs::write(folder.path().join("broken.wasm"), b"not a component").unwrap();
    let (ok, out) = plugins(data.path(), folder.path(), &[]);
    assert!(ok, "{out}");
    for expected in [
        "builtin-story 0.1.0 [bundled]",
        "Storyteller (offline)",
        "builtin-picture",
        "picture-book",
        "Built-in",
        "credential OPENAI_API_KEY (header authorization): granted, sent only to https://api.openai.com",
        "setting OPENAI_BASE_URL: read from OPENAI_BASE_URL",
        "hostile 0.1.0 [dropped in, not approved]",
        "contract storyloom:plugin@0.1.0",
        "contract storyloom:plugin@0.3.0",
        "builtin-video 0.1.0 [bundled]",
        "pan-and-zoom",
        "offers no model until approved: storyloom plugins approve hostile",
        "hosts: http://declared.invalid",
        "hostile-image",
        "waiting for approval",
        "Not loaded:",
    ] {
        assert!(out.contains(expected), "{expected:?} missing from:\n{out}");
    }
    let broken = out.lines().find(|l| l.contains("broken.wasm")).expect("the broken file is listed as not loaded");
    assert!(broken.contains("not a") || broken.contains("failed"), "{broken}");
}

#[test]
fn approval_is_for_one_file_and_grants_are_checked() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let persona = "id stability\nmodel stable-image|Stable Pictures|Stability|image|STABILITY_API_KEY\n\
                   credential STABILITY_API_KEY|authorization|Bearer \nhost https://api.stability.ai\n";
    common::impostor(folder.path(), "stability.wasm", persona);

    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "stability", "--grant", "STABILITY_API_KEY"]);
    assert!(!ok && out.contains("say where the key may be sent"), "{out}");
    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "stability", "--grant", "STABILITY_API_KEY=https://evil.example"]);
    assert!(!ok && out.contains("does not declare https://evil.example"), "{out}");
    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "stability", "--grant", "HOME=https://api.stability.ai"]);
    assert!(!ok && out.contains("does not ask for a credential named HOME"), "{out}");
    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "openai"]);
    assert!(!ok && out.contains("needs no approval"), "{out}");

    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "stability", "--grant", "STABILITY_API_KEY=https://api.stability.ai"]);
    assert!(ok && out.contains("approved stability"), "{out}");
    let (_, out) = plugins(data.path(), folder.path(), &[]);
    assert!(out.contains("stability 0.1.0 [dropped in, approved]"), "{out}");
    assert!(out.contains("credential STABILITY_API_KEY (header authorization): granted, sent only to https://api.stability.ai"), "{out}");
    assert!(out.contains("needs STABILITY_API_KEY"), "approved, but its key is not set: {out}");

    // Repeated grants of one key merge their origins.
    let (ok, out) = plugins(
        data.path(),
        folder.path(),
        &[
            "approve",
            "stability",
            "--grant",
            "STABILITY_API_KEY=https://api.stability.ai",
            "--grant",
            "STABILITY_API_KEY=https://api.stability.ai",
        ],
    );
    assert!(ok && out.contains("credentials granted: STABILITY_API_KEY (sent only to https://api.stability.ai)\n"), "{out}");
    assert!(out.contains("hosts it may reach: https://api.stability.ai"), "{out}");

    // A pinned hash that is not the file's approves nothing.
    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "stability", "--sha256", "00000000"]);
    assert!(!ok && out.contains("nothing was approved"), "{out}");

    // A changed file needs approving again.
    common::impostor(folder.path(), "stability.wasm", &format!("version 0.2.0\n{persona}"));
    let (_, out) = plugins(data.path(), folder.path(), &[]);
    assert!(out.contains("[dropped in, changed since it was approved]") && out.contains("waiting for approval"), "{out}");
    let (ok, out) = plugins(data.path(), folder.path(), &["revoke", "stability"]);
    assert!(ok && out.contains("revoked"), "{out}");
    let (_, out) = plugins(data.path(), folder.path(), &[]);
    assert!(out.contains("[dropped in, not approved]"), "{out}");
}

#[test]
fn what_a_plugin_says_cannot_forge_terminal_lines_and_impostors_are_listed() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    common::impostor(
        folder.path(),
        "forger.wasm",
        "id forger\nversion 1\\n\\e[32mall plugins verified OK\nmodel f-image|Nice\\n\\e[32mall plugins verified OK|Forgers|image|\n",
    );
    common::impostor(folder.path(), "openai.wasm", "id openai\nmodel gpt-image-9|GPT Image 9|OpenAI|image|\n");
    let (ok, out) = plugins(data.path(), folder.path(), &[]);
    assert!(ok, "{out}");
    assert!(!out.contains('\u{1b}'), "no escape codes reach the terminal:\n{out}");
    assert!(!out.lines().any(|l| l.trim_start().starts_with("all plugins verified OK") || l.trim_start().starts_with("[32mall")), "{out}");
    assert!(out.contains("forger"), "{out}");
    let refused = out.lines().find(|l| l.contains("openai.wasm")).expect("the impostor is listed as not loaded");
    assert!(refused.contains("bundled plugin openai"), "{refused}");
    assert!(!out.contains("gpt-image-9"), "{out}");
}

#[test]
fn two_files_with_one_id_cannot_be_approved_until_one_goes() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    common::impostor(folder.path(), "z_reviewed.wasm", "id tales\nmodel tales-story|Tales|Tales|story|\n");
    common::impostor(folder.path(), "a_sneaky.wasm", "id tales\nmodel tales-story|Tales|Tales|story|\nhost https://evil.example\n");
    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "tales"]);
    assert!(!ok && out.contains("more than one file says it is tales"), "{out}");
    assert!(out.contains("a_sneaky.wasm") && out.contains("z_reviewed.wasm"), "{out}");
    std::fs::remove_file(folder.path().join("a_sneaky.wasm")).unwrap();
    let (ok, out) = plugins(data.path(), folder.path(), &["approve", "tales"]);
    assert!(ok && out.contains("z_reviewed.wasm") && out.contains("hosts it may reach: none"), "{out}");
}

//! Plugins from the parent area, without a restart: a file dropped into the
//! plugins folder appears (waiting, offering nothing), its models reach the
//! start form once a parent approves it, a changed file needs approving again
//! (an approval of the old file is refused), "Disable" withdraws it, and a
//! removed file goes from the list.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::path::Path;
use std::time::Duration;

use common::*;

/// `wasm` with a custom section appended: the same plugin, a different file (and SHA-256).
fn changed(wasm: &[u8], note: &str) -> Vec<u8> {
    let name = b"storyloom-test";
    let mut payload = vec![name.len() as u8];
    payload.extend_from_slice(name);
    payload.extend_from_slice(note.as_bytes());
    let mut out = wasm.to_vec();
    out.push(0); // custom section
    out.push(u8::try_from(payload.len()).unwrap()); // one-byte LEB128: keep notes short
    out.extend_from_slice(&payload);
    out
}

/// Write a plugin file the way a careful person copies one in: a temporary name, then a rename.
fn drop_in(folder: &Path, file: &str, wasm: &[u8]) {
    let temp = folder.join(format!("{file}.part"));
    std::fs::write(&temp, wasm).unwrap();
    std::fs::rename(temp, folder.join(file)).unwrap();
}

/// The plugins page once `done` holds for it (the folder is checked every 100 ms here).
async fn plugins_page_when(server: &TestServer, parent: &str, what: &str, done: impl Fn(&str) -> bool) -> String {
    for _ in 0..200 {
        let page = get_text_as(server, parent, "/parent/plugins").await;
        if done(&page) {
            return page;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the plugins page never showed {what}");
}

fn offers_describer(home: &str) -> bool {
    home.contains("value=\"describer-story\"") || home.contains("value=\"describer-image\"")
}

/// The card of plugin `id` on the plugins page (up to the next card).
fn card<'a>(page: &'a str, id: &str) -> &'a str {
    let start = page.find(&format!("id=\"plugin-{id}\"")).unwrap_or_else(|| panic!("no card for {id}"));
    let rest = &page[start..];
    &rest[..rest.find("class=\"plugin-card").unwrap_or(rest.len())]
}

/// Post the form posting to `action` on an already loaded `page` (perhaps an old one), as its browser would.
async fn post_form_of(server: &TestServer, cookies: &str, page: &str, action: &str) -> reqwest::Response {
    let form = form_with_action(page, action).unwrap_or_else(|| panic!("no form posting to {action}"));
    client()
        .post(server.url(action))
        .header("origin", server.url(""))
        .header("cookie", cookies)
        .form(&hidden_fields(&form))
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_in_plugin_appears_waits_for_approval_and_needs_it_again_when_changed() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let server = TestServer::watching(dir.path(), folder.path()).await;
    let parent = parent_session(&server).await;
    let page = get_text_as(&server, &parent, "/parent/plugins").await;
    for id in ["builtin-story", "builtin-picture", "builtin-video", "openai"] {
        assert!(page.contains(&format!("id=\"plugin-{id}\"")), "{id} is listed");
    }
    assert!(page.contains("Built in") && !page.contains("class=\"plugin-approve\""), "built-in plugins need no approval");

    // Dropped in: listed within moments, waiting, offering nothing.
    let wasm = std::fs::read(describing_guest()).unwrap();
    drop_in(folder.path(), "describer.wasm", &wasm);
    let page = plugins_page_when(&server, &parent, "the new plugin", |p| p.contains("id=\"plugin-describer\"")).await;
    let describer = card(&page, "describer");
    assert!(describer.contains("Waiting for approval") && describer.contains("describer.wasm"), "{describer}");
    assert!(describer.contains("Describer Story") && describer.contains("waiting for approval"));
    assert!(!offers_describer(&get_text(&server, "/kids/").await), "nothing offered before approval");

    // The file is replaced before anyone approves: the page showing the old file cannot approve the new one.
    let page_of_first_file = page;
    drop_in(folder.path(), "describer.wasm", &changed(&wasm, "v2"));
    let page = plugins_page_when(&server, &parent, "the replaced file", |p| {
        card(p, "describer").contains("File SHA-256") && card(p, "describer") != card(&page_of_first_file, "describer")
    })
    .await;
    let stale = post_form_of(&server, &parent, &page_of_first_file, "/parent/plugins/describer/approve").await;
    assert_eq!(stale.status(), 422);
    assert!(stale.text().await.unwrap().contains("Nothing was approved: describer is now the file with sha256"));
    assert!(!offers_describer(&get_text(&server, "/kids/").await), "nothing approved");

    // Approved with one tap: its models are on the start form at once.
    let response = post_form_of(&server, &parent, &page, "/parent/plugins/describer/approve").await;
    assert_eq!(response.status(), 303);
    let done = get_text_as(&server, &parent, &location(&response)).await;
    assert!(done.contains("Approved describer") && card(&done, "describer").contains("Approved"), "{done}");
    assert!(offers_describer(&get_text(&server, "/kids/").await), "offered once approved, without a restart");

    // The file changes after its approval: it waits again and its models go.
    drop_in(folder.path(), "describer.wasm", &changed(&wasm, "v3"));
    let page =
        plugins_page_when(&server, &parent, "the changed file", |p| card(p, "describer").contains("Changed since it was approved")).await;
    assert!(!offers_describer(&get_text(&server, "/kids/").await), "a changed file offers nothing until approved again");
    let response = post_form_of(&server, &parent, &page, "/parent/plugins/describer/approve").await;
    assert_eq!(response.status(), 303);
    assert!(offers_describer(&get_text(&server, "/kids/").await));

    // Disabled: its models go, and it waits again.
    let response = submit_as(&server.url(""), Some(&parent), "/parent/plugins", "/parent/plugins/describer/disable", &[]).await;
    assert_eq!(response.status(), 303);
    let page = get_text_as(&server, &parent, &location(&response)).await;
    assert!(page.contains("describer is disabled") && card(&page, "describer").contains("Waiting for approval"));
    assert!(!offers_describer(&get_text(&server, "/kids/").await));

    // Removed: gone from the list.
    std::fs::remove_file(folder.path().join("describer.wasm")).unwrap();
    plugins_page_when(&server, &parent, "the plugin gone", |p| !p.contains("id=\"plugin-describer\"")).await;
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_parent_grants_a_dropped_in_plugin_s_key_only_to_a_host_it_declares() {
    let dir = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let made = tempfile::tempdir().unwrap();
    let server = TestServer::watching(dir.path(), folder.path()).await;
    let parent = parent_session(&server).await;
    let persona = "id stability\nmodel stable-image|Stable Pictures|Stability|image|STABILITY_API_KEY\n\
                   credential STABILITY_API_KEY|authorization|Bearer \nhost https://api.stability.ai\n";
    let file = impostor(made.path(), "stability.wasm", persona);
    drop_in(folder.path(), "stability.wasm", &std::fs::read(file).unwrap());
    let page = plugins_page_when(&server, &parent, "the stability plugin", |p| p.contains("id=\"plugin-stability\"")).await;
    let stability = unescape(card(&page, "stability"));
    assert!(stability.contains("Reaches: <bdi>https://api.stability.ai</bdi>"), "{stability}");
    assert!(stability.contains("value=\"STABILITY_API_KEY=https://api.stability.ai\""), "one box per declared host: {stability}");

    // A hand-made grant to another host is refused, and nothing is approved.
    let form = form_with_action(&page, "/parent/plugins/stability/approve").unwrap();
    let mut fields = hidden_fields(&form);
    fields.push(("grant".into(), "STABILITY_API_KEY=https://evil.example".into()));
    let refused = client()
        .post(server.url("/parent/plugins/stability/approve"))
        .header("origin", server.url(""))
        .header("cookie", &parent)
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await.unwrap().contains("does not declare https://evil.example"));
    assert!(card(&get_text_as(&server, &parent, "/parent/plugins").await, "stability").contains("Waiting for approval"));

    // Ticking the box grants the key to that host only.
    let response = submit_as(
        &server.url(""),
        Some(&parent),
        "/parent/plugins",
        "/parent/plugins/stability/approve",
        &[("grant", "STABILITY_API_KEY=https://api.stability.ai")],
    )
    .await;
    assert_eq!(response.status(), 303);
    let stability = get_text_as(&server, &parent, "/parent/plugins").await;
    let stability = unescape(card(&stability, "stability"));
    assert!(stability.contains("Approved") && stability.contains("STABILITY_API_KEY</code>: granted"), "{stability}");
    assert!(stability.contains("needs STABILITY_API_KEY"), "granted, but no key is set on this server: {stability}");
    server.stop().await;
}

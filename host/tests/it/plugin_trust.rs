//! Plugin trust, with purpose-built impostors (copies of the hostile guest
//! that describe themselves as something else):
//! - a dropped-in plugin that names another provider's credential, an
//!   arbitrary environment variable or a setting named like a key gets
//!   nothing, and the key reaches no server but its provider's fake;
//! - id and model-key collisions and "Built-in" / "(offline)" impersonation
//!   are refused with the reason;
//! - an unapproved plugin offers no model, an approved one does, and a
//!   changed file needs approval again (also through the server's pages);
//! - a slow plugin holding its share of instance slots leaves the offline
//!   storyteller answering.

#![allow(clippy::unwrap_used, clippy::panic)] // tests may fail loudly

use crate::common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::*;
use storyloom::plugin_host::{
    Approval, CredentialGrant, Environment, LimitsByKind, PluginError, PluginHost, PluginHostConfig, SceneHints, SlotLimits, StoryCall,
    Turn, net::GateConfig,
};
use storyloom_fakes::openai::FakeOpenAi;

/// A key distinctive enough to search for in everything a server received.
const OPENAI_KEY: &str = "sk-live-TRUST-7731-do-not-leak";
const HOME: &str = "/home/very-private-home";

async fn host(files: Vec<PathBuf>, approvals: Vec<Approval>, env: Environment, slots: SlotLimits, limits: LimitsByKind) -> PluginHost {
    PluginHost::load(PluginHostConfig {
        cache_dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache"),
        plugins_dir: None,
        bundled: true,
        extra_files: files,
        limits,
        gate: GateConfig { allowed_private: vec!["127.0.0.1".parse().unwrap()], ..GateConfig::default() },
        env,
        approvals,
        slots,
    })
    .await
    .unwrap()
}

fn story(premise: &str) -> StoryCall {
    StoryCall {
        system: "Answer with one scene as JSON.".into(),
        messages: vec![Turn { role: "user".into(), content: format!("Write scene 1 of 3 about {premise}.") }],
        json_schema: "{}".into(),
        max_tokens: 1200,
        hints: SceneHints { premise: premise.into(), path: Vec::new(), scene_number: 1, target_scenes: 3, tier: "kids".into(), seed: 7 },
    }
}

/// What a picture call answered, as text (the hostile guest answers in words).
async fn answer(host: &PluginHost, model: &str, prompt: &str) -> String {
    match host.generate_image(model, image_request(prompt)).await {
        Ok(picture) => String::from_utf8_lossy(&picture.media.bytes).into_owned(),
        Err(err) => format!("error: {err}"),
    }
}

/// Nothing any server received, in any header, path or body, holds the key, except OpenAI's bearer header.
fn assert_key_only_in_openai_auth(openai: &FakeOpenAi, thief: &FakeOpenAi) {
    for seen in thief.requests() {
        let all = format!("{} {:?} {}", seen.path, seen.headers, String::from_utf8_lossy(&seen.body));
        assert!(!all.contains(OPENAI_KEY) && !all.contains(HOME), "the thief received a secret: {all}");
    }
    for seen in openai.requests() {
        let others = seen.headers.iter().filter(|(name, _)| name != "authorization").map(|(n, v)| format!("{n}: {v}")).collect::<Vec<_>>();
        let all = format!("{} {others:?} {}", seen.path, String::from_utf8_lossy(&seen.body));
        assert!(!all.contains(OPENAI_KEY), "the key travelled outside its header: {all}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_and_environment_reach_only_what_they_are_bound_to() {
    let dir = tempfile::tempdir().unwrap();
    let openai = FakeOpenAi::start_with(OPENAI_KEY, "/v1").await;
    let thief = FakeOpenAi::start().await;
    let thief_url = format!("http://{}", thief.addr);
    let thief_plugin = impostor(
        dir.path(),
        "thief.wasm",
        &format!(
            "id thief\nmodel thief-image|Thief Pictures|Thieves|image|\ncredential OPENAI_API_KEY|x-stolen|\n\
             credential ANTHROPIC_API_KEY|x-stolen-too|\nsetting BASE_URL|http://default.invalid\nhost {thief_url}\nhost http://{}\n",
            openai.addr
        ),
    );
    let env = || {
        Environment::fixed([
            ("OPENAI_API_KEY", OPENAI_KEY.to_string()),
            ("OPENAI_BASE_URL", openai.base_url()),
            ("ANTHROPIC_API_KEY", OPENAI_KEY.to_string()),
            ("HOME", HOME.to_string()),
            ("BASE_URL", "http://read-from-the-wrong-variable.invalid".to_string()),
        ])
    };
    let steal_key = format!("fetch-key OPENAI_API_KEY {thief_url}/steal");
    let steal_other = format!("fetch-key ANTHROPIC_API_KEY {thief_url}/steal");
    // HOME is not even declared: asking for it is asking for an ungranted credential.
    let steal_home = format!("fetch-key HOME {thief_url}/home");

    // Not approved: no model at all.
    let unapproved = host(vec![thief_plugin.clone()], Vec::new(), env(), SlotLimits::default(), LimitsByKind::default()).await;
    assert!(unapproved.model("thief-image").is_none());
    let err = unapproved.generate_image("thief-image", image_request("settings")).await.unwrap_err();
    assert!(matches!(err, PluginError::NotApproved { .. }), "{err:?}");

    // Approved without grants: the credentials it names are not granted, and its
    // setting comes from its own namespace, never from `BASE_URL`.
    let approved = host(
        vec![thief_plugin.clone()],
        vec![approval(&thief_plugin, "thief", Vec::new())],
        env(),
        SlotLimits::default(),
        LimitsByKind::default(),
    )
    .await;
    assert!(approved.model("thief-image").unwrap().available);
    for prompt in [&steal_key, &steal_other, &steal_home] {
        let said = answer(&approved, "thief-image", prompt).await;
        assert!(said.contains("CredentialUnavailable") && said.contains("not granted"), "{prompt}: {said}");
    }
    assert_eq!(answer(&approved, "thief-image", "settings").await, "BASE_URL=http://default.invalid");
    let mut namespaced = env();
    namespaced.insert("STORYLOOM_PLUGIN_THIEF_BASE_URL", "http://its-own.invalid");
    let own = host(
        vec![thief_plugin.clone()],
        vec![approval(&thief_plugin, "thief", Vec::new())],
        namespaced,
        SlotLimits::default(),
        LimitsByKind::default(),
    )
    .await;
    assert_eq!(answer(&own, "thief-image", "settings").await, "BASE_URL=http://its-own.invalid");

    // Granted OPENAI_API_KEY by the operator: the key still goes only to OpenAI's
    // origin, in OpenAI's header, never to the plugin's own server or header.
    let grant = vec![CredentialGrant { name: "OPENAI_API_KEY".into(), origins: Vec::new() }];
    let granted = host(
        vec![thief_plugin.clone()],
        vec![approval(&thief_plugin, "thief", grant)],
        env(),
        SlotLimits::default(),
        LimitsByKind::default(),
    )
    .await;
    let said = answer(&granted, "thief-image", &steal_key).await;
    assert!(said.contains("goes only to"), "{said}");
    let said = answer(&granted, "thief-image", &format!("fetch-key OPENAI_API_KEY {}/models", openai.base_url())).await;
    assert!(said.starts_with("status"), "{said}");
    let reached = openai.last();
    assert_eq!(reached.header("authorization"), Some(format!("Bearer {OPENAI_KEY}").as_str()));
    assert_eq!(reached.header("x-stolen"), None);

    // The bundled OpenAI plugin still gets its own key.
    granted.generate_image("gpt-image-1", image_request("a fox")).await.unwrap();
    assert_eq!(openai.last().header("authorization"), Some(format!("Bearer {OPENAI_KEY}").as_str()));

    assert!(thief.requests().is_empty(), "nothing reached the plugin's own server");
    assert_key_only_in_openai_auth(&openai, &thief);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_that_read_like_secrets_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let files = vec![
        impostor(dir.path(), "a.wasm", "id named-key\nmodel a-image|A|A|image|\nsetting OPENAI_API_KEY|\n"),
        impostor(dir.path(), "b.wasm", "id token\nmodel b-image|B|B|image|\nsetting HF_TOKEN|\n"),
        impostor(dir.path(), "c.wasm", "id own-credential\nmodel c-image|C|C|image|\ncredential MY_KEY|x-key|\nsetting MY_KEY|\n"),
    ];
    let approvals = vec![
        approval(&files[0], "named-key", Vec::new()),
        approval(&files[1], "token", Vec::new()),
        approval(&files[2], "own-credential", Vec::new()),
    ];
    let env = Environment::fixed([("OPENAI_API_KEY", OPENAI_KEY)]);
    let host = host(files, approvals, env, SlotLimits::default(), LimitsByKind::default()).await;
    assert_eq!(host.rejected().len(), 3, "{:?}", host.rejected());
    for rejected in host.rejected() {
        assert!(rejected.reason.contains("reads like a secret"), "{rejected:?}");
        assert!(!rejected.reason.contains(OPENAI_KEY));
    }
    assert!(host.plugins().iter().all(|p| p.bundled));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn impostors_are_refused_with_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("openai", "id openai\nmodel gpt-image-2|GPT Image 2|OpenAI|image|\n", "taken by the bundled plugin openai"),
        ("storyteller-id", "id builtin-story\nmodel x-story|X|X|story|\n", "taken by the bundled plugin builtin-story"),
        ("key", "id keythief\nmodel storyteller|Tales|Tales|story|\n", "already offered by the plugin builtin-story"),
        ("group", "id grouper\nmodel g-story|Gentle Tales|Built-in|story|\n", "claims to be built in"),
        ("offline", "id offliner\nmodel o-story|Storyteller (offline)|Tales|story|\n", "claims to be offline"),
        ("name", "id namer\nmodel n-image|Picture Book|Books|image|\n", "name of a bundled model"),
        ("case", "id OpenAI\nmodel gpt-x|GPT X|OpenAI|image|\n", "taken by the bundled plugin openai"),
        ("dots", "id Open.AI\nmodel gpt-y|GPT Y|OpenAI|image|\n", "taken by the bundled plugin openai"),
        ("key-case", "id keycase\nmodel Story.Teller|Tales|Tales|story|\n", "already offered by the plugin builtin-story"),
        ("digit", "id digit\nmodel d-story|Storytel1er|Tales|story|\n", "name of a bundled model"),
        ("cyrillic", "id cyrillic\nmodel c-image|Picture B\u{43e}ok (0ffline)|Books|image|\n", "claims to be offline"),
        ("cyrillic-group", "id cgroup\nmodel cg-image|Pictures|\u{412}uilt-in|image|\n", "claims to be built in"),
        ("home", "id homer\nmodel h-image|Home|Home|image|HOME\ncredential HOME|x-home|\n", "does not name a key"),
        ("twin-1", "id twin\nmodel twin-a|Twin A|Twins|image|\n", ""),
        ("twin-2", "id twin\nmodel twin-b|Twin B|Twins|image|\n", "already taken by"),
    ];
    let mut files = Vec::new();
    let mut approvals = Vec::new();
    for (file, persona, _) in &cases {
        let path = impostor(dir.path(), &format!("{file}.wasm"), persona);
        let id = persona.lines().next().unwrap().trim_start_matches("id ").to_string();
        approvals.push(approval(&path, &id, Vec::new()));
        files.push(path);
    }
    approvals.dedup_by(|a, b| a.plugin_id == b.plugin_id);
    let host = host(files, approvals, Environment::default(), SlotLimits::default(), LimitsByKind::default()).await;
    for (file, _, reason) in cases.iter().filter(|(_, _, reason)| !reason.is_empty()) {
        let rejected =
            host.rejected().iter().find(|r| r.source.ends_with(&format!("{file}.wasm"))).unwrap_or_else(|| panic!("{file} was loaded"));
        assert!(rejected.reason.contains(reason), "{file}: {}", rejected.reason);
    }
    // The bundled plugins keep their ids and models; the first twin loads, shown with its plugin's name.
    let openai = host.plugins().into_iter().find(|p| p.id == "openai").unwrap();
    assert!(openai.bundled);
    assert_eq!(host.model("storyteller").unwrap().plugin_id, "builtin-story");
    let twin = host.model("twin-a").unwrap();
    assert_eq!(twin.provider_group, "Twins (plugin twin)");
    assert_eq!(twin.display_name, "Twin A (plugin twin)", "its name says where it comes from, wherever it is shown");
    assert!(host.model("twin-b").is_none() && host.model("gpt-image-2").is_none() && host.model("g-story").is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_holds_for_one_file_only() {
    let dir = tempfile::tempdir().unwrap();
    let first = impostor(dir.path(), "hostile.wasm", "id hostile\nmodel hostile-image|Hostile Image|Test|image|\n");
    let approved = vec![approval(&first, "hostile", Vec::new())];
    let host_a = host(vec![first.clone()], approved.clone(), Environment::default(), SlotLimits::default(), LimitsByKind::default()).await;
    assert_eq!(host_a.plugins().last().unwrap().standing, "approved");
    assert!(host_a.model("hostile-image").is_some());
    assert_eq!(answer(&host_a, "hostile-image", "noop").await, "ok");

    // The same path with different bytes is a different file.
    let changed = impostor(dir.path(), "hostile.wasm", "id hostile\nversion 0.2.0\nmodel hostile-image|Hostile Image|Test|image|\n");
    let host_b = host(vec![changed], approved, Environment::default(), SlotLimits::default(), LimitsByKind::default()).await;
    assert_eq!(host_b.plugins().last().unwrap().standing, "changed since it was approved");
    assert!(host_b.model("hostile-image").is_none());
    assert!(host_b.models().all(|m| m.plugin_id != "hostile"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_plugin_holding_its_slots_leaves_the_storyteller_answering() {
    let mut limits = LimitsByKind::default();
    limits.image.wall = Duration::from_secs(30);
    let slots = SlotLimits { per_plugin: 2, dropped_in_total: 2 };
    let guest = hostile_guest();
    let host = std::sync::Arc::new(
        host(vec![guest.clone()], vec![approval(&guest, "hostile", Vec::new())], Environment::default(), slots, limits).await,
    );
    // Six calls that wait in the host until their wall-clock limit: two hold the
    // plugin's slots, four queue behind them.
    let sleepers: Vec<_> = (0..6)
        .map(|_| {
            let host = std::sync::Arc::clone(&host);
            tokio::spawn(async move { host.generate_image("hostile-image", image_request("sleep")).await })
        })
        .collect();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let scene = host.generate_story("storyteller", story("a fox with a lantern")).await.unwrap();
    assert!(scene.contains("choices"), "{scene}");
    assert!(sleepers.iter().all(|s| !s.is_finished()), "the storyteller answered while the slow plugin still held its slots");
    for sleeper in sleepers {
        sleeper.abort();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_home_page_offers_a_dropped_in_model_only_once_approved() {
    let dir = tempfile::tempdir().unwrap();
    let plugin = hostile_guest();
    let start = |dir: &Path| {
        let plugin = plugin.clone();
        let dir = dir.to_path_buf();
        async move { TestServer::start_with(&dir, |config| config.extra_plugins.push(plugin)).await }
    };
    let server = start(dir.path()).await;
    let home = get_text(&server, "/kids/").await;
    assert!(!home.contains("Hostile Image"), "an unapproved plugin offers no model");
    // Asking for it anyway starts the story with the tier's default picture model.
    let response = submit(&server, "/kids/", "/kids/story/start", &[("prompt", "a fox"), ("image_model", "hostile-image")]).await;
    assert_eq!(response.status(), 303);
    let scene = get_text(&server, &location(&response)).await;
    assert!(!scene.contains("Hostile Image"));
    server.stop().await;

    pre_approve(dir.path(), &plugin, "hostile").await;
    let server = start(dir.path()).await;
    let home = get_text(&server, "/kids/").await;
    assert!(home.contains("Hostile Image"), "approved: offered");
    assert!(home.contains("Test (plugin hostile)"), "the picture group names the plugin");
    assert!(home.contains("Hostile Story (plugin hostile)"), "so does the story model's name");
    server.stop().await;
}

/// A server on 127.0.0.1 that answers every request with a 307 to `location`; returns its origin.
async fn redirecting_server(location: String) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let origin = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        while let Ok((mut socket, _)) = listener.accept().await {
            let mut request = [0u8; 4096];
            let _ = socket.read(&mut request).await;
            let answer =
                format!("HTTP/1.1 307 Temporary Redirect\r\nlocation: {location}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            let _ = socket.write_all(answer.as_bytes()).await;
        }
    });
    origin
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_fetch_names_the_address_that_was_refused_and_why() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = "http://127.0.0.2:9/stolen";
    let declared = redirecting_server(elsewhere.to_string()).await;
    let plugin = impostor(dir.path(), "fetcher.wasm", &format!("id fetcher\nmodel f-image|Fetcher|Fetchers|image|\nhost {declared}\n"));
    let approvals = vec![approval(&plugin, "fetcher", Vec::new())];

    // A declared host on a private address the operator did not allow: prohibited, not "undeclared".
    let strict = PluginHost::load(PluginHostConfig {
        cache_dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache"),
        plugins_dir: None,
        bundled: false,
        extra_files: vec![plugin.clone()],
        limits: LimitsByKind::default(),
        gate: GateConfig::default(),
        env: Environment::default(),
        approvals: approvals.clone(),
        slots: SlotLimits::default(),
    })
    .await
    .unwrap();
    let err = strict.generate_image("f-image", image_request(&format!("fetch {declared}/picture"))).await.unwrap_err();
    match &err {
        PluginError::DestinationProhibited { origin, .. } => assert_eq!(origin, &declared),
        other => panic!("expected DestinationProhibited, got {other:?}"),
    }
    assert!(err.to_string().contains("--allow-private"), "{err}");

    // Allowed, it answers with a redirect outside the declared hosts: the refused origin is the redirect's.
    let allowed = host(vec![plugin.clone()], approvals, Environment::default(), SlotLimits::default(), LimitsByKind::default()).await;
    let err = allowed.generate_image("f-image", image_request(&format!("fetch {declared}/picture"))).await.unwrap_err();
    match &err {
        PluginError::HostNotDeclared { origin, .. } => assert_eq!(origin, "http://127.0.0.2:9"),
        other => panic!("expected HostNotDeclared, got {other:?}"),
    }
}

//! The sandbox, with a purpose-built hostile guest: a guest that loops
//! forever, one that allocates without bound, one that calls a host it did
//! not declare and one that traps each get a clear error naming the limit,
//! and the server keeps answering meanwhile.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use common::*;
use storyloom::plugin_host::{
    CallLimits, Environment, LimitsByKind, PluginError, PluginHost, PluginHostConfig, SlotLimits, net::GateConfig,
};

fn tight_limits() -> LimitsByKind {
    let limits = CallLimits { cpu: Duration::from_millis(300), wall: Duration::from_secs(2), memory_bytes: 32 * 1024 * 1024 };
    LimitsByKind { describe: limits, story: limits, image: limits, video: limits }
}

async fn hostile_host(dir: &std::path::Path) -> PluginHost {
    PluginHost::load(PluginHostConfig {
        cache_dir: dir.join("cache"),
        plugins_dir: None,
        bundled: false,
        extra_files: vec![hostile_guest()],
        limits: tight_limits(),
        gate: GateConfig { allowed_private: vec!["127.0.0.1".parse().unwrap()], ..GateConfig::default() },
        env: Environment::default(),
        approvals: vec![approval(&hostile_guest(), "hostile", Vec::new())],
        slots: SlotLimits::default(),
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_limit_stops_the_guest_with_its_own_error() {
    let dir = tempfile::tempdir().unwrap();
    let host = hostile_host(dir.path()).await;
    assert_eq!(host.plugins()[0].id, "hostile");

    let spin = host.generate_image("hostile-image", image_request("spin")).await.unwrap_err();
    assert!(matches!(spin, PluginError::CpuDeadline { .. }), "{spin:?}");
    assert!(spin.to_string().contains("hostile") && spin.to_string().contains("ran too long"));

    let alloc = host.generate_image("hostile-image", image_request("alloc")).await.unwrap_err();
    assert!(matches!(alloc, PluginError::Memory { limit_mib: 32, .. }), "{alloc:?}");
    assert!(alloc.to_string().contains("too much memory"));

    let trap = host.generate_image("hostile-image", image_request("trap")).await.unwrap_err();
    assert!(matches!(trap, PluginError::Trap { .. }), "{trap:?}");
    assert!(trap.to_string().contains("crashed"));

    // An undeclared host is refused before anything is sent: the listener sees no connection.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let connections = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&connections);
    tokio::spawn(async move {
        while listener.accept().await.is_ok() {
            seen.fetch_add(1, Ordering::SeqCst);
        }
    });
    let fetch = host.generate_image("hostile-image", image_request(&format!("fetch http://127.0.0.1:{port}/steal"))).await.unwrap_err();
    match &fetch {
        PluginError::HostNotDeclared { plugin, origin } => {
            assert_eq!(plugin, "hostile");
            assert_eq!(origin, &format!("http://127.0.0.1:{port}"));
        }
        other => panic!("expected HostNotDeclared, got {other:?}"),
    }
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(connections.load(Ordering::SeqCst), 0);

    // A guest waiting in the host uses no CPU: the wall-clock limit ends it.
    let sleep = host.generate_image("hostile-image", image_request("sleep")).await.unwrap_err();
    assert!(matches!(sleep, PluginError::Timeout { .. }), "{sleep:?}");
    assert!(sleep.to_string().contains("did not finish within"));

    // Each failure killed only its own instance: the next call works.
    let ok = host.generate_image("hostile-image", image_request("noop")).await.unwrap().media;
    assert_eq!(ok.bytes, b"ok");
    let reasons: Vec<&str> = [&spin, &alloc, &trap, &fetch, &sleep].iter().map(|e| e.reason()).collect();
    assert_eq!(reasons, ["cpu-deadline", "memory", "trap", "host-not-declared", "timeout"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_start_uses_the_compile_cache() {
    let dir = tempfile::tempdir().unwrap();
    let first = hostile_host(dir.path()).await;
    assert!(!first.plugins()[0].from_cache);
    drop(first);
    let second = hostile_host(dir.path()).await;
    assert!(second.plugins()[0].from_cache, "restart loads the compiled artifact");
    drop(second);
    // A corrupted artifact is recompiled, not trusted.
    for entry in std::fs::read_dir(dir.path().join("cache")).unwrap() {
        std::fs::write(entry.unwrap().path(), b"garbage").unwrap();
    }
    let third = hostile_host(dir.path()).await;
    assert!(!third.plugins()[0].from_cache);
    assert!(third.generate_image("hostile-image", image_request("noop")).await.is_ok());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_keeps_serving_while_plugins_misbehave() {
    let dir = tempfile::tempdir().unwrap();
    pre_approve(dir.path(), &hostile_guest(), "hostile").await;
    let server = TestServer::start_with(dir.path(), |config| {
        config.extra_plugins.push(hostile_guest());
        config.limits = tight_limits();
        config.limits.story.cpu = Duration::from_secs(2);
        config.limits.story.wall = Duration::from_secs(20);
        config.limits.image.wall = Duration::from_secs(20);
    })
    .await;

    // A story model that spins: the start fails with a readable message...
    let spinning = {
        let base = server.url("");
        tokio::spawn(
            async move { submit_to(&base, "/kids/", "/kids/story/start", &[("prompt", "spin"), ("model", "hostile-story")]).await },
        )
    };
    // ...while the server answers other families at once.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let home = client().get(server.url("/kids/")).send().await.unwrap();
    assert_eq!(home.status(), 200);
    assert!(!spinning.is_finished(), "the home page was answered while the plugin was still spinning");
    let failed = spinning.await.unwrap();
    assert_eq!(failed.status(), 502);
    let html = failed.text().await.unwrap();
    assert!(html.contains("ran too long"), "{html}");
    assert!(html.contains("spin"), "the prompt is kept in the form");

    for (premise, expected) in
        [("trap", "crashed"), ("alloc", "too much memory"), ("garbage", "could not be used"), ("ratelimit", "Slow down")]
    {
        let response = submit(&server, "/kids/", "/kids/story/start", &[("prompt", premise), ("model", "hostile-story")]).await;
        assert_eq!(response.status(), 502, "{premise}");
        assert!(response.text().await.unwrap().contains(expected), "{premise}");
    }

    // A choice whose scene cannot be written offers "Try again" (the same POST) and the way back.
    let first = submit(&server, "/kids/", "/kids/story/start", &[("prompt", "later:trap"), ("model", "hostile-story")]).await;
    let scene = location(&first);
    let choose = choice_actions(&get_text(&server, &scene).await)[0].clone();
    let failed = submit(&server, &scene, &choose, &[]).await;
    assert_eq!(failed.status(), 502);
    let html = failed.text().await.unwrap();
    assert!(html.contains("crashed") && html.contains("Nothing was lost"), "{html}");
    assert!(attr_values(&html, "action=\"").contains(&choose), "Try again repeats the choice");
    assert!(attr_values(&html, "href=\"").contains(&scene), "a link back to the scene");
    assert!(!get_text(&server, &scene).await.contains("visited-marker"), "the failed choice is not marked explored");

    // Picture jobs: a failed picture is a clear failed status, never stuck "generating"; a short
    // sentence by kind, the provider's own words ("Slow down") only in its details.
    for (behaviour, expected, detail) in [
        ("spin", "ran too long", "ran too long"),
        ("trap", "crashed", "crashed"),
        ("garbage", "unusable", "unusable"),
        ("ratelimit", "busy", "Slow down"),
    ] {
        let scene = start_hostile_picture(&server, behaviour).await;
        let status = wait_image(&server, "kids", &last_id(&scene)).await;
        assert_eq!(status["status"], "failed", "{behaviour}: {status}");
        assert!(status["error"].as_str().unwrap().contains(expected), "{behaviour}: {status}");
        assert!(status["detail"].as_str().unwrap().contains(detail), "{behaviour}: {status}");
        let page = get_text(&server, &scene).await;
        assert!(page.contains("Try the picture again"), "a failed picture offers a retry");

        // The retry makes a new job: the scene goes back to pending, then fails again (same hostile guest).
        let retry = format!("/kids/story/image/{}/retry", last_id(&scene));
        let foreign = post_with_token(&server, &retry.replacen("/kids/", "/bible/", 1), &[("return_to", "/bible/")]).await;
        assert_eq!(foreign.status(), 404, "another tier cannot retry a kids picture");
        let response = submit(&server, &scene, &retry, &[("return_to", scene.as_str())]).await;
        assert_eq!(response.status(), 303);
        assert_eq!(location(&response), scene);
        let after: serde_json::Value =
            reqwest::get(server.url(&format!("/kids/story/image/{}", last_id(&scene)))).await.unwrap().json().await.unwrap();
        assert_ne!(after["status"], "complete");
        let status = wait_image(&server, "kids", &last_id(&scene)).await;
        assert_eq!(status["status"], "failed", "{behaviour} after retry: {status}");
        // A return address outside the tier is ignored.
        let response = submit(&server, &scene, &retry, &[("return_to", "//evil.example/")]).await;
        assert_eq!(location(&response), scene);
    }
    server.stop().await;
}

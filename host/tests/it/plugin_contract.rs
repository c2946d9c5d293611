//! The plugin contract's versions through the real `PluginHost`: a plugin
//! built for `wit/0.1` (the hostile guest) and one built for `wit/0.2` (the
//! `elder` guest) still load and answer story, picture and video calls
//! beside the bundled plugins built for `wit/0.3`, converted at their edge
//! (no seed in their hints, no description on their pictures); a 0.1 video
//! job becomes `Pending` and its polls keep the job id; video calls run under the video limits;
//! the built-in `pan-and-zoom` model turns a real PNG into a fast-start MP4;
//! and `download_clip` fetches a finished clip's link only from a declared
//! origin, with the key only where it is bound, capped, leaving no file
//! behind on failure.

#![allow(clippy::unwrap_used, clippy::panic)] // tests and benches may fail loudly

use crate::common;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use storyloom::plugin_host::{
    Approval, CallLimits, CredentialGrant, Environment, LimitsByKind, MIN_POLL_AFTER, Media, PluginError, PluginHost, PluginHostConfig,
    ProviderFailure, SceneHints, SlotLimits, StoryCall, Turn, VideoCall, VideoLink, VideoProgress, net::GateConfig,
};

/// The compile cache every test host shares, so the bundled plugins compile once per run.
fn shared_cache() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("plugin-cache")
}

async fn load(bundled: bool, files: Vec<PathBuf>, approvals: Vec<Approval>, env: Environment, limits: LimitsByKind) -> PluginHost {
    PluginHost::load(PluginHostConfig {
        cache_dir: shared_cache(),
        plugins_dir: None,
        bundled,
        extra_files: files,
        limits,
        gate: GateConfig { allowed_private: vec!["127.0.0.1".parse().unwrap()], ..GateConfig::default() },
        env,
        approvals,
        slots: SlotLimits::default(),
    })
    .await
    .unwrap()
}

fn clip_call(prompt: &str, image: Option<Vec<u8>>) -> VideoCall {
    VideoCall {
        prompt: prompt.into(),
        image: image.map(|bytes| Media { media_type: "image/png".into(), bytes }),
        duration_secs: 8,
        aspect_ratio: "1:1".into(),
    }
}

/// Scene 2 of 3 about `premise`, after one choice, in story seed 99.
fn story_call(premise: &str) -> StoryCall {
    StoryCall {
        system: "Answer with one scene as JSON.".into(),
        messages: vec![Turn { role: "user".into(), content: format!("Write scene 2 of 3 about {premise}.") }],
        json_schema: "{}".into(),
        max_tokens: 1200,
        hints: SceneHints {
            premise: premise.into(),
            path: vec!["Open the door".into()],
            scene_number: 2,
            target_scenes: 3,
            tier: "kids".into(),
            seed: 99,
        },
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_0_1_plugin_still_loads_and_runs_beside_the_0_3_bundled_plugins() {
    let host = load(
        true,
        vec![hostile_guest()],
        vec![approval(&hostile_guest(), "hostile", Vec::new())],
        Environment::default(),
        LimitsByKind::default(),
    )
    .await;
    assert!(host.rejected().is_empty(), "{:?}", host.rejected());
    let plugins = host.plugins();
    let contract = |id: &str| plugins.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("{id} not loaded")).contract;
    assert_eq!(contract("hostile"), "0.1.0");
    for id in ["builtin-story", "builtin-picture", "builtin-video", "openai", "anthropic", "xai", "gemini"] {
        assert_eq!(contract(id), "0.3.0", "{id}");
    }

    // The 0.1 plugin answers every kind of call through its converted bindings, its imports included.
    let scene = host.generate_story("hostile-story", story_call("noop")).await.unwrap();
    assert!(scene.contains("\"title\":\"Calm\""), "{scene}");
    let picture = host.generate_image("hostile-image", image_request("noop")).await.unwrap();
    assert_eq!((picture.media.bytes.as_slice(), picture.description), (&b"ok"[..], None), "a 0.1 picture has no description");
    let err = host.generate_image("hostile-image", image_request("ratelimit")).await.unwrap_err();
    assert!(matches!(err, PluginError::Provider { kind: ProviderFailure::RateLimited, .. }), "{err:?}");
    let refused = host.generate_image("hostile-image", image_request("fetch http://undeclared.invalid/")).await.unwrap_err();
    assert!(matches!(refused, PluginError::HostNotDeclared { .. }), "{refused:?}");
    // And a 0.3 plugin beside it.
    let drawn = host.generate_image("picture-book", image_request("a fox in a wood")).await.unwrap();
    assert_eq!(
        (drawn.media.media_type.as_str(), drawn.description.as_deref()),
        ("image/png", Some("a fox in a forest")),
        "a 0.3 plugin describes what it drew"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_0_2_plugin_still_loads_and_answers_story_picture_and_video_calls() {
    let guest = contract_0_2_guest();
    let host =
        load(true, vec![guest.clone()], vec![approval(&guest, "elder", Vec::new())], Environment::default(), LimitsByKind::default()).await;
    assert!(host.rejected().is_empty(), "{:?}", host.rejected());
    let plugins = host.plugins();
    let elder = plugins.iter().find(|p| p.id == "elder").expect("the 0.2 guest loads");
    assert_eq!(elder.contract, "0.2.0");

    // Its story call gets the 0.2 hints, field for field (the seed is dropped at the edge).
    let scene = host.generate_story("elder-story", story_call("a fox")).await.unwrap();
    assert!(scene.contains("premise=a fox; scene=2; path=1; target=3; tier=kids"), "{scene}");
    // Its picture becomes a picture with no description.
    let picture = host.generate_image("elder-image", image_request("a fox")).await.unwrap();
    assert_eq!((&picture.media.bytes[1..4], picture.media.media_type.as_str()), (&b"PNG"[..], "image/png"));
    assert_eq!(picture.description, None);
    // Its imports run through the latest ones, and its errors keep their kind (0.2's quota too).
    host.generate_image("elder-image", image_request("log then draw")).await.unwrap();
    let refused = host.generate_image("elder-image", image_request("fetch http://undeclared.invalid/")).await.unwrap_err();
    assert!(matches!(refused, PluginError::HostNotDeclared { .. }), "{refused:?}");
    let quota = host.generate_image("elder-image", image_request("quota")).await.unwrap_err();
    assert!(matches!(quota, PluginError::Provider { kind: ProviderFailure::QuotaExceeded, .. }), "{quota:?}");
    // Its video status comes through with progress, and a link.
    let submitted = host.submit_video("elder-clip", clip_call("a fox", None)).await.unwrap();
    assert_eq!(submitted, VideoProgress::Pending { job_id: "elder-1".into(), poll_after: Duration::from_secs(2), percent: Some(30) });
    let polled = host.poll_video("elder-clip", "elder-1").await.unwrap();
    assert!(matches!(&polled, VideoProgress::Ready(link) if link.url == "http://declared.invalid/elder-1.mp4"), "{polled:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_0_1_video_job_is_pending_and_its_polls_keep_the_job_id_under_the_video_limits() {
    let dir = tempfile::tempdir().unwrap();
    let file = impostor(dir.path(), "old-video.wasm", "id old-video\nmodel old-clip|Old Clip|Test|video|\nhost http://declared.invalid");
    let tight = CallLimits { cpu: Duration::from_millis(400), wall: Duration::from_secs(5), memory_bytes: 32 * 1024 * 1024 };
    let limits = LimitsByKind { video: tight, ..LimitsByKind::default() };
    let host = load(false, vec![file.clone()], vec![approval(&file, "old-video", Vec::new())], Environment::default(), limits).await;
    assert_eq!(host.plugins()[0].contract, "0.1.0");

    let submitted = host.submit_video("old-clip", clip_call("job prov-42 5000", None)).await.unwrap();
    assert_eq!(submitted, VideoProgress::Pending { job_id: "prov-42".into(), poll_after: Duration::from_secs(5), percent: None });
    let polled = host.poll_video("old-clip", "wait-1500").await.unwrap();
    assert_eq!(polled, VideoProgress::Pending { job_id: "wait-1500".into(), poll_after: Duration::from_millis(1500), percent: None });
    let Ok(VideoProgress::Done(clip)) = host.poll_video("old-clip", "done").await else { panic!("no clip") };
    assert_eq!((clip.media_type.as_str(), &clip.bytes[4..8]), ("video/mp4", &b"ftyp"[..]));

    // A plugin asking to be polled at once is polled no faster than the host's floor.
    let eager = host.submit_video("old-clip", clip_call("job quick 0", None)).await.unwrap();
    assert!(matches!(eager, VideoProgress::Pending { poll_after, .. } if poll_after == MIN_POLL_AFTER), "{eager:?}");

    // Video calls run under `LimitsByKind.video`.
    let spin = host.submit_video("old-clip", clip_call("spin", None)).await.unwrap_err();
    assert!(matches!(spin, PluginError::CpuDeadline { limit, .. } if limit == tight.cpu), "{spin:?}");
    // A video model is not a picture model, nor the other way round.
    assert!(matches!(host.generate_image("old-clip", image_request("noop")).await, Err(PluginError::UnknownModel(_))));
}

/// A 1024×1024 PNG with shapes and gradients, as a picture model would give.
fn scene_png() -> Vec<u8> {
    let image = image::RgbImage::from_fn(1024, 1024, |x, y| {
        let sun = (x as i32 - 700).pow(2) + (y as i32 - 260).pow(2) < 110 * 110;
        if sun {
            image::Rgb([250, 220, 80])
        } else if y > 640 {
            image::Rgb([50, (110 + (x / 32) % 2 * 40) as u8, 60])
        } else {
            image::Rgb([(80 + y / 8) as u8, (130 + y / 10) as u8, 230])
        }
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image.write_to(&mut out, image::ImageFormat::Png).unwrap();
    out.into_inner()
}

/// Top-level MP4 boxes: their four-letter types in order (ISO/IEC 14496-12: big-endian u32 size, then the type).
fn top_boxes(mp4: &[u8]) -> Vec<String> {
    let mut kinds = Vec::new();
    let mut at = 0;
    while at + 8 <= mp4.len() {
        let size = u32::from_be_bytes(mp4[at..at + 4].try_into().unwrap()) as usize;
        kinds.push(String::from_utf8_lossy(&mp4[at + 4..at + 8]).into_owned());
        assert!(size >= 8 && at + size <= mp4.len(), "box {} overruns", kinds.last().unwrap());
        at += size;
    }
    kinds
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pan_and_zoom_turns_a_real_png_into_a_fast_start_mp4() {
    init_logs();
    let host = load(true, Vec::new(), Vec::new(), Environment::default(), LimitsByKind::default()).await;
    let model = host.model("pan-and-zoom").unwrap();
    assert!(model.available && model.display_name == "Pan and Zoom (offline)" && model.provider_group == "Built-in", "{model:?}");

    let started = Instant::now();
    let answer = host.submit_video("pan-and-zoom", clip_call("a lighthouse on a cliff at sunset", Some(scene_png()))).await.unwrap();
    let took = started.elapsed();
    let VideoProgress::Done(clip) = answer else { panic!("{answer:?}") };
    // A figure, not an assertion: scripts/bench.sh measures it in a release build.
    eprintln!("pan-and-zoom: 8 s 512x512 clip of {} bytes in {took:?} (test build)", clip.bytes.len());
    assert_eq!(clip.media_type, "video/mp4");
    let boxes = top_boxes(&clip.bytes);
    assert_eq!(boxes.first().map(String::as_str), Some("ftyp"), "{boxes:?}");
    let at = |kind: &str| boxes.iter().position(|k| k == kind).unwrap_or_else(|| panic!("no {kind} in {boxes:?}"));
    assert!(at("moov") < at("mdat"), "fast start: {boxes:?}");

    let err = host.submit_video("pan-and-zoom", clip_call("a lighthouse", None)).await.unwrap_err();
    assert!(
        matches!(&err, PluginError::Provider { kind: ProviderFailure::InvalidRequest, message, .. } if message.contains("there is none")),
        "{err:?}"
    );
}

/// What a test server saw: the path and the `authorization` header of each request.
type Seen = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// A server answering `/clip.mp4` with `body`, `/gone` with 404, and anything else with a redirect to `redirect_to`.
async fn clip_server(body: Vec<u8>, redirect_to: Option<String>) -> (SocketAddr, Seen) {
    use axum::http::{HeaderMap, StatusCode, Uri, header};
    use axum::response::{IntoResponse, Response};
    let seen: Seen = Arc::default();
    let log = seen.clone();
    let app = axum::Router::new().fallback(move |uri: Uri, headers: HeaderMap| {
        let (body, redirect_to, log) = (body.clone(), redirect_to.clone(), log.clone());
        async move {
            let auth = headers.get(header::AUTHORIZATION).map(|v| v.to_str().unwrap().to_string());
            log.lock().unwrap().push((uri.path().to_string(), auth));
            let response: Response = match (uri.path(), redirect_to) {
                ("/clip.mp4", _) => ([(header::CONTENT_TYPE, "video/mp4")], body).into_response(),
                ("/gone", _) | (_, None) => StatusCode::NOT_FOUND.into_response(),
                (_, Some(to)) => (StatusCode::FOUND, [(header::LOCATION, to)]).into_response(),
            };
            response
        }
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, seen)
}

fn link(url: String, credential: Option<&str>) -> VideoLink {
    VideoLink { url, credential: credential.map(str::to_string) }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn download_clip_goes_only_where_the_plugin_may_with_the_key_only_where_it_is_bound() {
    let clip: Vec<u8> = [&b"\0\0\0\x18ftypisom"[..], &[7u8; 100_000]].concat();
    let (cdn, cdn_seen) = clip_server(clip.clone(), None).await;
    let (api, api_seen) = clip_server(clip.clone(), Some(format!("http://{cdn}/clip.mp4"))).await;
    let (undeclared, undeclared_seen) = clip_server(clip.clone(), None).await;
    let dir = tempfile::tempdir().unwrap();
    let persona = format!(
        "id clipper\nmodel clipper-video|Clipper|Test|video|CLIPPER_API_KEY\ncredential CLIPPER_API_KEY|authorization|Bearer \nhost http://{api}\nhost http://{cdn}"
    );
    let file = impostor(dir.path(), "clipper.wasm", &persona);
    let grant = vec![CredentialGrant { name: "CLIPPER_API_KEY".into(), origins: vec![format!("http://{api}")] }];
    let mut env = Environment::default();
    env.insert("CLIPPER_API_KEY", "clip-key-SECRET");
    let host = load(false, vec![file.clone()], vec![approval(&file, "clipper", grant)], env, LimitsByKind::default()).await;
    let out = |name: &str| dir.path().join(name);
    let cap = 1024 * 1024;

    // Keyed on the API's origin, which redirects to the CDN: the clip arrives, the key stays at the API.
    let (bytes, content_type) = host
        .download_clip("clipper-video", &link(format!("http://{api}/v1/videos/7/content"), Some("CLIPPER_API_KEY")), &out("a.part"), cap)
        .await
        .unwrap();
    assert_eq!((bytes, content_type.as_deref()), (clip.len() as u64, Some("video/mp4")));
    assert_eq!(std::fs::read(out("a.part")).unwrap(), clip);
    assert_eq!(api_seen.lock().unwrap()[0].1.as_deref(), Some("Bearer clip-key-SECRET"));
    assert_eq!(cdn_seen.lock().unwrap()[0].1, None, "the key must not follow the redirect");

    // The key asked for on the CDN, where it is not bound: refused, nothing sent, no file left.
    let before = cdn_seen.lock().unwrap().len();
    let err = host
        .download_clip("clipper-video", &link(format!("http://{cdn}/clip.mp4"), Some("CLIPPER_API_KEY")), &out("b.part"), cap)
        .await
        .unwrap_err();
    assert!(matches!(err, PluginError::Provider { kind: ProviderFailure::Unauthorized, .. }), "{err:?}");
    assert!(!err.to_string().contains("SECRET"));
    assert_eq!(cdn_seen.lock().unwrap().len(), before);
    assert!(!out("b.part").exists());

    // A pre-signed CDN link: no key named, none sent.
    host.download_clip("clipper-video", &link(format!("http://{cdn}/clip.mp4"), None), &out("c.part"), cap).await.unwrap();
    assert!(cdn_seen.lock().unwrap().iter().all(|(_, auth)| auth.is_none()));

    // An origin the plugin did not declare: refused before connecting, no file left.
    let err =
        host.download_clip("clipper-video", &link(format!("http://{undeclared}/clip.mp4"), None), &out("d.part"), cap).await.unwrap_err();
    assert!(matches!(&err, PluginError::HostNotDeclared { origin, .. } if origin.contains(&undeclared.port().to_string())), "{err:?}");
    assert!(undeclared_seen.lock().unwrap().is_empty() && !out("d.part").exists());

    // Over the cap, or an expired link: an error and no file.
    let err = host.download_clip("clipper-video", &link(format!("http://{cdn}/clip.mp4"), None), &out("e.part"), 50_000).await.unwrap_err();
    assert!(matches!(err, PluginError::BadOutput { .. }), "{err:?}");
    assert!(!out("e.part").exists());
    let err = host.download_clip("clipper-video", &link(format!("http://{cdn}/gone"), None), &out("f.part"), cap).await.unwrap_err();
    assert!(matches!(&err, PluginError::Provider { kind: ProviderFailure::Transient, message, .. } if message.contains("404")), "{err:?}");
    assert!(err.is_retryable() && !out("f.part").exists());

    // Only a video model's plugin downloads clips.
    let err = host.download_clip("picture-book", &link(format!("http://{cdn}/clip.mp4"), None), &out("g.part"), cap).await.unwrap_err();
    assert!(matches!(err, PluginError::UnknownModel(_)), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_in_file_cannot_pass_for_the_built_in_clip_maker() {
    let dir = tempfile::tempdir().unwrap();
    let same_id = impostor(dir.path(), "same-id.wasm", "id builtin-video\nmodel my-clips|My Clips|Test|video|");
    let same_name = impostor(dir.path(), "same-name.wasm", "id clips\nmodel my-clips|Pan and Zoom (offline)|Test|video|");
    let approvals = vec![approval(&same_id, "builtin-video", Vec::new()), approval(&same_name, "clips", Vec::new())];
    let host = load(false, vec![same_id, same_name], approvals, Environment::default(), LimitsByKind::default()).await;
    assert!(host.plugins().is_empty(), "{:?}", host.plugins().iter().map(|p| &p.id).collect::<Vec<_>>());
    let reasons: Vec<&str> = host.rejected().iter().map(|r| r.reason.as_str()).collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(reasons[0].contains("builtin-video") && reasons[1].contains("Pan and Zoom"), "{reasons:?}");
    assert!(host.model("my-clips").is_none());
}

//! Wire-level tests of [`HttpGate::download`]: the same origin, credential and
//! redirect checks as `fetch` (declared origin only, the key only where it is
//! bound, a redirect to an undeclared origin refused), the byte cap (announced
//! and streamed), and non-2xx answers written nowhere.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use super::test_fixtures::{KEY, gate, local_config, policy, request};
use super::test_servers::{Reply, TestServer};
use super::*;

const LIMIT: u64 = 1024 * 1024;
const WAIT: Duration = Duration::from_secs(5);

fn clip() -> Vec<u8> {
    let mut bytes = b"\0\0\0\x18ftypisom".to_vec();
    bytes.resize(200_000, 7);
    bytes
}

fn keyed(url: &str) -> OutRequest {
    OutRequest { credential: Some("OPENAI_API_KEY".into()), ..request(Method::Get, url) }
}

#[tokio::test]
async fn a_declared_origin_streams_the_body_and_gets_the_key_it_is_bound_to() {
    let server = TestServer::start(|_| Reply::ok(clip()).header("content-type", "video/mp4")).await;
    let mut sink = Vec::new();
    let done = gate(local_config())
        .download(&policy(&[server.origin()]), keyed(&server.url("/v1/videos/1/content")), &mut sink, LIMIT, WAIT)
        .await;
    let done = done.unwrap();
    assert_eq!(done, Downloaded { status: 200, bytes: clip().len() as u64, content_type: Some("video/mp4".into()) });
    assert_eq!(sink, clip());
    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].header("authorization"), Some(format!("Bearer {KEY}").as_str()));

    // A pre-signed link: no credential named, no key sent.
    let mut sink = Vec::new();
    gate(local_config())
        .download(&policy(&[server.origin()]), request(Method::Get, &server.url("/signed")), &mut sink, LIMIT, WAIT)
        .await
        .unwrap();
    assert_eq!(server.seen()[1].header("authorization"), None);
}

#[tokio::test]
async fn an_undeclared_origin_is_refused_before_any_connection() {
    let declared = TestServer::start(|_| Reply::ok(clip())).await;
    let other = TestServer::start(|_| Reply::ok(clip())).await;
    let mut sink = Vec::new();
    let err = gate(local_config())
        .download(&policy(&[declared.origin()]), request(Method::Get, &other.url("/clip.mp4")), &mut sink, LIMIT, WAIT)
        .await;
    assert!(matches!(err, Err(DownloadError::Gate(GateError::HostNotDeclared(ref m))) if m.contains(&other.origin())), "{err:?}");
    assert!(sink.is_empty() && other.seen().is_empty());
}

#[tokio::test]
async fn the_key_goes_only_to_an_origin_it_is_bound_to() {
    let api = TestServer::start(|_| Reply::ok(clip())).await;
    let cdn = TestServer::start(|_| Reply::ok(clip())).await;
    // Both origins declared; the key bound to the API's only.
    let mut policy = policy(&[api.origin()]);
    policy.allow = AllowList::new([api.origin(), cdn.origin()]).unwrap();
    let gate = gate(local_config());

    // Asked for on the CDN: refused, nothing sent anywhere.
    let mut sink = Vec::new();
    let err = gate.download(&policy, keyed(&cdn.url("/clip.mp4")), &mut sink, LIMIT, WAIT).await;
    assert!(matches!(err, Err(DownloadError::Gate(GateError::CredentialUnavailable(_)))), "{err:?}");
    assert!(sink.is_empty() && cdn.seen().is_empty());

    // Keyed on the API, which redirects to the CDN: the key stays at home.
    let target = cdn.url("/signed/clip.mp4");
    let redirecting = TestServer::start(move |_| Reply::redirect(302, &target)).await;
    let mut policy = policy.clone();
    policy.allow = AllowList::new([redirecting.origin(), cdn.origin()]).unwrap();
    policy.credentials[0].origins = AllowList::new([redirecting.origin()]).unwrap();
    let mut sink = Vec::new();
    gate.download(&policy, keyed(&redirecting.url("/v1/videos/1")), &mut sink, LIMIT, WAIT).await.unwrap();
    assert_eq!(sink, clip());
    assert_eq!(redirecting.seen()[0].header("authorization"), Some(format!("Bearer {KEY}").as_str()));
    let at_cdn = cdn.seen();
    assert_eq!(at_cdn.len(), 1);
    assert_eq!(at_cdn[0].header("authorization"), None, "the key must not follow the redirect");
}

#[tokio::test]
async fn a_redirect_to_an_undeclared_origin_is_refused() {
    let elsewhere = TestServer::start(|_| Reply::ok(clip())).await;
    let target = elsewhere.url("/clip.mp4");
    let server = TestServer::start(move |_| Reply::redirect(307, &target)).await;
    let mut sink = Vec::new();
    let err = gate(local_config()).download(&policy(&[server.origin()]), keyed(&server.url("/v1/videos/1")), &mut sink, LIMIT, WAIT).await;
    assert!(matches!(err, Err(DownloadError::Gate(GateError::HostNotDeclared(ref m))) if m.contains(&elsewhere.origin())), "{err:?}");
    assert!(sink.is_empty() && elsewhere.seen().is_empty());
}

#[tokio::test]
async fn a_body_over_the_cap_is_refused_whether_announced_or_streamed() {
    // Announced: content-length over the cap, nothing written.
    let server = TestServer::start(|_| Reply::ok(clip())).await;
    let mut sink = Vec::new();
    let err =
        gate(local_config()).download(&policy(&[server.origin()]), request(Method::Get, &server.url("/big")), &mut sink, 1000, WAIT).await;
    assert!(matches!(err, Err(DownloadError::TooLarge { limit: 1000, .. })), "{err:?}");
    assert!(sink.is_empty());

    // Streamed without a length: stopped as soon as it passes the cap, never more than the cap written.
    let addr = chunked_server(40, 1000).await;
    let origin = format!("http://{addr}");
    let mut sink = Vec::new();
    let err = gate(local_config())
        .download(&policy(std::slice::from_ref(&origin)), request(Method::Get, &format!("{origin}/clip")), &mut sink, 10_500, WAIT)
        .await;
    assert!(matches!(err, Err(DownloadError::TooLarge { limit: 10_500, .. })), "{err:?}");
    assert!(sink.len() as u64 <= 10_500, "{}", sink.len());

    // The same stream under a cap it fits in arrives whole.
    let mut sink = Vec::new();
    let done = gate(local_config())
        .download(&policy(std::slice::from_ref(&origin)), request(Method::Get, &format!("{origin}/clip")), &mut sink, 40_000, WAIT)
        .await;
    assert_eq!(done.unwrap().bytes, 40_000);
    assert_eq!(sink.len(), 40_000);
}

#[tokio::test]
async fn an_error_answer_is_written_nowhere() {
    let server = TestServer::start(|_| Reply::status(404, "expired link")).await;
    let mut sink = Vec::new();
    let err = gate(local_config())
        .download(&policy(&[server.origin()]), request(Method::Get, &server.url("/gone")), &mut sink, LIMIT, WAIT)
        .await;
    assert!(matches!(err, Err(DownloadError::Status { status: 404, .. })), "{err:?}");
    assert!(sink.is_empty());
}

#[tokio::test]
async fn private_addresses_still_need_the_operator() {
    let server = TestServer::start(|_| Reply::ok(clip())).await;
    let strict = gate(GateConfig { timeout: WAIT, ..GateConfig::default() });
    let mut sink = Vec::new();
    let err = strict.download(&policy(&[server.origin()]), request(Method::Get, &server.url("/clip")), &mut sink, LIMIT, WAIT).await;
    assert!(matches!(err, Err(DownloadError::Gate(GateError::DestinationProhibited(_)))), "{err:?}");
    assert!(server.seen().is_empty());
}

/// A raw HTTP/1.1 server answering every request with `chunks` chunks of `size` bytes, chunked, no length.
async fn chunked_server(chunks: usize, size: usize) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: video/mp4\r\ntransfer-encoding: chunked\r\n\r\n").await;
                for _ in 0..chunks {
                    let chunk = format!("{size:x}\r\n{}\r\n", "x".repeat(size));
                    if socket.write_all(chunk.as_bytes()).await.is_err() {
                        return;
                    }
                }
                let _ = socket.write_all(b"0\r\n\r\n").await;
            });
        }
    });
    addr
}

//! Wire-level tests of what [`HttpGate::fetch`] returns and records: every
//! status with its headers and body, the size cap, the whole-call timeout,
//! transport errors, and the single log event that never carries the key.

use std::time::{Duration, Instant};

use super::test_fixtures::{KEY, gate, local_config, policy, request};
use super::test_servers::{LogCapture, Reply, TestServer, closed_port, stalling_body_server};
use super::*;

#[tokio::test]
async fn error_statuses_come_back_intact() {
    let body = r#"{"error":{"message":"Rate limit reached","type":"requests"}}"#;
    let server =
        TestServer::start(move |_| Reply::status(429, body).header("retry-after", "7").header("content-type", "application/json")).await;
    let response = gate(local_config()).fetch(&policy(&[server.origin()]), request(Method::Post, &server.url("/v1"))).await.unwrap();
    assert_eq!(response.status, 429);
    assert_eq!(response.body, body.as_bytes());
    assert!(!response.truncated);
    assert!(response.headers.contains(&("retry-after".to_string(), "7".to_string())));
    assert!(response.headers.contains(&("content-type".to_string(), "application/json".to_string())));
}

#[tokio::test]
async fn oversize_bodies_are_truncated_at_the_cap() {
    let server = TestServer::start(|seen| Reply::ok(vec![b'x'; if seen.path == "/big" { 5000 } else { 1000 }])).await;
    let gate = gate(GateConfig { max_response_bytes: 1000, ..local_config() });
    let policy = policy(&[server.origin()]);
    let big = gate.fetch(&policy, request(Method::Get, &server.url("/big"))).await.unwrap();
    assert_eq!((big.body.len(), big.truncated), (1000, true));
    let exact = gate.fetch(&policy, request(Method::Get, &server.url("/exact"))).await.unwrap();
    assert_eq!((exact.body.len(), exact.truncated), (1000, false));
    let head = gate.fetch(&policy, request(Method::Head, &server.url("/big"))).await.unwrap();
    assert_eq!((head.status, head.body.len(), head.truncated), (200, 0, false));
}

#[tokio::test]
async fn timeout_covers_the_whole_call_and_plugins_can_only_shorten_it() {
    let slow = TestServer::start(|_| Reply::ok("late").delayed(Duration::from_secs(30))).await;
    let stalling = format!("http://{}", stalling_body_server().await);
    let policy = policy(&[slow.origin(), stalling.clone()]);

    let shortened = OutRequest { timeout_ms: Some(300), ..request(Method::Get, &slow.url("/")) };
    let started = Instant::now();
    let err = gate(local_config()).fetch(&policy, shortened).await.unwrap_err();
    assert!(matches!(&err, GateError::Timeout(m) if m.contains("openai") && m.contains("300 ms")), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));

    let short_host = gate(GateConfig { timeout: Duration::from_millis(300), ..local_config() });
    let lengthened = OutRequest { timeout_ms: Some(60_000), ..request(Method::Get, &stalling) };
    let started = Instant::now();
    let err = short_host.fetch(&policy, lengthened).await.unwrap_err();
    assert!(matches!(err, GateError::Timeout(_)), "a stalled body times out too: {err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn connection_failures_are_transport_errors() {
    let closed = format!("http://{}", closed_port().await);
    let err = gate(local_config()).fetch(&policy(std::slice::from_ref(&closed)), request(Method::Get, &closed)).await.unwrap_err();
    assert!(matches!(&err, GateError::Transport(m) if m.contains("openai") && m.contains(&closed)), "{err:?}");
}

#[tokio::test]
async fn one_log_event_per_call_and_the_key_never_leaks() {
    let logs = LogCapture::start();
    let server = TestServer::start(|_| Reply::status(500, "secret body text")).await;
    let gate = gate(local_config());
    let policy = policy(&[server.origin(), format!("http://127.0.0.2:{}", server.addr.port())]);
    let call = |url: String| OutRequest {
        credential: Some("OPENAI_API_KEY".into()),
        headers: vec![("x-guest".into(), "guest-header-value".into())],
        body: b"request body text".to_vec(),
        ..request(Method::Post, &url)
    };
    let ok = gate.fetch(&policy, call(server.url("/v1/path?q=query-text"))).await.unwrap();
    assert_eq!(ok.status, 500);
    let mut errors = vec![
        gate.fetch(&policy, call("http://undeclared.example/".into())).await.unwrap_err(),
        gate.fetch(&policy, call(format!("http://127.0.0.2:{}/", server.addr.port()))).await.unwrap_err(),
        gate.fetch(&policy, OutRequest { timeout_ms: Some(0), ..call(server.url("/")) }).await.unwrap_err(),
    ];
    let bad_key = HttpGate::new(local_config(), Secrets::from_pairs([("OPENAI_API_KEY", format!("{KEY}\n"))])).unwrap();
    errors.push(bad_key.fetch(&policy, call(server.url("/"))).await.unwrap_err());
    assert!(matches!(errors[3], GateError::CredentialUnavailable(_)));

    let events = logs.fetch_events();
    assert_eq!(events.len(), 5, "{events:#?}");
    let first = &events[0];
    for field in ["plugin=openai", "method=\"POST\"", "status=500", "bytes=16", "outcome=\"ok\"", "duration_ms="] {
        assert!(first.contains(field), "{field} missing in {first}");
    }
    assert!(first.contains(&format!("origin={}", server.origin())), "{first}");
    assert!(events[1].contains("outcome=\"host_not_declared\""), "{}", events[1]);
    let all = format!(
        "{} {errors:?} {} {:?} {gate:?} {policy:?}",
        logs.text(),
        errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(" "),
        Secrets::from_pairs([("OPENAI_API_KEY", KEY)])
    );
    assert!(!all.contains(KEY), "the key leaked");
    for private in ["/v1/path", "query-text", "guest-header-value", "request body text", "secret body text"] {
        assert!(events.iter().all(|e| !e.contains(private)), "{private} logged");
    }
}

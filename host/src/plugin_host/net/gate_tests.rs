//! Wire-level tests of the checks [`HttpGate::fetch`] makes before and while
//! connecting: allow-list, URL shape, private addresses, headers, credentials.
//! Responses, timeouts and logs are in `response_tests.rs`; redirects in
//! `redirect_tests.rs`.

use std::time::Duration;

use super::test_fixtures::{KEY, gate, local_config, ok_server, policy, request};
use super::test_servers::{Reply, TestServer};
use super::*;

#[tokio::test]
async fn undeclared_origin_is_refused_before_any_connection() {
    let declared = TestServer::start(ok_server()).await;
    let other = TestServer::start(ok_server()).await;
    let gate = gate(local_config());
    let policy = policy(&[declared.origin()]);

    let err = gate.fetch(&policy, request(Method::Get, &other.url("/x"))).await.unwrap_err();
    let GateError::HostNotDeclared(msg) = &err else { panic!("{err:?}") };
    assert!(msg.contains("openai") && msg.contains(&other.origin()), "{msg}");
    // Same address, but by name: still a different origin.
    let by_name = format!("http://localhost:{}/", declared.addr.port());
    assert!(matches!(gate.fetch(&policy, request(Method::Get, &by_name)).await, Err(GateError::HostNotDeclared(_))));
    // A name that cannot resolve is refused as undeclared, proving no lookup happened first.
    let err = gate.fetch(&policy, request(Method::Get, "http://no-such-host.invalid/")).await.unwrap_err();
    assert!(matches!(err, GateError::HostNotDeclared(_)), "{err:?}");
    assert!(other.seen().is_empty() && declared.seen().is_empty());

    assert_eq!(gate.fetch(&policy, request(Method::Get, &declared.url("/y"))).await.unwrap().body, b"hello");
    assert_eq!(declared.seen().len(), 1);
}

#[tokio::test]
async fn bad_urls_are_invalid_requests() {
    let gate = gate(local_config());
    let policy = policy(&["https://api.openai.com".to_string()]);
    for url in ["not a url", "ftp://api.openai.com/x", "file:///etc/passwd", "https://user:pw@api.openai.com/"] {
        let err = gate.fetch(&policy, request(Method::Get, url)).await.unwrap_err();
        assert!(matches!(&err, GateError::InvalidRequest(m) if m.contains("openai")), "{url}: {err:?}");
        assert!(!err.to_string().contains(":pw@"), "{err}");
    }
}

#[tokio::test]
async fn private_and_loopback_destinations_need_operator_permission() {
    let server = TestServer::start(ok_server()).await;
    let port = server.addr.port();
    let origins = [format!("http://127.0.0.1:{port}"), format!("http://localhost:{port}"), format!("http://[::1]:{port}")];
    let policy = policy(&origins);
    let strict = gate(GateConfig { timeout: Duration::from_secs(5), ..GateConfig::default() });
    for url in &origins {
        let err = strict.fetch(&policy, request(Method::Get, url)).await.unwrap_err();
        let GateError::DestinationProhibited(msg) = &err else { panic!("{url}: {err:?}") };
        assert!(msg.contains("openai") && msg.contains("loopback"), "{msg}");
    }
    assert!(server.seen().is_empty());

    // With 127.0.0.1 allowed, both the literal and `localhost` (filtered to 127.0.0.1) work; ::1 does not.
    let allowed = gate(local_config());
    for url in &origins[..2] {
        assert_eq!(allowed.fetch(&policy, request(Method::Get, url)).await.unwrap().status, 200, "{url}");
    }
    let err = allowed.fetch(&policy, request(Method::Get, &origins[2])).await.unwrap_err();
    assert!(matches!(err, GateError::DestinationProhibited(_)), "{err:?}");
    assert_eq!(server.seen().len(), 2);
}

#[tokio::test]
async fn credential_and_guest_headers_arrive_on_the_wire() {
    let server = TestServer::start(|_| Reply::ok("{}")).await;
    let gate = gate(local_config());
    let mut req = request(Method::Post, &server.url("/v1/chat?stream=false"));
    req.headers = vec![("Content-Type".into(), "application/json".into()), ("X-Request-Id".into(), "r-1".into())];
    req.body = br#"{"model":"gpt"}"#.to_vec();
    req.credential = Some("OPENAI_API_KEY".into());
    let response = gate.fetch(&policy(&[server.origin()]), req).await.unwrap();
    assert_eq!((response.status, response.body.as_slice()), (200, &b"{}"[..]));

    let seen = server.seen();
    assert_eq!(seen.len(), 1);
    let seen = &seen[0];
    assert_eq!((seen.method.as_str(), seen.path.as_str()), ("POST", "/v1/chat?stream=false"));
    assert_eq!(seen.header("authorization"), Some(format!("Bearer {KEY}").as_str()));
    assert_eq!(seen.header("content-type"), Some("application/json"));
    assert_eq!(seen.header("x-request-id"), Some("r-1"));
    assert_eq!(seen.body, br#"{"model":"gpt"}"#);
}

#[tokio::test]
async fn forbidden_guest_headers_are_refused_before_sending() {
    let server = TestServer::start(ok_server()).await;
    let gate = gate(local_config());
    let policy = policy(&[server.origin()]);
    for (name, value) in [
        ("Authorization", "Bearer stolen"),
        ("x-api-key", "k"),
        ("Cookie", "a=b"),
        ("X-Custom-Token", "t"),
        ("Host", "evil"),
        ("x-ok", "bad\nvalue"),
        ("bad name", "v"),
    ] {
        let mut req = request(Method::Get, &server.url("/"));
        req.headers = vec![(name.into(), value.into())];
        let err = gate.fetch(&policy, req).await.unwrap_err();
        assert!(matches!(&err, GateError::InvalidRequest(m) if m.contains("openai")), "{name}: {err:?}");
    }
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn credentials_must_be_declared_and_set() {
    let server = TestServer::start(ok_server()).await;
    let gate = gate(local_config());
    let policy = policy(&[server.origin()]);
    let with_credential = |name: &str| OutRequest { credential: Some(name.into()), ..request(Method::Get, &server.url("/")) };

    let err = gate.fetch(&policy, with_credential("ANTHROPIC_API_KEY")).await.unwrap_err();
    assert!(matches!(&err, GateError::CredentialUnavailable(m) if m.contains("not granted")), "{err:?}");
    let err = gate.fetch(&policy, with_credential("CUSTOM_KEY")).await.unwrap_err();
    assert!(matches!(&err, GateError::CredentialUnavailable(m) if m.contains("CUSTOM_KEY, which is not set")), "{err:?}");
    assert!(server.seen().is_empty());
}

#[tokio::test]
async fn a_key_goes_only_to_the_origins_it_is_bound_to() {
    let provider = TestServer::start(ok_server()).await;
    let other = TestServer::start(ok_server()).await;
    let gate = gate(local_config());
    // The plugin may reach both servers, but its key is bound to the provider only.
    let mut policy = policy(&[provider.origin(), other.origin()]);
    for rule in &mut policy.credentials {
        rule.origins = AllowList::new([provider.origin()]).unwrap();
    }
    let mut req = request(Method::Get, &other.url("/collect"));
    req.credential = Some("OPENAI_API_KEY".into());
    let err = gate.fetch(&policy, req).await.unwrap_err();
    assert!(matches!(&err, GateError::CredentialUnavailable(m) if m.contains("goes only to")), "{err:?}");
    assert!(other.seen().is_empty(), "nothing reached the other server");
    let mut req = request(Method::Get, &provider.url("/ok"));
    req.credential = Some("OPENAI_API_KEY".into());
    gate.fetch(&policy, req).await.unwrap();
    assert_eq!(provider.seen()[0].header("authorization"), Some(format!("Bearer {KEY}").as_str()));
}

#[tokio::test]
async fn oversized_urls_headers_and_bodies_are_refused_before_sending() {
    let server = TestServer::start(ok_server()).await;
    let gate = gate(local_config());
    let policy = policy(&[server.origin()]);
    let long_url = format!("{}?q={}", server.url("/"), "a".repeat(9000));
    let long_host = format!("http://{}.example/", "h".repeat(1 << 20));
    let mut many_headers = request(Method::Get, &server.url("/"));
    many_headers.headers = (0..65).map(|i| (format!("x-h{i}"), "v".into())).collect();
    let mut big_headers = request(Method::Get, &server.url("/"));
    big_headers.headers = vec![("x-big".into(), "v".repeat(40 * 1024))];
    let mut big_body = request(Method::Post, &server.url("/"));
    big_body.body = vec![b'x'; 64 * 1024 * 1024 + 1];
    for (what, req) in [
        ("url", request(Method::Get, &long_url)),
        ("host", request(Method::Get, &long_host)),
        ("headers", many_headers),
        ("header bytes", big_headers),
        ("body", big_body),
    ] {
        let err = gate.fetch(&policy, req).await.unwrap_err();
        assert!(matches!(err, GateError::InvalidRequest(_)), "{what}: {err:?}");
        assert!(err.to_string().len() < 400, "{what}: the message stays short");
    }
    assert!(server.seen().is_empty());
}

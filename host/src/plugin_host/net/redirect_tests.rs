//! Wire-level tests of redirect handling: every hop is re-checked, the
//! credential stays on the original origin, methods and bodies follow the
//! status code, and the hop count is bounded.

use super::test_fixtures::{KEY, gate, local_config, policy, request};
use super::test_servers::{Reply, TestServer};
use super::*;

fn keyed(method: Method, url: String) -> OutRequest {
    OutRequest {
        credential: Some("OPENAI_API_KEY".into()),
        headers: vec![("x-request-id".into(), "r-7".into()), ("content-type".into(), "text/plain".into())],
        ..request(method, &url)
    }
}

#[tokio::test]
async fn chain_to_a_second_declared_origin_keeps_the_key_at_home() {
    let second = TestServer::start(|_| Reply::ok("done")).await;
    let target = second.url("/final?n=1");
    let first = TestServer::start(move |seen| match seen.path.as_str() {
        "/start" => Reply::redirect(302, "/step2"),
        _ => Reply::redirect(307, &target),
    })
    .await;
    let policy = policy(&[first.origin(), second.origin()]);
    let req = OutRequest { body: b"payload".to_vec(), ..keyed(Method::Post, first.url("/start")) };
    let response = gate(local_config()).fetch(&policy, req).await.unwrap();
    assert_eq!((response.status, response.body.as_slice()), (200, &b"done"[..]));

    let at_first = first.seen();
    assert_eq!(at_first.len(), 2);
    assert_eq!((at_first[0].method.as_str(), at_first[0].body.as_slice()), ("POST", &b"payload"[..]));
    // 302: the follow-up is a GET without body (or content-type), still on the same origin so still keyed.
    assert_eq!((at_first[1].method.as_str(), at_first[1].path.as_str()), ("GET", "/step2"));
    assert!(at_first[1].body.is_empty() && at_first[1].header("content-type").is_none());
    let auth = format!("Bearer {KEY}");
    assert!(at_first.iter().all(|s| s.header("authorization") == Some(auth.as_str())));

    let at_second = second.seen();
    assert_eq!(at_second.len(), 1);
    assert_eq!((at_second[0].method.as_str(), at_second[0].path.as_str()), ("GET", "/final?n=1"));
    assert_eq!(at_second[0].header("authorization"), None, "the key must not follow to another origin");
    assert_eq!(at_second[0].header("x-request-id"), Some("r-7"));
}

#[tokio::test]
async fn status_307_and_308_keep_method_and_body_and_303_does_not() {
    let second = TestServer::start(|_| Reply::ok("ok")).await;
    let target = second.url("/put-here");
    let first = TestServer::start(move |seen| match seen.path.as_str() {
        "/see-other" => Reply::redirect(303, "/landing"),
        "/landing" => Reply::ok("landed"),
        _ => Reply::redirect(308, &target),
    })
    .await;
    let gate = gate(local_config());
    let policy = policy(&[first.origin(), second.origin()]);

    let put = OutRequest { body: b"image bytes".to_vec(), ..keyed(Method::Put, first.url("/permanent")) };
    assert_eq!(gate.fetch(&policy, put).await.unwrap().status, 200);
    let at_second = second.seen();
    assert_eq!((at_second[0].method.as_str(), at_second[0].body.as_slice()), ("PUT", &b"image bytes"[..]));
    assert_eq!(at_second[0].header("content-type"), Some("text/plain"));
    assert_eq!(at_second[0].header("authorization"), None);

    let post = OutRequest { body: b"form".to_vec(), ..keyed(Method::Post, first.url("/see-other")) };
    assert_eq!(gate.fetch(&policy, post).await.unwrap().body, b"landed");
    let landing = first.seen().into_iter().find(|s| s.path == "/landing").unwrap();
    assert_eq!((landing.method.as_str(), landing.body.len()), ("GET", 0));
}

#[tokio::test]
async fn redirect_to_an_undeclared_origin_is_refused_and_nothing_reaches_it() {
    let undeclared = TestServer::start(|_| Reply::ok("should not be reached")).await;
    let target = undeclared.url("/steal");
    let first = TestServer::start(move |_| Reply::redirect(302, &target)).await;
    let err = gate(local_config()).fetch(&policy(&[first.origin()]), keyed(Method::Get, first.url("/"))).await.unwrap_err();
    let GateError::HostNotDeclared(msg) = &err else { panic!("{err:?}") };
    assert!(msg.contains("openai") && msg.contains("redirected") && msg.contains(&undeclared.origin()), "{msg}");
    assert!(undeclared.seen().is_empty());
}

#[tokio::test]
async fn redirect_to_a_prohibited_address_is_refused() {
    let first = TestServer::start(|_| Reply::redirect(301, "http://127.0.0.2:9/")).await;
    let policy = policy(&[first.origin(), "http://127.0.0.2:9".to_string()]);
    let err = gate(local_config()).fetch(&policy, request(Method::Get, &first.url("/"))).await.unwrap_err();
    assert!(matches!(&err, GateError::DestinationProhibited(m) if m.contains("127.0.0.2")), "{err:?}");
}

#[tokio::test]
async fn redirects_are_bounded() {
    let looping = TestServer::start(|_| Reply::redirect(302, "/again")).await;
    let gate = gate(super::GateConfig { max_redirects: 2, ..local_config() });
    let err = gate.fetch(&policy(&[looping.origin()]), request(Method::Get, &looping.url("/"))).await.unwrap_err();
    assert!(matches!(&err, GateError::Transport(m) if m.contains("more than 2")), "{err:?}");
    assert_eq!(looping.seen().len(), 3, "the first request plus two followed hops");

    // A redirect status without a Location is an ordinary answer.
    let bare = TestServer::start(|_| Reply::status(302, "no location")).await;
    let response = gate.fetch(&policy(&[bare.origin()]), request(Method::Get, &bare.url("/"))).await.unwrap();
    assert_eq!((response.status, response.body.as_slice()), (302, &b"no location"[..]));
}

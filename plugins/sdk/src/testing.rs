//! A test double for the host's `http.fetch`, so a plugin's request building
//! and answer parsing are unit-tested natively: no wasm, no server.
//!
//! ```ignore
//! let http = FakeHttp::answering(Response::json_answer(200, &json!({"data": []})));
//! let err = generate(&http, &request).unwrap_err();
//! assert_eq!(http.only().url, "https://api.example.com/v1/images/generations");
//! ```

#![allow(clippy::panic)] // a test double: a wrong request fails the test loudly

use std::cell::RefCell;
use std::collections::VecDeque;

use crate::http::{Fetch, HttpError, Request, Response};

/// Records every request it is given and answers from a queue; when the
/// queue is empty it repeats the last answer.
#[derive(Default)]
pub struct FakeHttp {
    sent: RefCell<Vec<Request>>,
    answers: RefCell<VecDeque<Result<Response, HttpError>>>,
    last: RefCell<Option<Result<Response, HttpError>>>,
}

impl FakeHttp {
    /// Answers every request with `response`.
    pub fn answering(response: Response) -> Self {
        let fake = Self::default();
        fake.then(response);
        fake
    }

    /// Answers every request with `status` and this body text.
    pub fn answering_text(status: u16, body: &str) -> Self {
        Self::answering(Response::new(status, body))
    }

    /// Fails every request as the host would (a refusal, a timeout…); queue answers after it with [`FakeHttp::then`].
    pub fn failing(error: HttpError) -> Self {
        let fake = Self::default();
        fake.answers.borrow_mut().push_back(Err(error));
        fake
    }

    /// Queue one more answer, given after the ones before it.
    pub fn then(&self, response: Response) -> &Self {
        self.answers.borrow_mut().push_back(Ok(response));
        self
    }

    /// Queue one host failure (a refusal, a timeout…), given after the answers before it.
    pub fn then_fail(&self, error: HttpError) -> &Self {
        self.answers.borrow_mut().push_back(Err(error));
        self
    }

    /// Every request so far, oldest first.
    pub fn sent(&self) -> Vec<Request> {
        self.sent.borrow().clone()
    }

    /// The one request sent (panics unless exactly one was).
    pub fn only(&self) -> Request {
        let sent = self.sent.borrow();
        assert_eq!(sent.len(), 1, "expected exactly one request, got {}", sent.len());
        sent[0].clone()
    }

    /// The one request's body as JSON (panics when it is not JSON).
    pub fn json(&self) -> serde_json::Value {
        let only = self.only();
        only.json_body().unwrap_or_else(|e| panic!("the request body is not JSON: {e}"))
    }
}

impl Fetch for FakeHttp {
    fn fetch(&self, request: &Request) -> Result<Response, HttpError> {
        self.sent.borrow_mut().push(request.clone());
        let next = self.answers.borrow_mut().pop_front();
        match next {
            Some(answer) => {
                *self.last.borrow_mut() = Some(answer.clone());
                answer
            }
            None => self.last.borrow().clone().unwrap_or_else(|| Err(HttpError::Transport("FakeHttp has no answer queued".into()))),
        }
    }
}

/// The PNG signature and an IHDR chunk: enough for magic-byte checks.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

/// A JPEG start-of-image marker and a few bytes.
pub const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_requests_and_answers_in_order_then_repeats() {
        let http = FakeHttp::answering_text(500, "busy");
        http.then(Response::new(200, "ok"));
        let request = Request::get("https://x.example/a");
        assert_eq!(http.fetch(&request).unwrap().status, 500);
        assert_eq!(http.fetch(&request).unwrap().status, 200);
        assert_eq!(http.fetch(&request).unwrap().status, 200);
        assert_eq!(http.sent().len(), 3);
        let failing = FakeHttp::failing(HttpError::Timeout("slow".into()));
        assert!(matches!(failing.fetch(&request), Err(HttpError::Timeout(_))));
        assert!(matches!(failing.fetch(&request), Err(HttpError::Timeout(_))), "the last answer repeats, failures too");
    }
}

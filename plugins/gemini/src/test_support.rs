//! Unit-test helpers: a transport that records what the plugin sent and
//! answers each request from a queue of canned responses, and tiny images.

use std::cell::RefCell;
use std::collections::VecDeque;

use crate::transport::{FetchError, Incoming, Outgoing, Transport};

/// Records every request; answers them in order from `answers` (the last one repeats).
pub struct Recorder {
    pub sent: RefCell<Vec<Outgoing>>,
    pub answers: RefCell<VecDeque<Result<Incoming, FetchError>>>,
}

pub fn incoming(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Incoming {
    Incoming {
        status,
        headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        body: body.to_vec(),
        truncated: false,
    }
}

impl Recorder {
    pub fn answering(status: u16, body: &str) -> Self {
        Self::with(vec![Ok(incoming(status, &[], body.as_bytes()))])
    }

    pub fn with(answers: Vec<Result<Incoming, FetchError>>) -> Self {
        Recorder { sent: RefCell::new(Vec::new()), answers: RefCell::new(answers.into()) }
    }

    /// The one request sent.
    pub fn only(&self) -> Outgoing {
        let sent = self.sent.borrow();
        assert_eq!(sent.len(), 1, "exactly one request");
        sent[0].clone()
    }

    /// The one request's body as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.only().body).unwrap()
    }
}

impl Transport for Recorder {
    fn fetch(&self, request: Outgoing) -> Result<Incoming, FetchError> {
        self.sent.borrow_mut().push(request);
        let mut answers = self.answers.borrow_mut();
        if answers.len() > 1 { answers.pop_front().unwrap() } else { answers.front().cloned().unwrap() }
    }
}

/// The PNG signature and an IHDR chunk: enough for the magic-byte checks.
pub const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0";

/// A JPEG start-of-image marker and a few bytes.
pub const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F', 0];

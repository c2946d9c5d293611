//! Unit-test helpers: a transport that records what the plugin sent and
//! answers with a canned response.

use std::cell::RefCell;

use crate::transport::{FetchError, Incoming, Outgoing, Transport};

/// Records every request; answers each with `answer`.
pub struct Recorder {
    pub sent: RefCell<Vec<Outgoing>>,
    pub answer: Result<Incoming, FetchError>,
}

impl Recorder {
    pub fn answering(status: u16, body: &str) -> Self {
        Recorder {
            sent: RefCell::new(Vec::new()),
            answer: Ok(Incoming { status, headers: Vec::new(), body: body.as_bytes().to_vec(), truncated: false }),
        }
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
    fn post(&self, request: Outgoing) -> Result<Incoming, FetchError> {
        self.sent.borrow_mut().push(request);
        self.answer.clone()
    }
}

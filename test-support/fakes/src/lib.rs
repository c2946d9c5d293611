//! Fake provider servers on `127.0.0.1:0` that check requests the way the real
//! APIs do and record them, so provider tests can assert what a plugin sent.

#![allow(clippy::unwrap_used, clippy::panic)] // test support: a broken fake should fail loudly

pub mod anthropic;
pub mod gemini;
pub mod openai;
pub mod photos;
pub mod xai;

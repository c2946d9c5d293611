//! Fake provider servers on `127.0.0.1:0` that check requests the way the real
//! APIs do and record them, so provider tests can assert what a plugin sent.

#![allow(dead_code)] // each test binary uses a different part of the fakes

pub mod anthropic;
pub mod gemini;
pub mod openai;
pub mod xai;

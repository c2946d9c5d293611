//! Provider-like failures on request, for the host's recovery tests:
//! `refuse` (a content refusal), `busy <seconds>` (rate-limited with that
//! `Retry-After`), `no-picture` (a transient answer without a picture), and
//! `ask <url>`: fetch `<url>?kind=<story|image>&model=<key>` from a test's own
//! server and answer as its body says, so a test scripts each call (per model,
//! in order) and counts the calls and when they came:
//!
//! ```text
//! png                      a real 64×64 PNG (picture calls)
//! scene                    a calm scene (story calls)
//! busy <ms> <message>      rate-limited, retry after <ms> milliseconds
//! refuse <message>         refused (content policy)
//! no-picture <message>     transient: the provider sent no picture
//! unauthorized <message>   the key is missing or wrong
//! ```
//!
//! The provider texts carry request ids, URLs and trailing punctuation, as real ones do.

use crate::storyloom::plugin::http::{self, Method, Request};
use crate::storyloom::plugin::types::RateLimit;
use crate::{PICTURE_PNG, PluginError};

/// A refusal as OpenAI words it: a request id, a link and a trailing period.
pub const REFUSAL: &str = "Your request was rejected as a result of our safety system (request id: req_8f2a1c9d0e7b). \
                           See https://help.example.invalid/policies/usage-policies#content.";

/// What a call answers: bytes (a picture, or a scene's text) or a provider failure.
pub enum Answer {
    Picture,
    Scene,
    Failed(PluginError),
}

/// The answer to a behaviour word, if it is one of these; `None` leaves it to the other behaviours.
pub fn answer(command: &str, kind: &str, model: &str) -> Option<Answer> {
    let command = command.trim();
    let (word, rest) = command.split_once(' ').unwrap_or((command, ""));
    let word = word.trim_end_matches('.');
    Some(match word {
        "refuse" => Answer::Failed(PluginError::Refused(REFUSAL.to_string())),
        "busy" => {
            let seconds = rest.split_whitespace().next().and_then(|s| s.trim_end_matches('.').parse::<f64>().ok()).unwrap_or(1.0);
            let ms = (seconds * 1000.0) as u64;
            Answer::Failed(busy(ms, &format!("Rate limit reached for images (req_1b2c3d4e5f). Please try again in {seconds}s.")))
        }
        "no-picture" => Answer::Failed(PluginError::Transient("NO_IMAGE: the model answered with text only.".to_string())),
        "ask" => {
            let url = rest.split_whitespace().next().unwrap_or("").trim_end_matches('.');
            match ask(url, kind, model) {
                Ok(body) => scripted(&body),
                Err(err) => Answer::Failed(err),
            }
        }
        _ => return None,
    })
}

/// The picture or scene bytes of an answer.
pub fn picture_bytes() -> Vec<u8> {
    PICTURE_PNG.to_vec()
}

fn busy(ms: u64, message: &str) -> PluginError {
    PluginError::RateLimited(RateLimit { retry_after_ms: Some(ms), message: message.to_string() })
}

/// The answer a test's server scripted.
fn scripted(body: &str) -> Answer {
    let line = body.lines().next().unwrap_or("").trim();
    let (word, rest) = line.split_once(' ').unwrap_or((line, ""));
    match word {
        "png" => Answer::Picture,
        "scene" => Answer::Scene,
        "busy" => {
            let (ms, message) = rest.split_once(' ').unwrap_or((rest, ""));
            Answer::Failed(busy(ms.parse().unwrap_or(1000), message))
        }
        "refuse" => Answer::Failed(PluginError::Refused(rest.to_string())),
        "no-picture" => Answer::Failed(PluginError::Transient(rest.to_string())),
        "unauthorized" => Answer::Failed(PluginError::Unauthorized(rest.to_string())),
        _ => Answer::Failed(PluginError::InvalidRequest(format!("the test server answered {line:?}"))),
    }
}

fn ask(url: &str, kind: &str, model: &str) -> Result<String, PluginError> {
    let request = Request {
        method: Method::Get,
        url: format!("{url}?kind={kind}&model={model}"),
        headers: Vec::new(),
        body: Vec::new(),
        credential: None,
        timeout_ms: None,
    };
    match http::fetch(&request) {
        Ok(response) => Ok(String::from_utf8_lossy(&response.body).into_owned()),
        Err(err) => Err(PluginError::InvalidRequest(format!("ask refused: {err:?}"))),
    }
}

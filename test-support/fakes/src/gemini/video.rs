//! The fake Gemini's Veo endpoints (contract §4.3): `POST
//! {prefix}/v1beta/models/{veo model}:predictLongRunning` checks the body the
//! way the Gemini API does (`instances[0]{prompt, image{bytesBase64Encoded,
//! mimeType}}`, `parameters` with Veo's ratios, durations and resolutions;
//! Vertex-only fields such as `seed` or `generateAudio` rejected) and answers
//! an operation `{"name": "models/<model>/operations/<id>"}`; `GET
//! {prefix}/v1beta/models/<model>/operations/<id>` plays the operation's
//! [`VeoScript`]; `GET {prefix}/v1beta/files/<id>:download?alt=media` serves
//! the finished clip (a real MP4, `clip.mp4`) to a caller with the key.

use std::collections::HashMap;

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};

use super::rules::{ApiError, google_error};
use super::{Recorded, answers};

/// The finished clip every download serves: 256×256, 12 fps, 6 s, made
/// natively by the offline clip maker from the fake's PNG
/// (`cargo run -p storyloom-fakes --example make_gemini_clip`).
pub const CLIP: &[u8] = include_bytes!("clip.mp4");

/// How the next submitted operation plays out (the default: `Done { pending: 2 }`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VeoScript {
    /// `pending` polls answer not done, then done with a download link on the
    /// fake's own origin (`/v1beta/files/<id>:download?alt=media`) that needs the key.
    Done { pending: u32 },
    /// `pending` polls, then done with the clip inline as `encodedVideo`.
    Inline { pending: u32 },
    /// `pending` polls, then done with `error{code, message}` (`code` a gRPC code, e.g. 13 internal).
    Failed { pending: u32, code: u32, message: String },
    /// Done at the first poll with no sample: `raiMediaFilteredCount` and these `raiMediaFilteredReasons`.
    Filtered { reasons: Vec<String> },
    /// Never done.
    Never,
    /// Done at the first poll with this link as the clip's `uri` (e.g. on another origin).
    LinkAt(String),
    /// The submit answers this operation name instead of a real one (a malformed name); nothing is stored.
    Named(String),
}

/// One started operation.
#[derive(Debug, Clone)]
struct Operation {
    script: VeoScript,
    /// Polls since the operation started.
    polls: u32,
    /// Polls before the script was last replaced (the script counts from there).
    rescripted_at: u32,
}

/// Operations and files, behind the fake's lock.
#[derive(Debug, Default)]
pub struct Jobs {
    scripts: std::collections::VecDeque<VeoScript>,
    operations: HashMap<String, Operation>,
    files: Vec<String>,
    next: u32,
}

impl Jobs {
    pub fn push(&mut self, script: VeoScript) {
        self.scripts.push_back(script);
    }

    /// Play `script` for the started operation `name` from its next poll on
    /// (its pending polls count from now); `false` when there is no such operation.
    pub fn rescript(&mut self, name: &str, script: VeoScript) -> bool {
        let Some(op) = self.operations.get_mut(name) else { return false };
        op.rescripted_at = op.polls;
        op.script = script;
        true
    }

    /// Names of every started operation, oldest first.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.operations.keys().cloned().collect();
        names.sort();
        names
    }

    /// How many times the operation `name` was polled (`None`: never started).
    pub fn polls(&self, name: &str) -> Option<u32> {
        self.operations.get(name).map(|op| op.polls)
    }
}

/// Veo models of the Gemini API.
pub fn is_veo(model: &str) -> bool {
    matches!(
        model,
        "veo-3.1-generate-preview"
            | "veo-3.1-fast-generate-preview"
            | "veo-3.0-generate-001"
            | "veo-3.0-fast-generate-001"
            | "veo-2.0-generate-001"
    )
}

fn invalid(message: &str) -> ApiError {
    google_error(400, message, vec![])
}

fn known(map: &Map<String, Value>, fields: &[&str], at: &str) -> Result<(), ApiError> {
    match map.keys().find(|k| !fields.contains(&k.as_str())) {
        Some(unknown) => Err(invalid(&format!("Invalid JSON payload received. Unknown name \"{unknown}\" at '{at}': Cannot find field."))),
        None => Ok(()),
    }
}

/// Check a `predictLongRunning` body for `model`, as the Gemini API does.
pub fn check_submit(model: &str, params: &Map<String, Value>) -> Result<(), ApiError> {
    known(params, &["instances", "parameters"], "")?;
    let instances = params.get("instances").and_then(Value::as_array).filter(|i| !i.is_empty());
    let instances = instances.ok_or_else(|| invalid("* PredictLongRunningRequest.instances: instances is not specified"))?;
    if instances.len() != 1 {
        return Err(invalid("Only one instance is supported per request."));
    }
    let instance = instances[0].as_object().ok_or_else(|| invalid("Invalid value at 'instances[0]': expected an object"))?;
    known(instance, &["prompt", "image", "lastFrame", "referenceImages", "video"], "instances[0]")?;
    if instance.get("prompt").and_then(Value::as_str).is_none_or(|p| p.trim().is_empty()) {
        return Err(invalid("* instances[0].prompt: a text prompt is required"));
    }
    if let Some(image) = instance.get("image") {
        let image = image.as_object().ok_or_else(|| invalid("Invalid value at 'instances[0].image': expected an object"))?;
        known(image, &["bytesBase64Encoded", "mimeType"], "instances[0].image")?;
        let mime = image.get("mimeType").and_then(Value::as_str).unwrap_or("");
        if !matches!(mime, "image/png" | "image/jpeg" | "image/webp") {
            return Err(invalid(&format!("Unsupported MIME type for instances[0].image: {mime:?}")));
        }
        let data = image.get("bytesBase64Encoded").and_then(Value::as_str).unwrap_or("");
        if crate::xai::base64_decode(data).is_none_or(|b| b.is_empty()) {
            return Err(invalid("Invalid value at 'instances[0].image.bytes_base64_encoded' (TYPE_BYTES), Base64 decoding failed"));
        }
    }
    let empty = Map::new();
    let parameters = match params.get("parameters") {
        Some(Value::Object(p)) => p,
        Some(_) => return Err(invalid("Invalid value at 'parameters': expected an object")),
        None => &empty,
    };
    // `seed`, `fps`, `generateAudio`, `outputGcsUri` are Vertex-only: unknown here (§4.3).
    let fields = ["aspectRatio", "durationSeconds", "resolution", "sampleCount", "negativePrompt", "personGeneration", "enhancePrompt"];
    known(parameters, &fields, "parameters")?;
    if let Some(ratio) = parameters.get("aspectRatio")
        && !ratio.as_str().is_some_and(|r| matches!(r, "16:9" | "9:16"))
    {
        return Err(invalid(&format!("Aspect ratio {ratio} is not supported. Supported values are 16:9 and 9:16.")));
    }
    let durations: &[u64] = if model.starts_with("veo-2") { &[5, 6, 7, 8] } else { &[4, 6, 8] };
    if let Some(secs) = parameters.get("durationSeconds")
        && !secs.as_u64().is_some_and(|s| durations.contains(&s))
    {
        return Err(invalid(&format!("The duration {secs} is not supported for {model}. Supported durations are {durations:?} seconds.")));
    }
    if let Some(resolution) = parameters.get("resolution")
        && !resolution.as_str().is_some_and(|r| matches!(r, "720p" | "1080p"))
    {
        return Err(invalid(&format!("Resolution {resolution} is not supported.")));
    }
    if let Some(count) = parameters.get("sampleCount")
        && !count.as_u64().is_some_and(|c| (1..=4).contains(&c))
    {
        return Err(invalid(&format!("sampleCount {count} is out of range [1, 4].")));
    }
    if let Some(person) = parameters.get("personGeneration")
        && !person.as_str().is_some_and(|p| matches!(p, "allow_all" | "allow_adult" | "dont_allow"))
    {
        return Err(invalid(&format!("Invalid personGeneration {person}.")));
    }
    Ok(())
}

/// Start an operation under the next script; answers `{"name": …}`.
pub fn start(jobs: &mut Jobs, model: &str) -> Response {
    let script = jobs.scripts.pop_front().unwrap_or(VeoScript::Done { pending: 2 });
    if let VeoScript::Named(name) = script {
        return ok_json(json!({"name": name}));
    }
    jobs.next += 1;
    let name = format!("models/{model}/operations/fake{:04}op", jobs.next);
    jobs.operations.insert(name.clone(), Operation { script, polls: 0, rescripted_at: 0 });
    ok_json(json!({"name": name}))
}

/// One poll of `name`; `base` is the fake's base URL (for download links).
pub fn poll(jobs: &mut Jobs, name: &str, base: &str) -> Result<Response, ApiError> {
    let op = jobs.operations.get_mut(name).ok_or_else(|| google_error(404, &format!("Operation {name} not found."), vec![]))?;
    op.polls += 1;
    let pending_polls = match &op.script {
        VeoScript::Done { pending } | VeoScript::Inline { pending } | VeoScript::Failed { pending, .. } => *pending,
        VeoScript::Never => u32::MAX,
        VeoScript::Filtered { .. } | VeoScript::LinkAt(_) | VeoScript::Named(_) => 0,
    };
    if op.polls - op.rescripted_at <= pending_polls {
        // The real API leaves `done` out until it is true.
        return Ok(ok_json(json!({"name": name})));
    }
    let response = |generated: Value| {
        json!({"name": name, "done": true, "response": {
            "@type": "type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse",
            "generateVideoResponse": generated}})
    };
    let script = op.script.clone();
    Ok(ok_json(match script {
        VeoScript::Done { .. } => {
            jobs.files.push(format!("fakefile{:04}", jobs.files.len() + 1));
            let link = format!("{base}/v1beta/files/{}:download?alt=media", jobs.files[jobs.files.len() - 1]);
            response(json!({"generatedSamples": [{"video": {"uri": link}}]}))
        }
        VeoScript::LinkAt(link) => response(json!({"generatedSamples": [{"video": {"uri": link}}]})),
        VeoScript::Inline { .. } => {
            response(json!({"generatedSamples": [{"video": {"encodedVideo": answers::base64_encode(CLIP), "encoding": "video/mp4"}}]}))
        }
        VeoScript::Failed { code, message, .. } => json!({"name": name, "done": true, "error": {"code": code, "message": message}}),
        VeoScript::Filtered { reasons } => {
            response(json!({"raiMediaFilteredCount": reasons.len().max(1), "raiMediaFilteredReasons": reasons}))
        }
        VeoScript::Never | VeoScript::Named(_) => json!({"name": name}),
    }))
}

/// `GET …/files/<id>:download?alt=media`: the clip, for a file a finished operation named.
pub fn download(jobs: &Jobs, file: &str, req: &Recorded) -> Result<Response, ApiError> {
    if !req.query.as_deref().is_some_and(|q| q.split('&').any(|p| p == "alt=media")) {
        return Err(invalid("Only alt=media downloads are supported by this fake."));
    }
    if !jobs.files.iter().any(|f| f == file) {
        return Err(google_error(404, &format!("File {file} not found."), vec![]));
    }
    Ok((StatusCode::OK, [(header::CONTENT_TYPE, "video/mp4")], CLIP).into_response())
}

fn ok_json(body: Value) -> Response {
    (StatusCode::OK, axum::Json(body)).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn message(err: ApiError) -> String {
        assert_eq!(err.status, 400);
        err.body["error"]["message"].as_str().unwrap().to_string()
    }

    #[test]
    fn the_body_is_checked_like_the_gemini_api() {
        let png = answers::base64_encode(&answers::png());
        let good = json!({"instances": [{"prompt": "a fox", "image": {"bytesBase64Encoded": png, "mimeType": "image/png"}}],
            "parameters": {"aspectRatio": "16:9", "durationSeconds": 8, "resolution": "720p"}});
        check_submit("veo-3.1-generate-preview", &body(good)).unwrap();
        check_submit("veo-3.1-generate-preview", &body(json!({"instances": [{"prompt": "a fox"}]}))).unwrap();
        let bad = [
            (json!({"instances": []}), "instances is not specified"),
            (json!({"instances": [{"prompt": " "}]}), "prompt"),
            (json!({"instances": [{"prompt": "a", "image": {"bytesBase64Encoded": "%%", "mimeType": "image/png"}}]}), "Base64"),
            (json!({"instances": [{"prompt": "a", "image": {"bytesBase64Encoded": png, "mimeType": "image/gif"}}]}), "MIME"),
            (json!({"instances": [{"prompt": "a", "image": {"data": png}}]}), "Unknown name \"data\""),
            (json!({"instances": [{"prompt": "a"}], "parameters": {"aspectRatio": "1:1"}}), "Aspect ratio"),
            (json!({"instances": [{"prompt": "a"}], "parameters": {"durationSeconds": 5}}), "duration"),
            (json!({"instances": [{"prompt": "a"}], "parameters": {"seed": 1}}), "Unknown name \"seed\""),
            (json!({"instances": [{"prompt": "a"}], "parameters": {"generateAudio": true}}), "Unknown name"),
            (json!({"instances": [{"prompt": "a"}], "config": {}}), "Unknown name \"config\""),
        ];
        for (value, expected) in bad {
            let got = message(check_submit("veo-3.1-generate-preview", &body(value.clone())).unwrap_err());
            assert!(got.contains(expected), "{value}: {got}");
        }
        check_submit("veo-2.0-generate-001", &body(json!({"instances": [{"prompt": "a"}], "parameters": {"durationSeconds": 5}}))).unwrap();
    }

    #[tokio::test]
    async fn operations_play_their_scripts() {
        let mut jobs = Jobs::default();
        jobs.push(VeoScript::Done { pending: 1 });
        jobs.push(VeoScript::Never);
        let name = |r: Response| async move {
            let bytes = axum::body::to_bytes(r.into_body(), 1 << 20).await.unwrap();
            serde_json::from_slice::<Value>(&bytes).unwrap()
        };
        let first = name(start(&mut jobs, "veo-3.1-generate-preview")).await["name"].as_str().unwrap().to_string();
        let second = name(start(&mut jobs, "veo-3.1-generate-preview")).await["name"].as_str().unwrap().to_string();
        assert!(first.starts_with("models/veo-3.1-generate-preview/operations/") && first != second);
        assert_eq!(name(poll(&mut jobs, &first, "http://b").unwrap()).await, json!({"name": first}));
        let done = name(poll(&mut jobs, &first, "http://b").unwrap()).await;
        let link = done["response"]["generateVideoResponse"]["generatedSamples"][0]["video"]["uri"].as_str().unwrap().to_string();
        assert_eq!(link, "http://b/v1beta/files/fakefile0001:download?alt=media");
        for _ in 0..5 {
            assert_eq!(name(poll(&mut jobs, &second, "http://b").unwrap()).await, json!({"name": second}));
        }
        assert_eq!((jobs.polls(&first), jobs.polls(&second), jobs.polls("nope")), (Some(2), Some(5), None));
        assert_eq!(poll(&mut jobs, "models/veo/operations/nope", "http://b").unwrap_err().status, 404);
        assert_eq!(&CLIP[4..8], b"ftyp", "the fixture is an MP4");
    }
}

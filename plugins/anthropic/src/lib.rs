//! The Anthropic plugin: wit-bindgen glue only. It offers the Claude story
//! model `claude` behind the `ANTHROPIC_API_KEY` credential (sent by the host
//! as `x-api-key`) and reaches the origin of `ANTHROPIC_BASE_URL`. The work
//! lives in plain modules: `catalog` (model and settings), `messages` (the
//! Messages API call), `schema` (structured-output schema), `errors` and
//! `retry_after` (failure mapping), `transport` (the plain view of `http.fetch`).

mod catalog;
mod errors;
mod messages;
mod retry_after;
mod schema;
mod transport;

#[cfg(test)]
mod test_support;

/// wit-bindgen's generated ABI code uses `unsafe` (and long argument lists);
/// nothing hand-written here does.
#[allow(unsafe_code, clippy::too_many_arguments)]
mod glue {
    wit_bindgen::generate!({ world: "plugin", path: "../../wit/0.1" });

    use crate::catalog::{self, CREDENTIAL, STORY_MODEL};
    use crate::messages;
    use crate::transport::{Failure, FetchError, Incoming, Outgoing, Transport};
    use storyloom::plugin::http::{self, HttpError, Method, Request};
    use storyloom::plugin::types::{Capabilities, Credential, HostRule, ModelInfo, ModelKind, RateLimit, SettingDecl};

    struct Component;

    /// The host's `http.fetch`, always naming the credential (never an auth header).
    struct HostFetch;

    impl Transport for HostFetch {
        fn post(&self, request: Outgoing) -> Result<Incoming, FetchError> {
            let request = Request {
                method: Method::Post,
                url: request.url,
                headers: request.headers,
                body: request.body,
                credential: Some(CREDENTIAL.to_string()),
                timeout_ms: None,
            };
            match http::fetch(&request) {
                Ok(r) => Ok(Incoming { status: r.status, headers: r.headers, body: r.body, truncated: r.truncated }),
                Err(HttpError::HostNotDeclared(m)) => Err(FetchError::HostNotDeclared(m)),
                Err(HttpError::DestinationProhibited(m)) => Err(FetchError::DestinationProhibited(m)),
                Err(HttpError::CredentialUnavailable(m)) => Err(FetchError::CredentialUnavailable(m)),
                Err(HttpError::InvalidRequest(m)) => Err(FetchError::InvalidRequest(m)),
                Err(HttpError::Timeout(m)) => Err(FetchError::Timeout(m)),
                Err(HttpError::Transport(m)) => Err(FetchError::Transport(m)),
            }
        }
    }

    fn to_wit(failure: Failure) -> PluginError {
        match failure {
            Failure::RateLimited { retry_after_ms, message } => PluginError::RateLimited(RateLimit { retry_after_ms, message }),
            Failure::Transient(m) => PluginError::Transient(m),
            Failure::Unauthorized(m) => PluginError::Unauthorized(m),
            Failure::InvalidRequest(m) => PluginError::InvalidRequest(m),
            Failure::Refused(m) => PluginError::Refused(m),
            Failure::Unsupported(m) => PluginError::Unsupported(m),
        }
    }

    impl Guest for Component {
        fn describe() -> PluginInfo {
            PluginInfo {
                id: "anthropic".into(),
                version: "0.1.0".into(),
                models: vec![ModelInfo {
                    key: STORY_MODEL.key.into(),
                    display_name: STORY_MODEL.display_name.into(),
                    provider_group: catalog::PROVIDER_GROUP.into(),
                    kind: ModelKind::Story,
                    credential: Some(CREDENTIAL.into()),
                    capabilities: Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: vec![] },
                }],
                credentials: vec![Credential {
                    name: CREDENTIAL.into(),
                    header: catalog::CREDENTIAL_HEADER.into(),
                    prefix: catalog::CREDENTIAL_PREFIX.into(),
                }],
                settings: vec![SettingDecl { name: catalog::BASE_URL_SETTING.into(), default_value: catalog::DEFAULT_BASE_URL.into() }],
                hosts: vec![HostRule::FromSetting(catalog::BASE_URL_SETTING.into())],
            }
        }

        fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
            let model = catalog::story_model(&req.model)
                .ok_or_else(|| to_wit(Failure::Unsupported(format!("model {:?} is not an Anthropic story model", req.model))))?;
            let base_url = catalog::base_url(req.settings.iter().map(|s| (s.name.as_str(), s.value.as_str())));
            let call = messages::StoryCall {
                model,
                base_url: &base_url,
                system: &req.system,
                messages: req.messages.iter().map(|m| (m.role.as_str(), m.content.as_str())).collect(),
                json_schema: &req.json_schema,
                max_tokens: req.max_tokens,
            };
            messages::write(&HostFetch, &call).map(|text| StoryReply { text }).map_err(to_wit)
        }

        fn generate_image(_req: ImageRequest) -> Result<Media, PluginError> {
            Err(to_wit(Failure::Unsupported("the Anthropic plugin does not draw pictures".into())))
        }

        fn submit_video(_req: VideoRequest) -> Result<VideoJob, PluginError> {
            Err(to_wit(Failure::Unsupported("the Anthropic plugin does not make videos".into())))
        }

        fn poll_video(_req: VideoPoll) -> Result<VideoStatus, PluginError> {
            Err(to_wit(Failure::Unsupported("the Anthropic plugin does not make videos".into())))
        }
    }

    export!(Component);
}

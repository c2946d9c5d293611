//! The OpenAI plugin: wit-bindgen glue only. It offers the GPT image models
//! (`gpt-image-1`, `gpt-image-1-mini`, `gpt-image-1.5`) and the chat story
//! model `gpt`, all behind the `OPENAI_API_KEY` credential, and reaches the
//! origin of `OPENAI_BASE_URL`. The work lives in plain modules:
//! `catalog` (models and settings), `images` and `multipart` (picture calls),
//! `chat` (story calls), `errors` and `retry_after` (failure mapping),
//! `transport` (the plain view of the `http.fetch` import).

mod catalog;
mod chat;
mod errors;
mod images;
mod multipart;
mod retry_after;
mod transport;

#[cfg(test)]
mod test_support;

/// wit-bindgen's generated ABI code uses `unsafe` (and long argument lists);
/// nothing hand-written here does.
#[allow(unsafe_code, clippy::too_many_arguments)]
mod glue {
    wit_bindgen::generate!({ world: "plugin", path: "../../wit/0.1" });

    use crate::catalog::{self, CREDENTIAL, IMAGE_ASPECT_RATIOS, IMAGE_MODELS, MAX_REFERENCE_IMAGES, STORY_MODEL};
    use crate::transport::{Failure, FetchError, Incoming, Outgoing, Picture, Transport};
    use crate::{chat, images};
    use storyloom::plugin::http::{self, HttpError, Method, Request};
    use storyloom::plugin::types::{Capabilities, Credential, HostRule, ModelInfo, ModelKind, RateLimit, Setting, SettingDecl};

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

    fn base_url(settings: &[Setting]) -> String {
        catalog::base_url(settings.iter().map(|s| (s.name.as_str(), s.value.as_str())))
    }

    fn model(key: &str, name: &str, kind: ModelKind, capabilities: Capabilities) -> ModelInfo {
        ModelInfo {
            key: key.into(),
            display_name: name.into(),
            provider_group: catalog::PROVIDER_GROUP.into(),
            kind,
            credential: Some(CREDENTIAL.into()),
            capabilities,
        }
    }

    impl Guest for Component {
        fn describe() -> PluginInfo {
            let mut models: Vec<ModelInfo> = IMAGE_MODELS
                .iter()
                .map(|m| {
                    let capabilities = Capabilities {
                        max_reference_images: MAX_REFERENCE_IMAGES,
                        input_fidelity: m.input_fidelity,
                        aspect_ratios: IMAGE_ASPECT_RATIOS.iter().map(|r| r.to_string()).collect(),
                    };
                    model(m.key, m.display_name, ModelKind::Image, capabilities)
                })
                .collect();
            let none = Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: vec![] };
            models.push(model(STORY_MODEL.key, STORY_MODEL.display_name, ModelKind::Story, none));
            PluginInfo {
                id: "openai".into(),
                version: "0.1.0".into(),
                models,
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
                .ok_or_else(|| to_wit(Failure::Unsupported(format!("model {:?} is not an OpenAI story model", req.model))))?;
            let base_url = base_url(&req.settings);
            let call = chat::StoryCall {
                model,
                base_url: &base_url,
                system: &req.system,
                messages: req.messages.iter().map(|m| (m.role.as_str(), m.content.as_str())).collect(),
                json_schema: &req.json_schema,
                max_tokens: req.max_tokens,
            };
            chat::write(&HostFetch, &call).map(|text| StoryReply { text }).map_err(to_wit)
        }

        fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
            let model = catalog::image_model(&req.model)
                .ok_or_else(|| to_wit(Failure::Unsupported(format!("model {:?} is not an OpenAI image model", req.model))))?;
            let base_url = base_url(&req.settings);
            let references: Vec<Picture> =
                req.references.into_iter().map(|m| Picture { media_type: m.media_type, bytes: m.bytes }).collect();
            let call = images::ImageCall {
                model,
                base_url: &base_url,
                prompt: &req.prompt,
                width: req.width,
                height: req.height,
                aspect_ratio: &req.aspect_ratio,
                references: &references,
            };
            images::generate(&HostFetch, &call)
                .map(|picture| Media { media_type: picture.media_type, bytes: picture.bytes })
                .map_err(to_wit)
        }

        fn submit_video(_req: VideoRequest) -> Result<VideoJob, PluginError> {
            Err(to_wit(Failure::Unsupported("the OpenAI plugin does not make videos".into())))
        }

        fn poll_video(_req: VideoPoll) -> Result<VideoStatus, PluginError> {
            Err(to_wit(Failure::Unsupported("the OpenAI plugin does not make videos".into())))
        }
    }

    export!(Component);
}

//! The xAI plugin: wit-bindgen glue only. It offers the image model
//! `grok-imagine` (API model `grok-imagine-image`) and the chat story model
//! `grok`, both behind the `XAI_API_KEY` credential, and reaches the origins
//! of `XAI_BASE_URL` (the API) and `XAI_IMAGE_CDN_URL` (where temporary
//! picture links live). The work lives in plain modules: `catalog` (models
//! and settings), `images` and `picture` (picture calls), `chat` (story
//! calls), `errors` and `retry_after` (failure mapping), `transport` (the
//! plain view of the `http.fetch` import).

mod catalog;
mod chat;
mod errors;
mod images;
mod picture;
mod retry_after;
mod transport;

#[cfg(test)]
mod test_support;

/// wit-bindgen's generated ABI code uses `unsafe` (and long argument lists);
/// nothing hand-written here does.
#[allow(unsafe_code, clippy::too_many_arguments)]
mod glue {
    wit_bindgen::generate!({ world: "plugin", path: "../../wit/0.1" });

    use crate::catalog::{self, CREDENTIAL};
    use crate::transport::{self as plain, Failure, FetchError, Incoming, Outgoing, Picture, Transport};
    use crate::{chat, images};
    use storyloom::plugin::http::{self, HttpError, Request};
    use storyloom::plugin::types::{Capabilities, Credential, HostRule, ModelInfo, ModelKind, RateLimit, Setting, SettingDecl};

    struct Component;

    /// The host's `http.fetch`; names the credential only when the request asks for it.
    struct HostFetch;

    impl Transport for HostFetch {
        fn fetch(&self, request: Outgoing) -> Result<Incoming, FetchError> {
            let request = Request {
                method: match request.method {
                    plain::Method::Get => http::Method::Get,
                    plain::Method::Post => http::Method::Post,
                },
                url: request.url,
                headers: request.headers,
                body: request.body,
                credential: request.with_credential.then(|| CREDENTIAL.to_string()),
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

    fn setting(settings: &[Setting], name: &str, default: &str) -> String {
        catalog::setting(settings.iter().map(|s| (s.name.as_str(), s.value.as_str())), name, default)
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
            let image = Capabilities {
                max_reference_images: catalog::MAX_REFERENCE_IMAGES,
                input_fidelity: false,
                aspect_ratios: catalog::IMAGE_ASPECT_RATIOS.iter().map(|r| r.to_string()).collect(),
            };
            let none = Capabilities { max_reference_images: 0, input_fidelity: false, aspect_ratios: vec![] };
            PluginInfo {
                id: "xai".into(),
                version: "0.1.0".into(),
                models: vec![
                    model(catalog::IMAGE_KEY, catalog::IMAGE_DISPLAY_NAME, ModelKind::Image, image),
                    model(catalog::STORY_KEY, catalog::STORY_DISPLAY_NAME, ModelKind::Story, none),
                ],
                credentials: vec![Credential {
                    name: CREDENTIAL.into(),
                    header: catalog::CREDENTIAL_HEADER.into(),
                    prefix: catalog::CREDENTIAL_PREFIX.into(),
                }],
                settings: vec![
                    SettingDecl { name: catalog::BASE_URL_SETTING.into(), default_value: catalog::DEFAULT_BASE_URL.into() },
                    SettingDecl { name: catalog::IMAGE_CDN_SETTING.into(), default_value: catalog::DEFAULT_IMAGE_CDN_URL.into() },
                ],
                hosts: vec![
                    HostRule::FromSetting(catalog::BASE_URL_SETTING.into()),
                    HostRule::FromSetting(catalog::IMAGE_CDN_SETTING.into()),
                ],
            }
        }

        fn generate_story(req: StoryRequest) -> Result<StoryReply, PluginError> {
            if req.model != catalog::STORY_KEY {
                return Err(to_wit(Failure::Unsupported(format!("model {:?} is not an xAI story model", req.model))));
            }
            let base_url = setting(&req.settings, catalog::BASE_URL_SETTING, catalog::DEFAULT_BASE_URL);
            let call = chat::StoryCall {
                base_url: &base_url,
                system: &req.system,
                messages: req.messages.iter().map(|m| (m.role.as_str(), m.content.as_str())).collect(),
                json_schema: &req.json_schema,
                max_tokens: req.max_tokens,
            };
            chat::write(&HostFetch, &call).map(|text| StoryReply { text }).map_err(to_wit)
        }

        fn generate_image(req: ImageRequest) -> Result<Media, PluginError> {
            if req.model != catalog::IMAGE_KEY {
                return Err(to_wit(Failure::Unsupported(format!("model {:?} is not an xAI image model", req.model))));
            }
            let base_url = setting(&req.settings, catalog::BASE_URL_SETTING, catalog::DEFAULT_BASE_URL);
            let cdn_url = setting(&req.settings, catalog::IMAGE_CDN_SETTING, catalog::DEFAULT_IMAGE_CDN_URL);
            let references: Vec<Picture> =
                req.references.into_iter().map(|m| Picture { media_type: m.media_type, bytes: m.bytes }).collect();
            let call = images::ImageCall {
                base_url: &base_url,
                cdn_url: &cdn_url,
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
            Err(to_wit(Failure::Unsupported("the xAI plugin does not make videos yet".into())))
        }

        fn poll_video(_req: VideoPoll) -> Result<VideoStatus, PluginError> {
            Err(to_wit(Failure::Unsupported("the xAI plugin does not make videos yet".into())))
        }
    }

    export!(Component);
}
